"""Printing query results: aligned tables, CSV, JSON or Parquet."""

from __future__ import annotations

import sys

import duckdb
import pandas as pd

FORMATS = ("table", "csv", "json", "parquet")


def print_frame(df: pd.DataFrame, fmt: str = "table", *, out: str | None = None) -> None:
    if fmt == "csv":
        df.to_csv(out or sys.stdout, index=False)
    elif fmt == "json":
        text = df.to_json(orient="records", date_format="iso", indent=2)
        if out:
            with open(out, "w") as fh:
                fh.write(text)
        else:
            print(text)
    elif fmt == "parquet":
        if not out:
            raise SystemExit("--format parquet needs --output FILE")
        df.to_parquet(out, index=False)
    else:
        _print_rich(df)


def _print_rich(df: pd.DataFrame) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    for col in df.columns:
        table.add_column(str(col), overflow="fold")
    for row in df.itertuples(index=False):
        table.add_row(*("" if v is None or v is pd.NaT else str(v) for v in row))
    Console(width=max(120, Console().width)).print(table)
    print(f"({len(df)} rows)")


def query_frame(con: duckdb.DuckDBPyConnection, sql: str) -> pd.DataFrame:
    return con.execute(sql).df()
