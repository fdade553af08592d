"""Thin Dagster assets over `pipelines.stages`: read, call, write, attach metadata.

Per-document assets are partitioned by document (dynamic partitions keyed by doc_id) and run as
one run over many partitions (single-run backfill policy). The cross-document assets follow
them by declarative automation.
"""

from collections.abc import Callable, Iterable, Iterator, Sequence

import dagster as dg

from pipelines import crossdoc, partitioning, stages
from pipelines.defs.charts import timeseries_chart
from pipelines.defs.metadata import table_metadata, table_schema
from pipelines.defs.resources import WarehouseResource
from pipelines.schemas import EXTRACTION_ERRORS, TABLES, Table
from pipelines.storage import Warehouse

documents_partitions = dg.DynamicPartitionsDefinition(name="documents")
# PARTITION_BY=bucket: static buckets of documents instead (pipelines.partitioning).
BY_BUCKET = partitioning.by_bucket()
PARTITIONS: dg.PartitionsDefinition = (
    dg.StaticPartitionsDefinition(partitioning.bucket_keys()) if BY_BUCKET else documents_partitions
)
CODE_VERSION = "2026.11.25"
OWNERS = ["team:press-intel"]
KINDS = {"parquet", "duckdb"}
FULL_METADATA_MAX_PARTITIONS = 50
REJECTS_LISTED = 20
REJECTED_SQL = "SELECT source_path, reject_reason FROM documents WHERE status = 'rejected'"
_PER_DOC = {
    "partitions_def": PARTITIONS,
    "backfill_policy": dg.BackfillPolicy.single_run(),
}


def _spec(name: str, deps: Sequence[str]) -> dg.AssetSpec:
    table = TABLES[name]
    return dg.AssetSpec(
        key=name,
        deps=list(deps),
        description=table.description,
        group_name=table.group,
        owners=OWNERS,
        kinds=KINDS,
        code_version=CODE_VERSION,
        metadata=_column_schema(table),
        partitions_def=PARTITIONS if table.per_document else None,
        automation_condition=None if table.per_document else crossdoc_condition(),
    )


def _column_schema(table: Table) -> dict[str, dg.MetadataValue]:
    """Definition-level column schema, so the UI shows columns before anything materialises."""
    return {"dagster/column_schema": dg.MetadataValue.table_schema(table_schema(table))}


def crossdoc_condition() -> dg.AutomationCondition:
    # eager() waits while any upstream partition is missing; a corpus always has some.
    return dg.AutomationCondition.eager().without(~dg.AutomationCondition.any_deps_missing())


def _run_metadata(wh: Warehouse, table: Table, keys: Sequence[str]) -> dict[str, dg.MetadataValue]:
    """Row count, and for runs over few documents the column schema and a preview.

    Dagster copies a range run's metadata into every partition's materialization; the schema and
    preview would double the cost of each of those events and say nothing per partition. Bulk
    runs carry counts only: the schema stays on the asset definition, previews come back with the
    next small run (a sensor run, a UI materialisation of a few documents)."""
    if len(keys) <= FULL_METADATA_MAX_PARTITIONS:
        meta = table_metadata(table, wh.read_documents(table, keys[:5]))
    else:
        meta = {}
    meta["dagster/row_count"] = dg.MetadataValue.int(wh.published_rows(table))
    return meta


def _results(
    wh: Warehouse, tables: Sequence[Table], keys: Sequence[str], counts: dict[str, int]
) -> Iterator[dg.MaterializeResult]:
    for table in tables:
        meta = _run_metadata(wh, table, keys)
        meta["rows_written"] = dg.MetadataValue.int(counts.get(table.name, 0))
        meta["documents_processed"] = dg.MetadataValue.int(len(keys))
        if EXTRACTION_ERRORS.name in counts:
            meta["documents_failed"] = dg.MetadataValue.int(counts[EXTRACTION_ERRORS.name])
        yield dg.MaterializeResult(asset_key=table.name, metadata=meta)


def _run_documents(context: dg.AssetExecutionContext, known: Callable[[], Iterable[str]]) -> list[str]:
    """The documents of this run: its partition keys, or with PARTITION_BY=bucket the documents
    of `known()` (seeds, or the `documents` table) in its buckets."""
    if BY_BUCKET:
        return partitioning.documents_in(context.partition_keys, known())
    return sorted(context.partition_keys)


def _per_document_asset(
    names: Sequence[str], deps: Sequence[str], run: Callable[[Warehouse, list[str]], dict[str, int]]
) -> dg.AssetsDefinition:
    @dg.multi_asset(
        name=f"{names[0]}_step" if len(names) > 1 else names[0],
        specs=[_spec(n, deps) for n in names],
        **_PER_DOC,
    )
    def _asset(
        context: dg.AssetExecutionContext, warehouse: WarehouseResource
    ) -> Iterator[dg.MaterializeResult]:
        keys = _run_documents(context, lambda: warehouse.warehouse.document_ids(TABLES["documents"]))
        counts = run(warehouse.warehouse, keys)
        context.log.info(f"{', '.join(names)}: {len(keys)} documents, rows {counts}")
        if failed := counts.get(EXTRACTION_ERRORS.name, 0):
            context.log.warning(
                f"{failed} documents could not be read by this step and have no rows in "
                f"{', '.join(names)}: SELECT * FROM {EXTRACTION_ERRORS.name} says why"
            )
        yield from _results(warehouse.warehouse, [TABLES[n] for n in names], keys, counts)

    return _asset


@dg.asset(
    name="documents",
    description=TABLES["documents"].description,
    group_name="raw",
    owners=OWNERS,
    kinds=KINDS,
    code_version=CODE_VERSION,
    metadata=_column_schema(TABLES["documents"]),
    **_PER_DOC,
)
def documents(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Read each seed file: decode, repair, date it, or reject it with a reason."""
    seeds = {s.doc_id: s for s in stages.list_seeds(warehouse.seeds_path)}
    keys = _run_documents(context, lambda: seeds)
    present = [seeds[k] for k in keys if k in seeds]
    wh = warehouse.warehouse
    counts = stages.run_documents(wh, present, max_bytes=warehouse.max_seed_bytes, live=set(seeds))
    columns = ["doc_id", "source_path", "status", "reject_reason"]
    rows = wh.read_documents(TABLES["documents"], [s.doc_id for s in present]).select(columns)
    rejected = sorted(
        (r for r in rows.to_pylist() if r["status"] == "rejected"), key=lambda r: r["source_path"]
    )
    meta = _run_metadata(wh, TABLES["documents"], keys)
    meta["rows_written"] = dg.MetadataValue.int(counts["documents"])
    meta["rejected"] = dg.MetadataValue.int(len(rejected))
    listed = [f"- `{r['source_path']}`: {r['reject_reason']}" for r in rejected[:REJECTS_LISTED]]
    if len(rejected) > REJECTS_LISTED:
        listed.append(f"- ... and {len(rejected) - REJECTS_LISTED} more: `{REJECTED_SQL}`")
    meta["rejected_files"] = dg.MetadataValue.md("\n".join(listed) or "none")
    missing = sorted(set(keys) - set(seeds))
    if missing:
        context.log.warning(f"partitions without a seed file (removed?): {missing[:20]}")
    return dg.MaterializeResult(metadata=meta)


sections_step = _per_document_asset(["sections", "sentences"], ["documents"], stages.run_sections)
entities_step = _per_document_asset(
    ["mentions", "people", "organisations"], ["sentences"], stages.run_entities
)
temporal_expressions = _per_document_asset(["temporal_expressions"], ["sentences"], stages.run_temporal)
metrics = _per_document_asset(
    ["metrics"],
    ["sentences", "mentions", "organisations", "temporal_expressions"],
    stages.run_metrics,
)


def _live_documents(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> set[str]:
    if BY_BUCKET:  # the seeds folder is the list of documents
        return {s.doc_id for s in stages.list_seeds(warehouse.seeds_path)}
    return set(context.instance.get_dynamic_partitions(documents_partitions.name))


@dg.multi_asset(
    name="entities_step",
    specs=[_spec("entities", ["mentions", "people", "organisations"])],
)
def entities(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Prunes documents that are no longer seeds, then merges entities across documents."""
    wh = warehouse.warehouse
    removed = wh.prune(_live_documents(context, warehouse))
    counts = crossdoc.run_entities_table(wh)
    wh.create_views_if_needed()
    meta = table_metadata(TABLES["entities"], wh.read_table(TABLES["entities"]))
    meta["documents_pruned"] = dg.MetadataValue.int(len(removed))
    meta["entity_keys"] = dg.MetadataValue.int(counts["entity_keys"])
    return dg.MaterializeResult(asset_key="entities", metadata=meta)


@dg.multi_asset(
    name="metric_timeseries_step",
    specs=[_spec("metric_timeseries", ["metrics", "entities"])],
)
def metric_timeseries(
    context: dg.AssetExecutionContext, warehouse: WarehouseResource
) -> dg.MaterializeResult:
    """One row per (metric, subject, as_of) across documents, newest first."""
    wh = warehouse.warehouse
    wh.prune(_live_documents(context, warehouse))
    crossdoc.run_timeseries(wh)
    wh.create_views_if_needed()
    data = wh.read_table(TABLES["metric_timeseries"])
    meta = table_metadata(TABLES["metric_timeseries"], data)
    meta["chart"] = timeseries_chart(data)
    return dg.MaterializeResult(asset_key="metric_timeseries", metadata=meta)


PER_DOCUMENT_ASSETS = [documents, sections_step, entities_step, temporal_expressions, metrics]
CROSS_DOCUMENT_ASSETS = [entities, metric_timeseries]
