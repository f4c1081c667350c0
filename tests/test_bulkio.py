"""pyoxigraph streaming exports (kg export) give the same RDF as the build, in every format."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.views.bulkio import convert, export_build
from kg.errors import InputError, NotBuiltError
from kg.graph.validate import union_graph
from kg.views.formats import RdfFormat

RDF_FORMATS = [f for f in RdfFormat if f.rdflib_name]


def _parse(path: Path, fmt: RdfFormat) -> Dataset:
    ds = Dataset()
    ds.parse(path, format=fmt.rdflib_name)
    return ds


def _named(ds: Dataset) -> dict[str, Graph]:
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


@pytest.mark.parametrize("fmt", RDF_FORMATS, ids=lambda f: f.label)
def test_streaming_export_is_the_same_rdf_as_the_build(seed_build, seed_dataset, tmp_path, fmt):
    ours = _parse(export_build(seed_build.out_dir, tmp_path / f"ox{fmt.extensions[0]}", fmt), fmt)
    theirs = seed_dataset
    if fmt.quads:
        assert _named(ours).keys() == _named(theirs).keys()
        for name, graph in _named(theirs).items():
            assert isomorphic(_named(ours)[name], graph), name
    else:
        assert isomorphic(union_graph(ours), union_graph(theirs))


def test_the_built_trig_is_the_built_nquads(seed_build, seed_dataset):
    trig = _parse(Path(seed_build.out_dir) / "graph.trig", RdfFormat.TRIG)
    for name, graph in _named(seed_dataset).items():
        assert isomorphic(_named(trig)[name], graph), name
    text = (Path(seed_build.out_dir) / "graph.trig").read_text(encoding="utf-8")
    assert "@prefix kgo: <https://kg.example.org/ontology#> ." in text and "kgo:NewsArticle" in text


def test_graphml_falls_back_to_networkx_and_errors_name_the_file(seed_build, tmp_path):
    assert export_build(seed_build.out_dir, tmp_path / "g.graphml").read_text(encoding="utf-8").startswith("<?xml")
    with pytest.raises(NotBuiltError):
        export_build(tmp_path / "nowhere", tmp_path / "x.ttl")
    bad = tmp_path / "bad.nq"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.nq"):
        convert(bad, tmp_path / "x.ttl", RdfFormat.TURTLE)
    assert not (tmp_path / "x.ttl").exists()
