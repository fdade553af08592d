"""Extraction on a real Dask cluster (a `dask scheduler` and two `dask worker` processes on
127.0.0.1, started and stopped here): the cluster build equals the local build row for row, and a
worker killed mid-run (SIGKILL) costs a retry, never a wrong or missing row."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import dagster as dg
import pytest

from benchmarks.generate import TRUTH_FILE, generate_corpus
from pipelines import executors
from pipelines.defs.resources import WarehouseResource
from pipelines.materialize import materialize_all
from pipelines.runner import build_warehouse
from pipelines.storage import Warehouse
from tests.conftest import shared_corpus
from tests.test_crash import published

distributed = pytest.importorskip("distributed", reason="the `cluster` extra (dask[distributed]) is absent")
from pipelines import loopback  # noqa: E402

pytestmark = pytest.mark.cluster
MAX_BYTES = 1 << 24


@pytest.fixture(scope="module")
def cluster():
    with loopback.dask_cluster(2) as c:
        yield c
        executors.close_clients()


def _dagster_build(seeds: Path, warehouse: Path) -> None:
    resource = WarehouseResource(seeds_dir=str(seeds), warehouse_dir=str(warehouse), max_seed_bytes=MAX_BYTES)
    with dg.instance_for_test() as instance:
        assert all(r.success for r in materialize_all(instance, resource, log_level="WARNING"))


def _task_names(stream: list[dict]) -> set[str]:
    return {str(t["key"]).split("-", 1)[0] for t in stream}


def test_cluster_build_of_the_labelled_corpus_equals_the_local_build(
    cluster: loopback.DaskCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = shared_corpus() / "docs"
    monkeypatch.delenv(executors.SCHEDULER_ENV, raising=False)
    _dagster_build(docs, tmp_path / "local")
    monkeypatch.setenv(executors.SCHEDULER_ENV, cluster.address)
    with distributed.get_task_stream(executors.client(cluster.address)) as stream:
        _dagster_build(docs, tmp_path / "cluster")
    # Every per-document step ran on the cluster: reading seeds, then the four extraction steps.
    names = _task_names(stream.data)
    assert {"_stage_chunk", "_run_chunk"} <= names, names
    assert sum(str(t["key"]).startswith("_run_chunk") for t in stream.data) >= 4
    local, remote = published(Warehouse(tmp_path / "local")), published(Warehouse(tmp_path / "cluster"))
    assert local.keys() == remote.keys()
    for table in local:
        assert remote[table] == local[table], table
    assert local["metrics"] and local["people"]


def _workers_by_name(client: distributed.Client) -> dict[str, str]:
    return {str(w["name"]): addr for addr, w in client.scheduler_info()["workers"].items()}


def test_a_worker_killed_mid_run_costs_a_retry_not_a_row(
    cluster: loopback.DaskCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = tmp_path / "seeds"
    generate_corpus(seeds, 400, seed=3)
    (seeds / TRUTH_FILE).unlink()
    monkeypatch.delenv(executors.SCHEDULER_ENV, raising=False)
    build_warehouse(seeds, tmp_path / "local", max_bytes=MAX_BYTES)

    monkeypatch.setenv(executors.SCHEDULER_ENV, cluster.address)
    errors: list[BaseException] = []

    def build() -> None:
        try:
            build_warehouse(seeds, tmp_path / "cluster", max_bytes=MAX_BYTES)
        except BaseException as e:  # reported by the test thread
            errors.append(e)

    watcher = distributed.Client(cluster.address, set_as_default=False)
    victim = _workers_by_name(watcher)["worker-1"]
    survivor = _workers_by_name(watcher)["worker-0"]
    held: list[str] = []

    def victim_busy() -> bool:
        held[:] = [str(k) for k in watcher.processing().get(victim, ()) if str(k).startswith("_run_chunk")]
        return bool(held)

    thread = threading.Thread(target=build)
    try:
        with distributed.get_task_stream(watcher) as stream:
            thread.start()
            # Mid-run: the victim holds an extraction task (the seeds have been read).
            assert loopback.wait_until(victim_busy, timeout=120, every=0.01), "worker-1 never got a task"
            cluster.kill_worker(1)
            thread.join(timeout=300)
        assert not thread.is_alive() and not errors, errors
        assert list(_workers_by_name(watcher)) == ["worker-0"]
    finally:
        thread.join(timeout=300)
        watcher.close()
    # What the victim held when it died was done again by the survivor.
    redone = {str(t["key"]) for t in stream.data if t["worker"] == survivor}
    assert redone & set(held), (held, "not re-run on worker-0")
    local, remote = published(Warehouse(tmp_path / "local")), published(Warehouse(tmp_path / "cluster"))
    for table in local:
        assert remote[table] == local[table], table
    assert len(local["documents"]) == 400
    shutil.rmtree(tmp_path / "cluster", ignore_errors=True)
