"""Data-quality rules over the warehouse views, derived from the one schema definition.

Each rule is a SQL query counting offending rows; zero means the rule holds. The Dagster asset
checks run these, and so do the tests. A per-document rule can also be evaluated over some
documents only (`scoped`): what the checks of a run over a few documents do."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import duckdb

from pipelines.schemas import TABLES, Table
from pipelines.storage import sql_strings


@dataclass(frozen=True)
class Rule:
    table: str
    name: str
    description: str
    sql: str  # SELECT count(*) of rows that break the rule
    warn_only: bool = False  # a finding to show, not a broken warehouse
    detail_sql: str | None = None  # rows to show beside the count


def _key_rule(t: Table) -> Rule:
    keys = ", ".join(t.key)
    sql = f"SELECT count(*) FROM (SELECT {keys} FROM {t.name} GROUP BY ALL HAVING count(*) > 1)"
    return Rule(t.name, "keys_unique", f"({keys}) identifies one row", sql)


def _span_rule(t: Table, start: str, end: str, col: str) -> Rule:
    return Rule(t.name, "spans_match_text", f"documents.text[{start}:{end}] equals {col}",
        f"SELECT count(*) FROM {t.name} x JOIN documents d USING (doc_id) WHERE x.{start} < 0 OR "
        f"x.{end} > length(d.text) OR x.{start} >= x.{end} OR "
        f"substring(d.text, x.{start} + 1, x.{end} - x.{start}) <> x.{col}")  # fmt: skip


def _orphan_rule(t: Table) -> Rule:
    return Rule(t.name, "no_orphans", "every row's doc_id is an ok/warning document",
        f"SELECT count(*) FROM {t.name} x LEFT JOIN documents d USING (doc_id) "
        "WHERE d.doc_id IS NULL OR d.status = 'rejected'")  # fmt: skip


def _not_null_rules(t: Table) -> Rule:
    required = [c.name for c in t.columns if not c.nullable]
    cond = " OR ".join(f"{c} IS NULL" for c in required) or "false"
    return Rule(t.name, "required_columns", f"no nulls in {', '.join(required)}",
                f"SELECT count(*) FROM {t.name} WHERE {cond}")  # fmt: skip


EXTRA: tuple[Rule, ...] = (
    Rule("documents", "release_date_for_ok", "ok documents have a release date (else 'warning')",
         "SELECT count(*) FROM documents WHERE status = 'ok' AND release_date IS NULL"),
    Rule("documents", "no_rejected_files", "seed files rejected (see documents.reject_reason)",
         "SELECT count(*) FROM documents WHERE status = 'rejected'", warn_only=True,
         detail_sql="SELECT source_path, reject_reason FROM documents WHERE status = 'rejected' "
                    "ORDER BY source_path LIMIT 50"),
    Rule("documents", "rejected_have_reason", "rejected documents say why",
         "SELECT count(*) FROM documents WHERE status = 'rejected' AND reject_reason IS NULL"),
    Rule("metrics", "interval_ordered", "value_low <= value <= value_high (null high = unbounded)",
         "SELECT count(*) FROM metrics WHERE value_low > value OR value_high < value"),
    Rule("metric_timeseries", "interval_ordered", "value_low <= value <= value_high",
         "SELECT count(*) FROM metric_timeseries WHERE value_low > value OR value_high < value"),
    Rule("extraction_errors", "no_extraction_errors",
         "documents a step could not read (see extraction_errors.error)",
         "SELECT count(*) FROM extraction_errors", warn_only=True,
         detail_sql="SELECT doc_id, step || ': ' || error FROM extraction_errors "
                    "ORDER BY doc_id, step LIMIT 50"),
    Rule("entities", "mentions_resolved", "every mention maps to an entity",
         "SELECT count(*) FROM mentions WHERE entity_id IS NULL"),
)  # fmt: skip


def rules_for(table: Table) -> list[Rule]:
    rules = [_key_rule(table), _not_null_rules(table)]
    rules += [_span_rule(table, *span) for span in table.spans]
    if table.per_document and table.name != "documents":
        rules.append(_orphan_rule(table))
    return rules + [r for r in EXTRA if r.table == table.name]


def all_rules() -> list[Rule]:
    return [r for t in TABLES.values() for r in rules_for(t)]


PER_DOCUMENT_TABLES = tuple(t.name for t in TABLES.values() if t.per_document)
# table -> a SELECT of the rows in scope: what a scoped evaluation reads instead of the table.
Scope = Mapping[str, str]


def documents_scope(doc_ids: Iterable[str]) -> Scope:
    """The rows of some documents, read through the views (the warehouse's own
    `Warehouse.documents_select` reads only the bucket files that hold them)."""
    ids = sql_strings(doc_ids)
    return {t: f"SELECT * FROM main.{t} WHERE doc_id IN ({ids})" for t in PER_DOCUMENT_TABLES}


def scoped(sql: str, scope: Scope) -> str:
    """`sql` over the rows of `scope` only: each per-document table is shadowed by a CTE of its
    rows in scope. Every per-document rule compares rows of one document (keys start with
    doc_id, joins are on doc_id), so the rule's count over some documents is the count the whole
    table has for them."""
    used = {t: q for t, q in scope.items() if re.search(rf"\b{t}\b", sql)}  # DuckDB reads every CTE
    if not used:
        return sql
    return "WITH " + ", ".join(f"{t} AS ({q})" for t, q in used.items()) + f" {sql}"


def _execute(
    con: duckdb.DuckDBPyConnection, rule: Rule, sql: str, scope: Scope | None
) -> duckdb.DuckDBPyConnection:
    if scope is None or rule.table not in PER_DOCUMENT_TABLES:
        return con.execute(sql)
    return con.execute(scoped(sql, scope))


def evaluate(con: duckdb.DuckDBPyConnection, rule: Rule, scope: Scope | None = None) -> int:
    """Offending rows of `rule`: in the whole table, or (per-document rules) in `scope` only."""
    return int(_execute(con, rule, rule.sql, scope).fetchone()[0])  # type: ignore[index]


def details(con: duckdb.DuckDBPyConnection, rule: Rule, scope: Scope | None = None) -> list[tuple]:
    return _execute(con, rule, rule.detail_sql, scope).fetchall() if rule.detail_sql else []
