"""Asset checks: the rules of `pipelines.quality`, one check per rule, on the asset owning it.

The rules run as two steps, each with one DuckDB connection (multi-asset checks): one for the
per-document tables, one for the cross-document ones (the jobs that build only one side take only
its step). A run pays one step per side rather than one per table or rule: in the in-process
runs the sensor launches, every step costs a few hundred milliseconds of freshness. Check steps
have a lower step priority than the assets: a run executes in one process, one step at a time,
and takes every ready asset step before any check, so the tables and views are up to date before
the checks read them all."""

from collections.abc import Iterator

import dagster as dg

from pipelines.defs.resources import WarehouseResource
from pipelines.quality import Rule, all_rules, details, evaluate
from pipelines.schemas import TABLES


def _owner(rule: Rule) -> str:
    """`entity_keys` has no asset of its own: the `entities` asset writes it."""
    return "entities" if rule.table == "entity_keys" else rule.table


def _name(rule: Rule) -> str:
    return rule.name if rule.table == _owner(rule) else f"{rule.table}_{rule.name}"


def _result(rule: Rule, bad: int, rows: list[tuple]) -> dg.AssetCheckResult:
    metadata: dict[str, dg.RawMetadataValue] = {
        "offending_rows": bad,
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


# Ready steps run highest priority first (the default is 0).
AFTER_THE_ASSETS = {"dagster/priority": "-1"}


def _checks_for(name: str, rules: list[Rule]) -> dg.AssetChecksDefinition:
    @dg.multi_asset_check(
        name=name,
        op_tags=AFTER_THE_ASSETS,
        specs=[
            dg.AssetCheckSpec(name=_name(r), asset=_owner(r), description=r.description, blocking=False)
            for r in rules
        ],
    )
    def _run(warehouse: WarehouseResource) -> Iterator[dg.AssetCheckResult]:
        with warehouse.warehouse.connect() as con:
            for rule in rules:
                bad = evaluate(con, rule)
                yield _result(rule, bad, details(con, rule) if bad else [])

    return _run


def _per_document(rule: Rule) -> bool:
    return TABLES[_owner(rule)].per_document


_RULES = sorted(all_rules(), key=lambda r: (_owner(r), r.name))
CHECKS = [
    _checks_for("per_document_quality", [r for r in _RULES if _per_document(r)]),
    _checks_for("cross_document_quality", [r for r in _RULES if not _per_document(r)]),
]
