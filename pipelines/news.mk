# The pipeline `make pipeline` runs: its input, the order of the stages and
# the options of each. Each stage is a separate `claimline` process reading
# the previous stage's file; `make` re-runs a stage only when its input file
# or the sources of that stage changed.
#
# Stage order (each writes out/<name>.jsonl; attribute writes out/claims.jsonl):
#   ingest -> normalize -> segment -> extract -> attribute

PIPELINE_INPUT     := fixtures/articles
PIPELINE_OUT       := out

INGEST_OPTS        :=
NORMALIZE_OPTS     :=
SEGMENT_OPTS       :=
EXTRACT_OPTS       :=
ATTRIBUTE_OPTS     :=
# Failed documents of every stage are listed here (id, stage, reason).
PIPELINE_ERRORS    := $(PIPELINE_OUT)/errors
