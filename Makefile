# The project's verbs. `make run` serves the demo portal; `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
ENGINE ?= opensearch
PYTEST_ARGS ?=
# pytest-xdist: a worker per core. Tests sharing an expensive world (a module-scoped fixture)
# stay together on one worker, in the order tests/conftest.py gives them.
TEST_WORKERS ?= auto
XDIST = -n $(TEST_WORKERS) --dist loadgroup --no-loadscope-reorder
# Each pass ends with its slowest tests, to keep the time budget in sight (README, Testing).
TIMINGS = --durations=15

.PHONY: help install run run-engine test test-fast test-postgres test-sqlite engine engine-stop postgres chromium lint format migrations-check bench bench-packs suggest-eval relevance prod-local prod-local-stop load drills walk backup restore

help:  ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-17s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# pip byte-compiles what it installs: where PYTHONDONTWRITEBYTECODE is set (here and in CI),
# nothing compiled at import is kept, and without it every process would compile again.
$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python
	# Reading packs (WeasyPrint) lay text out with Pango, in DejaVu fonts (diacritics included).
	devtools/apt-install.sh /usr/lib/x86_64-linux-gnu/libpango-1.0.so.0=libpango-1.0-0 \
		/usr/lib/x86_64-linux-gnu/libpangoft2-1.0.so.0=libpangoft2-1.0-0 \
		/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf=fonts-dejavu-core
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed locale/fr/LC_MESSAGES/django.mo  ## Create the virtualenv, install the pinned requirements, compile the French catalogue

# The compiled catalogue is not committed: it is built here, again whenever the .po changes.
locale/fr/LC_MESSAGES/django.mo: locale/fr/LC_MESSAGES/django.po | $(VENV)/.installed
	devtools/apt-install.sh msgfmt=gettext
	$(MANAGE) compilemessages -l fr --ignore=.venv --ignore=.cache --ignore=node_modules

.PHONY: messages
messages: install  ## Add the code's new UI strings to locale/fr/ (then translate them: the tests fail on any left out)
	devtools/apt-install.sh msgfmt=gettext
	$(MANAGE) makemessages -l fr --ignore=.venv --ignore=.cache --ignore=node_modules --ignore='devtools/*' --ignore='tests/*' \
		--ignore='static/*' --ignore='media/*' --add-location file --no-obsolete

run: install  ## Serve the portal with demo content on SQLite at http://127.0.0.1:8000
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	$(MANAGE) create_demo_admin
	$(MANAGE) runserver 127.0.0.1:8000

run-engine: install engine  ## Like `make run`, with knowledge search on the local engine
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	$(MANAGE) create_demo_admin
	SEARCH_URL=$$($(PYTHON) devtools/engine.py url --engine $(ENGINE)) $(MANAGE) rebuild_knowledge_index
	SEARCH_URL=$$($(PYTHON) devtools/engine.py url --engine $(ENGINE)) $(MANAGE) runserver 127.0.0.1:8000

engine:  ## Start a local search engine (ENGINE=opensearch|elasticsearch) and wait until it is healthy
	$(PYTHON) devtools/engine.py start --engine $(ENGINE)

engine-stop:  ## Stop the local search engine
	$(PYTHON) devtools/engine.py stop --engine $(ENGINE)

postgres:  ## Start Debian's PostgreSQL for the tests (installing it if needed)
	devtools/postgres.sh start

chromium:  ## Install Debian's Chromium for the browser tests if missing
	devtools/apt-install.sh /usr/bin/chromium=chromium

# pip keeps one core busy; the engine's JVM and PostgreSQL start on the other meanwhile.
test:  ## Set everything up and run the whole suite: PostgreSQL + OpenSearch + browser, then SQLite + Elasticsearch
	$(MAKE) --no-print-directory --output-sync=target -j4 install engine postgres chromium
	$(MAKE) --no-print-directory test-postgres
	$(MAKE) --no-print-directory test-sqlite

test-fast: install  ## The tests a change touches plus the search contract, on SQLite (BASE=main~3 counts those commits too)
	CEN_EXPECT_DATABASE=sqlite DATABASE_URL=sqlite:// $(BIN)/pytest $(XDIST) -m "not browser and not engine and not ops" \
		$$($(PYTHON) devtools/changed_tests.py $(BASE)) $(PYTEST_ARGS)

test-postgres: install engine  ## Everything on PostgreSQL, with the engine and Chromium
	CEN_EXPECT_DATABASE=postgresql DATABASE_URL=$$(devtools/postgres.sh start | tail -n 1) \
		CEN_TEST_ENGINE=$(ENGINE) CEN_TEST_SEARCH_URL=$$($(PYTHON) devtools/engine.py url --engine $(ENGINE)) \
		$(BIN)/pytest $(XDIST) $(TIMINGS) $(PYTEST_ARGS)

test-sqlite: install  ## The embedded default: the suite on SQLite but the drills and browsers, its engine tests (browser ones too) on a genuine Elasticsearch 8.19 node
	$(PYTHON) devtools/engine.py start --engine elasticsearch
	CEN_EXPECT_DATABASE=sqlite DATABASE_URL=sqlite:// CEN_TEST_ENGINE=elasticsearch \
		CEN_TEST_SEARCH_URL=$$($(PYTHON) devtools/engine.py url --engine elasticsearch) \
		$(BIN)/pytest $(XDIST) $(TIMINGS) -m "engine or not (browser or ops)" $(PYTEST_ARGS)
	$(PYTHON) devtools/engine.py stop --engine elasticsearch

lint: install  ## Check style, formatting and the architecture's import contracts (.importlinter)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

format: install  ## Format the code
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

migrations-check: install  ## Fail if a model change has no migration
	$(MANAGE) makemigrations --check --dry-run

bench: install engine  ## Search latency and reindex speed: engine, SQLite and PostgreSQL (BENCH_ARGS="--sizes 2000 --engine-sizes 5000")
	SEARCH_URL=$$($(PYTHON) devtools/engine.py url --engine $(ENGINE)) $(BIN)/python bench/search_bench.py \
		--postgres $$(devtools/postgres.sh start | tail -n 1) $(BENCH_ARGS)

bench-packs: install  ## Reading packs: seconds and size by number of items (PACK_ARGS="--repeat 5")
	$(BIN)/python bench/pack_bench.py $(PACK_ARGS)

SUGGEST_EVAL_DB := $(CURDIR)/.cache/suggest-eval/demo.sqlite3
suggest-eval: install  ## The import's suggested tags on the demo's tagged items, each held out: precision and recall per column
	rm -rf $(dir $(SUGGEST_EVAL_DB)) && mkdir -p $(dir $(SUGGEST_EVAL_DB))
	DATABASE_URL=sqlite:///$(SUGGEST_EVAL_DB) MEDIA_ROOT=$(dir $(SUGGEST_EVAL_DB))media LOG_LEVEL=ERROR \
		sh -c '$(MANAGE) migrate -v0 && $(MANAGE) load_demo_content > /dev/null && $(MANAGE) suggestion_eval --check'

relevance: install engine  ## nDCG@5 and MRR of the judged queries, database and engine side by side
	SEARCH_URL=$$($(PYTHON) devtools/engine.py url --engine $(ENGINE)) $(BIN)/python bench/relevance.py

prod-local: install  ## The production topology here: gunicorn, db_worker, PostgreSQL, 3-node engine cluster (ENGINE=...)
	$(PYTHON) devtools/prod_local.py start --engine $(ENGINE)

prod-local-stop:  ## Stop every process `make prod-local` started
	$(PYTHON) devtools/prod_local.py stop

load: install  ## Locust against `make prod-local` (started if needed) at 1 and 20 users (LOAD_ARGS="--duration 30")
	$(PYTHON) devtools/prod_local.py start --engine $(ENGINE)
	$(BIN)/python bench/load.py $(LOAD_ARGS)

walk: install postgres chromium  ## The four journeys in Chromium on a phone, a screenshot of every step in walk/ (WALK_DIR=...)
	CEN_EXPECT_DATABASE=postgresql DATABASE_URL=$$(devtools/postgres.sh start | tail -n 1) CEN_SCREENSHOTS=$(or $(WALK_DIR),walk) \
		$(BIN)/pytest -p no:cacheprovider tests/browser/test_journeys.py $(PYTEST_ARGS)

drills: install  ## The six production drills at full length (make test runs them short)
	OPS_LOAD_SECONDS=60 CEN_EXPECT_DATABASE=sqlite DATABASE_URL=sqlite:// $(BIN)/pytest -m ops tests/ops $(PYTEST_ARGS)

backup: install  ## manage.py backup_portal: database + media + manifest into backups/ (the current DATABASE_URL)
	$(MANAGE) backup_portal --output $(or $(BACKUP_DIR),backups)

restore: install  ## manage.py restore_portal BACKUP=backups/cen-...: into an empty database and media folder
	@test -n "$(BACKUP)" || { echo "Say which backup: make restore BACKUP=backups/cen-YYYYmmdd-HHMMSS"; exit 2; }
	$(MANAGE) restore_portal $(BACKUP)
