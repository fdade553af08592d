"""What a counted fact measures: units of measurement and stable metric names.

Units of measurement ("30kg", "10 kilograms", "a 250-metre radius", "a 4-hectare site") are
written after the number, glued, spaced or hyphenated; each maps to one symbol.

Metric names come from the words around the number, the way the government reports a measure:
the verb ("arrested", "seized", "assisted", "created"), the noun that governs the amount ("a fine
of", "a market value of", "the vaccination rate"), the unit's kind (money, share, weight). A name
that is not in the vocabulary falls back to `<unit>_<role>` or `<unit>`, so the same measure gets
the same name in releases written differently. `enterprises_met`, `partners` and
`computing_power` are fixed by the README.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pipelines.extract.numbers import QUALIFIER_RE

# Written form -> unit symbol. Checked after a number, spaced, glued ("30kg") or hyphenated.
_MEASURE_FORMS: tuple[tuple[str, str], ...] = (
    (r"percentage\s+points?", "percentage points"),
    (r"parts\s+per\s+million|ppm", "ppm"),
    (r"parts\s+per\s+billion|ppb", "ppb"),
    (r"micrograms?\s+per\s+cubic\s+met(?:re|er)|[µμ]g/m3|[µμ]g/m³", "µg/m3"),
    # a level in food: "450 milligrams per kilogram", "exceeding 100 000 colony-forming units per
    # gram" (the labels write the symbols, as for kilograms)
    (r"milligrams?\s+per\s+kilo(?:gram|gramme)|mg/kg", "mg/kg"),
    (r"colony[\s-]+forming\s+units?\s+per\s+(?:gram|gramme)|cfu/g", "cfu/g"),
    (r"kilo(?:gram|gramme)s?|kgs?", "kg"),
    (r"(?:gram|gramme)s?|g", "g"),
    (r"milligrams?|mg", "mg"),
    (r"tonnes?|tons?", "tonnes"),
    (r"square[\s-]+kilomet(?:re|er)s?|sq\.?\s?km|km2|km²", "km2"),
    (r"square[\s-]+met(?:re|er)s?|sq\.?\s?m|m2|m²", "m2"),
    (r"square[\s-]+feet|square[\s-]+foot|sq\.?\s?ft", "sq ft"),
    (r"cubic[\s-]+met(?:re|er)s?|m3|m³", "m3"),
    (r"(?:kilomet(?:re|er)s?|km)\s+(?:per|an)\s+hour|km/h|kph", "km/h"),
    (r"kilomet(?:re|er)s?|km", "km"),
    (r"centimet(?:re|er)s?|cm", "cm"),
    (r"millimet(?:re|er)s?|mm", "mm"),
    (r"met(?:re|er)s?|m", "m"),
    (r"hectares?|ha", "hectares"),
    (r"knots?", "knots"),
    (r"millilit(?:re|er)s?|ml", "ml"),
    (r"lit(?:re|er)s?", "litres"),
    (r"megawatts?|MW", "MW"),
    (r"kilowatt[- ]hours?|kWh", "kWh"),
    (r"gigawatt[- ]hours?|GWh", "GWh"),
)
MEASURE_RE = "|".join(f"(?:{form})" for form, _ in _MEASURE_FORMS)
_MEASURE_PARTS = [(re.compile(rf"(?:{form})\Z", re.IGNORECASE), unit) for form, unit in _MEASURE_FORMS]
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
# Forms that are only a unit in lower case ("5m" but "5M" is a scale, "5G" a network).
_CASE_SENSITIVE = {"g", "m", "t", "ha", "ml", "mm", "cm", "mg"}
DIMENSIONS = {
    "kg": "weight", "g": "weight", "mg": "weight", "tonnes": "weight",
    "km/h": "speed", "knots": "speed", "km": "length", "m": "length", "cm": "length", "mm": "length",
    "km2": "area", "m2": "area", "sq ft": "area", "hectares": "area",
    "m3": "volume", "litres": "volume", "ml": "volume",
    "µg/m3": "concentration", "ppm": "concentration", "ppb": "concentration", "mg/kg": "concentration",
    "cfu/g": "concentration",
    "MW": "capacity", "kWh": "energy", "GWh": "energy", "percentage points": "change",
    "degrees Celsius": "temperature",
}  # fmt: skip
CURRENCY_UNITS = frozenset({"HKD", "USD", "CNY", "EUR", "GBP"})
# A unit written as a word is given as a word, in the plural ("a 250-metre radius" -> metres, as
# the labelled releases do); written as a symbol ("5km", "3 000 sq m") it stays a symbol. "kg" is
# always the symbol: the labelling rules say so for kilograms; so are "km" and "mm", as the dev
# labels write kilometres and millimetres two times in three.
_WORDS = {
    "km/h": "kilometres per hour", "cm": "centimetres",
    "m": "metres", "km2": "square kilometres", "m2": "square metres", "sq ft": "square feet",
    "m3": "cubic metres", "ml": "millilitres", "g": "grams", "mg": "milligrams", "MW": "megawatts",
    "kWh": "kilowatt-hours", "GWh": "gigawatt-hours", "µg/m3": "micrograms per cubic metre",
}  # fmt: skip
DIMENSIONS |= {word: DIMENSIONS[symbol] for symbol, word in _WORDS.items()}
_A_WORD = re.compile(r"[a-z]{4,}", re.IGNORECASE)


def _written_out(unit: str) -> bool:
    """'square metres' and 'sq m' are written out (labellers spell an abbreviated word in full);
    'km per hour' and 'm2' are symbols."""
    if re.match(r"sq\b|sq\.", unit, re.IGNORECASE):
        return True
    return _A_WORD.search(unit) is not None and not re.match(r"km\b", unit, re.IGNORECASE)


def measure_unit(written: str) -> str | None:
    """'kilograms' -> 'kg', '30kg' suffix 'kg' -> 'kg', 'metre' -> 'metres', '5km' -> 'km';
    None when not a unit."""
    w = " ".join(written.split())
    if _PLURAL_ACRONYM.fullmatch(w):
        return None  # "972 KGs" are kindergartens, not kilograms
    for pattern, unit in _MEASURE_PARTS:
        if pattern.match(w):
            if w.lower() in _CASE_SENSITIVE and w != w.lower():
                return None
            return _WORDS.get(unit, unit) if _written_out(w) else unit
    return None


# (cue before or after the number, unit kinds it applies to, metric name). Unit kinds: a unit
# ("HKD", "percent", "persons", "enterprises", "cases", "jobs", "kg"...), a dimension ("weight"),
# "money" or "*" (any). The cue nearest the number wins; ties go to the earlier entry.
_VOCABULARY: tuple[tuple[str, frozenset[str], str], ...] = tuple(
    (cue, frozenset(kinds.split()), name)
    for cue, kinds, name in (
        # money
        (
            r"\bmaximum\s+(?:penalty|penalties|fine)|\bfine\s+of\s+up\s+to|\bliable\s+to\s+a\s+fine",
            "money",
            "maximum_fine",
        ),
        (r"\bfined\b|\bfines?\b", "money", "fine"),
        # "the income limit is $38,550", "an asset limit of $500,000": an eligibility ceiling
        (r"\b(?:income|asset|eligibility)\s+(?:limit|ceiling)s?\b", "money", "income_limit"),
        (
            r"\b(?:market|estimated|street)\s+value\b|\bseiz\w*|\bseizure|\bdetected\b|\bintercept\w*|"
            r"\bconfiscat\w*",
            "money",
            "seizure_value",
        ),
        (r"\b(?:stolen|lost|defrauded|cheated|swindled|losses?)\b", "money", "losses"),
        (r"\binvest\w*", "money", "investment_total"),
        (
            r"\b(?:fund\w*|grants?|subsid\w*|allocat\w*|earmark\w*|inject\w*|sponsor\w*|budget\w*|set\s+aside|reserv\w*)",
            "money",
            "funding_total",
        ),
        (r"\b(?:cost\w*|expenditure|spen[dt]\w*|outlay)", "money", "expenditure"),
        (r"\b(?:revenue|income|receipts|turnover|sales)\b", "money", "revenue"),
        (r"\bexport\w*", "money", "exports_value"),
        (r"\bimport\w*", "money", "imports_value"),
        # "the basic postage ... will be raised from $2 to $2.5": a price raised, not money raised
        (r"\bpostage\b", "money", "postage"),
        (r"\bfares?\b", "money", "fare"),
        (r"\b(?:fees?|levy|levies|tariffs?)\b", "money", "fee"),
        (r"\b(?:rents?|rental)\b", "money", "rent"),
        (r"\b(?:prices?|priced)\b", "money", "price"),
        (r"\b(?:donat\w*|raised(?!\s+(?:from|to|by)\b))", "money", "donations"),
        (r"\b(?:prizes?|awards?|scholarships?|bonus)\b", "money", "award_amount"),
        # shares and rates
        (
            # (not "have set up their regional headquarters")
            r"\b(?:increas\w*|ris(?:e|es|ing)|rose|gr[eo]w\w*|(?<!\bset\s)up(?!\s+to\b)|higher|surg\w*)\b",
            "percent",
            "growth_rate",
        ),
        (
            r"\b(?:decreas\w*|declin\w*|drop\w*|fell|fall\w*|down|lower|reduc\w*)\b",
            "percent",
            "decline_rate",
        ),
        (r"\bunemploy\w*", "percent", "unemployment_rate"),
        (r"\binflation\b", "percent", "inflation_rate"),
        (r"\bvaccinat\w*|\bcoverage\b", "percent", "vaccination_rate"),
        (r"\boccupancy\b", "percent", "occupancy_rate"),
        (r"\bsubsid\w*", "percent", "subsidy_rate"),
        (r"\bsatisf\w*", "percent", "satisfaction_rate"),
        # weights and sizes
        (
            r"\b(?:drugs?|cocaine|heroin|cannabis|ketamine|methamphetamine|marijuana|opium|"
            r"narcotics?)\b",
            "weight",
            "drugs_seized",
        ),
        (r"\bseiz\w*|\bseizure|\bdetected\b|\bintercept\w*", "weight", "goods_seized"),
        (r"\blimit\b|\bmaximum\b", "weight", "weight_limit"),
        (r"\bradius\b", "length", "radius"),
        (r"\bsite\b|\bland\b|\bfloor\s+area\b", "area", "site_area"),
        (r"\brain\w*", "length", "rainfall"),
        # people
        (r"\barrest\w*", "persons", "persons_arrested"),
        # "admitted" is to hospital only where a ward or hospital is named ("52 870 students were
        # admitted to Secondary One" is an admission, named by its role below)
        (
            r"\bhospital\w*|\badmitted\b(?=[^.;]{0,60}\b(?:hospitals?|wards?|ICU|intensive\s+care)\b)",
            "persons",
            "persons_hospitalised",
        ),
        (r"\binjur\w*", "persons", "persons_injured"),
        (r"\b(?:died|dead|deaths?|killed|fatal\w*)", "persons", "deaths"),
        (r"\brescu\w*", "persons", "persons_rescued"),
        (r"\bevacuat\w*", "persons", "persons_evacuated"),
        (r"\bvaccinat\w*|\bjabs?\b", "persons", "persons_vaccinated"),
        (r"\bprosecut\w*|\bcharged\b", "persons", "persons_prosecuted"),
        # ("1,022 persons were prosecuted, and 743 were convicted": a conviction is no prosecution)
        (r"\bconvicted\b", "persons", "persons_convicted"),
        # cases, companies, jobs, applications
        (r"\bconfirm\w*", "cases", "cases_confirmed"),
        (r"\b(?:report\w*|record\w*|notif\w*)", "cases", "cases_reported"),
        (r"\bassist\w*|\bhelped\b", "enterprises", "companies_assisted"),
        (
            r"\b(?:attend\w*|participat\w*|brings\s+together|gathered|joined)",
            "enterprises persons",
            "attending",
        ),
        (r"\b(?:previously\s+attracted|attracted\s+to)\b", "enterprises", "enterprises_attracted"),
        (r"\bcreat\w*", "jobs", "jobs_created"),
        (r"\breceiv\w*", "applications complaints", "received"),
        (r"\bapprov\w*", "applications", "approved"),
    )
)
_ALL_KINDS = frozenset().union(*(kinds for _, kinds, _ in _VOCABULARY))


@lru_cache(maxsize=64)
def _cues_for(kinds: frozenset[str]) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """One alternation of the vocabulary's cues for these unit kinds, and each cue's name."""
    entries = [(cue, name) for cue, k, name in _VOCABULARY if k & kinds]
    if not entries:
        return None
    pattern = r"\b(?:" + "|".join(f"(?P<c{i}>{cue})" for i, (cue, _) in enumerate(entries)) + ")"
    return re.compile(pattern, re.IGNORECASE), tuple(name for _, name in entries)


# Role words for the fallback name `<unit>_<role>`: 'five new members' -> members_appointed.
_ROLE_CUES: tuple[tuple[str, str], ...] = (
    (r"\breappoint\w*", "reappointed"),
    (r"\bappoint\w*", "appointed"),
    (r"\boutgoing\b", "outgoing"),
    (r"\b(?:attend\w*|participat\w*|brings together|gathered|joined)", "attending"),
    (r"\bcreat\w*", "created"),
    (r"\b(?:previously attracted|attracted to)\b", "attracted"),
    (r"\breceiv\w*", "received"),
    (r"\b(?:record\w*|report\w*)", "reported"),
    (r"\bconfirm\w*", "confirmed"),
    (r"\badmit\w*", "admitted"),
    (r"\barrest\w*", "arrested"),
    (r"\bdetect\w*", "detected"),
    (r"\bprosecut\w*", "prosecuted"),
    (r"\bconvict\w*", "convicted"),
    (r"\bseiz\w*", "seized"),
    (r"\bapprov\w*", "approved"),
    (r"\bregist\w*", "registered"),
    (r"\bsubmit\w*", "submitted"),
    (r"\bbenefit\w*", "benefited"),
    (r"\btrain\w*", "trained"),
    (r"\bemploy(?!ers?\b|ees?\b)\w*", "employed"),  # not "employers' associations"
    (r"\bassist\w*", "assisted"),
    (r"\bcomplet\w*", "completed"),
    (r"\binspect(?!or)\w*", "inspected"),  # not "36 probationary inspectors and 173 constables"
    (r"\btest\w*", "tested"),
    (r"\bissu\w*", "issued"),
    (r"\battract\w*", "attending"),
)
ROLE_CUES = (
    re.compile(r"\b(?:" + "|".join(f"(?P<c{i}>{cue})" for i, (cue, _) in enumerate(_ROLE_CUES)) + ")"),
    tuple(role for _, role in _ROLE_CUES),
)
_PENALTY = re.compile(r"\b(?:fines?|penalty|penalties)\b")
_DRUGS = re.compile(
    r"\b(?:drugs?|cocaine|heroin|cannabis|ketamine|methamphetamine|marijuana|opium|narcotics?)\b"
)
# Nouns that count people (the corpus README scores them as one unit, persons).
PERSON_NOUNS = frozenset({"people", "persons", "guests", "residents", "visitors", "travellers", "patients",
                          "staff", "participants", "individuals", "attendees", "men", "women",
                          "passengers", "tourists", "spectators", "runners", "athletes", "students",
                          "children", "elderly", "suspects", "victims", "workers", "employees"})  # fmt: skip
# Nouns counting persons (the unit) that name the measure better than "persons".
_NAMED_PERSONS = {"casualties", "recipients", "audience", "turnout", "headcount"}
# Nouns counting visitors, whatever the release calls them.
_VISITOR_NOUNS = {"visitors", "travellers", "tourists", "arrivals", "passengers"}
# "24 310 ocean-going vessel arrivals", "1 200 flight arrivals": arrivals of things, not of visitors
_THING_ARRIVALS = re.compile(r"\b(vessel|ship|flight|cargo|container|aircraft|train)\s+arrivals$")


def _visitor_measure(noun: str, low: str, head: int) -> str:
    """Visitors, whatever the release calls them; passengers (of an airport, a ferry) are trips,
    and arrivals of vessels or flights are neither."""
    if noun == "passengers":
        return "passengers"
    thing = _THING_ARRIVALS.search(low, 0, head) if head else None
    return f"{thing.group(1)}_arrivals" if thing else "visitors"


_RATE_BEFORE = re.compile(r"\b([a-z]+)\s+rate\b[^,;]{0,40}$")
# A level a change reaches or starts from ("the unemployment rate ... increased from 5.2% in
# January - March to 5.3%", "the ovitrap index for Tai Wai rose to 18.6 per cent"): the figure is
# the rate, index or share the sentence is about, not a growth or decline rate.
_LEVEL_BEFORE = re.compile(rf"\b(?:to|at|from)\s+(?:(?:{QUALIFIER_RE})\s+)?$")
_LEVEL_OF = re.compile(r"\b([a-z]+)\s+(rate|index|ratio)s?\b")
_SHARE_SUBJECT = re.compile(
    r"\b(?:share|percentage|proportion)\s+of\s+(?:the\s+|all\s+)?([a-z]+(?:\s+[a-z]+)?)\b"
)
_NO_SUBJECT = frozenset({"the", "a", "an", "this", "its", "their", "growth", "that", "same"})


def _level_name(low: str, start: int) -> str | None:
    """The rate, index or share a level belongs to: the nearest one named before it in its
    sentence, within 160 characters and no semicolon ("the unemployment rate fell to 3.1%, and the
    underemployment rate rose to 1.2%": 1.2% is the underemployment rate)."""
    if not _LEVEL_BEFORE.search(low, max(0, start - 40), start):
        return None
    lo = max(0, start - 160, low.rfind(";", 0, start) + 1)
    named = [
        (m.start(), f"{m[1]}_{m[2]}") for m in _LEVEL_OF.finditer(low, lo, start) if m[1] not in _NO_SUBJECT
    ]
    named += [
        (m.start(), "share_of_" + re.sub(r"[^a-z0-9]+", "_", m[1]))
        for m in _SHARE_SUBJECT.finditer(low, lo, start)
        if not set(m[1].split()) & _NO_SUBJECT
    ]
    return max(named)[1] if named else None


# A share that opens its sentence or clause ("About 80 per cent of ...", ", and 45 per cent of ...")
_SHARE_OPENS = re.compile(
    r"(?:^|[,;:]\s+(?:and\s+|while\s+|but\s+)?|\b(?:and|while)\s+)\W*(?:(?:about|some|around|nearly|almost|over|"
    r"more\s+than|less\s+than|only|just|approximately)\s+)?$"
)
SHARE_OF = re.compile(
    r"\s+of\s+(?!them\b|whom\b|which\b)(?:(?:the|all|these|those|this|our|its|their)\s+)?"
    r"(?:(?!(?:were|are|was|is|who|which|that|have|has|had)\b)[a-z-]+\s+){0,3}?"
    r"(?!this\b|its\b|his\b)([a-z][a-z-]{2,}s)\b"
)


def _kinds(unit: str, noun: str) -> set[str]:
    kinds = {unit, noun, "*"}
    if noun in PERSON_NOUNS:
        kinds.add("persons")
    if unit in CURRENCY_UNITS:
        kinds.add("money")
    if unit in DIMENSIONS:
        kinds.add(DIMENSIONS[unit])
    return kinds


_GOVERNS_FIGURE = re.compile(r"\s+(?:(?:a\s+total\s+of|about|some|around|over|more\s+than|nearly)\s+)?\d")


def _nearest(
    low: str, pos: int, cues: tuple[re.Pattern[str], tuple[str, ...]] | None, end: int, head: int = 0
) -> str | None:
    """The name of the cue nearest the number at low[pos:end]; a cue between the number and the
    noun it counts (`head`: the noun's end) is nearest of all ('37 confirmed cases')."""
    if cues is None:
        return None
    pattern, names = cues
    best: tuple[int, str] | None = None
    for c in pattern.finditer(low):
        if end <= c.start() < head:
            distance = -1
        elif c.start() >= end:
            if _GOVERNS_FIGURE.match(low, c.end()):
                continue  # "detected 18 920 cases ... and arrested 15 604 persons": the next figure's verb
            distance = c.start() - end
        else:
            distance = pos - c.end() if c.end() <= pos else 0
            if c.end() <= pos and _CLAUSE_BREAK.search(low, c.end(), pos):
                distance += len(low)  # "1,022 were prosecuted, and 743 were convicted": the clause before's
        if best is None or distance < best[0]:
            best = (distance, names[int(str(c.lastgroup)[1:])])
    return best[1] if best else None


_CLAUSE_BREAK = re.compile(r",\s+(?:and|while|but|whereas|of\s+which|of\s+whom)\b|;")
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who|whose)\b|;")
_MET_CLAUSE_BREAK = re.compile(rf"{_CLAUSE_BREAK.pattern}|{_RELATIVE_OPEN.pattern}")
_REPRESENTATIVES_OF = re.compile(
    r"\brepresentatives\s+of\s+(?:about\s+|some\s+|over\s+|more\s+than\s+|nearly\s+|around\s+)?$"
)
_PARTNER_OF = re.compile(r"\bpartner\b")


def metric_name(
    unit: str, noun: str, sentence: str, start: int, end: int, head: int = 0, qualifier: str = "exact"
) -> str:
    """A stable snake_case name for the fact at sentence[start:end] counting `unit` (the counted
    noun, if any, ends at `head`)."""
    low = sentence.lower()
    if unit == "PFLOPS":
        return "computing_power"
    after = low[end:]
    cut = _CLAUSE_BREAK.search(after)  # what the number's own clause says ("..., and 30 became partners")
    # ("our 37 partner organisations", "more than 30 partner institutions")
    if (
        noun == "partners"
        or _PARTNER_OF.search(low, end, max(head, end))
        or (
            unit == "enterprises"
            and re.search(
                r"\b(?:become|became|becoming|as)\b[^.]*\bpartners\b", after[: cut.start() if cut else None]
            )
        )
    ):
        return "partners"
    # (in the number's own clause: not "has met over 200 enterprises, and about 30 of them have
    # committed to ...")
    # ("met the Secretary-General ..., and representatives of more than 40 Thai enterprises": the
    # people of the enterprises met; not "members of X, which has 160 member companies")
    clause = max((c.end() for c in _MET_CLAUSE_BREAK.finditer(low, 0, start)), default=0)
    if _REPRESENTATIVES_OF.search(low, 0, start):
        clause = max((c.end() for c in _RELATIVE_OPEN.finditer(low, 0, start)), default=0)
    if unit == "enterprises" and re.search(r"\b(?:met|meet|meeting)\b", low[clause:start]):
        return "enterprises_met"
    kinds = _kinds(noun if noun in _NAMED_PERSONS else unit, noun)
    if "money" in kinds and qualifier == "at_most" and _PENALTY.search(low):
        return "maximum_fine"
    if "weight" in kinds and _DRUGS.search(low):
        return "drugs_seized"
    # (and a rate named by its base: "The notification rate was 57.2 per 100 000 population")
    if unit == "percent" and (level := _level_name(low, start)):
        return level
    if unit in ("percent", "percentage points") or noun == "rate":
        rate = _RATE_BEFORE.search(low[max(0, start - 80) : start])
        change = "_change" if unit == "percentage points" else ""
        if rate and rate.group(1) not in ("the", "a", "this", "its", "growth"):
            return f"{rate.group(1)}_rate{change}"
        if change:
            return "percentage_point_change"
    name = _nearest(low, start, _cues_for(frozenset(kinds & _ALL_KINDS)), end, head)
    share = SHARE_OF.match(low, end) if unit == "percent" else None
    if name in ("growth_rate", "decline_rate") and share and _SHARE_OPENS.search(low, 0, start):
        # "About 80 per cent of the enterprises ... have commenced operations": a share opening
        # its sentence, whatever verbs of change follow
        return f"share_of_{share.group(1).replace('-', '_')}"
    if name in ("attending", "received", "approved"):
        base = _visitor_measure(noun, low, head) if noun in _VISITOR_NOUNS else unit
        return f"{base}_{name}"
    if name:
        return name
    if unit == "percent":
        share = SHARE_OF.match(low, end)
        return f"share_of_{share.group(1).replace('-', '_')}" if share else "percentage"
    if noun in _VISITOR_NOUNS:
        return _visitor_measure(noun, low, head)
    if unit in CURRENCY_UNITS:
        base = "amount"
    elif unit in DIMENSIONS:
        base = DIMENSIONS[unit]
    else:
        # "20 418 casualties" count persons, and are named for what they are
        base = unit if unit in ("enterprises", "persons") and noun not in _NAMED_PERSONS else noun or unit
    # ("three cafés": cafes_..., the name in plain letters)
    plain = unicodedata.normalize("NFKD", base.lower()).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "_", plain).strip("_")
    role = _nearest(low, start, ROLE_CUES, end, head)
    if role and role[:5] == base[:5]:  # "45 000 inspections" inspected: the noun says it
        role = None
    return f"{base}_{role}" if role else base
