"""`pipelines run`: materialise every asset over SEEDS_DIR through Dagster, then summarise."""

from __future__ import annotations

import argparse
import logging

from pipelines.commands.output import print_table, query_table
from pipelines.config import Settings
from pipelines.progress import show_progress
from pipelines.schemas import TABLES

SUMMARY_SQL = """
SELECT metric, subject, as_of, value, qualifier, value_low, value_high, unit, n_statements
FROM metric_timeseries ORDER BY as_of DESC NULLS LAST, metric LIMIT 40
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("run", help="materialise every asset over SEEDS_DIR, print a summary")
    p.set_defaults(fn=run)


def run(args: argparse.Namespace) -> int:
    from pipelines.materialize import instance_from_env, materialize_all

    logging.getLogger("dagster").setLevel(logging.WARNING)
    settings = Settings.from_env()
    with show_progress():
        results = materialize_all(instance_from_env(), log_level="WARNING")
    wh = settings.warehouse()
    with wh.connect() as con:
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}  # type: ignore[index]
        print("rows: " + ", ".join(f"{t}={n}" for t, n in counts.items()))
        status = con.execute("SELECT status, count(*) FROM documents GROUP BY ALL ORDER BY 1").fetchall()
        print("documents: " + ", ".join(f"{s}={n}" for s, n in status))
        for path, reason in con.execute(
            "SELECT source_path, reject_reason FROM documents WHERE status = 'rejected' ORDER BY 1"
        ).fetchall():
            print(f"  rejected {path}: {reason}")
        for doc_id, step, error in con.execute(
            "SELECT doc_id, step, error FROM extraction_errors ORDER BY 1, 2"
        ).fetchall():
            print(f"  {step} step failed on {doc_id} (its {step} rows are missing): {error}")
        print("\nmetric_timeseries (newest first):")
        print_table(query_table(con, SUMMARY_SQL))
    return 0 if all(r.success for r in results) else 1
