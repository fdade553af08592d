"""`pipelines schema`: every table's columns as Markdown, from the one schema definition."""

from __future__ import annotations

import argparse

from pipelines.schemas import TABLES, markdown


def register(sub: argparse._SubParsersAction) -> None:
    sub.add_parser("schema", help="print every table's schema as Markdown").set_defaults(fn=run)


def run(args: argparse.Namespace) -> int:
    print("\n".join(markdown(t) for t in TABLES.values()))
    return 0
