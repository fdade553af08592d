"""Asset checks scoped to a run's documents: a run over a few documents (a sensor run) checks the
per-document rules on its documents' rows only; bulk runs check whole tables."""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipelines.defs import checks
from pipelines.defs.resources import WarehouseResource
from pipelines.materialize import materialize_all, materialize_documents
from pipelines.quality import PER_DOCUMENT_TABLES, all_rules, documents_scope, evaluate
from pipelines.schemas import TABLES, to_arrow
from tests.conftest import SEED


@pytest.fixture
def tables() -> duckdb.DuckDBPyConnection:
    """Every per-document table, empty but for two documents: `a` whose metric's span does not
    match its text, `b` whose metric is right."""
    con = duckdb.connect()
    for name in PER_DOCUMENT_TABLES:
        empty = to_arrow(TABLES[name], [])  # noqa: F841 (read by DuckDB by name)
        con.execute(f"CREATE TABLE {name} AS SELECT * FROM empty")
    for doc_id in ("a", "b"):
        con.execute(
            "INSERT INTO documents (doc_id, status, text) VALUES (?, 'ok', 'It has 300 firms.')", [doc_id]
        )
    quantity = {"a": "300 firm", "b": "300 firms"}  # a's span [7, 16) reads "300 firms"
    for doc_id, text in quantity.items():
        con.execute(
            "INSERT INTO metrics (doc_id, char_start, char_end, quantity) VALUES (?, 7, 16, ?)",
            [doc_id, text],
        )
    return con


def _rule(table: str, name: str):  # type: ignore[no-untyped-def]
    return next(r for r in all_rules() if r.table == table and r.name == name)


def test_a_per_document_rule_counts_only_the_documents_asked_for(tables: duckdb.DuckDBPyConnection) -> None:
    spans = _rule("metrics", "spans_match_text")
    assert evaluate(tables, spans) == 1  # whole table
    assert evaluate(tables, spans, documents_scope(["a"])) == 1
    assert evaluate(tables, spans, documents_scope(["b"])) == 0
    assert evaluate(tables, spans, documents_scope([])) == 0
    # Joins stay inside the scope: b's metric is not compared with a's document, nor a's with b's.
    orphans = _rule("metrics", "no_orphans")
    assert evaluate(tables, orphans, documents_scope(["b"])) == 0 and evaluate(tables, orphans) == 0


def test_cross_document_rules_ignore_the_scope(tables: duckdb.DuckDBPyConnection) -> None:
    tables.execute("CREATE TABLE metric_timeseries (value DOUBLE, value_low DOUBLE, value_high DOUBLE)")
    tables.execute("INSERT INTO metric_timeseries VALUES (1, 2, 3)")  # low above value
    rule = _rule("metric_timeseries", "interval_ordered")
    assert evaluate(tables, rule, documents_scope(["b"])) == evaluate(tables, rule) == 1


def _scopes(results: list[dg.ExecuteInProcessResult]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for result in results:
        for event in result.all_events:
            if event.event_type_value == "ASSET_CHECK_EVALUATION":
                data = event.event_specific_data
                assert data.passed, data.check_name
                out.setdefault(result.dagster_run.job_name, set()).add(data.metadata["scope"].value)
    return out


def test_a_run_over_one_document_checks_that_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(checks, "SCOPED_MAX_DOCUMENTS", 2)  # the 3-document build is a bulk run
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in range(3):
        shutil.copy(SEED, seeds / f"{i}_{SEED.name}")
        with (seeds / f"{i}_{SEED.name}").open("ab") as fh:
            fh.write(f"\n{i} distinct bytes\n".encode())  # not duplicates of each other
    resource = WarehouseResource(
        seeds_dir=str(seeds), warehouse_dir=str(tmp_path / "warehouse"), max_seed_bytes=1 << 24
    )
    with dg.instance_for_test() as instance:
        bulk = materialize_all(instance, resource)
        assert _scopes(bulk) == {
            "process_documents": {"every document"},
            "refresh_crossdoc": {"every document"},
        }
        key = instance.get_dynamic_partitions("documents")[1]
        one = materialize_documents(instance, [key], resource)
        assert _scopes(one) == {
            "process_documents": {"this run's documents only (1)"},
            "refresh_crossdoc": {"every document"},
        }


def test_the_warehouse_scope_reads_the_documents_buckets_and_counts_the_same(tmp_path: Path) -> None:
    """`Warehouse.documents_select` (bucket files) and the views filtered by doc_id agree, rule by
    rule, for one document and for none."""
    from pipelines.storage import Warehouse
    from tests.conftest import seed_warehouse

    wh = Warehouse(seed_warehouse(tmp_path))
    doc = SEED.stem
    rules = [r for r in all_rules() if r.table in PER_DOCUMENT_TABLES]
    with wh.connect() as con:
        for docs in ([doc], ["not_a_document"]):
            by_files = {t: wh.documents_select(TABLES[t], docs) for t in PER_DOCUMENT_TABLES}
            for rule in rules:
                assert evaluate(con, rule, by_files) == evaluate(con, rule, documents_scope(docs)), rule.name
        rows = con.execute(f"SELECT count(*) FROM ({wh.documents_select(TABLES['metrics'], [doc])})")
        assert rows.fetchone()[0] == con.execute("SELECT count(*) FROM metrics").fetchone()[0] > 0
