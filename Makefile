# The two commands of the README:
#   make brief   set everything up, then write out/brief.{pdf,html,json} from examples/
#   make test    set everything up, then run the whole test suite (lint, types, tests)
#   make test-fast  lint, types and every test not marked slow (no PDF, browser or
#                install tests): the loop to run while editing
#   make check-install  a fresh venv with the pip Python ships installs the folder and
#                reads .html (this Makefile upgrades pip, which would hide a missing dependency)
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin

.PHONY: quality brief test test-fast setup setup-test lint typecheck pytest bench clean check-install

brief: setup
	$(BIN)/reporter build --out out

test: setup-test lint typecheck pytest

test-fast: setup-test lint typecheck
	$(BIN)/pytest -q -m 'not slow'

setup: $(VENV)/.installed
	scripts/system-deps.sh brief

setup-test: $(VENV)/.installed
	scripts/system-deps.sh test

$(VENV)/.installed: pyproject.toml
	scripts/system-deps.sh brief
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

lint:
	$(BIN)/ruff check reporter tests bench
	$(BIN)/ruff format --check reporter tests bench

typecheck:
	$(BIN)/mypy

pytest:
	$(BIN)/pytest -q

check-install: setup-test
	$(BIN)/pytest -q -m slow tests/packaging

bench: setup
	$(BIN)/python bench/run_all.py

quality: setup
	$(BIN)/python bench/quality.py

clean:
	rm -rf out build dist .pytest_cache .mypy_cache
