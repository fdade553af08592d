"""Numbers as the government writes them, their qualifiers, and the interval a qualifier means.

"3 000", "17 000", "10,000", "1.5", "twenty", "fourteen", "$42 billion", "HK$3.5 million".
Number words go through text2num; the thousands separators (space, comma, thin space) and the
scale words are the government's style rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from text_to_num import text2num

from pipelines.extract.alternation import has_any_word

QUALIFIERS: dict[str, str] = {
    "more than": "more_than",
    "over": "more_than",
    "exceeding": "more_than",
    "exceed": "more_than",  # "is expected to exceed 80 per cent"
    "exceeds": "more_than",
    "exceeded": "more_than",
    "in excess of": "more_than",
    "upwards of": "more_than",
    "well over": "more_than",
    "just over": "more_than",
    "above": "more_than",  # "stayed above 80 per cent" ("aged 65 or above" follows its number)
    "well above": "more_than",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "about": "approx",
    "some": "approx",
    "around": "approx",
    "approximately": "approx",
    "roughly": "approx",
    # "an estimated $4.3 billion": an estimate stated as a figure, exact by the README's list (every
    # blind label of it says so)
    "an estimated": "exact",
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "not less than": "at_least",
    "not fewer than": "at_least",
    "not lower than": "at_least",  # "an indoor temperature of not lower than 24 degrees Celsius"
    "no lower than": "at_least",
    "a minimum of": "at_least",
    "minimum of": "at_least",
    "up to": "at_most",
    "at or below": "at_most",  # "keep snowy mooncakes at or below 4 degrees Celsius"
    "at or under": "at_most",
    "at or above": "at_least",
    "at most": "at_most",
    "no more than": "at_most",
    "not more than": "at_most",
    "not higher than": "at_most",
    "no higher than": "at_most",
    "not exceeding": "at_most",
    "not exceed": "at_most",  # "must not exceed 75 per cent of the median"
    "not to exceed": "at_most",
    "capped at": "at_most",
    "limited to": "at_most",  # "attended by 300 guests, limited to 50 per cent of the venue's capacity"
    "a maximum of": "at_most",
    "maximum of": "at_most",
    "up to a maximum of": "at_most",
    "a ceiling of": "at_most",
    "a cap of": "at_most",  # "subject to a cap of $1 million per fund"
    "less than": "less_than",
    "fewer than": "less_than",
    "under": "less_than",
    "below": "less_than",
    "just under": "less_than",
}
QUALIFIER_RE = "|".join(
    re.escape(q).replace(r"\ ", r"\s+") for q in sorted(QUALIFIERS, key=len, reverse=True)
)
# A bound stated by a noun before the amount: "the maximum penalty is a fine of $2 million".
# The clause may cite the law: "the maximum penalty for ... under section 9(2)(a) of the POBO
# (Cap. 201) is a fine of $500,000".
_LAW_CITATION = r"(?:section|sections|s\.|Cap\.?|Chapter|Part|Schedule)\s*\d+[A-Za-z]*(?:\(\w+\))*"
# "The maximum temperature reached 35.1 degrees" is an observation, not a bound. (A limit's own value
# is not a bound either: the corpus labels "the weight limit ... from 10 kilograms to 30kg" exact.)
_OBSERVED = r"(?:wages?|temperatures?|gusts?|winds?|rainfall|humidity|UV|visibility|sea|speed|hourly|daily)"
# "a fine at level 3 ($10,000)": the level of the standard scale of fines names the amount
_FINE_LEVEL = r"\blevel\s+\d\b"
STATED_BOUND = re.compile(
    rf"\b(?P<bound>maximum|minimum|ceilings?)\b(?!\s+(?:and\s+(?:maximum|minimum)\s+)?{_OBSERVED}\b)(?:[^.;:\d$]|{_LAW_CITATION}|{_FINE_LEVEL}){{0,160}}$"
    # "must not exceed a speed of 8 knots": the limit a rule sets, a few words before the amount
    r"|\bnot\s+(?:to\s+)?(?P<limit>exceed)(?:ing)?\b[^.;:,\d$]{0,30}$"
    # "subject to a limit of 2 000 points", "enforces a speed limit of 8 knots", "exceeding the
    # legal limit of 1 000 ppm", "the AQO limit of 35 micrograms per cubic metre": a limit's value
    # is the bound it sets (the dev labels write at_most ten times in eleven)
    r"|\blimit\s+of\s+(?:HK)?$"
    # "An annual cap of $10,000 on the charges payable", "a funding cap of $2 million per project"
    # ("a cap of" itself is a qualifier)
    r"|\b(?:a|an|the)\s+(?:[\w-]+\s+){1,2}?cap\s+(?:of|at)\s+(?:HK)?$"
    # "salaries tax capped at a standard rate of 15 per cent": what the cap is named before it
    r"|\bcapped\s+at\s+(?:a|an|the)\s+(?:[\w-]+\s+){1,3}?of\s+(?:HK)?$",
    re.IGNORECASE,
)
_CHANGED = re.compile(r"\b(?:from|raised|increased|lowered|reduced|revised)\b", re.IGNORECASE)
# "30kg or more", "aged 65 or above": the amount is a lower bound; "or less", "or below" an upper.
OR_MORE = re.compile(r"\s+or\s+(?P<dir>more|above|over|less|below|fewer|under)\b", re.IGNORECASE)
OR_SO = re.compile(r"\s+or\s+so\b", re.IGNORECASE)  # "the remaining 24 600 or so": an estimate


# The base of a change: "down from 21 in 2006", "a decrease of 3.2 per cent from 37 622" (the
# number after it is the one compared with).
# "the peak of ", "the previous high of ": a level a change is measured from, named before its figure
LEVEL_OF = r"the\s+(?:(?:recent|previous|all-time|record)\s+)?(?:peak|high|level|figure)\s+of\s+"
CHANGE_BASE = re.compile(
    # ("a net decrease of 1 045 cases (0.4 per cent) from 243 857")
    # ("an increase of 26 per cent over the 29 200 received last year")
    # ("a drop of about 74 per cent from the peak of 4 496 in early 2019")
    r"(?:\b(?:up|down|higher|lower)|\d\s*%|\bper\s*cent)\)?\s+(?:from|over\s+the)\s+"
    rf"(?:{LEVEL_OF})?(?:about\s+|some\s+|around\s+)?$",
    re.I,
)


# "The maximum penalty is a fine of $200,000 ..., and a further fine of $20,000 for each day":
# the penalties listed after a stated maximum are maxima too.
FURTHER_PENALTY = re.compile(
    r"\bmaximum\s+(?:penalty|penalties|fine|sentence)\b(?:[^.;]|\.\d)*\b(?:further|additional|daily)\s+"
    r"(?:fine|penalty)\s+of\s+(?:up\s+to\s+)?$"
    # ("... is a fine of $200,000 and imprisonment for one year, and a fine of $20,000 for each day")
    r"|\bmaximum\s+(?:penalty|penalties)\b(?:[^.;]|\.\d)*,\s+and\s+a\s+fine\s+of\s+$",
    re.IGNORECASE,
)

# Words without which no clause states a bound: a cheap test before the patterns above.
_BOUND_CUES = ("imum", "ceiling", "exceed", "limit", "cap")


# "Its minimum and maximum gross floor areas are 22 400 square metres and 37 350 square metres
# respectively": the second amount is the second bound.
_SECOND_OF_PAIR = re.compile(
    rf"\b(?:minimum|maximum)\s+and\s+(?P<second>maximum|minimum)\b(?!\s+{_OBSERVED}\b)"
    r"[^.;:]{0,160}?\d[^.;:\d]{0,40}\band\s+(?:HK)?\$?$",
    re.IGNORECASE,
)


# "the maximum asset values allowed are $402,000 for a single person and $610,000 for a married
# couple", "The subsidy ceilings are $30,000 for each flat and $60,000 for each house": the amounts
# listed after a stated maximum are maxima too.
_LISTED_AFTER_BOUND = re.compile(
    rf"\b(?P<bound>maximum|minimum|ceilings)\b(?!\s+{_OBSERVED}\b)[^.;:$]{{0,160}}(?:HK)?\$\s?\d[\d,.]*"
    r"(?:\s*(?:million|billion))?\s+for\s+[^.;:\d$]{1,40}\band\s+(?:HK)?\$?$",
    re.IGNORECASE,
)


# "The asset limits for singletons and couples are $186,000 and $281,000 respectively", "income
# and asset limits of $10,770 a month and $411,000": a means test's limits are maxima (not "The
# income limit is set at 75 per cent of the median" or "will be raised to", the limit's own value).
_MEANS_LIMITS = re.compile(
    r"\b(?:income|asset)\s+(?:and\s+asset\s+)?limits?\b[^.;:\d$]{0,60}?\b(?:are|is|were|was|of)\s+"
    r"(?:(?:HK)?\$\s?\d[\d,.]*(?:\s*(?:million|billion))?(?:\s+(?:per|a)\s+month)?\s*(?:,|\band)\s*)*(?:HK)?\$?$",
    re.IGNORECASE,
)


# "raise the maximum funding for each project from $2 million to $4 million", "The maximum fines
# for second and subsequent convictions are $200,000 and $400,000 respectively": the later amount
# of a stated maximum's change or list is a maximum too (not "the weight limit ... from 10
# kilograms to 30kg", which the corpus labels exact).
_BOUND_AMOUNT = r"(?:HK|US)?\$?\s?\d[\d,.]*(?:\s*(?:million|billion))?(?:\s*[a-z]{1,3}\b)?"
_LATER_OF_BOUND = re.compile(
    rf"\b(?P<bound>maximum|minimum)\b(?!\s+(?:and\s+(?:maximum|minimum)\s+)?{_OBSERVED}\b)[^.;:$\d]{{0,120}}"
    rf"(?:\bfrom\s+{_BOUND_AMOUNT}\s+to|\b(?:are|were)\s+{_BOUND_AMOUNT}(?:\s*,\s*{_BOUND_AMOUNT})*\s*,?\s+and)\s+(?:HK|US)?\$?$",
    re.IGNORECASE,
)


# "does not exceed $162,000 per annum in urban areas or $124,000 per annum in the New Territories":
# the amounts listed after a limit not to be exceeded are limits too
_LATER_OF_LIMIT = re.compile(
    rf"\bnot\s+(?:to\s+)?exceed(?:ing)?\s+{_BOUND_AMOUNT}[^.;:\d$]{{0,60}}\b(?:or|and)\s+(?:HK|US)?\$?$",
    re.IGNORECASE,
)


# "funding of up to $15 million, or 50 per cent of its total budget, whichever is lower": the
# other amount of a capped pair is a cap too
_OR_CAP = re.compile(
    rf"\b(?:up\s+to|(?:a\s+)?maximum\s+of)\s+{_BOUND_AMOUNT}(?:\s*(?:per\s+cent|%))?,?\s+or\s+(?:HK|US)?\$?$",
    re.IGNORECASE,
)


def stated_bound(before: str) -> str | None:
    """'at_most' / 'at_least' when the clause before an amount states a maximum / minimum."""
    if " or " in before[-40:] and _OR_CAP.search(before[-120:]):
        return "at_most"
    if not any(cue in before for cue in _BOUND_CUES):
        return None
    if _MEANS_LIMITS.search(before[-260:]):
        return "at_most"
    pair = _SECOND_OF_PAIR.search(before)
    if pair:
        return "at_most" if pair["second"].lower() == "maximum" else "at_least"
    if _LATER_OF_LIMIT.search(before[-200:]):
        return "at_most"
    listed = _LISTED_AFTER_BOUND.search(before) or _LATER_OF_BOUND.search(before[-260:])
    if listed:
        return "at_least" if listed["bound"].lower() == "minimum" else "at_most"
    m = STATED_BOUND.search(before)
    if not m:
        return "at_most" if FURTHER_PENALTY.search(before) else None
    if (m["bound"] or "").lower().startswith("ceiling") and _CHANGED.search(m.group()):
        return None  # "the ceiling was raised from $6 million to $7 million": the limit's own value
    return "at_least" if (m["bound"] or "").lower() == "minimum" else "at_most"


# "no member may serve on more than six bodies", "shall not employ more than 20 workers", "must not
# be less than 1 050 mm": a rule that forbids going past a figure states the opposite bound
_NEGATED_RULE = re.compile(
    r"\b(?:(?:may|shall|must|can|should|will|would)\s+not|cannot|no\s+(?:[a-z-]+\s+){1,2}"
    r"(?:may|shall|can|should|is\s+(?:allowed|permitted)\s+to))\b[^.;:,\d$]{0,50}$",
    re.IGNORECASE,
)
_OPPOSITE = {"more_than": "at_most", "less_than": "at_least"}


def negated_bound(before: str, qualifier: str) -> str:
    """The bound a forbidding rule sets: 'more_than' after 'may not' is 'at_most', 'less_than' is
    'at_least'; any other qualifier as it is."""
    if qualifier in _OPPOSITE and _NEGATED_RULE.search(before[-90:]):
        return _OPPOSITE[qualifier]
    return qualifier


# "liable to a maximum fine of $100,000 on a first conviction and $200,000 on a second or
# subsequent conviction", "..., which rises to $200,000 for a second or subsequent conviction":
# the maximum for a later conviction is a maximum too.
_MAXIMUM_PENALTY = re.compile(r"\bmaximum\s+(?:penalty|penalties|fines?)\b", re.IGNORECASE)
_LATER_CONVICTION = re.compile(
    r"\s+(?:for|on|upon)\s+(?:a|the|each|any)\s+(?:second|subsequent|further|repeated)\b", re.IGNORECASE
)


def later_conviction_bound(before: str, after: str) -> str | None:
    """'at_most' for the amount of a later conviction after a stated maximum penalty."""
    if _LATER_CONVICTION.match(after) and _MAXIMUM_PENALTY.search(before):
        return "at_most"
    return None


# "a rateable value of not more than $162,000 for domestic units in urban areas, or $124,000 in the
# New Territories": the alternative amount of a stated limit is a limit too
_LIMIT_THEN_ALTERNATIVE = re.compile(
    r"\b(?P<bound>not\s+more\s+than|no\s+more\s+than|not\s+exceeding|up\s+to|not\s+less\s+than"
    r"|no\s+less\s+than|at\s+least)\s+(?:HK|US)?\$\s?\d[\d,.]*(?:\s*(?:million|billion))?"
    r"(?:\s+(?:for|in|on|per|a|each)\b[^.;,$]{0,60})?,?\s+or\s+$",
    re.IGNORECASE,
)
_LIMITS = {"not more than": "at_most", "no more than": "at_most", "not exceeding": "at_most",
           "up to": "at_most", "not less than": "at_least", "no less than": "at_least",
           "at least": "at_least"}  # fmt: skip


def alternative_limit_bound(before: str) -> str | None:
    """The bound of an amount given as the alternative ('..., or $124,000 in the New Territories')
    of an amount stated as a limit just before it."""
    m = _LIMIT_THEN_ALTERNATIVE.search(before[-120:])
    return _LIMITS[" ".join(m["bound"].lower().split())] if m else None


# "payments ranging from $10,000 to $80,000", "Ticket prices range from $120 to $1,280": the ends
# of a stated range of amounts or shares are its minimum and maximum (not "range from HK$14.8
# million for Wan Chai to ...": a figure of each item)
_AMOUNT = r"(?:HK|US|RMB)?\$\s?\d[\d,.]*(?:\s*(?:million|billion|m|bn)\b)?"
_RANGE_FROM = re.compile(r"\brang(?:e|es|ed|ing)\s+from\s+$", re.IGNORECASE)
# ("The RIRs ranged from 5.2 per cent to 11.4 per cent": shares too)
_RANGE_END = rf"(?:{_AMOUNT}|\d[\d,.]*\s*(?:per\s+cent|%))"
_RANGE_TO = re.compile(rf"\brang(?:e|es|ed|ing)\s+from\s+{_RANGE_END}\s+to\s+$", re.IGNORECASE)
_RANGE_ITEM = re.compile(r"\s+(?:for|in|at)\s+[A-Z]")
_SHARE_ITEM = re.compile(r"\s+(?:for|in|at|among)\s+(?:the\s+)?[a-z]")


# "Fines of between $8,400 and $16,500 were imposed": the same, written with "between"
BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_BETWEEN_AND = re.compile(rf"\bbetween\s+{_RANGE_END}\s+and\s+$", re.IGNORECASE)


# "Each phase has attracted between 800 and 1 600 applications", "Between 30 and 40 per cent of the
# samples": a count's or share's range written with "between" is a range too
AND_FIGURE = re.compile(r"\s*and\s+(?=\d)")


def between_bound(before: str, after: str) -> str | None:
    """'at_least' / 'at_most' for the ends of "between N and M" (a count or a share)."""
    if BETWEEN_BEFORE.search(before[-12:]):
        return "at_least" if AND_FIGURE.match(after) else None
    return "at_most" if _BETWEEN_FIGURE_AND.search(before[-40:]) else None


def range_bound(before: str, after: str, share: bool = False, count: bool = False) -> str | None:
    """'at_least' / 'at_most' for the ends of a range of amounts or shares (`share`: the figure
    is a per cent, whose items may be in lower case: "from 2.6% in financial activities to ...");
    `count`: of bare figures, "ranged from 180 to 320 kilocalories" ("between" ranges of counts are
    `between_bound`'s), its two ends written with digits (not "from 12 in Wan Chai to 45 ...")."""
    if not count and BETWEEN_BEFORE.search(before[-12:]):
        return "at_least" if re.match(rf"\s*and\s+{_RANGE_END}", after) else None
    if not count and _BETWEEN_AND.search(before[-60:]):
        return "at_most"
    if "rang" not in before[-60:] or _RANGE_ITEM.match(after) or (share and _SHARE_ITEM.match(after)):
        return None
    if _RANGE_FROM.search(before[-30:]):
        return "at_least" if not count or _TO_FIGURE.match(after) else None
    return "at_most" if (_COUNT_RANGE_TO if count else _RANGE_TO).search(before[-80:]) else None


def bound_after(after: str) -> str | None:
    """'at_least' / 'at_most' when the amount is followed by 'or more' / 'or less' ('approx' for
    'or so')."""
    m = OR_MORE.match(after)
    if not m:
        return "approx" if OR_SO.match(after) else None
    return "at_least" if m["dir"].lower() in ("more", "above", "over") else "at_most"


_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_WORD = "|".join(sorted(_UNITS + _TENS, key=len, reverse=True))
# "twenty-one" joins a tens word and a digit word (not "Eleven one-off measures": two numbers)
_TENS_RE = "|".join(_TENS)
_DIGIT_WORD = "one|two|three|four|five|six|seven|eight|nine"
NUMBER_WORDS = (
    rf"(?:(?:(?:{_TENS_RE})(?:[- ](?:{_DIGIT_WORD}))?|{_WORD})"
    rf"(?:\s+(?:hundred|thousand)(?:\s+(?:and\s+)?(?:{_WORD}))?)?"
    r"|a\s+hundred|a\s+thousand|a\s+dozen)"
)
_MAYBE_NUMBER = re.compile(rf"\d|\b(?:{NUMBER_WORDS})\b", re.IGNORECASE)
_A_DIGIT = re.compile(r"\d")
# Every number in words opens on one of these, a whole word ("a hundred": on "a", then "hundred")
_NUMBER_WORD_OPENERS = frozenset(_UNITS + _TENS + ["hundred", "thousand", "dozen"])


def may_hold_number(text: str) -> bool:
    """Whether `text` may hold a digit or a number in words: a cheap test before the quantity
    pattern. True wherever `\\d|\\b<number words>\\b` (ignoring case) matches, and rarely
    elsewhere ("a few hundred"); four times faster than that search (`has_any_word`)."""
    return _A_DIGIT.search(text) is not None or has_any_word(text, _NUMBER_WORD_OPENERS, _MAYBE_NUMBER)


# ("each comprising between eight and 12 members": its first end in words)
_BETWEEN_FIGURE_AND = re.compile(
    rf"\bbetween\s+(?:\d[\d,.]*(?:\s\d{{3}})*|{NUMBER_WORDS})\s+and\s+$", re.IGNORECASE
)
# Digits with thousands grouped by space, comma or thin space, or plain digits; decimals allowed.
DIGITS = r"(?:\d{1,3}(?:[ ,\u2009\u202f]\d{3})+(?!\d)|\d+)(?:\.\d+)?"
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6}
SCALE_RE = r"(?:thousand|million|billion|trillion|bn|mn)\b"
CURRENCIES = {"HK$": "HKD", "US$": "USD", "RMB": "CNY", "$": "HKD", "€": "EUR", "£": "GBP", "EUR": "EUR"}
CURRENCY_RE = r"(?:HK\$|US\$|RMB\s?|EUR\s?|\$|€|£)"  # ("EUR1 billion": the ISO code glued)

# The ends of a range of counts, for `range_bound(count=True)`
_COUNT_RANGE_TO = re.compile(rf"\brang(?:e|es|ed|ing)\s+from\s+{DIGITS}\s+to\s+$", re.IGNORECASE)
_TO_FIGURE = re.compile(rf"\s+to\s+{DIGITS}(?!\s*(?:per\s+cent|%))\b")

# "with 800 to 1 000 places offered", "Compared with the $5,000 to $8,000 that families pay": a
# range written with "to" alone, its two ends of one form. Not a change to a new level ("rose by
# 120 to 1 500", "from 1 200 to 1 500", "rose 5.0% to 27.9 million"), an age, or an item's number
# ("Phases 1 to 3", "November 12 to 30").
# ("expects five to eight tropical cyclones": a range of counts written in words)
_SPAN_END = rf"(?:(?:HK|US)?\$\s?{DIGITS}(?:\s*(?:million|billion))?|{DIGITS}|(?i:{NUMBER_WORDS})\b)"
_SPAN_TO = re.compile(rf"\s+to\s+{_SPAN_END}(?![\d%])(?!\s*(?:per\s+cent|%))")
_SPAN_FROM = re.compile(rf"(?<![\w$.,]){_SPAN_END}\s+to\s+$")
_YEAR_TO = re.compile(r"(?:19|20)\d\d\s")
# ("a grant of $500,000 to $800,000" is a range; "an increase of 120 to 1 500" a change and a level)
_NOT_SPAN_START = re.compile(
    r"(?:\b(?:(?:increases?|decreases?|rises?|drops?|falls?|growth|reductions?|declines?|gains?|jumps?|"
    r"surges?|changes?|cuts?|rebounds?)\s+of"
    r"|from|by|between|aged|ages?|to|than|and|or|at|up|down|rose|fell|grew|increased|"
    r"decreased|declined|dropped|edged|totalling|totalled|in|on|since|during|for|per|each|every)"
    r"(?:\s+(?:about|around|some|nearly|almost|approximately|over|only|just|more\s+than))?"
    r"|[A-Z][\w-]*|[-/–(])\s*$"
)


def _opens_span(before: str) -> bool:
    return _NOT_SPAN_START.search(before[-30:]) is None


def span_bound(before: str, after: str, amount: bool) -> str | None:
    """'at_least' / 'at_most' for the ends of "N to M" (`amount`: the figure is in dollars, and the
    other end must be too)."""
    first = _SPAN_TO.match(after)
    if first and ("$" in first.group()) == amount and _opens_span(before):
        return "at_least"
    start = _SPAN_FROM.search(before[-40:])
    if start is None or ("$" in start.group()) != amount or _YEAR_TO.match(start.group()):
        return None
    return "at_most" if _opens_span(before[: len(before) - len(start.group())]) else None


# "discounts of 20 to 50 per cent", "reduce traffic by 10 to 20 per cent": a range of shares whose
# first end, written bare, shares the second's "per cent" (not "from 20 to 50 per cent", "in 2006 to
# 45 per cent" or "rose by 2 to 45 per cent": a change and the level it reached)
_SHARE_SPAN_TO = re.compile(rf"\s+to\s+(?:about\s+)?{DIGITS}\s*(?:per\s*cent|%)", re.IGNORECASE)
_SPAN_OPENER = (
    r"(?:\bof"
    r"|(?<!\brose\s)(?<!\bfell\s)(?<!\bgrew\s)(?<!\bup\s)(?<!\bdown\s)(?<!increased\s)(?<!decreased\s)"
    r"(?<!dropped\s)(?<!declined\s)\bby)\s+"
)
_SHARE_SPAN_OPEN = re.compile(rf"{_SPAN_OPENER}$", re.IGNORECASE)
_SHARE_SPAN_FROM = re.compile(rf"{_SPAN_OPENER}{DIGITS}\s+to\s+(?:about\s+)?$", re.IGNORECASE)
# Both ends written as shares: "forecasts real GDP growth of 2% to 3%", "forecast at 3.5% to 4%"
_PERCENT_SPAN_OPENER = rf"(?:\bat\s+|{_SPAN_OPENER})"
_PERCENT_SPAN_OPEN = re.compile(rf"{_PERCENT_SPAN_OPENER}$", re.IGNORECASE)
_PERCENT_SPAN_FROM = re.compile(
    rf"{_PERCENT_SPAN_OPENER}{DIGITS}\s*(?:per\s*cent|%)\s+to\s+(?:about\s+)?$", re.IGNORECASE
)


def share_span_bound(before: str, after: str, bare: bool) -> str | None:
    """'at_least' / 'at_most' for the ends of "N to M per cent" (`bare`: the figure is written
    without "per cent" or another unit, as a range's first end is) and of "N% to M%"."""
    if bare:
        return "at_least" if _SHARE_SPAN_TO.match(after) and _SHARE_SPAN_OPEN.search(before[-24:]) else None
    if _SHARE_SPAN_TO.match(after) and _PERCENT_SPAN_OPEN.search(before[-24:]):
        return "at_least"
    if _SHARE_SPAN_FROM.search(before[-40:]) or _PERCENT_SPAN_FROM.search(before[-48:]):
        return "at_most"
    return None


# "were about 572 million, 651 million and 702 million sticks respectively", "contributed some
# 650 000 and 200 000 respectively": an estimate's word before a list of like amounts (each a bare
# figure, all in dollars or none, all shares or none) is every item's (not "about $730,000 and 26
# gambling machines", nor "about 248 600, or 3.3% of the population").
_ESTIMATE_WORDS = r"(?P<q>about|some|around|approximately|roughly|nearly|almost)"


def _listed_item(cur: bool, share: bool) -> str:
    money = rf"{CURRENCY_RE}\s?" if cur else r"(?<![$\d])"
    tail = r"\s*(?:per\s+cent|%)" if share else r"(?!\s*(?:per\s+cent|%|\d))"
    # ("some 35 200 in 2022 and 33 900 in 2021": each item with its year)
    return rf"{money}{DIGITS}(?:\s*{SCALE_RE})?{tail}(?:\s+in\s+(?:19|20)\d{{2}}(?:[/-]\d{{2}})?)?"


_LISTED_ESTIMATE = {
    (cur, share): re.compile(
        rf"\b{_ESTIMATE_WORDS}\s+{_listed_item(cur, share)}(?:\s*,\s*{_listed_item(cur, share)})*"
        r"(?:\s*,\s*|\s*,?\s+and\s+)$",
        re.IGNORECASE,
    )
    for cur in (False, True)
    for share in (False, True)
}


def listed_estimate(before: str, cur: bool, share: bool) -> str | None:
    """'approx' / 'nearly' for a later item of a list whose first item is 'about' / 'nearly' N."""
    m = _LISTED_ESTIMATE[cur, share].search(before[-160:])
    return qualifier_of(m["q"]) if m else None


# INTERVAL documents the rule: (low factor, high factor); None = unbounded.
INTERVALS: dict[str, tuple[float | None, float | None]] = {
    "exact": (1.0, 1.0),
    "approx": (0.9, 1.1),  # "about 30" -> [27, 33]
    "nearly": (0.9, 1.0),  # "nearly 300" -> [270, 300]
    "more_than": (1.0, None),  # "over 100" -> [100, unbounded)
    "at_least": (1.0, None),
    "less_than": (0.0, 1.0),  # "less than 5" -> [0, 5]
    "at_most": (0.0, 1.0),
}


@dataclass(frozen=True)
class Interval:
    low: float | None
    high: float | None


def interval(value: float, qualifier: str) -> Interval:
    low, high = INTERVALS[qualifier]
    return Interval(
        low=None if low is None else value * low,
        high=None if high is None else value * high,
    )


def qualifier_of(text: str) -> str:
    """'over' -> 'more_than'; '' -> 'exact'."""
    return QUALIFIERS.get(" ".join(text.lower().split()), "exact")


def parse_number(text: str) -> float | None:
    """'3 000' -> 3000.0, '10,000' -> 10000.0, 'twenty' -> 20.0, 'a dozen' -> 12.0."""
    t = " ".join(text.strip().lower().split())
    if not t:
        return None
    if t[0].isdigit():
        try:
            return float(re.sub(r"[ ,\u2009\u202f]", "", t))
        except ValueError:
            return None
    if t == "a dozen":
        return 12.0
    t = re.sub(r"^a\s+", "one ", t).replace("-", " ").replace(" and ", " ")
    try:
        return float(text2num(t, "en"))
    except ValueError:
        return None


def scaled(value: float, factor: float) -> float:
    """value * factor in decimal, so "4.1 million" is 4100000.0 and not 4099999.9999999995."""
    if factor == 1.0:
        return value
    return float(Decimal(repr(value)) * Decimal(repr(factor)))


def scale_of(word: str | None) -> float:
    return SCALES.get((word or "").lower(), 1.0)


def currency_of(symbol: str | None) -> str | None:
    if not symbol:
        return None
    return CURRENCIES.get(symbol.strip().upper() if symbol.strip() != "$" else "$")
