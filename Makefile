# claimline: `make pipeline` runs the stages over fixtures/ into out/;
# `make test` runs the test suite. Both install the C libraries they need
# (libxml2, ICU, zlib) with apt-get when they are missing.

SHELL      := /bin/bash
SWIFT      ?= swift
SHARED     ?= ../shared
RELEASE    := .build/release/claimline
include pipelines/news.mk

OUT        := $(PIPELINE_OUT)
CORE_SRCS   = $(shell find Sources/ClaimlineCore Sources/ClaimlineCLI -name '*.swift')
stage_srcs  = $(shell find Sources/$(1) -type f) $(CORE_SRCS)
INPUTS     := $(shell find $(PIPELINE_INPUT) -type f 2>/dev/null)

.PHONY: help deps build pipeline test eval-seeds eval-ingest bench-ingest clean
.DEFAULT_GOAL := help

help:
	@echo "make pipeline      build (release) and run every stage over $(PIPELINE_INPUT) into $(OUT)/"
	@echo "make test          run the test suite"
	@echo "make eval-seeds    score the pipeline on the seed articles (needs $(SHARED))"
	@echo "make eval-ingest   score ingest's article bodies on the article-extraction benchmark (needs $(SHARED))"
	@echo "make bench-ingest  ingest throughput (MB/s of HTML, 1 and 2 threads) next to libxml2's bare parse (needs $(SHARED))"
	@echo "make clean         remove build output and $(OUT)/"

# --- system libraries ---------------------------------------------------------

APT_PACKAGES := pkg-config libxml2-dev libicu-dev zlib1g-dev
deps:
	@if ! pkg-config --exists libxml-2.0 icu-uc icu-i18n zlib 2>/dev/null; then \
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

pipeline: $(OUT)/claims.jsonl
	@echo "claimline: $$(wc -l < $(OUT)/ingest.jsonl) documents, $$(wc -l < $(OUT)/claims.jsonl) claims in $(OUT)/claims.jsonl"

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

BENCH      := .build/release/claimline-bench
bench-ingest: deps
	$(call need_shared,benchmarks/article-extraction)
	@$(SWIFT) build -c release --product claimline-bench
	$(BENCH) ingest $(ARTICLES)/html

clean:
	rm -rf .build $(OUT)
