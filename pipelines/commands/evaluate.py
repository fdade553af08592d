"""`pipelines eval`: build a temporary warehouse from a folder, score it against gold (the whole
corpus and its parts: new releases, dev, check), beside the plain spaCy baseline, the figure
measured before tuning and the ratchet."""

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
        "precision, recall and F1 per field, beside the spaCy baseline, then F1 per part of the "
        "corpus (all, new, dev = tuned on, check = only scored) beside the before-tuning figure "
        "and the ratchet.\n\n" + MATCHING_RULES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--seeds", default="../shared/corpus/docs", help="folder of releases")
    p.add_argument("--gold", default="../shared/corpus/gold.json", help="labelled facts")
    p.add_argument("--no-baseline", action="store_true", help="skip the spaCy baseline")
    p.add_argument("--json", help="also write the report as JSON to this file")
    p.add_argument("--misses", choices=("dev", "all"), help="print unmatched items of this part")
    p.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    p.add_argument("--raise-ratchet", action="store_true", help="raise the ratchet figures that improved")
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
    from pipelines.evaluation import check_targets_by_part, format_report, report_to_dict, score
    from pipelines.evaluation import ratchet as ratchet_mod
    from pipelines.evaluation.baseline import baseline_tables
    from pipelines.evaluation.report import format_parts
    from pipelines.evaluation.split import PART_HELP, PARTS, select
    from pipelines.stages import list_seeds

    gold = json.loads(Path(args.gold).read_text())
    tables = warehouse_tables(Path(args.seeds))
    ours = score(tables, gold)
    base = None
    if not args.no_baseline:
        base = score(baseline_tables([s.path for s in list_seeds(Path(args.seeds))]), gold)
    print(format_report(ours, base))
    parts = {p: score(tables, select(gold, p)) for p in PARTS}
    saved = ratchet_mod.load()
    columns = {
        "before(new)": saved["before_tuning"]["f1"],
        "ratchet(all)": saved["ratchet"]["f1"],
    }
    if base is not None:
        columns["spaCy(all)"] = {name: s.f1 for name, s in base.fields.items()}
    print("\nF1 by part of the corpus (" + "; ".join(f"{p}: {h}" for p, h in PART_HELP.items()) + ")")
    print(format_parts(parts, columns))
    if args.misses:
        for m in parts[args.misses].misses:
            print(f"{m.kind} {m.field:30} {m.file[:8]} {m.item[:160]}")
    if args.json:
        by_part = {p: report_to_dict(r, with_misses=False) for p, r in parts.items()}
        out = report_to_dict(ours) | {"parts": by_part}
        Path(args.json).write_text(json.dumps(out, indent=2, default=str))
    below = ratchet_mod.failures(ours)
    print("\n".join(f"below ratchet: {f}" for f in below) or "every field at or above its ratchet")
    if args.raise_ratchet:
        for name, (old, new) in ratchet_mod.raise_to(ours).items():
            print(f"ratchet raised: {name} {old:.3f} -> {new:.3f}")
    failures = check_targets_by_part(parts, 0 < len(select(gold, "new")) < len(gold))
    print("\n".join(f"below target: {f}" for f in failures) or "all targets met")
    return 1 if (failures or below) and args.strict else 0
