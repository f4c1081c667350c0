# Two commands: `make demo` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
OUT    ?= out

.PHONY: demo test venv bench clean query-page notebook notebook-outputs model

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip uninstall --quiet --yes kg 2>/dev/null || true  # the distribution's name before 0.2.0
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(BIN)/kg

venv: $(BIN)/kg

demo: venv
	$(BIN)/kg build --out $(OUT)
	$(BIN)/kg validate --out $(OUT)
	$(BIN)/kg viz --out $(OUT) --output $(OUT)/graph.html

# The suite on one process per core (pytest-xdist); `make test TEST_WORKERS=0` runs it in one process.
TEST_WORKERS ?= auto
test: venv
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadgroup

bench: venv
	$(BIN)/python benchmarks/run.py

# Retrain the learned stage's model (kg/resources/model/pairs.json) on the development sets that
# kg/extraction/train.py lists (never on the first-contact batches: devset-ab, sealed, the second and third
# grids) and the construction grid the extractor is developed against. The model is committed, so only a change of
# features or training data needs this.
GRIDS := $(addprefix tests/resources/constructions/,release.toml sanctions.toml talks.toml coref.toml names.toml \
           paradigm-release.toml paradigm-sanctions.toml paradigm-talks.toml)
model: venv
	tmp=$$(mktemp -d) && $(BIN)/python benchmarks/constructions.py $(GRIDS) --write $$tmp/construction-grid \
	  && $(BIN)/python -m kg.extraction.train kg/resources/model/pairs.json --with $$tmp/construction-grid; \
	  status=$$?; rm -rf $$tmp; exit $$status

# Rebuild the query page's editor (CodeMirror 6 from the npm registry) into kg/resources/query-page/;
# the result is committed, so only a change of editor version needs this (and node and npm).
query-page:
	cd frontend/query-page && npm ci --no-audit --no-fund && node build.mjs

# Install Jupyter (the notebook extra) and open the research notebook.
notebook: venv
	$(BIN)/python -m pip install --quiet -e '.[notebook]'
	$(BIN)/jupyter lab notebooks/research.ipynb

# Run the research notebook top to bottom and save its outputs into it (they are committed).
notebook-outputs: venv
	$(BIN)/jupyter-execute --inplace --timeout=600 notebooks/research.ipynb

clean:
	rm -rf $(OUT) .pytest_cache build *.egg-info
