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

.PHONY: help deps build pipeline test eval-seeds train eval-attribution bench-attribute clean
.DEFAULT_GOAL := help

help:
	@echo "make pipeline      build (release) and run every stage over $(PIPELINE_INPUT) into $(OUT)/"
	@echo "make test          run the test suite"
	@echo "make eval-seeds    score the pipeline on the seed articles (needs $(SHARED))"
	@echo "make train         retrain the attribute models on PolNeAR train (needs $(SHARED))"
	@echo "make eval-attribution  score attribution on PolNeAR dev (needs $(SHARED))"
	@echo "make bench-attribute   attribute stage throughput on PolNeAR train texts (needs $(SHARED))"
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

clean:
	rm -rf .build $(OUT)
