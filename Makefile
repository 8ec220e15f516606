# claimline: `make pipeline` runs the stages over fixtures/ into out/;
# `make test` runs the test suite. Both install the C libraries they need
# (libxml2, ICU, zlib) with apt-get when they are missing.

SHELL      := /bin/bash
SWIFT      ?= swift
SHARED     ?= ../shared
RELEASE    := .build/release/claimline
BENCH      := .build/release/claimline-bench
include pipelines/news.mk

OUT        := $(PIPELINE_OUT)
CORE_SRCS   = $(shell find Sources/ClaimlineCore Sources/ClaimlineCLI -name '*.swift')
stage_srcs  = $(shell find Sources/$(1) -type f) $(CORE_SRCS)
INPUTS     := $(shell find $(PIPELINE_INPUT) -type f 2>/dev/null)

.PHONY: help deps build pipeline report report-screenshot export test train eval-seeds eval-ingest eval-segment eval-numbers eval-attribution bench bench-ingest bench-segment bench-attribute bench-extract bench-corroborate fuzz check-resume check-memory clean
.DEFAULT_GOAL := help

help:
	@echo "make pipeline      build (release) and run every stage over $(PIPELINE_INPUT) into $(OUT)/"
	@echo "make report        write $(OUT)/report.html: the articles with their claims, and the facts across sources"
	@echo "make report-screenshot  render the report in headless Chromium to $(REPORT_SHOT)"
	@echo "make export        write $(OUT)/claims.csv and $(OUT)/claims.sqlite"
	@echo "make test          run the test suite"
	@echo "make eval-seeds    score the pipeline on the seed articles (needs $(SHARED))"
	@echo "make train         retrain the attribute models on PolNeAR train (needs $(SHARED))"
	@echo "make eval-ingest   score ingest's article bodies on the article-extraction benchmark (needs $(SHARED))"
	@echo "make eval-segment  score sentence boundaries on Golden Rules and GUM dev (needs $(SHARED))"
	@echo "make eval-numbers  number recognition on the Recognizers-Text specs (needs $(SHARED); V=1 lists failures)"
	@echo "make eval-attribution  score attribution on PolNeAR dev (needs $(SHARED))"
	@echo "make bench         the performance table: stages, claimline run, memory, floors (needs $(SHARED))"
	@echo "make bench-ingest  ingest throughput (MB/s of HTML, 1 and 2 threads) next to libxml2's bare parse (needs $(SHARED))"
	@echo "make bench-segment segment throughput next to ICU's bare BreakIterator (needs $(SHARED))"
	@echo "make bench-attribute   attribute stage throughput on PolNeAR train texts (needs $(SHARED))"
	@echo "make bench-extract extract stage throughput and its parts on PolNeAR train texts (needs $(SHARED))"
	@echo "make bench-corroborate  corroborate's time and peak memory on the PolNeAR train claims and statements (needs $(SHARED))"
	@echo "make fuzz          libFuzzer on every target (or FUZZ_TARGETS) for FUZZ_SECONDS each (default $(FUZZ_SECONDS))"
	@echo "make check-resume  kill \`claimline run\` at random points and resume it, RESUME_TRIALS times"
	@echo "make check-memory  a $(MEMORY_MB) MB batch through \`claimline run\` in under $(MEMORY_LIMIT_MB) MB of memory"
	@echo "make clean         remove build output and $(OUT)/"

# --- system libraries ---------------------------------------------------------

APT_PACKAGES := pkg-config libxml2-dev libicu-dev zlib1g-dev libsqlite3-dev
deps:
	@if ! pkg-config --exists libxml-2.0 icu-uc icu-i18n zlib sqlite3 2>/dev/null; then \
	  echo "Installing $(APT_PACKAGES) with apt-get"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES); \
	fi

# --- build --------------------------------------------------------------------

build: deps
	$(SWIFT) build -c release --product claimline

# The binary is an order-only prerequisite of the stages: a stage re-runs
# when its input file or its own sources change, not on every relink.
$(RELEASE): deps
	@$(SWIFT) build -c release --product claimline

# --- the pipeline ---------------------------------------------------------------

pipeline: $(OUT)/clusters.jsonl
	@echo "claimline: $$(wc -l < $(OUT)/ingest.jsonl) documents, $$(wc -l < $(OUT)/claims.jsonl) claims in $(OUT)/claims.jsonl, $$(wc -l < $(OUT)/clusters.jsonl) clusters in $(OUT)/clusters.jsonl"

$(OUT):
	@mkdir -p $(OUT)

$(OUT)/ingest.jsonl: $(INPUTS) pipelines/news.mk $(call stage_srcs,Ingest) | $(RELEASE) $(OUT)
	$(RELEASE) ingest $(INGEST_OPTS) -q --errors $(PIPELINE_ERRORS).ingest.jsonl $(PIPELINE_INPUT) -o $@

$(OUT)/normalize.jsonl: $(OUT)/ingest.jsonl $(call stage_srcs,Normalize) | $(RELEASE)
	$(RELEASE) normalize $(NORMALIZE_OPTS) -q --errors $(PIPELINE_ERRORS).normalize.jsonl $< -o $@

$(OUT)/segment.jsonl: $(OUT)/normalize.jsonl $(call stage_srcs,Segment) | $(RELEASE)
	$(RELEASE) segment $(SEGMENT_OPTS) -q --errors $(PIPELINE_ERRORS).segment.jsonl $< -o $@

$(OUT)/extract.jsonl: $(OUT)/segment.jsonl $(call stage_srcs,Extract) | $(RELEASE)
	$(RELEASE) extract $(EXTRACT_OPTS) -q --errors $(PIPELINE_ERRORS).extract.jsonl $< -o $@

$(OUT)/claims.jsonl: $(OUT)/extract.jsonl $(call stage_srcs,Attribute) | $(RELEASE)
	$(RELEASE) attribute $(ATTRIBUTE_OPTS) -q --errors $(PIPELINE_ERRORS).attribute.jsonl $< -o $@

$(OUT)/clusters.jsonl: $(OUT)/claims.jsonl $(OUT)/extract.jsonl $(call stage_srcs,Corroborate) | $(RELEASE)
	$(RELEASE) corroborate $(CORROBORATE_OPTS) -q --errors $(PIPELINE_ERRORS).corroborate.jsonl $< -o $@

# --- publishing: the report and the exports -------------------------------------

PUBLISH_INPUTS := $(OUT)/ingest.jsonl $(OUT)/claims.jsonl $(OUT)/clusters.jsonl

report: $(OUT)/report.html
$(OUT)/report.html: $(PUBLISH_INPUTS) $(call stage_srcs,Report) | $(RELEASE)
	$(RELEASE) report $(REPORT_OPTS) -q $(PUBLISH_INPUTS) -o $@

export: $(OUT)/claims.sqlite
$(OUT)/claims.sqlite: $(PUBLISH_INPUTS) $(call stage_srcs,Export) | $(RELEASE)
	$(RELEASE) export -q $(PUBLISH_INPUTS) --csv $(OUT)/claims.csv --sqlite $@

# The report as a reader sees it, rendered by headless Chromium (Debian's
# chromium package, installed when missing). REPORT_VIEW is the page's
# fragment: a cluster to outline and a claim whose details to open.
REPORT_SHOT := docs/report-seeds.png
REPORT_VIEW := C1&claim-4
CHROMIUM    ?= chromium
report-screenshot: $(OUT)/report.html
	@if ! command -v $(CHROMIUM) >/dev/null 2>&1; then \
	  echo "Installing chromium with apt-get"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	fi
	$(CHROMIUM) --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1500,1750 \
	  --screenshot=$(REPORT_SHOT) "file://$(abspath $(OUT)/report.html)#$(REPORT_VIEW)" 2>/dev/null
	@echo "claimline: $(REPORT_SHOT)"

# --- tests ------------------------------------------------------------------------

test: deps
	$(SWIFT) test

# --- evaluations against ../shared (not needed to build or test) -------------------

define need_shared
	@if [ ! -d "$(SHARED)/$(1)" ]; then \
	  echo "$@ needs $(SHARED)/$(1) (the shared benchmarks beside this checkout); it is not here, so nothing was measured." >&2; \
	  exit 2; fi
endef

eval-seeds: pipeline
	$(call need_shared,fixtures/seeds)
	python3 $(SHARED)/tools/score_seeds.py $(SHARED)/fixtures/seeds/gold.json $(OUT)/ingest.jsonl $(OUT)/extract.jsonl $(OUT)/claims.jsonl

# Ingest on the article-extraction benchmark: the article body (the blocks
# that are not boilerplate) scored by the shared shingle-F1 scorer, and the
# wall-clock throughput of `claimline ingest` over the pages (MB of HTML
# after gzip, reading, decompressing and writing JSON included).
ARTICLES   := $(SHARED)/benchmarks/article-extraction
eval-ingest: $(RELEASE)
	$(call need_shared,benchmarks/article-extraction)
	@mkdir -p $(OUT)/eval
	@bytes=$$(cat $(ARTICLES)/html/*.html.gz | gzip -dc | wc -c); \
	  t0=$$(date +%s.%N); \
	  $(RELEASE) ingest -q --errors $(OUT)/eval/article-extraction.errors.jsonl $(ARTICLES)/html -o $(OUT)/eval/article-extraction.ingest.jsonl || exit $$?; \
	  t1=$$(date +%s.%N); \
	  python3 $(SHARED)/tools/eval_ingest.py --json $(ARTICLES)/ground-truth.json $(OUT)/eval/article-extraction.ingest.jsonl \
	    | python3 -c 'import json,sys; r=json.load(sys.stdin); print("article-extraction: F1 %.4f  precision %.4f  recall %.4f  (%d pages, %d missing)" % (r["f1"], r["precision"], r["recall"], r["pages"], r["missing"]))'; \
	  awk -v b=$$bytes -v t0=$$t0 -v t1=$$t1 'BEGIN { printf "throughput: %.1f MB of HTML in %.2f s, %.1f MB/s (claimline ingest, all cores)\n", b / 1e6, t1 - t0, b / 1e6 / (t1 - t0) }'

bench-ingest: deps
	$(call need_shared,benchmarks/article-extraction)
	@$(SWIFT) build -c release --product claimline-bench
	$(BENCH) ingest $(ARTICLES)/html

# Each Recognizers-Text spec through ingest..extract, then seen as that model
# would return it (Tests/Scripts/number_view.py) and scored by the shared scorer.
NUMBER_SPECS = $(wildcard $(SHARED)/benchmarks/numbers/*.json)
EVAL_NUMBERS := $(OUT)/eval-numbers
eval-numbers: build
	$(call need_shared,benchmarks/numbers)
	@mkdir -p $(EVAL_NUMBERS)
	@set -e; for spec in $(NUMBER_SPECS); do \
	  model=$$(basename $$spec .json); \
	  python3 $(SHARED)/tools/score_numbers.py inputs $$spec > $(EVAL_NUMBERS)/$$model.in.jsonl; \
	  $(RELEASE) ingest -q $(EVAL_NUMBERS)/$$model.in.jsonl | $(RELEASE) normalize -q | $(RELEASE) segment -q \
	    | $(RELEASE) extract -q -o $(EVAL_NUMBERS)/$$model.extract.jsonl; \
	  python3 Tests/Scripts/number_view.py $$model $(EVAL_NUMBERS)/$$model.extract.jsonl > $(EVAL_NUMBERS)/$$model.mentions.jsonl; \
	  python3 $(SHARED)/tools/score_numbers.py score $$spec $(EVAL_NUMBERS)/$$model.mentions.jsonl $(if $(V),-v); \
	done

# Sentence boundaries: each set's {id, text, gold} records go through ingest,
# normalize and segment; the segment records are what the scorer reads.
SENTENCE_SETS := golden-rules gum-dev
eval-segment: $(RELEASE)
	$(call need_shared,benchmarks/sentences)
	@mkdir -p $(OUT)/eval-segment
	@set -e; for s in $(SENTENCE_SETS); do \
	  d=$(OUT)/eval-segment/$$s; \
	  $(RELEASE) ingest -q $(SHARED)/benchmarks/sentences/$$s.jsonl -o $$d.ingest.jsonl; \
	  $(RELEASE) normalize -q $$d.ingest.jsonl -o $$d.normalize.jsonl; \
	  $(RELEASE) segment -q $$d.normalize.jsonl -o $$d.segment.jsonl; \
	  echo "$$s:"; python3 $(SHARED)/tools/eval_sentences.py $(SHARED)/benchmarks/sentences/$$s.jsonl $$d.segment.jsonl; \
	done

# The performance table (docs/performance.md): every stage alone and
# `claimline run` on 1 and 2 threads with peak memory, beside the floors
# (libxml2 parse, ICU NFKC, ICU BreakIterator, JSONL read and write), on the
# article pages and the PolNeAR texts each repeated to BENCH_MB; then how the
# cost of one document grows with its size.
BENCH_MB   ?= 200
BENCH_RUNS ?= 3
bench: $(RELEASE)
	$(call need_shared,benchmarks/article-extraction)
	$(call need_shared,benchmarks/polnear/train/text)
	@$(SWIFT) build -c release --product claimline-bench
	$(BENCH) all --mb $(BENCH_MB) --runs $(BENCH_RUNS) --html $(SHARED)/benchmarks/article-extraction/html \
	  --text $(SHARED)/benchmarks/polnear/train/text
	$(BENCH) scaling --runs $(BENCH_RUNS) $(SHARED)/benchmarks/polnear/train/text

# Throughput of the segment stage next to ICU's bare sentence BreakIterator,
# over GUM dev and PolNeAR train texts repeated to a sizeable corpus.
bench-segment: deps
	$(call need_shared,benchmarks/sentences)
	$(call need_shared,benchmarks/polnear/train/text)
	@$(SWIFT) build -c release --product claimline-bench
	$(BENCH) segment $(SHARED)/benchmarks/sentences/gum-dev.jsonl $(SHARED)/benchmarks/polnear/train/text

# --- reliability checks (not part of make test) ----------------------------------

FUZZ_SECONDS  ?= 60
FUZZ_JOBS     ?= 2
FUZZ_TARGETS  ?=
FUZZ_BUILD    := .build-fuzz
FUZZER        := $(FUZZ_BUILD)/release/claimline-fuzz

# libFuzzer and AddressSanitizer over the whole pipeline; lld links it (gold fails on it).
$(FUZZER): deps $(shell find Sources -type f)
	$(SWIFT) build -c release --product claimline-fuzz --scratch-path $(FUZZ_BUILD) \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DCLAIMLINE_FUZZING -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld

fuzz: $(FUZZER) pipeline
	FUZZ_TARGETS="$(FUZZ_TARGETS)" Tests/Scripts/fuzz.sh $(FUZZER) $(FUZZ_SECONDS) $(FUZZ_JOBS) $(FUZZ_BUILD)/work

# A 2 GB batch (PolNeAR texts repeated) through `claimline run`: peak resident
# memory must stay bounded by the largest document, not the batch.
MEMORY_MB ?= 2000
MEMORY_LIMIT_MB ?= 500
check-memory: $(RELEASE)
	$(call need_shared,benchmarks/polnear/train/text)
	@$(SWIFT) build -c release --product claimline-bench
	@mkdir -p $(OUT)/check-memory
	$(BENCH) corpus --mb $(MEMORY_MB) $(SHARED)/benchmarks/polnear/train/text > $(OUT)/check-memory/corpus.jsonl
	@/usr/bin/time -f "%e s %M" -o $(OUT)/check-memory/time $(RELEASE) run -q $(OUT)/check-memory/corpus.jsonl -o $(OUT)/check-memory/claims.jsonl
	@read secs s kb < $(OUT)/check-memory/time; mb=$$((kb / 1024)); \
	  echo "check-memory: $$(du -m $(OUT)/check-memory/corpus.jsonl | cut -f1) MB of input in $${secs}s, peak resident memory $$mb MB (limit $(MEMORY_LIMIT_MB) MB)"; \
	  rm -rf $(OUT)/check-memory; [ $$mb -lt $(MEMORY_LIMIT_MB) ]

RESUME_TRIALS ?= 20
check-resume: $(RELEASE)
	$(call need_shared,benchmarks/polnear/train/text)
	Tests/Scripts/kill-and-resume.sh $(RELEASE) $(SHARED)/benchmarks/polnear/train/text $(RESUME_TRIALS)

# --- attribution: models trained on PolNeAR train, measured on PolNeAR dev ------------

ATTRIBUTE_MODEL := Sources/Attribute/Model/TrainedModel.swift
POLNEAR         := $(SHARED)/benchmarks/polnear
EVAL_OUT        := $(OUT)/eval

# Reproduces the committed model (deterministic; dev is never read).
train: deps
	$(call need_shared,benchmarks/polnear/train)
	$(SWIFT) build -c release --product claimline-train
	.build/release/claimline-train $(POLNEAR)/train -o $(ATTRIBUTE_MODEL)

# Document ids are the text file names without .txt, as the scorer expects.
eval-attribution: $(RELEASE)
	$(call need_shared,benchmarks/polnear/dev)
	@mkdir -p $(EVAL_OUT)
	$(RELEASE) run -q $(POLNEAR)/dev/text -o $(EVAL_OUT)/polnear-dev.claims.jsonl
	python3 $(SHARED)/tools/eval_attribution.py $(POLNEAR)/dev $(EVAL_OUT)/polnear-dev.claims.jsonl

# The stage in memory (claimline-bench), then `claimline attribute` end to end
# on one core, over the extract file of the PolNeAR train texts.
bench-attribute: $(RELEASE)
	$(call need_shared,benchmarks/polnear/train)
	@mkdir -p $(EVAL_OUT)
	$(SWIFT) build -c release --product claimline-bench
	$(RELEASE) ingest -q $(POLNEAR)/train/text | $(RELEASE) normalize -q | $(RELEASE) segment -q \
	  | $(RELEASE) extract -q -o $(EVAL_OUT)/polnear-train.extract.jsonl
	.build/release/claimline-bench attribute $(EVAL_OUT)/polnear-train.extract.jsonl
	@bytes=$$(cat $(POLNEAR)/train/text/*.txt | wc -c); \
	  start=$$(date +%s.%N); $(RELEASE) attribute -q -j 1 $(EVAL_OUT)/polnear-train.extract.jsonl -o $(EVAL_OUT)/polnear-train.claims.jsonl; \
	  end=$$(date +%s.%N); \
	  awk -v b=$$bytes -v s=$$start -v e=$$end 'BEGIN { printf "claimline attribute -j 1: %.1f MB of text in %.2f s: %.1f MB/s\n", b/1e6, e-s, b/1e6/(e-s) }'

# `claimline corroborate` over the PolNeAR train texts' claims, with their
# extract records as statements: time, and peak memory (it holds the batch).
bench-corroborate: $(RELEASE)
	$(call need_shared,benchmarks/polnear/train)
	@mkdir -p $(EVAL_OUT)
	$(RELEASE) ingest -q $(POLNEAR)/train/text | $(RELEASE) normalize -q | $(RELEASE) segment -q \
	  | $(RELEASE) extract -q -o $(EVAL_OUT)/polnear-train.extract.jsonl
	$(RELEASE) attribute -q $(EVAL_OUT)/polnear-train.extract.jsonl -o $(EVAL_OUT)/polnear-train.claims.jsonl
	@for run in 1 2 3; do \
	  /usr/bin/time -f "%e %U %M" -o $(EVAL_OUT)/corroborate.time $(RELEASE) corroborate -q $(EVAL_OUT)/polnear-train.claims.jsonl \
	    --statements $(EVAL_OUT)/polnear-train.extract.jsonl -o $(EVAL_OUT)/polnear-train.clusters.jsonl || exit 1; \
	  read wall user kb < $(EVAL_OUT)/corroborate.time; \
	  echo "claimline corroborate: $$(wc -l < $(EVAL_OUT)/polnear-train.claims.jsonl) claims of $$(wc -l < $(EVAL_OUT)/polnear-train.extract.jsonl) documents in $${wall} s ($${user} s user), peak $$((kb / 1024)) MB, $$(wc -l < $(EVAL_OUT)/polnear-train.clusters.jsonl) clusters"; \
	done

# The extract stage in memory (claimline-bench extract: the stage, then its
# parts alone, in wall and CPU time) over the segment file of the PolNeAR
# train texts, repeated to 40 MB.
bench-extract: $(RELEASE)
	$(call need_shared,benchmarks/polnear/train)
	@mkdir -p $(EVAL_OUT)
	$(SWIFT) build -c release --product claimline-bench
	$(RELEASE) ingest -q $(POLNEAR)/train/text | $(RELEASE) normalize -q | $(RELEASE) segment -q \
	  -o $(EVAL_OUT)/polnear-train.segment.jsonl
	$(BENCH) extract --mb 40 --runs 5 $(EVAL_OUT)/polnear-train.segment.jsonl

clean:
	rm -rf .build $(FUZZ_BUILD) $(OUT)
