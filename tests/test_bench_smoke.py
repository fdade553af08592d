"""`make bench` end to end on a tiny corpus: every figure is reported, the one-file change shows."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import queries
from benchmarks.run import changed_text

ROOT = Path(__file__).resolve().parents[1]


def test_changed_text_adds_a_body_paragraph_before_the_footer() -> None:
    indent = "\u00a0" * 5
    original = f"Title\n\n{indent}Body.\n\nEnds/Monday, November 11, 2024\nIssued at HKT 9:05\n"
    changed = changed_text(original.encode(), 123).decode()
    assert changed == original.replace("Body.\n", f"Body.\n{indent}A total of 123 guests attended.\n")


def test_queries_render_literals() -> None:
    params = dict(queries.DEFAULTS, org="O'Brien Trust")
    sql = queries.render("facts_about_org", params)
    assert "'O''Brien Trust' IN (e.acronym, e.name)" in sql
    between = queries.render("metrics_between_dates", params)
    assert "BETWEEN DATE '2024-01-01' AND DATE '2024-03-31'" in between
    assert set(queries.QUERIES) == {
        "latest_per_metric",
        "facts_about_org",
        "people_by_title",
        "metrics_between_dates",
        "sentence_ilike",
    }


@pytest.mark.slow
def test_bench_end_to_end_tiny_corpus(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    cmd = [
        sys.executable, "-m", "benchmarks.run", "--sizes", "30", "--repeats", "1",
        "--baseline-docs", "10", "--pure-docs", "30", "--query-size", "0",
        "--workdir", str(tmp_path / "work"), "--json", str(out),
    ]  # fmt: skip
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr[-4000:]
    report = json.loads(out.read_text())

    res = report["sizes"]["30"]
    assert res["errors"] == {}
    assert res["corpus"]["n"] == 30
    for build in ("dagster", "library", "baseline"):
        fig = res[build]
        assert fig["runs"] == 1
        assert fig["seconds"] > 0 and fig["docs_per_s"] > 0
        assert fig["peak_mib"] > 0 and fig["maxrss_mib"] > 0
    assert res["dagster"]["complete"] and res["dagster"]["rows"]["documents"] == 30
    assert res["baseline"]["docs"] == 10
    assert res["pure"]["docs"] == 30 and res["pure"]["docs_per_s"] > 0
    assert set(res["pure"]["stages_s"]) >= {"document_row", "entity_rows", "metric_rows"}

    change = res["change"]
    assert change["visible"], "the changed file's new fact did not reach the metrics view"
    assert change["in_timeseries"]
    assert change["seconds"] > 0

    timed = res["queries"]["queries"]
    assert set(timed) == set(queries.QUERIES)
    assert all(q["ms"] > 0 and len(q["ms_all"]) == 5 for q in timed.values())
    assert timed["facts_about_org"]["rows"] > 0  # the organisation picked exists

    ratios = res["ratios"]
    assert all(ratios[k] is not None and ratios[k] > 0 for k in ratios)

    names = [t["target"] for t in report["targets"]]
    assert len(names) >= 7
    assert {t["result"] for t in report["targets"]} <= {"PASS", "FAIL", "n/a"}
    for needle in ("docs/s", "peak MiB", "one-file change", "sentence_ilike", "ours / baseline", "targets"):
        assert needle in proc.stdout
