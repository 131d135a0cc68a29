# Every task a person runs. `make dev` starts the platform, `make test` runs every test.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
SERVICE_DIRS := admission-service contract-service availability-service monitor-service
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: help install install-python install-web browser dev test test-python test-web e2e bench lint openapi asyncapi up down clean

help:
	@echo "make dev    start the whole platform (embedded PostgreSQL + Tansu broker, no Docker)"
	@echo "make test   run every test (Python suites, web app unit and browser tests, platform story)"
	@echo "make e2e    run the end-to-end story and browser tests only"
	@echo "make bench  run the benchmarks and write docs/benchmarks.md"
	@echo "make up     the production-like stack with Docker Compose (needs a Docker engine)"

$(VENV)/.installed: services/pyproject.toml $(addsuffix /pyproject.toml,$(SERVICE_DIRS)) requirements-dev.txt constraints.txt
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -c constraints.txt -e "services[test]" $(addprefix -e ,$(SERVICE_DIRS)) -r requirements-dev.txt
	touch $@

install-python: $(VENV)/.installed

frontend/node_modules/.installed: frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	touch $@

install-web: frontend/node_modules/.installed

install: install-python install-web

# Browser tests drive Debian's Chromium (never a downloaded browser build).
browser:
	@command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)

dev: install
	$(VENV)/bin/zorgregio dev

test: install browser
	$(PY) scripts/run_tests.py

test-python: install-python
	$(PY) scripts/run_tests.py --only python

test-web: install-web browser
	$(PY) scripts/run_tests.py --only web

e2e: install browser
	$(PY) scripts/run_tests.py --only e2e

bench: install
	$(PY) scripts/bench.py

lint: install-python
	$(VENV)/bin/ruff check services $(SERVICE_DIRS) tests scripts

asyncapi: install-python
	$(VENV)/bin/zorgregio export-asyncapi

openapi: install
	$(VENV)/bin/zorgregio export-openapi --out frontend/openapi
	cd frontend && npm run gen:api

up:
	docker compose up --build

down:
	docker compose down

clean:
	rm -rf $(VENV) frontend/node_modules frontend/dist .zorgregio
