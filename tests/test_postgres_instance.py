"""The Dagster instance on a real PostgreSQL server (initdb into a temporary folder, started on a
free loopback port, stopped afterwards): a materialisation and sensor ticks, seen by a second
instance as a second webserver or daemon would see them."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import pytest

from pipelines import loopback
from pipelines.materialize import instance_from_env
from tests.conftest import SEED
from tests.test_sensor import SECOND, Harness

pytest.importorskip("dagster_postgres", reason="the `cluster` extra (dagster-postgres) is absent")
pytestmark = [pytest.mark.cluster, pytest.mark.filterwarnings("ignore::UserWarning")]


@pytest.fixture(scope="module")
def postgres() -> Iterator[loopback.Postgres]:
    if reason := loopback.postgres_available():
        pytest.skip(reason)
    with loopback.postgres_server() as server:
        yield server


def test_materialisation_and_sensor_on_postgres(
    postgres: loopback.Postgres, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    monkeypatch.setenv("DAGSTER_PG_URL", postgres.url)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / "seed_a.txt")
    (seeds / "seed_b.txt").write_text(SECOND, encoding="utf-8")

    instance = instance_from_env()
    assert type(instance.event_log_storage).__name__ == "BatchingPostgresEventLogStorage"
    assert instance.event_log_storage.supports_partition_subset_in_asset_materialization_planned_events
    assert type(instance.run_storage).__name__ == "PostgresRunStorage"
    harness = Harness(instance, seeds, tmp_path / "warehouse")
    _, runs = harness.tick()
    assert len(runs) == 1 and runs[0].tags["dagster/asset_partition_range_end"] == "seed_b"
    assert ("seed_b", 120.0) in harness.query("SELECT doc_id, value FROM metrics")
    (seeds / "seed_c.txt").write_text(SECOND.replace("About 120", "About 150"), encoding="utf-8")
    _, runs = harness.tick()
    assert [r.tags.get("dagster/asset_partition_range_start") for r in runs] == ["seed_c"]
    assert not harness.evaluate().run_requests

    # Another process's instance (a second webserver or daemon) reads the same runs and events.
    other = dg.DagsterInstance.from_config(str(home))
    try:
        assert len(other.get_runs()) == len(instance.get_runs()) == 2  # one run per tick (update_documents)
        assert other.get_dynamic_partitions("documents") == ["seed_a", "seed_b", "seed_c"]
        assert other.get_materialized_partitions(dg.AssetKey("metrics")) == {"seed_a", "seed_b", "seed_c"}
    finally:
        other.dispose()
        instance.dispose()
