"""The seeds sensor and the daily reconciliation schedule."""

import json
import os

import dagster as dg

from pipelines import partitioning, seedscan
from pipelines.defs.assets import BY_BUCKET, PARTITIONS, documents_partitions
from pipelines.defs.jobs import crossdoc_job, process_job
from pipelines.defs.resources import WarehouseResource

# More changed files than this in one tick: one run over every partition instead of one each.
MAX_RUNS_PER_TICK = 20


def _requests(diff: seedscan.SeedDiff, ordered: list[str], token: str) -> list[dg.RunRequest]:
    """Added keys are contiguous at the end of the partition order: one range run covers them."""
    runs: list[dg.RunRequest] = []
    if diff.added:
        added = [k for k in ordered if k in set(diff.added)]
        runs.append(_range_run(added[0], added[-1], f"added:{token}"))
    if len(diff.changed) > MAX_RUNS_PER_TICK:
        runs.append(_range_run(ordered[0], ordered[-1], f"changed-all:{token}"))
    else:
        runs += [
            dg.RunRequest(run_key=f"changed:{k}:{token}", job_name=process_job.name, partition_key=k)
            for k in diff.changed
        ]
    if diff.removed and not runs:
        runs.append(dg.RunRequest(run_key=f"removed:{token}", job_name=crossdoc_job.name))
    return runs


def _range_run(first: str, last: str, run_key: str) -> dg.RunRequest:
    return dg.RunRequest(
        run_key=run_key,
        job_name=process_job.name,
        tags={
            "dagster/asset_partition_range_start": first,
            "dagster/asset_partition_range_end": last,
        },
    )


@dg.sensor(
    name="seeds_sensor",
    jobs=[process_job, crossdoc_job],
    minimum_interval_seconds=int(os.environ.get("SEEDS_SENSOR_INTERVAL", "15")),
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Watches SEEDS_DIR: adds, re-runs or deletes document partitions by content hash.",
)
def seeds_sensor(context: dg.SensorEvaluationContext, warehouse: WarehouseResource) -> dg.SensorResult:
    previous: dict[str, str] = json.loads(context.cursor) if context.cursor else {}
    current = seedscan.snapshot(warehouse.seeds_path)
    if BY_BUCKET:
        return _bucket_tick(context, previous, current)
    existing_order = documents_partitions.get_partition_keys(dynamic_partitions_store=context.instance)
    existing = set(existing_order)
    diff = seedscan.diff(previous, current)
    # Partitions the cursor does not know (added by `pipelines run`, or a lost cursor) count too.
    unknown_live = sorted(existing - set(current))
    missing = sorted(set(current) - existing)
    diff = seedscan.SeedDiff(
        added=sorted(set(diff.added) | set(missing)),
        changed=[k for k in diff.changed if k not in missing],
        removed=sorted((set(diff.removed) & existing) | set(unknown_live)),
    )
    if diff.empty:
        return dg.SensorResult(cursor=json.dumps(current, sort_keys=True), skip_reason="no change in seeds")
    token = seedscan.token(current)
    new_keys = [k for k in diff.added if k not in existing]
    ordered = [k for k in existing_order if k not in set(diff.removed)] + new_keys
    partition_requests = []
    if new_keys:
        partition_requests.append(documents_partitions.build_add_request(new_keys))
    if diff.removed:
        partition_requests.append(documents_partitions.build_delete_request(diff.removed))
    context.log.info(f"seeds: +{len(diff.added)} ~{len(diff.changed)} -{len(diff.removed)}")
    return dg.SensorResult(
        run_requests=_requests(diff, ordered, token),
        dynamic_partitions_requests=partition_requests,
        cursor=json.dumps(current, sort_keys=True),
    )


def _bucket_tick(
    context: dg.SensorEvaluationContext, previous: dict[str, str], current: dict[str, str]
) -> dg.SensorResult:
    """PARTITION_BY=bucket: each added, changed or removed file re-runs its bucket (a few dozen
    documents); over MAX_RUNS_PER_TICK buckets at once, one run over every bucket. Partitions are
    static: nothing to add or delete."""
    cursor = json.dumps(current, sort_keys=True)
    diff = seedscan.diff(previous, current)
    if diff.empty:
        return dg.SensorResult(cursor=cursor, skip_reason="no change in seeds")
    token = seedscan.token(current)
    touched = sorted({partitioning.bucket_key(d) for d in [*diff.added, *diff.changed, *diff.removed]})
    keys = PARTITIONS.get_partition_keys()
    if len(touched) > MAX_RUNS_PER_TICK:
        runs = [_range_run(keys[0], keys[-1], f"buckets-all:{token}")]
    else:
        runs = [
            dg.RunRequest(run_key=f"bucket:{b}:{token}", job_name=process_job.name, partition_key=b)
            for b in touched
        ]
    changes = f"+{len(diff.added)} ~{len(diff.changed)} -{len(diff.removed)}"
    context.log.info(f"seeds: {changes}, {len(touched)} buckets")
    return dg.SensorResult(run_requests=runs, cursor=cursor)


@dg.schedule(
    name="reconcile_daily",
    cron_schedule=os.environ.get("RECONCILE_CRON", "0 3 * * *"),
    execution_timezone="Asia/Hong_Kong",
    job=process_job,
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Safety net: one run over every document partition; the cross-document "
    "tables follow by automation. The sensor adds and deletes partitions.",
)
def reconcile_schedule(context: dg.ScheduleEvaluationContext) -> dg.RunRequest | dg.SkipReason:
    keys = PARTITIONS.get_partition_keys(dynamic_partitions_store=context.instance)
    if not keys:
        return dg.SkipReason("no document partitions yet")
    return _range_run(keys[0], keys[-1], f"reconcile:{context.scheduled_execution_time.isoformat()}")
