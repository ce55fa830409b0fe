# Two commands set everything up on a fresh machine: `make demo` and `make test`.
# Both bootstrap the virtual environment (.venv) and the npm tools they need.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed-stamp
NODE_STAMP := node_modules/.installed-stamp
export PATH := $(CURDIR)/$(BIN):$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: help venv generate check-generated lint format typecheck spec pytest test demo bench sandbox clean

help:
	@echo "make demo             run examples/quickstart.py against the embedded sandbox on loopback"
	@echo "make test             every check: lint, types, spec, generated-code drift, pytest"
	@echo "make generate         regenerate kimono_interop_client/_generated/ from openapi/interop.yaml"
	@echo "make check-generated  fail if the committed generated code differs from a fresh generation"
	@echo "make bench            run the benchmarks (docs/BENCHMARKS.md)"
	@echo "make sandbox          serve the sandbox on http://127.0.0.1:8787"

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,sandbox,aiohttp,cli]'
	@touch $@

venv: $(STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

generate: $(STAMP)
	scripts/generate.sh kimono_interop_client/_generated

check-generated: $(STAMP)
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	scripts/generate.sh "$$tmp/_generated" && \
	if diff -r -x __pycache__ "$$tmp/_generated" kimono_interop_client/_generated; then \
	  echo "check-generated: kimono_interop_client/_generated/ matches openapi/interop.yaml"; \
	else \
	  echo "check-generated: generated code is stale or was edited by hand; run 'make generate'" >&2; exit 1; \
	fi

lint: $(STAMP)
	ruff check .
	ruff format --check .

format: $(STAMP)
	ruff check --fix .
	ruff format .

typecheck: $(STAMP)
	mypy

spec: $(STAMP) $(NODE_STAMP)
	openapi-spec-validator openapi/interop.yaml
	redocly lint --config openapi/redocly.yaml openapi/interop.yaml

pytest: $(STAMP) $(NODE_STAMP)
	pytest -q $(PYTEST_ARGS)

test: lint typecheck spec check-generated pytest

demo: $(STAMP)
	$(PY) -m kimono_interop_client.sandbox.demo

bench: $(STAMP)
	$(PY) -m benchmarks.run $(BENCH_ARGS)

sandbox: $(STAMP)
	$(PY) -m kimono_interop_client.sandbox --port 8787

clean:
	rm -rf $(VENV) node_modules dist build .mypy_cache .ruff_cache .pytest_cache
