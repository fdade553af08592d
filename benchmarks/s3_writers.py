"""What ordering writers through S3 costs: commits of one table on moto's server on loopback
(started and stopped here), by one writer and by writers on "separate machines" (processes with
their own file locks), with file locks (conditional manifest PUTs only) and with S3 leases
(`WAREHOUSE_LOCK=s3`). `python -m benchmarks.s3_writers --commits 40 --writers 1,2,4`. Needs the
`cluster` extra (moto[server])."""

from __future__ import annotations

import argparse
import multiprocessing
import os
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import pyarrow as pa

from pipelines.schemas import DOCUMENTS, arrow_schema
from pipelines.storage import Warehouse
from tests.s3server import moto_server, new_bucket, s3_environ


def _rows(doc_id: str) -> pa.Table:
    row = {"doc_id": doc_id, "source_path": doc_id, "content_sha256": doc_id, "n_bytes": 1, "status": "ok"}
    return pa.Table.from_pylist([row], schema=arrow_schema(DOCUMENTS))


def _writer(uri: str, name: str, commits: int, lock: str, env: dict[str, str]) -> tuple[int, float]:
    os.environ.update(env | {"WAREHOUSE_LOCK": lock})
    wh = Warehouse(uri, local_dir=Path(tempfile.mkdtemp(prefix=f"machine-{name}-")))
    wh.replace_documents(DOCUMENTS, [f"{name}-warm"], _rows(f"{name}-warm"))  # client, first GET
    began = time.perf_counter()
    for i in range(commits):
        wh.replace_documents(DOCUMENTS, [f"{name}-{i}"], _rows(f"{name}-{i}"))
    return int(wh.store.conflicts), time.perf_counter() - began  # type: ignore[union-attr]


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--commits", type=int, default=40, help="commits per writer")
    p.add_argument("--writers", default="1,2,4", help="numbers of concurrent writers")
    args = p.parse_args(argv)
    ctx = multiprocessing.get_context("spawn")
    print("| lock | writers | commits | wall s | ms per commit (all writers) | conflicts (re-run commits) |")
    print("|---|---|---|---|---|---|")
    with moto_server() as port:
        env = s3_environ(port)
        os.environ.update(env)
        for n in [int(x) for x in args.writers.split(",")]:
            for lock in ("file", "s3"):
                uri = f"s3://{new_bucket(port)}/warehouse"
                with ctx.Pool(n) as pool:
                    jobs = [
                        pool.apply_async(_writer, (uri, f"w{i}", args.commits, lock, env)) for i in range(n)
                    ]
                    results = [j.get(timeout=1800) for j in jobs]
                wall = max(r[1] for r in results)
                total = n * args.commits
                found = Warehouse(uri, local_dir=Path(tempfile.mkdtemp())).document_ids(DOCUMENTS)
                assert len(found) == total + n, f"lost commits: {total + n - len(found)}"
                conflicts = sum(r[0] for r in results)
                print(f"| {lock} | {n} | {total} | {wall:.2f} | {1000 * wall / total:.1f} | {conflicts} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
