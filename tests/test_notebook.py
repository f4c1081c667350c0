"""notebooks/walkthrough.ipynb runs top to bottom (with nbclient) and shows what it says it shows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "walkthrough.ipynb"


def outputs(nb, tag: str) -> str:
    """Every text output of the cells tagged ``tag``, joined."""
    parts = []
    for cell in nb.cells:
        if tag in cell.get("metadata", {}).get("tags", []):
            for out in cell.get("outputs", []):
                parts.append(out.get("text", ""))
                for mime in ("text/plain", "text/html"):
                    parts.append(out.get("data", {}).get(mime, ""))
    return "\n".join(parts)


def test_the_committed_notebook_has_no_outputs():
    nbformat = pytest.importorskip("nbformat")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(not c.outputs and c.execution_count is None for c in code)


@pytest.mark.slow
def test_the_walkthrough_runs_top_to_bottom(tmp_path, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    monkeypatch.setenv("KG_WALKTHROUGH_OUT", str(tmp_path))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=180, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()  # raises CellExecutionError, with the cell and traceback, if any cell fails

    from kg.pipeline.folder import read_build
    from kg.views.network import direct_graph

    dataset = read_build(tmp_path)  # the notebook built into tmp_path
    g = direct_graph(dataset)
    assert "SHACL conforms: True" in outputs(nb, "build")
    assert "<table" in outputs(nb, "sparql") and "sanctionsLiftedOn" in outputs(nb, "sparql")
    assert "curated" in outputs(nb, "sparql-inline") and "leaderOf" in outputs(nb, "sparql-inline")
    assert f"direct view: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges" in outputs(nb, "stats")
    viz = outputs(nb, "viz")
    assert f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges" in viz and "<iframe srcdoc=" in viz
    assert (tmp_path / "graph.html").is_file() and (tmp_path / "belarus-events.html").is_file()
    assert f"{g.number_of_nodes()} nodes" in outputs(nb, "graphml")
    quads = len(list(dataset.quads((None, None, None, None))))
    store = outputs(nb, "store")
    assert re.search(rf"\b{quads} quads in the store", store) and "unchanged" in store
    assert (tmp_path / "store").is_dir()
    assert "Belavia" in outputs(nb, "store-query")
    assert not list(NOTEBOOK.parent.glob("*.html"))  # nothing written beside the notebook
