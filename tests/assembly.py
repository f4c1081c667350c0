"""A whole corpus assembled in memory into one rdflib Dataset, from the build's own stage functions.

Only tests use it (and the visualisation fixtures): ``kg build`` streams the same
quads into ``graph.nq`` instead. Graph by graph it is what the build writes.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from kg.config import Settings
from kg.graph.assemble import Curated, assemble_article, assemble_shared, load_ontology
from kg.model import Extraction
from kg.namespaces import bind_prefixes


def assemble(extractions: list[Extraction], *, settings: Settings, ontology: bool = True,
             curated: list[Path] = ()) -> Dataset:
    """The dataset ``kg build`` would write for these extractions (with the ontology unless ``ontology=False``)."""
    cur = Curated.load(curated, settings=settings) if curated else None
    ds = Dataset()
    bind_prefixes(ds, settings.base_iri)
    from rdflib import Graph

    head, _ = assemble_shared(load_ontology(settings.ontology) if ontology else Graph(), cur, extractions,
                              settings=settings)
    parts = [head] + [assemble_article(ex, settings=settings, curated=cur).nquads for ex in extractions]
    data = b"".join(parts)
    if data:
        ds.parse(data=data, format="nquads")
    return ds
