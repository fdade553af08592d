"""`pipelines eval`: build a temporary warehouse from a folder, score it against gold, and score
the plain spaCy baseline on the same files in the same run."""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

import pandas as pd

from pipelines.config import Settings
from pipelines.storage import Warehouse

SCORED_TABLES = ("documents", "people", "organisations", "metrics", "temporal_expressions")


def register(sub: argparse._SubParsersAction) -> None:
    from pipelines.evaluation import MATCHING_RULES

    p = sub.add_parser(
        "eval",
        help="score the pipeline against hand-labelled facts",
        description="Runs the pipeline over --seeds into a temporary warehouse and prints "
        "precision, recall and F1 per field, beside the spaCy baseline.\n\n" + MATCHING_RULES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--seeds", default="../shared/corpus/docs", help="folder of releases")
    p.add_argument("--gold", default="../shared/corpus/gold.json", help="labelled facts")
    p.add_argument("--no-baseline", action="store_true", help="skip the spaCy baseline")
    p.add_argument("--json", help="also write the report as JSON to this file")
    p.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    p.set_defaults(fn=run)


def _dates(df: pd.DataFrame) -> pd.DataFrame:
    for col in ("release_date", "as_of"):
        if col in df:
            df[col] = [None if pd.isna(v) else pd.Timestamp(v).date() for v in df[col]]
    return df


def warehouse_tables(seeds: Path) -> dict[str, pd.DataFrame]:
    from pipelines.runner import build_warehouse

    with tempfile.TemporaryDirectory() as tmp:
        build_warehouse(seeds, Path(tmp), max_bytes=Settings.from_env().max_seed_bytes)
        with Warehouse(Path(tmp)).connect() as con:
            return {t: _dates(con.execute(f"SELECT * FROM {t}").df()) for t in SCORED_TABLES}


def run(args: argparse.Namespace) -> int:
    from pipelines.evaluation import check_targets, format_report, report_to_dict, score
    from pipelines.evaluation.baseline import baseline_tables
    from pipelines.stages import list_seeds

    gold = json.loads(Path(args.gold).read_text())
    ours = score(warehouse_tables(Path(args.seeds)), gold)
    base = None
    if not args.no_baseline:
        base = score(baseline_tables([s.path for s in list_seeds(Path(args.seeds))]), gold)
    print(format_report(ours, base))
    if args.json:
        Path(args.json).write_text(json.dumps(report_to_dict(ours), indent=2, default=str))
    failures = check_targets(ours)
    print("\n".join(f"below target: {f}" for f in failures) or "all targets met")
    return 1 if failures and args.strict else 0
