"""The scale benchmark runs end to end on a small corpus: every command it times succeeds and gets its row.

No timing is asserted here; the figures come from ``benchmarks/scale.py`` runs at full size.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_scale_benchmark_times_every_command_an_analyst_runs_and_saves_its_rows(tmp_path):
    results = tmp_path / "results"
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "scale.py"), "--articles", "12", "--no-compare",
                           "--work", str(tmp_path / "work"), "--results", str(results)],
                          capture_output=True, text=True, timeout=600)

    assert done.returncode == 0, done.stderr[-2000:]
    fig = json.loads(next(results.glob("scale-*.json")).read_text())
    assert fig["articles"] == 12
    for key in ("build", "add_one_busy", "add_one", "validate", "raw_load"):
        assert fig[key]["exit"] == 0, (key, fig[key]["stderr"])
    assert "Built 13 article(s)" in fig["add_one_busy"]["stdout"]
    assert "Built 14 article(s)" in fig["add_one"]["stdout"]
    assert set(fig["commands"]) == {"export nquads", "export turtle", "query build", "load store", "query store",
                                    "viz direct", "viz events", "stats"}
    assert all(rec["exit"] == 0 for rec in fig["commands"].values())
    table = next(results.glob("scale-*.md")).read_text()
    rows = [line for line in table.splitlines() if line.startswith("| ")]
    assert len(rows) == 1 + 5 + 8  # the header, five steps, eight analyst commands
    assert "kg export --out out -f turtle -o products/graph.ttl" in table
    assert str(tmp_path) not in table  # the rows name the commands, not this machine's folders
    assert not (tmp_path / "work" / "products").exists()  # what the commands wrote is cleaned up
