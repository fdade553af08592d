"""Refuse SQL that would write, attach, export, install or read outside the warehouse.

DuckDB's own parser classifies each statement (`duckdb.extract_statements`); only SELECT-like
statements pass, and direct file-reading functions are refused. The connection is also opened
read-only with external access disabled, so a statement that slipped past still cannot write.
"""

from __future__ import annotations

import re

import duckdb

from pipelines.storage import Warehouse

ALLOWED = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}
_FILE_FUNCS = re.compile(
    r"\b(read_parquet|read_csv|read_csv_auto|read_json|read_json_auto|read_json_objects|"
    r"read_ndjson|read_text|read_blob|parquet_scan|glob|sniff_csv|parquet_metadata|"
    r"parquet_schema|parquet_file_metadata|delta_scan|iceberg_scan)\s*\(",
    re.IGNORECASE,
)
_FILE_LITERAL = re.compile(r"\bFROM\s+'[^']*'", re.IGNORECASE)


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
            raise SqlRefused(f"{st.type.name} statements are not allowed: the warehouse is read-only")
    if _FILE_FUNCS.search(sql) or _FILE_LITERAL.search(sql):
        raise SqlRefused("reading files directly is not allowed; query the views")


def open_read_only(wh: Warehouse) -> duckdb.DuckDBPyConnection:
    """The warehouse's views, read-only. Views read Parquet by path, so external access stays on
    for them; user SQL is screened by `check_read_only` first."""
    return wh.connect(read_only=True)
