"""Counted facts: "nearly 300 enterprises", "about 30 OASES partners", "3 000P", "$42 billion".

A fact is a number (digits or words, with its qualifier and currency or scale) with what it
counts (`counting.unit_of`: the plural noun after it, its own unit, or the noun the sentence names
elsewhere), its qualifier as an interval, its metric name (`measures`) and the period it holds for
(`as_of`). Numbers that only locate or date things (years, ages, rooms, floors, phone numbers,
ordinals, labels such as "Form 3", "one country, two systems", durations) and counts of
abstractions ("the three strategic focuses") are not facts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from pipelines.extract.as_of import as_of_for, since_of
from pipelines.extract.counting import NOT_A_COUNT_BEFORE, QUANTITY, RATE_BASE, unit_of
from pipelines.extract.dates import TemporalExpression
from pipelines.extract.measures import metric_name
from pipelines.extract.numbers import (
    DIGITS,
    alternative_limit_bound,
    between_bound,
    bound_after,
    interval,
    later_conviction_bound,
    listed_estimate,
    may_hold_number,
    negated_bound,
    parse_number,
    qualifier_of,
    range_bound,
    scale_of,
    scaled,
    share_span_bound,
    span_bound,
    stated_bound,
)
from pipelines.extract.one_count import one_counted

# Cheap pre-test: most sentences hold no number at all.
_FOUR_DIGITS_BEFORE = re.compile(r"\d{4}[ ]$")
_ONE_COUNTRY = re.compile(r"one country,\s*$", re.IGNORECASE)
# A capitalised label word inside the sentence before the number: "Form 3 students", "Terminal
# 1 passengers", "Route 2 buses" name a thing, they do not count it.
# ("(a) The 11 government dental clinics": an article after a list marker is no label)
_LABEL_BEFORE = re.compile(
    r"[a-z,;:)]\s+(?!(?:The|These|Those|All|Its|Their|Our|Both|Another|Some|Only)\s)(?P<label>[A-Z][a-z]+)\s$"
)
# "issued the Heat Stress at Work Warning 87 times": a count of occasions, not a label's number
_TIMES = re.compile(r"\s+times\b")
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"})  # fmt: skip
# "The unemployment rate went up to 3.2%", "rose up to": a move to a level, not a bound ("may go
# up to 30%" stays one: only past forms of a verb of movement).
_PASSIVE_BE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$", re.IGNORECASE)
_MOVED_UP = re.compile(
    r"\b(?:went|gone|rose|risen|moved|edged|shot|climbed|jumped|crept|inched|ticked|surged)\s*$",
    re.IGNORECASE,
)
# "the CSD handed over 214 persons in custody", "turned over 30 suspects": "over" is the verb's
# particle, not a bound ("took over 500 samples", "carried over 3 million" stay bounds)
_OVER_PARTICLE = re.compile(r"\b(?:hand|turn)(?:s|ed|ing)?\s+$", re.IGNORECASE)
_PERCENT = re.compile(r"\s*(?:%|per\s+cent)", re.IGNORECASE)
# Races named by their distance: "won the boys' 100m", "the 400m freestyle", "the 4x100m relay"
_RACE_BEFORE = re.compile(r"\b(?:boys|girls|men|women)['’]s?\s+(?:\d+m\s+and\s+)?$", re.IGNORECASE)
_RACE_AFTER = re.compile(
    r"\s+(?:freestyle|backstroke|breaststroke|butterfly|individual\s+medley|medley|hurdles|relay|"
    r"steeplechase|sprint|dash|race|final|heats?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Fact:
    start: int
    end: int
    quantity: str
    metric: str
    value: float
    qualifier: str
    value_low: float | None
    value_high: float | None
    unit: str
    as_of: date | None
    as_of_precision: str | None
    since: date | None
    since_precision: str | None
    subject: str | None


def _is_phone_or_code(sentence: str, m: re.Match[str]) -> bool:
    """Hong Kong phone numbers are written as two groups of four digits: '2345 6789'; a number
    with a possessive is a name ("1823's call volume", a hotline's)."""
    num = m["num"]
    return bool(
        re.fullmatch(r"\d{4}[ ]\d{4}", num)
        or (
            num.isdigit()
            and not (m["suffix"] or m["cur"] or m["scale"])
            and sentence[m.end() : m.end() + 2] in ("'s", "’s")
        )
        or re.match(r"\s*\d{4}\b", sentence[m.end() :])
        or (
            re.fullmatch(r"\d{4}", num)
            and _FOUR_DIGITS_BEFORE.search(sentence, max(0, m.start("num") - 8), m.start("num"))
        )
    )


def find_facts(
    text: str,
    sentence: tuple[int, int],
    *,
    release: date | None,
    dates: Sequence[TemporalExpression],
    previous_dates: Sequence[TemporalExpression] = (),
    previous_sentence: tuple[int, int] | None = None,
    subject: str | None = None,
    dated: bool = True,
) -> Iterator[Fact]:
    """Facts of one sentence. `dates` are the sentence's temporal expressions (doc offsets).
    `dated=False` leaves `as_of` unset, for a caller that reads each number in its passage
    (`process.metric_rows`) instead of the sentence alone."""
    s0, s1 = sentence
    body = text[s0:s1]
    if not may_hold_number(body):
        return
    for m in QUANTITY.finditer(body):
        fact = _fact(text, body, s0, m, release, dates, previous_dates, previous_sentence, subject, dated)
        if fact:
            yield fact


def _minus_sign(body: str, lead: int) -> bool:
    """'(-3.4%)', 'clothing: -5.1%': a change written with its sign (not 'COVID-19', '3-5')."""
    return (
        lead > 0
        and body[lead - 1] in "-−–"
        and (
            lead == 1
            or body[lead - 2] in "(["
            # ("were +11.0%, -0.2% and -3.7% respectively", "to -0.5% to 0.5%")
            or _SIGN_AFTER.search(body, max(0, lead - 8), lead - 1) is not None
        )
    )


_SIGN_AFTER = re.compile(r"(?:[,;:]|\b(?:were|was|are|is|and|or|at|to|of|by))\s$")


# A person's name, then a number, then a comma and the role: the number is an age.
_AGE_AFTER_NAME = re.compile(r"\b[A-Z][a-z]+[ ][A-Z][a-z]+(?:-[a-z]+)?,[ ]$")
_AGE_END = re.compile(r"\d?,[ ][a-z]")
# "Under the 80% Guarantee Product", "the 80% and 90% Guarantee Products": a share in a name
_NAMED_BY_SHARE = re.compile(r"(?:\s+and\s+\d+(?:\.\d+)?%)?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\b")
_BEFORE_NAME = re.compile(r"\b(?:the|a|an|and)\s+$")
# "The median age of the population rose to 47.8, from 46.3 at end-June 2020": ages, stated
_STATED_AGE = re.compile(
    r"\b(?:median|average|mean)\s+ages?\b(?:[^.;:$%]|\.\d){0,80}?\b(?:was|were|is|are|to|of|at|from)\s+$",
    re.IGNORECASE,
)
_DAY_LISTED = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2}(?:,\s*\d{1,2})*\s*(?:and|to|&)\s*$"
)
_A_DAY = re.compile(r"(?:[1-9]|[12]\d|3[01])")
_MID_DECIMAL = re.compile(r"\d\.$")
# "scored 8.3 out of 10, up 0.4 points": a score on a scale, counted in points; the scale's own
# figure is no fact (not "Nine out of 10 respondents", a count of what follows)
_SCALE_END = (
    r"(?!\d)(?![.,]\d)(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|for|and|by|from|with|among|up|down|compared)\b)"
)
_OUT_OF_SCALE = re.compile(rf"\s+out\s+of\s+{DIGITS}{_SCALE_END}")
_SCALE_OF_SCORE = re.compile(r"\d\s+out\s+of\s+$")
_SCALE_AFTER = re.compile(_SCALE_END)


# "compared with three in September": a bare base figure
_BASE_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|than)\s+$", re.IGNORECASE)


def _base_of_one(body: str, m: re.Match[str]) -> tuple[str, str, int, int] | None:
    """'Only one local case was recorded in October, compared with three in September': a bare
    base counts what the count of one before it counts (a singular noun no antecedent reads)."""
    if m["cur"] or m["suffix"] or m["mu"] or not _BASE_BEFORE.search(body, max(0, m.start() - 24), m.start()):
        return None
    for q in QUANTITY.finditer(body, 0, m.start()):
        one = one_counted(body, q) if q["num"].lower() == "one" else None
        if one is not None:
            return one[0], one[1], m.end(), m.end()
    return None


# "received 146 appeals and completed the hearing of 131", "the licences of 62 food premises were
# suspended and those of three were cancelled": a bare figure ending a clause coordinated with one
# that names what it counts
_COORDINATED = re.compile(
    r"(?:\band|,\s*(?:while|whereas)|\bbut)\s+(?:[\w-]+\s+){0,5}?(?:(?<!\bage\s)(?<!\bages\s)of|the\s+remaining|another|further\s+to)\s+$",
    re.IGNORECASE,
)
# "received over 410 000 applications, with some 260 000 approved", "attracted over 600
# participants, including some 250 from ...", "of which about 400 are ...": a part of the figure
# before, its noun unsaid
_PART_OF_BEFORE = re.compile(r"(?:,\s+including|,\s+(?:with\s+)?(?:of\s+)?which|,\s+with)\s+$", re.I)
_PART_ENDS = re.compile(r"\s+(?:[a-z]+ed|for|from|are|is)\b")
_AND_BEFORE = re.compile(r",?\s+and\s+$")
_NOT_COUNTED = frozenset({"HKD", "percent", "years", "months", "weeks", "days", "hours", "minutes"})
_AND_THEN_AUX = re.compile(r"(?:\band|,\s+but)(?:\s+that)?\s+$")
_AUX_AFTER = re.compile(r"\s+(?:had|have|has|were|was|are|is)\s+(?:been\s+|already\s+)?[a-z]+ed\b")
_GAPPED_PLACE = re.compile(r"\s+(?:under|at|through|via|among)\s+(?:the\s+)?[A-Z]")
_ENDS_CLAUSE = re.compile(r"\s*(?:[.,;]|$)|\s+(?:were|was|had|have|has|in|last|this|respectively)\b")


def _coordinated(body: str, m: re.Match[str], previous: str) -> tuple[str, str, int, int] | None:
    """What a bare figure counts when the sentence ties it to a counted figure before it (the
    shapes above): that figure's unit, unless it is money, a share or a span of time."""
    if m["cur"] or m["suffix"] or m["mu"]:
        return None
    if _ENDS_CLAUSE.match(body, m.end()) or _PART_ENDS.match(body, m.end()):
        conj = (
            _COORDINATED.search(body, max(0, m.start() - 60), m.start())
            or _PART_OF_BEFORE.search(body, max(0, m.start() - 16), m.start())
            # "planned to test about 64 000 food samples this year, and that more than 45 000 had
            # been tested"
            or (
                _AND_THEN_AUX.search(body, max(0, m.start() - 16), m.start())
                if _AUX_AFTER.match(body, m.end())
                else None
            )
        )
    elif _GAPPED_PLACE.match(body, m.end()):
        # "about 497,000 persons received vaccination under the GVP and about 294,000 under the VSS"
        conj = _AND_BEFORE.search(body, max(0, m.start() - 8), m.start())
    else:
        return None
    if conj is None:
        return None
    before = QUANTITY.finditer(body, 0, conj.start())
    figures = [q for q in before if q["num"] and not (q["cur"] or q["suffix"])]
    for figure in reversed(figures):
        # ("1 950 of the 2 860 orders issued in the past three years ..., while the remaining 910
        # were outstanding": the last figure that counts things, not a span of time)
        found = unit_of(body, figure, previous)
        if found is not None and found[1] and found[0] not in _NOT_COUNTED:
            return found[0], found[1], m.end(), m.end()
    return None


def _fact(
    text, body, s0, m, release, dates, previous_dates, previous_sentence, subject, dated
) -> Fact | None:
    value = parse_number(m["num"])
    one = None
    if m["num"].lower() in ("one", "a") and not m["scale"]:
        one = one_counted(body, m)  # "two gold medals and one silver medal"
        if one is None:
            return None
    lead = m.start("cur") if m["cur"] else m.start("num")
    if _MID_DECIMAL.search(body, max(0, lead - 2), lead):
        return None  # "PM2.5": the figure after the point of a name's number, not a count
    minus = _minus_sign(body, lead) and _PERCENT.fullmatch(m["suffix"] or "") is not None
    # ("to a flat $100": an amount is never a flat's or a room's number)
    labelled = not m["cur"] and NOT_A_COUNT_BEFORE.search(body, max(0, lead - 40), lead)
    if value is None or (not minus and labelled):
        return None
    if (
        m["qual"] is None
        and _AGE_AFTER_NAME.search(body, max(0, lead - 40), lead)
        and _AGE_END.match(body, m.end())
    ):
        return None  # "Chow Pui-ling, 44, accounts clerk of ...": an age in apposition
    if not m["cur"] and not m["suffix"] and _STATED_AGE.search(body, max(0, lead - 120), lead):
        return None
    if (
        m["suffix"]
        and _NAMED_BY_SHARE.match(body, m.end())
        and _BEFORE_NAME.search(body, max(0, lead - 12), lead)
    ):
        return None  # "the 80% and 90% Guarantee Products": a share that names a product
    if _DAY_LISTED.search(body, max(0, lead - 30), lead) and _A_DAY.fullmatch(m.group()):
        return None  # "on April 22 and 23": the second day of a date
    label = (
        None
        if m["qual"] or _TIMES.match(body, m.end())
        else _LABEL_BEFORE.search(body, max(0, lead - 24), lead)
    )
    if label and label["label"].lower() not in _MONTHS:
        return None
    if _is_phone_or_code(body, m) or any(t.start <= s0 + m.start("num") < t.end for t in dates):
        return None
    distance = (m["mu"] or "").strip().lower() in ("m", "km", "metre", "metres")
    if distance and (_RACE_BEFORE.search(body, max(0, lead - 40), lead) or _RACE_AFTER.match(body, m.end())):
        return None  # "the boys' 200m and 400m freestyle": an event's name, not a measure
    if m["qual"] is None and RATE_BASE.search(body, max(0, m.start() - 8), m.start()):
        return None  # "the accident rate per 1 000 workers": the base of a rate, not a count
    if _ONE_COUNTRY.search(body, max(0, m.start("num") - 16), m.start("num")):
        return None
    scored = "out of" in body  # (a cheap test first: few sentences give a score)
    if scored and _SCALE_OF_SCORE.search(body, max(0, lead - 16), lead) and _SCALE_AFTER.match(body, m.end()):
        return None  # "8.3 out of 10": the scale of a score
    out_of = None if m["cur"] or m["suffix"] or not scored else _OUT_OF_SCALE.match(body, m.end())
    previous = text[previous_sentence[0] : previous_sentence[1]] if previous_sentence else ""
    found = one or (("points", "score", out_of.end(), out_of.end()) if out_of else unit_of(body, m, previous))
    found = found or _base_of_one(body, m) or _coordinated(body, m, previous)
    if found is None:
        return None
    unit, noun, end, head = found
    value = scaled(value, scale_of(m["scale"]))
    if m["cur"] and end == m.end("mu"):
        value = scaled(value, 1e6)  # "HK$1.2m"
    qualifier = negated_bound(body[: m.start()], qualifier_of(m["qual"] or ""))
    if (
        m["qual"]
        and m["qual"].lower().startswith("up")
        and _MOVED_UP.search(body, max(0, m.start() - 12), m.start())
    ):
        qualifier = "exact"
    if (
        m["qual"]
        and m["qual"].lower() == "exceeded"
        and _PASSIVE_BE.search(body, max(0, m.start() - 8), m.start())
    ):
        qualifier = "exact"  # "The hourly objective was exceeded 1 354 times": a count of times
    over = m["qual"] and m["qual"].lower() == "over"
    if over and _OVER_PARTICLE.search(body, max(0, m.start() - 12), m.start()):
        qualifier = "exact"  # "handed over 214 persons": the verb's particle
    if minus:
        value, lead = -value, lead - 1
    start = m.start() if m["qual"] and qualifier != "exact" else lead
    if qualifier == "exact":
        # "15 or more demerit points", "15 demerit points or more"
        after = bound_after(body[end:]) or (bound_after(body[head:]) if head > end else None)
        qualifier = (
            stated_bound(body[:lead])
            or after
            or listed_estimate(body[:lead], bool(m["cur"]), _PERCENT.fullmatch(m["suffix"] or "") is not None)
            or qualifier
        )
        share = _PERCENT.fullmatch(m["suffix"] or "") is not None
        if qualifier == "exact" and (m["cur"] or share):
            qualifier = (
                range_bound(body[:lead], body[end:], share)
                or later_conviction_bound(body[:lead], body[end:])
                or (alternative_limit_bound(body[:lead]) if m["cur"] else None)
                or qualifier
            )
        if qualifier == "exact":
            qualifier = (
                between_bound(body[:lead], body[end:])
                or (None if share else span_bound(body[:lead], body[end:], bool(m["cur"])))
                or (None if share or m["cur"] else range_bound(body[:lead], body[end:], count=True))
                or (
                    share_span_bound(body[:lead], body[m.end() :], not (m["suffix"] or m["mu"]))
                    if not m["cur"] and (share or not (m["suffix"] or m["mu"]))
                    else None
                )
                or qualifier
            )
    bounds = interval(value, qualifier)
    as_of, precision = (None, None)
    if dated:
        as_of, precision = as_of_for(text, s0, body, release, dates, previous_dates, previous_sentence)
    since = since_of(text, dates)
    return Fact(
        start=s0 + start,
        end=s0 + end,
        quantity=text[s0 + start : s0 + end],
        metric=metric_name(unit, noun, body, m.start("num"), end, head, qualifier),
        value=value,
        qualifier=qualifier,
        value_low=bounds.low,
        value_high=bounds.high,
        unit=unit,
        as_of=as_of,
        as_of_precision=precision,
        since=since.date_start if since else None,
        since_precision=since.precision if since else None,
        subject=subject,
    )
