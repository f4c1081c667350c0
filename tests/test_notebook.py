"""notebooks/research.ipynb: committed with its outputs, and the outputs are what running it gives today."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "research.ipynb"
TABLES = ("events", "pairs", "types", "summary", "praise", "provenance")  # cells whose output is a table


def tagged(nb, tag: str):
    cells = [c for c in nb.cells if tag in c.get("metadata", {}).get("tags", [])]
    assert len(cells) == 1, f"one cell tagged {tag!r}"
    return cells[0]


def text(nb, tag: str, mime: str = "text/plain") -> str:
    """The text output of the cell tagged ``tag``: its streams and its ``mime`` data."""
    parts = []
    for out in tagged(nb, tag).outputs:
        parts.append(out.get("text", ""))
        parts.append(out.get("data", {}).get(mime, ""))
    return "".join(parts)


@pytest.fixture(scope="module")
def committed():
    nbformat = pytest.importorskip("nbformat")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    return nb


def test_the_committed_notebook_shows_its_outputs(committed):
    code = [c for c in committed.cells if c.cell_type == "code"]
    assert code and all(c.execution_count is not None for c in code)
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1))  # run once, top to bottom
    assert not [o for c in code for o in c.outputs if o.output_type == "error"]
    for tag in TABLES:
        assert "<table" in text(committed, tag, "text/html"), tag
    png = [o.data["image/png"] for o in tagged(committed, "picture").outputs if "image/png" in o.get("data", {})]
    assert len(png) == 1 and base64.b64decode(png[0]).startswith(b"\x89PNG") and len(png[0]) > 20_000


def test_the_committed_tables_are_typed_and_have_no_nan_labels(committed):
    types = text(committed, "types")
    assert "datetime64" in types and "Int64" in types and "int64" in types and "object" not in types
    assert "followed_by_relief" in text(committed, "summary")
    for tag in TABLES:
        assert "NaN" not in text(committed, tag) and "NaN" not in text(committed, tag, "text/html"), tag
    assert "Norway" in text(committed, "praise") and "Switzerland" in text(committed, "praise")


def test_the_committed_notebook_names_no_path_of_the_machine_it_ran_on():
    raw = NOTEBOOK.read_text(encoding="utf-8")
    assert "/tmp/" not in raw and "/home/" not in raw and "/root/" not in raw and "/work/" not in raw


@pytest.mark.slow
def test_running_the_notebook_gives_the_committed_tables(committed, tmp_path, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("matplotlib", reason="the notebook draws with matplotlib (the notebook and test extras)")
    monkeypatch.setenv("KG_NOTEBOOK_OUT", str(tmp_path))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    for cell in nb.cells:  # start from nothing
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()  # raises CellExecutionError, with the cell and traceback, if any cell fails

    from kg.pipeline.folder import read_build

    quads = len(list(read_build(tmp_path).quads((None, None, None, None))))  # the notebook built into tmp_path
    assert text(nb, "build") == f"24 articles -> {quads} quads; SHACL conforms: True\n"
    for tag in ("build", *TABLES):  # the build is deterministic: the same answers as committed
        assert text(nb, tag) == text(committed, tag), tag
    assert "4 articles drawn" in text(nb, "picture")
    assert not list(NOTEBOOK.parent.glob("*.html")) and not (NOTEBOOK.parent / "out").exists()
