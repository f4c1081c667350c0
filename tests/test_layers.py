"""The package has no import cycles, counting imports inside functions: the walk goes down the layers."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

PACKAGE = Path(__file__).resolve().parents[1] / "kg"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> nx.DiGraph:
    """kg module -> the kg modules it imports, anywhere in its code (function bodies included).

    Importing ``kg.a.b`` from outside ``kg.a`` runs ``kg/a/__init__.py`` too, so it counts as importing
    ``kg.a``; the root package ``kg`` (the library API, which imports lazily) is left out of that rule.
    """
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = nx.DiGraph()
    graph.add_nodes_from(modules)
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
            for target in targets:
                if not target.startswith("kg"):
                    continue
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                parts = target.split(".")
                for i in range(2, len(parts) + 1):  # the packages on the way run too
                    dep = ".".join(parts[:i])
                    if dep != name and dep in modules and not name.startswith(dep + "."):
                        graph.add_edge(name, dep)
    return graph


# Cycles in code that other work is rewriting now, each named so that any other cycle fails this test (none today).
KNOWN: list[list[str]] = []


def test_no_module_of_kg_imports_itself_through_others():
    cycles = [c for c in sorted(sorted(c) for c in nx.simple_cycles(import_graph())) if c not in KNOWN]
    assert cycles == [], "import cycles: " + "; ".join(" -> ".join(c) for c in cycles[:10])


def test_the_stages_only_import_downwards():
    graph = import_graph()
    layers = ["kg.errors", "kg.namespaces", "kg.model", "kg.config", "kg.pipeline.folder", "kg.ingest",
              "kg.extraction", "kg.graph", "kg.views", "kg.store", "kg.pipeline", "kg.cli"]
    allowed_up: set[tuple[str, str]] = set()

    def layer(module: str) -> int | None:
        found = [(len(top), i) for i, top in enumerate(layers) if module == top or module.startswith(top + ".")]
        return max(found)[1] if found else None

    wrong = []
    for a, b in graph.edges:
        la, lb = layer(a), layer(b)
        if la is None or lb is None or lb <= la or b == "kg.pipeline":  # the package itself is empty
            continue
        if (layers[la], layers[lb]) not in allowed_up:
            wrong.append(f"{a} -> {b}")
    assert not wrong, wrong
