"""People, in the government's style: honorific + name, role or occupation before the name, a
name the lexicon knows (see `person_names.py`), a name with its age; titles from `roles.py`.

"The Secretary for Transport and Logistics, Mr Lam Sai-hung, said ..."
"Financial Secretary Paul Chan", "Mr Yung" (a later reference), "Yung Shing-wai, aged 47",
"the Hon Chan Kin-por", "conductor Lio Kuokman", "Martin Lee said", "Mr CHAN Tai-man".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipelines.extract.alternation import alternation
from pipelines.extract.gazetteer import HONORIFICS, PLACE_SUFFIXES, PRENOMINAL_ROLES
from pipelines.extract.person_names import (
    NOT_NAME,
    PARTICLES,
    POST_NOMINALS,
    THING_HEADS,
    find_bare_names,
    given_names,
    is_chinese_surname,
    is_given,
    leading_name,
    name_runs,
)
from pipelines.extract.roles import (
    OCCUPATION_WORDS,
    in_portfolio,
    occupation_before,
    role_head_after,
    title_of,
)
from pipelines.extract.spans import SpanSet
from pipelines.extract.world_places import in_local_place, is_city

# A word of a name: "Chan", "Siu-ming", "McDonald", "CHAN", "C.Y.", or an initial before a word.
_NAME_WORD = (
    r"(?:(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*"
    r"|[A-Z]{2,}(?:-[A-Z]{2,})?|(?:[A-Z]\.){1,3}|[A-Z](?=[ ][A-Z]))"
)
_PARTICLE = "|".join(sorted(PARTICLES, key=len, reverse=True))
NAME = rf"{_NAME_WORD}(?:[ ](?:(?:{_PARTICLE})[ ]){{0,2}}{_NAME_WORD}){{0,3}}"
_HON = "|".join(sorted(HONORIFICS, key=len, reverse=True))
# "Mr Chan", "Dr. Lee", "the Hon Chan Kin-por", "the Hon Mrs Regina Ip", "His Excellency Khalid
# bin Saeed Al Nuaimi" (a style, like "the Hon", not an honorific).
# No leading \b: the pattern starts with capitals, which the regex engine skips to quickly; a
# match inside a word is dropped after (`_word_start`).
HONORIFIC_NAME = re.compile(
    rf"(?:(?:Hon|(?:His|Her)[ ]Excellency)[ ](?!{_NAME_WORD}-)(?:(?P<hon2>{_HON})\.?[ ])?"
    # ("the Dr Hon Cheung Man-kit", "the Prof Hon ...": a LegCo Member's style after the title)
    rf"|(?P<hon>{_HON})\.?[ ](?:(?:{_HON})\.?[ ](?=Hon[ ]))?(?:Hon[ ](?!{_NAME_WORD}-))?)"
    # "Mr Justice Kevin Wong", "Madam Justice Lam": a judge's style, not a word of the name
    rf"(?:Justice[ ](?={_NAME_WORD}))?(?P<name>{NAME})"
)
_PRE = alternation(PRENOMINAL_ROLES)
ROLE_NAME = re.compile(rf"(?P<role>{_PRE})[ ](?P<name>{_NAME_WORD}[ ]{_NAME_WORD}(?:[ ]{_NAME_WORD})?)\b")
# "Yung Shing-wai, aged 47": found from ", aged " back to the name.
AGED = re.compile(r",[ ]aged[ ]\d")
NAME_BEFORE = re.compile(rf"\b(?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{1,3}})$")
NOT_NAME_WORDS = {"The", "He", "She", "It", "They", "I", "We"}
# Words glued to the end of a name by a lost space: "Mr Chan Siu-mingsaid".
_GLUE = ("said", "says", "and", "has", "had", "was", "will", "would", "who", "is", "also", "added")
# Verbs of the release's narrative: glued to any name ("Mr Qureshiadded", "Malhotrawon"), as no
# name ends in them.
_GLUED_VERBS = (
    "said", "says", "added", "advised", "stressed", "urged", "noted", "explained", "remarked", "welcomed",
    "thanked", "reminded", "announced", "attended", "emphasised", "expressed", "presented", "visited",
    "delivered", "received", "pointed",
)  # fmt: skip
# A Cantonese syllable ends in a vowel, -n, -ng, -m, -p, -t, -k, -h or the -r of "por".
_SYLLABLE = re.compile(r"[A-Za-z]*(?:[aeiouy]|n|ng|m|p|t|k|h|r)")


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    text: str
    name: str
    honorific: str | None
    title: str | None
    method: str


def _unglue(word: str) -> str:
    """'Siu-mingsaid' -> 'Siu-ming', 'Chansaid' -> 'Chan'."""
    for verb in _GLUED_VERBS:
        stem = word[: -len(verb)]
        if word.endswith(verb) and len(stem) >= 3 and stem[-1].islower() and word not in given_names():
            return stem
    if not re.search(r"[a-z](?:" + "|".join(_GLUE) + ")$", word):
        return word
    for glue in _GLUE:
        if word.endswith(glue):
            stem = word[: -len(glue)]
            last = stem.rsplit("-", 1)[-1]
            if "-" in stem and len(last) >= 2 and _SYLLABLE.fullmatch(last):
                return stem
            if is_chinese_surname(stem) or is_given(stem):
                return stem
    return word


def _clean_name(name: str) -> str:
    words = name.split(" ")
    # "Dr K M Hoand Mr Yuen": a word glued to the next by a lost space ends the name there
    cut = next((i for i, w in enumerate(words[:-1]) if words[i + 1] in HONORIFICS and _unglue(w) != w), None)
    if cut is not None:
        words = [*words[:cut], _unglue(words[cut])]
    if words:
        words[-1] = _unglue(words[-1])
    while words and (words[-1] in NOT_NAME_WORDS or words[-1] in POST_NOMINALS or words[-1] in PARTICLES):
        words.pop()
    if words[-2:] == ["Hong", "Kong"]:  # "Mr Chan Hong Kong" is not a name
        words = words[:-2]
    return " ".join(words)


def _is_name(name: str) -> bool:
    """Not a role or a thing: 'Madam President' and 'Sir Robert Ho Tung Library' name no one."""
    words = [w for w in name.split(" ") if w not in PARTICLES]
    return bool(words) and not all(w in NOT_NAME for w in words) and not any(w in THING_HEADS for w in words)


def _plausible(name: str) -> bool:
    """Name-shaped words after a cue: no organisation or place head, a real first word."""
    words = name.split(" ")
    return len(words) >= 2 and words[0] not in NOT_NAME and not any(w in THING_HEADS for w in words)


def find_people(text: str, acronyms: frozenset[str] = frozenset()) -> Iterator[PersonMention]:
    """Every person mention, then its title: a title never reaches back over another person."""
    found = sorted(_mentions(text, acronyms), key=lambda p: p.start)
    floor = 0
    for p in found:
        title = title_of(text, p.start, p.end, floor) or p.title
        floor = p.end
        yield PersonMention(p.start, p.end, p.text, p.name, p.honorific, title, p.method)


def _mentions(text: str, acronyms: frozenset[str]) -> Iterator[PersonMention]:
    taken = SpanSet()

    def emit(s: int, name: str, hon: str | None, method: str, title: str | None = None) -> PersonMention:
        e = s + len(name)
        taken.add(s, e)
        return PersonMention(s, e, name, name, hon, title, method)

    pos = 0
    while (m := HONORIFIC_NAME.search(text, pos)) is not None:
        pos = m.end()
        name = _clean_name(m["name"])
        if not name or not _is_name(name) or not _word_start(text, m.start()):
            continue
        end = m.start("name") + len(name)
        if end < m.end("name"):
            pos = end  # "Dr K M Hoand Mr Yuen Chi-ming": the next name starts after the glue
        taken.add(m.start(), end)
        hon = HONORIFICS.get(m["hon"] or m["hon2"] or "")
        yield PersonMention(m.start(), end, text[m.start() : end], name, hon, None, "honorific")
    for m in ROLE_NAME.finditer(text):
        name = _clean_name(m["name"])
        s = m.start("name")
        if _word_start(text, m.start()) and not taken.overlaps(s, s + len(name)) and _plausible(name):
            yield emit(s, name, None, "role", m["role"])
    for s, words, _ in name_runs(text):
        n = leading_name(words)
        name = _clean_name(" ".join(words[:n]))
        if n and occupation_before(text, s) and not taken.overlaps(s, s + len(name)) and _plausible(name):
            yield emit(s, name, None, "occupation")
    for a in AGED.finditer(text):
        m = NAME_BEFORE.search(text, max(0, a.start() - 80), a.start())
        if not m:
            continue
        s = _after_occupation(text, m.start("name"), m.end("name"))
        name = _clean_name(text[s : m.end("name")])
        if (
            len(name.split(" ")) >= 2
            and not taken.overlaps(s, s + len(name))
            and not _after_honorific(text, s)
        ):
            yield emit(s, name, None, "aged")
    for s, e in find_bare_names(text, acronyms):
        s = _after_occupation(text, s, e)  # "Playwright Cheng Hoi-lam" opening a sentence
        name = _clean_name(text[s:e])
        if (
            len(name.split(" ")) >= 2
            and not taken.overlaps(s, s + len(name))
            and not _after_honorific(text, s)
            and not is_city(name)  # "a delegation to Riyadh and Abu Dhabi"
            and not in_local_place(text, s, s + len(name))  # "buildings in Shau Kei Wan"
            and not in_portfolio(text, s)
            and not role_head_after(text, e)
            and not _ends_a_quoted_name(text, s, e)
        ):
            yield emit(s, name, None, "lexicon")


_QUOTE_OPENED = re.compile(r"[“\"][^“”\"\n]{0,60}$")


def _ends_a_quoted_name(text: str, s: int, e: int) -> bool:
    """'the “Hong Kong Summer Fun” campaign': words a quotation closes on name a campaign, a
    programme or a work, not a person."""
    return text[e : e + 1] in ("”", '"') and _QUOTE_OPENED.search(text, max(0, s - 60), s + 1) is not None


def _after_occupation(text: str, s: int, e: int) -> int:
    """The start of a name run past a capitalised occupation ('Playwright Cheng Hoi-lam' opening
    a sentence) or the last word of a place's name that opens it."""
    first = text[s:e].split(" ", 1)[0]
    if first in PLACE_SUFFIXES and " " in text[s:e].strip():
        return s + len(first) + 1
    if first.lower() in OCCUPATION_WORDS and occupation_before(text, s + len(first) + 1):
        return s + len(first) + 1
    return s


def _word_start(text: str, pos: int) -> bool:
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "-'’")


def _after_honorific(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].rstrip(". ").split(" ")[-1:]
    return bool(before) and (before[0] in HONORIFICS or before[0] == "Hon")
