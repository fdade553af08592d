"""School, academic, financial and tax years written as the period of a sentence: "2024/25",
"2025-26", "the 2023-24 school year", "financial year 2024-25", "the year of assessment 2024-25",
"last school year". A school year runs September to August; the others April to March. Written
without "in"/"for"/"during" before it and without a "year" word, "the 2024-25 Budget" is a name
(kind 'name'), which never dates a fact.
"""

from __future__ import annotations

import re
from datetime import date

from pipelines.extract.dates import TemporalExpression

Span = tuple[int, int]

_YEAR_SPAN_HINT = re.compile(r"[0-9]\s?[-/–]\s?[0-9]")
# A preposition (or nothing) that puts a sentence in a period: "in 2023-24", "for the 2024-25 ..."
SENTENCE_PREP = re.compile(
    r"(?:\b(?:in|during|throughout|for|by|within|before|until|on|as\s+(?:at|of))\s+(?:the\s+)?"
    r"(?:(?:end|middle|beginning|start)\s+of\s+(?:the\s+)?)?|^\W*)$",  # "as at the end of November"
    re.I,
)


# "a decrease of 12% from 2007-08", "compared with 2022-23": a period compared with
_COMPARED_PREP = re.compile(r"\b(?:from|over|than|with|against|versus)\s+(?:the\s+)?$", re.I)


# "in the first half of 2025/26", "the same period of 2024/25": a part of the year, a period
_PART_OF = re.compile(
    r"\b(?:(?:first|second|third|fourth|last)\s+(?:half|quarter|three\s+quarters|\w+\s+months)|same\s+period)"
    r"\s+of\s+(?:the\s+)?$",
    re.I,
)


def maybe_period(body: str) -> bool:
    """Cheap pre-test for school/financial years and 'the same date'."""
    if "same da" in body or _YEAR_SPAN_HINT.search(body):
        return True
    return " year" in body and any(w in body for w in ("school", "academic", "financial", "fiscal"))


_SCHEME_YEAR = re.compile(
    r"(?:\b(?P<word1>school|academic|financial|fiscal)\s+year\s+|\b(?P<assessment>year\s+of\s+assessment)\s+)?"
    r"\b(?P<y1>(?:19|20)\d{2})\s*[-/–]\s*(?P<y2>\d{2}|(?:19|20)\d{2})\b(?![-/–]\d)"
    r"(?:\s+(?P<word2>school|academic|financial|fiscal)\s+years?\b)?",
    re.I,
)
_LISTED_SCHEME_YEARS = re.compile(
    r"(?:\s*(?:,|,?\s+and|,?\s+to)\s+(?:19|20)\d{2}\s*[-/–]\s*\d{2,4})+"
    r"\s+(?P<word>school|academic|financial|fiscal)\s+years?\b",
    re.I,
)
_RELATIVE_SCHEME_YEAR = re.compile(
    r"\b(?P<rel>this|the\s+current|last|the\s+previous|the\s+preceding|the\s+past|next|the\s+coming|the\s+new)\s+"
    r"(?P<word>school|academic|financial|fiscal)\s+year\b",
    re.I,
)
_SHIFT = {"this": 0, "the current": 0, "last": -1, "the previous": -1, "the preceding": -1, "the past": -1,
          "next": 1, "the coming": 1, "the new": 1}  # fmt: skip


def _scheme_span(start_year: int, word: str | None) -> tuple[date, date]:
    """A school year runs September to August; a financial year (the default) April to March."""
    if word and word.lower() in ("school", "academic"):
        return date(start_year, 9, 1), date(start_year + 1, 8, 31)
    return date(start_year, 4, 1), date(start_year + 1, 3, 31)


def scheme_years(text: str, sentence: Span, release: date | None) -> list[TemporalExpression]:
    """School and financial years written as the period of a sentence (doc offsets)."""
    s0, s1 = sentence
    body = text[s0:s1]
    out = []
    for m in _SCHEME_YEAR.finditer(body):
        y1, y2 = int(m["y1"]), int(m["y2"])
        if y2 % 100 != (y1 + 1) % 100:
            continue
        # "the 2021/22, 2022/23 and 2023/24 financial years": each is a period
        listed = _LISTED_SCHEME_YEARS.match(body, m.end())
        # "the year of assessment 2024-25": a tax year, April to March like a financial year
        word = (
            m["word1"]
            or m["word2"]
            or (listed["word"] if listed else None)
            or (m["assessment"] and "financial")
        )
        d0, d1 = _scheme_span(y1, word)
        # "the 2024-25 Budget": a name, not a period (kind 'name', never dates a fact).
        lead = body[max(0, m.start() - 20) : m.start()]
        named = (
            not word
            and not SENTENCE_PREP.search(lead)
            and not _COMPARED_PREP.search(lead)
            and not _PART_OF.search(body, max(0, m.start() - 40), m.start())
        )
        kind = "name" if named else "absolute"
        out.append(TemporalExpression(s0 + m.start(), s0 + m.end(), m.group(), kind, str(y1), "year", d0, d1))
    if release is not None:
        for m in _RELATIVE_SCHEME_YEAR.finditer(body):
            word = m["word"].lower()
            first_month = 9 if word in ("school", "academic") else 4
            current = release.year if release.month >= first_month else release.year - 1
            rel = " ".join(m["rel"].lower().split())
            y1 = current + _SHIFT[rel]
            named = [t for t in out if t.kind == "absolute" and t.end <= s0 + m.start()]
            if rel in ("the previous", "the preceding") and named and named[-1].date_start is not None:
                # "In the 2018-19 financial year, ... up from 356 in the previous financial year": the
                # year before the one the sentence names, not before the release's
                y1 = named[-1].date_start.year - 1
            d0, d1 = _scheme_span(y1, word)
            out.append(
                TemporalExpression(
                    s0 + m.start(), s0 + m.end(), m.group(), "relative", str(y1), "year", d0, d1
                )
            )
    return out
