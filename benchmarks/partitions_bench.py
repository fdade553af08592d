"""Per-document partitions against PARTITION_BY=bucket on a large seeds folder.

    python -m benchmarks.partitions_bench SEEDS_DIR [--modes document,bucket]

Each mode runs in a fresh interpreter (the partitions are chosen at import) with a fresh
DAGSTER_HOME (the project's dagster.yaml) and measures, with the real definitions:
- the seeds sensor: first tick (every file new), applying its partition requests, a tick with
  nothing changed, a tick with one file changed;
- run planning: `create_run_for_job` (execution plan + run + planned events) for the range run
  over every partition, and for one partition;
- the asset page: the GraphQL query of the `metrics` asset page's partition panel (keys, stats,
  statuses), through the code server the webserver uses.
Nothing is materialised (a 100,000-file build is ~15 minutes of this machine), so the page
figure is that of registered, not materialised, partitions.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ASSET_PAGE = """
query AssetPage {
  assetNodeOrError(assetKey: {path: ["metrics"]}) {
    ... on AssetNode {
      id
      partitionKeysByDimension { name partitionKeys }
      partitionStats { numMaterialized numMaterializing numFailed numPartitions }
      assetPartitionStatuses {
        __typename
        ... on DefaultPartitionStatuses { materializedPartitions failedPartitions }
      }
    }
  }
}
"""


def _timed(fn, what: str = ""):  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    out = fn()
    secs = time.perf_counter() - t
    if what:  # progress on stderr: at 100,000 files a stage can take minutes
        mode = os.environ.get("PARTITION_BY", "document")
        print(f"[{mode}] {what}: {secs:.2f} s", file=sys.stderr, flush=True)
    return out, secs


def child(seeds: Path) -> dict:
    import dagster as dg

    from pipelines.defs import build_defs
    from pipelines.defs.assets import PARTITIONS
    from pipelines.defs.resources import WarehouseResource
    from pipelines.defs.sensors import seeds_sensor
    from pipelines.instance import ensure_instance_yaml

    out: dict = {"mode": os.environ.get("PARTITION_BY", "document")}
    home = Path(tempfile.mkdtemp(prefix="pbench-home-"))
    ensure_instance_yaml(home)
    os.environ["DAGSTER_HOME"] = str(home)
    instance = dg.DagsterInstance.get()
    resource = WarehouseResource(seeds_dir=str(seeds), warehouse_dir=str(home / "wh"), max_seed_bytes=1 << 24)

    def tick(cursor: str | None) -> dg.SensorResult:
        ctx = dg.build_sensor_context(instance=instance, cursor=cursor, resources={"warehouse": resource})
        return seeds_sensor(ctx)

    first, out["tick_first_s"] = _timed(lambda: tick(None), "sensor first tick")

    def apply() -> None:
        for req in first.dynamic_partitions_requests or []:
            instance.add_dynamic_partitions(req.partitions_def_name, list(req.partition_keys))

    _, out["apply_partitions_s"] = _timed(apply, "adding its partitions")
    out["runs_first_tick"] = len(first.run_requests or [])
    _, out["tick_unchanged_s"] = _timed(lambda: tick(first.cursor), "tick, nothing changed")
    victim = sorted(seeds.iterdir())[len(os.listdir(seeds)) // 2]
    original = victim.read_bytes()
    try:
        victim.write_bytes(original + b"\n")
        changed, out["tick_one_changed_s"] = _timed(lambda: tick(first.cursor), "tick, one file changed")
    finally:
        victim.write_bytes(original)
    out["runs_one_changed"] = len(changed.run_requests or [])

    defs = build_defs(resource)
    job = defs.resolve_job_def("process_documents")
    keys = PARTITIONS.get_partition_keys(dynamic_partitions_store=instance)
    out["partitions"] = len(keys)
    rng = {"dagster/asset_partition_range_start": keys[0], "dagster/asset_partition_range_end": keys[-1]}
    plan = instance.create_run_for_job
    _, out["plan_range_run_s"] = _timed(lambda: plan(job, tags=rng), "plan a range run")
    one = {"dagster/partition": keys[len(keys) // 2]}
    _, out["plan_one_partition_s"] = _timed(lambda: plan(job, tags=one), "plan one partition")

    from dagster._core.workspace.context import WorkspaceProcessContext
    from dagster._core.workspace.load_target import ModuleTarget
    from dagster_graphql.test.utils import execute_dagster_graphql

    target = ModuleTarget("pipelines.defs", "defs", str(ROOT), "pipelines")
    with WorkspaceProcessContext(instance, target) as workspace:
        times = []
        for _ in range(3):
            result, secs = _timed(
                lambda: execute_dagster_graphql(workspace.create_request_context(), ASSET_PAGE),
                "asset page query",
            )
            assert not result.errors, result.errors
            times.append(secs)
        out["asset_page_query_s"] = sorted(times)[1]
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.partitions_bench")
    parser.add_argument("seeds", type=Path)
    parser.add_argument("--modes", default="document,bucket")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        warnings.filterwarnings("ignore")
        print("RESULT " + json.dumps(child(args.seeds.resolve())), flush=True)
        return
    for mode in args.modes.split(","):
        env = dict(os.environ, PARTITION_BY=mode, PYTHONPATH=str(ROOT), PYTHONWARNINGS="ignore")
        cmd = [sys.executable, "-m", "benchmarks.partitions_bench", str(args.seeds), "--child"]
        # stdout carries the result; stderr (progress, errors) goes straight to the terminal
        proc = subprocess.run(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True, check=False)
        if proc.returncode:
            print(f"{mode}: failed (exit {proc.returncode}, see above)", file=sys.stderr)
            continue
        r = json.loads([x for x in proc.stdout.splitlines() if x.startswith("RESULT ")][-1][7:])
        print(
            f"{mode:8} partitions {r['partitions']:>6}: sensor first tick {r['tick_first_s']:.2f} s "
            f"(+ partitions {r['apply_partitions_s']:.2f} s, {r['runs_first_tick']} runs), unchanged "
            f"{r['tick_unchanged_s']:.2f} s, one changed {r['tick_one_changed_s']:.2f} s; plan range run "
            f"{r['plan_range_run_s']:.2f} s, one partition {r['plan_one_partition_s']:.2f} s; asset page "
            f"query {r['asset_page_query_s']:.2f} s",
            flush=True,
        )


if __name__ == "__main__":
    main()
