"""Asset checks: the rules of `pipelines.quality`, one check per rule, on the asset owning it."""

import dagster as dg

from pipelines.defs.resources import WarehouseResource
from pipelines.quality import Rule, all_rules, details, evaluate


def _check(rule: Rule) -> dg.AssetChecksDefinition:
    @dg.asset_check(
        asset=rule.table if rule.table not in ("entity_keys",) else "entities",
        name=rule.name,
        description=rule.description,
        blocking=False,
    )
    def _run(warehouse: WarehouseResource) -> dg.AssetCheckResult:
        with warehouse.warehouse.connect() as con:
            bad = evaluate(con, rule)
            rows = details(con, rule) if bad else []
        metadata: dict[str, dg.RawMetadataValue] = {
            "offending_rows": bad,
            "sql": dg.MetadataValue.md(f"```sql\n{rule.sql}\n```"),
        }
        if rows:
            metadata["details"] = dg.MetadataValue.md("\n".join(f"- `{a}`: {b}" for a, b, *_ in rows))
        return dg.AssetCheckResult(
            passed=bad == 0,
            metadata=metadata,
            severity=dg.AssetCheckSeverity.WARN if rule.warn_only else dg.AssetCheckSeverity.ERROR,
        )

    return _run


CHECKS = [_check(r) for r in all_rules() if r.table != "entity_keys"]
