# ActionDesk: `make demo` to try it, `make test` to check it.
VENV := .venv
BIN := $(VENV)/bin
PYTHON ?= python3
STAMP := $(VENV)/.installed
VENDOR := actiondesk/static/vendor
PYTEST_ARGS ?=

.PHONY: setup demo test test-deps lint bench check-deploy clean messages compilemessages

setup: $(STAMP) $(VENDOR)/.stamp

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check --upgrade pip
	$(BIN)/pip install -q --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

# ECharts, htmx and Swagger UI (the /api/docs page) come from the npm registry at setup; they are served by
# whitenoise, never from a CDN. --ignore-scripts: nothing we copy needs an install script (swagger-ui-dist's
# dependency would otherwise send install analytics).
$(VENDOR)/.stamp: package.json package-lock.json
	npm ci --no-audit --no-fund --silent --ignore-scripts
	mkdir -p $(VENDOR)/echarts $(VENDOR)/htmx $(VENDOR)/swagger-ui
	cp node_modules/echarts/dist/echarts.min.js $(VENDOR)/echarts/
	cp node_modules/htmx.org/dist/htmx.min.js $(VENDOR)/htmx/
	cp node_modules/swagger-ui-dist/swagger-ui-bundle.js node_modules/swagger-ui-dist/swagger-ui.css \
	  node_modules/swagger-ui-dist/swagger-ui.css.map $(VENDOR)/swagger-ui/
	touch $@

demo: setup
	DEBUG=$${DEBUG:-true} $(BIN)/actiondesk demo

# Debian chromium and a CJK font for the browser tests, Tesseract and its Simplified Chinese model for reading scanned
# PDFs; installed only when missing and running as root.
test-deps:
	@if [ ! -x /usr/bin/chromium ] || ! fc-list :lang=zh 2>/dev/null | grep -q . \
	    || ! tesseract --list-langs 2>/dev/null | grep -qx chi_sim; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      chromium fonts-wqy-microhei tesseract-ocr tesseract-ocr-chi-sim >/dev/null; \
	  else echo "make test: chromium, fonts-wqy-microhei or tesseract-ocr-chi-sim missing; run as root or install them" >&2; fi; \
	fi

lint: setup
	$(BIN)/ruff check .

test: setup test-deps lint
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/pytest $(PYTEST_ARGS)

# SQLite always; PostgreSQL too when a server answers on 127.0.0.1 (database actiondesk_bench).
BENCH_PG ?= postgres://postgres@127.0.0.1:5432/actiondesk_bench
bench: setup
	$(BIN)/python bench/run.py
	@if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then \
	  psql -h 127.0.0.1 -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='actiondesk_bench'" | grep -q 1 \
	    || psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE actiondesk_bench"; \
	  BENCH_DATABASE_URL=$(BENCH_PG) $(BIN)/python bench/run.py --append enterprises projects load province; \
	else echo "bench: PostgreSQL not running; PostgreSQL figures skipped"; fi

check-deploy: setup
	DEBUG=false HTTPS=true SECRET_KEY=$$(head -c 48 /dev/urandom | base64) ALLOWED_HOSTS=actiondesk.example \
	  $(BIN)/python manage.py check --deploy --fail-level WARNING

# Apps with their own catalogue (actiondesk/<app>/locale) are left out of the site's one.
OWN_CATALOGUES := $(notdir $(patsubst %/locale,%,$(wildcard actiondesk/*/locale)))
messages: setup
	cd actiondesk && ../$(BIN)/python ../manage.py makemessages -l en --no-obsolete $(foreach a,$(OWN_CATALOGUES),-i '$(a)/*')
	for a in $(OWN_CATALOGUES); do (cd actiondesk/$$a && ../../$(BIN)/python ../../manage.py makemessages -l en --no-obsolete) || exit 1; done
	@echo "messages: fill every empty msgstr (and clear fuzzy flags), then: make compilemessages"

compilemessages:
	for po in actiondesk/locale/en/LC_MESSAGES/django.po actiondesk/*/locale/en/LC_MESSAGES/django.po; do \
	  if [ -f "$$po" ]; then msgfmt --check-format -o "$${po%.po}.mo" "$$po" || exit 1; fi; done

clean:
	rm -rf $(VENV) node_modules $(VENDOR) staticfiles
