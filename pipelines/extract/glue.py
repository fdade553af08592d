"""Words glued by a lost space: "58 000 buyersfrom 139 countries", "casesand", "Mainlandand",
"theDepartment", "visitorarrivals", "In2009".

A word that is no English word at all (wordfreq knows none of it) and parts into a word in common
use and a function word is split there ("Mr Chansaid" too); a hyphenated given name loses only a
glued "said", "says" or "added" ("Siu-mingsaid"). Stems too rare to tell from a name are left to
the people step, which knows honorifics and name shapes; a word wordfreq knows is never touched, so
"wherein", "thereof" or "carton" stay whole.
"""

from __future__ import annotations

import math
import re
from functools import cache

from wordfreq import get_frequency_dict

from pipelines.extract.substitute import sub_counted

# The short words a lost space glues most often, longest first (so "said" before "id").
_AFTER = ("which", "from", "said", "were", "with", "that", "have", "will", "and", "the", "for", "are",
          "has", "had", "was", "who", "of", "to", "in", "at", "on", "by", "or", "as", "is")  # fmt: skip
_BEFORE = ("their", "these", "with", "from", "them", "this", "each", "and", "the", "for", "its", "of",
           "to", "in")  # fmt: skip
# After a capitalised word only the longer ones: names end in "-on", "-in", "-as" ("Harrison").
_AFTER_CAPITAL = ("which", "from", "said", "says", "added", "were", "with", "will", "also", "and", "the",
                  "has", "had", "was", "who", "of")  # fmt: skip
_CANDIDATE = re.compile(r"(?<![\w'’./@-])[A-Za-z][a-z]{4,}(?![\w'’/@-]|\.\w)")
# A stray "â" left where a zero-width space was decoded wrongly and lost its other bytes:
# "Promotion,â Mr Kwok", "Mr Ngaiâ said", "âThe Senior Officer", "instituted, âincluding" (before
# a lower-case word only when what follows is a word); never inside a word ("pâté").
_STRAY_A = re.compile(r"â(?=\s|$)|(?:(?<=^)|(?<=\s)|(?<=\())â(?=[A-Z0-9$“\"‘'])")  # ("and â421 000")
# "... to March 31, 2025.âNine of them": the zero-width space stood where the space between two
# sentences was; it becomes that space.
_STRAY_A_BETWEEN = re.compile(r"(?<=[a-z0-9)’”][.!?])â(?=[A-Z“\"‘])")
_SPACES_LEFT = re.compile(r"(?<=\S) {2,}(?=\S)")
_STRAY_A_BEFORE_WORD = re.compile(r"(?:(?<=^)|(?<=\s))â[a-z]{3,}\b")
# A stem this common (Zipf scale: 3 is once per million words) is a word, not a fragment.
_COMMON = 2.5


@cache
def _frequencies() -> dict[str, float]:
    """wordfreq's English list (about 320 000 words), loaded once per process; looked up directly,
    as `zipf_frequency` would tokenise each word first (10 us a word, most of a release's clean)."""
    return get_frequency_dict("en", wordlist="best")


def zipf_frequency(word: str) -> float:
    """The Zipf frequency of a lowercase-able word (0 when unknown), as wordfreq's own function."""
    frequency = _frequencies().get(word.lower())
    return math.log10(frequency) + 9 if frequency else 0.0


def _known(word: str) -> bool:
    return word.lower() in _frequencies()


def _split(word: str) -> str | None:
    if _known(word):
        return None
    capital = word[0].isupper()
    for glue in _AFTER_CAPITAL if capital else _AFTER:
        stem = word[: -len(glue)]
        if word.endswith(glue) and len(stem) >= 3 and zipf_frequency(stem) >= _COMMON:
            return f"{stem} {glue}"
    if capital:  # "Mr Leungmentioned": a name, then a reporting verb in common use
        for cut in range(3, len(word) - 4):
            stem, verb = word[:cut], word[cut:]
            if verb.endswith("ed") and zipf_frequency(verb) >= 3.5 and zipf_frequency(stem) >= 1.5:
                return f"{stem} {verb}"
    for glue in () if capital else _BEFORE:
        rest = word[len(glue) :]
        if word.startswith(glue) and len(rest) >= 3 and zipf_frequency(rest) >= _COMMON:
            return f"{glue} {rest}"
    return None if capital else (_plural_then_word(word) or _two_words(word))


def _plural_then_word(word: str) -> str | None:
    """'outbreaksaffecting', 'passengersseated': a counted plural glued to the next word (both in
    common use: 3 on the Zipf scale); 'sheetlet' or 'ambulancemen' part into no plural."""
    best: tuple[float, str] | None = None
    for cut in range(4, len(word) - 2):
        head, rest = word[:cut], word[cut:]
        if head[-1] != "s":
            continue
        score = min(zipf_frequency(head), zipf_frequency(rest))
        if score >= 3.0 and (best is None or score > best[0]):
            best = (score, f"{head} {rest}")
    return best[1] if best else None


def _two_words(word: str) -> str | None:
    """'visitorarrivals', 'taxifares': two words in common use (3 on the Zipf scale, four letters
    or more each) glued into no word; the commonest split wins."""
    best: tuple[float, str] | None = None
    for cut in range(4, len(word) - 3):
        head, rest = word[:cut], word[cut:]
        score = min(zipf_frequency(head), zipf_frequency(rest))
        if score >= 3.0 and (best is None or score > best[0]):
            best = (score, f"{head} {rest}")
    return best[1] if best else None


# "Postmaster General Lee Yuk-lingsaid": a verb glued to the syllable of a hyphenated given name.
_NAME_THEN_VERB = re.compile(r"\b([A-Z][a-z]{1,6}-[a-z]{2,6}?)(said|says|added)\b")


# "theDepartment of Health", "inHong Kong", "visitedHong Kong": a word in common use glued to a
# capitalised word (not "iPhone", "eBay" or "myGovHK": a single letter, or capitals running on)
_LOWER_THEN_CAPITAL = re.compile(r"(?<![\w'’./@-])([a-z]{2,})([A-Z][a-z]+)(?![\w'’@-])")


def _lower_then_capital(glued: str) -> str | None:
    cut = next(i for i, ch in enumerate(glued) if ch.isupper())
    return f"{glued[:cut]} {glued[cut:]}" if zipf_frequency(glued[:cut]) >= 3.0 else None


# "Thedepartment's Pest Control Advisory Section", "Thesuccessful applicants": a sentence's article
# glued to a word in common use (not "Theodore", "Thereafter" or "Thelma": words wordfreq knows)
_ARTICLE_GLUED = re.compile(r"(?<![\w'’./@-])(?:The|This|These)[a-z]{4,}(?![\w@-])")


def _article_glued(glued: str) -> str | None:
    if _known(glued):
        return None
    article = next(a for a in ("These", "This", "The") if glued.startswith(a))
    rest = glued[len(article) :]
    return f"{article} {rest}" if zipf_frequency(rest) >= 3.0 else None


# "In2009, the C&SD sent ...", "since2019": a preposition glued to the year after it
_PREPOSITION_THEN_YEAR = re.compile(
    r"(?<![\w'’./@-])(In|in|Since|since|By|by|From|from|Until|until)((?:19|20)\d\d)\b"
)

# "a total of3,260 warning letters", "about1 200 participants", "fined$5,000": a function word glued
# to the figure after it (not "PM2.5", "NO2", "mp3": no word of this list)
_WORD_THEN_FIGURE = re.compile(
    r"(?<![\w'’./@-])(of|to|about|around|over|some|nearly|almost|than|with|by|at|from|and|or|were|was"
    r"|is|are|fined|totalling|reached)((?:HK|US)?\$?\d)"
)


def _word_after_stray_a(stray: str) -> str | None:
    """'âincluding' -> 'including' (a word in common use); 'âge' stays."""
    return stray[1:] if zipf_frequency(stray[1:]) >= _COMMON else None


def split_glued(line: str) -> tuple[str, int]:
    """The line with glued words split and stray "â" dropped; returns (line, number of repairs)."""
    count = 0
    if "â" in line:
        line, count = _STRAY_A_BETWEEN.subn(" ", line)
        line, dropped = _STRAY_A.subn("", line)
        count += dropped
        if dropped:  # "appointed Ir â Tony Kwan": the spaces on both sides were one
            line = _SPACES_LEFT.sub(" ", line)
        line, before = sub_counted(_STRAY_A_BEFORE_WORD, _word_after_stray_a, line)
        count += before
    if "-" in line:
        line, verbs = _NAME_THEN_VERB.subn(r"\1 \2", line)
        count += verbs
    if _LOWER_THEN_CAPITAL.search(line):
        line, camel = sub_counted(_LOWER_THEN_CAPITAL, _lower_then_capital, line)
        count += camel
    if _PREPOSITION_THEN_YEAR.search(line):
        line, years = _PREPOSITION_THEN_YEAR.subn(r"\1 \2", line)
        count += years
    if _WORD_THEN_FIGURE.search(line):
        line, figures = _WORD_THEN_FIGURE.subn(r"\1 \2", line)
        count += figures
    if _ARTICLE_GLUED.search(line):
        line, article = sub_counted(_ARTICLE_GLUED, _article_glued, line)
        count += article
    known = _frequencies()
    if all(map(known.__contains__, map(str.lower, _CANDIDATE.findall(line)))):
        return line, count  # most lines: every word a word
    line, split = sub_counted(_CANDIDATE, _split, line)
    return line, count + split
