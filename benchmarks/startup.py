"""Benchmark: how long the commands people type take as whole processes, start-up included.

    python benchmarks/startup.py [--runs 5] [--warmup 1]

Each command runs ``--runs`` times as a fresh process (after ``--warmup`` untimed
runs, so that the file cache is warm), hyperfine style; the table gives the
median, the fastest and the slowest wall-clock time, and the median CPU time of
the child (user + system), which depends less on what else the machine runs.
Target (issue "A tool analysts can pick up"): ``kg extract`` of one article and
``kg build`` of the sample in <= 1 s each.

The warm-up run also fills kg's start-up cache (see ``kg/cache.py``), as a user's
first run does; the "first run" rows give each run an empty cache folder of its own
(``KG_CACHE_DIR``), so they time that first run. The children run with Python's
default of caching bytecode: ``PYTHONDONTWRITEBYTECODE`` is dropped from their
environment (set, it makes every run compile kg's modules again, which no installed
package does). For comparison, a process that only makes ``spacy.blank("en")``, the
tokenizer kg split sentences with before sentencex (when spaCy, the ``bench`` extra,
is installed).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = next((ROOT / "kg" / "resources" / "sample").glob("*.txt"))
BIN = Path(sys.executable).parent


def kg(*args: str) -> list[str]:
    exe = BIN / "kg"
    return [str(exe), *args] if exe.exists() else [sys.executable, "-m", "kg", *args]


def timed(command: list[str], *, before=None, env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one run of ``command`` (a fresh process)."""
    extra = before() if before else None
    child_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    child_env.update(env or {})
    child_env.update(extra or {})
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, env=child_env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.decode()[-500:]}")
    return wall, (after.ru_utime - usage.ru_utime) + (after.ru_stime - usage.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=1)
    args = parser.parse_args()

    load_start = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        caches = Path(tmp) / "caches"

        def fresh() -> None:
            subprocess.run(["rm", "-rf", str(out)], check=True)

        def first_run() -> dict[str, str]:
            """An empty start-up cache of its own, as on a machine where kg never ran."""
            caches.mkdir(exist_ok=True)
            return {"KG_CACHE_DIR": tempfile.mkdtemp(dir=caches)}

        def fresh_first_run() -> dict[str, str]:
            fresh()
            return first_run()

        cases = [
            ("python -c pass (the interpreter)", [sys.executable, "-c", "pass"], None, None),
            ("kg --version", kg("--version"), None, None),
            ("kg --help", kg("--help"), None, None),
            ("kg extract ARTICLE (one article, 230 words)", kg("extract", str(SAMPLE)), None, "<= 1 s"),
            ("kg extract ARTICLE (first run: empty start-up cache)", kg("extract", str(SAMPLE)), first_run, "<= 1 s"),
            ("kg build (the sample, fresh)", kg("build", "--out", str(out)), fresh, "<= 1 s"),
            ("kg build (the sample, fresh; first run: empty cache)", kg("build", "--out", str(out)), fresh_first_run,
             "<= 1 s"),
            ("kg build (the sample, nothing changed)", kg("build", "--out", str(out)), None, None),
            ("kg query --name sanctions-lifted", kg("query", "--out", str(out), "--name", "sanctions-lifted"),
             None, None),
            ("kg stats", kg("stats", "--out", str(out)), None, None),
        ]
        if importlib.util.find_spec("spacy") is not None:
            cases.insert(1, ('python -c \'spacy.blank("en")\' (for comparison)',
                             [sys.executable, "-c", "import spacy; spacy.blank('en')"], None, None))
        rows = []
        for label, command, before, target in cases:
            for _ in range(args.warmup):
                timed(command, before=before)
            runs = [timed(command, before=before) for _ in range(args.runs)]
            walls = [w for w, _ in runs]
            median = statistics.median(walls)
            verdict = ""
            if target:
                verdict = f"{target}: {'met' if median <= 1.0 else 'MISSED'}"
            rows.append((label, f"{median:.2f} s", f"{min(walls):.2f} s", f"{max(walls):.2f} s",
                         f"{statistics.median(c for _, c in runs):.2f} s", verdict))

    load = os.getloadavg()[0]
    print(f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"{args.runs} runs each after {args.warmup} warm-up; load average {load_start:.1f} at the start, "
          f"{load:.1f} at the end")
    header = ("command (whole process)", "median", "min", "max", "CPU (median)", "target")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for i, row in enumerate([header, *rows]):
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |")
        if i == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")


if __name__ == "__main__":
    main()
