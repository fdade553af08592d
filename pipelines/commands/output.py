"""Printing query results: aligned tables, CSV, JSON or Parquet."""

from __future__ import annotations

import json
import shutil
import sys

import duckdb
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

FORMATS = ("table", "csv", "json", "parquet")
MIN_WIDTH = 160


def query_table(con: duckdb.DuckDBPyConnection, sql: str) -> pa.Table:
    return con.sql(sql).to_arrow_table()


def print_table(data: pa.Table, fmt: str = "table", *, out: str | None = None) -> None:
    if fmt == "csv":
        if out:
            pacsv.write_csv(data, out)
        else:
            pacsv.write_csv(data, sys.stdout.buffer)
            sys.stdout.flush()
    elif fmt == "json":
        text = json.dumps(data.to_pylist(), indent=2, default=str, ensure_ascii=False)
        if out:
            with open(out, "w", encoding="utf-8") as fh:
                fh.write(text + "\n")
        else:
            print(text)
    elif fmt == "parquet":
        if not out:
            raise SystemExit("--format parquet needs --output FILE")
        pq.write_table(data, out)
    else:
        _print_rich(data)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() and abs(value) >= 1e4 else f"{value:g}"
    if isinstance(value, list):
        return ", ".join(_cell(v) for v in value)
    return str(value)


def _print_rich(data: pa.Table) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    for col in data.column_names:
        table.add_column(col, overflow="fold")
    for row in data.to_pylist():
        table.add_row(*(_cell(v) for v in row.values()))
    width = max(MIN_WIDTH, shutil.get_terminal_size((MIN_WIDTH, 24)).columns)
    Console(width=width).print(table)
    print(f"({data.num_rows} rows)")
