"""`make cluster-demo`: on 127.0.0.1, moto's S3 server, a Dask scheduler and two workers; the
warehouse built from SEEDS_DIR onto s3:// through them (Dagster orchestrating, the per-document
steps on the cluster, the workers writing their buckets to S3); the `metric_timeseries` summary
printed from DuckDB reading s3://; everything it started stopped, also on error or Ctrl-C.

    python scripts/cluster_demo.py [--workers 2] [--compare]

WAREHOUSE_URI and the AWS_* variables are set here to the moto server and a fresh bucket (an
existing WAREHOUSE_URI is not used: the demo writes only to the server it started);
WAREHOUSE_DIR_DEMO (default: a temporary folder) holds the local by-products. `--compare` also
times the extraction library (`runner.build_warehouse`) locally into a folder and through the
cluster onto S3, on the same seeds.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipelines import executors, loopback  # noqa: E402
from pipelines.stages import list_seeds  # noqa: E402

SUMMARY = """
SELECT metric, count(*) AS points, count(DISTINCT subject) AS subjects, max(as_of) AS latest
FROM metric_timeseries GROUP BY metric ORDER BY points DESC, metric LIMIT 15
"""


def _library(seeds: Path, out: Path | str, local_dir: Path | None = None) -> float:
    from pipelines.runner import build_warehouse

    t = time.perf_counter()
    build_warehouse(seeds, out, max_bytes=20 << 20, local_dir=local_dir)
    return time.perf_counter() - t


def _rate(n: int, secs: float) -> str:
    return f"{secs:.1f} s, {n / secs:.1f} docs/s"


def main() -> None:
    parser = argparse.ArgumentParser(prog="cluster_demo")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--compare", action="store_true")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    logging.getLogger("dagster").setLevel(logging.WARNING)
    seeds = Path(os.environ.get("SEEDS_DIR", ROOT / "seeds")).resolve()
    n = len(list_seeds(seeds))
    work = Path(tempfile.mkdtemp(prefix="cluster-demo-"))
    local = Path(os.environ.get("WAREHOUSE_DIR_DEMO", work / "warehouse"))
    started = time.perf_counter()
    try:
        run(args, seeds, n, work, local)
    finally:
        executors.close_clients()
        os.environ.pop(executors.SCHEDULER_ENV, None)
        print(f"\nmoto, dask scheduler and workers stopped; total {time.perf_counter() - started:.1f} s")
        if "WAREHOUSE_DIR_DEMO" not in os.environ:
            shutil.rmtree(work, ignore_errors=True)


def run(args: argparse.Namespace, seeds: Path, n: int, work: Path, local: Path) -> None:
    import dagster as dg

    from pipelines.defs.resources import WarehouseResource
    from pipelines.materialize import materialize_all
    from pipelines.storage import Warehouse

    local_s = _library(seeds, work / "local") if args.compare else None
    with loopback.moto_server(log=work / "moto.log") as port:
        # Set before the workers start: they inherit the variables and make their own S3 clients.
        os.environ.update(loopback.s3_environ(port))
        uri = f"s3://{loopback.new_bucket(port, 'demo')}/warehouse"
        os.environ["WAREHOUSE_URI"] = uri
        print(f"seeds: {seeds} ({n} files)")
        print(f"S3 (moto) on 127.0.0.1:{port}; warehouse: {uri}; local by-products: {local}")
        with loopback.dask_cluster(args.workers, log_dir=work / "logs") as cluster:
            os.environ[executors.SCHEDULER_ENV] = cluster.address
            pids = [w.pid for w in cluster.workers]
            print(f"dask scheduler {cluster.address}, {args.workers} workers (pids {pids})")
            resource = WarehouseResource(
                seeds_dir=str(seeds), warehouse_dir=str(local), warehouse_uri=uri, max_seed_bytes=20 << 20
            )
            (work / "dagster_home").mkdir(exist_ok=True)
            with dg.instance_for_test(temp_dir=str(work / "dagster_home")) as instance:
                t = time.perf_counter()
                results = materialize_all(instance, resource, log_level="WARNING")
                secs = time.perf_counter() - t
            if not all(r.success for r in results):
                raise SystemExit("the Dagster build failed (see the output above)")
            print(f"Dagster build through the cluster onto S3: {_rate(n, secs)}")
            if args.compare:
                lib_uri = f"s3://{loopback.new_bucket(port, 'lib')}/warehouse"
                cluster_s = _library(seeds, lib_uri, work / "cluster-lib")
                assert local_s is not None
                print(f"library build, local processes into a folder: {_rate(n, local_s)}")
                print(f"library build, through the cluster onto S3:   {_rate(n, cluster_s)}")
            executors.close_clients()
            os.environ.pop(executors.SCHEDULER_ENV)
        # DuckDB reading the views' sources from s3:// (the manifests, then the objects they name).
        t = time.perf_counter()
        with Warehouse(uri, local_dir=local).connect() as con:
            rows = con.execute(SUMMARY).fetchall()
            total = con.execute("SELECT count(*) FROM metric_timeseries").fetchone()[0]
        print(f"\nmetric_timeseries from {uri} (DuckDB, {time.perf_counter() - t:.2f} s): {total} rows")
        print(f"{'metric':32} {'points':>7} {'subjects':>9}  latest")
        for metric, points, subjects, latest in rows:
            print(f"{metric:32} {points:>7} {subjects:>9}  {latest}")


if __name__ == "__main__":
    main()
