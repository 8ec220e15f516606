# The pipeline `make pipeline` runs: its input, the order of the stages and
# the options of each. Each stage is a separate `claimline` process reading
# the previous stage's file; `make` re-runs a stage only when its input file
# or the sources of that stage changed.
#
# Stage order (each writes out/<name>.jsonl; attribute writes out/claims.jsonl):
#   ingest -> normalize -> segment -> extract -> attribute -> corroborate
# corroborate reads the whole batch of claims (and the extract file, for the
# quantities an article states in its own voice) and writes out/clusters.jsonl.

PIPELINE_INPUT     := fixtures/articles
PIPELINE_OUT       := out

INGEST_OPTS        :=
NORMALIZE_OPTS     :=
SEGMENT_OPTS       :=
EXTRACT_OPTS       :=
ATTRIBUTE_OPTS     :=
CORROBORATE_OPTS   := --statements $(PIPELINE_OUT)/extract.jsonl
# `make report`: the page's title.
REPORT_OPTS        := --title "Seed articles: Russia orders US diplomatic staff to leave"
# Failed documents of every stage are listed here (id, stage, reason).
PIPELINE_ERRORS    := $(PIPELINE_OUT)/errors
