"""`pipelines` command line: run, sql, eval, schema."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
from pathlib import Path

from pipelines.config import Settings
from pipelines.schemas import TABLES, markdown
from pipelines.sqlguard import SqlRefused, check_read_only
from pipelines.storage import Warehouse

SUMMARY_SQL = """
SELECT metric, subject, as_of, value, qualifier, value_low, value_high, unit, n_statements
FROM metric_timeseries ORDER BY as_of DESC NULLS LAST, metric LIMIT 40
"""


def _print_table(con, sql: str, fmt: str = "table") -> None:  # noqa: ANN001
    rel = con.sql(sql)
    if rel is None:
        return
    df = rel.df()
    if fmt == "csv":
        df.to_csv(sys.stdout, index=False)
    elif fmt == "json":
        print(df.to_json(orient="records", date_format="iso", indent=2))
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(show_lines=False)
        for col in df.columns:
            table.add_column(str(col), overflow="fold")
        for row in df.itertuples(index=False):
            table.add_row(*("" if v is None else str(v) for v in row))
        Console(width=200).print(table)
        print(f"({len(df)} rows)")


def cmd_run(args: argparse.Namespace) -> int:
    from pipelines.materialize import instance_from_env, materialize_all

    logging.getLogger("dagster").setLevel(logging.WARNING)
    settings = Settings.from_env()
    results = materialize_all(instance_from_env())
    ok = all(r.success for r in results)
    wh = Warehouse(settings.warehouse_dir)
    with wh.connect() as con:
        counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}  # type: ignore[index]
        print("rows: " + ", ".join(f"{t}={n}" for t, n in counts.items()))
        print(con.execute("SELECT status, count(*) AS n FROM documents GROUP BY ALL ORDER BY 1").fetchall())
        print("\nmetric_timeseries (newest first):")
        _print_table(con, SUMMARY_SQL)
    return 0 if ok else 1


def cmd_sql(args: argparse.Namespace) -> int:
    wh = Warehouse(Settings.from_env().warehouse_dir)
    if not args.query:
        import subprocess

        return subprocess.call([sys.executable, "-m", "duckdb", "-readonly", str(wh.db_path)])
    try:
        check_read_only(args.query)
    except SqlRefused as err:
        print(f"refused: {err}", file=sys.stderr)
        return 2
    with wh.connect(read_only=True) as con:
        con.execute("SET enable_external_access = false")
        _print_table(con, args.query, args.format)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from pipelines.evaluation import check_targets, format_report, report_to_dict, score
    from pipelines.evaluation.baseline import baseline_tables
    from pipelines.runner import build_warehouse
    from pipelines.stages import list_seeds

    gold = json.loads(Path(args.gold).read_text())
    with tempfile.TemporaryDirectory() as tmp:
        build_warehouse(Path(args.seeds), Path(tmp), max_bytes=Settings.from_env().max_seed_bytes)
        with Warehouse(Path(tmp)).connect() as con:
            tables = {t: con.sql(f"SELECT * FROM {t}").df() for t in
                      ("documents", "people", "organisations", "metrics", "temporal_expressions")}  # fmt: skip
    for df in tables.values():
        for col in ("release_date", "as_of"):
            if col in df:
                df[col] = df[col].map(lambda v: v.date() if hasattr(v, "date") and v == v else None)
    ours = score(tables, gold)
    base = None
    if not args.no_baseline:
        base = score(baseline_tables([s.path for s in list_seeds(Path(args.seeds))]), gold)
    print(format_report(ours, base))
    if args.json:
        Path(args.json).write_text(json.dumps(report_to_dict(ours), indent=2, default=str))
    failures = check_targets(ours)
    for f in failures:
        print(f"below target: {f}")
    return 1 if failures and args.strict else 0


def cmd_schema(args: argparse.Namespace) -> int:
    print("\n".join(markdown(t) for t in TABLES.values()))
    return 0


def main(argv: list[str] | None = None) -> int:
    from pipelines.evaluation import MATCHING_RULES

    parser = argparse.ArgumentParser(prog="pipelines", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="materialise every asset over SEEDS_DIR, print a summary").set_defaults(fn=cmd_run)
    sql = sub.add_parser("sql", help="read-only SQL over the warehouse views")
    sql.add_argument("query", nargs="?", help="SQL; omitted: an interactive DuckDB shell")
    sql.add_argument("--format", choices=["table", "csv", "json"], default="table")
    sql.set_defaults(fn=cmd_sql)
    ev = sub.add_parser(
        "eval",
        help="score the pipeline against hand-labelled facts",
        description=MATCHING_RULES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ev.add_argument("--seeds", default="../shared/corpus/docs")
    ev.add_argument("--gold", default="../shared/corpus/gold.json")
    ev.add_argument("--no-baseline", action="store_true")
    ev.add_argument("--json", help="also write the report as JSON here")
    ev.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    ev.set_defaults(fn=cmd_eval)
    sub.add_parser("schema", help="print every table's schema as Markdown").set_defaults(fn=cmd_schema)
    args = parser.parse_args(argv)
    return int(args.fn(args))


if __name__ == "__main__":
    raise SystemExit(main())
