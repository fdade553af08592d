"""The library build of N generated releases into a local folder, onto S3 (moto's server on
loopback, started and stopped here), and onto S3 with the seeds read from S3 too, and one query
through each: `python -m benchmarks.s3_build --n 1000 --out /tmp/s3bench`. Needs the `cluster`
extra (moto[server])."""

from __future__ import annotations

import argparse
import os
import shutil
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.generate import generate_corpus
from pipelines.objectstore import s3_filesystem
from pipelines.runner import build_warehouse
from pipelines.storage import Warehouse
from tests.s3server import moto_server, new_bucket, s3_environ

QUERY = "SELECT count(*) FROM metric_timeseries"


def _timed_query(wh: Warehouse) -> tuple[float, int]:
    began = time.perf_counter()
    with wh.connect() as con:
        (n,) = con.execute(QUERY).fetchone()  # type: ignore[misc]
    return time.perf_counter() - began, int(n)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--n", type=int, default=1000)
    p.add_argument("--out", type=Path, default=Path("/tmp/s3bench"))
    args = p.parse_args(argv)
    shutil.rmtree(args.out, ignore_errors=True)
    seeds = args.out / "seeds"
    generate_corpus(seeds, args.n, seed=5)
    (seeds / "_truth.jsonl").unlink()
    began = time.perf_counter()
    build_warehouse(seeds, args.out / "local", max_bytes=1 << 24)
    local = time.perf_counter() - began
    print(f"local: {args.n} files in {local:.1f} s, {args.n / local:.1f} docs/s", flush=True)
    with moto_server() as port:
        os.environ.update(s3_environ(port))
        uri = f"s3://{new_bucket(port)}/warehouse"
        began = time.perf_counter()
        build_warehouse(seeds, uri, max_bytes=1 << 24, local_dir=args.out / "s3-local")
        s3 = time.perf_counter() - began
        print(f"s3:    {args.n} files in {s3:.1f} s, {args.n / s3:.1f} docs/s ({s3 / local:.2f}x)")
        bucket = new_bucket(port)
        fs = s3_filesystem()
        for path in sorted(seeds.iterdir()):
            with fs.open_output_stream(f"{bucket}/seeds/{path.name}") as out:
                out.write(path.read_bytes())
        began = time.perf_counter()
        build_warehouse(f"s3://{bucket}/seeds", f"s3://{bucket}/warehouse", max_bytes=1 << 24,
                        local_dir=args.out / "s3-seeds-local")  # fmt: skip
        both = time.perf_counter() - began
        print(f"s3 seeds + s3 warehouse: {args.n} files in {both:.1f} s, {args.n / both:.1f} docs/s "
              f"({both / local:.2f}x)")  # fmt: skip
        remote = Warehouse(uri, local_dir=args.out / "s3-local")
        for name, wh in (("local", Warehouse(args.out / "local")), ("s3", remote)):
            seconds, n = _timed_query(wh)
            print(f"{name}: connect + `{QUERY}` = {n} in {seconds * 1000:.0f} ms")
    print(f"load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
