"""The ``kg`` command line: a thin typer layer over the library functions.

Exit codes: 0 success, 1 the graph does not conform, 2 bad input or usage,
3 internal error. Expected errors print one line naming what and where; set
``KG_DEBUG=1`` to see tracebacks of internal errors.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from kg.errors import KgError, NonConformantError, SkippedInputs

app = typer.Typer(
    name="kg",
    help="Build an RDF knowledge graph from news about sanctions and diplomacy.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

OutOpt = Annotated[Path, typer.Option("--out", help="The build folder to write or read.")]
DEFAULT_OUT = Path("out")


def _echo_err(message: str) -> None:
    typer.echo(f"kg: {message}", err=True)


def _print_summary(result) -> None:
    typer.echo(f"Built {result.articles} article(s) into {result.out_dir}/ ({result.triples} quads)")
    for section in ("entities", "facts", "events"):
        counts = result.counts.get(section, {})
        total = sum(counts.values())
        detail = ", ".join(f"{k} {v}" for k, v in counts.items()) or "none"
        typer.echo(f"  {section:<9} {total:>5}  ({detail})")
    kinds: dict[str, int] = {}
    for d in result.disagreements:
        kinds[d["kind"]] = kinds.get(d["kind"], 0) + 1
    if kinds:
        typer.echo("  curated vs extracted: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
                   + f" (see {result.out_dir}/disagreements.json)")
    if result.conforms is not None:
        typer.echo(f"  SHACL: {'conforms' if result.conforms else 'DOES NOT CONFORM'} "
                   f"(see {result.out_dir}/validation.txt)")


@app.command()
def build(
    input: Annotated[Optional[list[Path]], typer.Option("--input", "-i", help="An article file (.txt, .html) or a folder of them; repeatable. Default: the bundled sample article plus the curated facts.")] = None,
    out: OutOpt = DEFAULT_OUT,
    curated: Annotated[Optional[list[Path]], typer.Option("--curated", help="A curated-facts Turtle file to merge; repeatable. Default: the bundled one when no --input is given.")] = None,
    max_bytes: Annotated[Optional[int], typer.Option("--max-bytes", help="Skip input files larger than this.")] = None,
    no_validate: Annotated[bool, typer.Option("--no-validate", help="Skip SHACL validation (advised for large corpora: it holds the whole graph in memory and is slow).")] = False,
    workers: Annotated[Optional[int], typer.Option("--workers", "-j", min=1, help="Processes for the per-article stage. Default: every core.")] = None,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="Run the per-article stage on a Dask cluster: the scheduler's address, e.g. tcp://host:8786. Its workers need the same kg installed.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Process every article again, even those unchanged since the last build.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Build the knowledge graph from articles into OUT (graph.nq, graph.trig, facts.jsonl, validation.txt, ...).

    Incremental: articles unchanged since the last build into OUT are not processed again
    (OUT/.kg-build holds the manifest). An interrupted build leaves the previous outputs as
    they were; run it again to finish.
    """
    from kg.config import Settings
    from kg.pipeline.run import build as run_build

    kwargs = {"out_dir": out}
    if max_bytes is not None:
        kwargs["max_bytes"] = max_bytes
    settings = Settings(**kwargs)
    try:
        result = run_build(input or None, settings=settings, curated=curated, validate=not no_validate,
                           workers=workers, scheduler=scheduler, force=force,
                           progress=not quiet and sys.stderr.isatty())
    except KeyboardInterrupt:  # outputs untouched, finished articles kept: say so, exit 130
        _echo_err(f"interrupted; the previous outputs in {out}/ are unchanged, run the build again to finish")
        raise typer.Abort() from None
    _print_summary(result)
    typer.echo(f"  articles  {result.processed:>5} processed, {result.reused} unchanged since the last build")
    for path, why in result.skipped:
        _echo_err(f"skipped {path}: {why}")
    if result.conforms is False:
        raise NonConformantError(f"the graph does not conform; see {out}/validation.txt")
    if result.skipped:
        raise SkippedInputs(result.skipped)


@app.command()
def validate(out: OutOpt = DEFAULT_OUT) -> None:
    """Validate the built graph against the SHACL shapes and print a readable report."""
    from kg.graph.validate import validate_build

    report = validate_build(out)
    typer.echo(report.summary())
    if not report.conforms:
        raise NonConformantError("the graph does not conform to the SHACL shapes")


@app.command()
def export(
    output: Annotated[Path, typer.Option("--output", "-o", help="The file to write (atomically).")],
    format: Annotated[Optional[str], typer.Option("--format", "-f", help="turtle, ntriples, nquads, trig, json-ld, xml, graphml or gexf. Default: from the extension of --output. nquads, trig and json-ld keep the named graphs; turtle, ntriples and xml carry the union of all graphs.")] = None,
    out: OutOpt = DEFAULT_OUT,
) -> None:
    """Export the built graph in a standard RDF format (or GraphML/GEXF for Gephi)."""
    from kg.views.formats import RdfFormat, export as run_export
    from kg.pipeline.folder import read_build

    fmt = RdfFormat.from_name(format) if format else RdfFormat.from_extension(output)
    path = run_export(read_build(out), output, fmt)
    typer.echo(f"Wrote {path} ({fmt.label})")


@app.command()
def viz(
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write (atomically); self-contained, works offline.")],
    out: OutOpt = DEFAULT_OUT,
    view: Annotated[str, typer.Option("--view", help="direct: entities linked by the core relations; events: event nodes linked to their participants.")] = "direct",
    relation: Annotated[Optional[list[str]], typer.Option("--relation", "-r", help="Keep only this core relation (e.g. sanctionsLiftedOn); repeatable.")] = None,
    focus: Annotated[Optional[str], typer.Option("--focus", help="Show only the neighbourhood of this entity (a name, an alias or an IRI).")] = None,
    hops: Annotated[Optional[int], typer.Option("--hops", help="How many edges away from --focus to go (default 1).")] = None,
    title: Annotated[Optional[str], typer.Option("--title", help="The page heading.")] = None,
) -> None:
    """Write the interactive graph as one self-contained HTML page."""
    from kg.pipeline.folder import read_build
    from kg.views.html import write_html

    result = write_html(read_build(out), output, view=view, relations=relation, focus=focus, hops=hops, title=title)
    typer.echo(f"Wrote {result.path} ({result.view} view: {result.nodes} nodes, {result.edges} edges, "
               f"{result.seconds:.2f} s)")


@app.command()
def stats(
    out: OutOpt = DEFAULT_OUT,
    top: Annotated[int, typer.Option("--top", help="How many leaders to list.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
) -> None:
    """Counts by type, and the leaders by degree and betweenness centrality."""
    from kg.pipeline.folder import read_build
    from kg.views.network import stats as graph_stats

    report = graph_stats(read_build(out), top=top)
    typer.echo(json.dumps(report.to_json(), indent=2, ensure_ascii=False) if as_json else report.summary())


@app.command()
def evaluate(
    paths: Annotated[list[Path], typer.Argument(help="Article files (.txt, .html) or folders of them; each NAME.ext needs NAME.gold.jsonl beside it or in --gold.")],
    gold: Annotated[Optional[Path], typer.Option("--gold", help="A folder holding the NAME.gold.jsonl files. Default: beside each article.")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table or json (json always lists the errors).")] = "table",
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Also list per-article figures, false positives and false negatives.")] = False,
    min_confidence: Annotated[Optional[float], typer.Option("--min-confidence", min=0.0, max=1.0, help="Drop extracted facts below this confidence before scoring.")] = None,
    rules: Annotated[Optional[list[Path]], typer.Option("--rules", help="An extra rules file for the extractor; repeatable.")] = None,
    gazetteer: Annotated[Optional[list[Path]], typer.Option("--gazetteer", help="An extra gazetteer file for the extractor; repeatable.")] = None,
) -> None:
    """Precision, recall and F1 of the extractor against gold files, per relation and overall."""
    from kg.errors import InputError
    from kg.extraction.evaluate import ReportFormat, evaluate as run_evaluate

    try:
        fmt = ReportFormat(format)
    except ValueError:
        raise InputError(f"unknown format {format!r}; expected table or json", where="--format") from None
    report = run_evaluate(paths, gold_dir=gold, min_confidence=min_confidence, extra=[*(rules or []), *(gazetteer or [])])
    typer.echo(report.render(fmt, verbose=verbose))


@app.command("extract")
def extract_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Article files (.txt, .html) or folders of them.")],
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl (one JSON object per fact) or table.")] = "jsonl",
    min_confidence: Annotated[Optional[float], typer.Option("--min-confidence", min=0.0, max=1.0, help="Leave out facts below this confidence (default 0.5).")] = None,
    max_bytes: Annotated[Optional[int], typer.Option("--max-bytes", help="Skip input files larger than this.")] = None,
    rules: Annotated[Optional[list[Path]], typer.Option("--rules", help="An extra rules file (.jsonl) for the extractor; repeatable.")] = None,
    gazetteer: Annotated[Optional[list[Path]], typer.Option("--gazetteer", help="An extra gazetteer file (.jsonl); repeatable.")] = None,
) -> None:
    """Print the facts read from articles, without building a graph."""
    from kg.config import Settings
    from kg.extraction.report import FactFormat, extract_files, format_facts

    fmt = FactFormat.from_name(format)
    kwargs = {}
    if min_confidence is not None:
        kwargs["min_confidence"] = min_confidence
    if max_bytes is not None:
        kwargs["max_bytes"] = max_bytes
    extractions, skipped = extract_files(paths, settings=Settings(**kwargs), extra=[*(rules or []), *(gazetteer or [])])
    typer.echo(format_facts([f for ex in extractions for f in ex.facts], fmt), nl=False)
    for path, why in skipped:
        _echo_err(f"skipped {path}: {why}")
    if skipped:
        raise SkippedInputs(skipped)


@app.command("query")
def query_cmd(
    text: Annotated[Optional[str], typer.Argument(help="The SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE). Or use --file or --name.")] = None,
    file: Annotated[Optional[Path], typer.Option("--file", "-F", help="Read the query from this file.")] = None,
    name: Annotated[Optional[str], typer.Option("--name", "-n", help="Run a saved query by name (see --list).")] = None,
    list_saved: Annotated[bool, typer.Option("--list", help="List the saved queries and the questions they answer.")] = False,
    out: OutOpt = DEFAULT_OUT,
    store: Annotated[Optional[Path], typer.Option("--store", help="Query this on-disk Oxigraph store (made by `kg load --store`) instead of the build.")] = None,
    endpoint: Annotated[Optional[str], typer.Option("--endpoint", help="Query this remote SPARQL endpoint instead (credentials: $KG_STORE_USER/$KG_STORE_PASSWORD or netrc).")] = None,
    format: Annotated[Optional[str], typer.Option("--format", "-f", help="SELECT/ASK: table (default), csv, tsv, json (SPARQL 1.1 results JSON) or xml. CONSTRUCT/DESCRIBE: turtle (default), ntriples, nquads, trig, json-ld or xml.")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the result to this file (atomically) instead of the terminal.")] = None,
    bind: Annotated[Optional[list[str]], typer.Option("--bind", "-b", help="NAME=VALUE: fix a variable (appends a standard VALUES clause). VALUE: <iri>, id:Label, a number or text. Repeatable.")] = None,
    union_default_graph: Annotated[bool, typer.Option("--union-default-graph", help="Let patterns outside GRAPH see all named graphs (the data are only in named graphs).")] = False,
) -> None:
    """Run a SPARQL query over the built graph, an on-disk store or a remote endpoint."""
    from kg.pipeline.folder import atomic_write
    from kg.store.query import empty_result_hint, execute, parse_binding, query_text, render, saved_queries

    if list_saved:
        for saved in saved_queries().values():
            typer.echo(f"{saved.name:<20} {saved.question}")
        return
    source, where = query_text(query=text, file=file, name=name)
    bindings = dict(parse_binding(b) for b in bind or [])
    result = execute(source, where=where, out_dir=out, store_dir=store, endpoint=endpoint, bindings=bindings,
                     union_default_graph=union_default_graph)
    data = render(result, format)
    hint = None if endpoint else empty_result_hint(source, result, union_default_graph=union_default_graph)
    if hint:
        _echo_err(hint)
    if output is not None:
        atomic_write(output, lambda fh: fh.write(data))
        typer.echo(f"Wrote {output} ({len(result)} {'triples' if result.form == 'graph' else 'rows'})", err=True)
    else:
        typer.echo(data, nl=False)


@app.command("load")
def load_cmd(
    out: OutOpt = DEFAULT_OUT,
    store: Annotated[Optional[Path], typer.Option("--store", help="Write into this on-disk Oxigraph store (created if missing), in one transaction.")] = None,
    endpoint: Annotated[Optional[str], typer.Option("--endpoint", help="PUT each named graph to this SPARQL 1.1 Graph Store Protocol URL (e.g. http://localhost:7878/store). Credentials: $KG_STORE_USER/$KG_STORE_PASSWORD or netrc.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, max=32, help="Graphs sent in parallel (--endpoint).")] = 2,
    retries: Annotated[int, typer.Option("--retries", min=0, max=20, help="Retries of a transient failure, with exponential backoff (--endpoint).")] = 4,
    timeout: Annotated[float, typer.Option("--timeout", min=1.0, help="Seconds to wait for the server's answer to one request (--endpoint).")] = 300.0,
    bulk: Annotated[bool, typer.Option("--bulk", help="Use Oxigraph's bulk loader (about 4x faster, no transaction; only into graphs not in the store yet).")] = False,
) -> None:
    """Load the built graph into an embedded Oxigraph store or a remote triple store, one named graph at a time."""
    from kg.store.embedded import load_build

    report = load_build(out, store, endpoint=endpoint, bulk=bulk, jobs=jobs, retries=retries, timeout=timeout)
    typer.echo(report.summary())


@app.command("serve")
def serve_cmd(
    out: OutOpt = DEFAULT_OUT,
    store: Annotated[Optional[Path], typer.Option("--store", help="Serve this on-disk Oxigraph store instead of the build.")] = None,
    host: Annotated[str, typer.Option("--host", help="127.0.0.1, ::1 or localhost (kg serve only listens locally).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", help="The port; 0 picks a free one.")] = 7879,
    timeout: Annotated[float, typer.Option("--timeout", help="Time limit per query in seconds; longer queries are stopped (HTTP 503).")] = 30.0,
    max_rows: Annotated[int, typer.Option("--max-rows", help="Results with more rows or triples are refused (HTTP 400).")] = 10_000,
    workers: Annotated[int, typer.Option("--workers", help="Queries answered at the same time (one process each).")] = 2,
    cors: Annotated[bool, typer.Option("--cors", help="Allow browser pages from any origin (e.g. an online YASGUI) to query.")] = False,
    union_default_graph: Annotated[bool, typer.Option("--union-default-graph", help="Let patterns outside GRAPH see all named graphs.")] = False,
) -> None:
    """Serve the graph read-only over the SPARQL 1.1 Protocol on localhost (UPDATE is refused)."""
    from kg.store.serve import ServeOptions, start

    options = ServeOptions(host=host, port=port, timeout=timeout, max_rows=max_rows, workers=workers, cors=cors,
                           union_default_graph=union_default_graph)
    endpoint = start(out_dir=None if store else out, store_dir=store, options=options)
    typer.echo(f"Serving {store or out} read-only at {endpoint.url} (Ctrl-C to stop)", err=True)
    try:
        endpoint.wait()
    except KeyboardInterrupt:
        pass
    finally:
        endpoint.close()


def main() -> None:
    """Console entry point: run the app and map errors to exit codes."""
    try:
        app(standalone_mode=False)
    except KgError as exc:
        _echo_err(str(exc))
        sys.exit(exc.exit_code)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        _echo_err("aborted")
        sys.exit(130)
    except Exception as exc:  # click's usage errors (typer vendors click) show usage; the rest is a bug
        if type(exc).__module__.endswith("click.exceptions") and hasattr(exc, "show"):
            exc.show()
            sys.exit(getattr(exc, "exit_code", 2))
        if os.environ.get("KG_DEBUG"):
            raise
        _echo_err(f"internal error: {type(exc).__name__}: {exc} (set KG_DEBUG=1 for the traceback)")
        sys.exit(3)


if __name__ == "__main__":
    main()
