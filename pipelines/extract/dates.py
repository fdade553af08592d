"""Temporal expressions, resolved against the release date.

dateutil parses the calendar parts (month names, days, years); the relative forms the government
writes ("today (December 6)", "December last year", "within next year", "early 2026", "a year
ago", "last night (October 3)", "New Year's Eve last year", "last October", "end-2023") are rules
on top, because dateparser and dateutil resolve them wrongly or not at all against a reference
date (measured, see the design notes).

Precision follows the labelling rules: "early 2026", "mid-2024", "the first half of 2025" are
the year, and so is "the beginning of 2024"; "the end of 2022" / "end-2023" is its last month;
"a year and a half ago" is a month. A date without year takes the release year, or the past one
when the sentence reports it as past ("was held on December 28" in a January release), or the
next one when the sentence announces it ("will open in March" in a December release).
"the previous year" and "the past year" are not dates: they count from the period a fact
describes, not from the release.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from pipelines.extract.alternation import has_any_word
from pipelines.extract.numbers import parse_number

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS |= {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
MONTHS["sept"] = 9
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"  # noqa: E501
FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_DEICTIC = r"(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = (
    r"(?:early|mid|late|the\s+end\s+of|end\s+of|end-|the\s+beginning\s+of|the\s+start\s+of|"
    r"the\s+first\s+half\s+of|the\s+second\s+half\s+of|the\s+middle\s+of|mid-|"
    r"the\s+(?:first|second|third|fourth|last|final)\s+quarter\s+of|"
    r"the\s+first\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\s+of|"
    r"the\s+first\s+(?:two|three)\s+quarters\s+of)"
)
_REL_YEAR = r"(?P<rel>last|next|this)\s+year"
_COUNT = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"a\s+hundred|\d{1,3})"
)
# A day range after a month day: "November 12 to 30" (not "to 30 per cent" or "to 30 persons";
# "from November 18 to 21 and arrested ..." is one).
# "November 12 to 30": the last day ends the span ("April 2 to April 8" stays two dates, as the
# labels have it).
_DAY_TAIL = (
    # ("from 5.1 ... in the week ending January 21 to 6.8 ...": a decimal is no day)
    r"(?:\s*(?:-|–|to)\s*(?P<end_day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?![.,]\d)"
    # a word after the last day is a counted noun, unless it joins the clause on
    r"(?!\s*(?:%|per\b|(?!(?:and|or|at|in|on|for|with|when|while|during|inclusive|this|last|next)\b)[a-z]{3,})))?"
)
# Days the calendar fixes: "New Year's Eve last year" is December 31 of the year before.
HOLIDAYS = {
    "new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24),
    "christmas day": (12, 25), "boxing day": (12, 26), "labour day": (5, 1),
    "national day": (10, 1), "valentine's day": (2, 14), "halloween": (10, 31),
}  # fmt: skip
_HOLIDAY = (
    r"(?:New\s+Year['’]s\s+(?:Eve|Day)|Christmas\s+(?:Eve|Day)|Boxing\s+Day|Labour\s+Day|"
    r"National\s+Day|Valentine['’]s\s+Day|Halloween)"
)
# A month alone is a date only after a word that dates it: a preposition ("in October", left out
# of the span) or a relative word ("last October", "end-November", kept in the span).
# ("the three months ending July": the statistics' rolling quarters, named by the last month)
_MONTH_PREP = r"(?i:in|since|from|until|till|by|before|after|during|throughout|of|between|ending)\s+"
_REPORT_NOUNS = ("Report", "report", "figures", "statistics", "results", "findings", "data", "Review")
_REPORT_FOR = "(?:" + "|".join(rf"(?<={w}\s)" for w in _REPORT_NOUNS) + r")for\s+"
_REPORTED = re.compile(_REPORT_FOR + "$")
_AFTER_LISTED_MONTH = re.compile(rf"\b{FULL_MONTH}(?:,\s|\s+and\s)$")
_MONTH_LEAD = (
    r"(?i:last|next|this|early|late|mid-|end-|the\s+end\s+of|end\s+of|the\s+beginning\s+of|"
    r"the\s+middle\s+of)\s*"
)

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
        "holiday",
        # (not "the National Day Golden Week", "the Labour Day holiday": a period the day names)
        re.compile(
            rf"\b(?P<holiday>{_HOLIDAY})(?!\s+(?:Golden\s+Week|holidays?|long\s+weekend|period)\b)"
            rf"(?:\s+(?:{_REL_YEAR}|(?P<year>{_YEAR})\b))?",
            re.I,
        ),
    ),
    (
        "month_day_year",
        re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<day>{_DAY}){_DAY_TAIL},?\s+(?P<year>{_YEAR})\b(?!-)"),
    ),
    (
        "day_month_year",
        re.compile(rf"\b(?P<day>{_DAY}){_DAY_TAIL}\s+(?P<month>{_MONTH})\s*,?\s+(?P<year>{_YEAR})\b(?!-)"),
    ),
    (
        # "July - September 2015", "November 2014 - January 2015": a period of months (the
        # statistics' rolling quarters), named by its last month
        "month_range_year",
        re.compile(
            rf"\b(?P<month1>{_MONTH})(?:\s+(?P<year1>{_YEAR}))?\s*(?:-|–|to)\s*"
            rf"(?P<month>{_MONTH})\s+(?P<year>{_YEAR})\b(?![-/]\d)"
        ),
    ),
    (
        # "between January and November 2025": the same period of months
        "month_range_between",
        re.compile(
            rf"(?<=[Bb]etween )(?P<month1>{_MONTH})(?:\s+(?P<year1>{_YEAR}))?\s+and\s+"
            rf"(?P<month>{_MONTH})\s+(?P<year>{_YEAR})\b(?![-/]\d)"
        ),
    ),
    (
        # "Between January and June, inspectors conducted ...": months of the release's year (the
        # year before when they end after the release); a period, not a date the labels list
        "month_range_bare",
        re.compile(
            rf"(?<=[Bb]etween )(?P<month1>{FULL_MONTH})\s+and\s+(?P<month>{FULL_MONTH})\b"
            rf"(?!\s*,?\s*(?:{_YEAR}|\d|this|last|next)\b)"
        ),
    ),
    (
        "part_year",
        re.compile(rf"\b(?P<part>{_PART})\s*(?P<year>{_YEAR})\b(?![-/]\d)", re.I),
    ),
    # "against 83% in Q3 2023", "3Q 2024": a quarter written short, a period of its year
    ("quarter_year", re.compile(rf"\b(?:Q[1-4]|[1-4]Q)\s*(?P<year>{_YEAR})\b(?![-/]\d)")),
    (
        # "rose by 2.3% in the first quarter": the latest such quarter begun by the release
        "bare_quarter",
        re.compile(
            r"\bthe\s+(?:(?P<quarter>first|second|third|fourth)\s+quarter|first\s+half|first\s+(?:two|three|four|"
            r"five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months|first\s+(?:two|three)\s+quarters)\b"
            r"(?!\s+(?:of|last|this|next)\b)",
            re.I,
        ),
    ),
    (
        "part_rel_year",
        # "the first half of the year": of the release's year
        re.compile(rf"\b(?P<part>{_PART})\s*(?:{_REL_YEAR}|the\s+year)\b", re.I),
    ),
    (
        # "As at September 30 this year": one day, in the year the words name ("From March 15 to
        # 28 this year": the days of a range)
        "day_rel_year",
        re.compile(
            rf"\b(?:(?P<month>{_MONTH})\s+(?P<day>{_DAY}){_DAY_TAIL}|(?P<day2>{_DAY})\s+(?P<month2>{_MONTH})),?\s+{_REL_YEAR}\b"
        ),
    ),
    (
        # "January to November this year", "from September to December last year": months of one
        # year taken together, a part of that year
        "month_range_rel_year",
        re.compile(rf"\b(?P<month1>{FULL_MONTH})\s*(?:-|–|to)\s*(?P<month>{FULL_MONTH})\s+{_REL_YEAR}\b"),
    ),
    (
        "month_rel_year",
        re.compile(rf"\b(?P<month>{_MONTH})\s+{_REL_YEAR}\b"),
    ),
    # "as at end-November 2022": a part of a named month, labelled like "end-2023"
    (
        "part_month_year",
        re.compile(
            rf"\b(?i:end-|mid-|the\s+end\s+of\s+|end\s+of\s+)(?P<month>{_MONTH})\s+(?P<year>{_YEAR})\b(?![-/]\d)"
        ),
    ),
    ("month_year", re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<year>{_YEAR})\b(?![-/]\d)")),
    ("month_day", re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<day>{_DAY}){_DAY_TAIL}\b(?![:\d])")),
    ("day_month", re.compile(rf"\b(?P<day>{_DAY}){_DAY_TAIL}\s+(?P<month>{_MONTH})\b")),
    (
        "ago",
        re.compile(
            rf"\b(?:(?P<half>half\s+a)\s+(?P<hunit>year)|(?P<count>{_COUNT})\s+(?P<unit>years?|months?|weeks?|days?)"
            r"(?P<and_half>\s+and\s+a\s+half)?)\s+ago\b",
            re.I,
        ),
    ),
    # "increased by 4.6% in April 2011 over a year earlier": the year before the period named
    # ("a year before", not "a year before the Games")
    (
        "year_earlier",
        re.compile(r"\b(?:a|one)\s+year\s+(?:earlier|before(?!\s+(?:the|its|his|her|their|a|an)\b))\b", re.I),
    ),
    # "from 82.5% a month earlier": the month before the release's (as_of reads it against the
    # period the sentence reports)
    ("month_earlier", re.compile(r"\b(?:a|one)\s+month\s+(?:earlier|before)\b", re.I)),
    (
        "rel_month",
        re.compile(
            rf"(?:\b(?:(?P<lead>{_MONTH_LEAD})|{_MONTH_PREP})|(?<=\()(?={FULL_MONTH}:)"
            # "the Food Safety Report for March", "the figures for May": the month a report covers
            # (not "for March to May", a range)
            rf"|{_REPORT_FOR}(?={FULL_MONTH}\b(?!\s+(?:to|since)\b|\s*[-–]))"
            # "in August and September", "in July, August and September": the months listed after
            rf"|(?<=[a-z],\s)(?={FULL_MONTH}\b)|(?<=[a-z]\sand\s)(?={FULL_MONTH}\b)"
            # "November alone saw 1.6 million visitors": a month opening the sentence as its subject
            rf"|(?:^|(?<=[.!?]\s))(?={FULL_MONTH}\s+(?:alone|saw|recorded|registered|was|were|had|also)\b))"
            rf"(?P<month>{FULL_MONTH})\b(?!\s+(?:\d|{_REL_YEAR}))"
        ),
    ),
    # "last week": Monday to Sunday, named by its month (no finer precision a label can write)
    # ("this week" is the release's: a count "this week" runs to its day)
    (
        "rel_period",
        re.compile(
            # ("last summer", "this autumn": a season, labelled by its year; not winter, which spans two)
            r"\b(?:(?P<rel>last|next|this)\s+(?P<unit>year|month|summer|spring|autumn)"
            r"|(?P<rel2>last|next)\s+(?P<unit2>week))\b(?!-)",
            re.I,
        ),
    ),
    ("deictic", re.compile(rf"\b(?P<deictic>{_DEICTIC})\b", re.I)),
    ("year", re.compile(rf"(?<![\d$.,/-])\b(?P<year>{_YEAR})\b(?![-/]\d|\d|,\d| \d{{3}})")),
]
RELATIVE_KINDS = {
    "deictic_day", "day_rel_year", "month_rel_year", "month_range_rel_year", "part_rel_year", "ago",
    "rel_period", "deictic", "year_earlier", "month_earlier",
}  # fmt: skip
PARTIAL_KINDS = {"part_year", "part_month_year", "month_day", "day_month", "rel_month", "bare_quarter"}
# A month name that is also a common word ("May", "March") needs a day or year beside it.
_AMBIGUOUS_MONTHS = {"may", "march"}
# Cheap pre-tests: which families of patterns can match a sentence at all.
_HAS_DIGIT = re.compile(r"\d")
_HAS_MONTH = re.compile(rf"\b{_MONTH}")
_MONTH_OPENING = re.compile("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")  # (no \b: scans fast)
_CUE_WORDS = frozenset({
    "today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night", "last",
    "next", "this", "ago", "eve", "day", "halloween", "earlier", "before", "quarter", "quarters", "half",
    "months",
})  # fmt: skip
_HAS_WORD = re.compile(rf"\b(?:{'|'.join(sorted(_CUE_WORDS))})\b", re.I)
_HAS_THE_YEAR = re.compile(r"\bthe\s+year\b", re.I)


def _present(text: str) -> dict[str, bool]:
    """Which families of patterns can match `text` at all (`_NEEDS`). Each answer is the search
    of its `_HAS_*` pattern, asked cheaply first: the cue words by `has_any_word`, "the year" only
    where "year" is written, and a month's first three letters must be there for a month."""
    word = has_any_word(text, _CUE_WORDS, _HAS_WORD)
    the_year = word or ("year" in text.lower() and _HAS_THE_YEAR.search(text) is not None)
    return {
        "digit": _HAS_DIGIT.search(text) is not None,
        "month": _MONTH_OPENING.search(text) is not None and _HAS_MONTH.search(text) is not None,
        "word": word,
        # "the first three months of the year": only that pattern needs "the year"
        "the_year": the_year,
    }


_NEEDS = {
    "deictic_day": "month", "holiday": "word", "month_day_year": "month", "day_month_year": "month",
    "month_range_year": "month", "month_range_between": "month", "month_range_bare": "month",
    "part_year": "digit",
    "quarter_year": "digit",
    "part_rel_year": "the_year", "bare_quarter": "word",
    "day_rel_year": "month", "month_rel_year": "month", "month_range_rel_year": "month",
    "month_year": "month", "part_month_year": "month",
    "month_day": "month", "day_month": "month", "ago": "word", "year_earlier": "word",
    "month_earlier": "word", "rel_month": "month",
    "rel_period": "word", "deictic": "word", "year": "digit",
}  # fmt: skip
# "to be held", "to be released in August": announced
_FUTURE = re.compile(
    r"\b(?:will|shall|to\s+be\s+(?:held|[a-z]{3,}ed)|(?:is|are)\s+(?:expected|scheduled)\s+to)\b", re.I
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|took|came|began|rose|fell|grew|held|saw|went|became|made|met|won|led|"
    r"arose|struck|broke|caught|gave|sent|brought|spent|paid|sold|bought|lost|drew|told|ran|found|sought|"
    r"wrote|built|chose|flew|stood|kept|heard|taught|fought|dealt|undertook|underwent|withdrew|overtook)\b"
    # the verbs of reported figures: "visitors increased by 13.5% to 1.34 million in November"
    r"|\b(?:increased|decreased|dropped|declined|recorded|reached|totalled|amounted|registered)\b"
    r"|\b[a-z]{3,}ed\s+(?:on|in)\b",
    re.I,
)


@dataclass(frozen=True)
class TemporalExpression:
    start: int
    end: int
    text: str
    kind: str  # relative | partial | absolute | span
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


def _part_of_year(year: int, first: int, last: int) -> tuple[str, str, date, date]:
    """'January to November this year': the year, at year precision, over the months named."""
    end = _month_span(year, last)[3]
    return f"{year:04d}", "year", date(year, first, 1), end


def _part_span(part: str, year: int) -> tuple[str, str, date, date]:
    """'the end of 2022' is its last month; others ('the beginning of 2024', 'early 2026') the year."""
    p = " ".join(part.lower().split())
    if "end" in p and "quarter" not in p:
        return _month_span(year, 12)
    return _year_span(year)


_LEADING_PART = re.compile(
    r"\b(?:the\s+)?(?:(?P<half>first|second)\s+half|(?P<quarter>first|second|third|fourth|last|final)\s+quarter"
    r"|first\s+(?P<months>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months"
    r"|first\s+(?P<quarters>two|three)\s+quarters)\b",
    re.I,
)
_ORDINAL_END = {"first": 3, "second": 6, "third": 9, "fourth": 12, "last": 12, "final": 12}
_MONTH_COUNT = {w: i for i, w in enumerate(
    ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"), start=2)}  # fmt: skip


def part_end_month(text: str) -> int | None:
    """The last month of a part of a year named by its months ('the first ten months of 2024' ->
    10, 'the first half' -> 6, 'the third quarter' -> 9); None for 'early 2026', 'mid-2024' and
    the like, which name no months."""
    m = _LEADING_PART.search(text)
    if m is None:
        return None
    if m["half"]:
        return 6 if m["half"].lower() == "first" else 12
    if m["quarter"]:
        return _ORDINAL_END[m["quarter"].lower()]
    if m["quarters"]:
        return 3 * _MONTH_COUNT[m["quarters"].lower()]
    months = m["months"].lower()
    count = int(months) if months.isdigit() else _MONTH_COUNT[months]
    return count if 1 <= count <= 12 else None


def _tense(sentence: str) -> int:
    """+1 if the sentence announces, -1 if it reports the past, 0 if it does not say."""
    if _FUTURE.search(sentence):
        return 1
    return -1 if _PAST.search(sentence) else 0


# The clause a date stands in: "said that the warmth of 2009 was ..., and that the Observatory
# would publish its projections in March" announces March, though the sentence reports the past.
_CLAUSE_OPEN = re.compile(r"(?:,\s+|;\s+|\bthat\s+|\bwhile\s+|\band\s+)")
_CLAUSE_CLOSE = re.compile(r",\s+(?:which|whose|who|and|while|but)\b|;|\.(?:\s|$)")
_WOULD = re.compile(
    # "may submit applications on or before May 29": what one may, must or should still do (the
    # modal in lower case: not the month "May")
    r"\b(?:would|will|shall|(?-i:may|must|should)(?!\s+(?:not\s+)?have\b)|plans?\s+to|planned\s+to|(?:is|are|was|were)\s+to\s+be|to\s+be\s+(?:held|[a-z]{3,}ed)|expected\s+to|"
    r"scheduled\s+(?:to|for))\b"
    # "could check their results online from today until April 30": a period that starts now
    r"|\bfrom\s+(?:today|now)\s+(?:until|till|to|through)\s*$",
    re.I,
)
# Within one clause a verb in -ed reports the past ("we launched a scheme", "the FDC reviewed").
_PAST_IN_CLAUSE = re.compile(
    r"\b(?:we|it|they|he|she|has|have|had|[A-Z][a-z]+|[A-Z]{2,}s?)\s+(?:also\s+)?[a-z]{3,}ed\b"
    # "Lumen Limited, opened its headquarters ... in October": a clause opening with its verb
    r"|^\s*(?:also\s+)?(?:opened|launched|completed|signed|received|recorded|set\s+up|held|hosted)\b"
)


_SINCE_BEFORE = re.compile(r"\bsince\s+(?:early\s+|mid-|late\s+)?$", re.I)


def _clause_tense(text: str, start: int, end: int, sentence_tense: int) -> int:
    """The tense of the clause a date stands in (the words before it, else the words after it up
    to the next clause: "In February, we launched a scheme ..., whose power will reach ..."),
    when it says one, else the sentence's."""
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(text, max(0, start - 160), start)]
    before = text[opens[-1] if opens else max(0, start - 160) : start]
    stop = _CLAUSE_CLOSE.search(text, end, end + 200)
    after = text[end : stop.start() if stop else end + 200]
    for clause in (before, after):
        if _WOULD.search(clause):
            return 1
        if _PAST.search(clause) or _PAST_IN_CLAUSE.search(clause):
            return -1
    return sentence_tense


def _in_year(month: int, day: int, year: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


_SLACK = 31


def _nearest_year(month: int, day: int, release: date, tense: int = 0) -> date | None:
    """A month-day without year: the release year, or the adjacent one when that is nearer, or
    when the sentence reports it as past (announces it as future) and it would lie after (before)
    the release."""
    guess = None
    for year in (release.year, release.year + 1, release.year - 1, release.year + 2, release.year - 2):
        guess = _in_year(month, day, year)  # February 29 needs a leap year
        if guess:
            break
    if guess is None:
        return None
    if guess.year != release.year:
        return guess
    # A sentence may name a recent date beside the one it reports: a month of slack.
    ahead = (guess - release).days > (_SLACK if tense < 0 else 10_000 if tense > 0 else 183)
    behind = (release - guess).days > (_SLACK if tense > 0 else 10_000 if tense < 0 else 183)
    if ahead:
        return _in_year(month, day, release.year - 1) or guess
    if behind:
        return _in_year(month, day, release.year + 1) or guess
    return guess


def _month_alone(lead: str, month: int, release: date, tense: int) -> tuple[str, str, date, date]:
    """'last October' is the latest October before the release month; 'next March' the first
    after it; 'in October' the release year's (the year before if reported as past and still to
    come, the year after if announced and already gone; the nearer one if the text does not say)."""
    lead = lead.lower()
    year = release.year
    if lead == "last" or (lead != "this" and tense < 0):
        year -= month >= release.month if lead == "last" else month > release.month
    elif lead == "next" or (lead != "this" and tense > 0):
        year += month <= release.month if lead == "next" else month < release.month
    elif lead != "this":  # tense unknown: the nearer one ("In December, 2 410 vessels arrived" in January)
        year += -1 if month - release.month > 6 else 1 if release.month - month > 6 else 0
    return _month_span(year, month)


def _deictic_day(word: str, release: date) -> date:
    w = " ".join(word.lower().split())
    if w == "yesterday" or w == "last night":
        return release - timedelta(days=1)
    if w == "tomorrow":
        return release + timedelta(days=1)
    return release


_SHIFT = {"last": -1, "next": 1, "this": 0}


def _resolve(kind: str, m: re.Match[str], release: date | None, tense: int) -> tuple | None:
    g = m.groupdict()
    if kind in ("month_day_year", "day_month_year"):
        found = _in_year(_month(g["month"]), _day(g["day"]), int(g["year"]))
        return _day_span(found) if found else None
    if kind in ("month_year", "part_month_year"):
        return _month_span(int(g["year"]), _month(g["month"]))
    if kind in ("month_range_year", "month_range_between"):
        first = _month_span(int(g["year1"] or g["year"]), _month(g["month1"]))
        last = _month_span(int(g["year"]), _month(g["month"]))
        if first[2] > last[2]:
            return last
        return (last[0], "month", first[2], last[3])
    if kind == "part_year":
        return _part_span(g["part"], int(g["year"]))
    if kind == "month_range_bare" and release is not None:
        first, last = _month(g["month1"]), _month(g["month"])
        year = release.year - (last > release.month or first > last)
        end = _month_span(year, last)
        return (end[0], "month", date(year, first, 1), end[3])
    if kind in ("year", "quarter_year"):
        return _year_span(int(g["year"]))
    if kind == "holiday" and g.get("year"):
        return _day_span(date(int(g["year"]), *HOLIDAYS[_holiday_key(g["holiday"])]))
    if release is None:
        return None
    if kind == "holiday":
        month, day = HOLIDAYS[_holiday_key(g["holiday"])]
        if g.get("rel"):
            return _day_span(date(release.year + _SHIFT[g["rel"].lower()], month, day))
        found = _nearest_year(month, day, release, tense)
        return _day_span(found) if found else None
    if kind == "deictic_day":
        if g.get("year"):
            found = _in_year(_month(g["month"]), _day(g["day"]), int(g["year"]))
        else:
            found = _nearest_year(_month(g["month"]), _day(g["day"]), release)
        return _day_span(found) if found else None
    if kind in ("month_day", "day_month"):
        found = _nearest_year(_month(g["month"]), _day(g["day"]), release, tense)
        return _day_span(found) if found else None
    if kind == "rel_month":
        return _month_alone(" ".join((g["lead"] or "").split()), _month(g["month"]), release, tense)
    if kind == "day_rel_year":
        month, day = _month(g["month"] or g["month2"]), _day(g["day"] or g["day2"])
        found = _in_year(month, day, release.year + _SHIFT[g["rel"].lower()])
        return _day_span(found) if found else None
    if kind == "month_range_rel_year":
        first, last = _month(g["month1"]), _month(g["month"])
        if first >= last:
            return None  # ("December to February next year": across the turn of the year, by months)
        return _part_of_year(release.year + _SHIFT[g["rel"].lower()], first, last)
    if kind == "month_rel_year":
        return _month_span(release.year + _SHIFT[g["rel"].lower()], _month(g["month"]))
    if kind == "part_rel_year":
        return _part_span(g["part"], release.year + _SHIFT[(g["rel"] or "this").lower()])
    if kind == "bare_quarter":
        if g["quarter"] is None:  # "in the first six months": the latest such span ended by the release
            end = part_end_month(m.group()) or 12
            return _year_span(release.year - (end > release.month and tense <= 0))
        first_month = 3 * ("first", "second", "third", "fourth").index(g["quarter"].lower()) + 1
        return _year_span(release.year - (first_month > release.month and tense <= 0))
    if kind == "deictic":
        return _day_span(_deictic_day(g["deictic"], release))
    if kind == "rel_period":
        if g.get("unit2"):
            g = {**g, "rel": g["rel2"], "unit": g["unit2"]}
        shift = _SHIFT[g["rel"].lower()]
        if g["unit"].lower() in ("year", "summer", "spring", "autumn"):
            return _year_span(release.year + shift)
        if g["unit"].lower() == "week":
            monday = release - timedelta(days=release.weekday()) + timedelta(weeks=shift)
            return (f"{monday:%Y-%m}", "month", monday, monday + timedelta(days=6))
        moved = release + relativedelta(months=shift)
        return _month_span(moved.year, moved.month)
    if kind == "ago":
        return _ago(g, release)
    if kind == "month_earlier":
        moved = release - relativedelta(months=1)
        return _month_span(moved.year, moved.month)
    return None


def _ago(g: dict[str, str | None], release: date) -> tuple[str, str, date, date]:
    """'a year ago' is the year; 'a year and a half ago' / 'half a year ago' a month; 'two weeks
    ago' a day."""
    if g.get("half"):
        moved = release - relativedelta(months=6)
        return _month_span(moved.year, moved.month)
    count = int(parse_number(str(g["count"])) or 1)
    unit = str(g["unit"]).lower().rstrip("s")
    if unit == "year" and not g.get("and_half"):
        return _year_span(release.year - count)
    if unit in ("year", "month"):
        months = count * 12 + (6 if g.get("and_half") else 0) if unit == "year" else count
        moved = release - relativedelta(months=months)
        return _month_span(moved.year, moved.month)
    moved = release - relativedelta(**{f"{unit}s": count})
    return _day_span(moved)


def _holiday_key(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


# "the first 11 months of 2007", "the first three quarters of 2025", "in the first six months": a
# span of a year's first months the labels mostly leave out (they list "the first nine months of
# this year" and "the first half of 2025"); dated all the same, for `as_of` ("... of this year"
# keeps its "this year" as a relative date of its own)
_SPAN = re.compile(r"\bfirst\s+(?:\d{1,2}\s+months|(?:two|three)\s+quarters)\b", re.I)


def _kind(pattern: str, m: re.Match[str]) -> str:
    if pattern == "bare_quarter" and m["quarter"] is None:
        return "span"
    if pattern in ("part_year", "part_rel_year") and _SPAN.search(m.group()):
        return "span"
    if pattern == "holiday":
        return "relative" if m["rel"] else "absolute" if m["year"] else "partial"
    if pattern in RELATIVE_KINDS:
        return "relative"
    if pattern in PARTIAL_KINDS:
        return "partial"
    return "absolute"


def _plausible(kind: str, m: re.Match[str]) -> bool:
    month = m.groupdict().get("month")
    if not month or month.lower().rstrip(".") not in _AMBIGUOUS_MONTHS:
        return True
    if kind in ("month_day", "day_month", "rel_month"):
        return month[0].isupper()
    return True


_AS_AT = re.compile(r"\bas\s+(?:at|of)\s+$", re.I)


_NAMED_YEAR = re.compile(rf"(?<![\d$.,/-])\b(?P<year>{_YEAR})\b(?![-/]\d|\d)")
_FIGURE_BEFORE = re.compile(r"\d(?:\s*%|\s+per\s+cent|\s+[a-z]+)?\s+$")
_NAMED_MONTH = re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<year>{_YEAR})\b(?![-/]\d|\d)")


def _with_end(resolved: tuple, m: re.Match[str]) -> tuple:
    """'November 12 to 30': a span of days from the first to the last."""
    normalized, precision, d0, _ = resolved
    end = _in_year(d0.month, int(m["end_day"]), d0.year)
    return (normalized, precision, d0, end) if end is not None and end > d0 else resolved


def _month_before_named(before: str) -> tuple | None:
    """'at the end of December 2012 from 82.5% a month earlier': the month before the one named."""
    named = list(_NAMED_MONTH.finditer(before))
    if not named:
        return None
    moved = date(int(named[-1]["year"]), _month(named[-1]["month"]), 1) - relativedelta(months=1)
    return _month_span(moved.year, moved.month)


# between the two days of a range ("from May 1 to October 31", "December 20 - January 5")
_RANGE_JOIN = re.compile(r"\s*(?:to|until|till|through|-|–)\s*")


def _range_end(opened: TemporalExpression, resolved: tuple) -> tuple | None:
    """The end day of a range that starts at `opened`: the first such day on or after the start."""
    first, end = opened.date_start, resolved[2]
    if first is None:
        return None
    moved = _in_year(end.month, end.day, first.year)
    if moved is not None and moved < first:
        moved = _in_year(end.month, end.day, first.year + 1)
    return _day_span(moved) if moved else None


def _month_range_end(opened: TemporalExpression, resolved: tuple) -> tuple | None:
    """The end month of a range that starts at the month `opened` ("from end-May to end-September",
    "from May to September"): the first such month at or after the start, whatever the tense."""
    first, end = opened.date_start, resolved[2]
    if first is None or end >= first:
        return None
    return _month_span(first.year + (end.month < first.month), end.month)


# "between March 11 and March 15, 2013": the year written after the range's end
_RANGE_END_YEAR = re.compile(rf"\s+(?:and|to|-|–)\s+{_MONTH}\s+{_DAY},?\s+(?P<year>{_YEAR})\b")


_PART_OF_NAMED_YEAR = re.compile(rf"\b(?:half|quarters?|months)\s+of\s+({_YEAR})\b")
_UNNAMED_PART = re.compile(
    r"the\s+(?:first|second|third|fourth)\s+(?:half|quarter)(?:\s+of\s+the\s+year)?", re.I
)


def in_named_part_year(text: str, s0: int, t: TemporalExpression) -> TemporalExpression:
    """'for the second half of 2017 ..., down from 3.9 per cent in the first half (of the year)':
    the period of a part with no year of its own is of the year the sentence (from `s0`) named for
    another part. (The date row keeps the release's year: the blind labels read it that way.)"""
    if not _UNNAMED_PART.fullmatch(t.text):
        return t
    named = _PART_OF_NAMED_YEAR.findall(text, s0, t.start)
    if not named:
        return t
    normalized, precision, d0, d1 = _year_span(int(named[-1]))
    return replace(t, normalized=normalized, precision=precision, date_start=d0, date_end=d1)


_RANGE_END_REL_YEAR = re.compile(rf"\s+(?:and|to|-|–)\s+(?P<month>{_MONTH})\s+{_REL_YEAR}\b")


def _in_named_year(resolved: tuple, before: str, release: date) -> tuple:
    """'The lowest temperature in 2009 ... occurred on January 25' (a January 2010 release): a
    past month-day that would fall after the release takes the past year the sentence named
    before it."""
    years = [int(m["year"]) for m in _NAMED_YEAR.finditer(before)]
    if resolved[2] <= release or not years or years[-1] >= release.year:  # a past day already
        return resolved
    moved = _in_year(resolved[2].month, resolved[2].day, years[-1])
    return _day_span(moved) if moved else resolved


# "compared with the same period last year": the labels write the whole phrase, so a date row
# does; the facts' periods are read from the year words alone (`year_words`), with the words
# before them telling a comparison.
_SAME_PERIOD_LEAD = re.compile(
    r"\bthe\s+(?:same|corresponding)\s+(?:period|quarter|time|season|phase|week|month)\s+(?:of\s+)?$", re.I
)
_YEAR_WORDS = re.compile(r"(?:last|this|next)\s+year", re.I)
_LED_YEAR_WORDS = re.compile(
    r"the\s+(?:same|corresponding)\s+\w+\s+(?:of\s+)?(?P<year>(?:last|this|next)\s+year)", re.I
)


def as_written(text: str, t: TemporalExpression) -> TemporalExpression:
    """`t` with the words that make it one phrase ("the same period last year"); offsets in
    `text`."""
    if not _YEAR_WORDS.fullmatch(t.text):
        return t
    lead = _SAME_PERIOD_LEAD.search(text, max(0, t.start - 40), t.start)
    if lead is None:
        return t
    return replace(t, start=lead.start(), text=text[lead.start() : t.end])


_SAME_MONTH = re.compile(r"the\s+(?:same|corresponding)\s+month\s+(?:of\s+)?last\s+year", re.I)


def in_month_named(t: TemporalExpression, named: TemporalExpression | None) -> TemporalExpression:
    """'86 per cent in the same month last year', after 'in October' (this sentence's or one
    before it, `named`): that month a year before, the date the phrase stands for."""
    if named is None or named.date_start is None or not _SAME_MONTH.fullmatch(t.text):
        return t
    normalized, precision, d0, d1 = _month_span(named.date_start.year - 1, named.date_start.month)
    return replace(t, normalized=normalized, precision=precision, date_start=d0, date_end=d1)


def year_words(t: TemporalExpression, release: date | None = None) -> TemporalExpression:
    """The year words of a phrase `as_written` widened ("last year" of "the same period last
    year"), as they resolve against `release`: the expression the facts' periods are read from."""
    m = _LED_YEAR_WORDS.fullmatch(t.text)
    if m is None:
        return t
    words = replace(t, start=t.start + m.start("year"), text=m["year"])
    if t.precision == "year" or release is None:
        return words
    normalized, precision, d0, d1 = _year_span(release.year + _SHIFT[m["year"].split()[0].lower()])
    return replace(words, normalized=normalized, precision=precision, date_start=d0, date_end=d1)


_REL_YEAR = re.compile(r"\b(last|this|next)\s+year\b", re.IGNORECASE)


def find_temporal(text: str, release: date | None) -> Iterator[TemporalExpression]:
    """Every temporal expression in `text` (one sentence, or a few), left to right, without
    overlaps."""
    present = _present(text)
    if not any(present.values()):
        return
    tense: int | None = None  # the sentence's, asked once a date is found
    taken: list[tuple[int, int]] = []
    found: list[TemporalExpression] = []
    for kind, pattern in PATTERNS:
        if not present[_NEEDS[kind]]:
            continue
        for m in pattern.finditer(text):
            start, end = m.span()
            if kind == "rel_month" and not m["lead"]:
                start = m.start("month")  # "in October": the month alone
                opening = not text[:start].strip() or text[:start].rstrip().endswith((".", "!", "?"))
                listed = start == m.start() and text[start - 1 : start] != "(" and not opening
                if listed and not _AFTER_LISTED_MONTH.search(text, 0, start):
                    continue  # "and September" only after a month named: "in August and September"
            if any(start < e and s < end for s, e in taken) or not _plausible(kind, m):
                continue
            # "as at end-November": a reporting date, reached already whatever the tense
            # (and "the statistics for March will be uploaded": a report covers a month gone by)
            # (and "has been deployed at the airport since March": what runs since a date began before)
            reached = (
                _AS_AT.search(text, max(0, start - 8), start) is not None
                or _REPORTED.search(text, max(0, start - 16), start) is not None
                or _SINCE_BEFORE.search(text, max(0, start - 8), start) is not None
            )
            if tense is None:
                tense = _tense(text)
            local = _clause_tense(text, start, end, tense) if kind in PARTIAL_KINDS else tense
            resolved = _resolve(kind, m, release, -1 if reached else local)
            if kind == "year_earlier" and release is not None:
                # ("In the first 11 months of last year, ..., up 9 per cent on the same period a
                # year earlier": the year before the one the sentence named, in words or figures)
                named = [(y.start(), int(y["year"])) for y in _NAMED_YEAR.finditer(text, 0, start)]
                shift = {"last": -1, "this": 0, "next": 1}
                named += [
                    (y.start(), release.year + shift[y[1].lower()])
                    for y in _REL_YEAR.finditer(text, 0, start)
                ]
                resolved = _year_span((max(named)[1] if named else release.year) - 1)
            if kind == "month_earlier" and not _FIGURE_BEFORE.search(text, max(0, start - 24), start):
                continue  # a figure's base ("from 82.5% a month earlier"), not when something happened
            if kind == "month_earlier" and release is not None:
                resolved = _month_before_named(text[:start]) or resolved
            if kind in ("month_day", "day_month") and resolved and local < 0 and release is not None:
                resolved = _in_named_year(resolved, text[:start], release)
            if resolved is None and kind in ("month_day_year", "day_month_year", "month_range_rel_year"):
                continue
            if resolved and m.groupdict().get("end_day"):
                resolved = _with_end(resolved, m)
            shown = _kind(kind, m)
            tail = _RANGE_END_REL_YEAR.match(text, end) if kind == "rel_month" and release else None
            if tail:  # "January to November last year": the first month is of that year too
                first, last = _month(m["month"]), _month(tail["month"])
                # ("December to February next year": a range across the turn of the year)
                resolved = _month_span(release.year + _SHIFT[tail["rel"].lower()] - (first > last), first)
            opened = found[-1] if found and kind in ("month_day", "day_month") and resolved else None
            if opened and opened.precision == "day" and _RANGE_JOIN.fullmatch(text, opened.end, start):
                # "from May 1 to October 31": a range's end is its start's year or the next one's
                resolved = _range_end(opened, resolved) or resolved
            opened = found[-1] if found and resolved and resolved[1] == "month" else None
            if opened and opened.precision == "month" and _RANGE_JOIN.fullmatch(text, opened.end, start):
                resolved = _month_range_end(opened, resolved) or resolved
            ranged = _RANGE_END_YEAR.match(text, end) if kind == "month_day" else None
            if ranged:  # "between March 11 and March 15, 2013": the year the range ends in
                moved = _in_year(_month(m["month"]), _day(m["day"]), int(ranged["year"]))
                resolved, shown = (_day_span(moved), "absolute") if moved else (resolved, shown)
            normalized, precision, d0, d1 = resolved or (None, None, None, None)
            taken.append((start, end))
            found.append(
                TemporalExpression(start, end, text[start:end], shown, normalized, precision, d0, d1)
            )
            if kind == "part_rel_year" and m["rel"] and found[-1].kind == "span":
                # "the first 11 months of this year": its "this year" is a relative date too
                rel = m.start("rel")
                inner = TemporalExpression(rel, end, text[rel:end], "relative", normalized, precision, d0, d1)
                found.append(inner)
    yield from sorted(found, key=lambda t: t.start)
