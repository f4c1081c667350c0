"""kg's benchmarks: one run, one table, kg side by side with raw pyoxigraph and with rdflib alone.

    python benchmarks/run.py             # the full run: 10,000 articles, a graph of >= 1M triples
    python benchmarks/run.py --quick     # the same steps on a small corpus, in a minute or two

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


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def emit(**record) -> None:
    """A step's result: one JSON line on stdout, read by the parent."""
    print(json.dumps(record), flush=True)


def saved_queries() -> dict[str, str]:
    """kg's saved queries (kg/resources/queries/*.rq), else a 3-pattern join and a GROUP BY over everything."""
    from kg.config import QUERIES_DIR

    found = {p.stem: p.read_text(encoding="utf-8") for p in sorted(QUERIES_DIR.glob("*.rq"))}
    return {"join-3-patterns": JOIN_3, "group-by-all": GROUP_BY, **found}


def kg_store_loader():
    """kg's own embedded-store loader, if the package has one: (label, function(nquads path, store dir))."""
    try:
        from kg import store
    except ImportError:
        return None
    for name in ("load_build", "load_embedded", "load_file", "load"):
        fn = getattr(store, name, None)
        if callable(fn):
            return f"kg.store.{name}", fn
    return None


# --- steps (each runs in its own process) ------------------------------------------------------


def step_extract(corpus: str, n: int) -> None:
    import spacy

    from kg.config import Settings
    from kg.extract import extract
    from kg.ingest import article_from_text

    paths = sorted(Path(corpus).glob("*.txt"))[:n]
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in paths]
    words = sum(len(t.split()) for _, t in texts)
    settings = Settings()
    extract(article_from_text(texts[0][1], source=texts[0][0]), settings=settings)  # warm caches
    nlp = spacy.blank("en")
    nlp(texts[0][1])

    t0 = time.perf_counter()
    for _, text in texts:
        nlp(text)
    tokenise = time.perf_counter() - t0
    t0 = time.perf_counter()
    articles = [article_from_text(text, source=name) for name, text in texts]
    ingest = time.perf_counter() - t0
    t0 = time.perf_counter()
    extractions = [extract(a, settings=settings) for a in articles]
    extract_s = time.perf_counter() - t0
    emit(words=words, articles=len(texts), tokenise_s=tokenise, ingest_s=ingest, extract_s=extract_s,
         facts=sum(len(e.facts) for e in extractions), peak_mb=peak_mb())


def step_build(corpus: str, out: str, workers: int) -> None:
    from kg.config import Settings
    from kg.pipeline import build

    marks: dict[str, float] = {}

    def progress(done: int, total: int) -> None:
        if done == total:
            marks["processed"] = time.perf_counter()

    t0 = time.perf_counter()
    result = build([corpus], settings=Settings(out_dir=out), curated=[], validate=False, workers=workers,
                   progress=progress)
    wall = time.perf_counter() - t0
    emit(seconds=wall, process_s=marks.get("processed", t0) - t0, articles=result.articles,
         processed=result.processed, reused=result.reused, quads=result.triples, peak_mb=peak_mb(),
         workers_peak_mb=peak_mb(resource.RUSAGE_CHILDREN), skipped=len(result.skipped))


def step_load(nquads: str, store_dir: str, kind: str) -> None:
    import pyoxigraph

    t0 = time.perf_counter()
    if kind == "kg":
        loader = kg_store_loader()
        if loader is None:
            emit(skipped="kg has no store module yet")
            return
        label, fn = loader
        fn(nquads, store_dir)
        emit(seconds=time.perf_counter() - t0, label=label, peak_mb=peak_mb())
        return
    if kind == "ox-disk":
        store = pyoxigraph.Store(store_dir)
    else:
        store = pyoxigraph.Store()
    store.bulk_load(path=nquads, format=pyoxigraph.RdfFormat.N_QUADS)
    if kind == "ox-disk":
        store.flush()
    emit(seconds=time.perf_counter() - t0, quads=len(store), peak_mb=peak_mb())


def _time_query(run, repeat: int) -> tuple[float, int]:
    best, rows = float("inf"), 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        rows = run()
        best = min(best, time.perf_counter() - t0)
    return best, rows


def step_ox_queries(nquads: str, repeat: int) -> None:
    import pyoxigraph

    store = pyoxigraph.Store()
    t0 = time.perf_counter()
    store.bulk_load(path=nquads, format=pyoxigraph.RdfFormat.N_QUADS)
    emit(event="load", seconds=time.perf_counter() - t0, quads=len(store))
    for name, text in saved_queries().items():
        seconds, rows = _time_query(lambda: sum(1 for _ in store.query(text, use_default_graph_as_union=True)),
                                    repeat)
        emit(event="query", query=name, seconds=seconds, rows=rows)
    emit(event="done", peak_mb=peak_mb())


def step_kg_queries(nquads: str, repeat: int) -> None:
    """kg's own query path, when the package has one (kg.query)."""
    try:
        from kg import query as kgq
    except ImportError:
        emit(event="done", skipped="kg has no query module yet")
        return
    runner = None
    for name in ("run_query", "query", "select"):
        if callable(getattr(kgq, name, None)):
            runner = getattr(kgq, name)
            break
    open_store = None
    try:
        from kg import store as kgs

        for name in ("open_store", "embedded", "load_build", "open"):
            if callable(getattr(kgs, name, None)):
                open_store = getattr(kgs, name)
                break
    except ImportError:
        pass
    if runner is None or open_store is None:
        emit(event="done", skipped="kg.query/kg.store have no function this script knows")
        return
    store = open_store(nquads)
    for name, text in saved_queries().items():
        seconds, rows = _time_query(lambda: sum(1 for _ in runner(store, text)), repeat)
        emit(event="query", query=name, seconds=seconds, rows=rows)
    emit(event="done", peak_mb=peak_mb())


def step_rdflib_queries(nquads: str) -> None:
    from rdflib import Dataset

    t0 = time.perf_counter()
    ds = Dataset(default_union=True)
    ds.parse(nquads, format="nquads")
    emit(event="load", seconds=time.perf_counter() - t0, peak_mb=peak_mb())
    for name, text in saved_queries().items():
        emit(event="start", query=name)
        t0 = time.perf_counter()
        rows = sum(1 for _ in ds.query(text))
        emit(event="query", query=name, seconds=time.perf_counter() - t0, rows=rows)
    emit(event="done", peak_mb=peak_mb())


def step_ox_export(nquads: str, work: str, kind: str) -> None:
    import pyoxigraph

    from kg.bulkio import convert
    from kg.export import RdfFormat

    ox = {"nquads": pyoxigraph.RdfFormat.N_QUADS, "trig": pyoxigraph.RdfFormat.TRIG,
          "ntriples": pyoxigraph.RdfFormat.N_TRIPLES, "turtle": pyoxigraph.RdfFormat.TURTLE,
          "xml": pyoxigraph.RdfFormat.RDF_XML, "json-ld": pyoxigraph.RdfFormat.JSON_LD}
    for label in EXPORT_FORMATS:
        fmt = RdfFormat.from_name(label)
        target = Path(work) / f"{kind}{fmt.extensions[0]}"
        t0 = time.perf_counter()
        if kind == "kg":
            convert(nquads, target, fmt)
        else:
            quads = pyoxigraph.parse(path=nquads, format=pyoxigraph.RdfFormat.N_QUADS)
            pyoxigraph.serialize(quads if fmt.quads else (q.triple for q in quads), str(target), ox[label])
        emit(event="export", format=label, seconds=time.perf_counter() - t0, bytes=target.stat().st_size)
        target.unlink()
    emit(event="done", peak_mb=peak_mb())


def step_rdflib_export(nquads: str, work: str) -> None:
    """rdflib alone: parse, then each format; kg.export.export is this same rdflib path (today's `kg export`)."""
    from kg.export import RdfFormat, export, read_build

    folder = Path(work) / "rdflib-build"
    folder.mkdir(exist_ok=True)
    link = folder / "graph.nq"
    if not link.exists():
        os.symlink(nquads, link)
    t0 = time.perf_counter()
    ds = read_build(folder)
    emit(event="load", seconds=time.perf_counter() - t0, peak_mb=peak_mb())
    for label in EXPORT_FORMATS:
        fmt = RdfFormat.from_name(label)
        target = Path(work) / f"rdflib{fmt.extensions[0]}"
        emit(event="start", format=label)
        t0 = time.perf_counter()
        export(ds, target, fmt)
        emit(event="export", format=label, seconds=time.perf_counter() - t0, bytes=target.stat().st_size)
        target.unlink()
    emit(event="done", peak_mb=peak_mb())


def step_rdflib_pipeline(corpus: str, out: str, n: int) -> None:
    """The pipeline with rdflib alone, in memory: extract everything, assemble one Dataset, serialise it."""
    from kg.assemble import assemble, load_ontology
    from kg.config import Settings
    from kg.export import RdfFormat, serialize
    from kg.pipeline import extract_all

    paths = sorted(Path(corpus).glob("*.txt"))[:n]
    settings = Settings(out_dir=out)
    t0 = time.perf_counter()
    extractions, _ = extract_all(paths, settings=settings)
    t1 = time.perf_counter()
    ds = assemble(extractions, settings=settings, ontology=load_ontology(settings.ontology)).dataset
    t2 = time.perf_counter()
    data = serialize(ds, RdfFormat.NQUADS)
    Path(out).mkdir(parents=True, exist_ok=True)
    (Path(out) / "graph.nq").write_bytes(data)
    t3 = time.perf_counter()
    emit(seconds=t3 - t0, extract_s=t1 - t0, assemble_s=t2 - t1, serialise_s=t3 - t2, articles=len(extractions),
         quads=data.count(b"\n"), peak_mb=peak_mb())


STEPS = {
    "extract": step_extract, "build": step_build, "load": step_load, "ox-queries": step_ox_queries,
    "kg-queries": step_kg_queries, "rdflib-queries": step_rdflib_queries, "ox-export": step_ox_export,
    "rdflib-export": step_rdflib_export, "rdflib-pipeline": step_rdflib_pipeline,
}


# --- the parent: run the steps, print the table ---------------------------------------------------


def run_step(name: str, *, timeout: float, per_item: float | None = None, **params) -> list[dict]:
    """Run one step in a fresh process; its JSON lines, plus ``{"timeout": ...}`` if it had to be stopped.

    ``per_item`` stops the step when one item (a query, a format) runs longer than that.
    """
    cmd = [sys.executable, str(Path(__file__).resolve()), "--step", name, "--params", json.dumps(params)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    records: list[dict] = []
    started = item_started = time.monotonic()
    buffer = ""
    while True:
        limit = timeout - (time.monotonic() - started)
        if per_item is not None:
            limit = min(limit, per_item - (time.monotonic() - item_started))
        if limit <= 0:
            proc.kill()
            proc.wait()
            records.append({"timeout": records[-1] if records else None,
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
        err = proc.stderr.read()
        raise SystemExit(f"step {name} failed ({proc.returncode}):\n{err[-3000:]}")
    return records


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
    ap.add_argument("--rdflib-timeout", type=float, default=900, help="seconds before an rdflib item is stopped")
    ap.add_argument("--work", type=Path, help="working folder (default: a temporary one, removed at the end)")
    ap.add_argument("--keep", action="store_true", help="keep the working folder")
    args = ap.parse_args(argv)
    if args.step:
        STEPS[args.step](**json.loads(args.params))
        return

    quick = args.quick
    n_articles = args.articles or (400 if quick else 10_000)
    n_extract = args.extract_articles or (100 if quick else 500)
    n_baseline = args.baseline_articles or (100 if quick else 1000)
    q_triples = args.query_triples or (100_000 if quick else 1_000_000)
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    rt = args.rdflib_timeout
    figures: dict = {"machine": machine(), "sizes": {"articles": n_articles, "extract_articles": n_extract,
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
        figures["build"] = run_step("build", timeout=7200, corpus=str(corpus), out=str(out),
                                    workers=args.workers)[-1]
        say("kg build again, nothing changed")
        figures["rebuild"] = run_step("build", timeout=3600, corpus=str(corpus), out=str(out),
                                      workers=args.workers)[-1]
        graph = out / "graph.nq"
        say("loading the build into the embedded store")
        figures["load_full"] = {
            kind: run_step("load", timeout=3600, nquads=str(graph), store_dir=str(work / f"store-{kind}"),
                           kind=kind)[-1]
            for kind in ("kg", "ox-disk", "ox-memory")}
        for kind in ("kg", "ox-disk"):
            shutil.rmtree(work / f"store-{kind}", ignore_errors=True)

        say(f"kg build of {min(n_baseline, n_articles)} articles on 1 worker")
        subset = work / "subset"
        subset.mkdir(exist_ok=True)
        for path in sorted(corpus.glob("*.txt"))[:n_baseline]:
            (subset / path.name).symlink_to(path)
        figures["build_one"] = run_step("build", timeout=7200, corpus=str(subset), out=str(work / "out-one"),
                                        workers=1)[-1]
        shutil.rmtree(work / "out-one", ignore_errors=True)
        say(f"the rdflib-alone pipeline on {n_baseline} articles")
        figures["rdflib_pipeline"] = run_step("rdflib-pipeline", timeout=rt * 4, corpus=str(corpus),
                                              out=str(work / "rdflib-out"), n=min(n_baseline, n_articles))[-1]

        qgraph = work / "query-graph.nq"
        figures["query_graph_quads"] = slice_nquads(graph, qgraph, q_triples)
        say(f"load and queries on {figures['query_graph_quads']} quads: pyoxigraph")
        figures["ox_queries"] = run_step("ox-queries", timeout=3600, nquads=str(qgraph), repeat=args.repeat)
        figures["kg_queries"] = run_step("kg-queries", timeout=3600, nquads=str(qgraph), repeat=args.repeat)
        figures["load_query_graph"] = {
            kind: run_step("load", timeout=3600, nquads=str(qgraph), store_dir=str(work / f"qstore-{kind}"),
                           kind=kind)[-1] for kind in ("kg", "ox-disk")}
        say("load and queries: rdflib")
        figures["rdflib_queries"] = run_step("rdflib-queries", timeout=rt * 10, per_item=rt, nquads=str(qgraph))
        say("export per format: kg, pyoxigraph, rdflib")
        figures["kg_export"] = run_step("ox-export", timeout=3600, nquads=str(qgraph), work=str(work), kind="kg")
        figures["ox_export"] = run_step("ox-export", timeout=3600, nquads=str(qgraph), work=str(work), kind="raw")
        figures["rdflib_export"] = run_step("rdflib-export", timeout=rt * 10, per_item=rt, nquads=str(qgraph),
                                            work=str(work))
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


def render(f: dict) -> str:
    """The Markdown table (and the machine) from the figures."""
    m, sz = f["machine"], f["sizes"]
    lines = [f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB, {m['os']}; Python {m['python']}, "
             f"pyoxigraph {m['pyoxigraph']}, rdflib {m['rdflib']}, spaCy {m['spacy']}.",
             f"Corpus: {sz['articles']} synthetic articles of about {sz['words']} words (seed {sz['seed']}); "
             f"load/query/export graph: {f.get('query_graph_quads')} quads.", ""]
    rows = [("step", "kg", "raw pyoxigraph / bare spaCy", "rdflib alone", "kg vs raw", "rdflib / kg", "peak memory")]

    ex = f["extract"]
    w = ex["words"]
    tok, ing, ext = w / ex["tokenise_s"], w / ex["ingest_s"], w / ex["extract_s"]
    both = w / (ex["ingest_s"] + ex["extract_s"])
    rows.append(("extraction, words/s per core (ingest + extract)", f"{both:,.0f}", f"{tok:,.0f} (tokenise)", "",
                 f"{both / tok:.2f}x", "", f"{ex['peak_mb']:.0f} MB"))
    rows.append(("  extract only (after ingest)", f"{ext:,.0f}", "", "", f"{ext / tok:.2f}x", "", ""))
    rows.append(("  ingest only (repair, sentences)", f"{ing:,.0f}", "", "", f"{ing / tok:.2f}x", "", ""))

    b, rb, rp, b1 = f["build"], f["rebuild"], f["rdflib_pipeline"], f["build_one"]
    kg_aps = b["articles"] / b["seconds"]
    one_aps = b1["articles"] / b1["seconds"]
    rp_aps = rp["articles"] / (rp["extract_s"] + rp["assemble_s"] + rp["serialise_s"])
    rows.append((f"end to end, articles/s, 1 process ({b1['articles']} articles)", f"{one_aps:,.1f}", "",
                 f"{rp_aps:,.1f}", "", ratio(one_aps, rp_aps),
                 f"{b1['peak_mb']:.0f} MB; rdflib {rp['peak_mb']:.0f} MB"))
    rows.append((f"end to end, articles/s, {sz['workers']} workers ({b['articles']} articles)", f"{kg_aps:,.1f}", "",
                 "", "", "", f"{b['peak_mb']:.0f} MB + {b['workers_peak_mb']:.0f} MB per worker"))
    rows.append((f"  kg build -> {b['quads']:,} quads", fmt_s(b["seconds"]), "", "", "", "",
                 f"articles {fmt_s(b['process_s'])}, outputs {fmt_s(b['seconds'] - b['process_s'])}"))
    lf = f["load_full"]
    store_s = lf["kg"].get("seconds") or lf["ox-disk"]["seconds"]
    rows.append((f"  load into the embedded store{'' if lf['kg'].get('seconds') else ' (pyoxigraph, on disk)'}",
                 fmt_s(store_s), fmt_s(lf["ox-disk"]["seconds"]), "", ratio(store_s, lf["ox-disk"]["seconds"]), "",
                 f"in memory: {fmt_s(lf['ox-memory']['seconds'])}"))
    rows.append(("  text -> embedded store (build + load)", fmt_s(b["seconds"] + store_s), "", "", "", "",
                 "target <= 120 s for 10,000"))
    rows.append(("  rebuild, nothing changed", fmt_s(rb["seconds"]), "", "", "", "", ""))
    rows.append((f"  rdflib alone: extract {fmt_s(rp['extract_s'])}, assemble {fmt_s(rp['assemble_s'])}, "
                 f"serialise {fmt_s(rp['serialise_s'])}", "", "", fmt_s(rp["seconds"]), "", "", ""))

    oxq = f["ox_queries"]
    kq = by(f["kg_queries"], "query", "query")
    rq = f["rdflib_queries"]
    ox_load = next(r for r in oxq if r.get("event") == "load")
    rd_load = next((r for r in rq if r.get("event") == "load"), None)
    lq = f["load_query_graph"]
    kg_load = lq["kg"].get("seconds")
    rows.append((f"load {f.get('query_graph_quads'):,} quads (embedded store, on disk)",
                 fmt_s(kg_load) if kg_load else "(no kg.store)", fmt_s(lq["ox-disk"]["seconds"]),
                 fmt_s(rd_load["seconds"]) if rd_load else "stopped", ratio(kg_load, lq["ox-disk"]["seconds"]),
                 ratio(rd_load["seconds"] if rd_load else None, kg_load or lq["ox-disk"]["seconds"]),
                 f"rdflib {rd_load['peak_mb']:.0f} MB" if rd_load else ""))
    rows.append(("  in memory", "", fmt_s(ox_load["seconds"]), "", "", "", ""))
    rd_by = by(rq, "query", "query")
    stopped = timed_out(rq)
    for name, rec in by(oxq, "query", "query").items():
        kg_rec = kq.get(name)
        kg_s = kg_rec["seconds"] if kg_rec else None
        rd = rd_by.get(name)
        rd_txt = fmt_s(rd["seconds"]) if rd else (f"> {stopped['after']:.0f} s (stopped)" if stopped else "n/a")
        rows.append((f"query `{name}` ({rec['rows']:,} rows)", fmt_s(kg_s) if kg_s else "(no kg.query)",
                     fmt_s(rec["seconds"]), rd_txt, ratio(kg_s, rec["seconds"]),
                     ratio(rd["seconds"], kg_s or rec["seconds"]) if rd else "", ""))

    ke = by(f["kg_export"], "export", "format")
    oe = by(f["ox_export"], "export", "format")
    re_ = by(f["rdflib_export"], "export", "format")
    rd_stop = timed_out(f["rdflib_export"])
    for label in EXPORT_FORMATS:
        k, o, r = ke.get(label), oe.get(label), re_.get(label)
        r_txt = fmt_s(r["seconds"]) if r else (f"> {rd_stop['after']:.0f} s (stopped)" if rd_stop else "n/a")
        rows.append((f"export {label} (from N-Quads)", fmt_s(k["seconds"]), fmt_s(o["seconds"]), r_txt,
                     ratio(k["seconds"], o["seconds"]), ratio(r["seconds"], k["seconds"]) if r else "", ""))
    done = [r for r in f["rdflib_export"] if r.get("event") == "done"]
    if done:
        rows.append(("  rdflib export process", "", "", "", "", "", f"{done[-1]['peak_mb']:.0f} MB"))

    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = ["| " + " | ".join(str(c).ljust(w) for c, w in zip(row, widths)) + " |" for row in rows]
    out.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines + out)


if __name__ == "__main__":
    main()
