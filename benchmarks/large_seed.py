"""One seed file holding many releases: how the per-document functions scale with its size.

`python -m benchmarks.large_seed` builds seeds of 0.5 to 8 MB by joining generated releases (seeds
up to 20 MB are accepted, `MAX_SEED_BYTES`), times `document_row` and the four per-document
functions once on each, and prints seconds, milliseconds per 100 KB and the exponent of the
growth from the smallest to the largest seed (1.0 is linear, 2.0 quadratic).
"""

from __future__ import annotations

import argparse
import math
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.generate import TRUTH_FILE, generate_corpus
from benchmarks.pure_ab import _once
from pipelines import process
from pipelines.intake import read_seed

SIZES_MB = (0.5, 1.0, 2.0, 4.0, 8.0)


def _releases(n: int) -> list[bytes]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        generate_corpus(folder, n, seed=3)
        (folder / TRUTH_FILE).unlink()
        rows = [read_seed(f.stem, f, max_bytes=1 << 24) for f in sorted(folder.iterdir())]
    return [str(r["text"]).encode() + b"\n\n" for r in rows if r.get("status") != "rejected"]


def _seed(releases: list[bytes], size: int) -> bytes:
    out, i = bytearray(), 0
    while len(out) < size:
        out += releases[i % len(releases)]
        i += 1
    return bytes(out)


def time_seed(data: bytes) -> dict[str, float]:
    a = time.perf_counter()
    doc = process.document_row("large", "large.txt", data, max_bytes=len(data) + 1)
    spent = {"document_row": time.perf_counter() - a}
    return spent | _once([doc])


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", type=float, nargs="+", default=list(SIZES_MB), help="seed sizes in MB")
    p.add_argument("--releases", type=int, default=600, help="generated releases to join")
    args = p.parse_args(argv)
    releases = _releases(args.releases)
    time_seed(releases[0])  # warm-up: imports, compiled patterns, the name lexicon
    totals: list[tuple[int, float]] = []
    for mb in args.sizes:
        data = _seed(releases, int(mb * (1 << 20)))
        spent = time_seed(data)
        total = sum(spent.values())
        totals.append((len(data), total))
        shown = ", ".join(f"{k} {v:.2f}" for k, v in spent.items())
        per = 1000 * total / (len(data) / 100_000)
        print(f"{len(data) / (1 << 20):5.1f} MB: {total:6.2f} s, {per:5.1f} ms per 100 KB ({shown})")
    if len(totals) > 1:
        (s0, t0), (s1, t1) = totals[0], totals[-1]
        print(f"growth exponent {math.log(t1 / t0) / math.log(s1 / s0):.2f} (1.0 linear, 2.0 quadratic)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
