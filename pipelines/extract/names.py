"""Spans of capitalised names, and what kind of thing each names (organisation, event, programme).

Rules from how releases name things: runs of capitalised words joined by "of", "for", "and",
"on", "the"; the head word says the kind ("... Bureau", "Office for ...", "... Summit").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipelines.extract.gazetteer import (
    CONNECTORS,
    EVENT_HEADS,
    ORG_HEADS,
    ORG_LEADING_HEADS,
    ORG_NEEDS_MODIFIER,
    PLACES,
    PROGRAMME_HEADS,
    ROLE_HEADS,
    SENTENCE_STARTERS,
)

_CAP = r"(?:[A-Z][\w'’&\-]*|&)"
_CONN = r"(?:of|for|and|on|the|&|de)"
CAP_RUN = re.compile(rf"{_CAP}(?:[ ](?:{_CONN}[ ])*{_CAP})*")
_ROLE_START = re.compile(rf"^(?:{'|'.join(sorted(map(re.escape, ROLE_HEADS), key=len, reverse=True))})\b")
_PLACES = set(PLACES)


@dataclass(frozen=True)
class Name:
    start: int
    end: int
    text: str
    label: str  # ORG | EVENT | PROGRAMME | ROLE


def _trim(text: str, start: int) -> tuple[str, int]:
    """Drop sentence starters and dangling connectors at either end."""
    words = text.split(" ")
    while words and (words[0] in SENTENCE_STARTERS or words[0] in CONNECTORS):
        start += len(words[0]) + 1
        words.pop(0)
    while words and (words[-1] in CONNECTORS or words[-1].endswith(".")):
        if words[-1].endswith(".") and words[-1] not in CONNECTORS:
            words[-1] = words[-1].rstrip(".")
            break
        words.pop()
    return " ".join(words), start


def _strip_possessive(text: str) -> str:
    return re.sub(r"['’]s?$", "", text)


def classify(text: str) -> str | None:
    words = text.split(" ")
    last = _strip_possessive(words[-1])
    if " of " in text:
        head = text.split(" of ")[0].split(" ")[-1]
        if head in EVENT_HEADS:
            return "EVENT"
    if len(words) >= 2 and " ".join(words[-2:]) in ("Policy Address", "Legislative Council"):
        return "PROGRAMME" if words[-1] == "Address" else "ORG"
    if last in ORG_HEADS and (len(words) > 1 or last not in ORG_NEEDS_MODIFIER):
        return "ORG"
    if words[0] in ORG_LEADING_HEADS and len(words) >= 3 and words[1] in CONNECTORS:
        return "ORG"
    if last in EVENT_HEADS and len(words) > 1:
        return "EVENT"
    if last in PROGRAMME_HEADS and len(words) > 1:
        return "PROGRAMME"
    # "Airport Authority Hong Kong": an organisation head followed by a place.
    for i, w in enumerate(words[:-1]):
        if w in ORG_HEADS and " ".join(words[i + 1 :]) in _PLACES and i >= 1:
            return "ORG"
    return None


def split_role(text: str) -> tuple[str | None, str]:
    """'Director-General of the Office for X' -> ('Director-General of the', 'Office for X')."""
    if not _ROLE_START.match(text):
        return None, text
    m = re.search(r"\b(?:of|at|in)\s+(?:the\s+)?(?=[A-Z])", text)
    if not m:
        return text, ""
    return text[: m.start()].strip(), text[m.end() :]


def _pieces(run: str, start: int) -> Iterator[tuple[str, int]]:
    """Split 'the Government and the Airport Authority' and 'Team E of Labour Department'."""
    parts = run.split(" and the ")
    for part in parts:
        yield from _of_split(part, start)
        start += len(part) + len(" and the ")


def _of_split(part: str, start: int) -> Iterator[tuple[str, int]]:
    left, sep, right = part.partition(" of ")
    if (
        sep
        and left.split(" ")[0] not in ORG_LEADING_HEADS
        and classify(right) == "ORG"
        and classify(left) not in ("EVENT", "PROGRAMME")
        and not _ROLE_START.match(left)
    ):
        yield right, start + len(left) + len(sep)
        return
    yield part, start


def find_names(text: str) -> Iterator[Name]:
    """Organisation, event and programme names written as capitalised runs."""
    for m in CAP_RUN.finditer(text):
        for piece, piece_start in _pieces(m.group(), m.start()):
            name = _name(piece, piece_start)
            if name:
                yield name


def _name(run: str, run_start: int) -> Name | None:
    raw, start = _trim(run, run_start)
    if not raw or (" " not in raw and raw.isupper()):
        return None
    role, rest = split_role(raw)
    if role is not None:
        if not rest:
            return None
        start += len(raw) - len(rest)
        raw = rest
    raw = _strip_possessive(raw) if raw.endswith(("'s", "’s")) else raw
    label = classify(raw)
    return Name(start, start + len(raw), raw, label) if label else None
