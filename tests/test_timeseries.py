"""`metric_timeseries` (one DuckDB query) against a plain-Python statement of its rules, on a
generated corpus with repeated metrics, subjects written several ways and releases that disagree."""

from __future__ import annotations

import importlib
from collections import defaultdict
from pathlib import Path

from pipelines import crossdoc
from pipelines.runner import build_warehouse
from pipelines.schemas import DOCUMENTS, ENTITIES, METRIC_TIMESERIES, METRICS
from pipelines.storage import Warehouse

gen = importlib.import_module("benchmarks.generate")
Row = dict[str, object]


def reference(metrics: list[Row], release: dict[str, object], subjects: dict[str, str]) -> list[Row]:
    """One row per (metric, subject, as_of): the newest statement's value (the first in the
    document when one document states it twice), every stating document newest first."""
    groups: dict[tuple, list[Row]] = defaultdict(list)
    for m in metrics:
        subject = subjects.get(str(m["subject"]), m["subject"]) if m["subject"] else None
        groups[(m["metric"], subject, m["as_of"])].append(m)
    rows = []
    for (metric, subject, as_of), items in groups.items():
        items.sort(key=lambda m: (m["char_start"], m["char_end"]))  # stable: ties stay in text order
        items.sort(key=lambda m: (str(release.get(str(m["doc_id"])) or ""), str(m["doc_id"])), reverse=True)
        top = items[0]
        doc_ids = list(dict.fromkeys(str(m["doc_id"]) for m in items))
        rows.append(
            {"metric": metric, "subject": subject, "as_of": as_of,
             "as_of_precision": top["as_of_precision"], "unit": top["unit"], "value": top["value"],
             "qualifier": top["qualifier"], "value_low": top["value_low"],
             "value_high": top["value_high"], "n_statements": len(items), "doc_ids": doc_ids,
             "latest_release_date": release.get(doc_ids[0])}
        )  # fmt: skip
    rows.sort(key=lambda r: (str(r["metric"]), str(r["subject"] or "")))
    rows.sort(key=lambda r: (r["as_of"] is not None, str(r["as_of"] or "")), reverse=True)
    return rows


def test_timeseries_query_matches_the_rules(tmp_path: Path) -> None:
    gen.generate_corpus(tmp_path / "seeds", 300, seed=11)
    wh = Warehouse(tmp_path / "warehouse")
    build_warehouse(tmp_path / "seeds", wh.root, max_bytes=1 << 24)
    metrics = wh.read_table(METRICS).to_pylist()
    entities = wh.read_table(ENTITIES).to_pylist()
    release = {d["doc_id"]: d["release_date"] for d in wh.read_table(DOCUMENTS).to_pylist()}
    expected = reference(metrics, release, crossdoc.subject_names(entities))
    got = wh.read_table(METRIC_TIMESERIES).to_pylist()
    assert len(got) > 100 and any(r["n_statements"] > 1 for r in got)
    assert got == expected
