"""Writers of one S3 warehouse on several machines (each machine has its own file locks, so only
S3 can order them): a commit that lost the race is run again instead of dropping the other
writer's files, leases (`WAREHOUSE_LOCK=s3`) queue writers, and a dead holder's lease is taken
over. Against moto in server mode on loopback (a real HTTP server in its own process)."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pytest

from pipelines.objectstore import S3Store
from pipelines.s3conditional import S3Lease, S3Leases, S3Requests
from pipelines.schemas import DOCUMENTS, arrow_schema
from pipelines.storage import Warehouse

pytestmark = pytest.mark.cluster

ROOT = Path(__file__).resolve().parents[1]


def _rows(*doc_ids: str) -> pa.Table:
    rows = [
        {"doc_id": d, "source_path": f"{d}.txt", "content_sha256": d, "n_bytes": 1, "status": "ok"}
        for d in doc_ids
    ]
    return pa.Table.from_pylist(rows, schema=arrow_schema(DOCUMENTS))


def _machine(uri: str, tmp_path: Path, name: str) -> Warehouse:
    """A writer as on its own machine: its file locks are its own."""
    return Warehouse(uri, local_dir=tmp_path / name)


def _race(a: Warehouse, b: Warehouse, monkeypatch: pytest.MonkeyPatch) -> None:
    """`a` writes document a1; between its snapshot and its commit, `b` commits b1."""
    fired: list[str] = []

    def b_commits_first(key: str) -> None:
        if not fired:
            fired.append(key)
            b.replace_documents(DOCUMENTS, ["b1"], _rows("b1"))

    monkeypatch.setattr(S3Store, "on_object_written", b_commits_first)
    a.replace_documents(DOCUMENTS, ["a1"], _rows("a1"))
    monkeypatch.setattr(S3Store, "on_object_written", None)
    assert fired


def test_a_commit_that_lost_the_race_is_run_again(
    s3_uri: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = _machine(s3_uri, tmp_path, "a"), _machine(s3_uri, tmp_path, "b")
    _race(a, b, monkeypatch)
    assert a.document_ids(DOCUMENTS) == {"a1", "b1"}
    assert a.store.conflicts == 1 and b.store.conflicts == 0  # type: ignore[union-attr]


def test_without_the_guard_the_race_loses_a_writers_rows(
    s3_port: int, s3_uri: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The control: the same race with unconditional manifest PUTs drops b1 (what the guard
    prevents, and what the test above would catch)."""
    unconditional = S3Requests.put

    def put(self: S3Requests, path: str, body: bytes, *, expected: str | None) -> str:
        current = self.head(path)
        return unconditional(self, path, body, expected=current[0] if current else None)

    monkeypatch.setattr(S3Requests, "put", put)
    a, b = _machine(s3_uri, tmp_path, "a"), _machine(s3_uri, tmp_path, "b")
    _race(a, b, monkeypatch)
    assert a.document_ids(DOCUMENTS) == {"a1"}


def _writer(uri: str, local: str, prefix: str, n: int, lock: str, env: dict[str, str]) -> int:
    """One machine's writer process: n commits of its own documents; returns its conflicts."""
    os.environ.update(env | {"WAREHOUSE_LOCK": lock})
    wh = Warehouse(uri, local_dir=Path(local))
    for i in range(n):
        doc = f"{prefix}{i}"
        wh.replace_documents(DOCUMENTS, [doc], _rows(doc))
    return int(wh.store.conflicts)  # type: ignore[union-attr]


@pytest.mark.parametrize("lock", ["file", "s3"])
def test_writers_on_two_machines_lose_nothing(
    s3_uri: str, tmp_path: Path, lock: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two processes with separate file locks (two machines) commit 12 documents each to one
    table at once. Every document is there either way; with leases nobody redoes a commit."""
    env = {k: v for k, v in os.environ.items() if k.startswith("AWS_")}
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        jobs = [pool.apply_async(_writer, (s3_uri, str(tmp_path / m), m, 12, lock, env)) for m in ("p", "q")]
        results = [j.get(timeout=300) for j in jobs]
    expected = {f"{m}{i}" for m in ("p", "q") for i in range(12)}
    assert Warehouse(s3_uri, local_dir=tmp_path / "reader").document_ids(DOCUMENTS) == expected
    print(f"lock={lock}: conflicts per writer {results}")
    if lock == "s3":
        assert results == [0, 0]


HOLDER = """
import sys, time
from pipelines.s3conditional import S3Lease
lease = S3Lease(sys.argv[1], ttl=float(sys.argv[2]))
lease.acquire()
print("held", flush=True)
time.sleep(600)
"""


def test_a_live_holder_keeps_its_lease_and_a_dead_ones_is_taken_over(s3_uri: str, tmp_path: Path) -> None:
    path = S3Leases(s3_uri)("documents").path
    ttl = 2.0
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, path, str(ttl)],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        waiting = S3Lease(path, ttl=ttl, timeout=3 * ttl)  # past the ttl: renewals keep it held
        with pytest.raises(TimeoutError):
            waiting.acquire()
        holder.send_signal(signal.SIGKILL)  # dies holding it: no release, no more renewals
        holder.wait()
        killed = time.monotonic()
        with S3Lease(path, ttl=ttl, timeout=30) as lease:
            assert time.monotonic() - killed < ttl + 5
            assert lease.etag is not None
        assert S3Requests().head(path) is None  # released by deleting it
    finally:
        holder.kill()
        holder.wait()
