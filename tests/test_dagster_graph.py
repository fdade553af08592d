"""The whole graph through Dagster into a temporary warehouse, read back through DuckDB."""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter
from pathlib import Path

import dagster as dg
import pytest

from pipelines import materialize
from pipelines.defs import build_defs
from pipelines.defs.resources import WarehouseResource
from pipelines.materialize import materialize_all
from pipelines.quality import all_rules, evaluate
from pipelines.schemas import TABLES
from pipelines.storage import Warehouse


@pytest.fixture
def built(seed_dir: Path, tmp_path: Path) -> Warehouse:
    wh_dir = tmp_path / "warehouse"
    resource = WarehouseResource(seeds_dir=str(seed_dir), warehouse_dir=str(wh_dir), max_seed_bytes=1 << 24)
    with dg.instance_for_test() as instance:
        results = materialize_all(instance, resource)
        assert all(r.success for r in results)
        checks = [e for r in results for e in r.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"]
        failed = [e.event_specific_data.check_name for e in checks if not e.event_specific_data.passed]
        assert checks and not failed, failed
    return Warehouse(wh_dir)


def test_definitions_load() -> None:
    defs = build_defs()
    keys = {k.to_user_string() for k in defs.resolve_asset_graph().get_all_asset_keys()}
    assert keys == {t.asset for t in TABLES.values()} | {"review_pages"}


def test_seed_metrics_through_dagster(built: Warehouse) -> None:
    with built.connect() as con:
        doc = con.execute(
            "SELECT title, with_photo, release_date, issued_at, status FROM documents"
        ).fetchone()
        assert doc[0].endswith("Go Global Summit") and doc[1] is True
        assert doc[2] == dt.date(2023, 12, 6) and doc[4] == "ok"
        assert doc[3].astimezone(dt.timezone(dt.timedelta(hours=8))).strftime("%H:%M") == "16:45"
        rows = con.execute(
            "SELECT metric, value, qualifier, unit, as_of, as_of_precision, since FROM metrics"
        ).fetchall()
        assert (
            "enterprises_met",
            300.0,
            "nearly",
            "enterprises",
            dt.date(2023, 12, 6),
            "day",
            dt.date(2022, 12, 1),
        ) in rows
        assert ("partners", 30.0, "approx", "enterprises", dt.date(2023, 12, 6), "day", None) in rows
        assert ("computing_power", 3000.0, "exact", "PFLOPS", dt.date(2026, 1, 1), "year", None) in rows
        over_100 = [r for r in rows if r[1] == 100.0 and r[2] == "more_than" and r[3] == "enterprises"]
        assert len(over_100) == 3
        ts = con.execute("SELECT metric FROM metric_timeseries").fetchall()
        assert ("enterprises_met",) in ts


def test_every_span_slices_cleaned_text(built: Warehouse) -> None:
    with built.connect() as con:
        for rule in all_rules():
            assert evaluate(con, rule) == 0, rule


def test_entities_and_aliases(built: Warehouse) -> None:
    with built.connect() as con:
        org = con.execute("SELECT name, acronym, aliases FROM entities WHERE acronym = 'OASES'").fetchone()
        assert org[0] == "Office for Attracting Strategic Enterprises" and "OASES" in org[2]
        person = con.execute("SELECT name, title, organisation FROM people").fetchone()
        assert person == (
            "Philip Yung",
            "Director-General of the Office for Attracting Strategic Enterprises",
            "Office for Attracting Strategic Enterprises",
        )
        ids = con.execute(
            "SELECT DISTINCT entity_id FROM mentions WHERE text IN ('Mr Yung', 'Mr Philip Yung')"
        ).fetchall()
        assert len(ids) == 1


def test_the_bulk_run_keeps_few_events_in_memory_and_every_one_in_the_instance(
    seed_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (seed,) = seed_dir.iterdir()
    for i in (2, 3):
        shutil.copy(seed, seed_dir / f"copy{i}_{seed.name}")
    monkeypatch.setattr(materialize, "KEPT_PER_ASSET", 1)
    wh_dir = tmp_path / "warehouse"
    resource = WarehouseResource(seeds_dir=str(seed_dir), warehouse_dir=str(wh_dir), max_seed_bytes=1 << 24)
    with dg.instance_for_test() as instance:
        bulk, crossdoc = materialize_all(instance, resource)
        assert bulk.success and crossdoc.success
        held = Counter(e.asset_key for e in bulk.all_events if e.is_step_materialization)
        assert held and set(held.values()) == {1}
        run = instance.get_run_by_id(bulk.run_id)
        assert run is not None and run.status == dg.DagsterRunStatus.SUCCESS
        for key in held:  # every partition of every asset is materialized in the instance
            records = instance.fetch_materializations(key, limit=10).records
            assert len({r.partition_key for r in records}) == 3
