"""Corpus scale with validation on: the commands users run, each a whole process, wall time and peak memory.

    python benchmarks/run.py --scale                    # 10,000 articles, on every core
    python benchmarks/run.py --scale --articles 1000    # a smaller run

Steps, each ``kg ...`` run as its own process (peak memory = the largest resident
size of the process and its workers together, sampled every 50 ms):

The wall time is what the targets are about; the CPU seconds of the command and of the
workers it started are given too, since they say more on a shared machine.

1. ``kg build --input corpus --out out`` (validation on, the default), from an empty folder;
2. the same with ``--no-validate`` into another folder (what validation costs);
3. ``kg build`` again after adding one article, at once (the disk still busy with the builds before),
   then again after adding one more, once the disk has settled (``os.sync``: see :func:`settle`);
4. ``kg validate --out out``;
5. raw pyoxigraph loading ``out/graph.nq`` into an in-memory store, as a process of its own
   (``pyoxigraph.Store().load(path=...)``), the baseline ``kg validate`` is held to;
6. what an analyst runs next on the build (unless ``--targets-only``): ``kg export`` (N-Quads,
   Turtle), ``kg query`` of a saved query on the build and on a store, ``kg load --store``,
   ``kg viz`` (both views) and ``kg stats``, each with its ratio to the raw load;
7. the figures ``Beyond one machine`` in the README uses: time and memory per article,
   manifest and store sizes, and the time of the end-of-build step.

It prints Markdown rows (machine, date, command, wall, peak memory, target) and saves
them, with the raw figures, under ``benchmarks/results/``.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _tree(pid: int) -> dict[int, tuple[float, float]]:
    """Each process of the tree under ``pid`` (itself included): its resident MB and CPU seconds so far, from /proc."""
    out, todo = {}, [pid]
    while todo:
        p = todo.pop()
        if p in out:
            continue
        try:
            rss = 0.0
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1]) / 1024
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            out[p] = (rss, (int(fields[11]) + int(fields[12])) / _TICK)  # utime + stime
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, IndexError, ValueError):
            pass
    return out


def _tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, from /proc."""
    return sum(rss for rss, _ in _tree(pid).values())


def timeline_figures(samples: list[tuple[float, float, float]], cores: int) -> dict:
    """What a CPU timeline says: ``samples`` are ``(seconds, CPU of the command's process, CPU of its children)``
    over each interval. Returns how long all ``cores`` were busy (90 % or more of them), and the CPU
    seconds of the command's own process and of its children.

    >>> timeline_figures([(1.0, 0.1, 1.9), (1.0, 1.0, 0.0), (0.5, 0.0, 0.2)], cores=2)
    {'all_cores_busy_s': 1.0, 'not_all_busy_s': 1.5, 'parent_cpu_s': 1.1, 'children_cpu_s': 2.1}
    """
    busy = sum(dt for dt, parent, children in samples if parent + children >= 0.9 * cores * dt)
    wall = sum(dt for dt, _, _ in samples)
    return {"all_cores_busy_s": round(busy, 2), "not_all_busy_s": round(wall - busy, 2),
            "parent_cpu_s": round(sum(p for _, p, _ in samples), 2),
            "children_cpu_s": round(sum(c for _, _, c in samples), 2)}


def timed(cmd: list[str], *, env: dict | None = None) -> dict:
    """Run ``cmd`` as a process; its wall time, peak memory (with its children), exit code, and CPU timeline.

    Every 50 ms the process tree is read from /proc: its resident memory, and the CPU each process used
    since the last look. ``timeline`` (see :func:`timeline_figures`) says how long every core was busy
    and how the CPU splits between the command's own process and the processes it started (a build's
    workers and its check across graphs); the figures cover the processes seen alive at each look.
    """
    t0 = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    peak = [0.0]
    samples: list[tuple[float, float, float]] = []
    done = threading.Event()

    def sample() -> None:
        seen: dict[int, float] = {}
        last = time.perf_counter()
        while not done.is_set():
            tree = _tree(proc.pid)
            now = time.perf_counter()
            peak[0] = max(peak[0], sum(rss for rss, _ in tree.values()))
            parent = tree.get(proc.pid, (0, seen.get(proc.pid, 0.0)))[1] - seen.get(proc.pid, 0.0)
            children = sum(cpu - seen.get(p, 0.0) for p, (_, cpu) in tree.items() if p != proc.pid)
            samples.append((now - last, max(parent, 0.0), max(children, 0.0)))
            seen.update({p: cpu for p, (_, cpu) in tree.items()})
            last = now
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the process and the workers it waited for
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"command": " ".join(Path(c).name if i == 0 else c for i, c in enumerate(cmd)), "seconds": round(wall, 2),
            "cpu_s": round(cpu, 2), "peak_mb": round(peak[0]), "exit": proc.returncode, "stdout": out[-2000:],
            "stderr": err[-2000:], "timeline": timeline_figures(samples, len(os.sched_getaffinity(0)))}


def machine() -> dict:
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
            "python": platform.python_version()}


def settle() -> float:
    """Write every dirty page to disk (``os.sync``) and return how long that took.

    A build leaves gigabytes of written pages for the kernel to put on disk later; the next command,
    run at once, would pay for them (the kernel slows writers down while much is dirty). A user adds
    an article minutes later, when the disk is idle; the table times each command that way, and
    also ``add_one_busy``: one more article right after the full builds, without settling.
    """
    t0 = time.perf_counter()
    os.sync()
    return round(time.perf_counter() - t0, 2)


RAW_LOAD = ("import sys, pyoxigraph; s = pyoxigraph.Store(); "
            "s.load(path=sys.argv[1], format=pyoxigraph.RdfFormat.N_QUADS); print(len(s))")


def analyst_commands(out: Path, products: Path) -> list[tuple[str, list[str]]]:
    """What an analyst runs on a finished build, as ``(key, kg arguments)``: export, query, load, viz, stats."""
    o = ["--out", str(out)]
    return [
        ("export nquads", ["export", *o, "-f", "nquads", "-o", str(products / "graph.nq")]),
        ("export turtle", ["export", *o, "-f", "turtle", "-o", str(products / "graph.ttl")]),
        ("query build", ["query", *o, "--name", "sanctions-imposed", "-f", "csv", "-o", str(products / "q1.csv")]),
        ("load store", ["load", *o, "--store", str(products / "store")]),
        ("query store", ["query", "--store", str(products / "store"), "--name", "sanctions-imposed", "-f", "csv",
                         "-o", str(products / "q2.csv")]),
        ("viz direct", ["viz", *o, "-o", str(products / "direct.html")]),
        ("viz events", ["viz", *o, "--view", "events", "-o", str(products / "events.html")]),
        ("stats", ["stats", *o]),
    ]


def run(n: int, *, work: Path, seed: int = 0, words: int = 600, workers: int | None = None,
        compare: bool = True, commands: bool = True) -> dict:
    sys.path.insert(0, str(HERE))
    import synth

    kg = [str(Path(sys.executable).parent / "kg")] if (Path(sys.executable).parent / "kg").is_file() \
        else [sys.executable, "-m", "kg"]
    jobs = ["--workers", str(workers)] if workers else []
    corpus, out, out_nv = work / "corpus", work / "out", work / "out-novalidate"
    for folder in (out, out_nv):
        shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(corpus, ignore_errors=True)
    synth.write_corpus(corpus, n, seed=seed, words=words)
    say = lambda msg: print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)  # noqa: E731

    fig: dict = {"machine": machine(), "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "articles": n,
                 "load_avg_start": os.getloadavg()[0], "work": f"{work}/"}
    settle()
    say(f"kg build of {n} articles, validated")
    fig["build"] = timed(kg + ["build", "--input", str(corpus), "--out", str(out), "--quiet", *jobs])
    if compare:
        say("the same build with --no-validate")
        fig["build_novalidate"] = timed(kg + ["build", "--input", str(corpus), "--out", str(out_nv), "--quiet",
                                             "--no-validate", *jobs])
        shutil.rmtree(out_nv, ignore_errors=True)
    art = synth.article(n, seed=seed, words=words)
    (corpus / art.name).write_text(art.text, encoding="utf-8")
    say("kg build after adding one article, right after the builds above (their writes still going to disk)")
    fig["add_one_busy"] = timed(kg + ["build", "--input", str(corpus), "--out", str(out), "--quiet", *jobs])
    art = synth.article(n + 1, seed=seed, words=words)
    (corpus / art.name).write_text(art.text, encoding="utf-8")
    fig["settle_s"] = settle()
    say("kg build after adding one more article, the disk settled")
    fig["add_one"] = timed(kg + ["build", "--input", str(corpus), "--out", str(out), "--quiet", *jobs])
    settle()
    say("kg validate")
    fig["validate"] = timed(kg + ["validate", "--out", str(out)])
    settle()
    say("raw pyoxigraph: load graph.nq in memory")
    fig["raw_load"] = timed([sys.executable, "-c", RAW_LOAD, str(out / "graph.nq")])
    if commands:
        fig["commands"] = {}
        products = work / "products"
        shutil.rmtree(products, ignore_errors=True)
        products.mkdir()
        for key, args in analyst_commands(out, products):
            settle()
            say(f"kg {' '.join(args[:3])} ...")
            fig["commands"][key] = timed(kg + args)
        shutil.rmtree(products, ignore_errors=True)
    manifest = out / ".kg-build" / "manifest.sqlite"
    spanning = out / ".kg-build" / "spanning.marshal"  # the check across graphs, kept between builds
    fig["sizes"] = {"graph_nq_mb": round((out / "graph.nq").stat().st_size / 2**20, 1),
                    "manifest_mb": round(manifest.stat().st_size / 2**20, 1),
                    "spanning_mb": round(spanning.stat().st_size / 2**20, 1) if spanning.is_file() else 0,
                    "quads": int(fig["raw_load"]["stdout"].strip() or 0)}
    fig["load_avg_end"] = os.getloadavg()[0]
    return fig


def rows(fig: dict) -> str:
    """Markdown rows for the README: machine, date, command, wall, peak memory, target."""
    n = fig["articles"]
    m = fig["machine"]
    where = f"{m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB"
    b, a, v, raw = fig["build"], fig["add_one"], fig["validate"], fig["raw_load"]

    def verdict(ok: bool) -> str:
        return "met" if ok else "MISSED"

    lines = ["| machine | date | command | wall | CPU (all processes) | peak memory | target |",
             "|---|---|---|---:|---:|---:|---|"]

    def row(cmd: str, rec: dict, target: str) -> None:
        lines.append(f"| {where} | {fig['date']} | `{cmd}` | {rec['seconds']:.1f} s | {rec.get('cpu_s', 0):.1f} s | "
                     f"{rec['peak_mb']:,} MB | {target} |")

    full = n >= 10_000  # the wall-time targets are for 10,000 articles; start-up costs do not scale down
    row(f"kg build --input corpus --out out ({n:,} articles, validated)", b,
        f"<= 120 s: {verdict(b['seconds'] <= 120)}; <= 1,536 MB: {verdict(b['peak_mb'] <= 1536)}" if full else
        f"(<= 120 s is for 10,000) <= 1,536 MB: {verdict(b['peak_mb'] <= 1536)}")
    if "build_novalidate" in fig:
        row("kg build --input corpus --out out --no-validate", fig["build_novalidate"], "(what validation costs)")
    row("kg build ... after adding 1 article", a, f"<= 5 s: {verdict(a['seconds'] <= 5)}" if full else
        "(<= 5 s is for 10,000)")
    if "add_one_busy" in fig:
        row("kg build ... after adding 1 article, at once after the full builds", fig["add_one_busy"],
            f"(the disk still writing the builds before; {fig.get('settle_s', 0):.1f} s of writing left after it)")
    ratio = v["seconds"] / raw["seconds"] if raw["seconds"] else float("nan")
    row("kg validate --out out", v, f"<= 1.5x raw load: {ratio:.2f}x, {verdict(ratio <= 1.5)}")
    row("python -c 'pyoxigraph.Store().load(path=\"out/graph.nq\")' (raw load)", raw, "baseline")
    for key, rec in fig.get("commands", {}).items():
        ratio = rec["seconds"] / raw["seconds"] if raw["seconds"] else float("nan")
        row(rec["command"].replace(str(fig.get("work", "")), ""), rec, f"{ratio:.2f}x the raw load")
    s = fig["sizes"]
    t = b.get("timeline")
    if t:
        lines.append("")
        lines.append(f"The validated build: every core busy for {t['all_cores_busy_s']:.1f} s of {b['seconds']:.1f} s "
                     f"({t['not_all_busy_s']:.1f} s not); CPU {t['parent_cpu_s']:.1f} s in the `kg` process "
                     f"(manifest, outputs, start), {t['children_cpu_s']:.1f} s in its workers and its check across graphs.")
    lines.append("")
    lines.append(f"{s['quads']:,} quads; graph.nq {s['graph_nq_mb']} MB; manifest {s['manifest_mb']} MB; "
                 f"kept check across graphs {s.get('spanning_mb', 0)} MB; "
                 f"load average {fig['load_avg_start']:.1f} at the start, {fig['load_avg_end']:.1f} at the end.")
    return "\n".join(lines)


def main(argv: list[str]) -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--workers", type=int)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--words", type=int, default=600)
    ap.add_argument("--no-compare", action="store_true", help="skip the --no-validate build")
    ap.add_argument("--targets-only", action="store_true",
                    help="skip the analyst commands (export, query, load, viz, stats) after the targets")
    ap.add_argument("--work", type=Path, help="working folder (default: a temporary one, removed at the end)")
    ap.add_argument("--results", type=Path, default=HERE / "results", help="where to save the rows and figures")
    ap.add_argument("--render", type=Path, help="print the rows of a saved run (benchmarks/results/scale-*.json)")
    args = ap.parse_args(argv)
    if args.render:
        print(rows(json.loads(args.render.read_text())))
        return
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-scale-"))
    try:
        fig = run(args.articles, work=work, seed=args.seed, words=args.words, workers=args.workers,
                  compare=not args.no_compare, commands=not args.targets_only)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    steps = [fig[key] for key in ("build", "add_one_busy", "add_one", "validate", "raw_load")]
    failed = [rec for rec in steps + list(fig.get("commands", {}).values()) if rec["exit"] != 0]
    for rec in failed:
        print(f"warning: {rec['command']} exited {rec['exit']}: {rec['stderr'][-500:]}", file=sys.stderr)
    table = rows(fig)
    print(table)
    results = args.results
    results.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (results / f"scale-{stamp}.json").write_text(json.dumps(fig, indent=2))
    (results / f"scale-{stamp}.md").write_text(table + "\n")
    print(f"saved {results / f'scale-{stamp}'}.md and .json", file=sys.stderr)
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
