# Truce: `make run` starts the app, `make test` runs the whole suite headless.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

# What Qt needs from Debian: the first line always, the xcb ones for a real display.
QT_DEBS := libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3
QT_X11_DEBS := libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
	libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 \
	libxcb-xkb1 libxcb-xfixes0
# What the tests check the desktop entry, metainfo and a launch from the launcher with, and the
# headless browser that drives the participants' phone page (tests/ui/test_phone_round.py), and
# the PostgreSQL server each test process starts for the team library (tests/team_server.py).
TEST_DEBS := desktop-file-utils appstream libglib2.0-bin chromium chromium-driver postgresql

.PHONY: run test demo samples bench lint format dist bundle bundle-smoke sysdeps sysdeps-x11 testdeps translations qm untranslated clean

run: sysdeps sysdeps-x11 $(VENV)/.installed
	$(VENV)/bin/truce

# The linters and the type checker first (seconds), then the suite on every core (pytest-xdist;
# each test has its own data folder, so they run side by side). A module's tests share a worker, so
# what a module builds once (a wheel, a rendered document) is built once. Bytecode is kept even
# where the shell says not to: otherwise each worker and each of the suite's child processes
# compiles every module it imports afresh. Modules go to the workers longest first, as the last
# run timed them (tests/longest_first.py), not by how many tests they hold.
test: sysdeps testdeps $(VENV)/.installed lint
	PYTHONDONTWRITEBYTECODE= QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n auto --dist loadscope --no-loadscope-reorder

demo: $(VENV)/.installed
	$(VENV)/bin/truce demo

samples: $(VENV)/.installed
	$(PY) -m workshop_app.samples exports

# The team library's figures need a PostgreSQL server of their own (benchmarks/team.py).
bench: sysdeps $(VENV)/.installed
	@$(MAKE) --no-print-directory _debs DEBS=postgresql
	# Bytecode is written, as an installed Truce has it: a shell that sets PYTHONDONTWRITEBYTECODE
	# would otherwise time the compiling of every module Truce starts with, on every start.
	PYTHONDONTWRITEBYTECODE= QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run.py

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

format: $(VENV)/.installed
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# dist/: the wheel a person installs with `pipx install`, and the sdist. The translations are
# compiled into both (hatch_build.py); pyside6-lrelease is found in the venv.
dist: $(VENV)/.installed
	$(MAKE) --no-print-directory qm
	rm -rf dist
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(PY) -m build --outdir dist
	@ls -l dist

# bundle/truce/: Python, Qt and Truce in one folder, started by bundle/truce/truce, and the same
# as a .tar.gz to hand over. PyInstaller builds it for the machine it runs on (Linux here; see
# docs/packaging.md for Windows and macOS). Not part of `make test`: it takes a minute or two.
VERSION = $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
bundle: sysdeps sysdeps-x11 $(VENV)/.installed
	$(PY) -m pip install --quiet -e '.[test,bundle]'
	$(MAKE) --no-print-directory qm
	rm -rf bundle
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath bundle \
		--workpath build/pyinstaller packaging/truce.spec
	tar -C bundle -czf bundle/truce-$(VERSION)-linux-$$(uname -m).tar.gz truce
	@du -sh bundle/truce bundle/truce-*.tar.gz

# Starts the bundle under Xvfb and exports an action plan with it (tools/bundle_smoke.sh).
bundle-smoke:
	@$(MAKE) --no-print-directory _debs DEBS="xvfb xdotool x11-utils poppler-utils"
	tools/bundle_smoke.sh bundle/truce/truce

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c "import sys; sys.exit(sys.version_info < (3, 11))" 2>/dev/null || { \
		echo "Truce needs Python 3.11 or newer; '$(PYTHON)' is $$($(PYTHON) --version 2>&1)."; \
		echo "Install a newer Python and run: make PYTHON=python3.12 $(MAKECMDGOALS)"; exit 1; }
	@$(PYTHON) -c "import ensurepip" 2>/dev/null || $(MAKE) --no-print-directory _debs DEBS=python3-venv
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(MAKE) --no-print-directory qm
	touch $@

sysdeps:
	@$(MAKE) --no-print-directory _debs DEBS="$(QT_DEBS)"

sysdeps-x11:
	@$(MAKE) --no-print-directory _debs DEBS="$(QT_X11_DEBS)"

testdeps:
	@$(MAKE) --no-print-directory _debs DEBS="$(TEST_DEBS)"

# Installs the missing Debian packages when run as root, otherwise names the exact command.
_debs:
	@command -v dpkg-query >/dev/null || { echo "Not a Debian system: make sure Qt's libraries ($(DEBS)) are installed."; exit 0; }; \
	missing=$$(for p in $(DEBS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
		echo "Installing: $$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else \
		echo "Truce needs these system libraries. Run:"; echo "  sudo apt-get install $$missing"; exit 1; \
	fi

# Interface translations: `make translations` refreshes the .ts sources from the code (then
# translate them with pyside6-linguist; `make untranslated` lists what is still missing); the .qm
# files are always compiled from them, never edited. A language whose .ts is absent is skipped.
# The core's messages (CoreMessages) are filled in from resources/content/<lang>/messages.json.
TS_LANGS := en_GB pl nl zh_CN zh_TW
TS_FILES := $(foreach lang,$(TS_LANGS),resources/i18n/truce_$(firstword $(subst _GB,,$(lang))).ts)
translations: $(VENV)/.installed
	@for lang in $(TS_LANGS); do \
		ts=resources/i18n/truce_$${lang%_GB}.ts; \
		$(VENV)/bin/pyside6-lupdate $$(find ui -name '*.py' | sort) -no-obsolete -silent \
			-target-language $$lang -ts $$ts || exit 1; \
	done
	$(PY) tools/fill_core_messages.py $(wildcard $(TS_FILES))
	$(MAKE) --no-print-directory qm
	$(PY) tools/ts_status.py $(wildcard $(TS_FILES)) || true

qm:
	@for ts in $(wildcard $(TS_FILES)); do $(VENV)/bin/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done

untranslated:
	$(PY) tools/ts_status.py $(wildcard $(TS_FILES))

clean:
	rm -rf $(VENV) build dist bundle .pytest_cache
