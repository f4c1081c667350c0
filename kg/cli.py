"""The ``kg`` command line: a thin typer layer over the library functions.

Exit codes: 0 success, 1 the graph does not conform, 2 bad input or usage,
3 internal error. Expected errors print one line naming what and where; ``kg -v``
or ``KG_DEBUG=1`` shows the traceback of an internal error. As in riot and the
Oxigraph CLI, ``-`` names standard input or output wherever a file is read or
written; data go to standard output, messages for people to standard error.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer
from typer.core import TyperArgument, TyperCommand

from kg import __version__
from kg.errors import InputError, KgError, NonConformantError, SkippedInputs


class _Command(TyperCommand):
    """Help as riot and the Oxigraph CLI write it: arguments by name (PATH...), without Python type names."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if isinstance(param, TyperArgument):
                name = param.metavar or param.name.upper()
                usage = name if param.required else f"[{name}]"
                param.display_type_rich = lambda ctx: None  # no "<list[Path]>" after the name
                param._usage_display_name = lambda usage=usage: usage


app = typer.Typer(
    name="kg",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

OutOpt = Annotated[Path, typer.Option("--out", metavar="DIR", help="The build folder to write or read.")]
LearnedOpt = Annotated[bool, typer.Option("--learned", help="Also run the learned stage: more facts (list members, meetings, releases the rules miss), at lower precision; each says rule learned-pair.")]
DEFAULT_OUT = Path("out")
STDIO = "-"  # the file name that means standard input or output, as in riot and the Oxigraph CLI


class _State:
    """The global options: -q (only data and errors) and -v (timings, tracebacks of internal errors)."""

    verbosity = 0
    started = time.perf_counter()


def _echo_err(message: str) -> None:
    typer.echo(f"kg: {message}", err=True)


def _check_output(path: Path, option: str = "--output") -> None:
    """A file to write must not be a folder, and no file may stand where its folders should be."""
    from kg.errors import InputError

    if path.is_dir():
        raise InputError("is a folder; give a file name", where=f"{option} {path}")
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise InputError(f"{parent} is a file, not a folder", where=f"{option} {path}")
            break


def _check_folder(path: Path, option: str = "--out") -> None:
    """A folder to write must not be a file, nor lie under one."""
    from kg.errors import InputError

    for p in (path, *path.parents):
        if p.exists():
            if not p.is_dir():
                raise InputError(f"{p} is a file, not a folder", where=f"{option} {path}")
            break


def _note(message: str, *, err: bool = True) -> None:
    """A message for people ("Wrote ..."), on stderr unless ``err`` is False; -q silences it."""
    if _State.verbosity >= 0:
        typer.echo(message, err=err)


def _is_stdio(path: Path | str | None) -> bool:
    return path is not None and str(path) == STDIO


@contextmanager
def _stdout_stream() -> Iterator:
    """Standard output as a binary stream; a reader that stops early (``| head``) ends the command quietly."""
    sys.stdout.flush()
    try:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
    except BrokenPipeError:  # the reader has what it wanted: exit 0, and no error when Python flushes at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _write_stdout(data: bytes) -> None:
    with _stdout_stream() as stdout:
        stdout.write(data)


def _stdin_bytes() -> bytes:
    if sys.stdin is None or sys.stdin.isatty():
        raise InputError("reads standard input, but it is a terminal; pipe a file in or give its path", where=STDIO)
    return sys.stdin.buffer.read()


def _stdin_suffix(data: bytes) -> str:
    """.html when standard input looks like an HTML page, else .txt: what the article reader goes by."""
    head = data[:512].lstrip().lower()
    return ".html" if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")) else ".txt"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def _global(
    version: Annotated[bool, typer.Option("--version", "-V", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only data and errors: no progress bars, summaries or notes.")] = False,
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, show_default=False, help="Say more: how long the command took; the traceback of an internal error.")] = 0,
) -> None:
    """Build an RDF knowledge graph from news about sanctions and diplomacy.

    Wherever a command reads or writes a file, - means standard input or output.
    """
    if quiet and verbose:
        raise InputError("give -q or -v, not both")
    _State.verbosity = -1 if quiet else verbose


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


@contextmanager
def _stdin_inputs(inputs: list[Path] | None) -> Iterator[list[Path] | None]:
    """``--input -``: standard input saved as one article file (stdin.txt or stdin.html) while the build runs."""
    if not inputs or not any(_is_stdio(p) for p in inputs):
        yield inputs
        return
    import shutil
    import tempfile

    data = _stdin_bytes()
    temp = Path(tempfile.mkdtemp(prefix="kg-stdin-"))
    try:
        path = temp / f"stdin{_stdin_suffix(data)}"
        path.write_bytes(data)
        yield [path if _is_stdio(p) else p for p in inputs]
    finally:
        shutil.rmtree(temp, ignore_errors=True)


@app.command(cls=_Command)
def build(
    input: Annotated[Optional[list[Path]], typer.Option("--input", "-i", metavar="PATH", help="An article file (.txt, .html), a folder of them, or - for one article on standard input; repeatable. Default: the bundled sample article plus the curated facts.")] = None,
    out: OutOpt = DEFAULT_OUT,
    curated: Annotated[Optional[list[Path]], typer.Option("--curated", metavar="FILE", help="A curated-facts Turtle file to merge; repeatable. Default: the bundled one when no --input is given.")] = None,
    max_bytes: Annotated[Optional[int], typer.Option("--max-bytes", metavar="N", help="Skip input files larger than this.")] = None,
    no_validate: Annotated[bool, typer.Option("--no-validate", help="Skip SHACL validation (kg validate can check the build later).")] = False,
    workers: Annotated[Optional[int], typer.Option("--workers", "-j", min=1, metavar="N", help="Processes for the per-article stage. Default: every core.")] = None,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", metavar="ADDRESS", help="Run the per-article stage on a Dask cluster: the scheduler's address, e.g. tcp://host:8786. Its workers need the same kg installed.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Process every article again, even those unchanged since the last build.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar (kg -q build: no summary either).")] = False,
    rules: Annotated[Optional[list[Path]], typer.Option("--rules", metavar="FILE", help="An extra rules file (.jsonl) for the extractor; repeatable.")] = None,
    gazetteer: Annotated[Optional[list[Path]], typer.Option("--gazetteer", metavar="FILE", help="An extra gazetteer file (.jsonl); repeatable.")] = None,
    learned: LearnedOpt = False,
) -> None:
    """Build the knowledge graph from articles into OUT (graph.nq, graph.trig, facts.jsonl, validation.txt, ...).

    Incremental: articles unchanged since the last build into OUT are not processed again
    (OUT/.kg-build holds the manifest). An interrupted build leaves the previous outputs as
    they were; run it again to finish.
    """
    from kg.config import Settings
    from kg.pipeline.run import build as run_build

    kwargs: dict = {"out_dir": out, "validate": not no_validate, "workers": workers,
                    "rules": tuple(rules or ()), "gazetteers": tuple(gazetteer or ()), "learned": learned}
    if max_bytes is not None:
        kwargs["max_bytes"] = max_bytes
    if curated is not None:
        kwargs["curated"] = tuple(curated)
    settings = Settings(**kwargs)
    _check_folder(out)
    with _stdin_inputs(input) as inputs:
        try:
            result = run_build(inputs or None, settings=settings, scheduler=scheduler, force=force,
                               progress=not quiet and _State.verbosity >= 0 and sys.stderr.isatty())
        except KeyboardInterrupt:  # outputs untouched, finished articles kept: say so, exit 130
            _echo_err(f"interrupted; the previous outputs in {out}/ are unchanged, run the build again to finish")
            raise typer.Abort() from None
    if _State.verbosity >= 0:
        _print_summary(result)
        typer.echo(f"  articles  {result.processed:>5} processed, {result.reused} unchanged since the last build")
    for path, why in result.skipped:
        _echo_err(f"skipped {path}: {why}")
    if result.conforms is False:
        raise NonConformantError(f"the graph does not conform; see {out}/validation.txt")
    if result.skipped:
        raise SkippedInputs(result.skipped)


@app.command(cls=_Command)
def validate(out: OutOpt = DEFAULT_OUT) -> None:
    """Validate the built graph against the SHACL shapes and print a readable report."""
    from kg.config import Settings
    from kg.pipeline.run import validate as validate_out

    report = validate_out(out, settings=Settings())
    typer.echo(report.summary())
    if not report.conforms:
        raise NonConformantError("the graph does not conform to the SHACL shapes")


@app.command(cls=_Command)
def export(
    output: Annotated[Path, typer.Option("--output", "-o", metavar="FILE", help="The file to write (atomically), or - for standard output (the default).")] = Path(STDIO),
    format: Annotated[Optional[str], typer.Option("--format", "-f", metavar="FORMAT", help="turtle, ntriples, nquads, trig, json-ld, xml, graphml or gexf. Default: from the extension of --output; nquads on standard output. nquads, trig and json-ld keep the named graphs; turtle, ntriples and xml carry the union of all graphs.")] = None,
    out: OutOpt = DEFAULT_OUT,
) -> None:
    """Export the built graph in a standard RDF format (or GraphML/GEXF for Gephi)."""
    from kg.config import Settings
    from kg.views.bulkio import export_build
    from kg.views.formats import RdfFormat

    if _is_stdio(output):
        with _stdout_stream() as stdout:
            export_build(out, stdout, RdfFormat.from_name(format or "nquads"), base=Settings().base_iri)
        return
    _check_output(output)
    fmt = RdfFormat.of(output, format)
    path = export_build(out, output, fmt, base=Settings().base_iri)
    _note(f"Wrote {path} ({fmt.label})", err=False)  # the data went to the file: stdout is free


@app.command(cls=_Command)
def viz(
    output: Annotated[Path, typer.Option("--output", "-o", metavar="FILE", help="The HTML file to write (atomically), or - for standard output; self-contained, works offline.")],
    out: OutOpt = DEFAULT_OUT,
    view: Annotated[str, typer.Option("--view", metavar="VIEW", help="direct: entities linked by the core relations; events: event nodes linked to their participants.")] = "direct",
    relation: Annotated[Optional[list[str]], typer.Option("--relation", "-r", metavar="NAME", help="Keep only this core relation (e.g. sanctionsLiftedOn); repeatable.")] = None,
    focus: Annotated[Optional[str], typer.Option("--focus", metavar="ENTITY", help="Show only the neighbourhood of this entity (a name, an alias or an IRI).")] = None,
    hops: Annotated[Optional[int], typer.Option("--hops", metavar="N", help="How many edges away from --focus to go (default 1).")] = None,
    title: Annotated[Optional[str], typer.Option("--title", metavar="TEXT", help="The page heading.")] = None,
) -> None:
    """Write the interactive graph as one self-contained HTML page."""
    from kg.views.html import render_html, write_html
    from kg.views.network import read_build, view_graph

    if _is_stdio(output):
        g = view_graph(read_build(out), view, relations=relation, focus=focus, hops=hops)
        _write_stdout(render_html(g, title=title).encode("utf-8"))
        return
    _check_output(output)
    result = write_html(read_build(out), output, view=view, relations=relation, focus=focus, hops=hops, title=title)
    _note(f"Wrote {result.path} ({result.view} view: {result.nodes} nodes, {result.edges} edges, "
          f"{result.seconds:.2f} s)", err=False)


@app.command(cls=_Command)
def stats(
    out: OutOpt = DEFAULT_OUT,
    top: Annotated[int, typer.Option("--top", metavar="N", help="How many leaders to list.")] = 10,
    format: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="text or json.")] = "text",
    as_json: Annotated[bool, typer.Option("--json", hidden=True, help="The same as -f json.")] = False,
) -> None:
    """Counts by type, and the leaders by degree and betweenness centrality."""
    from kg.views.network import STATS_PREDICATES, read_build, stats as graph_stats

    fmt = "json" if as_json else format.strip().lower()
    if fmt not in ("text", "json"):
        raise InputError(f"unknown format {format!r}; expected text or json", where="--format")
    report = graph_stats(read_build(out, keep=STATS_PREDICATES), top=top)
    typer.echo(json.dumps(report.to_json(), indent=2, ensure_ascii=False) if fmt == "json" else report.summary())


@app.command(cls=_Command)
def evaluate(
    paths: Annotated[list[Path], typer.Argument(metavar="PATH...", help="Article files (.txt, .html) or folders of them; each NAME.ext needs NAME.gold.jsonl beside it or in --gold.")],
    gold: Annotated[Optional[Path], typer.Option("--gold", metavar="DIR", help="A folder holding the NAME.gold.jsonl files. Default: beside each article.")] = None,
    format: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="table or json (json always lists the errors).")] = "table",
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Also list per-article figures, false positives and false negatives.")] = False,
    min_confidence: Annotated[Optional[float], typer.Option("--min-confidence", min=0.0, max=1.0, metavar="X", help="Drop extracted facts below this confidence before scoring.")] = None,
    rules: Annotated[Optional[list[Path]], typer.Option("--rules", metavar="FILE", help="An extra rules file for the extractor; repeatable.")] = None,
    gazetteer: Annotated[Optional[list[Path]], typer.Option("--gazetteer", metavar="FILE", help="An extra gazetteer file for the extractor; repeatable.")] = None,
    learned: LearnedOpt = False,
) -> None:
    """Precision, recall and F1 of the extractor against gold files, per relation and overall."""
    from kg.errors import InputError
    from kg.extraction.evaluate import ReportFormat, evaluate as run_evaluate

    try:
        fmt = ReportFormat(format)
    except ValueError:
        raise InputError(f"unknown format {format!r}; expected table or json", where="--format") from None
    from kg.config import Settings

    report = run_evaluate(paths, gold_dir=gold, settings=Settings(learned=learned), min_confidence=min_confidence,
                          extra=[*(rules or []), *(gazetteer or [])])
    typer.echo(report.render(fmt, verbose=verbose or _State.verbosity > 0))


@app.command("extract", cls=_Command)
def extract_cmd(
    paths: Annotated[list[Path], typer.Argument(metavar="PATH...", help="Article files (.txt, .html), folders of them, or - for one article on standard input.")],
    format: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="jsonl (one JSON object per fact) or table.")] = "jsonl",
    min_confidence: Annotated[Optional[float], typer.Option("--min-confidence", min=0.0, max=1.0, metavar="X", help="Leave out facts below this confidence (default 0.5).")] = None,
    max_bytes: Annotated[Optional[int], typer.Option("--max-bytes", metavar="N", help="Skip input files larger than this.")] = None,
    rules: Annotated[Optional[list[Path]], typer.Option("--rules", metavar="FILE", help="An extra rules file (.jsonl) for the extractor; repeatable.")] = None,
    gazetteer: Annotated[Optional[list[Path]], typer.Option("--gazetteer", metavar="FILE", help="An extra gazetteer file (.jsonl); repeatable.")] = None,
    learned: LearnedOpt = False,
) -> None:
    """Print the facts read from articles, without building a graph."""
    from kg.config import Settings
    from kg.extraction.report import FactFormat, extract_files, format_facts

    fmt = FactFormat.from_name(format)
    kwargs: dict = {"learned": learned}
    if min_confidence is not None:
        kwargs["min_confidence"] = min_confidence
    if max_bytes is not None:
        kwargs["max_bytes"] = max_bytes
    settings, extra = Settings(**kwargs), [*(rules or []), *(gazetteer or [])]
    extractions, skipped = extract_files([p for p in paths if not _is_stdio(p)], settings=settings, extra=extra)
    if any(_is_stdio(p) for p in paths):
        from kg.extraction import extractor_for
        from kg.ingest.reader import article_from_bytes

        data = _stdin_bytes()
        article = article_from_bytes(data, name=f"stdin{_stdin_suffix(data)}", where="standard input",
                                     max_bytes=settings.max_bytes)
        extractions.insert([str(p) for p in paths].index(STDIO), extractor_for(tuple(extra)).extract(article, settings=settings))
    typer.echo(format_facts([f for ex in extractions for f in ex.facts], fmt), nl=False)
    for path, why in skipped:
        _echo_err(f"skipped {path}: {why}")
    if skipped:
        raise SkippedInputs(skipped)


@app.command("query", cls=_Command)
def query_cmd(
    text: Annotated[Optional[str], typer.Argument(metavar="QUERY", help="The SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE). Or use --file or --name.")] = None,
    file: Annotated[Optional[Path], typer.Option("--file", "-F", metavar="FILE", help="Read the query from this file (- for standard input).")] = None,
    name: Annotated[Optional[str], typer.Option("--name", "-n", metavar="NAME", help="Run a saved query by name (see --list).")] = None,
    list_saved: Annotated[bool, typer.Option("--list", help="List the saved queries and the questions they answer.")] = False,
    out: OutOpt = DEFAULT_OUT,
    store: Annotated[Optional[Path], typer.Option("--store", metavar="DIR", help="Query this on-disk Oxigraph store (made by `kg load --store`) instead of the build.")] = None,
    endpoint: Annotated[Optional[str], typer.Option("--endpoint", metavar="URL", help="Query this remote SPARQL endpoint instead (credentials: $KG_STORE_USER/$KG_STORE_PASSWORD or netrc).")] = None,
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, metavar="SECONDS", help="Seconds to wait for the endpoint's answer (--endpoint).")] = 60.0,
    format: Annotated[Optional[str], typer.Option("--format", "-f", metavar="FORMAT", help="SELECT/ASK: table (default), csv, tsv, json (SPARQL 1.1 results JSON) or xml. CONSTRUCT/DESCRIBE: turtle (default), ntriples, nquads, trig, json-ld or xml.")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", metavar="FILE", help="Write the result to this file (atomically); - or none for standard output.")] = None,
    bind: Annotated[Optional[list[str]], typer.Option("--bind", "-b", metavar="NAME=VALUE", help="NAME=VALUE: fix a variable (appends a standard VALUES clause). VALUE: <iri>, id:Name, a number, \"text\", or a label, which must name one entity. Repeatable.")] = None,
    union_default_graph: Annotated[bool, typer.Option("--union-default-graph", help="Let patterns outside GRAPH see all named graphs (the data are only in named graphs).")] = False,
    allow_federation: Annotated[bool, typer.Option("--allow-federation", help="Allow SERVICE clauses (federated queries), which make the query engine send requests to other servers.")] = False,
) -> None:
    """Run a SPARQL query over the built graph, an on-disk store or a remote endpoint.

    The result is written as it is computed, so a result of any size fits in memory.
    """
    from kg.pipeline.folder import atomic_write
    from kg.store.query import check_format, empty_result_hint, parse_binding, query_text, saved_queries, stream

    if list_saved:
        for saved in saved_queries().values():
            typer.echo(f"{saved.name:<20} {saved.question}")
        return
    if _is_stdio(file):
        if text is not None or name is not None:
            raise InputError("give only one of: inline query, --file, --name")
        source, where = _stdin_bytes().decode("utf-8", errors="replace"), "standard input"
    else:
        source, where = query_text(query=text, file=file, name=name)
    bindings = dict(parse_binding(b) for b in bind or [])
    check_format(format)
    kwargs = dict(where=where, out_dir=out, store_dir=store, endpoint=endpoint, bindings=bindings,
                  union_default_graph=union_default_graph, allow_federation=allow_federation, timeout=timeout)
    if output is not None and not _is_stdio(output):
        _check_output(output)
        written = []
        atomic_write(output, lambda fh: written.append(stream(source, fh, format, **kwargs)))
        result = written[0]
        size = f" ({result.count} {'triples' if result.form == 'graph' else 'rows'})" if result.count is not None else ""
        _note(f"Wrote {output}{size}")
    else:
        result = None
        with _stdout_stream() as stdout:
            result = stream(source, stdout, format, **kwargs)
        if result is None:  # `kg query ... | head`: the reader stopped early
            return
    hint = None if endpoint else empty_result_hint(source, result.empty, union_default_graph=union_default_graph)
    if hint and _State.verbosity >= 0:
        _echo_err(hint)


@app.command("load", cls=_Command)
def load_cmd(
    out: OutOpt = DEFAULT_OUT,
    store: Annotated[Optional[Path], typer.Option("--store", metavar="DIR", help="Write into this on-disk Oxigraph store (created if missing), in one transaction.")] = None,
    endpoint: Annotated[Optional[str], typer.Option("--endpoint", metavar="URL", help="PUT each named graph to this SPARQL 1.1 Graph Store Protocol URL (e.g. http://localhost:7878/store). Credentials: $KG_STORE_USER/$KG_STORE_PASSWORD or netrc.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, max=32, metavar="N", help="Graphs sent in parallel (--endpoint).")] = 2,
    retries: Annotated[int, typer.Option("--retries", min=0, max=20, metavar="N", help="Retries of a transient failure, with exponential backoff (--endpoint).")] = 4,
    timeout: Annotated[float, typer.Option("--timeout", min=1.0, metavar="SECONDS", help="Seconds to wait for the server's answer to one request (--endpoint).")] = 300.0,
    bulk: Annotated[bool, typer.Option("--bulk", help="Use Oxigraph's bulk loader (about 4x faster, no transaction; only into graphs not in the store yet).")] = False,
) -> None:
    """Load the built graph into an embedded Oxigraph store or a remote triple store, one named graph at a time."""
    from kg.store.embedded import load_build

    if store is not None:
        _check_folder(store, "--store")
    report = load_build(out, store, endpoint=endpoint, bulk=bulk, jobs=jobs, retries=retries, timeout=timeout)
    if _State.verbosity >= 0:
        typer.echo(report.summary())


@app.command("serve", cls=_Command)
def serve_cmd(
    out: OutOpt = DEFAULT_OUT,
    store: Annotated[Optional[Path], typer.Option("--store", metavar="DIR", help="Serve this on-disk Oxigraph store instead of the build.")] = None,
    host: Annotated[str, typer.Option("--host", metavar="HOST", help="127.0.0.1, ::1 or localhost (kg serve only listens locally).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", metavar="PORT", help="The port; 0 picks a free one.")] = 7879,
    timeout: Annotated[float, typer.Option("--timeout", metavar="SECONDS", help="Time limit per query in seconds; longer queries are stopped (HTTP 503).")] = 30.0,
    max_rows: Annotated[int, typer.Option("--max-rows", metavar="N", help="Results with more rows or triples are refused (HTTP 400).")] = 10_000,
    workers: Annotated[int, typer.Option("--workers", metavar="N", help="Queries answered at the same time (one process each).")] = 2,
    cors: Annotated[bool, typer.Option("--cors", help="Let browser pages from any origin query the endpoint (not needed for the query page at /, which kg serve itself serves).")] = False,
    union_default_graph: Annotated[bool, typer.Option("--union-default-graph", help="Let patterns outside GRAPH see all named graphs.")] = False,
    max_memory: Annotated[int, typer.Option("--max-memory", metavar="MB", help="Memory limit of each query worker in MB; a query over it is stopped (HTTP 503) and the server carries on.")] = 2048,
    host_name: Annotated[Optional[list[str]], typer.Option("--host-name", metavar="NAME", help="Also answer requests for this host name (the Host header); by default only localhost, 127.0.0.1 and ::1. Repeatable.")] = None,
    allow_federation: Annotated[bool, typer.Option("--allow-federation", help="Allow SERVICE clauses (federated queries): the server then sends requests to other servers on its clients' behalf.")] = False,
) -> None:
    """Serve the graph read-only over the SPARQL 1.1 Protocol on localhost (UPDATE is refused; see docs/security.md)."""
    from kg.store.serve import ServeOptions, start

    options = ServeOptions(host=host, port=port, timeout=timeout, max_rows=max_rows, workers=workers, cors=cors,
                           union_default_graph=union_default_graph, max_memory=max_memory,
                           host_names=tuple(host_name or ()), allow_federation=allow_federation,
                           quiet=_State.verbosity < 0)
    import signal

    def _stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _stop)  # from here on, SIGTERM stops the server cleanly, as Ctrl-C does
    try:
        endpoint = start(out_dir=None if store else out, store_dir=store, options=options)
    except KeyboardInterrupt:  # stopped while the store was being made: start() removed it
        return
    try:
        _note(f"Serving {store or out} read-only at {endpoint.url} (Ctrl-C to stop)")
        endpoint.wait()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # closing: a second SIGTERM must not cut the clean-up short
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        endpoint.close()


def main() -> None:
    """Console entry point: run the app and map errors to exit codes."""
    # rdflib logs a traceback for each ill-typed literal ("abc"^^xsd:date); SHACL reports them instead
    logging.getLogger("rdflib").setLevel(logging.CRITICAL)
    try:
        app(standalone_mode=False)
        if _State.verbosity > 0:
            _echo_err(f"done in {time.perf_counter() - _State.started:.2f} s")
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
        if os.environ.get("KG_DEBUG") or _State.verbosity > 0:
            raise
        _echo_err(f"internal error: {type(exc).__name__}: {exc} (set KG_DEBUG=1 for the traceback)")
        sys.exit(3)


def run() -> NoReturn:
    """The ``kg`` command: :func:`main`, then the process ends at once, with main's exit code.

    By then the command has closed and published its files; what is left is the interpreter
    freeing every object one at a time, about 0.15 s after a build, which nobody should wait
    for. Standard output and error are flushed first (a reader that has gone is no error).
    An unexpected exception (``KG_DEBUG=1``) still ends the usual way, with its traceback.
    """
    try:
        main()
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        if not isinstance(exc.code, (int, type(None))):
            _echo_err(str(exc.code))
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    logging.shutdown()
    os._exit(code)


if __name__ == "__main__":
    run()
