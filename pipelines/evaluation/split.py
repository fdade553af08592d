"""Which labelled releases are tuned on (`dev`) and which are only scored (`check`).

The corpus grows by rounds. The first ten releases were written against; of the 22 added on
2026-12-02, eleven are `check` (chosen by the SHA-256 of the file name, before any rule was
changed) and eleven are `dev`. Four of the 22 had their misses printed while the split was being
set up, so they were put in `dev` by hand. Only file names live here, never corpus text.
Rules are tuned on `dev`; `check` is scored and reported, never read for tuning.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

FIRST_TEN = frozenset(
    {
        "000_55ad8ffe8ce86c12.txt",
        "001_54d526aae947bd52.txt",
        "002_1601e1c9c5f85f9d.txt",
        "003_e50c661d00c5d62d.txt",
        "004_f4c83e1ba36aeee9.txt",
        "005_c71d274e2734447c.txt",
        "006_4b12aa1b952094ff.txt",
        "007_b274459a03219850.txt",
        "008_a9d2d48e3bdb4e08.txt",
        "009_e539046236e76c02.txt",
    }
)
CHECK = frozenset(
    {
        "014_99a1de0ed67ae8b4.txt",
        "018_d42a82679330b76a.txt",
        "020_b35439250d732641.txt",
        "022_108d2aa44e10d7be.txt",
        "025_354830c38ed3ef9a.txt",
        "029_cf672903049b77c4.txt",
        "033_ee79f195fb2a33e8.txt",
        "104_59e03f8fca9d90d9.txt",
        "106_fee360260d9a973c.txt",
        "109_d047085a5c6c2014.txt",
        "111_fc87e7c5b1461cf0.txt",
    }
)
PARTS = ("all", "new", "dev", "check")
PART_HELP = {
    "all": "every labelled release",
    "new": "the releases added after the first ten (the 'never seen' set of 2026-12-02)",
    "dev": "tuned on: the first ten and the new releases not in check",
    "check": "only scored, never tuned on",
}


def part_of(file: str) -> tuple[str, ...]:
    """The parts a gold file belongs to ('all' always)."""
    parts = ["all"]
    if file not in FIRST_TEN:
        parts.append("new")
    parts.append("check" if file in CHECK else "dev")
    return tuple(parts)


def select(gold: Iterable[Mapping[str, Any]], part: str) -> list[Mapping[str, Any]]:
    """Gold entries of one part (unknown future files count as dev and new)."""
    return [g for g in gold if part in part_of(str(g["file"]))]
