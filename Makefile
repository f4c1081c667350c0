# Two commands: `make demo` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
OUT    ?= out

.PHONY: demo test venv bench clean

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(BIN)/kg

venv: $(BIN)/kg

demo: venv
	$(BIN)/kg build --out $(OUT)
	$(BIN)/kg validate --out $(OUT)
	$(BIN)/kg viz --out $(OUT) --output $(OUT)/graph.html

test: venv
	$(BIN)/python -m pytest

bench: venv
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(OUT) .pytest_cache build *.egg-info
