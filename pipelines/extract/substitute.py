"""One repair applied at every match of a pattern, counted (the cleaning steps report repairs)."""

from __future__ import annotations

import re
from collections.abc import Callable


def sub_counted(pattern: re.Pattern[str], repair: Callable[[str], str | None], text: str) -> tuple[str, int]:
    """`text` with each match of `pattern` replaced by `repair(match)` where that is not None;
    returns (text, number of matches repaired)."""
    count = 0

    def fix(match: re.Match[str]) -> str:
        nonlocal count
        fixed = repair(match.group())
        if fixed is None:
            return match.group()
        count += 1
        return fixed

    return pattern.sub(fix, text), count
