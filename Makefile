# The two commands of the quick start: `make run` and `make test`.
# Everything else here serves development (see README.md).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
APP_STAMP := $(VENV)/.installed-app
TEST_STAMP := $(VENV)/.installed-test
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=
# A throw-away strong key for tooling that loads the production settings.
TOOL_SECRET_KEY = $(shell $(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(50))')

.PHONY: run test e2e lint format messages schema api-lint api-fuzz bench check-python clean

check-python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed; set PYTHON=python3.11 (or newer).")'

$(BIN)/python: | check-python
	$(PYTHON) -m venv $(VENV)

$(APP_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml $(APP_STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

## run: install, migrate (SQLite by default), load the demo ecosystem (into an
## empty register only, so local changes are kept), create a
## coordinator login and serve on http://127.0.0.1:8000
run: export DEBUG ?= true
run: export API_BASE_URL ?= http://$(HOST):$(PORT)/api/v1
run: $(APP_STAMP)
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo --if-empty
	$(BIN)/python manage.py coordinator_login
	@echo "Serving on http://$(HOST):$(PORT)/ (admin: http://$(HOST):$(PORT)/admin/)"
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

## test: install what the tests need and run the whole suite
## (DATABASE_URL=postgres://… runs it on PostgreSQL)
test: $(TEST_STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

## e2e: only the browser tests
e2e: $(TEST_STAMP)
	$(BIN)/python -m pytest -m e2e $(PYTEST_ARGS)

## lint: what must hold before each commit
lint: export SECRET_KEY ?= $(TOOL_SECRET_KEY)
lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python manage.py check
	$(BIN)/python -m pytest -q tests/core/test_translations.py

## schema: write the OpenAPI document to var/openapi.json (fails on any warning)
schema: export SECRET_KEY ?= $(TOOL_SECRET_KEY)
schema: $(TEST_STAMP)
	mkdir -p var
	$(BIN)/python manage.py spectacular --validate --fail-on-warn --format openapi-json --file var/openapi.json

## api-lint: the OpenAPI document against the NL API Design Rules (vendored ruleset)
api-lint: schema
	bin/lint-openapi.sh var/openapi.json

## api-fuzz: schemathesis on every GET operation of a running demo server
api-fuzz: $(TEST_STAMP)
	bin/api-fuzz.sh

## bench: time API collections and public pages over many rows (see bench/api_lists.py)
bench: $(TEST_STAMP)
	$(BIN)/python bench/api_lists.py

format: $(TEST_STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## messages: update the Dutch catalogue and compile it (needs GNU gettext)
messages: export DEBUG ?= true
messages: $(APP_STAMP)
	$(BIN)/python manage.py makemessages -l nl --no-location --ignore=.venv --ignore=tests --ignore=staticfiles
	$(BIN)/python manage.py compilemessages -l nl --ignore=.venv

clean:
	rm -rf $(VENV) var staticfiles
