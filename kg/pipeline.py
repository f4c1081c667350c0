"""Runs the stages in order: ingest -> extract -> assemble -> validate -> write.

>>> from kg.config import sample_articles
>>> import tempfile
>>> result = build(sample_articles(), settings=Settings(out_dir=tempfile.mkdtemp()))
>>> result.conforms, result.articles
(True, 1)
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from rdflib import Dataset
from rdflib.namespace import RDF

from .assemble import assemble, load_curated, load_ontology
from .config import Settings, sample_articles
from .export import BUILD_FILE, RdfFormat, atomic_write_text, export, serialize, atomic_write
from .extract import extract
from .ingest import read_corpus
from .model import BuildResult, Extraction
from .namespaces import CORE_PREDICATES, KGO
from .validate import validate_graph

OUTPUTS = {
    "graph": BUILD_FILE,  # N-Quads: the build that other commands read
    "trig": "graph.trig",  # the same, for people
    "facts": "facts.jsonl",  # extracted facts, one JSON object per line
    "validation": "validation.txt",
    "disagreements": "disagreements.json",
    "summary": "summary.json",
}


def extract_all(paths: Iterable[str | Path], *, settings: Settings) -> tuple[list[Extraction], list[tuple[str, str]]]:
    """Ingest and extract every article; bad files are skipped and reported."""
    articles, skipped = read_corpus(paths, max_bytes=settings.max_bytes)
    return [extract(a, settings=settings) for a in articles], skipped


def count_by_type(ds: Dataset) -> dict[str, dict[str, int]]:
    """Entities, events and facts by type in a dataset (distinct over all graphs)."""
    entity_classes = {"Person", "Organization", "GovernmentBody", "Ministry", "Airline", "Company",
                      "InternationalOrganization", "Country", "City", "Place", "Group"}
    event_classes = {"Event", "SanctionsRelief", "SanctionsImposition", "PrisonerRelease", "PrisonerTransfer",
                     "Detention", "Praise", "Talks", "PhoneCall", "Meeting", "Negotiation", "DiplomaticStep",
                     "EmbassyReopening", "DiplomaticIntent"}
    typed: dict[str, set[str]] = {}
    for s, _, o, _ in ds.quads((None, RDF.type, None, None)):
        if str(o).startswith(str(KGO)):
            typed.setdefault(str(o)[len(str(KGO)):], set()).add(str(s))
    facts = Counter()
    for p in CORE_PREDICATES:
        facts[p] = len({(s, o) for s, _, o, _ in ds.quads((None, KGO[p], None, None))})
    return {
        "entities": {k: len(v) for k, v in sorted(typed.items()) if k in entity_classes},
        "events": {k: len(v) for k, v in sorted(typed.items()) if k in event_classes},
        "facts": {k: v for k, v in facts.items() if v},
    }


def build(inputs: Sequence[str | Path] | None = None, *, settings: Settings | None = None,
          curated: Sequence[Path] | None = None, validate: bool = True) -> BuildResult:
    """Build the graph from ``inputs`` (default: the bundled sample plus the curated facts) into ``settings.out_dir``.

    Every output is written to a temporary file and renamed, so a failed build
    leaves the previous outputs as they were.
    """
    settings = settings or Settings()
    if inputs is None or len(inputs) == 0:
        inputs = sample_articles()
        curated = settings.curated if curated is None else curated
    curated = list(curated or [])
    extractions, skipped = extract_all(inputs, settings=settings)
    ontology = load_ontology(settings.ontology)
    curated_graphs = [(Path(p), load_curated(Path(p), settings=settings)) for p in curated]
    assembly = assemble(extractions, settings=settings, ontology=ontology, curated=curated_graphs)
    ds = assembly.dataset

    out = Path(settings.out_dir)
    result = BuildResult(out_dir=str(out), skipped=skipped, disagreements=assembly.disagreements,
                         articles=len(extractions))
    if validate:
        report = validate_graph(ds, shapes=settings.shapes, ontology=settings.ontology)
        result.conforms = report.conforms
        atomic_write_text(out / OUTPUTS["validation"], report.summary() + "\n\n" + report.text)
        result.files["validation"] = str(out / OUTPUTS["validation"])
    facts = "".join(json.dumps(f.to_json(), ensure_ascii=False) + "\n" for ex in extractions for f in ex.facts)
    atomic_write_text(out / OUTPUTS["facts"], facts)
    atomic_write_text(out / OUTPUTS["disagreements"], json.dumps(assembly.disagreements, indent=2, ensure_ascii=False))
    export(ds, out / OUTPUTS["trig"], RdfFormat.TRIG)
    data = serialize(ds, RdfFormat.NQUADS)
    atomic_write(out / OUTPUTS["graph"], lambda fh: fh.write(data))
    result.triples = len(ds)
    result.counts = count_by_type(ds)
    summary = {"articles": result.articles, "quads": result.triples, "conforms": result.conforms,
               "skipped": [{"file": f, "reason": r} for f, r in skipped],
               "disagreements": Counter(d["kind"] for d in assembly.disagreements), **result.counts}
    atomic_write_text(out / OUTPUTS["summary"], json.dumps(summary, indent=2, ensure_ascii=False))
    for role in ("graph", "trig", "facts", "disagreements", "summary"):
        result.files[role] = str(out / OUTPUTS[role])
    return result
