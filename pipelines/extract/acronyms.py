"""Acronyms defined in parentheses: "Office for Attracting Strategic Enterprises (OASES)".

The long form is found with the Schwartz & Hearst (2003) algorithm: the acronym's letters are
matched right to left against the preceding words, the first letter at a word start.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipelines.extract.gazetteer import COMPANY_SUFFIXES

# "(HA)", "(LegCo)", "(EAG Ltd)": a company's short form keeps its "Ltd"
SHORT_FORM = re.compile(r"\(\s*(?P<short>[A-Z][A-Za-z&.\-]{0,10}[A-Za-z](?P<company>\s+Ltd\.?)?)\s*\)")
_WORD = re.compile(r"[\w'’&.\-]+")
_POSSESSIVE_END = re.compile(r"[A-Za-z]['’]s$")


@dataclass(frozen=True)
class Acronym:
    short: str
    long: str
    long_start: int
    long_end: int
    short_start: int
    short_end: int


def best_long_form(short: str, long: str) -> str | None:
    """Schwartz-Hearst: the shortest tail of `long` whose letters spell `short` in order."""
    s_idx, l_idx = len(short) - 1, len(long) - 1
    while s_idx >= 0:
        c = short[s_idx].lower()
        if not c.isalnum():
            s_idx -= 1
            continue
        while l_idx >= 0 and (
            long[l_idx].lower() != c or (s_idx == 0 and l_idx > 0 and long[l_idx - 1].isalnum())
        ):
            l_idx -= 1
        if l_idx < 0:
            return None
        l_idx -= 1
        s_idx -= 1
    return long[long.rfind(" ", 0, l_idx + 1) + 1 :]


def _extend_left(candidate: str, long: str | None) -> str | None:
    """'and Three-Runway System Advisory Committee' -> 'Aviation Development and Three-...'."""
    if not long or not long[0].islower() or not any(w[0].isupper() for w in long.split()):
        return long
    words = candidate[: len(candidate) - len(long)].split()
    taken: list[str] = []
    while words and words[-1][0].isupper():
        taken.insert(0, words.pop())
    return " ".join([*taken, long]) if taken else long


_NAME_RUN = re.compile(r"(?:[A-Z][\w'’&\-]*(?:\s+(?:of|for|and|on|the|in)\s+|\s+))*[A-Z][\w'’&\-]*$")


def _leading_initials(short: str, before: str) -> str | None:
    """'Joint Office for Investigation of Water Seepage Complaints (JO)': a short form made of the
    initials of the first words of a long name (too long for Schwartz-Hearst's window)."""
    run = _NAME_RUN.search(before)
    if run is None or not short.isupper():
        return None
    name = run.group()
    if name.startswith("The "):
        name = name[4:]
    words = [w for w in name.split() if w[0].isupper()]
    if len(words) <= len(short) or "".join(w[0] for w in words[: len(short)]) != short:
        return None
    return name


def _initials_in_any_order(short: str, before: str) -> str | None:
    """'The University of Hong Kong (HKU)': the initials of the name's words, in another order."""
    run = _NAME_RUN.search(before)
    if run is None or not short.isupper() or len(short) < 3:
        return None
    words = run.group().split()
    for i in range(len(words) - 1, -1, -1):  # the shortest tail of the run whose initials fit
        tail = [w for w in words[i:] if w[0].isupper()]
        if len(tail) == len(short) and words[i][0].isupper() and sorted(w[0] for w in tail) == sorted(short):
            return " ".join(words[i:])
    return None


# "Hong Kong and China Gas Company Limited (Towngas)", "Wing Lee Engineering Company Limited (Wing
# Lee)": a company's short name in brackets, in words rather than initials
_COMPANY_ALIAS = re.compile(
    rf"(?:{'|'.join(COMPANY_SUFFIXES)})(?P<gap>[ ]?)\("
    r"(?P<short>(?!Hong[ ]Kong\))[A-Z][a-z]+(?:[ ][A-Z][A-Za-z]+){0,2})\)"
)


def _company_aliases(text: str) -> Iterator[Acronym]:
    for m in _COMPANY_ALIAS.finditer(text):
        end = m.start("gap")  # the name ends with its suffix
        line_start = max(text.rfind("\n", 0, end), text.rfind(". ", 0, end)) + 1
        run = _NAME_RUN.search(text, line_start, end)
        if run is None:
            continue
        long = run.group()
        long = long[4:] if long.startswith("The ") else long
        if len(long.split()) < 2:
            continue
        yield Acronym(m["short"], long, end - len(long), end, m.start("short"), m.end("short"))


def find_acronyms(text: str) -> Iterator[Acronym]:
    yield from _company_aliases(text)
    for m in SHORT_FORM.finditer(text):
        short = m["short"]
        initials = short[: m.start("company") - m.start("short")] if m["company"] else short
        letters = sum(ch.isupper() for ch in initials)
        if letters < 2:
            continue
        line_start = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start())) + 1
        # "Sports Federation & Olympic Committee of Hong Kong, China (SF&OC)": "&" is no word
        words = [w for w in _WORD.finditer(text, line_start, m.start()) if w.group() != "&"]
        window = words[-min(letters + 5, letters * 2) :]
        if not window:
            continue
        base = window[0].start()
        candidate = text[base : m.start()].rstrip()
        before = text[line_start : m.start()].rstrip()
        long = (
            _extend_left(candidate, best_long_form(initials, candidate))
            or _leading_initials(initials, before)
            or _initials_in_any_order(initials, before)
        )
        if long and long.lower().startswith("the "):
            long = long[4:]
        if long and _POSSESSIVE_END.search(long):
            long = long[:-2]  # "the ... Parks Corporation's (HKSTP) campus": the body, not its possession
        if not long or len(long) <= len(short):
            continue
        long_start = base + candidate.rfind(long)
        yield Acronym(short, long, long_start, long_start + len(long), m.start("short"), m.end("short"))
