"""The batching event log stores the materializations the stock SQLite event log stores, and plans
a range run with one event per asset holding the run's partitions."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import dagster as dg
import pytest
from dagster._core.events.log import EventLogEntry

from pipelines.dagster_storage import BATCH_SIZE_ENV
from pipelines.defs.assets import documents_partitions
from pipelines.defs.resources import WarehouseResource
from pipelines.materialize import materialize_all
from tests.conftest import SEED

BATCHING = {
    "event_log_storage": {
        "module": "pipelines.dagster_storage",
        "class": "BatchingSqliteEventLogStorage",
        "config": {},
    }
}


def _build(tmp: Path, overrides: dict | None) -> dict[str, list[str]]:
    seeds = tmp / "seeds"
    seeds.mkdir()
    for i in range(5):
        shutil.copy(SEED, seeds / f"seed_{i}.txt")
    home = tmp / "home"
    home.mkdir()
    resource = WarehouseResource(seeds_dir=str(seeds), warehouse_dir=str(tmp / "wh"), max_seed_bytes=1 << 24)
    os.environ["DAGSTER_HOME"] = str(home)
    with dg.instance_for_test(temp_dir=str(home), overrides=overrides) as instance:
        expected = "BatchingSqliteEventLogStorage" if overrides else "SqliteEventLogStorage"
        assert type(instance.event_log_storage).__name__ == expected
        assert all(r.success for r in materialize_all(instance, resource))
        keys = documents_partitions.get_partition_keys(dynamic_partitions_store=instance)
        out = {}
        for asset in ("documents", "sentences", "metrics"):
            records = instance.fetch_materializations(
                dg.AssetRecordsFilter(asset_key=dg.AssetKey(asset), asset_partitions=keys), limit=100
            ).records
            out[asset] = sorted(r.partition_key or "" for r in records)
            status = instance.get_materialized_partitions(dg.AssetKey(asset))
            assert status == set(keys)
        record = instance.get_asset_records([dg.AssetKey("metrics")])[0].asset_entry
        assert record.last_materialization_record is not None
        out["last_partition"] = [record.last_materialization_record.partition_key or ""]
        planned = instance.get_event_records(
            dg.EventRecordsFilter(dg.DagsterEventType.ASSET_MATERIALIZATION_PLANNED, dg.AssetKey("metrics")),
            limit=100,
        )
        subsets = [r.event_log_entry.dagster_event.event_specific_data.partitions_subset for r in planned]
        if overrides:  # one planned event for the whole range
            assert len(planned) == 1 and set(subsets[0].get_partition_keys()) == set(keys)
        else:
            assert len(planned) == len(keys) and subsets == [None] * len(keys)
        return out


def test_batching_event_log_matches_stock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(BATCH_SIZE_ENV, "1000")
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path))
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    stock = _build(tmp_path / "a", None)
    batching = _build(tmp_path / "b", BATCHING)
    assert stock == batching
    assert stock["metrics"] == [f"seed_{i}" for i in range(5)]


def _log(run_id: str, i: int) -> EventLogEntry:
    return EventLogEntry(
        error_info=None,
        level="INFO",
        user_message=f"message {i}",
        run_id=run_id,
        timestamp=float(i),
        step_key=None,
        job_name="job",
        dagster_event=None,
    )


def test_kept_engines_serve_many_runs_a_fork_and_a_wipe(tmp_path: Path) -> None:
    """Engines are kept per shard (at most ENGINES_KEPT per process); a forked child writes
    through engines of its own and leaves the parent's working; a wipe empties every shard."""
    from pipelines.dagster_storage import ENGINES_KEPT, BatchingSqliteEventLogStorage

    storage = BatchingSqliteEventLogStorage(base_dir=str(tmp_path))
    runs = [f"run{i}" for i in range(ENGINES_KEPT + 4)]
    for i, run in enumerate(runs):
        storage.store_event(_log(run, i))
    assert len(storage._engines) <= ENGINES_KEPT
    assert all(len(storage.get_logs_for_run(run)) == 1 for run in runs)  # evicted shards reopen

    pid = os.fork()
    if pid == 0:  # the child: its own engines, the parent's untouched
        code = 0
        try:
            storage.store_event(_log(runs[0], 100))
            code = 0 if len(storage.get_logs_for_run(runs[0])) == 2 else 3
        except BaseException:
            code = 4
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    storage.store_event(_log(runs[0], 101))  # the parent's kept engine still works
    assert [e.user_message for e in storage.get_logs_for_run(runs[0])] == [
        "message 0",
        "message 100",
        "message 101",
    ]

    storage.wipe()
    assert all(storage.get_logs_for_run(run) == [] for run in runs)
    storage.store_event(_log(runs[0], 200))
    assert len(storage.get_logs_for_run(runs[0])) == 1
    storage.dispose()


def test_templated_rows_equal_the_stock_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every materialization of a real range run, moved to other partitions (quotes, non-ASCII)
    and times, is stored as the row the stock storage would write, event JSON byte for byte;
    most of them come from a template, and an event whose metadata differs is serialised in full."""
    from dagster._core.storage.event_log.sqlite.sqlite_event_log import SqliteEventLogStorage
    from dagster._serdes import serialize_value

    from pipelines.dagster_storage import BatchingSqliteEventLogStorage
    from pipelines.event_templates import EventTemplates

    monkeypatch.setenv(BATCH_SIZE_ENV, "1000")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in range(3):
        shutil.copy(SEED, seeds / f"seed_{i}.txt")
    resource = WarehouseResource(
        seeds_dir=str(seeds), warehouse_dir=str(tmp_path / "wh"), max_seed_bytes=1 << 24
    )
    (tmp_path / "home").mkdir()
    with dg.instance_for_test(temp_dir=str(tmp_path / "home")) as instance:
        assert all(r.success for r in materialize_all(instance, resource))
        records = instance.get_event_records(
            dg.EventRecordsFilter(event_type=dg.DagsterEventType.ASSET_MATERIALIZATION), limit=1000
        )
    events = [r.event_log_entry for r in records if r.partition_key]
    assert len(events) >= 8 * 3
    moved = [
        e._replace(
            timestamp=e.timestamp + k * 0.001,
            dagster_event=e.dagster_event._replace(
                event_specific_data=e.dagster_event.event_specific_data._replace(
                    materialization=e.dagster_event.event_specific_data.materialization._replace(partition=p)
                )
            ),
        )
        for k, p in enumerate(['doc "quoted"', "公告_2024", "a\\b", "plain"])
        for e in events
    ]
    stock = SqliteEventLogStorage(base_dir=str(tmp_path / "stock"))
    batching = BatchingSqliteEventLogStorage(base_dir=str(tmp_path / "batching"))
    for event in events + moved:
        assert batching._batch_row(event) == stock._event_to_row(event)
    assert batching._templates.templated >= len(moved)

    templates = EventTemplates()
    first = events[0]
    other = first._replace(
        dagster_event=first.dagster_event._replace(
            event_specific_data=first.dagster_event.event_specific_data._replace(
                materialization=first.dagster_event.event_specific_data.materialization._replace(
                    metadata={"dagster/row_count": dg.MetadataValue.int(-1)}
                )
            )
        )
    )
    # equal metadata of another type (IntMetadataValue(-1) == FloatMetadataValue(-1.0)) serialises apart
    as_float = other._replace(
        dagster_event=other.dagster_event._replace(
            event_specific_data=other.dagster_event.event_specific_data._replace(
                materialization=other.dagster_event.event_specific_data.materialization._replace(
                    metadata={"dagster/row_count": dg.MetadataValue.float(-1.0)}
                )
            )
        )
    )
    assert as_float == other and serialize_value(as_float) != serialize_value(other)
    for event in (first, first, other, as_float, first):
        assert templates.serialize(event) == serialize_value(event)
    assert templates.templated == 1  # the second `first`; the others re-learn
    stock.dispose()
    batching.dispose()
