"""Deterministic generator of synthetic Hong Kong Government press releases.

The releases imitate the layout of the HKSAR Government's English press releases
(title line, blank line, paragraphs indented with five no-break spaces, blank line,
``Ends/<Weekday>, <Month> <D>, <YYYY>`` and ``Issued at HKT <HH>:<MM>``).  All wording
comes from the templates and made-up vocabulary in this module; names of people are
built from syllable lists, so every person is synthetic.

Every good release carries the ground truth its template planted (people,
organisations, metrics, relative dates, release date), so the corpus can benchmark
both the speed and the accuracy of an extractor.  A small, deterministic share of
files is deliberately broken (empty, binary, PDF, UTF-16, Big5, no footer, duplicate).

Ground truth (``GeneratedRelease.facts`` and one line per file in ``_truth.jsonl``):
``release_date`` (YYYY-MM-DD or None), ``issued_time``, ``title`` (without the photo
suffix), ``with_photo``, ``people`` (name without honorific, honorific if the text uses
one, title as written, organisation), ``organisations`` (full name, acronym),
``metrics`` (metric, value, qualifier, unit, subject, as_of; one entry per sentence
that states the number, qualifiers and units as in the corpus labelling rules),
``dates`` (relative/partial date text and its normalised value), and ``noise`` when
mojibake was injected.  Heights, ages, phone/room/street numbers, years, ordinals and
scheme years such as "2026-27" are written into the text but are not metrics.

Usage::

    python -m benchmarks.generate OUT_DIR --n 1000 --seed 0 [--bad-fraction 0.02]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import itertools
import json
import random
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

NBSP = "\u00a0"
INDENT = NBSP * 5
GOOD = "good"
BAD_KINDS: tuple[str, ...] = (
    "empty",
    "whitespace",
    "pdf",
    "utf16",
    "big5",
    "no_footer",
    "binary",
    "duplicate",
)
TRUTH_FILE = "_truth.jsonl"
MAX_PARAS = 8
NOISE_RATE = 0.05
FIRST_DATE = dt.date(2022, 1, 1)
DATE_SPAN_DAYS = 4 * 365 + 1
WEEKDAYS = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
PHOTO_SUFFIXES = (
    " (with photo)",
    " (with photos)",
    " (with photo/video)",
    " (with photos/video)",
    " (with video)",
)
QUALIFIER_WORDS: dict[str, tuple[str, ...]] = {
    "exact": ("",),
    "approx": ("about", "some", "around", "approximately"),
    "nearly": ("nearly", "almost"),
    "more_than": ("over", "more than"),
    "at_least": ("at least",),
    "at_most": ("up to",),
    "less_than": ("less than", "under"),
}
COMMON_QUALS = ("exact", "approx", "nearly", "more_than", "at_least")
START_QUALS = ("approx", "more_than")  # qualifiers that read well at a sentence start
NUMBER_WORDS = {
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "twelve",
    15: "fifteen",
    20: "twenty",
    30: "thirty",
    40: "forty",
    50: "fifty",
}

# --- vocabulary for synthetic names -------------------------------------------------

HK_SURNAMES = (
    "Chan", "Wong", "Lee", "Cheung", "Lau", "Ho", "Ng", "Leung", "Lam", "Tsang",
    "Yip", "Kwok", "Tang", "Fung", "Mak", "Tse", "Chow", "Lo", "Yuen", "Siu",
    "Poon", "Choi", "Ma", "Hui", "Ko", "So", "Kwan", "Yeung", "Cheng", "Tam",
    "Chu", "Law", "Kong", "Lui", "Mok", "Pang", "Shek", "Tong", "Wan", "Yau",
    "Au", "Fok", "Hung", "Kan", "Lai", "Sze", "Tsui", "Wu", "Yu", "Chiu",
)  # fmt: skip
HK_SYLLABLES = (
    "chi", "chun", "fai", "hang", "hei", "him", "hin", "hoi", "hong", "kai",
    "kam", "kin", "king", "kit", "kwan", "kwok", "lok", "man", "ming", "nam",
    "on", "pak", "ping", "po", "pui", "sai", "san", "shing", "shun", "siu",
    "sum", "tak", "tin", "tsz", "wa", "wah", "wai", "wing", "yan", "yat",
    "yee", "yin", "ying", "yiu", "yuen", "yung", "chiu", "mei", "sau", "lai",
)  # fmt: skip
PY_SURNAMES = (
    "Sun", "Zhao", "Zhang", "Chen", "Yang", "Zhou", "Xu", "Gao", "Wang", "Huang",
)  # fmt: skip
PY_SYLLABLES = (
    "Dong", "Peng", "Wei", "Jun", "Hao", "Lei", "Tao", "Xin", "Qiang", "Bo",
    "Min", "Yan", "Jie", "Hua", "Rui", "Kun",
)  # fmt: skip
MALE_NAMES = (
    "Aaron", "Alex", "Anthony", "Benjamin", "Brian", "Calvin", "Daniel", "Derek",
    "Edmund", "Eric", "Francis", "Gary", "Henry", "Ivan", "Jason", "Kelvin",
    "Kenneth", "Lawrence", "Martin", "Nelson", "Oscar", "Patrick", "Raymond",
    "Samuel", "Stanley", "Terence", "Victor", "Vincent", "Wilson", "Ronald",
)  # fmt: skip
FEMALE_NAMES = (
    "Agnes", "Alice", "Bonnie", "Carmen", "Cecilia", "Christine", "Doris", "Eliza",
    "Fiona", "Grace", "Helen", "Irene", "Jessica", "Joanne", "Karen", "Linda",
    "Maggie", "Natalie", "Olivia", "Priscilla", "Queenie", "Rebecca", "Sharon",
    "Teresa", "Vivian", "Winnie", "Yvonne", "Elsa",
)  # fmt: skip
BRAND_HEADS = (
    "Nova", "Lumi", "Quan", "Vira", "Zen", "Arc", "Cor", "Syn", "Tera", "Vel",
    "Ori", "Aqu", "Hexa", "Pola", "Kine", "Meti", "Brio", "Cela", "Dyna", "Exo",
)  # fmt: skip
BRAND_TAILS = ("tek", "ra", "nix", "gen", "lon", "vex", "lytics", "mind", "sys", "ware")
COMPANY_SECTORS = (
    "Biotech", "Robotics", "Cloud", "Semiconductor", "Energy", "Data",
    "Health", "Mobility", "Materials", "Intelligence", "Fintech", "Photonics",
)  # fmt: skip
COMPANY_SUFFIXES = ("Limited", "Holdings", "Group", "Technology Limited", "")
DISTRICTS = (
    "Sham Shui Po", "Kwun Tong", "Tuen Mun", "Yuen Long", "Sha Tin", "Tai Po",
    "Wong Tai Sin", "Tsuen Wan", "Kwai Chung", "Tseung Kwan O", "Wan Chai",
    "Central", "Mong Kok", "Tin Shui Wai", "Aberdeen", "Chai Wan", "Sai Kung",
)  # fmt: skip
POLICE_REGIONS = (
    "Hong Kong Island",
    "Kowloon East",
    "Kowloon West",
    "New Territories North",
    "New Territories South",
)
SECTORS = (
    "life and health technology",
    "artificial intelligence and data science",
    "financial technology",
    "advanced manufacturing and new energy technology",
    "green technology",
    "integrated circuits",
    "smart logistics",
    "creative technology",
    "aerospace technology",
    "agricultural technology",
)
EVENT_PREFIXES = ("Global", "Asia", "International", "Greater Bay Area", "Hong Kong")
EVENT_THEMES = (
    "Innovation",
    "FinTech",
    "Green Technology",
    "Smart Logistics",
    "Life Sciences",
    "Digital Economy",
    "Creative Industries",
    "Youth Leadership",
    "Data Economy",
    "Low-altitude Economy",
)
EVENT_KINDS = ("Summit", "Forum", "Expo", "Conference", "Symposium", "Week")
OFFICE_GERUNDS = ("Attracting", "Promoting", "Facilitating", "Developing", "Fostering")
OFFICE_OBJECTS = (
    "Strategic Industries",
    "Green Enterprises",
    "Talent Services",
    "Digital Trade",
    "Smart City Projects",
    "Cross-boundary Investment",
    "Advanced Manufacturing",
    "Headquarters Economy",
)
ACRONYM_STOPWORDS = ("and", "the", "for", "of", "on", "in", "to")


@dataclass(frozen=True)
class _Role:
    """A top official's post, with the bureau and topics that go with it."""

    title: str
    abbr: str
    bureau: str | None
    bureau_acronym: str | None
    topics: tuple[str, ...]


ROLES: tuple[_Role, ...] = (
    _Role("Chief Executive", "CE", None, None, ()),
    _Role("Chief Secretary for Administration", "CS", None, None, ()),
    _Role("Financial Secretary", "FS", None, None, ()),
    _Role("Secretary for Justice", "SJ", None, None, ()),
    _Role("Deputy Financial Secretary", "DFS", None, None, ()),
    _Role(
        "Secretary for Innovation, Technology and Industry",
        "SITI",
        "Innovation, Technology and Industry Bureau",
        "ITIB",
        ("Innovation and Technology", "Smart City", "Data Economy", "New Industries"),
    ),
    _Role(
        "Secretary for Transport and Logistics",
        "STL",
        "Transport and Logistics Bureau",
        "TLB",
        ("Aviation Development", "Smart Mobility", "Maritime Services", "Logistics"),
    ),
    _Role(
        "Secretary for Home and Youth Affairs",
        "SHYA",
        "Home and Youth Affairs Bureau",
        "HYAB",
        ("Youth Development", "Youth Exchange", "Community Building", "Volunteering"),
    ),
    _Role(
        "Secretary for Environment and Ecology",
        "SEE",
        "Environment and Ecology Bureau",
        "EEB",
        ("Waste Reduction", "Green Transport", "Marine Conservation", "Climate Action"),
    ),
    _Role(
        "Secretary for Labour and Welfare",
        "SLW",
        "Labour and Welfare Bureau",
        "LWB",
        ("Elderly Services", "Rehabilitation Services", "Manpower", "Child Care"),
    ),
    _Role(
        "Secretary for Culture, Sports and Tourism",
        "SCST",
        "Culture, Sports and Tourism Bureau",
        "CSTB",
        ("Sports Development", "Creative Industries", "Arts Development", "Tourism"),
    ),
    _Role(
        "Secretary for Financial Services and the Treasury",
        "SFST",
        "Financial Services and the Treasury Bureau",
        "FSTB",
        ("Green Finance", "Financial Literacy", "Insurance", "Wealth Management"),
    ),
    _Role(
        "Secretary for Education",
        "SED",
        "Education Bureau",
        "EDB",
        ("Vocational Education", "Curriculum Development", "Student Finance"),
    ),
    _Role(
        "Secretary for Health",
        "SFH",
        "Health Bureau",
        "HHB",
        ("Primary Healthcare", "Mental Health", "Health Promotion"),
    ),
    _Role(
        "Secretary for Development",
        "SDEV",
        "Development Bureau",
        "DEVB",
        ("Heritage Conservation", "Land Supply", "Urban Renewal"),
    ),
)
SECRETARIES = tuple(role for role in ROLES if role.bureau)

# --- fact-carrying entities ---------------------------------------------------------


@dataclass
class _Org:
    """An organisation; ``article`` says whether it takes "the"."""

    name: str
    acronym: str | None = None
    article: bool = True


@dataclass
class _Person:
    """A synthetic person and how the document has referred to them so far."""

    honorific: str
    surname: str
    given: str = ""
    english: str = ""
    female: bool = False
    title: str | None = None
    organisation: str | None = None
    org: _Org | None = None
    title_prefix: str = ""
    used_honorific: bool = False

    @property
    def name(self) -> str:
        return " ".join(part for part in (self.english, self.surname, self.given) if part)

    @property
    def pronoun(self) -> str:
        return "she" if self.female else "he"

    @property
    def possessive(self) -> str:
        return "her" if self.female else "his"


PUBLIC_BODIES: tuple[_Org, ...] = (
    _Org("Cyberport", None, False),
    _Org("Hong Kong Science and Technology Parks Corporation", "HKSTP"),
    _Org("Hong Kong Trade Development Council", "HKTDC"),
    _Org("Hong Kong Productivity Council", "HKPC"),
    _Org("Vocational Training Council", "VTC"),
    _Org("Hong Kong Tourism Board", "HKTB"),
    _Org("Hong Kong Institute of Applied Robotics", "HKIAR"),
    _Org("Greater Bay Area Data Research Centre", "GBADRC"),
    _Org("Hong Kong Green Materials Institute", "HKGMI"),
)


@dataclass(frozen=True)
class GeneratedRelease:
    """One generated file: its name, bytes, kind and the planted ground truth."""

    name: str
    data: bytes
    kind: str
    facts: dict[str, Any] = field(default_factory=dict)


# --- small helpers ------------------------------------------------------------------


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _month_day(date: dt.date) -> str:
    return f"{MONTHS[date.month - 1]} {date.day}"


def _full_date(date: dt.date) -> str:
    return f"{_month_day(date)}, {date.year}"


def _acronym(name: str) -> str:
    words = name.replace(",", " ").replace("-", " ").split()
    return "".join(w[0] for w in words if w[0].isupper() and w not in ACRONYM_STOPWORDS)


def _join_list(items: Sequence[str]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def _words(paras: Sequence[Sequence[str]]) -> int:
    return sum(len(sentence.split()) for para in paras for sentence in para)


def _nice_round(rng: random.Random, value: int) -> int:
    digits = len(str(value))
    if digits < 2:
        return value
    step = 10 ** (digits - 1) if rng.random() < 0.6 else 5 * 10 ** (digits - 2)
    return max(step, round(value / step) * step)


def _phone(rng: random.Random) -> str:
    return f"{rng.choice('23')}{rng.randint(100, 999)} {rng.randint(1000, 9999)}"


def _street(rng: random.Random) -> str:
    first, second = rng.sample(HK_SYLLABLES, 2)
    kind = rng.choice(("Street", "Road", "Avenue"))
    return f"{first.capitalize()} {second.capitalize()} {kind}"


def _address(rng: random.Random) -> str:
    floor = rng.randint(2, 28)
    room = f"Room {floor}{rng.randint(1, 20):02d}, {floor}/F"
    building = rng.choice(
        (
            f"{rng.choice(DISTRICTS)} Government Offices",
            f"{rng.choice(BRAND_HEADS)}ford Centre",
            "North Tower, Harbour Building",
        )
    )
    return f"{room}, {building}, {rng.randint(1, 388)} {_street(rng)}"


def _url(rng: random.Random, host: str) -> str:
    page = rng.choice(("index", "whats_new", "notices", "scheme"))
    return f"www.{host}.gov.hk/en/{page}_{rng.randint(100, 9999)}.html"


# --- synthetic names ----------------------------------------------------------------


def _honorific(rng: random.Random, female: bool) -> str:
    roll = rng.random()
    if roll < 0.12:
        return "Dr"
    if roll < 0.18:
        return "Professor"
    if not female:
        return "Mr"
    return "Ms" if roll < 0.75 else ("Mrs" if roll < 0.92 else "Miss")


def _make_person(rng: random.Random, style: str, avoid: Sequence[str] = ()) -> _Person:
    """Make a person; style is "english", "cantonese", "full" or "mainland"."""
    female = rng.random() < 0.45
    pool = PY_SURNAMES if style == "mainland" else HK_SURNAMES
    surname = rng.choice([s for s in pool if s not in avoid] or list(pool))
    person = _Person(_honorific(rng, female), surname, female=female)
    if style == "mainland":
        person.given = rng.choice(PY_SYLLABLES)
    if style in ("cantonese", "full"):
        first, second = rng.sample(HK_SYLLABLES, 2)
        person.given = f"{first.capitalize()}-{second}"
    if style in ("english", "full"):
        person.english = rng.choice(FEMALE_NAMES if female else MALE_NAMES)
    return person


def _make_cast() -> dict[str, _Person]:
    """The same synthetic top officials appear across the whole corpus."""
    rng = random.Random("hk-press-release-cast-v1")
    cast: dict[str, _Person] = {}
    for role in ROLES:
        style = rng.choice(("english", "cantonese", "cantonese", "mainland"))
        taken = [p.surname for p in cast.values()]
        person = _make_person(rng, style, taken)
        person.title = role.title
        cast[role.abbr] = person
    return cast


CAST = _make_cast()


def _make_company(rng: random.Random) -> _Org:
    brand = rng.choice(BRAND_HEADS) + rng.choice(BRAND_TAILS)
    parts = (brand, rng.choice(COMPANY_SECTORS), rng.choice(COMPANY_SUFFIXES))
    return _Org(" ".join(p for p in parts if p), None, False)


def _make_office(rng: random.Random) -> _Org:
    name = f"Office for {rng.choice(OFFICE_GERUNDS)} {rng.choice(OFFICE_OBJECTS)}"
    return _Org(name, _acronym(name))


def _make_committee(rng: random.Random, topic: str) -> _Org:
    form = rng.choice(
        (
            "{t} Advisory Committee",
            "Advisory Committee on {t}",
            "{t} Council",
            "Committee on {t}",
            "{t} Task Force",
        )
    )
    name = form.format(t=topic)
    return _Org(name, _acronym(name))


def _event_name(rng: random.Random, company: _Org) -> str:
    if rng.random() < 0.3:
        brand = company.name.split()[0]
        return f"{brand} {rng.choice(EVENT_THEMES)} Partners Summit"
    parts = [rng.choice(EVENT_PREFIXES), rng.choice(EVENT_THEMES), rng.choice(EVENT_KINDS)]
    if rng.random() < 0.3:
        parts.append(str(rng.randint(2023, 2026)))
    return " ".join(parts)


# --- the document builder -----------------------------------------------------------


class _Doc:
    """Builds one release and records every fact it plants."""

    def __init__(self, rng: random.Random, date: dt.date) -> None:
        self.rng = rng
        self.date = date
        self.iso = date.isoformat()
        self.people: list[_Person] = []
        self.orgs: list[_Org] = []
        self.metrics: list[dict[str, Any]] = []
        self.dates: list[dict[str, str]] = []
        self.sep = " " if rng.random() < 0.8 else ","
        curly = rng.random() < 0.5
        self.lq, self.rq = ("\u201c", "\u201d") if curly else ('"', '"')
        self.main_org: _Org | None = None
        self.subject = "the Government"
        self.sector = rng.choice(SECTORS)
        self.topic = "public affairs"
        self.host = "info"

    # organisations and people

    def org(self, org: _Org, short_ok: bool = True) -> str:
        """Mention an organisation: full name (ACR) first, the acronym later."""
        if org not in self.orgs:
            self.orgs.append(org)
            text = org.name + (f" ({org.acronym})" if org.acronym else "")
        elif org.acronym and short_ok:
            text = org.acronym
            return ("the " + text) if org.article and self.rng.random() < 0.7 else text
        else:
            text = org.name
        return ("the " + text) if org.article else text

    def _add(self, person: _Person) -> _Person:
        if all(person is not p for p in self.people):
            self.people.append(person)
        return person

    def cast(self, abbr: str) -> _Person:
        """A fresh copy of a top official for this document."""
        return replace(CAST[abbr])

    def official(self, prefix: str, org: _Org, style: str = "") -> _Person:
        """A new person whose title names an organisation ("Director of the X")."""
        style = style or self.rng.choice(("english", "cantonese", "mainland"))
        person = _make_person(self.rng, style, [p.surname for p in self.people])
        person.title_prefix = prefix
        person.org = org
        person.organisation = org.name
        person.title = f"{prefix} {'the ' if org.article else ''}{org.name}"
        return person

    def intro(self, person: _Person) -> str:
        """ "the Secretary for X, Mr Y" (apposition); mentions the title's org."""
        self._add(person).used_honorific = True
        if person.org is not None:
            title = f"{person.title_prefix} {self.org(person.org, short_ok=False)}"
        else:
            title = person.title or ""
        return f"the {title}, {person.honorific} {person.name}"

    def before(self, person: _Person) -> str:
        """ "Financial Secretary Paul Chan" (title before the name, no honorific)."""
        self._add(person)
        return f"{person.title} {person.name}"

    def ref(self, person: _Person) -> str:
        """A later short reference: "Mr Chan"."""
        self._add(person).used_honorific = True
        return f"{person.honorific} {person.surname}"

    def named(self, person: _Person) -> str:
        self._add(person).used_honorific = True
        return f"{person.honorific} {person.name}"

    def bare(self, person: _Person) -> str:
        self._add(person)
        return person.name

    # dates

    def _date(self, text: str, normalized: str) -> str:
        self.dates.append({"text": text, "normalized": normalized})
        return text

    def today(self, paren: bool = True, cap: bool = False) -> str:
        word = "Today" if cap else "today"
        text = f"{word} ({_month_day(self.date)})" if paren else word
        return self._date(text, self.iso)

    def last_night(self) -> str:
        day = self.date - dt.timedelta(days=1)
        return self._date(f"last night ({_month_day(day)})", day.isoformat())

    def past_day(self, lo: int, hi: int) -> str:
        day = self.date - dt.timedelta(days=self.rng.randint(lo, hi))
        return self._date(_month_day(day), day.isoformat())

    def future_day(self, lo: int, hi: int) -> str:
        day = self.date + dt.timedelta(days=self.rng.randint(lo, hi))
        return self._date(_month_day(day), day.isoformat())

    def month_last_year(self) -> str:
        month = self.rng.randint(1, 12)
        text = f"{MONTHS[month - 1]} last year"
        return self._date(text, f"{self.date.year - 1}-{month:02d}")

    def month_this_year(self) -> str:
        month = self.rng.randint(1, self.date.month)
        text = f"{MONTHS[month - 1]} this year"
        return self._date(text, f"{self.date.year}-{month:02d}")

    def this_year(self) -> str:
        return self._date("this year", str(self.date.year))

    def next_year(self) -> str:
        return self._date("next year", str(self.date.year + 1))

    def early_year(self, ahead: int) -> tuple[str, str]:
        """("early 2026", "2026"): the text and the year a target is dated to."""
        year = str(self.date.year + ahead)
        return self._date(f"early {year}", year), year

    # metrics

    def _record(self, metric: str, value: int, qual: str, unit: str, as_of: str) -> None:
        self.metrics.append(
            {
                "metric": metric,
                "value": value,
                "qualifier": qual,
                "unit": unit,
                "subject": self.subject,
                "as_of": as_of,
            }
        )

    def number(self, value: int) -> str:
        if value < 1000:
            return str(value)
        return f"{value:,}".replace(",", self.sep)

    def _qualify(self, quals: Sequence[str], lo: int, hi: int) -> tuple[str, str, int]:
        qual = self.rng.choice(quals)
        value = self.rng.randint(lo, hi)
        if qual != "exact":
            value = _nice_round(self.rng, value)
        return qual, self.rng.choice(QUALIFIER_WORDS[qual]), value

    def count(
        self,
        metric: str,
        noun: str,
        unit: str,
        lo: int,
        hi: int,
        quals: Sequence[str] = COMMON_QUALS,
        as_of: str | None = None,
        words: float = 0.15,
    ) -> str:
        """A counted fact such as "nearly 300 enterprises"; records the metric."""
        qual, qword, value = self._qualify(quals, lo, hi)
        self._record(metric, value, qual, unit, as_of or self.iso)
        if qual == "exact" and value < 10:
            words = max(words, 0.8)  # the Government spells out small numbers
        use_word = value in NUMBER_WORDS and self.rng.random() < words
        shown = NUMBER_WORDS[value] if use_word else self.number(value)
        return " ".join(p for p in (qword, shown, noun) if p)

    def money(
        self,
        metric: str,
        lo_tenths: int,
        hi_tenths: int,
        scale: str,
        quals: Sequence[str] = COMMON_QUALS,
        qword: str | None = None,
    ) -> str:
        """An amount such as "$42 billion" or "HK$3.5 million"; records HKD.

        ``qword`` overrides the qualifier's wording ("" when the sentence carries it).
        """
        qual = self.rng.choice(quals)
        tenths = self.rng.randint(lo_tenths, hi_tenths)
        if qual != "exact" or tenths >= 100 or self.rng.random() < 0.5:
            tenths = max(10, tenths // 10 * 10)
        factor = 1_000_000_000 if scale == "billion" else 1_000_000
        self._record(metric, tenths * factor // 10, qual, "HKD", self.iso)
        shown = str(tenths // 10) if tenths % 10 == 0 else f"{tenths / 10:.1f}"
        prefix = "HK$" if self.rng.random() < 0.4 else "$"
        if qword is None:
            qword = self.rng.choice(QUALIFIER_WORDS[qual])
        return " ".join(p for p in (qword, f"{prefix}{shown} {scale}") if p)

    def percent(self, metric: str, lo: int, hi: int, quals: Sequence[str] = ("exact", *START_QUALS)) -> str:
        qual, qword, value = self._qualify(quals, lo, hi)
        self._record(metric, value, qual, "percent", self.iso)
        sign = "%" if self.rng.random() < 0.3 else " per cent"
        return " ".join(p for p in (qword, f"{value}{sign}") if p)

    def computing(self, as_of: str) -> str:
        value = self.rng.choice((1000, 1500, 2000, 3000, 3500))
        self._record("computing_power", value, "exact", "PFLOPS", as_of)
        return f"{self.number(value)}P"


# --- sentence pools -----------------------------------------------------------------
# Placeholders are filled lazily by _Slots, so a metric is only recorded when the
# sentence that states it is actually used.  Pools are drawn without replacement.

VERB_PHRASES = (
    "work closely with industry stakeholders",
    "provide one-stop facilitation services to enterprises",
    "strengthen collaboration with Mainland and overseas partners",
    "reach out to high-potential enterprises around the world",
    "follow up closely on the specific needs of the enterprises concerned",
    "step up promotion in key overseas markets",
    "foster closer links between academia and industry",
    "nurture a diverse pool of local and overseas talent",
)
INFINITIVES = (
    "attract enterprises in strategic industries",
    "accelerate the commercialisation of research outcomes",
    "expand the pool of technology talent",
    "support start-ups at different stages of development",
    "speed up the digital transformation of traditional industries",
    "deepen exchanges with the rest of the world",
)
GOALS = (
    "consolidating the city's position as an international business hub",
    "enriching the local innovation and technology ecosystem",
    "creating more quality employment opportunities for young people",
    "promoting the high-quality development of the economy",
    "better integrating into the overall development of the country",
    "reinforcing the city's role as a gateway between the Mainland and the world",
)
INITIATIVES = (
    "the Innovation and Technology Development Blueprint",
    "the cross-boundary data flow facilitation measures",
    "the development of the Northern Metropolis",
    "the Smart Production Upgrade Programme",
    "the Digital Talent Pipeline initiative",
    "the Technology Talent Admission Scheme",
    "the Green Enterprise Matching Fund",
)
ADVANTAGES = (
    "strong support from the motherland",
    "close connectivity with the rest of the world",
    "a common law system trusted by the international community",
    "the free flow of capital, goods and information",
    "a deep pool of international professionals",
    "world-class universities and research institutions",
    "a simple and low tax regime",
)
ACHIEVEMENTS = (
    "set up a dedicated team to serve incoming enterprises",
    "launched new measures to attract talent from around the world",
    "signed co-operation agreements with several Mainland provinces",
    "stepped up our promotion efforts in the Middle East and ASEAN",
    "introduced a fast-track service for enterprises relocating to the city",
)

POLICY_POOL = (
    "{S} will continue to {vp} with a view to {goal}.",
    "{S} will also {vp}.",
    "In recent years, the Government has introduced a range of measures to {inf}, "
    "such as {init} and {init2}.",
    "Under the {lq}one country, two systems{rq} principle, Hong Kong enjoys {adv} and {adv2}.",
    "These measures will help {inf} and bring new impetus to the economy.",
    "The response from the industry has been encouraging.",
    "Further details will be announced in due course.",
    "Enterprises in {sector} and {sector2} have shown particularly strong interest.",
    "{S} has so far met with representatives from {m_met}.",
    "{S} expects {m_partners} to set up or expand their operations in the city.",
    "The new partners are expected to create {m_jobs} in the coming few years.",
    "Taken together, the enterprises will invest {m_invest} in Hong Kong.",
    "Most of the enterprises come from {sector}, while others focus on {sector2}.",
    "Hong Kong's distinctive advantages make it an ideal springboard for enterprises going global.",
    "{S} looks forward to working hand in hand with its partners to {inf}.",
    "Participants also toured the facilities at {pb} and exchanged views with local start-ups.",
    "The Government will keep the measures under review.",
    "Representatives of {m_ent_att} took part in the programme.",
    "So far, {m_pct} of the partner enterprises have commenced operation here.",
    "Since its establishment in {mly}, {s} has organised {m_events} for prospective investors.",
    "Looking ahead, the city will {inf}.",
    "Their plans involve a total investment exceeding {m_invest_x}.",
    "Demand for office and laboratory space from incoming enterprises remains strong.",
    "Several of the enterprises plan to set up research and development centres in the Northern Metropolis.",
    "Their presence will help build a complete industry chain, from upstream research to "
    "downstream applications.",
    "The city's capital market also gives enterprises convenient access to fund-raising channels.",
    "{S} has a dedicated team to help enterprises with matters such as talent admission, land and funding.",
    "Over the past year, promotional seminars organised by {s} attracted {m_guests}.",
    "A networking session will be held at {addr}, on {future}.",
)
SPEECH_POOL = (
    "Let me share with you a few observations.",
    "We are seeing good progress.",
    "Hong Kong is more than ready to {inf}.",
    "I am pleased to note that {m_pct} of the enterprises have already commenced operation in Hong Kong.",
    "Together, they will bring {m_invest} of investment to the city and create {m_jobs}.",
    "Our commitment is clear: we will {vp} and {inf}.",
    "This is not just about numbers.",
    "It is about {goal}.",
    "Over the past year, we have {ach}.",
    "I would like to thank {pb} for its unfailing support.",
    "I encourage all of you to make full use of the opportunities ahead.",
    "We will spare no effort in {goal}.",
    "Hong Kong enjoys {adv}, {adv2} and, not least, {adv3}.",
    "In the past few months, we have received {m_apps} from enterprises keen to join us.",
    "The numbers speak for themselves.",
    "You have my word that the Government will stand by you.",
    "Ladies and gentlemen, the world is changing fast.",
    "Technology is reshaping every industry, from finance to logistics.",
    "Hong Kong has what it takes to thrive in this new era.",
    "I am confident that, with your support, we will {inf}.",
    "Let me give you some figures.",
    "Our universities rank among the best in the world, and our researchers are second to none.",
    "Talent is the key to success.",
    "Many of you have travelled a long way to be here, and I thank you for that.",
    "During our recent overseas missions, we met with {m_met}.",
    "Our doors are always open.",
)
HEALTH_POOL = (
    "The CHP's investigation is continuing.",
    "Members of the public should maintain good personal and environmental hygiene at all times.",
    "People who develop {symptom} should wear a surgical mask and seek medical advice promptly.",
    "So far {this_year}, the CHP has recorded {m_cases} of the disease.",
    "The CHP has informed {pb2} and will continue to monitor the situation closely.",
    "Members of the public may call the CHP hotline at {phone} for enquiries during office hours.",
    "More information is available on the CHP's website ({url}).",
    "The elderly and those with chronic illnesses are at higher risk of complications.",
    "Hand hygiene is one of the most effective ways to prevent infection.",
    "The CHP will issue letters to doctors, hospitals, kindergartens and schools to alert "
    "them to the latest situation.",
    "{M_pct_start} of the patients reported in the past month were aged 65 or above.",
    "Travellers returning from affected areas should monitor their health for {dur}.",
    "Close contacts of the patients have been put under medical surveillance.",
    "Members of the public should avoid touching their eyes, nose and mouth with unwashed hands.",
    "Food should be thoroughly cooked before consumption.",
    "Indoor environments should be kept well ventilated.",
    "Parents should keep sick children away from school until they have fully recovered.",
    "Institutions such as elderly homes and schools should remain alert to outbreaks.",
    "Vaccination remains one of the most effective means to prevent the disease and its complications.",
    "Samples from the patients tested positive for the causative agent.",
    "Investigation into the source of infection is under way.",
    "The CHP has also conducted site visits and health education talks at the premises concerned.",
    "Specimens have been collected for laboratory testing, and the results are pending.",
    "Members of the public are advised not to self-medicate and to complete the full course "
    "of any treatment prescribed.",
    "Persons with symptoms should avoid going to work or school until they have recovered.",
    "The CHP will continue to liaise closely with the relevant health authorities in the "
    "Mainland and overseas.",
    "Doctors are reminded to report suspected cases to the CHP promptly.",
    "{M_pct_start} of the cases recorded this season were linked to household contacts.",
    "The situation is being monitored closely and further updates will be issued as appropriate.",
)
POLICE_POOL = (
    "Police appeal to members of the public to report any information on missing persons.",
    "Family members of missing persons may seek assistance from any police station.",
    "The case has been handed over to the Regional Missing Persons Unit for follow-up.",
    "Police thank members of the public for their assistance.",
    "Members of the public with information on the case may call the Police hotline on {phone}.",
    "All information received will be kept strictly confidential.",
    "Officers have checked the places frequently visited by the missing person.",
    "Patrol officers in the district have been alerted to the case.",
    "Police have also circulated a description of the missing person to frontline officers "
    "across the territory.",
    "Members of the public are reminded to keep in close contact with elderly family members "
    "and those with medical conditions.",
    "Anyone who needs help may call the Police emergency hotline.",
)
FUND_POOL = (
    "The Government attaches great importance to {goal}.",
    "Projects should be implemented within {dur} of approval.",
    "Priority will be given to projects that {inf}.",
    "A briefing session will be held on {future} at {addr}.",
    "Application forms and guidance notes can be downloaded from {url}.",
    "For enquiries, please call {phone} during office hours.",
    "In the previous round, {m_apps} were received and {m_projects} were supported.",
    "The scheme has benefited {m_people} since its launch.",
    "Applicants are reminded to read the guidance notes carefully before submitting their applications.",
    "Late applications will not be considered.",
    "Successful applicants will be notified in writing.",
    "The scheme aims to broaden the horizons of participants and deepen their understanding of the country.",
    "Applicants may submit more than one proposal, but each proposal should be self-contained.",
    "An assessment panel with representatives from the relevant sectors will vet the applications.",
    "Organisations that have received funding before are also welcome to apply.",
    "The implementation of funded projects will be monitored closely.",
    "The guidance notes set out the assessment criteria in detail.",
)
LEGCO_POOL = (
    "The Government will continue to {vp}.",
    "We will review the effectiveness of the measures from time to time.",
    "As at {mty}, {m_apps} had been received.",
    "Of these, {m_projects} have been approved, involving a total commitment of {m_budget}.",
    "The relevant information is set out at Annex.",
    "We do not maintain statistics on the breakdown requested.",
    "The Government has also been working with {pb} to {inf}.",
    "The scheme is expected to benefit {m_people}.",
    "The Government attaches great importance to {goal}.",
    "The relevant departments will continue to monitor the situation closely.",
    "To enhance transparency, the relevant statistics are uploaded to the Bureau's website regularly.",
    "We will take into account the suggestions raised by Members in the review.",
    "In addition, the Government has introduced measures to {inf}.",
    "The Government does not have a timetable at this stage.",
    "The expenditure involved is absorbed by the existing resources of the departments concerned.",
)
APPOINT_POOL = (
    "The Committee advises the Government on policies and measures relating to {topic_l}.",
    "The appointments have been published in the Gazette.",
    "The Government is grateful to all members for their commitment.",
    "Members bring expertise from diverse backgrounds to the work of the Committee.",
    "The Committee will hold its first meeting under the new term on {future}.",
    "Members are appointed on an ad personam basis.",
    "Members of the Committee come from sectors including {sector}, academia, law and accounting.",
    "Its terms of reference include reviewing policies on {topic_l} and monitoring the "
    "implementation of related initiatives.",
    "Papers and minutes of the Committee's meetings are available at {url}.",
    "The Committee may set up working groups to study specific issues.",
    "The Government will continue to draw on the expertise of members to take forward "
    "initiatives on {topic_l}.",
    "The Government makes appointments on the basis of the merits of individuals.",
    "The Committee meets regularly to discuss matters relating to {topic_l}.",
)
COMMUNITY_POOL = (
    "The Government has all along been committed to {goal}.",
    "{S} will continue to maintain close liaison with stakeholders.",
    "Views collected will be taken into account in formulating future measures.",
    "{S} will review the arrangements in the light of operational experience.",
    "The public response to the initiatives has been positive.",
    "Training and support will be provided to the organisations concerned.",
    "District organisations will be invited to take part.",
    "The Government will release further details at a later stage.",
    "Members of the public are welcome to share their views through {url}.",
    "The measures form part of the Government's wider efforts to {inf}.",
    "Young people, in particular, stand to benefit from the new arrangements.",
    "Over the years, {m_orgs} have taken part in related programmes.",
    "{S} has also arranged {m_sessions} for frontline staff.",
    "The Government will keep in view the latest developments and adjust the measures where necessary.",
    "Experience shows that early planning and close co-ordination among departments are essential.",
    "Feedback from participating organisations has been encouraging, and many have expressed "
    "interest in further collaboration.",
)
GENERIC_POOL = (
    "Members of the public may visit {url} for more information.",
    "Enquiries may be directed to the office on {phone}.",
    "The Government will continue to listen to views from the community.",
    "Details are set out in the Annex.",
)


class _Slots(dict[str, str]):
    """Lazily fills sentence placeholders from the document."""

    def __init__(self, doc: _Doc) -> None:
        super().__init__()
        self.doc = doc

    def __missing__(self, key: str) -> str:
        value = _slot(self.doc, key)
        self[key] = value
        return value


def _pick(doc: _Doc, pool: Sequence[str]) -> str:
    return doc.rng.choice(pool)


def _partners_noun(doc: _Doc) -> str:
    org = doc.main_org
    if org and org.acronym and org.name.startswith("Office"):
        return f"{org.acronym} partners"
    return "partner enterprises"


def _subject_text(doc: _Doc) -> str:
    return doc.org(doc.main_org) if doc.main_org else doc.subject


TEXT_SLOTS: dict[str, Callable[[_Doc], str]] = {
    "vp": lambda d: _pick(d, VERB_PHRASES),
    "inf": lambda d: _pick(d, INFINITIVES),
    "goal": lambda d: _pick(d, GOALS),
    "init": lambda d: _pick(d, INITIATIVES[:4]),
    "init2": lambda d: _pick(d, INITIATIVES[4:]),
    "adv": lambda d: _pick(d, ADVANTAGES[:3]),
    "adv2": lambda d: _pick(d, ADVANTAGES[3:5]),
    "adv3": lambda d: _pick(d, ADVANTAGES[5:]),
    "ach": lambda d: _pick(d, ACHIEVEMENTS),
    "sector": lambda d: d.sector,
    "sector2": lambda d: _pick(d, [s for s in SECTORS if s != d.sector]),
    "lq": lambda d: d.lq,
    "rq": lambda d: d.rq,
    "S": lambda d: _cap(_subject_text(d)),
    "s": _subject_text,
    "pb": lambda d: d.org(_pick(d, PUBLIC_BODIES)),
    "pb2": lambda d: d.org(_Org("Hospital Authority", "HA")),
    "phone": lambda d: _phone(d.rng),
    "addr": lambda d: _address(d.rng),
    "url": lambda d: _url(d.rng, d.host),
    "symptom": lambda d: _pick(d, ("fever", "a cough", "diarrhoea", "a rash")),
    "dur": lambda d: _pick(d, ("14 days", "two weeks", "12 months", "a month")),
    "topic_l": lambda d: d.topic.lower(),
    "future": lambda d: d.future_day(5, 40),
    "mly": lambda d: d.month_last_year(),
    "mty": lambda d: d.month_this_year(),
    "this_year": lambda d: d.this_year(),
}
COUNT_SLOTS: dict[str, tuple[str, str, str, int, int]] = {
    "m_met": ("enterprises_met", "enterprises", "enterprises", 60, 600),
    "m_jobs": ("jobs_created", "jobs", "jobs", 1000, 30000),
    "m_ent_att": ("enterprises_attending", "enterprises", "enterprises", 30, 300),
    "m_apps": ("applications_received", "applications", "applications", 150, 5000),
    "m_projects": ("projects_supported", "projects", "projects", 10, 300),
    "m_cases": ("cases_recorded", "cases", "cases", 5, 400),
    "m_people": ("beneficiaries", "people", "persons", 500, 40000),
    "m_events": ("events_held", "events", "events", 10, 150),
    "m_guests": ("guests_attending", "participants", "persons", 100, 3000),
    "m_orgs": ("organisations_participating", "organisations", "organisations", 20, 600),
    "m_sessions": ("training_sessions", "training sessions", "sessions", 10, 200),
}


def _money_slot(doc: _Doc, key: str) -> str:
    if key == "m_invest":
        return doc.money("investment_total", 50, 800, "billion")
    if key == "m_invest_x":
        return doc.money("investment_total", 50, 800, "billion", ("more_than",), "")
    if key == "m_budget":
        return doc.money("funding_committed", 100, 9000, "million")
    return doc.money("grant_per_project", 5, 50, "million", ("at_most",))


def _slot(doc: _Doc, key: str) -> str:
    if key in TEXT_SLOTS:
        return TEXT_SLOTS[key](doc)
    if key in COUNT_SLOTS:
        metric, noun, unit, lo, hi = COUNT_SLOTS[key]
        return doc.count(metric, noun, unit, lo, hi)
    if key == "m_partners":
        return doc.count("partners", _partners_noun(doc), "enterprises", 10, 80)
    if key == "m_pct":
        return doc.percent("share", 20, 95)
    if key == "M_pct_start":
        return _cap(doc.percent("share", 20, 95, START_QUALS))
    if key in ("m_invest", "m_invest_x", "m_budget", "m_grant"):
        return _money_slot(doc, key)
    raise KeyError(key)


def _sentence(doc: _Doc, template: str) -> str:
    return template.format_map(_Slots(doc))


# --- padding and rendering ----------------------------------------------------------


@dataclass
class _Draft:
    """A template's output before padding: title, paragraphs and filler pools.

    Filler goes into new paragraphs after ``head`` while fewer than MAX_PARAS exist,
    otherwise into the shortest paragraph from ``head[extend_from:]``.
    """

    title: str
    head: list[list[str]]
    tail: list[list[str]] = field(default_factory=list)
    pools: tuple[Sequence[str], ...] = (GENERIC_POOL,)
    words: tuple[int, int] = (340, 700)
    extend_from: int = 1


def _chunks(rng: random.Random, items: list[str], parts: int) -> list[list[str]]:
    """Split items, in order, into ``parts`` non-empty runs of random length."""
    parts = max(1, min(parts, len(items)))
    cuts = sorted(rng.sample(range(1, len(items)), parts - 1))
    bounds = [0, *cuts, len(items)]
    return [items[lo:hi] for lo, hi in itertools.pairwise(bounds)]


def _fillers(doc: _Doc, draft: _Draft) -> list[str]:
    """Filler sentences (no repeats) until the release reaches its target length."""
    target = doc.rng.randint(*draft.words)
    words = _words(draft.head) + _words(draft.tail)
    queue = list(dict.fromkeys(t for pool in draft.pools for t in pool))
    doc.rng.shuffle(queue)
    sentences: list[str] = []
    while words < target and queue:
        sentences.append(_sentence(doc, queue.pop()))
        words += len(sentences[-1].split())
    return sentences


def _pad(doc: _Doc, draft: _Draft) -> list[list[str]]:
    """Pad the draft with filler, keeping the text in the order it was generated.

    Order matters: an acronym must be defined where it first appears.  Filler fills new
    paragraphs while fewer than MAX_PARAS exist, otherwise it extends
    ``head[extend_from:]`` in turn.
    """
    sentences = _fillers(doc, draft)
    if not sentences:
        return draft.head + draft.tail
    room = MAX_PARAS - len(draft.head) - len(draft.tail)
    if room > 0:
        wanted = round(len(sentences) / doc.rng.uniform(2.5, 5.0))
        draft.head.extend(_chunks(doc.rng, sentences, min(room, max(1, wanted))))
    else:
        targets = draft.head[draft.extend_from :] or draft.head[-1:]
        size = -(-len(sentences) // len(targets))  # even runs, in order
        for i, para in enumerate(targets):
            para.extend(sentences[i * size : (i + 1) * size])
    return draft.head + draft.tail


def _footer(date: dt.date, time: str) -> str:
    return f"Ends/{WEEKDAYS[date.weekday()]}, {_full_date(date)}\nIssued at HKT {time}"


def _render(title: str, paras: Sequence[Sequence[str]], footer: str | None) -> str:
    body = "\n".join(INDENT + " ".join(p) for p in paras)
    text = f"{title}\n\n{body}\n"
    return text + (f"\n{footer}" if footer else "")


# --- templates ----------------------------------------------------------------------


def _host(doc: _Doc) -> tuple[_Person, str]:
    """The official at an event and the short form used in the headline."""
    rng = doc.rng
    if rng.random() < 0.5:
        office = _make_office(rng)
        doc.main_org = office
        host = doc.official("Director-General of", office)
        return host, f"Director-General of {office.name}"
    role = rng.choice(SECRETARIES)
    doc.main_org = _Org(role.bureau or "", role.bureau_acronym)
    return doc.cast(role.abbr), rng.choice((role.abbr, role.title))


def _tpl_event(doc: _Doc) -> _Draft:
    rng = doc.rng
    host, short = _host(doc)
    company, body = _make_company(rng), rng.choice(PUBLIC_BODIES)
    event = _event_name(rng, company)
    doc.subject = event
    attending = doc.count("enterprises_attending", "I&T enterprises", "enterprises", 40, 300)
    p1 = [
        f"{_cap(doc.intro(host))}, attended the {event} {doc.today()}.",
        f"The event was organised by {doc.org(company)}, in collaboration with {doc.org(body)}.",
        f"During the event, {doc.ref(host)} briefed representatives of {attending} on the "
        f"latest support measures for the {doc.sector} sector.",
    ]
    p2 = [
        f"In {host.possessive} remarks, {doc.ref(host)} said that Hong Kong offers enterprises "
        "a sound intellectual property regime, strong research capabilities and ready access "
        "to international capital.",
        _sentence(doc, POLICY_POOL[2]),
    ]
    paras = [p1, p2]
    if rng.random() < 0.6:
        paras.append(_computing_para(doc, body))
    if doc.main_org and doc.main_org.name.startswith("Office"):
        paras.append(_since_para(doc))
    verb = rng.choice(("attends", "speaks at", "officiates at"))
    doc.host = "info"
    return _Draft(f"{short} {verb} {event}", paras, pools=(POLICY_POOL, GENERIC_POOL))


def _computing_para(doc: _Doc, body: _Org) -> list[str]:
    ahead = doc.rng.randint(1, 3)
    first = f"within {doc.next_year()}" if ahead > 1 else f"later {doc.this_year()}"
    target, year = doc.early_year(ahead)
    subject, doc.subject = doc.subject, f"{body.name} AI supercomputing centre"
    paras = [
        f"Separately, {doc.org(body)} is building an artificial intelligence (AI) "
        f"supercomputing centre in phases, with the first phase due {first} and the "
        f"remainder by {target}.",
        f"Upon full completion, the facility will offer computing power of {doc.computing(year)}.",
    ]
    doc.subject = subject
    return paras


def _since_para(doc: _Doc) -> list[str]:
    org = doc.main_org
    assert org is not None
    doc.subject = org.acronym or org.name
    met = doc.count("enterprises_met", "enterprises", "enterprises", 100, 600, ("nearly", "approx"))
    partners = doc.count("partners", _partners_noun(doc), "enterprises", 10, 60)
    return [
        f"Since it was set up in {doc.month_last_year()}, {doc.org(org)} has held meetings "
        f"with representatives from {met}.",
        f"Of these, {partners} have committed to establishing or expanding their business in Hong Kong.",
    ]


def _signing_paras(doc: _Doc, office: _Org) -> list[list[str]]:
    ce, fs = doc.cast("CE"), doc.cast("FS")
    guests = doc.count("guests_attending", "guests", "persons", 80, 500)
    signed = doc.count("partners", "strategic enterprises", "enterprises", 8, 40, ["exact"], words=0.4)
    return [
        [
            f"{doc.today(paren=False, cap=True)}, {guests} attended the ceremony, including "
            "representatives of chambers of commerce, universities and venture capital firms.",
        ],
        [
            f"In the presence of {doc.before(ce)} and {doc.before(fs)}, {signed} signed "
            f"agreements with {doc.org(office)}.",
            f"The enterprises come from {doc.sector} and other strategic industries.",
        ],
        [
            f"Speaking at the ceremony, {doc.ref(ce)} said that the new partners would bring "
            "fresh momentum to the local economy.",
            f"{_cap(doc.percent('share_regional_hq', 50, 95, START_QUALS))} of the new batch "
            f"plan to set up regional headquarters in the city, {doc.ref(ce)} added.",
        ],
    ]


def _tpl_investment(doc: _Doc) -> _Draft:
    rng = doc.rng
    office = _make_office(rng)
    doc.main_org, doc.subject, doc.host = office, office.acronym or "", "info"
    p1 = [
        f"{_cap(doc.org(office))} held the {office.acronym} Partnership Signing Ceremony "
        f"{doc.today()} to welcome a new batch of strategic enterprises setting up or "
        "expanding in Hong Kong.",
    ]
    p2, p3, p5 = _signing_paras(doc, office)
    doc.subject = "strategic enterprises"
    earlier = doc.count("enterprises_attracted", "partners", "enterprises", 20, 80, ("approx",))
    invest = doc.money("investment_total", 100, 800, "billion")
    jobs = doc.count("jobs_created", "jobs", "jobs", 3000, 30000, ("approx", "more_than"))
    p4 = [
        f"Together with {earlier} attracted earlier, they will invest {invest} and create "
        f"{jobs} in the coming few years.",
    ]
    title = rng.choice(
        (
            f"{office.acronym} welcomes new batch of strategic enterprise partners",
            f"{office.name} signs agreements with strategic enterprises",
            f"Government and {doc.sector} enterprises sign partnership agreements",
            f"{office.acronym} partners with new batch of {doc.sector} enterprises",
        )
    )
    return _Draft(title, [p1, p2, p3, p4, p5], pools=(POLICY_POOL, GENERIC_POOL))


def _members(doc: _Doc, committee: _Org, count: int) -> list[str]:
    names = []
    for _ in range(count):
        person = _make_person(doc.rng, doc.rng.choice(("full", "full", "cantonese")))
        person.organisation = committee.name
        names.append(doc.named(person))
    return names


def _members_count(doc: _Doc, metric: str, value: int, noun: str) -> str:
    return doc.count(metric, noun, "members", value, value, ["exact"], words=0.6)


def _appointment_quotes(doc: _Doc, role: _Role, committee: _Org, out: int) -> list[list[str]]:
    sec = doc.cast(role.abbr)
    quote = (
        f"{_cap(doc.intro(sec))}, said, {doc.lq}The Committee has given the Government "
        f"valuable advice on {doc.topic.lower()}. I look forward to working with members in "
        "the new term."
    )
    outgoing = _members_count(doc, "members_outgoing", out, "outgoing members")
    names = _join_list(_members(doc, committee, out))
    thanks = (
        f"{doc.lq}I would also like to thank the {outgoing}, namely {names}, for their "
        f"contribution,{doc.rq} {doc.ref(sec)} added."
    )
    return [[quote], [thanks]]


def _chair_sentence(doc: _Doc, committee: _Org) -> str:
    chair = doc.official("Chairman of", committee, "full")
    return (
        f"{_cap(doc.intro(chair))}, welcomed the new members and said the Committee would "
        f"continue to {_pick(doc, VERB_PHRASES)}."
    )


def _tpl_appointments(doc: _Doc) -> _Draft:
    rng = doc.rng
    role = rng.choice(SECRETARIES)
    doc.topic = rng.choice(role.topics)
    committee = _make_committee(rng, doc.topic)
    doc.main_org, doc.subject = committee, committee.acronym or committee.name
    doc.host = (role.bureau_acronym or "info").lower()
    new, old = rng.randint(3, 7), rng.randint(4, 10)
    start = dt.date(doc.date.year + (doc.date.month == 12), doc.date.month % 12 + 1, 1)
    p1 = [
        f"The Government {doc.today()} announced the appointment of "
        f"{_members_count(doc, 'members_appointed', new, 'new members')} and the "
        f"reappointment of {_members_count(doc, 'members_reappointed', old, 'members')} to "
        f"{doc.org(committee)} for a two-year term from {_full_date(start)}.",
    ]
    n_new = _members_count(doc, "members_appointed", new, "new members")
    p2 = [f"The {n_new} are {_join_list(_members(doc, committee, new))}."]
    n_old = _members_count(doc, "members_reappointed", old, "reappointed members")
    p3 = [f"The {n_old} are {_join_list(_members(doc, committee, old))}."]
    quotes = _appointment_quotes(doc, role, committee, rng.randint(2, 5))
    if rng.random() < 0.5:
        quotes[-1].append(_chair_sentence(doc, committee))
    title = rng.choice(
        (
            f"Appointments to {committee.name}",
            f"Government announces appointments to {committee.name}",
        )
    )
    return _Draft(title, [p1, p2, p3, *quotes], pools=(APPOINT_POOL, COMMUNITY_POOL[:10], GENERIC_POOL))


PREMISES = (
    "elderly home",
    "kindergarten",
    "primary school",
    "residential care home for persons with disabilities",
    "restaurant",
)
DISEASES = (
    "hand, foot and mouth disease",
    "acute gastroenteritis",
    "Japanese encephalitis",
    "chickenpox",
    "psittacosis",
    "dengue fever",
    "influenza A",
    "norovirus gastroenteritis",
    "Legionnaires' disease",
    "chikungunya fever",
    "scarlet fever",
    "food poisoning",
)


def _health_patients(doc: _Doc) -> list[str]:
    rng = doc.rng
    lo = rng.randint(2, 40)
    discharged = doc.count("patients_discharged", "patients", "patients", 2, 12, ["exact"])
    return [
        f"The patients, aged {lo} to {lo + rng.randint(10, 45)}, developed symptoms since "
        f"{doc.past_day(3, 20)}.",
        f"Among them, a {rng.randint(50, 90)}-year-old {rng.choice(('man', 'woman'))} with "
        "underlying illnesses required hospitalisation and is in stable condition.",
        f"So far, {discharged} have been discharged.",
    ]


def _tpl_health(doc: _Doc) -> _Draft:
    rng = doc.rng
    chp = _Org("Centre for Health Protection", "CHP")
    dh = _Org("Department of Health", "DH")
    disease = rng.choice(DISEASES)
    doc.main_org, doc.subject, doc.host = chp, disease, "chp"
    cases = doc.count("cases", "cases", "cases", 3, 40, ("exact", "at_least"))
    p1 = [
        f"{_cap(doc.org(chp))} of {doc.org(dh)} is {doc.today()} investigating {cases} of "
        f"{disease}, and urged the public to stay vigilant.",
    ]
    controller = doc.official("Controller of", chp, "english")
    p3 = [
        f"{_cap(doc.intro(controller))}, said that the risk to the community remained moderate.",
        f"{doc.ref(controller)} reminded the public that early medical attention was essential.",
    ]
    title = rng.choice(
        (
            f"CHP investigates cases of {disease}",
            f"CHP urges public to stay vigilant against {disease}",
            f"CHP investigates suspected {disease} cluster",
            f"CHP investigates {disease} cases in {rng.choice(DISTRICTS)}",
            f"CHP investigates {disease} cluster at {rng.choice(PREMISES)}",
        )
    )
    paras = [p1, _health_patients(doc), p3]
    return _Draft(title, paras, pools=(HEALTH_POOL, GENERIC_POOL), words=(320, 600))


def _missing_person(doc: _Doc, kind: str, district: str) -> tuple[_Person, list[str]]:
    rng = doc.rng
    person = _make_person(rng, "cantonese")
    person.female = kind in ("woman", "girl")
    age = rng.randint(11, 16) if kind in ("boy", "girl") else rng.randint(18, 88)
    when = rng.choice(("morning", "afternoon", "night"))
    police = _Org("Police", None, False)
    return person, [
        f"{doc.bare(person)}, aged {age}, went missing after {person.pronoun} was last seen "
        f"in {district} on {doc.past_day(2, 6)} {when}.",
        f"{_cap(person.possessive)} family made a report to {doc.org(police)} on {doc.past_day(1, 1)}.",
    ]


def _tpl_police(doc: _Doc) -> _Draft:
    rng = doc.rng
    kind = rng.choice(("man", "woman", "boy", "girl"))
    district = rng.choice(DISTRICTS)
    doc.subject = "missing person"
    person, p2 = _missing_person(doc, kind, district)
    if rng.random() < 0.5:
        return _police_appeal(doc, person, kind, district, p2)
    place = rng.choice(("a restaurant", "a park", "a shopping mall", "a bus terminus"))
    p1 = [f"A {kind} who went missing in {district} has been located."]
    p3 = [
        f"The {kind} was found in {place} on {_street(rng)}, {rng.choice(DISTRICTS)} {doc.last_night()}.",
        f"{_cap(person.pronoun)} sustained no injuries and no suspicious circumstances were detected.",
    ]
    title = f"Missing {kind} in {district} located"
    return _Draft(title, [p1, p2, p3], pools=(POLICE_POOL,), words=(200, 330))


def _police_appeal(doc: _Doc, person: _Person, kind: str, district: str, p2: list[str]) -> _Draft:
    rng = doc.rng
    unit = _Org(f"Regional Missing Persons Unit of {rng.choice(POLICE_REGIONS)}")
    pro = _cap(person.pronoun)
    p1 = [f"Police appeal to the public for information on a {kind} who went missing in {district}."]
    p3 = [
        f"{pro} is about 1.{rng.randint(40, 85)} metres tall, {rng.randint(40, 90)} kilograms "
        f"in weight and of {rng.choice(('thin', 'medium', 'fat'))} build.",
        f"{pro} was last seen wearing a {rng.choice(('black', 'white', 'grey'))} jacket, dark "
        "trousers and sports shoes.",
    ]
    p4 = [
        f"Anyone who knows the whereabouts of the missing {kind} or may have seen "
        f"{'her' if person.female else 'him'} is urged to contact {doc.org(unit)} on "
        f"{_phone(rng)} or {_phone(rng)}, or contact any police station.",
    ]
    title = f"Appeal for information on missing {kind} in {district}"
    return _Draft(title, [p1, p2, p3, p4], pools=(POLICE_POOL,), words=(200, 330))


LEGCO_TOPICS = (
    "Measures to attract strategic enterprises",
    "Support for elderly services",
    "Development of smart mobility",
    "Promotion of green finance",
    "Youth exchange programmes",
    "Vocational training for young people",
    "Heritage conservation",
    "Waiting time for public services",
)


def _legco_reply(doc: _Doc, bureau: _Org, member: _Person) -> list[list[str]]:
    apps = doc.count("applications_received", "applications", "applications", 200, 5000)
    money = doc.money("funding_approved", 50, 5000, "million")
    return [
        [
            f"In consultation with {doc.org(bureau)}, the consolidated reply to the question "
            f"raised by the Hon {member.name} is as follows:"
        ],
        [f"(1) As at the end of {doc.month_this_year()}, {apps} had been received."],
        [f"(2) The approved projects involve {money} in total."],
    ]


def _tpl_legco(doc: _Doc) -> _Draft:
    rng = doc.rng
    role = rng.choice(SECRETARIES)
    bureau = _Org(role.bureau or "", role.bureau_acronym)
    member = _make_person(rng, rng.choice(("cantonese", "full")))
    topic = rng.choice(LEGCO_TOPICS)
    doc.main_org, doc.subject = bureau, topic.lower()
    doc.host = (role.bureau_acronym or "info").lower()
    p1 = [
        f"Following is a question by the Hon {doc.bare(member)} and a reply by "
        f"{doc.intro(doc.cast(role.abbr))}, in the Legislative Council {doc.today()}:"
    ]
    doc.orgs.append(_Org("Legislative Council"))
    question = [
        f"It has been reported that demand for {topic.lower()} has increased. In this "
        "connection, will the Government inform this Council of: (1) the number of "
        "applications received in each of the past few years; (2) the amount of funding "
        "approved; and (3) the new measures in the pipeline?"
    ]
    paras = [p1, ["Question:"], question, ["Reply:"], ["President,"]]
    paras += _legco_reply(doc, bureau, member)
    title = f"LCQ{rng.randint(1, 22)}: {topic}"
    return _Draft(title, paras, pools=(LEGCO_POOL, COMMUNITY_POOL), words=(320, 560), extend_from=6)


FUND_PURPOSES = (
    "International Youth Exchange",
    "Green Community Projects",
    "Elderly Digital Inclusion",
    "Cultural Exchange",
    "Sports Participation",
    "Innovative Social Enterprises",
    "Heritage Revitalisation",
)


def _tpl_funding(doc: _Doc) -> _Draft:
    rng = doc.rng
    role = rng.choice(SECRETARIES)
    bureau = _Org(role.bureau or "", role.bureau_acronym)
    partner = _make_committee(rng, rng.choice(role.topics))
    scheme = f"{role.bureau_acronym} Funding Scheme for {rng.choice(FUND_PURPOSES)}"
    start = doc.date.year + (doc.date.month >= 9)
    scheme_year = f"{start}-{(start + 1) % 100:02d}"
    doc.main_org, doc.subject = bureau, scheme
    doc.host = (role.bureau_acronym or "info").lower()
    p1 = [
        f"{_cap(doc.org(bureau))} and {doc.org(partner)} jointly launched the {scheme} "
        f"{scheme_year} {doc.today()}.",
        "Eligible non-governmental organisations (NGOs) are invited to submit applications.",
    ]
    grant = doc.money("grant_per_project", 5, 50, "million", ("at_most",))
    places = doc.count("places", "places", "places", 100, 2000, ("at_most",))
    p2 = [f"Each approved project may receive {grant}, and the scheme offers {places}."]
    p3 = [
        f"Applications will close on {doc.future_day(20, 60)}.",
        f"Completed forms may be returned to {_address(rng)}, {rng.choice(DISTRICTS)}.",
    ]
    title = rng.choice(
        (
            f"{role.bureau} launches new round of {scheme} {scheme_year}",
            f"Applications open for {scheme} {scheme_year}",
        )
    )
    return _Draft(title, [p1, p2, p3], pools=(FUND_POOL, COMMUNITY_POOL, GENERIC_POOL))


GREETINGS = (
    "Distinguished guests, ladies and gentlemen,",
    "Honourable guests, friends, ladies and gentlemen,",
    "Consuls-General, distinguished guests, ladies and gentlemen,",
)


def _tpl_speech(doc: _Doc) -> _Draft:
    rng = doc.rng
    abbr = rng.choice(("CE", "CS", "FS", "DFS", "SJ", "SITI", "SFST", "SCST"))
    speaker = doc.cast(abbr)
    company, office = _make_company(rng), _make_office(rng)
    event = _event_name(rng, company)
    doc.main_org, doc.subject = office, event
    p1 = [f"Following is the speech by {doc.intro(speaker)}, at the {event} {doc.today()}:"]
    part = rng.choice(("morning", "afternoon", "evening"))
    p3 = [
        f"Good {part}. It is my pleasure to join you at the {event}, jointly "
        f"presented by {doc.org(company)} and {doc.org(office)}.",
        f"{doc.today(paren=False, cap=True)}, we welcome {_slot(doc, 'm_partners')} to the family.",
    ]
    closing = f"I wish the {event} every success and all of you a fruitful day. Thank you."
    tail = [["Thank you."]] if rng.random() < 0.6 else [[closing]]
    suffix = " (English only)" if rng.random() < 0.2 else ""
    title = f"Speech by {abbr} at {event}{suffix}"
    paras = [p1, [_pick(doc, GREETINGS)], p3]
    return _Draft(title, paras, tail, pools=(SPEECH_POOL, POLICY_POOL[:15]), extend_from=2)


TEMPLATES: tuple[tuple[Callable[[_Doc], _Draft], float], ...] = (
    (_tpl_event, 0.18),
    (_tpl_investment, 0.14),
    (_tpl_appointments, 0.13),
    (_tpl_health, 0.12),
    (_tpl_police, 0.1),
    (_tpl_legco, 0.11),
    (_tpl_funding, 0.1),
    (_tpl_speech, 0.12),
)


# --- noise --------------------------------------------------------------------------

MOJIBAKE_ZWSP = "\u201a\u00c4\u010d"  # U+200B as UTF-8, read as Mac Central European
CP1252_MOJIBAKE = {
    "\u201c": "\u00e2\u20ac\u0153",
    "\u201d": "\u00e2\u20ac\u009d",
    "\u2019": "\u00e2\u20ac\u2122",
}


def _add_zwsp(rng: random.Random, body: str) -> str:
    return body.replace(INDENT, INDENT + MOJIBAKE_ZWSP, 1)


def _add_cp1252(rng: random.Random, body: str) -> str:
    body = body.replace("'s ", "\u2019s ")
    for good, bad in CP1252_MOJIBAKE.items():
        body = body.replace(good, bad)
    return body


def _add_nbsp(rng: random.Random, body: str) -> str:
    chars = list(body)
    start = body.index("\n")  # leave the title line alone
    spaces = [i for i, c in enumerate(chars) if c == " " and i > start]
    for i in rng.sample(spaces, min(len(spaces), rng.randint(1, 4))):
        chars[i] = NBSP
    return "".join(chars)


NOISES: dict[str, Callable[[random.Random, str], str]] = {
    "zwsp_mojibake": _add_zwsp,
    "cp1252_mojibake": _add_cp1252,
    "stray_nbsp": _add_nbsp,
}


def _noise(rng: random.Random, body: str) -> tuple[str, list[str]]:
    """Corrupt about NOISE_RATE of the releases the way real scraped text is."""
    if rng.random() >= NOISE_RATE:
        return body, []
    applied = []
    for name in sorted(rng.sample(sorted(NOISES), rng.randint(1, 2))):
        changed = NOISES[name](rng, body)
        if changed == body:  # nothing to corrupt (e.g. no curly quotes): fall back
            name, changed = "stray_nbsp", _add_nbsp(rng, body)
        body = changed
        applied.append(name)
    return body, sorted(set(applied))


# --- building releases --------------------------------------------------------------


def _release_date(rng: random.Random) -> dt.date:
    return FIRST_DATE + dt.timedelta(days=rng.randrange(DATE_SPAN_DAYS))


def _issued(rng: random.Random) -> str:
    return f"{rng.randint(9, 23):02d}:{rng.randint(0, 59):02d}"


def _people_facts(doc: _Doc) -> list[dict[str, Any]]:
    return [
        {
            "name": p.name,
            "honorific": p.honorific if p.used_honorific else None,
            "title": p.title,
            "organisation": p.organisation,
        }
        for p in doc.people
    ]


def _facts(doc: _Doc, title: str, suffix: str, time: str) -> dict[str, Any]:
    return {
        "title": title,
        "with_photo": bool(suffix),
        "release_date": doc.iso,
        "issued_time": time,
        "people": _people_facts(doc),
        "organisations": [{"name": o.name, "acronym": o.acronym} for o in doc.orgs],
        "metrics": doc.metrics,
        "dates": doc.dates,
    }


def _compose(rng: random.Random) -> tuple[str, str, dict[str, Any]]:
    """Return (text without footer, footer, facts) for one good release."""
    doc = _Doc(rng, _release_date(rng))
    templates, weights = zip(*TEMPLATES, strict=True)
    draft = rng.choices(templates, weights)[0](doc)
    paras = _pad(doc, draft)
    suffix = rng.choice(PHOTO_SUFFIXES) if rng.random() < 0.4 else ""
    time = _issued(rng)
    body, noise = _noise(rng, _render(draft.title + suffix, paras, None))
    facts = _facts(doc, draft.title, suffix, time)
    if noise:
        facts["noise"] = noise
    return body, _footer(doc.date, time), facts


def _file_name(index: int, data: bytes) -> str:
    return f"bench_{index:06d}_{hashlib.sha1(data).hexdigest()[:8]}.txt"


def _release(index: int, data: bytes, kind: str, facts: dict[str, Any]) -> GeneratedRelease:
    return GeneratedRelease(_file_name(index, data), data, kind, facts)


def _empty_facts() -> dict[str, Any]:
    return {"release_date": None, "people": [], "organisations": [], "metrics": [], "dates": []}


def _undated(facts: dict[str, Any]) -> dict[str, Any]:
    """Facts of a release whose footer was lost: nothing can be resolved to a date."""
    iso = facts["release_date"]
    out = dict(facts, release_date=None, issued_time=None)
    out["dates"] = [dict(d, normalized=None) for d in facts["dates"]]
    out["metrics"] = [dict(m, as_of=None if m["as_of"] == iso else m["as_of"]) for m in facts["metrics"]]
    return out


BIG5_TITLES = (
    "政府公布委員會委任名單",
    "創新科技及工業局局長出席活動",
    "衛生防護中心調查個案",
    "政府推出新一輪資助計劃",
)
BIG5_SENTENCES = (
    "政府今日公布新一輪資助計劃。",
    "有關措施將有助推動本港創新科技發展。",
    "市民如有查詢，可於辦公時間致電查詢熱線。",
    "局長表示，政府會繼續與業界緊密合作。",
    "計劃反應熱烈，合資格機構可於截止日期前遞交申請。",
    "當局會密切留意情況，並適時作出檢討。",
)


def _big5(rng: random.Random) -> bytes:
    lines = [rng.choice(BIG5_TITLES), ""]
    for _ in range(rng.randint(3, 6)):
        sentences = rng.sample(BIG5_SENTENCES, rng.randint(2, 4))
        lines.append("\u3000\u3000" + "".join(sentences))
    date = _release_date(rng)
    lines += ["", "完", f"{date.year}年{date.month}月{date.day}日"]
    return "\n".join(lines).encode("big5")


def _binary(rng: random.Random) -> bytes:
    return rng.randbytes(rng.randint(256, 4096))


def _pdf(rng: random.Random) -> bytes:
    head = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
    return head + rng.randbytes(rng.randint(512, 4096)) + b"\n%%EOF\n"


def _whitespace(rng: random.Random) -> bytes:
    return "".join(rng.choice((" ", "\n", "\t", "\r\n", NBSP)) for _ in range(20)).encode()


RAW_BAD: dict[str, Callable[[random.Random], bytes]] = {
    "empty": lambda rng: b"",
    "whitespace": _whitespace,
    "pdf": _pdf,
    "binary": _binary,
    "big5": _big5,
}


def generate_release(
    rng: random.Random,
    index: int,
    kind: str = GOOD,
    source: GeneratedRelease | None = None,
) -> GeneratedRelease:
    """Generate release number ``index`` of the given kind from ``rng``.

    ``kind`` is "good" or one of BAD_KINDS; "duplicate" needs ``source`` (the release
    whose bytes are copied under a new name).
    """
    if kind in RAW_BAD:
        return _release(index, RAW_BAD[kind](rng), kind, _empty_facts())
    if kind == "duplicate":
        if source is None:
            raise ValueError("a duplicate needs a source release")
        facts = dict(source.facts, duplicate_of=source.name)
        return _release(index, source.data, kind, facts)
    if kind not in (GOOD, "utf16", "no_footer"):
        raise ValueError(f"unknown kind {kind!r}")
    body, footer, facts = _compose(rng)
    if kind == "no_footer":
        return _release(index, body.encode(), kind, _undated(facts))
    text = body + "\n" + footer
    data = text.encode("utf-16") if kind == "utf16" else text.encode()
    return _release(index, data, kind, facts)


# --- corpus -------------------------------------------------------------------------


def plan_kinds(n: int, seed: int = 0, bad_fraction: float = 0.02) -> list[str]:
    """Kinds of the n files: round(n * bad_fraction) bad ones, kinds taken in turn."""
    rng = random.Random(f"bench-plan:{seed}")
    n_bad = min(n, max(0, round(n * bad_fraction)))
    kinds = list(BAD_KINDS)
    rng.shuffle(kinds)
    plan = [GOOD] * n
    for j, i in enumerate(sorted(rng.sample(range(n), n_bad))):
        plan[i] = kinds[j % len(kinds)]
    return plan


def _file_rng(seed: int, index: int) -> random.Random:
    return random.Random(f"bench:{seed}:{index}")


def _build(n: int, seed: int, bad_fraction: float) -> list[GeneratedRelease]:
    plan = plan_kinds(n, seed, bad_fraction)
    releases: list[GeneratedRelease | None] = [None] * n
    for i, kind in enumerate(plan):
        if kind != "duplicate":
            releases[i] = generate_release(_file_rng(seed, i), i, kind)
    goods = [r for r in releases if r is not None and r.kind == GOOD]
    for i, kind in enumerate(plan):
        if kind == "duplicate":
            rng = _file_rng(seed, i)
            source = rng.choice(goods) if goods else generate_release(rng, i)
            releases[i] = generate_release(rng, i, kind, source)
    return [r for r in releases if r is not None]


def generate_corpus(
    out_dir: Path, n: int, seed: int = 0, bad_fraction: float = 0.02
) -> list[GeneratedRelease]:
    """Write n releases and ``_truth.jsonl`` to out_dir; return the releases."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    releases = _build(n, seed, bad_fraction)
    for release in releases:
        (out_dir / release.name).write_bytes(release.data)
    lines = [
        json.dumps({"name": r.name, "kind": r.kind, "facts": r.facts}, ensure_ascii=False) for r in releases
    ]
    (out_dir / TRUTH_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return releases


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.generate",
        description="Write a synthetic corpus of HKSAR-style press releases.",
    )
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--n", type=int, default=1000, help="number of files")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--bad-fraction", type=float, default=0.02)
    args = parser.parse_args(argv)
    if args.n < 0 or not 0.0 <= args.bad_fraction <= 1.0:
        parser.error("--n must be >= 0 and --bad-fraction within [0, 1]")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse_args(argv)
    releases = generate_corpus(args.out_dir, args.n, args.seed, args.bad_fraction)
    counts = Counter(r.kind for r in releases)
    print(f"wrote {len(releases)} files to {args.out_dir} (seed {args.seed})")
    for kind in (GOOD, *sorted(BAD_KINDS)):
        if counts[kind]:
            print(f"  {kind}: {counts[kind]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
