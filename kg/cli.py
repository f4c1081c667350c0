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

from .errors import KgError, NonConformantError, SkippedInputs

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
    no_validate: Annotated[bool, typer.Option("--no-validate", help="Skip SHACL validation.")] = False,
) -> None:
    """Build the knowledge graph from articles into OUT (graph.nq, graph.trig, facts.jsonl, validation.txt, ...)."""
    from .config import Settings
    from .pipeline import build as run_build

    kwargs = {"out_dir": out}
    if max_bytes is not None:
        kwargs["max_bytes"] = max_bytes
    settings = Settings(**kwargs)
    result = run_build(input or None, settings=settings, curated=curated, validate=not no_validate)
    _print_summary(result)
    for path, why in result.skipped:
        _echo_err(f"skipped {path}: {why}")
    if result.conforms is False:
        raise NonConformantError(f"the graph does not conform; see {out}/validation.txt")
    if result.skipped:
        raise SkippedInputs(result.skipped)


@app.command()
def validate(out: OutOpt = DEFAULT_OUT) -> None:
    """Validate the built graph against the SHACL shapes and print a readable report."""
    from .export import read_build
    from .validate import validate_graph

    report = validate_graph(read_build(out))
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
    from .export import RdfFormat, export as run_export, read_build

    fmt = RdfFormat.from_name(format) if format else RdfFormat.from_extension(output)
    path = run_export(read_build(out), output, fmt)
    typer.echo(f"Wrote {path} ({fmt.label})")


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
