"""Seeds added, changed and removed reach the warehouse through the sensor, a real Dagster
instance and the automation that refreshes the cross-document assets (no mocks, no daemon)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import pytest

from pipelines import seedsource
from pipelines.defs import build_defs
from pipelines.defs.assets import documents_partitions
from pipelines.defs.resources import WarehouseResource
from pipelines.defs.sensors import load_cursor, seeds_sensor
from pipelines.storage import Warehouse
from tests.conftest import SEED

SECOND = """Secretary for Labour and Welfare visits employment centre

\u00a0\u00a0\u00a0\u00a0\u00a0The Secretary for Labour and Welfare, Mr Chris Sun, visited the \
Labour Department's new job centre today (March 5). About 120 employers joined the opening \
job fair, offering \
more than 2 000 vacancies.
\u00a0\u00a0\u00a0\u00a0\u00a0Mr Sun said the centre had served some 5 000 job seekers since January.

Ends/Tuesday, March 5, 2024
Issued at HKT 17:20
"""


class Harness:
    """One Dagster instance + warehouse; `tick()` = one sensor evaluation and what it asks for."""

    def __init__(self, instance: dg.DagsterInstance, seeds: Path, warehouse: Path) -> None:
        self.instance = instance
        self.seeds = seeds
        self.resource = WarehouseResource(
            seeds_dir=str(seeds), warehouse_dir=str(warehouse), max_seed_bytes=1 << 24
        )
        self.defs = build_defs(self.resource)
        self.cursor: str | None = None
        self.wh = Warehouse(warehouse)
        self.automation_cursor = None
        self.automated: list[set[str]] = []  # what each automation tick asked for
        self.automate()  # the automation sensor's first tick: nothing to do yet

    def evaluate(self) -> dg.SensorResult:
        context = dg.build_sensor_context(
            instance=self.instance, cursor=self.cursor, resources={"warehouse": self.resource}
        )
        result = seeds_sensor(context)
        assert isinstance(result, dg.SensorResult)
        self.cursor = result.cursor
        return result

    def tick(self) -> tuple[dg.SensorResult, list[dg.RunRequest]]:
        result = self.evaluate()
        for request in result.dynamic_partitions_requests or []:
            if isinstance(request, dg.AddDynamicPartitionsRequest):
                self.instance.add_dynamic_partitions(
                    request.partitions_def_name, list(request.partition_keys)
                )
            else:
                for key in request.partition_keys:
                    self.instance.delete_dynamic_partition(request.partitions_def_name, key)
        runs = list(result.run_requests or [])
        for run in runs:
            job = self.defs.resolve_job_def(run.job_name)
            res = job.execute_in_process(
                instance=self.instance, partition_key=run.partition_key, tags=run.tags
            )
            assert res.success
        self.automate()
        return result, runs

    def automate(self) -> None:
        """What the automation-condition sensor would launch for the cross-document assets."""
        result = dg.evaluate_automation_conditions(
            defs=self.defs, instance=self.instance, cursor=self.automation_cursor
        )
        self.automation_cursor = result.cursor
        keys = {r.key.to_user_string() for r in result.results if r.true_subset.size > 0}
        self.automated.append(keys)
        if keys:
            selection = [k for k in ("entities", "metric_timeseries") if k in keys]
            job = self.defs.resolve_job_def("refresh_crossdoc")
            assert job.execute_in_process(
                instance=self.instance, asset_selection=[dg.AssetKey(k) for k in selection]
            ).success

    def query(self, sql: str) -> list[tuple]:
        with self.wh.connect() as con:
            return con.execute(sql).fetchall()

    def materialisations(self, asset: str, partition: str) -> int:
        records = self.instance.fetch_materializations(
            dg.AssetRecordsFilter(asset_key=dg.AssetKey(asset), asset_partitions=[partition]), limit=100
        )
        return len(records.records)


@pytest.fixture
def harness(tmp_path: Path) -> Iterator[Harness]:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / "seed_a.txt")
    (seeds / "seed_b.txt").write_text(SECOND, encoding="utf-8")
    (tmp_path / "dagster_home").mkdir()
    with dg.instance_for_test(temp_dir=str(tmp_path / "dagster_home")) as instance:
        yield Harness(instance, seeds, tmp_path / "warehouse")


def test_added_changed_removed(harness: Harness) -> None:
    _, runs = harness.tick()
    assert len(runs) == 1, "two new seeds arrive as one range run"
    assert runs[0].tags["dagster/asset_partition_range_start"] == "seed_a"
    assert runs[0].tags["dagster/asset_partition_range_end"] == "seed_b"
    # The cross-document assets are rebuilt in the same run: the automation has nothing left to do.
    assert runs[0].job_name == "update_documents" and runs[0].tags["dagster/priority"] == "-1"
    assert harness.automated[-1] == set()
    assert sorted(harness.query("SELECT doc_id FROM documents")) == [("seed_a",), ("seed_b",)]
    assert ("seed_b", 120.0) in harness.query("SELECT doc_id, value FROM metrics")
    assert harness.query("SELECT count(*) FROM metric_timeseries")[0][0] > 0

    # Nothing changed: no run, cursor kept (and survives a restart: a new sensor context).
    again = harness.evaluate()
    assert not again.run_requests and again.skip_reason
    # The cursor names a state file under DAGSTER_HOME: a tick stores a digest, not every hash.
    assert harness.cursor and harness.cursor.startswith("state:") and len(harness.cursor) < 64
    context = dg.build_sensor_context(instance=harness.instance, cursor=harness.cursor)
    assert (load_cursor(context) or {}).keys() == {"seed_a", "seed_b"}

    # Added.
    (harness.seeds / "seed_c.txt").write_text(SECOND.replace("About 120", "About 150"), encoding="utf-8")
    _, runs = harness.tick()
    assert [r.tags.get("dagster/asset_partition_range_start") for r in runs] == ["seed_c"]
    assert ("seed_c", 150.0) in harness.query("SELECT doc_id, value FROM metrics")
    assert harness.materialisations("documents", "seed_a") == 1

    # Changed (content, not mtime): only that partition re-runs.
    (harness.seeds / "seed_b.txt").write_text(SECOND.replace("About 120", "About 130"), encoding="utf-8")
    _, runs = harness.tick()
    assert [r.partition_key for r in runs] == ["seed_b"]
    assert [r.job_name for r in runs] == ["update_documents"] and harness.automated[-1] == set()
    values = harness.query("SELECT doc_id, value FROM metrics WHERE doc_id = 'seed_b'")
    assert ("seed_b", 130.0) in values and ("seed_b", 120.0) not in values
    assert harness.materialisations("documents", "seed_a") == 1
    assert harness.materialisations("documents", "seed_c") == 1
    assert harness.materialisations("documents", "seed_b") == 2

    # Touched but identical bytes: no run.
    (harness.seeds / "seed_a.txt").write_bytes((harness.seeds / "seed_a.txt").read_bytes())
    assert not harness.evaluate().run_requests

    # Removed: the partition goes, and its rows leave every table and view.
    (harness.seeds / "seed_c.txt").unlink()
    _, runs = harness.tick()
    assert [r.job_name for r in runs] == ["refresh_crossdoc"]
    harness.automate()
    keys = documents_partitions.get_partition_keys(dynamic_partitions_store=harness.instance)
    assert keys == ["seed_a", "seed_b"]
    for table in ("documents", "sections", "sentences", "mentions", "metrics", "temporal_expressions"):
        assert harness.query(f"SELECT count(*) FROM {table} WHERE doc_id = 'seed_c'") == [(0,)], table
    stated = harness.query("SELECT list_contains(doc_ids, 'seed_c') FROM metric_timeseries")
    assert not any(row[0] for row in stated)
    assert harness.materialisations("documents", "seed_a") == 1


def test_bulk_arrival_is_one_run(harness: Harness) -> None:
    harness.tick()
    for i in range(40):
        text = SECOND.replace("About 120", f"About {200 + i}")
        (harness.seeds / f"bulk_{i:03d}.txt").write_text(text, encoding="utf-8")
    _, runs = harness.tick()
    assert len(runs) == 1
    assert runs[0].tags["dagster/asset_partition_range_start"] == "bulk_000"
    assert runs[0].tags["dagster/asset_partition_range_end"] == "bulk_039"
    assert harness.query("SELECT count(*) FROM documents")[0][0] == 42


def test_lost_cursor_resyncs_without_duplicates(harness: Harness) -> None:
    harness.tick()
    harness.cursor = None  # e.g. the sensor was reset
    result = harness.evaluate()
    # Every seed already has its partition: the cursor rebuilds, the files re-run once as changed
    # is not claimed; nothing is added twice.
    assert not any(
        isinstance(r, dg.AddDynamicPartitionsRequest) for r in result.dynamic_partitions_requests or []
    )


def test_several_changes_rebuild_the_cross_document_assets_once(harness: Harness) -> None:
    harness.tick()
    for name, value in (("seed_a", "nearly 301"), ("seed_b", "About 121")):
        path = harness.seeds / f"{name}.txt"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("nearly 300", value).replace("About 120", value), encoding="utf-8")
    (harness.seeds / "seed_c.txt").write_text(SECOND.replace("About 120", "About 150"), encoding="utf-8")
    result = harness.evaluate()
    runs = list(result.run_requests or [])
    # One run per changed document, then the added range; only the last (queued after the others
    # by its lower priority) also rebuilds entities, metric_timeseries and the review pages.
    assert [r.job_name for r in runs] == ["process_documents", "process_documents", "update_documents"]
    assert [r.partition_key for r in runs[:2]] == ["seed_a", "seed_b"]
    assert runs[2].tags["dagster/asset_partition_range_start"] == "seed_c"
    assert [r.tags.get("dagster/priority") for r in runs] == [None, None, "-1"]


def test_a_new_sensor_takes_the_warehouse_as_seen(harness: Harness) -> None:
    """After `pipelines run` (or a lost cursor), documents already in the warehouse at the same
    content are not processed again; a file that differs from its warehouse version is."""
    harness.tick()
    harness.cursor = None
    assert not harness.evaluate().run_requests
    harness.cursor = None
    path = harness.seeds / "seed_b.txt"
    path.write_text(SECOND.replace("About 120", "About 125"), encoding="utf-8")
    runs = list(harness.evaluate().run_requests or [])
    assert [(r.job_name, r.partition_key) for r in runs] == [("update_documents", "seed_b")]


def test_scan_reads_only_files_whose_identity_changed(tmp_path: Path) -> None:
    from pipelines.seedscan import HashCache, fingerprint

    for i in range(3):
        (tmp_path / f"f{i}.txt").write_text(f"release {i}", encoding="utf-8")
    cache = HashCache()
    first = cache.snapshot(tmp_path)
    assert cache.hashed == 3 and first["f0"] == fingerprint(tmp_path / "f0.txt")
    assert cache.snapshot(tmp_path) == first and cache.hashed == 0
    # Same size, and the modification time put back: the change time still moves.
    f1 = tmp_path / "f1.txt"
    st = f1.stat()
    f1.write_text("release X", encoding="utf-8")
    os.utime(f1, ns=(st.st_atime_ns, st.st_mtime_ns))
    second = cache.snapshot(tmp_path)
    assert cache.hashed == 1 and second["f1"] != first["f1"] and second["f0"] == first["f0"]
    (tmp_path / "f2.txt").unlink()
    assert set(cache.snapshot(tmp_path)) == {"f0", "f1"} and cache.hashed == 0


def test_a_file_deleted_during_a_look_is_removed_not_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder is listed, then each file is read: a file deleted in between is gone (as the
    next look would see it), not a document whose content became "unreadable"."""
    from pipelines import seedscan

    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"release {name}", encoding="utf-8")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    cache = seedscan.HashCache()
    before = cache.snapshot(tmp_path)
    assert before["broken"].startswith("unreadable:")  # a broken link stays a (rejected) document

    real_stat = os.stat

    def stat_after_delete(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(path).endswith("b.txt"):
            Path(path).unlink(missing_ok=True)  # deleted just after the listing
        return real_stat(path, *args, **kwargs)

    (tmp_path / "b.txt").write_text("release b, changed", encoding="utf-8")  # forces a re-read
    monkeypatch.setattr(seedsource.os, "stat", stat_after_delete)
    after = cache.snapshot(tmp_path)
    assert set(after) == {"a", "broken"}
    assert seedscan.diff(before, after) == seedscan.SeedDiff(added=[], changed=[], removed=["b"])
