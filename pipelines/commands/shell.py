"""A small interactive SQL prompt on the warehouse (read-only, views ready)."""

from __future__ import annotations

import contextlib
import sys

from pipelines.commands.output import print_table, query_table
from pipelines.sqlguard import SqlRefused, check_read_only, open_read_only
from pipelines.storage import Warehouse


def interactive(wh: Warehouse) -> int:
    with contextlib.suppress(ImportError):
        import readline  # noqa: F401  (line editing and history)
    print(f"warehouse {wh.db_path} (read-only). Tables: SHOW TABLES; end a statement with ';'. Ctrl-D quits.")
    buffer = ""
    with open_read_only(wh) as con:
        while True:
            try:
                line = input("sql> " if not buffer else "...> ")
            except EOFError:
                print()
                return 0
            buffer += line + "\n"
            if not buffer.strip().endswith(";"):
                continue
            sql, buffer = buffer.strip().rstrip(";"), ""
            try:
                check_read_only(sql)
                print_table(query_table(con, sql))
            except SqlRefused as err:
                print(f"refused: {err}", file=sys.stderr)
            except Exception as err:
                print(f"error: {err}", file=sys.stderr)
