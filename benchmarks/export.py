"""``kg export`` as users run it (a whole process) against raw pyoxigraph doing the same read and write.

Builds a synthetic corpus once (``--articles``, default 1,000), then for each
RDF format times, best of ``--repeat`` runs:

* ``kg export --out OUT -o FILE -f FORMAT`` as a subprocess;
* a Python subprocess that only imports pyoxigraph, parses ``OUT/graph.nq`` and
  serialises it to the same format with the same prefixes (the triple formats get
  the union, as in kg).

Usage: ``python benchmarks/export.py [--articles N] [--repeat R] [--work DIR]``.
Prints one JSON line per format and a table; the target is kg within 1.5x of raw.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import synth  # noqa: E402 - the generator beside this script
FORMATS = {"nquads": ("N_QUADS", True, "nq"), "ntriples": ("N_TRIPLES", False, "nt"),
           "turtle": ("TURTLE", False, "ttl"), "trig": ("TRIG", True, "trig")}
RAW = """
import json, sys, pyoxigraph as ox
src, dst, name, quads, prefixes = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == "1", json.loads(sys.argv[5])
items = ox.parse(path=src, format=ox.RdfFormat.N_QUADS)
ox.serialize(items if quads else (q.triple for q in items), dst, getattr(ox.RdfFormat, name), prefixes=prefixes)
"""




def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--work", type=Path, default=None)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-export-bench-"))
    corpus, out = work / "corpus", work / "out"
    if not (out / "graph.nq").is_file():
        synth.write_corpus(corpus, args.articles, seed=1, words=400)
        subprocess.run([sys.executable, "-m", "kg", "build", "-i", str(corpus), "--out", str(out), "--no-validate",
                        "-q"], check=True, stdout=subprocess.DEVNULL)
    nquads = out / "graph.nq"
    sys.path.insert(0, str(ROOT))
    from kg.namespaces import prefix_map

    prefixes = json.dumps(prefix_map())  # the same prefixes kg writes, so both write the same bytes
    quads = sum(1 for _ in open(nquads, "rb"))
    rows = []
    for label, (ox_name, keeps_graphs, ext) in FORMATS.items():
        target = work / f"export.{ext}"
        kg = min(timed([sys.executable, "-m", "kg", "export", "--out", str(out), "-o", str(target), "-f", label])
                 for _ in range(args.repeat))
        kg_size = target.stat().st_size
        raw = min(timed([sys.executable, "-c", RAW, str(nquads), str(target), ox_name, "1" if keeps_graphs else "0",
                         prefixes]) for _ in range(args.repeat))
        raw_size = target.stat().st_size
        row = {"format": label, "quads": quads, "kg_export_s": round(kg, 3), "raw_pyoxigraph_s": round(raw, 3),
               "ratio": round(kg / raw, 2), "kg_bytes": kg_size, "raw_bytes": raw_size,
               "load_avg": round(os.getloadavg()[0], 2)}
        rows.append(row)
        print(json.dumps(row), flush=True)
    print(f"\n{'format':<10} {'kg export':>10} {'raw ox':>8} {'ratio':>6}   ({quads} quads, {args.articles} articles)")
    for r in rows:
        print(f"{r['format']:<10} {r['kg_export_s']:>9.2f}s {r['raw_pyoxigraph_s']:>7.2f}s {r['ratio']:>6.2f}")


if __name__ == "__main__":
    main()
