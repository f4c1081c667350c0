"""Every export format parses back to an isomorphic graph, in rdflib and in pyoxigraph."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.errors import InputError
from kg.graph.validate import union_graph
from kg.views.bulkio import export_build
from kg.views.formats import RdfFormat

RDF_FORMATS = [f for f in RdfFormat if f.rdflib_name]
OX = {
    "turtle": pyoxigraph.RdfFormat.TURTLE, "ntriples": pyoxigraph.RdfFormat.N_TRIPLES,
    "nquads": pyoxigraph.RdfFormat.N_QUADS, "trig": pyoxigraph.RdfFormat.TRIG,
    "json-ld": pyoxigraph.RdfFormat.JSON_LD, "xml": pyoxigraph.RdfFormat.RDF_XML,
}


def _ox_to_rdflib(path: Path, fmt: RdfFormat) -> Dataset:
    """Parse with pyoxigraph (strict, independent of rdflib), re-serialise as N-Quads for comparison."""
    quads = pyoxigraph.parse(path=str(path), format=OX[fmt.label])
    ds = Dataset()
    ds.parse(data=pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.N_QUADS).decode(), format="nquads")
    return ds


def _graphs(ds: Dataset) -> dict[str, Graph]:
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


@pytest.mark.parametrize("fmt", RDF_FORMATS, ids=lambda f: f.label)
def test_every_format_round_trips_in_rdflib_and_pyoxigraph(seed_build, seed_dataset, tmp_path, fmt):
    path = export_build(seed_build.out_dir, tmp_path / f"graph{fmt.extensions[0]}", fmt)
    expected_union = union_graph(seed_dataset)

    ours = Dataset()
    ours.parse(path, format=fmt.rdflib_name)
    theirs = _ox_to_rdflib(path, fmt)
    for parsed in (ours, theirs):
        assert isomorphic(union_graph(parsed), expected_union)
        if fmt.quads:  # named graphs survive, each isomorphic to the original
            original = _graphs(seed_dataset)
            got = _graphs(parsed)
            assert set(got) == set(original)
            for name, graph in original.items():
                assert isomorphic(got[name], graph), name


@pytest.mark.parametrize("name,expected", [
    ("turtle", RdfFormat.TURTLE), ("nt", RdfFormat.NTRIPLES), ("N-Quads", RdfFormat.NQUADS),
    ("trig", RdfFormat.TRIG), ("jsonld", RdfFormat.JSONLD), ("xml", RdfFormat.XML),
])
def test_format_names_and_aliases(name, expected):
    assert RdfFormat.from_name(name) is expected


@pytest.mark.parametrize("filename,expected", [
    ("a.ttl", RdfFormat.TURTLE), ("a.nt", RdfFormat.NTRIPLES), ("a.nq", RdfFormat.NQUADS),
    ("a.trig", RdfFormat.TRIG), ("a.jsonld", RdfFormat.JSONLD), ("a.rdf", RdfFormat.XML),
])
def test_the_extension_alone_selects_the_format(filename, expected):
    assert RdfFormat.from_extension(filename) is expected


def test_unknown_format_lists_the_valid_ones():
    with pytest.raises(InputError) as err:
        RdfFormat.from_name("rdfa")
    for name in ("turtle", "ntriples", "nquads", "trig", "json-ld", "xml"):
        assert name in str(err.value)


def test_a_write_that_fails_halfway_leaves_the_old_file_and_no_temp(tmp_path):
    from kg.pipeline.folder import atomic_write

    target = tmp_path / "graph.ttl"
    target.write_text("previous contents")

    def half_then_fail(fh):
        fh.write(b"@prefix half: <written> .")
        raise OSError("disk full")

    with pytest.raises(OSError):
        atomic_write(target, half_then_fail)
    assert target.read_text() == "previous contents"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_formats_are_pyoxigraphs_plus_graphml_and_gexf():
    import pyoxigraph

    rdf = {f.ox for f in RdfFormat if f.ox is not None}
    assert rdf == {pyoxigraph.RdfFormat.TURTLE, pyoxigraph.RdfFormat.N_TRIPLES, pyoxigraph.RdfFormat.N_QUADS,
                   pyoxigraph.RdfFormat.TRIG, pyoxigraph.RdfFormat.JSON_LD, pyoxigraph.RdfFormat.RDF_XML}
    assert [f.label for f in RdfFormat if f.ox is None] == ["graphml", "gexf"]
    for fmt in RdfFormat:
        if fmt.ox is not None:
            assert fmt.extensions[0] == "." + fmt.ox.file_extension and fmt.quads == fmt.ox.supports_datasets
