"""Temporal expressions, resolved against the release date.

dateutil parses the calendar parts (month names, days, years); the relative forms the government
writes ("today (December 6)", "December last year", "within next year", "early 2026", "a year
ago", "last night (October 3)") are rules on top, because dateparser and dateutil resolve them
wrongly or not at all against a reference date (measured, see the design notes).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from pipelines.extract.numbers import parse_number

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS |= {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
MONTHS["sept"] = 9
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"  # noqa: E501
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_DEICTIC = r"(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = (
    r"(?:early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
    r"the\s+first\s+half\s+of|the\s+second\s+half\s+of|the\s+middle\s+of|mid-)"
)
_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"

# Order matters: longer, more specific forms first; matches never overlap.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "deictic_day",
        re.compile(
            rf"\b(?P<deictic>{_DEICTIC}|{_WEEKDAY})(?:'s)?\s*\(\s*(?:{_WEEKDAY},?\s*)?"
            rf"(?P<month>{_MONTH})\s+(?P<day>{_DAY})(?:,?\s*(?P<year>{_YEAR}))?\s*\)",
            re.I,
        ),
    ),
    (
        "month_day_year",
        re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<day>{_DAY}),?\s+(?P<year>{_YEAR})\b(?!-)"),
    ),
    (
        "day_month_year",
        re.compile(rf"\b(?P<day>{_DAY})\s+(?P<month>{_MONTH})\s*,?\s+(?P<year>{_YEAR})\b(?!-)"),
    ),
    (
        "part_year",
        re.compile(rf"\b(?P<part>{_PART})\s*(?P<year>{_YEAR})\b(?![-/]\d)", re.I),
    ),
    (
        "month_rel_year",
        re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<rel>last|next|this)\s+year\b"),
    ),
    ("month_year", re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<year>{_YEAR})\b(?![-/]\d)")),
    ("month_day", re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<day>{_DAY})\b(?![:\d])")),
    ("day_month", re.compile(rf"\b(?P<day>{_DAY})\s+(?P<month>{_MONTH})\b")),
    (
        "ago",
        re.compile(rf"\b(?P<count>{_COUNT})\s+(?P<unit>years?|months?|weeks?|days?)\s+ago\b", re.I),
    ),
    (
        "rel_period",
        re.compile(r"\b(?P<rel>last|next|this|the\s+past|the\s+previous)\s+(?P<unit>year|month)\b", re.I),
    ),
    ("deictic", re.compile(rf"\b(?P<deictic>{_DEICTIC})\b", re.I)),
    ("year", re.compile(rf"(?<![\d$.,/-])\b(?P<year>{_YEAR})\b(?![-/]\d|\d|,\d| \d{{3}})")),
]
RELATIVE_KINDS = {"deictic_day", "month_rel_year", "ago", "rel_period", "deictic"}
PARTIAL_KINDS = {"part_year", "month_day", "day_month"}
# A month name that is also a common word ("May", "March") needs a day or year beside it.
_AMBIGUOUS_MONTHS = {"may", "march"}


@dataclass(frozen=True)
class TemporalExpression:
    start: int
    end: int
    text: str
    kind: str  # relative | partial | absolute
    normalized: str | None
    precision: str | None  # day | month | year
    date_start: date | None
    date_end: date | None


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _day_span(d: date) -> tuple[str, str, date, date]:
    return d.isoformat(), "day", d, d


def _month_span(year: int, month: int) -> tuple[str, str, date, date]:
    last = calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}", "month", date(year, month, 1), date(year, month, last)


def _year_span(year: int) -> tuple[str, str, date, date]:
    return f"{year:04d}", "year", date(year, 1, 1), date(year, 12, 31)


def _nearest_year(month: int, day: int, release: date) -> date | None:
    """A month-day without year: the release year, or the adjacent one when that is nearer."""
    guess = None
    for year in (release.year, release.year + 1, release.year - 1, release.year + 2, release.year - 2):
        try:
            guess = date(year, month, day)  # February 29 needs a leap year
            break
        except ValueError:
            continue
    if guess is None:
        return None
    if guess.year != release.year:
        return guess
    if (guess - release).days > 183:
        return guess.replace(year=release.year - 1)
    if (release - guess).days > 183:
        return guess.replace(year=release.year + 1)
    return guess


def _deictic_day(word: str, release: date) -> date:
    w = " ".join(word.lower().split())
    if w == "yesterday" or w == "last night":
        return release - timedelta(days=1)
    if w == "tomorrow":
        return release + timedelta(days=1)
    return release


def _resolve(kind: str, m: re.Match[str], release: date | None) -> tuple | None:
    g = m.groupdict()
    if kind in ("month_day_year", "day_month_year"):
        try:
            return _day_span(date(int(g["year"]), _month(g["month"]), _day(g["day"])))
        except ValueError:
            return None
    if kind == "month_year":
        return _month_span(int(g["year"]), _month(g["month"]))
    if kind == "part_year" or kind == "year":
        return _year_span(int(g["year"]))
    if release is None:
        return None
    if kind == "deictic_day":
        if g.get("year"):
            try:
                return _day_span(date(int(g["year"]), _month(g["month"]), _day(g["day"])))
            except ValueError:
                return None
        found = _nearest_year(_month(g["month"]), _day(g["day"]), release)
        return _day_span(found) if found else None
    if kind in ("month_day", "day_month"):
        found = _nearest_year(_month(g["month"]), _day(g["day"]), release)
        return _day_span(found) if found else None
    if kind == "month_rel_year":
        shift = {"last": -1, "next": 1, "this": 0}[g["rel"].lower()]
        return _month_span(release.year + shift, _month(g["month"]))
    if kind == "deictic":
        return _day_span(_deictic_day(g["deictic"], release))
    if kind == "rel_period":
        rel = " ".join(g["rel"].lower().split())
        shift = {"last": -1, "the past": -1, "the previous": -1, "next": 1, "this": 0}[rel]
        if g["unit"].lower() == "year":
            return _year_span(release.year + shift)
        moved = release + relativedelta(months=shift)
        return _month_span(moved.year, moved.month)
    if kind == "ago":
        count = parse_number(g["count"]) or 1
        unit = g["unit"].lower().rstrip("s")
        if unit == "year":
            return _year_span(release.year - int(count))
        moved = release - relativedelta(**{f"{unit}s": int(count)})
        return _month_span(moved.year, moved.month) if unit == "month" else _day_span(moved)
    return None


def _kind(pattern: str) -> str:
    if pattern in RELATIVE_KINDS:
        return "relative"
    if pattern in PARTIAL_KINDS:
        return "partial"
    return "absolute"


def _plausible(kind: str, m: re.Match[str]) -> bool:
    month = m.groupdict().get("month")
    if month and month.lower().rstrip(".") in _AMBIGUOUS_MONTHS and kind in ("month_day", "day_month"):
        return month[0].isupper()
    return True


def find_temporal(text: str, release: date | None) -> Iterator[TemporalExpression]:
    """Every temporal expression in `text`, left to right, without overlaps."""
    taken: list[tuple[int, int]] = []
    found: list[TemporalExpression] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(start < e and s < end for s, e in taken) or not _plausible(kind, m):
                continue
            resolved = _resolve(kind, m, release)
            if resolved is None and kind in ("month_day_year", "day_month_year"):
                continue
            normalized, precision, d0, d1 = resolved or (None, None, None, None)
            taken.append((start, end))
            found.append(
                TemporalExpression(start, end, m.group(), _kind(kind), normalized, precision, d0, d1)
            )
    yield from sorted(found, key=lambda t: t.start)
