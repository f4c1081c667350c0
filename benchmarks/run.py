"""kg's benchmarks: one run, one table, kg side by side with raw pyoxigraph and with rdflib alone.

    python benchmarks/run.py             # the full run: 10,000 articles, a graph of >= 1M triples
    python benchmarks/run.py --quick     # the same steps on a small corpus, in a minute or two
    python benchmarks/run.py --scale     # build, add one, validate with SHACL on: see benchmarks/scale.py

Every step runs in a fresh Python process, so that its peak memory is its own
and a step that takes too long (rdflib on a big graph) can be stopped; the
table says so when it was. The corpus comes from ``synth.py`` (seeded). The
table is printed as Markdown and saved, with the raw figures as JSON, under
``benchmarks/results/`` (not in git).

Steps:

* extraction, one core: words/s of kg's ingest + extract next to bare spaCy
  tokenisation (``spacy.blank("en")``) of the same texts;
* end to end: ``kg build`` of the corpus on every core (no SHACL), then the load
  into the embedded store, against the in-memory rdflib pipeline;
* load, query and export on a graph of at least ``--query-triples`` quads
  (a slice of the build): kg, raw pyoxigraph and rdflib alone.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import resource
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

JOIN_3 = """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
SELECT ?stmt ?sentence ?text WHERE {
  ?stmt rdf:subject ?s .
  ?stmt prov:wasDerivedFrom ?sentence .
  ?sentence schema:text ?text .
}"""
GROUP_BY = """SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n)"""
EXPORT_FORMATS = ("nquads", "trig", "ntriples", "turtle", "xml", "json-ld")


# --- helpers --------------------------------------------------------------------------------


def cpu() -> float:
    """CPU seconds of this process: what single-threaded steps are timed with, since the machine may be shared."""
    return time.process_time()


def cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def emit(**record) -> None:
    """A step's result: one JSON line on stdout, read by the parent."""
    print(json.dumps(record), flush=True)


def saved_queries(skip: tuple[str, ...] = ()) -> dict[str, tuple[str, bool]]:
    """A 3-pattern join and a GROUP BY over everything (on the union of the graphs), then kg's saved queries
    (kg/resources/queries/*.rq, which name their graphs): name -> (text, union default graph?)."""
    from kg.config import QUERIES_DIR

    queries = {"join-3-patterns": (JOIN_3, True), "group-by-all": (GROUP_BY, True)}
    queries.update({p.stem: (p.read_text(encoding="utf-8"), False) for p in sorted(QUERIES_DIR.glob("*.rq"))})
    return {k: v for k, v in queries.items() if k not in skip}


# --- steps (each runs in its own process) ------------------------------------------------------


def step_extract(corpus: str, n: int) -> None:
    import spacy

    from kg.config import Settings
    from kg.pipeline.corpus import Context, warm_up
    from kg.extraction import extract
    from kg.ingest.reader import article_from_text

    paths = sorted(Path(corpus).glob("*.txt"))[:n]
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in paths]
    words = sum(len(t.split()) for _, t in texts)
    settings = Settings()
    extract(article_from_text(texts[0][1], source=texts[0][0]), settings=settings)  # warm caches
    nlp = spacy.blank("en")
    nlp(texts[0][1])

    t0 = cpu()
    for _, text in texts:
        nlp(text)
    tokenise = cpu() - t0
    # what a build's workers load before their first article, and how they set the garbage collector after it
    # (after the tokenisation, which runs with Python's default collector, as spaCy does)
    warm_up(Context(settings=settings))
    t0 = cpu()
    articles = [article_from_text(text, source=name) for name, text in texts]
    ingest = cpu() - t0
    t0 = cpu()
    extractions = [extract(a, settings=settings) for a in articles]
    extract_s = cpu() - t0
    # the rest of kg's per-article stage (kg.pipeline.corpus.process), for the breakdown
    from kg.graph.assemble import article_triples, index_triples, trig_body, triples_to_nquads

    t0 = cpu()
    graphs = [article_triples(e, settings=settings) for e in extractions]
    assemble_s = cpu() - t0
    t0 = cpu()
    for g in graphs:
        trig_body(triples_to_nquads(g, "https://kg.example.org/graph/article/x"))
        index_triples(g)
    write_s = cpu() - t0
    emit(words=words, articles=len(texts), tokenise_s=tokenise, ingest_s=ingest, extract_s=extract_s,
         assemble_s=assemble_s, write_s=write_s, facts=sum(len(e.facts) for e in extractions),
         triples=sum(len(g) for g in graphs), peak_mb=peak_mb())


def step_build(corpus: str, out: str, workers: int) -> None:
    from kg.config import Settings
    from kg.pipeline.run import build

    marks: dict[str, float] = {}

    def progress(done: int, total: int) -> None:
        if done == total:
            marks["processed"] = time.perf_counter()

    t0 = time.perf_counter()
    result = build([corpus], settings=Settings(out_dir=out, curated=[], validate=False, workers=workers),
                   progress=progress)
    wall = time.perf_counter() - t0
    emit(seconds=wall, cpu_s=cpu(), workers_cpu_s=cpu_children(), load_avg=os.getloadavg()[0],
         process_s=marks.get("processed", t0) - t0, articles=result.articles,
         processed=result.processed, reused=result.reused, quads=result.triples, peak_mb=peak_mb(),
         workers_peak_mb=peak_mb(resource.RUSAGE_CHILDREN), skipped=len(result.skipped))


def step_load(nquads: str, store_dir: str, kind: str) -> None:
    """Load N-Quads into a store: kg's two ways (``kg load --store``, and in memory as ``kg query`` does) and raw."""
    import pyoxigraph

    t0 = time.perf_counter()
    if kind == "kg-disk":
        from kg.store.embedded import load_build

        load_build(nquads, store_dir)
        store = pyoxigraph.Store.read_only(store_dir)
    elif kind == "kg-memory":
        from kg.store.embedded import open_store

        store = open_store(nquads)
    elif kind == "ox-disk":  # in slices of 1M quads (one bulk_load of 7M quads once reached 17 GB here)
        store = pyoxigraph.Store(store_dir)
        with open(nquads, "rb") as fh:
            while lines := list(itertools.islice(fh, 1_000_000)):
                store.bulk_load(b"".join(lines), format=pyoxigraph.RdfFormat.N_QUADS)
        store.flush()
    else:
        store = pyoxigraph.Store()
        store.load(path=nquads, format=pyoxigraph.RdfFormat.N_QUADS)
    emit(seconds=time.perf_counter() - t0, cpu_s=cpu(), quads=len(store), peak_mb=peak_mb())


def _time_query(run, repeat: int) -> tuple[float, int]:
    best, rows = float("inf"), 0
    for _ in range(repeat):
        t0 = cpu()
        rows = run()
        best = min(best, cpu() - t0)
    return best, rows


def step_ox_queries(nquads: str, repeat: int, skip: list[str]) -> None:
    """Raw pyoxigraph: the same load and the same queries, without kg."""
    import pyoxigraph

    store = pyoxigraph.Store()
    t0 = cpu()
    store.load(path=nquads, format=pyoxigraph.RdfFormat.N_QUADS)
    emit(event="load", seconds=cpu() - t0, quads=len(store))
    def materialise(result) -> int:  # the same work as kg.store.query: every solution kept in a Python list
        if isinstance(result, pyoxigraph.QuerySolutions):
            return len(list(result))
        return 1 if isinstance(result, pyoxigraph.QueryBoolean) else len(list(result))

    for name, (text, union) in saved_queries(tuple(skip)).items():
        emit(event="start", query=name)
        seconds, rows = _time_query(lambda: materialise(store.query(text, use_default_graph_as_union=union)),
                                    repeat)
        emit(event="query", query=name, seconds=seconds, rows=rows)
    emit(event="done", peak_mb=peak_mb())


def step_kg_queries(nquads: str, repeat: int, skip: list[str]) -> None:
    """kg's path, as ``kg query --name NAME`` takes it: kg.store.embedded.open_store, then kg.store.query.run."""
    from kg.store.query import run
    from kg.store.embedded import open_store

    t0 = cpu()
    store = open_store(nquads)
    emit(event="load", seconds=cpu() - t0, quads=len(store))
    for name, (text, union) in saved_queries(tuple(skip)).items():
        emit(event="start", query=name)
        seconds, rows = _time_query(lambda: len(run(store, text, where=name, union_default_graph=union)), repeat)
        emit(event="query", query=name, seconds=seconds, rows=rows)
    emit(event="done", peak_mb=peak_mb())


def step_rdflib_queries(nquads: str, skip: list[str]) -> None:
    """rdflib alone: parse into a Dataset (default graph = union of the named graphs), then each query."""
    from rdflib import Dataset

    t0 = cpu()
    ds = Dataset(default_union=True)
    ds.parse(nquads, format="nquads")
    emit(event="load", seconds=cpu() - t0, peak_mb=peak_mb())
    for name, (text, _) in saved_queries(tuple(skip)).items():
        emit(event="start", query=name)
        t0 = cpu()
        rows = sum(1 for _ in ds.query(text))
        emit(event="query", query=name, seconds=cpu() - t0, rows=rows)
    emit(event="done", peak_mb=peak_mb())


def step_ox_export(nquads: str, work: str, kind: str) -> None:
    import pyoxigraph

    from kg.views.bulkio import convert
    from kg.views.formats import RdfFormat

    ox = {"nquads": pyoxigraph.RdfFormat.N_QUADS, "trig": pyoxigraph.RdfFormat.TRIG,
          "ntriples": pyoxigraph.RdfFormat.N_TRIPLES, "turtle": pyoxigraph.RdfFormat.TURTLE,
          "xml": pyoxigraph.RdfFormat.RDF_XML, "json-ld": pyoxigraph.RdfFormat.JSON_LD}
    for label in EXPORT_FORMATS:
        fmt = RdfFormat.from_name(label)
        target = Path(work) / f"{kind}{fmt.extensions[0]}"
        t0 = cpu()
        if kind == "kg":
            convert(nquads, target, fmt)
        else:
            quads = pyoxigraph.parse(path=nquads, format=pyoxigraph.RdfFormat.N_QUADS)
            pyoxigraph.serialize(quads if fmt.quads else (q.triple for q in quads), str(target), ox[label])
        emit(event="export", format=label, seconds=cpu() - t0, bytes=target.stat().st_size)
        target.unlink()
    emit(event="done", peak_mb=peak_mb())


def step_rdflib_export(nquads: str, work: str, skip: list[str]) -> None:
    """rdflib alone: parse, then each format (the baseline; `kg export` streams with pyoxigraph instead)."""
    from rdflib import Graph

    from kg.namespaces import bind_prefixes
    from kg.pipeline.folder import read_build
    from kg.views.formats import RdfFormat

    folder = Path(work) / "rdflib-build"
    folder.mkdir(exist_ok=True)
    link = folder / "graph.nq"
    if not link.exists():
        os.symlink(nquads, link)
    t0 = cpu()
    ds = read_build(folder)
    emit(event="load", seconds=cpu() - t0, peak_mb=peak_mb())
    for label in (f for f in EXPORT_FORMATS if f not in skip):
        fmt = RdfFormat.from_name(label)
        target = Path(work) / f"rdflib{fmt.extensions[0]}"
        emit(event="start", format=label)
        t0 = cpu()
        if fmt.quads:
            ds.serialize(target, format=fmt.rdflib_name, encoding="utf-8")
        else:
            union = Graph()
            bind_prefixes(union)
            for s, p, o, _ in ds.quads((None, None, None, None)):
                union.add((s, p, o))
            union.serialize(target, format=fmt.rdflib_name, encoding="utf-8")
        emit(event="export", format=label, seconds=cpu() - t0, bytes=target.stat().st_size)
        target.unlink()
    emit(event="done", peak_mb=peak_mb())


def step_rdflib_pipeline(corpus: str, out: str, n: int) -> None:
    """The pipeline with rdflib alone, in memory: extract everything, assemble one Dataset, serialise it."""
    from rdflib import Dataset

    from kg.config import Settings
    from kg.extraction import extract
    from kg.graph.assemble import article_triples, load_ontology, to_rdflib
    from kg.ingest.reader import read_corpus
    from kg.namespaces import article_graph_iri, graph_iri

    paths = sorted(Path(corpus).glob("*.txt"))[:n]
    settings = Settings(out_dir=out)
    t0 = cpu()
    articles, _ = read_corpus(paths, max_bytes=settings.max_bytes)
    extractions = [extract(a, settings=settings) for a in articles]
    t1 = cpu()
    ds = Dataset()
    ontology = ds.graph(graph_iri("ontology", base=settings.base_iri))
    for t in load_ontology(settings.ontology):
        ontology.add(t)
    for ex in extractions:
        g = ds.graph(article_graph_iri(ex.article.doc_id, base=settings.base_iri))
        for s, p, o in article_triples(ex, settings=settings):
            g.add((to_rdflib(s), to_rdflib(p), to_rdflib(o)))
    t2 = cpu()
    data = ds.serialize(format="nquads", encoding="utf-8")
    Path(out).mkdir(parents=True, exist_ok=True)
    (Path(out) / "graph.nq").write_bytes(data)
    t3 = cpu()
    emit(seconds=t3 - t0, extract_s=t1 - t0, assemble_s=t2 - t1, serialise_s=t3 - t2, articles=len(extractions),
         quads=data.count(b"\n"), peak_mb=peak_mb())


STEPS = {
    "extract": step_extract, "build": step_build, "load": step_load, "ox-queries": step_ox_queries,
    "kg-queries": step_kg_queries, "rdflib-queries": step_rdflib_queries, "ox-export": step_ox_export,
    "rdflib-export": step_rdflib_export, "rdflib-pipeline": step_rdflib_pipeline,
}


# --- the parent: run the steps, print the table ---------------------------------------------------


def _rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, from /proc."""
    total = 0.0
    pids = [pid]
    try:
        pids += [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        pass
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) / 1024
        except OSError:
            pass
    return total


def run_step(name: str, *, timeout: float, per_item: float | None = None, max_rss_mb: float | None = None,
             **params) -> list[dict]:
    """Run one step in a fresh process: its JSON lines, then ``{"stopped": why, ...}`` if it had to be stopped.

    ``per_item`` stops the step when one item (a query, a format) runs longer than that; ``max_rss_mb``
    when the step's memory grows past that (so that a benchmark never starves the machine).
    """
    cmd = [sys.executable, str(Path(__file__).resolve()), "--step", name, "--params", json.dumps(params)]
    with tempfile.TemporaryFile("w+") as errors:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=errors, text=True)
        records: list[dict] = []
        started = item_started = time.monotonic()
        buffer = ""
        while True:
            why = None
            limit = timeout - (time.monotonic() - started)
            if per_item is not None:
                limit = min(limit, per_item - (time.monotonic() - item_started))
            if limit <= 0:
                why = "time"
            elif max_rss_mb is not None and _rss_mb(proc.pid) > max_rss_mb:
                why = f"memory over {max_rss_mb:.0f} MB"
            if why:
                proc.kill()
                proc.wait()
                last = records[-1] if records else {}
                records.append({"stopped": why, "item": last.get("query") or last.get("format"),
                                "after": round(time.monotonic() - item_started, 1)})
                return records
            ready, _, _ = select.select([proc.stdout], [], [], min(limit, 1.0))
            if ready:
                chunk = os.read(proc.stdout.fileno(), 65536).decode()
                if not chunk:
                    break
                buffer += chunk
                *lines, buffer = buffer.split("\n")
                for line in lines:
                    if line.startswith("{"):
                        records.append(json.loads(line))
                        item_started = time.monotonic()
            elif proc.poll() is not None:
                break
        proc.wait()
        if proc.returncode != 0:
            errors.seek(0)
            raise SystemExit(f"step {name} failed ({proc.returncode}):\n{errors.read()[-3000:]}")
    return records


def run_items(name: str, key: str, *, per_item: float, **params) -> list[dict]:
    """Run a step over its items (queries, formats), starting it again after an item that had to be stopped."""
    records: list[dict] = []
    skip: list[str] = []
    while True:
        batch = run_step(name, timeout=per_item * 20, per_item=per_item, skip=skip, **params)
        records += batch
        stop = batch[-1] if batch and "stopped" in batch[-1] else None
        if stop is None or stop["item"] is None:
            return records
        skip += [r[key] for r in batch if r.get("event") in ("query", "export")] + [stop["item"]]


def machine() -> dict:
    import pyoxigraph
    import rdflib
    import spacy

    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {"cpu": cpu, "cores": len(os.sched_getaffinity(0)), "memory_gib": round(mem, 1),
            "os": f"{platform.system()} {platform.release()}", "python": platform.python_version(),
            "pyoxigraph": pyoxigraph.__version__, "rdflib": rdflib.__version__, "spacy": spacy.__version__}


def run_viz(timeout: float = 1800) -> list[dict]:
    """benchmarks/viz.py (the 5,000-node interactive HTML, written and settled in headless Chromium), its rows."""
    script = HERE / "viz.py"
    if not script.exists():
        return []
    try:
        proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return [{"step": "interactive HTML of 5,000 nodes", "median": f"stopped after {timeout:.0f} s", "target": ""}]
    rows = []
    for line in proc.stdout.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("| ") and len(cells) == 4 and cells[0] not in ("step", "---"):
            rows.append({"step": cells[0], "median": cells[1], "runs": cells[2], "target": cells[3]})
    if proc.returncode != 0 or not rows:
        rows.append({"step": "benchmarks/viz.py failed", "median": proc.stderr.strip().splitlines()[-1:] or "",
                     "target": ""})
    return rows


def load_all(nquads: Path, stores: Path, *, max_rss_mb: float) -> dict[str, dict]:
    """The same N-Quads loaded four ways: kg in memory and on disk, raw pyoxigraph in memory and on disk."""
    out = {}
    for kind in ("kg-memory", "ox-memory", "kg-disk", "ox-disk"):
        shutil.rmtree(stores, ignore_errors=True)
        stores.mkdir(parents=True)
        out[kind] = run_step("load", timeout=3600, max_rss_mb=max_rss_mb, nquads=str(nquads),
                             store_dir=str(stores / kind), kind=kind)[-1]
    shutil.rmtree(stores, ignore_errors=True)
    return out


def slice_nquads(source: Path, target: Path, lines: int) -> int:
    """The first ``lines`` quads of ``source`` (whole articles mostly), as ``target``; how many were copied."""
    n = 0
    with open(source, "rb") as src, open(target, "wb") as dst:
        for line in src:
            dst.write(line)
            n += 1
            if n >= lines:
                break
    return n


def fmt_s(x: float | None) -> str:
    if x is None:
        return "n/a"
    return f"{x * 1000:.0f} ms" if x < 1 else f"{x:.2f} s" if x < 100 else f"{x:.0f} s"


def ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.2f}x" if a and b else "n/a"


def by(records: list[dict], event: str, key: str) -> dict[str, dict]:
    return {r[key]: r for r in records if r.get("event") == event}


def timed_out(records: list[dict]) -> dict | None:
    return next((r for r in records if "timeout" in r), None)


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if "--scale" in argv:  # the commands with validation on, as whole processes (benchmarks/scale.py)
        import scale

        scale.main([a for a in argv if a != "--scale"])
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--step", help=argparse.SUPPRESS)
    ap.add_argument("--params", help=argparse.SUPPRESS)
    ap.add_argument("--quick", action="store_true", help="small sizes: 400 articles, a few minutes at most")
    ap.add_argument("--articles", type=int, help="articles in the end-to-end build (default 10000; quick: 400)")
    ap.add_argument("--extract-articles", type=int, help="articles for the words/s figures (default 500; quick: 100)")
    ap.add_argument("--baseline-articles", type=int, help="articles through the rdflib-alone pipeline "
                                                         "(default 1000; quick: 100)")
    ap.add_argument("--query-triples", type=int, help="quads in the load/query/export graph "
                                                     "(default 1000000; quick: 100000)")
    ap.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--words", type=int, default=600, help="words per synthetic article")
    ap.add_argument("--repeat", type=int, default=3, help="runs per pyoxigraph query (the best is kept)")
    ap.add_argument("--rdflib-timeout", type=float, default=300, help="seconds before an rdflib item is stopped")
    ap.add_argument("--query-timeout", type=float, default=120,
                    help="seconds before a query (all its repeats) on kg or raw pyoxigraph is stopped")
    ap.add_argument("--max-memory", type=float, default=0.5 * os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
                    / 2**20, help="MB of memory a store load may take before it is stopped (default: half the RAM)")
    ap.add_argument("--work", type=Path, help="working folder (default: a temporary one, removed at the end)")
    ap.add_argument("--keep", action="store_true", help="keep the working folder")
    ap.add_argument("--render", type=Path, help="print the table of a saved run (benchmarks/results/*.json)")
    args = ap.parse_args(argv)
    if args.step:
        STEPS[args.step](**json.loads(args.params))
        return
    if args.render:
        print(render(json.loads(args.render.read_text())))
        return

    quick = args.quick
    n_articles = args.articles or (400 if quick else 10_000)
    n_extract = args.extract_articles or (100 if quick else 500)
    n_baseline = args.baseline_articles or (100 if quick else 1000)
    q_triples = args.query_triples or (100_000 if quick else 1_000_000)
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    rt = args.rdflib_timeout
    figures: dict = {"machine": machine(), "load_avg_start": os.getloadavg(), "sizes": {"articles": n_articles, "extract_articles": n_extract,
                                                     "baseline_articles": n_baseline, "query_triples": q_triples,
                                                     "workers": args.workers, "words": args.words, "seed": args.seed}}

    def say(msg: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)

    try:
        import synth

        corpus = work / "corpus"
        say(f"writing {n_articles} synthetic articles")
        t0 = time.perf_counter()
        synth.write_corpus(corpus, n_articles, seed=args.seed, words=args.words)
        figures["generate_s"] = time.perf_counter() - t0

        say("extraction throughput, one core")
        figures["extract"] = run_step("extract", timeout=3600, corpus=str(corpus), n=min(n_extract, n_articles))[-1]

        say(f"kg build of {n_articles} articles on {args.workers} workers")
        out = work / "out"
        shutil.rmtree(out, ignore_errors=True)  # a full build, whatever ran before
        figures["build"] = run_step("build", timeout=7200, corpus=str(corpus), out=str(out),
                                    workers=args.workers)[-1]
        say("kg build again, nothing changed")
        figures["rebuild"] = run_step("build", timeout=3600, corpus=str(corpus), out=str(out),
                                      workers=args.workers)[-1]
        graph = out / "graph.nq"
        say("loading the build into a store")
        figures["load_full"] = load_all(graph, work / "stores", max_rss_mb=args.max_memory)

        say(f"kg build of {min(n_baseline, n_articles)} articles on 1 worker")
        subset = work / "subset"
        shutil.rmtree(subset, ignore_errors=True)
        subset.mkdir()
        for path in sorted(corpus.glob("*.txt"))[:n_baseline]:
            (subset / path.name).symlink_to(path)
        shutil.rmtree(work / "out-one", ignore_errors=True)
        figures["build_one"] = run_step("build", timeout=7200, corpus=str(subset), out=str(work / "out-one"),
                                        workers=1)[-1]
        shutil.rmtree(work / "out-one", ignore_errors=True)
        say(f"the rdflib-alone pipeline on {n_baseline} articles")
        figures["rdflib_pipeline"] = run_step("rdflib-pipeline", timeout=rt * 4, corpus=str(corpus),
                                              out=str(work / "rdflib-out"), n=min(n_baseline, n_articles))[-1]

        qgraph = work / "query-graph.nq"
        figures["query_graph_quads"] = slice_nquads(graph, qgraph, q_triples)
        say(f"load and queries on {figures['query_graph_quads']} quads: kg and raw pyoxigraph")
        figures["load_query_graph"] = load_all(qgraph, work / "stores", max_rss_mb=args.max_memory)
        qt = args.query_timeout
        figures["ox_queries"] = run_items("ox-queries", "query", per_item=qt, nquads=str(qgraph), repeat=args.repeat)
        figures["kg_queries"] = run_items("kg-queries", "query", per_item=qt, nquads=str(qgraph), repeat=args.repeat)
        say("load and queries: rdflib")
        figures["rdflib_queries"] = run_items("rdflib-queries", "query", per_item=rt, nquads=str(qgraph))
        say("export per format: kg, pyoxigraph, rdflib")
        figures["kg_export"] = run_step("ox-export", timeout=3600, nquads=str(qgraph), work=str(work), kind="kg")
        figures["ox_export"] = run_step("ox-export", timeout=3600, nquads=str(qgraph), work=str(work), kind="raw")
        figures["rdflib_export"] = run_items("rdflib-export", "format", per_item=rt, nquads=str(qgraph),
                                             work=str(work))
        figures["viz"] = run_viz()
        figures["load_avg_end"] = os.getloadavg()
    finally:
        if not (args.keep or args.work):
            shutil.rmtree(work, ignore_errors=True)

    table = render(figures)
    print(table)
    results = HERE / "results"
    results.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (results / f"{stamp}.json").write_text(json.dumps(figures, indent=2))
    (results / f"{stamp}.md").write_text(table + "\n")
    say(f"saved benchmarks/results/{stamp}.md and .json")


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else "met" if ok else "MISSED"


def render(f: dict) -> str:
    """The Markdown table (and the machine) from the figures."""
    m, sz = f["machine"], f["sizes"]
    la0, la1 = f.get("load_avg_start", [0])[0], f.get("load_avg_end", [0])[0]
    lines = [f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB RAM, {m['os']}; Python {m['python']}, "
             f"pyoxigraph {m['pyoxigraph']}, rdflib {m['rdflib']}, spaCy {m['spacy']}. "
             f"Load average {la0:.1f} at the start, {la1:.1f} at the end.",
             f"Corpus: {sz['articles']:,} synthetic articles of about {sz['words']} words (seed {sz['seed']}); "
             f"load/query/export graph: the first {f.get('query_graph_quads', 0):,} quads of the build.",
             "Single-process steps are timed in CPU seconds of the measuring process (the machine may be shared); "
             "builds and store loads in wall-clock seconds.", ""]
    head = ("step", "kg", "raw pyoxigraph / bare spaCy", "rdflib alone", "kg / raw", "rdflib / kg", "target",
            "peak memory")
    rows: list[tuple] = []

    ex = f["extract"]
    w = ex["words"]
    tok, ing, ext = w / ex["tokenise_s"], w / ex["ingest_s"], w / ex["extract_s"]
    both = w / (ex["ingest_s"] + ex["extract_s"])
    rows.append((f"extraction, words/s on one core ({ex['articles']} articles): ingest + extract", f"{both:,.0f}",
                 f"{tok:,.0f} (tokenise)", "", f"{both / tok:.2f}", "", f">= 0.33: {verdict(both / tok >= 1 / 3)}",
                 f"{ex['peak_mb']:.0f} MB"))
    rows.append(("  extract only (from ingested articles)", f"{ext:,.0f}", "", "", f"{ext / tok:.2f}", "",
                 verdict(ext / tok >= 1 / 3), ""))
    rows.append(("  ingest only (repair, metadata, sentences)", f"{ing:,.0f}", "", "", f"{ing / tok:.2f}", "", "",
                 ""))
    if "assemble_s" in ex:
        per = {k: ex[f"{k}_s"] / ex["articles"] * 1000 for k in ("ingest", "extract", "assemble", "write")}
        rows.append((f"  per article, CPU ms: ingest {per['ingest']:.1f}, extract {per['extract']:.1f}, "
                     f"assemble {per['assemble']:.1f}, N-Quads + TriG + index {per['write']:.1f}; "
                     f"{ex['facts'] / ex['articles']:.0f} facts, {ex['triples'] / ex['articles']:.0f} triples",
                     f"{sum(per.values()):.1f} ms", "", "", "", "", "", ""))

    b, rb, rp, b1 = f["build"], f["rebuild"], f["rdflib_pipeline"], f["build_one"]
    one_aps = b1["articles"] / b1["cpu_s"]
    rp_aps = rp["articles"] / rp["seconds"]
    rows.append((f"end to end on one core, articles per CPU second ({b1['articles']} articles)", f"{one_aps:,.1f}",
                 "", f"{rp_aps:,.1f}", "", ratio(one_aps, rp_aps), "", f"{b1['peak_mb']:.0f} MB; rdflib "
                 f"{rp['peak_mb']:.0f} MB"))
    rows.append((f"  rdflib alone: extract {fmt_s(rp['extract_s'])}, one Dataset {fmt_s(rp['assemble_s'])}, "
                 f"N-Quads {fmt_s(rp['serialise_s'])}", fmt_s(b1["cpu_s"]), "", fmt_s(rp["seconds"]), "", "", "", ""))
    rows.append((f"kg build, {sz['workers']} workers, {b['articles']:,} articles -> {b['quads']:,} quads (wall)",
                 fmt_s(b["seconds"]), "", "", "", "", "",
                 f"{b['peak_mb']:.0f} MB + {b['workers_peak_mb']:.0f} MB per worker"))
    rows.append((f"  {b['articles'] / b['seconds']:,.1f} articles/s; articles {fmt_s(b['process_s'])}, outputs "
                 f"{fmt_s(b['seconds'] - b['process_s'])}; CPU {fmt_s(b['cpu_s'])} main + "
                 f"{fmt_s(b['workers_cpu_s'])} workers; load average {b.get('load_avg', 0):.1f}",
                 "", "", "", "", "", "", ""))
    lf = f["load_full"]

    def load_cell(rec: dict, clock: str = "seconds") -> str:
        return f"stopped: {rec['stopped']}" if "stopped" in rec else fmt_s(rec.get(clock))

    def mem_cell(rec: dict) -> str:
        return "" if "stopped" in rec else f"{rec['peak_mb']:.0f} MB"

    for where, clock in (("memory", "cpu_s"), ("disk", "seconds")):  # RocksDB works in background threads
        k, o = lf[f"kg-{where}"], lf[f"ox-{where}"]
        ks, os_ = k.get(clock), o.get(clock)
        place = "in memory (CPU)" if where == "memory" else "on disk (wall)"
        rows.append((f"  load the build into a store, {place}", load_cell(k, clock), load_cell(o, clock), "",
                     ratio(ks, os_), "", f"<= 1.5: {verdict(ks <= 1.5 * os_)}" if ks and os_ else "",
                     f"kg {mem_cell(k)}, raw {mem_cell(o)}"))
    store = lf["kg-memory"].get("seconds")
    total = b["seconds"] + store if store else None
    rows.append((f"  text -> embedded store: build + load in memory (wall)", fmt_s(total), "", "", "", "",
                 f"<= 120 s for 10,000: {verdict(total <= 120 * b['articles'] / 10_000 if total else None)}", ""))
    rows.append(("  kg build again, nothing changed (wall)", fmt_s(rb["seconds"]), "", "", "", "", "", ""))

    kq = f["kg_queries"]
    oxq = f["ox_queries"]
    rq = f["rdflib_queries"]
    loads = {name: next((r for r in recs if r.get("event") == "load"), None)
             for name, recs in (("kg", kq), ("ox", oxq), ("rdflib", rq))}
    kl, ol, rl = (loads[n]["seconds"] if loads[n] else None for n in ("kg", "ox", "rdflib"))
    rows.append((f"load {f['query_graph_quads']:,} quads in memory (CPU)", fmt_s(kl), fmt_s(ol),
                 fmt_s(rl) if rl else "stopped", ratio(kl, ol), ratio(rl, kl),
                 f"<= 1.5: {verdict(kl <= 1.5 * ol)}" if kl and ol else "",
                 f"rdflib {loads['rdflib']['peak_mb']:.0f} MB" if loads["rdflib"] else ""))
    lq = f["load_query_graph"]
    k, o = lq["kg-disk"], lq["ox-disk"]
    rows.append(("  on disk (wall)", load_cell(k), load_cell(o), "", ratio(k.get("seconds"), o.get("seconds")), "",
                 f"<= 1.5: {verdict(k['seconds'] <= 1.5 * o['seconds'])}" if "seconds" in k and "seconds" in o
                 else "", f"kg {mem_cell(k)}, raw {mem_cell(o)}"))
    kq_by, ox_by, rd_by = by(kq, "query", "query"), by(oxq, "query", "query"), by(rq, "query", "query")
    stops = {who: {r["item"]: r for r in recs if "stopped" in r} for who, recs in (("kg", kq), ("ox", oxq), ("rd", rq))}

    def cell(who: str, name: str, rec: dict | None) -> str:
        if rec:
            return fmt_s(rec["seconds"])
        stop = stops[who].get(name)
        return f"> {stop['after']:.0f} s, stopped" if stop else "n/a"

    names = list(dict.fromkeys([*ox_by, *stops["ox"], *kq_by, *stops["kg"]]))
    for name in names:
        rec = ox_by.get(name) or kq_by.get(name) or {"rows": 0}
        kg_s = kq_by[name]["seconds"] if name in kq_by else None
        ox_s = ox_by[name]["seconds"] if name in ox_by else None
        rd = rd_by.get(name)
        rd_s = rd["seconds"] if rd else None
        rd_txt = cell("rd", name, rd)
        targets = []
        if kg_s is not None and ox_s is not None:
            targets.append(f"<= 1.5: {verdict(kg_s <= 1.5 * ox_s or kg_s < 0.005)}")
        if name in ("join-3-patterns", "group-by-all") and kg_s:
            fast = (rd_s or stops["rd"].get(name, {}).get("after", 0)) / kg_s
            targets.append(f">= 20x: {verdict(fast >= 20)}")
        rows.append((f"query `{name}` ({rec['rows']:,} rows, CPU)", cell("kg", name, kq_by.get(name)),
                     cell("ox", name, ox_by.get(name)), rd_txt, ratio(kg_s, ox_s),
                     ratio(rd_s, kg_s) if rd_s and kg_s else "", "; ".join(targets), ""))
    ke, oe = by(f["kg_export"], "export", "format"), by(f["ox_export"], "export", "format")
    re_ = by(f["rdflib_export"], "export", "format")
    estops = {r["item"]: r for r in f["rdflib_export"] if "stopped" in r}
    for label in EXPORT_FORMATS:
        k, o, r = ke[label]["seconds"], oe[label]["seconds"], re_.get(label)
        r_txt = fmt_s(r["seconds"]) if r else (f"> {estops[label]['after']:.0f} s, stopped" if label in estops
                                               else "n/a")
        rows.append((f"export {label} from N-Quads (CPU)", fmt_s(k), fmt_s(o), r_txt, ratio(k, o),
                     ratio(r["seconds"], k) if r else "", f"<= 1.5: {verdict(k <= 1.5 * o)}", ""))
    done = [r for r in f["rdflib_export"] if r.get("event") == "done"]
    if done:
        rows.append(("  peak memory of the rdflib export process", "", "", "", "", "", "",
                     f"{done[-1]['peak_mb']:.0f} MB"))

    for v in f.get("viz", []):
        value, target = v["median"], v["target"]
        ok = None
        if value.endswith(" s") and target.startswith("<= ") and target.endswith(" s"):
            ok = float(value[:-2]) <= float(target[3:-2])
        rows.append((f"HTML view, 5,000 nodes (benchmarks/viz.py): {v['step']} (wall, median)", value, "", "", "",
                     "", f"{target}: {verdict(ok)}" if target else "", ""))

    table = [head] + rows
    widths = [max(len(str(r[i])) for r in table) for i in range(len(head))]
    text = ["| " + " | ".join(str(c).ljust(wd) for c, wd in zip(row, widths)) + " |" for row in table]
    text.insert(1, "|" + "|".join("-" * (wd + 2) for wd in widths) + "|")
    return "\n".join(lines + text)


if __name__ == "__main__":
    main()
