"""Counted facts: "nearly 300 enterprises", "about 30 OASES partners", "3 000P", "$42 billion".

A fact is a number (digits or words, with its qualifier and currency or scale) followed, within a
few modifier words, by the plural noun it counts, or carrying a unit of its own (HK$, per cent,
P of computing power). Numbers that only locate or date things (years, ages, rooms, floors,
phone numbers, ordinals, "one country, two systems", durations) are not facts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from pipelines.extract.as_of import as_of_for, since_of
from pipelines.extract.dates import TemporalExpression
from pipelines.extract.numbers import (
    CURRENCY_RE,
    DIGITS,
    NUMBER_WORDS,
    QUALIFIER_RE,
    SCALE_RE,
    currency_of,
    interval,
    parse_number,
    qualifier_of,
    scale_of,
)

QUANTITY = re.compile(
    rf"(?:(?P<qual>{QUALIFIER_RE})\s+)?(?:a\s+total\s+of\s+)?"
    rf"(?P<cur>{CURRENCY_RE})?(?P<num>{DIGITS}|\b{NUMBER_WORDS}\b)"
    rf"(?:\s*(?P<scale>{SCALE_RE}))?"
    r"(?P<suffix>\s*(?:per\s+cent\b|%|PFLOPS\b|petaflops\b|PF\b|P\b))?",
    re.IGNORECASE,
)
# Cheap pre-test: most sentences hold no number at all.
_MAYBE_NUMBER = re.compile(rf"\d|\b(?:{NUMBER_WORDS})\b", re.IGNORECASE)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z&'’\-]*|[,;:()\[\].“”\"]")
# Plural nouns that measure time or order, not a count of things.
NOT_UNITS = {
    "years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries",
    "phases", "stages", "batches", "rounds", "terms", "times", "systems", "sessions", "occasions",
    "am", "pm", "storeys", "floors", "rooms", "streets", "roads", "exits",
}  # fmt: skip
STOP_WORDS = {
    "of", "in", "to", "for", "from", "with", "by", "at", "on", "the", "a", "an", "will", "have",
    "has", "had", "are", "were", "was", "is", "be", "been", "that", "which", "who", "this",
    "these", "those", "as", "per", "than", "its", "their", "his", "her", "our",
}  # fmt: skip
MODIFIERS_ALLOWED = 6
# Plurals that do not end in "s".
IRREGULAR_PLURALS = {"men", "women", "people", "children", "staff", "personnel", "police", "youth",
                     "cattle", "livestock", "fish", "sheep", "deer", "aircraft", "media"}  # fmt: skip
UNIT_SYNONYMS = {
    "men": "persons",
    "women": "persons",
    "males": "persons",
    "females": "persons",
    "companies": "enterprises",
    "firms": "enterprises",
    "enterprises": "enterprises",
    "partners": "enterprises",
    "start-ups": "enterprises",
    "startups": "enterprises",
    "guests": "persons",
    "people": "persons",
    "persons": "persons",
    "participants": "persons",
    "attendees": "persons",
    "individuals": "persons",
    "visitors": "persons",
}
# Before the number: words that make it a label, an age or an address, not a count.
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:\b(?:Room|Flat|Unit|No|Nos|Level|Block|Tower|Exit|Phase|Chapter|Cap|Section|Rule|"
    r"Article|Item|Annex|aged|age|Tel|Fax|telephone|number|numbers|at)\.?|[-/#])\s*$",
    re.IGNORECASE,
)
ROLE_CUES: tuple[tuple[str, str], ...] = (
    (r"\breappoint", "reappointed"),
    (r"\bappoint", "appointed"),
    (r"\boutgoing\b", "outgoing"),
    (r"\b(?:attend|attending|participat|brings together|gathered|joined)\w*", "attending"),
    (r"\bcreat\w*", "created"),
    (r"\b(?:previously attracted|attracted to)\b", "attracted"),
    (r"\breceiv\w*", "received"),
    (r"\brecord\w*", "recorded"),
    (r"\bconfirm\w*", "confirmed"),
    (r"\barrest\w*", "arrested"),
    (r"\bapprov\w*", "approved"),
    (r"\bregist\w*", "registered"),
    (r"\bsubmit\w*", "submitted"),
    (r"\bbenefit\w*", "benefited"),
    (r"\btrain\w*", "trained"),
    (r"\bemploy\w*", "employed"),
    (r"\battract\w*", "attending"),
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


@dataclass(frozen=True)
class Counted:
    unit: str
    noun: str  # the head noun as written (lowercase)
    noun_end: int


def _head_noun(sentence: str, pos: int) -> Counted | None:
    """The plural noun a number counts: 'over 100 upstream, midstream and downstream ... enterprises'."""
    modifiers = 0
    for tok in _TOKEN.finditer(sentence, pos):
        word = tok.group()
        low = word.lower()
        if tok.start() == pos and word.startswith("-"):
            return None
        if low in NOT_UNITS:
            return None
        if (
            low in UNIT_SYNONYMS
            or low in IRREGULAR_PLURALS
            or (low.endswith("s") and not low.endswith("ss") and len(low) > 3 and low == word)
        ):
            if low in STOP_WORDS:
                return None
            return Counted(UNIT_SYNONYMS.get(low, low), low, tok.end())
        if low in STOP_WORDS or word in '.;:()[]“”"':
            return None
        if word == "," and re.match(r",\s*[A-Z]", sentence[tok.start() : tok.start() + 3]):
            return None
        modifiers += word != ","
        if modifiers > MODIFIERS_ALLOWED:
            return None
    return None


def _is_phone_or_code(sentence: str, m: re.Match[str]) -> bool:
    """Hong Kong phone numbers are written as two groups of four digits: '2345 6789'."""
    num = m["num"]
    return bool(
        re.fullmatch(r"\d{4}[ ]\d{4}", num)
        or re.match(r"\s*\d{4}\b", sentence[m.end() :])
        or (re.fullmatch(r"\d{4}", num) and re.search(r"\d{4}[ ]$", sentence[: m.start("num")]))
    )


def _metric_name(unit: str, noun: str, sentence: str, m: re.Match[str]) -> str:
    low = sentence.lower()
    if unit == "PFLOPS":
        return "computing_power"
    if unit in ("HKD", "USD", "CNY", "EUR", "GBP"):
        if re.search(r"\binvest", low):
            return "investment_total"
        return "funding_total" if re.search(r"\b(?:fund|grant|subsid)", low) else "amount"
    if unit == "percent":
        return "share"
    after = low[m.end() :]
    if noun == "partners" or re.search(r"\b(?:become|became|becoming|as)\b[^.]*\bpartners\b", after):
        return "partners"
    if unit == "enterprises" and re.search(r"\b(?:met|meet|meeting)\b", low[: m.start()]):
        return "enterprises_met"
    name = unit if unit == "enterprises" else noun or unit
    role = _nearest_cue(low, m.start("num"))
    return f"{name}_{role}" if role else name


def _nearest_cue(low: str, pos: int) -> str | None:
    """The role word nearest the number: 'appointment of five ... reappointment of 14'."""
    best: tuple[int, str] | None = None
    for cue, role in ROLE_CUES:
        for c in re.finditer(cue, low):
            distance = abs(c.start() - pos)
            if best is None or distance < best[0]:
                best = (distance, role)
    return best[1] if best else None


def find_facts(
    text: str,
    sentence: tuple[int, int],
    *,
    release: date | None,
    dates: Sequence[TemporalExpression],
    previous_dates: Sequence[TemporalExpression] = (),
    previous_sentence: tuple[int, int] | None = None,
    subject: str | None = None,
) -> Iterator[Fact]:
    """Facts of one sentence. `dates` are the sentence's temporal expressions (doc offsets)."""
    s0, s1 = sentence
    body = text[s0:s1]
    if not _MAYBE_NUMBER.search(body):
        return
    for m in QUANTITY.finditer(body):
        fact = _fact(text, body, s0, m, release, dates, previous_dates, previous_sentence, subject)
        if fact:
            yield fact


def _fact(text, body, s0, m, release, dates, previous_dates, previous_sentence, subject) -> Fact | None:
    value = parse_number(m["num"])
    if m["num"].lower() in ("one", "a") and not m["scale"]:
        return None
    if value is None or _NOT_A_COUNT_BEFORE.search(body[: m.start("num") - (len(m["cur"] or ""))]):
        return None
    if _is_phone_or_code(body, m) or any(t.start <= s0 + m.start("num") < t.end for t in dates):
        return None
    if re.match(r"(?:st|nd|rd|th)\b|[-–/:]\d|\.\d|[-–]", body[m.end("num") :]):
        return None
    if re.match(r"[A-Za-z]", body[m.end("num") :]) and not (m["suffix"] or m["scale"]):
        return None  # "1990s", "3B", "5G": a name or a decade, not a count
    if re.search(r"one country,\s*$", body[: m.start("num")], re.IGNORECASE):
        return None
    suffix = (m["suffix"] or "").strip().lower()
    currency = currency_of(m["cur"])
    value *= scale_of(m["scale"])
    end = m.end()
    if currency:
        unit, noun = currency, ""
    elif suffix in ("per cent", "%"):
        unit, noun = "percent", ""
    elif suffix in ("p", "pf", "pflops", "petaflops") and m["suffix"].strip()[0] in "Pp":
        if suffix == "p" and m["suffix"] != "P":
            return None
        unit, noun = "PFLOPS", ""
    else:
        end = m.end("scale") if m["scale"] else m.end("num")
        counted = _head_noun(body, end)
        if counted is None:
            return None
        unit, noun = counted.unit, counted.noun
    qualifier = qualifier_of(m["qual"] or "")
    start = m.start() if m["qual"] else m.start("cur") if m["cur"] else m.start("num")
    if body[m.start() : m.start() + 12].lower().startswith("a total of") and not m["qual"]:
        start = m.start("cur") if m["cur"] else m.start("num")
    span_end = s0 + (m.end("suffix") if m["suffix"] else (m.end("scale") if m["scale"] else m.end("num")))
    bounds = interval(value, qualifier)
    as_of, precision = as_of_for(text, s0, body, release, dates, previous_dates, previous_sentence)
    since = since_of(text, dates)
    return Fact(
        start=s0 + start,
        end=span_end,
        quantity=text[s0 + start : span_end],
        metric=_metric_name(unit, noun, body, m),
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
