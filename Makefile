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

.PHONY: help deps build pipeline report report-screenshot export test eval-seeds clean
.DEFAULT_GOAL := help

help:
	@echo "make pipeline      build (release) and run every stage over $(PIPELINE_INPUT) into $(OUT)/"
	@echo "make report        write $(OUT)/report.html: the articles with their claims, and the facts across sources"
	@echo "make report-screenshot  render the report in headless Chromium to $(REPORT_SHOT)"
	@echo "make export        write $(OUT)/claims.csv and $(OUT)/claims.sqlite"
	@echo "make test          run the test suite"
	@echo "make eval-seeds    score the pipeline on the seed articles (needs $(SHARED))"
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

clean:
	rm -rf .build $(OUT)
