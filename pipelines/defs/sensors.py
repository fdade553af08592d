"""The seeds sensor and the daily reconciliation schedule."""

import hashlib
import json
import os
import uuid
from pathlib import Path

import dagster as dg

from pipelines import partitioning, seedscan
from pipelines.defs.assets import BY_BUCKET, PARTITIONS, documents_partitions
from pipelines.defs.jobs import crossdoc_job, process_job, update_job
from pipelines.defs.resources import WarehouseResource
from pipelines.schemas import DOCUMENTS

# Least seconds between two looks at the folder. The daemon's sensor loop wakes every 5 s and
# evaluates a sensor whose interval has passed, so any value under 5 means "at every wake-up"
# (5 itself would skip a wake-up now and then). A look lists and stats the folder and hashes
# only files whose identity changed (seedscan): it stays cheap at 10,000 seeds.
SENSOR_INTERVAL_S = int(os.environ.get("SEEDS_SENSOR_INTERVAL", "2"))
# More changed files than this in one tick: one run over every partition instead of one each.
MAX_RUNS_PER_TICK = 20
# The run that brings the cross-document assets up to date goes last in the queue among the
# runs of its tick (the queue takes higher priorities first, then the oldest).
LAST = {"dagster/priority": "-1"}


def _requests(diff: seedscan.SeedDiff, ordered: list[str], token: str) -> list[dg.RunRequest]:
    """Runs for one tick, the cross-document assets in exactly one of them, the last.

    Added keys are contiguous at the end of the partition order: one range run covers them.
    Changed keys run one partition each (over MAX_RUNS_PER_TICK: one run over every partition).
    The last per-document run is of `update_documents`, which also rebuilds entities,
    metric_timeseries and the review pages (pruning removed documents) in the same run; a tick
    with only removals asks for `refresh_crossdoc`."""
    runs: list[dg.RunRequest] = []
    if len(diff.changed) > MAX_RUNS_PER_TICK:
        runs.append(_range_run(ordered[0], ordered[-1], f"changed-all:{token}"))
    else:
        runs += [
            dg.RunRequest(run_key=f"changed:{k}:{token}", job_name=process_job.name, partition_key=k)
            for k in diff.changed
        ]
    if diff.added and not (runs and runs[-1].run_key.startswith("changed-all:")):
        new = set(diff.added)  # a set built once: at 100,000 files a set per key is quadratic
        added = [k for k in ordered if k in new]
        runs.append(_range_run(added[0], added[-1], f"added:{token}"))
    if runs:
        last = runs[-1]
        runs[-1] = last.with_replaced_attrs(job_name=update_job.name, tags={**last.tags, **LAST})
    elif diff.removed:
        runs.append(dg.RunRequest(run_key=f"removed:{token}", job_name=crossdoc_job.name, tags=LAST))
    return runs


def _range_run(first: str, last: str, run_key: str, job: str = process_job.name) -> dg.RunRequest:
    return dg.RunRequest(
        run_key=run_key,
        job_name=job,
        tags={
            "dagster/asset_partition_range_start": first,
            "dagster/asset_partition_range_end": last,
        },
    )


STATE_PREFIX = "state:"
STATES_KEPT = 5


def _state_dir(context: dg.SensorEvaluationContext) -> Path | None:
    root = getattr(context.instance, "root_directory", None)
    return Path(root) / "seeds_sensor" if root else None


def load_cursor(context: dg.SensorEvaluationContext) -> dict[str, str] | None:
    """{doc_id: sha256} the cursor stands for; None when there is none (or its file is gone)."""
    cursor = context.cursor
    if not cursor:
        return None
    if not cursor.startswith(STATE_PREFIX):
        return json.loads(cursor)  # a cursor of the state itself (no instance folder)
    folder = _state_dir(context)
    path = folder / f"{cursor.removeprefix(STATE_PREFIX)}.json" if folder else None
    try:
        return json.loads(path.read_text(encoding="utf-8")) if path else None
    except (OSError, ValueError):
        return None


def save_cursor(context: dg.SensorEvaluationContext, state: dict[str, str]) -> str:
    """The cursor for `state`: the state is written to `<DAGSTER_HOME>/seeds_sensor/<digest>.json`
    and the cursor is that digest, so a tick stores a few dozen bytes, not a megabyte at 10,000
    seeds (Dagster keeps every tick's cursor in its tick table). The last few states are kept:
    a tick that failed after writing its file leaves the previous cursor's file in place."""
    blob = json.dumps(state, sort_keys=True)
    folder = _state_dir(context)
    if folder is None:
        return blob
    digest = hashlib.sha256(blob.encode()).hexdigest()[:32]
    path = folder / f"{digest}.json"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{digest}.{uuid.uuid4().hex}.tmp"
        tmp.write_text(blob, encoding="utf-8")
        os.replace(tmp, path)
        old = sorted(folder.glob("*.json"), key=lambda f: f.stat().st_mtime_ns)[:-STATES_KEPT]
        for f in old:
            f.unlink(missing_ok=True)
    return STATE_PREFIX + digest


def _warehouse_state(warehouse: WarehouseResource) -> dict[str, str]:
    """{doc_id: content sha256} of the documents the warehouse holds: what a sensor without a
    cursor (first start after `make run`, or a reset) takes as already seen."""
    try:
        rows = warehouse.warehouse.read_table(DOCUMENTS, ["doc_id", "content_sha256"])
    except Exception:  # no warehouse yet, or unreadable: everything counts as new
        return {}
    ids, shas = rows.column("doc_id").to_pylist(), rows.column("content_sha256").to_pylist()
    return {str(d): str(s) for d, s in zip(ids, shas, strict=True) if s}


@dg.sensor(
    name="seeds_sensor",
    jobs=[process_job, update_job, crossdoc_job],
    minimum_interval_seconds=SENSOR_INTERVAL_S,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Watches SEEDS_DIR: adds, re-runs or deletes document partitions by content hash.",
)
def seeds_sensor(context: dg.SensorEvaluationContext, warehouse: WarehouseResource) -> dg.SensorResult:
    current = seedscan.snapshot(warehouse.seeds_path)
    if BY_BUCKET:
        return _bucket_tick(context, load_cursor(context) or {}, current)
    existing_order = documents_partitions.get_partition_keys(dynamic_partitions_store=context.instance)
    existing = set(existing_order)
    previous = load_cursor(context)
    if previous is None:  # documents already in the warehouse at the same content are not redone
        previous = {k: v for k, v in _warehouse_state(warehouse).items() if k in existing}
    diff = seedscan.diff(previous, current)
    # Partitions the cursor does not know (added by `pipelines run`, or a lost cursor) count too.
    unknown_live = sorted(existing - set(current))
    missing = sorted(set(current) - existing)
    diff = seedscan.SeedDiff(
        added=sorted(set(diff.added) | set(missing)),
        changed=[k for k in diff.changed if k not in missing],
        removed=sorted((set(diff.removed) & existing) | set(unknown_live)),
    )
    if diff.empty:  # the state is the cursor's: keep it as it is
        cursor = context.cursor if context.cursor else save_cursor(context, current)
        return dg.SensorResult(cursor=cursor, skip_reason="no change in seeds")
    token = seedscan.token(current)
    new_keys = [k for k in diff.added if k not in existing]
    gone = set(diff.removed)
    ordered = [k for k in existing_order if k not in gone] + new_keys
    partition_requests = []
    if new_keys:
        partition_requests.append(documents_partitions.build_add_request(new_keys))
    if diff.removed:
        partition_requests.append(documents_partitions.build_delete_request(diff.removed))
    context.log.info(f"seeds: +{len(diff.added)} ~{len(diff.changed)} -{len(diff.removed)}")
    return dg.SensorResult(
        run_requests=_requests(diff, ordered, token),
        dynamic_partitions_requests=partition_requests,
        cursor=save_cursor(context, current),
    )


def _bucket_tick(
    context: dg.SensorEvaluationContext, previous: dict[str, str], current: dict[str, str]
) -> dg.SensorResult:
    """PARTITION_BY=bucket: each added, changed or removed file re-runs its bucket (a few dozen
    documents); over MAX_RUNS_PER_TICK buckets at once, one run over every bucket. Partitions are
    static: nothing to add or delete."""
    diff = seedscan.diff(previous, current)
    if diff.empty:
        return dg.SensorResult(cursor=save_cursor(context, current), skip_reason="no change in seeds")
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
    last = runs[-1]  # the cross-document assets in the tick's last run, as in _requests
    runs[-1] = last.with_replaced_attrs(job_name=update_job.name, tags={**last.tags, **LAST})
    changes = f"+{len(diff.added)} ~{len(diff.changed)} -{len(diff.removed)}"
    context.log.info(f"seeds: {changes}, {len(touched)} buckets")
    return dg.SensorResult(run_requests=runs, cursor=save_cursor(context, current))


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
