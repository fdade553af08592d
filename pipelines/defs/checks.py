"""Asset checks: the rules of `pipelines.quality`, one check per rule, on the asset owning it.

The rules run as two steps, each with one DuckDB connection (multi-asset checks): one for the
per-document tables, one for the cross-document ones (the jobs that build only one side take only
its step). A run pays one step per side rather than one per table or rule: in the in-process
runs the sensor launches, every step costs a few hundred milliseconds of freshness. Check steps
have a lower step priority than the assets: a run executes in one process, one step at a time,
and takes every ready asset step before any check, so the tables and views are up to date before
the checks read them. In a run over a few documents (a sensor run) the per-document rules read
those documents' rows only (`run_documents`); bulk runs and the daily reconcile read everything."""

from collections.abc import Iterator

import dagster as dg

from pipelines import partitioning
from pipelines.defs.assets import BY_BUCKET, PARTITIONS, documents_partitions
from pipelines.defs.resources import WarehouseResource
from pipelines.quality import PER_DOCUMENT_TABLES, Rule, all_rules, details, evaluate
from pipelines.schemas import TABLES


def _owner(rule: Rule) -> str:
    """The asset that writes the rule's table (`entity_keys`: the `entities` asset)."""
    return TABLES[rule.table].asset


def _name(rule: Rule) -> str:
    return rule.name if rule.table == _owner(rule) else f"{rule.table}_{rule.name}"


def _result(rule: Rule, bad: int, rows: list[tuple], scope: str) -> dg.AssetCheckResult:
    metadata: dict[str, dg.RawMetadataValue] = {
        "offending_rows": bad,
        "scope": scope,
        "sql": dg.MetadataValue.md(f"```sql\n{rule.sql}\n```"),
    }
    if rows:
        metadata["details"] = dg.MetadataValue.md("\n".join(f"- `{a}`: {b}" for a, b, *_ in rows))
    return dg.AssetCheckResult(
        asset_key=_owner(rule),
        check_name=_name(rule),
        passed=bad == 0,
        metadata=metadata,
        severity=dg.AssetCheckSeverity.WARN if rule.warn_only else dg.AssetCheckSeverity.ERROR,
    )


# A run over at most this many documents checks the per-document rules on its documents only.
SCOPED_MAX_DOCUMENTS = 50
PARTITION_TAG = "dagster/partition"
RANGE_TAGS = ("dagster/asset_partition_range_start", "dagster/asset_partition_range_end")


def run_documents(context: dg.AssetCheckExecutionContext, warehouse: WarehouseResource) -> list[str] | None:
    """The documents of this run when it covers at most SCOPED_MAX_DOCUMENTS of them; None (check
    whole tables) for bulk runs, the daily reconcile and runs without partitions.

    A sensor run over one changed file then checks that file's rows, not every row of every
    table (at 10,000 documents, 3 s of the run): the other documents' rows did not change since
    the runs that wrote them were checked. The check's `scope` metadata says which it was."""
    tags = context.run.tags
    start, end = (tags.get(t) for t in RANGE_TAGS)
    if tags.get(PARTITION_TAG):
        keys = [tags[PARTITION_TAG]]
    elif start and end:
        ordered = (
            PARTITIONS.get_partition_keys()
            if BY_BUCKET
            else context.instance.get_dynamic_partitions(documents_partitions.name)
        )
        if start not in ordered or end not in ordered:
            return None
        keys = ordered[ordered.index(start) : ordered.index(end) + 1]
    else:
        return None
    if BY_BUCKET:
        if len(keys) > SCOPED_MAX_DOCUMENTS:
            return None
        keys = partitioning.documents_in(keys, warehouse.warehouse.document_ids(TABLES["documents"]))
    return sorted(keys) if len(keys) <= SCOPED_MAX_DOCUMENTS else None


# Ready steps run highest priority first (the default is 0).
AFTER_THE_ASSETS = {"dagster/priority": "-1"}


def _checks_for(name: str, rules: list[Rule], *, scoped: bool) -> dg.AssetChecksDefinition:
    @dg.multi_asset_check(
        name=name,
        op_tags=AFTER_THE_ASSETS,
        specs=[
            dg.AssetCheckSpec(name=_name(r), asset=_owner(r), description=r.description, blocking=False)
            for r in rules
        ],
    )
    def _run(
        context: dg.AssetCheckExecutionContext, warehouse: WarehouseResource
    ) -> Iterator[dg.AssetCheckResult]:
        wh = warehouse.warehouse
        docs = run_documents(context, warehouse) if scoped else None
        scope = (
            None if docs is None else {t: wh.documents_select(TABLES[t], docs) for t in PER_DOCUMENT_TABLES}
        )
        said = "every document" if docs is None else f"this run's documents only ({len(docs)})"
        with wh.connect() as con:
            for rule in rules:
                bad = evaluate(con, rule, scope)
                yield _result(rule, bad, details(con, rule, scope) if bad else [], said)

    return _run


def _per_document(rule: Rule) -> bool:
    return TABLES[_owner(rule)].per_document


_RULES = sorted(all_rules(), key=lambda r: (_owner(r), r.name))
CHECKS = [
    _checks_for("per_document_quality", [r for r in _RULES if _per_document(r)], scoped=True),
    _checks_for("cross_document_quality", [r for r in _RULES if not _per_document(r)], scoped=False),
]
