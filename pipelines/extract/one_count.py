"""A count of one written as a word: "two gold medals and one silver medal", "134 people were
injured and one person died", "Only one local case was recorded in October, compared with three".

"one" is mostly no count ("one of the", "one country, two systems", "one another"), so it counts
only as an item beside other counts of the sentence, right before a singular noun that ends its
phrase; the unit is that noun's plural (inflect), as the other counts name theirs.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice

import inflect

from pipelines.extract.counting import NOT_UNITS, QUANTITY, STOP_WORDS, UNIT_SYNONYMS, is_plural
from pipelines.extract.glue import zipf_frequency

# Where an item of a list of counts starts: after a comma, "and", "including", "with", or "Only"
# opening the sentence (not "One partner, Lumira Limited, plans to ...": an example, no count).
_ITEM_START = re.compile(r"(?:^\W*[Oo]nly\s+|,\s+|\b(?:and|including|comprising|comprised|with|only)\s+)$")
# What may follow the counted noun: a stop, a preposition or conjunction, a verb.
_PHRASE_END = re.compile(
    r"\s*(?:[,.;:()]|$|(?:and|or|in|of|with|from|at|for|on|to|by|was|were|is|are|had|has|have|"
    r"will|would|can|may|shall|died|aged|who|which|that|each|last|this|next|yesterday|today)\b|[a-z]{3,}ed\b)"
)
_BOUND_OF_ONE = re.compile(
    r"(?:a\s+)?maximum\s+of|up\s+to|no\s+more\s+than|not\s+more\s+than|at\s+most", re.IGNORECASE
)
_ONE_COUNTRY_TWO_SYSTEMS = re.compile(r"one\s+country,?\s+two\s+systems", re.I)
_WORD = re.compile(r"[A-Za-z][a-z\-]*")
_MAX_WORDS = 4  # "one green minibus route"
_MEDALS = frozenset({"gold", "silver", "bronze"})


@cache
def _inflect() -> inflect.engine:
    return inflect.engine()


def _plural(noun: str) -> str | None:
    """The plural of a singular noun in common use, else None ('another', 'anothers')."""
    if is_plural(noun):
        return None
    plural = _inflect().plural_noun(noun)
    return plural if isinstance(plural, str) and zipf_frequency(plural) >= 2.0 else None


def one_counted(body: str, m: re.Match[str]) -> tuple[str, str, int, int] | None:
    """(unit, counted noun, end of the quantity, end of the noun) of "one" at `m`, or None."""
    if m["num"].lower() != "one" or m["scale"] or m["cur"] or m["suffix"] or m["mu"]:
        return None
    # "may bring in a maximum of one whole cigar", "no more than one commercial site": a stated
    # bound of one is a count of its own
    bound = m["qual"] is not None and _BOUND_OF_ONE.fullmatch(m["qual"]) is not None
    if m["qual"] and not bound:
        return None
    if not bound and not _ITEM_START.search(body, max(0, m.start() - 16), m.start()):
        return None
    if _ONE_COUNTRY_TWO_SYSTEMS.match(body, m.start("num")):
        return None
    others = (q for q in QUANTITY.finditer(body) if q.start() != m.start())
    if not bound and not any(q["num"].lower() not in ("one", "a") for q in others):
        return None  # no other count in the sentence: "one" is no item of a list
    previous = m.end("num")
    for tok in islice(_WORD.finditer(body, previous), _MAX_WORDS):
        word = tok.group()
        if not word.islower() or word in STOP_WORDS or body[previous : tok.start()].strip():
            return None
        previous = tok.end()
        if _PHRASE_END.match(body, tok.end()):
            if word in _MEDALS:  # "three golds and one silver"
                return "medals", "medals", m.end("num"), tok.end()
            plural = _plural(word)
            if plural is None or plural in NOT_UNITS:
                return None
            return UNIT_SYNONYMS.get(plural, plural), plural, m.end("num"), tok.end()
    return None
