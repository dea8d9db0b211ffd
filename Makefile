# Everything a fresh machine needs, from Python 3.11+ and make alone.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo serve-demo test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

SEED := ../shared/seed/000-seed-jafarabi-nomo-ambush.txt

## Run the extractor on the bundled sample articles (Arabic, French, English), then on the seed
## report when ../shared is beside the checkout (its text is not shipped: it is not ours).
demo: $(STAMP)
	$(BIN)/rasd extract samples/articles.jsonl --format jsonl
	@if [ -f $(SEED) ]; then echo "--- the seed report ($(SEED)), published 2025-01-13:"; \
	  $(BIN)/rasd extract $(SEED) --published 2025-01-13 --format summary; fi

## Serve the analyst app over the bundled samples (a temporary store; prints a review token).
PORT ?= 8000
serve-demo: $(STAMP)
	$(BIN)/rasd demo --port $(PORT)

## Install what the tests need and run them.
test: $(STAMP)
	$(BIN)/python -m pytest

## Throughput and peak memory of the foundation stages (see benchmarks/README.md).
bench: $(STAMP)
	$(BIN)/python benchmarks/bench_foundation.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
