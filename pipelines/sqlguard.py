"""Refuse SQL that would write, attach, export, install or read outside the warehouse.

DuckDB's own parser classifies each statement (`duckdb.extract_statements`); only SELECT-like
statements pass. The connection is also opened read-only with external access disabled."""

from __future__ import annotations

import re

import duckdb

ALLOWED = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}
_FILE_FUNCS = re.compile(
    r"\b(read_parquet|read_csv|read_csv_auto|read_json|read_json_auto|read_text|read_blob|"
    r"parquet_scan|glob|sniff_csv|parquet_metadata|parquet_schema)\s*\(",
    re.IGNORECASE,
)


class SqlRefused(ValueError):
    pass


def check_read_only(sql: str) -> None:
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as err:
        raise SqlRefused(f"cannot parse: {err}") from err
    if not statements:
        raise SqlRefused("no statement")
    for st in statements:
        if st.type not in ALLOWED:
            raise SqlRefused(f"{st.type.name} statements are not allowed; the warehouse is read-only")
    if _FILE_FUNCS.search(sql):
        raise SqlRefused("reading files directly is not allowed; query the views")
