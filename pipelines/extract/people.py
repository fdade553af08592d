"""People, in the government's style: honorific + name, role before the name, role in apposition.

"The Secretary for Transport and Logistics, Mr Lam Sai-hung, said ..."
"Financial Secretary Paul Chan", "Mr Yung" (a later reference), "Yung Shing-wai, aged 47".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipelines.extract.gazetteer import HONORIFICS, PRENOMINAL_ROLES, ROLE_HEADS
from pipelines.extract.spans import SpanSet

_NAME_WORD = r"(?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*"
NAME = rf"{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,3}}"
_HON = "|".join(sorted(HONORIFICS, key=len, reverse=True))
HONORIFIC_NAME = re.compile(rf"\b(?P<hon>{_HON})\.?[ ](?P<name>{NAME})")
_PRE = "|".join(sorted(map(re.escape, PRENOMINAL_ROLES), key=len, reverse=True))
ROLE_NAME = re.compile(rf"\b(?P<role>{_PRE})[ ](?P<name>{_NAME_WORD}[ ]{_NAME_WORD}(?:[ ]{_NAME_WORD})?)\b")
_ROLE_HEAD = "|".join(sorted(map(re.escape, ROLE_HEADS), key=len, reverse=True))
# A role is written in title case: capitalised words joined by of/for/and/the/on/in/&.
_ROLE_WORD = r"(?:[A-Z][\w'’\-]*|of|for|and|the|on|in|&)"
_ROLE = rf"(?:{_ROLE_HEAD})\b(?:[ ]{_ROLE_WORD})*(?:,[ ][A-Z][\w'’\-]*(?:[ ]{_ROLE_WORD})*)?"
# "the Secretary for Innovation, Technology and Industry, Professor Sun Dong" (role, then name).
APPOSITIVE_ROLE = re.compile(
    rf"\b(?:[Tt]he|[Oo]ur|[Ii]ts|[Hh]is|[Hh]er)[ ](?P<role>{_ROLE}(?:[ ]\([A-Z][A-Za-z&]+\))?),[ ]$"
)
# "Mr Chan Siu-ming, Director of Home Affairs, said" (name, then role; may end the sentence).
ROLE_AFTER = re.compile(rf"^,[ ](?:the[ ])?(?P<role>{_ROLE})(?=[,.;:]|$)")
AGED = re.compile(rf"\b(?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{1,3}}),[ ]aged[ ]\d+")
# Cantonese names written surname first with a hyphenated given name: "Yung Shing-wai".
HK_NAME = re.compile(r"\b(?P<name>[A-Z][a-z]+[ ][A-Z][a-z]+-[a-z]+)\b")
NOT_NAME_WORDS = {"The", "He", "She", "It", "They", "I", "We", "Hong", "Kong"}


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    text: str
    name: str
    honorific: str | None
    title: str | None
    method: str


def _clean_name(name: str) -> str:
    words = name.split(" ")
    while words and words[-1] in NOT_NAME_WORDS:
        words.pop()
    return " ".join(words)


def _strip_acronym(role: str) -> str:
    return re.sub(r"\s*\([A-Z][A-Za-z&]+\)", "", role).strip()


def _role_before(text: str, start: int) -> str | None:
    window = text[max(0, text.rfind("\n", 0, start) + 1, start - 200) : start]
    m = APPOSITIVE_ROLE.search(window)
    return _strip_acronym(m["role"]) if m else None


def _role_after(text: str, end: int) -> str | None:
    m = ROLE_AFTER.match(text[end : end + 160])
    return _strip_acronym(m["role"]) if m else None


def find_people(text: str) -> Iterator[PersonMention]:
    taken = SpanSet()

    def free(s: int, e: int) -> bool:
        return not taken.overlaps(s, e)

    for m in HONORIFIC_NAME.finditer(text):
        name = _clean_name(m["name"])
        if not name:
            continue
        end = m.start("name") + len(name)
        title = _role_before(text, m.start()) or _role_after(text, end)
        taken.add(*(m.start(), end))
        hon = HONORIFICS[m["hon"]]
        yield PersonMention(m.start(), end, text[m.start() : end], name, hon, title, "honorific")
    for m in ROLE_NAME.finditer(text):
        name = _clean_name(m["name"])
        end = m.start("name") + len(name)
        if len(name.split(" ")) < 2 or not free(m.start("name"), end):
            continue
        taken.add(*(m.start("name"), end))
        yield PersonMention(m.start("name"), end, name, name, None, m["role"], "role")
    for pattern, method in ((AGED, "aged"), (HK_NAME, "hk_name")):
        for m in pattern.finditer(text):
            name = _clean_name(m["name"])
            s, e = m.start("name"), m.start("name") + len(name)
            if len(name.split(" ")) < 2 or not free(s, e) or _after_honorific(text, s):
                continue
            taken.add(*(s, e))
            yield PersonMention(s, e, name, name, None, None, method)


def _after_honorific(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].rstrip(". ").split(" ")[-1:]
    return bool(before) and before[0] in HONORIFICS
