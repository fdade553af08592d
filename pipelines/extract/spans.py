"""A set of non-overlapping spans with O(log n) overlap tests (long documents stay linear-ish)."""

from __future__ import annotations

import bisect


class SpanSet:
    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for s, e in spans or []:
            if not self.overlaps(s, e):
                self.add(s, e)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end)
        return i > 0 and self._ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)

    def take(self, start: int, end: int) -> bool:
        """Add the span unless it overlaps one already taken; True when added."""
        if self.overlaps(start, end):
            return False
        self.add(start, end)
        return True
