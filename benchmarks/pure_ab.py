"""The four per-document functions on N generated releases, best of R runs, in ms a document per
function: `python -m benchmarks.pure_ab --n 400`. To compare two commits, run it from a worktree
of each, interleaved (the machine's speed drifts more than a rule change costs):

    git worktree add /tmp/old <commit>
    (cd /tmp/old && PYTHONPATH=/tmp/old python -m benchmarks.pure_ab)
    python -m benchmarks.pure_ab
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.generate import TRUTH_FILE, generate_corpus
from pipelines import process
from pipelines.intake import read_seed


def _once(docs: list[dict]) -> dict[str, float]:
    spent = dict.fromkeys(("section_rows", "entity_rows", "temporal_rows", "metric_rows"), 0.0)
    for doc in docs:
        a = time.perf_counter()
        _, sentences = process.section_rows(doc)
        b = time.perf_counter()
        mentions, _, orgs = process.entity_rows(doc, sentences)
        c = time.perf_counter()
        temporal = process.temporal_rows(doc, sentences)
        d = time.perf_counter()
        process.metric_rows(doc, sentences, mentions, orgs, temporal)
        e = time.perf_counter()
        for name, took in zip(spent, (b - a, c - b, d - c, e - d), strict=True):
            spent[name] += took
    return spent


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=400)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--seeds", type=Path, default=Path("/tmp/pure_ab_seeds"), help="kept between runs")
    args = p.parse_args(argv)
    if not args.seeds.exists():
        generate_corpus(args.seeds, args.n, seed=1)
        (args.seeds / TRUTH_FILE).unlink()
    rows = [read_seed(f.stem, f, max_bytes=1 << 24) for f in sorted(args.seeds.iterdir())]
    docs = [r for r in rows if r.get("status") != "rejected"]
    _once(docs)  # warm-up: imports, compiled patterns, the name lexicon
    best: dict[str, float] = {}
    for _ in range(args.repeats):
        for name, took in _once(docs).items():
            best[name] = min(best.get(name, took), took)
    per_doc = {k: 1000 * v / len(docs) for k, v in best.items()}
    shown = ", ".join(f"{k} {v:.2f}" for k, v in per_doc.items())
    print(f"{len(docs)} documents, best of {args.repeats}: {sum(per_doc.values()):.2f} ms/doc ({shown})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
