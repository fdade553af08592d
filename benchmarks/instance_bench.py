"""Dagster instance storage under a range run: the batching SQLite event log against PostgreSQL.

    python -m benchmarks.instance_bench [--partitions 10000] [--assets 8] [--storages sqlite,postgres]

A synthetic job of `--assets` trivial chained assets, dynamically partitioned like the documents,
with the single-run backfill policy, run once over every partition (what a bulk build costs
Dagster: one planned event per asset and one materialization per asset per partition). PostgreSQL
is a real server started on 127.0.0.1 for the measurement (`pipelines.loopback`) and stopped after.
Prints one line per storage: seconds to add the partitions, seconds for the run, ms per event.
"""

import argparse
import os
import tempfile
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

import dagster as dg

from pipelines.dagster_storage import enable_event_batching

PARTS = dg.DynamicPartitionsDefinition(name="docs")
BATCHING = {"module": "pipelines.dagster_storage", "class": "BatchingSqliteEventLogStorage", "config": {}}


def _assets(n: int) -> list[dg.AssetsDefinition]:
    out: list[dg.AssetsDefinition] = []
    for i in range(n):

        @dg.asset(
            name=f"a{i}",
            deps=[f"a{i - 1}"] if i else [],
            partitions_def=PARTS,
            backfill_policy=dg.BackfillPolicy.single_run(),
        )
        def _a(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
            return dg.MaterializeResult(metadata={"documents_processed": len(context.partition_keys)})

        out.append(_a)
    return out


@contextmanager
def _instance(storage: str) -> Iterator[dg.DagsterInstance]:
    with tempfile.TemporaryDirectory() as home:
        if storage.startswith("postgres"):
            from pipelines import loopback
            from pipelines.instance import postgres_blocks

            with loopback.postgres_server() as pg:
                url = {"postgres_url": pg.url}
                stock = {"storage": {"postgres": url}}
                overrides = stock if storage == "postgres-stock" else postgres_blocks(url)
                with dg.instance_for_test(temp_dir=home, overrides=overrides) as instance:
                    yield instance
            return
        overrides = {"event_log_storage": BATCHING} if storage == "sqlite" else None
        with dg.instance_for_test(temp_dir=home, overrides=overrides) as instance:
            yield instance


def measure(storage: str, partitions: int, assets: int) -> dict[str, float]:
    keys = [f"doc_{i:07d}" for i in range(partitions)]
    job = dg.Definitions(assets=_assets(assets), jobs=[dg.define_asset_job("all")]).resolve_job_def("all")
    with _instance(storage) as instance:
        t = time.perf_counter()
        instance.add_dynamic_partitions(PARTS.name, keys)
        added = time.perf_counter() - t
        t = time.perf_counter()
        result = job.execute_in_process(
            instance=instance,
            tags={
                "dagster/asset_partition_range_start": keys[0],
                "dagster/asset_partition_range_end": keys[-1],
            },
            run_config={"loggers": {"console": {"config": {"log_level": "WARNING"}}}},
        )
        run = time.perf_counter() - t
        assert result.success
        stored = len(instance.get_materialized_partitions(dg.AssetKey(f"a{assets - 1}")))
        assert stored == partitions, stored
        kind = type(instance.event_log_storage).__name__
    events = partitions * assets
    return {"storage": kind, "add_s": added, "run_s": run, "ms_per_event": 1000 * run / events}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.instance_bench")
    parser.add_argument("--partitions", type=int, default=10_000)
    parser.add_argument("--assets", type=int, default=8)
    kinds = "sqlite (batching), stock, postgres (batching), postgres-stock"
    parser.add_argument("--storages", default="sqlite,postgres", help=kinds)
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore")
    os.environ.pop("DAGSTER_HOME", None)
    enable_event_batching()
    for storage in args.storages.split(","):
        r = measure(storage, args.partitions, args.assets)
        print(
            f"{storage:9} {r['storage']:32} partitions {args.partitions} x {args.assets} assets: "
            f"add {r['add_s']:.1f} s, range run {r['run_s']:.1f} s, {r['ms_per_event']:.3f} ms/event",
            flush=True,
        )


if __name__ == "__main__":
    main()
