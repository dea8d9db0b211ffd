# Everything a fresh machine needs, from Python 3.11+ and make alone.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## Run the extractor on the bundled sample articles (Arabic, French, English).
demo: $(STAMP)
	$(BIN)/rasd extract samples/articles.jsonl --format jsonl

## Install what the tests need and run them.
test: $(STAMP)
	$(BIN)/python -m pytest

## Throughput and peak memory of the foundation stages (see benchmarks/README.md).
bench: $(STAMP)
	$(BIN)/python benchmarks/bench_foundation.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
