# Everyday commands. `make help` lists them.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py
# Coverage for `make test`; CI measures it on its SQLite run only (COVERAGE_ARGS= turns it off).
COVERAGE_ARGS ?= --cov --cov-report=term
# Test processes (pytest-xdist): one a core; TEST_WORKERS=0 runs the tests in this process.
TEST_WORKERS ?= auto
# The address links from the CMS point at (workflow emails, "view live"): the port served on.
BASE_URL = $(or $(DJANGO_BASE_URL),http://127.0.0.1:$(PORT))
# Run a command and show its output only if it fails.
quietly = output=$$($(1) 2>&1) || { printf '%s\n' "$$output" >&2; exit 1; }

.DEFAULT_GOAL := help
.PHONY: help install assets run test lint format migrate demo collectstatic bench relevance chaos lighthouse scale-check clean

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-14s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $@

# --ignore-scripts: no install script runs; vnu-jar's would download a Java runtime.
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

static/css/main.css: node_modules/.package-lock.json $(wildcard static/scss/*.scss)
	npm run --silent build

install: $(VENV)/.installed ## Create .venv and install the project with its test and dev tools

assets: static/css/main.css ## Compile GOV.UK Frontend and the site's Sass into static/

migrate: install ## Apply database migrations
	@echo "Applying database migrations..."
	@$(call quietly,$(MANAGE) migrate --noinput)

demo: migrate ## Load the demo content and create the demo accounts (both idempotent)
	@echo "Loading the demo content..."
	@$(call quietly,DJANGO_BASE_URL='$(BASE_URL)' $(MANAGE) load_demo_content) \
		&& printf '%s\n' "$$output" | tail -n 1
	@DJANGO_BASE_URL='$(BASE_URL)' $(MANAGE) create_demo_editor

run: install assets demo ## Set everything up and serve on http://127.0.0.1:8000 (PORT=... to change) with SQLite
	@DJANGO_BASE_URL='$(BASE_URL)' $(MANAGE) runserver 127.0.0.1:$(PORT)

test: install assets ## Checks and tests (SQLite; PostgreSQL when DATABASE_URL is set)
	DJANGO_SETTINGS_MODULE=localoffer.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=localoffer.settings.test $(MANAGE) makemigrations --check --dry-run
	$(BIN)/python -m pytest --create-db -n $(TEST_WORKERS) $(COVERAGE_ARGS) $(PYTEST_ARGS)

lint: install ## Ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install ## Apply ruff fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

collectstatic: install assets ## Gather static files as production serves them
	$(MANAGE) collectstatic --noinput --ignore scss

bench: install assets ## Load test on PostgreSQL with gunicorn and wrk (BENCH_ARGS="--services 100000")
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

chaos: install assets ## Stop and pause Redis and PostgreSQL under gunicorn; print what each page answered (root)
	$(BIN)/python scripts/chaos.py $(CHAOS_ARGS)

scale-check: install assets ## Two gunicorn servers sharing PostgreSQL, Redis and an S3 store: publish, upload, sign in across them
	$(BIN)/python scripts/scale_check.py $(SCALE_CHECK_ARGS)

# Lighthouse from npm into a git-ignored folder on first use, never in package.json
# (so `make run` never downloads it). Major 12: the last for Node 20.
LIGHTHOUSE := .tools/lighthouse/node_modules/.bin/lighthouse
$(LIGHTHOUSE):
	npm install --prefix .tools/lighthouse lighthouse@12 --ignore-scripts --no-audit --no-fund --loglevel=error

lighthouse: install assets $(LIGHTHOUSE) ## Lighthouse (mobile) on the main pages under production settings; fails below target
	$(BIN)/python scripts/lighthouse.py $(LIGHTHOUSE_ARGS)

relevance: install assets ## Search relevance on the demo content, SQLite and PostgreSQL
	@status=0; \
	for database in sqlite postgresql; do \
		$(BIN)/python scripts/relevance.py --database $$database $(RELEVANCE_ARGS) || status=1; \
	done; \
	exit $$status

clean: ## Remove the virtualenv, node_modules, built assets and the SQLite database
	rm -rf $(VENV) node_modules static/css static/js/govuk-frontend.min.js static/vendor staticfiles db.sqlite3
