"""`pipelines sql`: read-only SQL over the warehouse views."""

from __future__ import annotations

import argparse
import sys

import duckdb

from pipelines.commands.output import FORMATS, print_table, query_table
from pipelines.config import Settings
from pipelines.sqlguard import SqlRefused, check_read_only, open_read_only


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sql", help="read-only SQL over the warehouse views")
    p.add_argument("query", nargs="?", help="SQL; omitted: an interactive shell")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.add_argument("--output", help="file to write (needed for parquet)")
    p.add_argument(
        "--duckdb-script",
        action="store_true",
        help="print SQL that creates the views in a plain DuckDB (for an s3:// warehouse)",
    )
    p.set_defaults(fn=run)


def run(args: argparse.Namespace) -> int:
    wh = Settings.from_env().warehouse()
    if args.duckdb_script:
        print(wh.duckdb_script(), end="")
        return 0
    if not args.query:
        from pipelines.commands.shell import interactive

        return interactive(wh)
    try:
        check_read_only(args.query)
    except SqlRefused as err:
        print(f"refused: {err}", file=sys.stderr)
        return 2
    with open_read_only(wh) as con:
        try:
            data = query_table(con, args.query)
        except duckdb.Error as err:
            print(f"error: {err}", file=sys.stderr)
            return 1
    print_table(data, args.format, out=args.output)
    return 0
