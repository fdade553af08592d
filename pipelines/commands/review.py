"""`pipelines review DOC_ID`: a self-contained HTML page of a release with every extraction
highlighted at its span (rendering lives in `pipelines.review`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipelines.config import Settings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("review", help="write an HTML review page of one document")
    p.add_argument("doc_id")
    p.add_argument("--output", help="file to write (default: warehouse/review/<doc_id>.html)")
    p.set_defaults(fn=run)


def run(args: argparse.Namespace) -> int:
    from pipelines.review import render_review

    wh = Settings.from_env().warehouse()
    try:
        html = render_review(wh, args.doc_id)
    except KeyError as err:
        print(f"error: {err.args[0] if err.args else err}", file=sys.stderr)
        return 2
    out = Path(args.output) if args.output else wh.root / "review" / f"{args.doc_id}.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    print(out)
    return 0
