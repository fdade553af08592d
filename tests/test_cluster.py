"""Extraction on a real Dask cluster (a `dask scheduler` and two `dask worker` processes on
127.0.0.1, started and stopped here): the cluster build equals the local build row for row, into
a local folder and onto an S3 warehouse (moto in server mode, its own process) that the workers
write to, and a worker killed mid-run (SIGKILL) costs a retry, never a wrong or missing row."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import pytest
from pyarrow.fs import FileSelector

from benchmarks.generate import TRUTH_FILE, generate_corpus
from pipelines import executors, stages
from pipelines.defs.resources import WarehouseResource
from pipelines.materialize import materialize_all
from pipelines.objectstore import s3_filesystem
from pipelines.runner import build_warehouse
from pipelines.storage import Warehouse
from tests.conftest import shared_corpus
from tests.test_crash import published

distributed = pytest.importorskip("distributed", reason="the `cluster` extra (dask[distributed]) is absent")
from pipelines import loopback  # noqa: E402

pytestmark = pytest.mark.cluster
MAX_BYTES = 1 << 24


@pytest.fixture(scope="module")
def s3_port() -> Iterator[int]:
    """moto's S3 server, and the AWS variables pointing at it, set before the workers start (they
    inherit them: each worker writes its buckets with its own S3 client)."""
    with loopback.moto_server() as port, pytest.MonkeyPatch.context() as mp:
        for key, value in loopback.s3_environ(port).items():
            mp.setenv(key, value)
        yield port


@pytest.fixture(scope="module")
def cluster(s3_port: int) -> Iterator[loopback.DaskCluster]:
    assert os.environ["AWS_ENDPOINT_URL"].endswith(f":{s3_port}")
    with loopback.dask_cluster(2) as c:
        yield c
        executors.close_clients()


def _dagster_build(seeds: Path | str, warehouse: Path, uri: str = "") -> None:
    resource = WarehouseResource(
        seeds_dir=str(seeds), warehouse_dir=str(warehouse), warehouse_uri=uri, max_seed_bytes=MAX_BYTES
    )
    with dg.instance_for_test() as instance:
        assert all(r.success for r in materialize_all(instance, resource, log_level="WARNING"))


@pytest.fixture(scope="module")
def labelled_local(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict]]:
    """The labelled corpus built through Dagster with local processes: every table's rows."""
    docs = shared_corpus() / "docs"
    out = tmp_path_factory.mktemp("labelled") / "local"
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv(executors.SCHEDULER_ENV, raising=False)
        _dagster_build(docs, out)
    rows = published(Warehouse(out))
    assert rows["metrics"] and rows["people"]
    return rows


def _task_names(stream: list[dict]) -> set[str]:
    return {str(t["key"]).split("-", 1)[0] for t in stream}


def _cluster_build(
    address: str, docs: Path | str, warehouse: Path, uri: str = ""
) -> tuple[Warehouse, list[dict]]:
    with distributed.get_task_stream(executors.client(address)) as stream:
        _dagster_build(docs, warehouse, uri)
    return Warehouse(uri or warehouse, local_dir=warehouse), stream.data


def _ran_every_step_on_the_cluster(stream: list[dict]) -> None:
    """Reading seeds, then the four extraction steps."""
    names = _task_names(stream)
    assert {"_stage_chunk", "_run_chunk"} <= names, names
    assert sum(str(t["key"]).startswith("_run_chunk") for t in stream) >= 4


def test_cluster_build_of_the_labelled_corpus_equals_the_local_build(
    cluster: loopback.DaskCluster,
    labelled_local: dict[str, list[dict]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(executors.SCHEDULER_ENV, cluster.address)
    wh, stream = _cluster_build(cluster.address, shared_corpus() / "docs", tmp_path / "cluster")
    _ran_every_step_on_the_cluster(stream)
    remote = published(wh)
    assert labelled_local.keys() == remote.keys()
    for table in labelled_local:
        assert remote[table] == labelled_local[table], table


def test_cluster_build_onto_s3_equals_the_local_build(
    cluster: loopback.DaskCluster,
    s3_port: int,
    labelled_local: dict[str, list[dict]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Nothing shared but S3: the workers read the seeds from s3://, stage them under the
    warehouse URI and commit their buckets to S3; the run publishes from that staging; the local
    folder keeps no Parquet file. Every row equals the local build (documents name their
    objects instead of the files)."""
    bucket = loopback.new_bucket(s3_port)
    uri, seeds_uri = f"s3://{bucket}/warehouse", f"s3://{bucket}/seeds"
    docs = shared_corpus() / "docs"
    fs = s3_filesystem()
    for path in sorted(docs.iterdir()):
        with fs.open_output_stream(f"{bucket}/seeds/{path.name}") as out:
            out.write(path.read_bytes())
    monkeypatch.setenv(executors.SCHEDULER_ENV, cluster.address)
    staged: list[str] = []
    real_write = stages.Staging.write

    def spy(self: stages.Staging, doc_id: str, data: object) -> None:  # only in this process
        staged.append(self.location)
        real_write(self, doc_id, data)

    monkeypatch.setattr(stages.Staging, "write", spy)
    wh, stream = _cluster_build(cluster.address, seeds_uri, tmp_path / "local", uri)
    _ran_every_step_on_the_cluster(stream)
    assert not staged, "seeds were read in the run's process, not on the workers"
    remote = published(wh)
    for row in remote["documents"]:
        assert row["source_path"].startswith(f"{seeds_uri}/")
        # the local build stores the seeds folder resolved (../shared may be a symlink)
        row["source_path"] = str(docs.resolve() / row["source_path"].rsplit("/", 1)[1])
    assert labelled_local.keys() == remote.keys()
    for table in labelled_local:
        assert remote[table] == labelled_local[table], table
    with wh.connect() as con:  # and DuckDB over s3:// shows them
        assert con.execute("SELECT count(*) FROM metrics").fetchone() == (len(labelled_local["metrics"]),)
    assert not list((tmp_path / "local").rglob("*.parquet"))
    staging = f"{bucket}/warehouse/{stages.STAGING}"
    left = fs.get_file_info(FileSelector(staging, recursive=True, allow_not_found=True))
    assert not [i.path for i in left if i.is_file], "staging left on S3"


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
