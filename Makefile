# genforge: the two commands a user needs are `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# The exact torch wheel is installed first so the range in pyproject.toml installs nothing
# more: on this CPU machine it is the CPU build; on a GPU machine override it, e.g.
#   make setup TORCH_SPEC="torch==2.13.0 --index-url https://download.pytorch.org/whl/cu128"
TORCH_SPEC ?= torch==2.13.0
DEMO_DIR ?= demo-out
PYTEST_ARGS ?=

.PHONY: setup demo test test-fast lint format bench clean browser proto

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet $(TORCH_SPEC)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

demo: setup
	$(VENV)/bin/genforge demo --out $(DEMO_DIR)

test: setup browser
	$(PY) -m pytest -q $(PYTEST_ARGS)

test-fast: setup
	$(PY) -m pytest -q -m "not slow" $(PYTEST_ARGS)

lint: setup
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks

format: setup
	$(VENV)/bin/ruff format src tests benchmarks
	$(VENV)/bin/ruff check --fix src tests benchmarks

bench: setup
	$(PY) benchmarks/run_all.py

# The chat page's Playwright test drives Debian's chromium (no browser download by
# Playwright). Installed only when missing; without root or apt-get the test skips and says why.
CHROMIUM ?= /usr/bin/chromium
browser:
	@if [ -x $(CHROMIUM) ]; then :; \
	elif ! command -v apt-get >/dev/null 2>&1; then \
	  echo "note: $(CHROMIUM) is missing and apt-get is unavailable; install Chromium yourself to run the chat page test (tests/serve/test_chat_page.py skips without it)"; \
	else \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO="sudo -n"; \
	  ( $$SUDO apt-get update && $$SUDO apt-get install -y --no-install-recommends chromium ) \
	  || echo "note: installing chromium with apt-get failed; install it yourself to run the chat page test (tests/serve/test_chat_page.py skips without it)"; \
	fi

# Regenerate the gRPC stubs from proto/genforge.proto. protoc writes a top-level import
# (`import genforge_pb2`); the sed makes it package-relative so the stubs load inside genforge.
GRPC_GEN := src/genforge/serve/grpc_gen
proto: setup
	$(PY) -m grpc_tools.protoc -Iproto --python_out=$(GRPC_GEN) --pyi_out=$(GRPC_GEN) \
	  --grpc_python_out=$(GRPC_GEN) proto/genforge.proto
	sed -i 's/^import genforge_pb2 as genforge__pb2$$/from . import genforge_pb2 as genforge__pb2/' \
	  $(GRPC_GEN)/genforge_pb2_grpc.py

clean:
	rm -rf $(VENV) $(DEMO_DIR) .pytest_cache .ruff_cache
