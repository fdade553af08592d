"""Dagster code location: `dagster dev -m pipelines.defs`."""

from __future__ import annotations

import dagster as dg

from pipelines.dagster_storage import enable_event_batching
from pipelines.defs.assets import CROSS_DOCUMENT_ASSETS, PER_DOCUMENT_ASSETS
from pipelines.defs.checks import CHECKS
from pipelines.defs.jobs import crossdoc_job, process_job, update_job
from pipelines.defs.resources import WarehouseResource
from pipelines.defs.review import review_pages
from pipelines.defs.sensors import reconcile_schedule, seeds_sensor

enable_event_batching()  # Dagster reads it per event, so setting it at import is in time

automation_sensor = dg.AutomationConditionSensorDefinition(
    name="crossdoc_automation",
    target=dg.AssetSelection.assets(*CROSS_DOCUMENT_ASSETS, review_pages),
    default_status=dg.DefaultSensorStatus.RUNNING,
    minimum_interval_seconds=15,
)


def build_defs(warehouse: WarehouseResource | None = None) -> dg.Definitions:
    return dg.Definitions(
        assets=[*PER_DOCUMENT_ASSETS, *CROSS_DOCUMENT_ASSETS, review_pages],
        asset_checks=CHECKS,
        jobs=[process_job, crossdoc_job, update_job],
        # Every run in one process: each per-document step already extracts on every core
        # (stages.map_chunks), so a process per step only adds start-up (about 3 s each: the
        # imports) and parallel steps that compete for the same cores. Bulk builds
        # (`pipelines run`, `make bench`) run in process too.
        executor=dg.in_process_executor,
        sensors=[seeds_sensor, automation_sensor],
        schedules=[reconcile_schedule],
        resources={"warehouse": warehouse or WarehouseResource.from_env()},
    )


defs = build_defs()
