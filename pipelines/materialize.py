"""Materialise every asset over the seeds folder through Dagster, in two runs.

1. Sync the `documents` dynamic partitions with the files in SEEDS_DIR.
2. One run of the per-document job over the whole partition range (single-run backfill).
3. One run of the cross-document assets.
Runs go to the Dagster instance in DAGSTER_HOME, so `make ui` shows them with their history.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import dagster as dg

from pipelines import partitioning
from pipelines.defs import build_defs
from pipelines.defs.assets import BY_BUCKET, PARTITIONS, documents_partitions
from pipelines.defs.jobs import crossdoc_job, process_job
from pipelines.defs.resources import WarehouseResource
from pipelines.instance import PROJECT_DAGSTER_YAML, ensure_instance_yaml
from pipelines.stages import list_seeds


def instance_from_env() -> dg.DagsterInstance:
    """The instance in DAGSTER_HOME (given the project's dagster.yaml, or its PostgreSQL variant
    when DAGSTER_PG_* is set: `pipelines.instance`), else an ephemeral one."""
    home = os.environ.get("DAGSTER_HOME")
    if not home:
        return dg.DagsterInstance.ephemeral()
    if PROJECT_DAGSTER_YAML.exists():
        ensure_instance_yaml(Path(home))
    return dg.DagsterInstance.get()


def sync_partitions(instance: dg.DagsterInstance, keys: list[str]) -> tuple[list[str], list[str]]:
    existing = instance.get_dynamic_partitions(documents_partitions.name)
    known, live = set(existing), set(keys)  # built once: a set per key would be quadratic
    added = [k for k in keys if k not in known]
    removed = [k for k in existing if k not in live]
    if added:
        instance.add_dynamic_partitions(documents_partitions.name, added)
    for key in removed:
        instance.delete_dynamic_partition(documents_partitions.name, key)
    return added, removed


def _quiet(level: str) -> dict:
    """Run config for Dagster's console logger: step events at DEBUG are many per partition."""
    return {"loggers": {"console": {"config": {"log_level": level}}}}


def materialize_all(
    instance: dg.DagsterInstance, warehouse: WarehouseResource | None = None, *, log_level: str = "INFO"
) -> list[dg.ExecuteInProcessResult]:
    warehouse = warehouse or WarehouseResource.from_env()
    defs = build_defs(warehouse)
    keys = [s.doc_id for s in list_seeds(warehouse.seeds_path)]
    if BY_BUCKET:  # static buckets: one run over all of them (the assets skip empty ones)
        ordered = PARTITIONS.get_partition_keys() if keys else []
    else:
        sync_partitions(instance, keys)
        ordered = instance.get_dynamic_partitions(documents_partitions.name)
    results = []
    if ordered:
        job = defs.resolve_job_def(process_job.name)
        tags = {
            "dagster/asset_partition_range_start": ordered[0],
            "dagster/asset_partition_range_end": ordered[-1],
        }
        results.append(_execute_trimmed(job, instance, _quiet(log_level), tags))
    crossdoc = defs.resolve_job_def(crossdoc_job.name)
    results.append(crossdoc.execute_in_process(instance=instance, run_config=_quiet(log_level)))
    return results


KEPT_PER_ASSET = 50


def _execute_trimmed(
    job: dg.JobDefinition, instance: dg.DagsterInstance, run_config: dict, tags: dict[str, str]
) -> dg.ExecuteInProcessResult:
    """`job.execute_in_process`, keeping at most KEPT_PER_ASSET materialization events per asset.

    `execute_in_process` lists every event of its run before it returns; a range run over 10,000
    partitions has 80,000 materializations (all with the same metadata), and that list was the
    largest thing the build's memory grew with. The same run is executed here through Dagster's
    run iterator (in this process, on the in-process executor, as `execute_in_process` does) and
    the events are filtered as they come. The instance keeps every event; only the in-memory
    copies are dropped. Unlike `execute_in_process`, a failed step makes `success` false instead
    of raising (the run and its failure are in the instance either way)."""
    from dagster._core.definitions.job_base import InMemoryJob
    from dagster._core.execution.api import execute_run_iterator

    ephemeral = job.as_ephemeral_job(resource_defs={}, input_values={})
    run = instance.create_run_for_job(job_def=ephemeral, run_config=run_config, tags={**job.run_tags, **tags})
    events = _kept(execute_run_iterator(InMemoryJob(ephemeral), run, instance))
    done = instance.get_run_by_id(run.run_id)
    return dg.ExecuteInProcessResult(events, done or run, {}, ephemeral)


def _kept(events: Iterable[dg.DagsterEvent]) -> list[dg.DagsterEvent]:
    seen: dict[object, int] = {}
    kept = []
    for event in events:
        if event.is_step_materialization:
            key = event.asset_key  # (a property that unpacks the event: read once)
            seen[key] = seen.get(key, 0) + 1
            if seen[key] > KEPT_PER_ASSET:
                continue
        kept.append(event)
    return kept


def materialize_documents(
    instance: dg.DagsterInstance, keys: list[str], warehouse: WarehouseResource | None = None
) -> list[dg.ExecuteInProcessResult]:
    """Re-run the chain for some existing document partitions, then the cross-document assets
    (what the sensor asks for when files change)."""
    warehouse = warehouse or WarehouseResource.from_env()
    defs = build_defs(warehouse)
    job = defs.resolve_job_def(process_job.name)
    if BY_BUCKET:
        keys = sorted({partitioning.bucket_key(k) for k in keys})
    results = [job.execute_in_process(instance=instance, partition_key=k) for k in keys]
    results.append(defs.resolve_job_def(crossdoc_job.name).execute_in_process(instance=instance))
    return results
