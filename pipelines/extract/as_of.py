"""The period a fact describes (`as_of`) and the date it counts from (`since`).

`as_of` is a target the sentence sets ("by early 2026", "within next year", a future date in a
"will" sentence), else a date the fact sits in ("In 2023, ..."), else the release date. A "will"
sentence with no date of its own takes the target of the sentence before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from pipelines.extract.dates import TemporalExpression

_TARGET_PREP = re.compile(r"\b(?:by|within|before|in|until|end\s+of)\s+$", re.IGNORECASE)


def _target_date(
    sentence: tuple[int, int], text: str, dates: Sequence[TemporalExpression], release: date | None
) -> TemporalExpression | None:
    """The latest date the sentence sets as a target: 'by early 2026', 'within next year', or a
    future date in a sentence about the future ('will consult 40 groups next year')."""
    sentence_start, sentence_end = sentence
    future_tense = bool(re.search(r"\bwill\b|\bto be\b|\bplans? to\b", text[sentence_start:sentence_end]))
    targets = [
        t
        for t in dates
        if t.date_start
        and t.date_end
        and not (release and t.date_end <= release)
        and (
            _TARGET_PREP.search(text[max(sentence_start, t.start - 12) : t.start])
            or (future_tense and t.kind != "absolute")
        )
    ]
    return max(targets, key=lambda t: t.date_end, default=None)


def since_of(text: str, dates: Sequence[TemporalExpression]) -> TemporalExpression | None:
    for t in dates:
        window = text[max(0, t.start - 40) : t.start].lower()
        if t.date_start and re.search(r"\bsince\b(?:\s+\w+){0,4}\s*$", window):
            return t
    return None


def as_of_for(
    text, s0, body, release, dates, previous_dates, previous_sentence
) -> tuple[date | None, str | None]:
    target = _target_date((s0, s0 + len(body)), text, dates, release)
    if target is None and previous_sentence and re.search(r"\bwill\b", body) and not dates:
        target = _target_date(previous_sentence, text, previous_dates, release)
    if target is None:
        target = _dating_expression(text, s0, dates)
    if target is not None:
        return target.date_start, target.precision
    return release, ("day" if release else None)


_DATING_PREP = re.compile(r"\b(?:in|during|on|for|throughout)\s+(?:the\s+year\s+)?$", re.IGNORECASE)


def _dating_expression(text: str, s0: int, dates: Sequence[TemporalExpression]) -> TemporalExpression | None:
    """A past date the sentence puts the fact in: 'In 2023, the TID received 12 345 applications'."""
    since = since_of(text, dates)
    for t in dates:
        if t is since or not t.date_start:
            continue
        if _DATING_PREP.search(text[max(s0, t.start - 20) : t.start]):
            return t
    return None
