"""`make cluster-demo`: a Dask scheduler and two workers on 127.0.0.1, the warehouse built from
SEEDS_DIR through them (Dagster orchestrating, the per-document steps on the cluster), the
`metric_timeseries` summary printed from DuckDB, everything it started stopped.

    python scripts/cluster_demo.py [--workers 2] [--compare]

The warehouse is local (WAREHOUSE_DIR, default a temporary folder): the S3 warehouse
(WAREHOUSE_URI) is not on this branch. `--compare` also times the extraction library
(`runner.build_warehouse`) locally and through the cluster on the same seeds.
"""

from __future__ import annotations

import argparse
import logging
import os
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


def _library(seeds: Path, out: Path) -> float:
    from pipelines.runner import build_warehouse

    t = time.perf_counter()
    build_warehouse(seeds, out, max_bytes=20 << 20)
    return time.perf_counter() - t


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
    warehouse = Path(os.environ.get("WAREHOUSE_DIR_DEMO", work / "warehouse"))
    print(f"seeds: {seeds} ({n} files); warehouse: {warehouse} (local: no S3 on this branch)")
    import dagster as dg

    from pipelines.defs.resources import WarehouseResource
    from pipelines.materialize import materialize_all
    from pipelines.storage import Warehouse

    local_s = _library(seeds, work / "local") if args.compare else None
    with loopback.dask_cluster(args.workers, log_dir=work / "logs") as cluster:
        os.environ[executors.SCHEDULER_ENV] = cluster.address
        pids = [w.pid for w in cluster.workers]
        print(f"dask scheduler {cluster.address}, {args.workers} workers (pids {pids})")
        resource = WarehouseResource(
            seeds_dir=str(seeds), warehouse_dir=str(warehouse), max_seed_bytes=20 << 20
        )
        (work / "dagster_home").mkdir()
        with dg.instance_for_test(temp_dir=str(work / "dagster_home")) as instance:
            t = time.perf_counter()
            results = materialize_all(instance, resource, log_level="WARNING")
            secs = time.perf_counter() - t
        assert all(r.success for r in results)
        print(f"Dagster build through the cluster: {secs:.1f} s, {n / secs:.1f} docs/s")
        cluster_s = _library(seeds, work / "cluster-lib") if args.compare else None
        executors.close_clients()
        os.environ.pop(executors.SCHEDULER_ENV)
    print("dask scheduler and workers stopped")
    if local_s and cluster_s:
        print(
            f"library build, local processes: {local_s:.1f} s ({n / local_s:.1f} docs/s); "
            f"through the cluster: {cluster_s:.1f} s ({n / cluster_s:.1f} docs/s)"
        )
    with Warehouse(warehouse).connect() as con:
        rows = con.execute(SUMMARY).fetchall()
    print("\nmetric_timeseries summary (DuckDB):")
    print(f"{'metric':32} {'points':>7} {'subjects':>9}  latest")
    for metric, points, subjects, latest in rows:
        print(f"{metric:32} {points:>7} {subjects:>9}  {latest}")


if __name__ == "__main__":
    main()
