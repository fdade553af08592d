"""Words glued by a lost space: "58 000 buyersfrom 139 countries", "casesand", "importsof".

A lowercase word that is no English word at all (wordfreq knows none of it) and parts into a word
in common use and a function word is split there. Names ("Mr Chan Siu-mingsaid") are left to the
people step, which knows honorifics and name shapes; a word wordfreq knows is never touched, so
"wherein", "thereof" or "carton" stay whole.
"""

from __future__ import annotations

import re

from wordfreq import zipf_frequency

# The short words a lost space glues most often, longest first (so "said" before "id").
_AFTER = ("which", "from", "said", "were", "with", "that", "have", "will", "and", "the", "for", "are",
          "has", "had", "was", "who", "of", "to", "in", "at", "on", "by", "or", "as", "is")  # fmt: skip
_BEFORE = ("with", "from", "and", "the", "for", "of", "to", "in")
_CANDIDATE = re.compile(r"(?<![\w'’-])[a-z]{5,}(?![\w'’-])")
# A stem this common (Zipf scale: 3 is once per million words) is a word, not a fragment.
_COMMON = 2.5


def _known(word: str) -> bool:
    return zipf_frequency(word, "en") > 0


def _split(word: str) -> str | None:
    if _known(word):
        return None
    for glue in _AFTER:
        stem = word[: -len(glue)]
        if word.endswith(glue) and len(stem) >= 3 and zipf_frequency(stem, "en") >= _COMMON:
            return f"{stem} {glue}"
    for glue in _BEFORE:
        rest = word[len(glue) :]
        if word.startswith(glue) and len(rest) >= 3 and zipf_frequency(rest, "en") >= _COMMON:
            return f"{glue} {rest}"
    return None


def split_glued(line: str) -> tuple[str, int]:
    """The line with glued lowercase words split; returns (line, number split)."""
    count = 0

    def fix(match: re.Match[str]) -> str:
        nonlocal count
        split = _split(match.group())
        if split is None:
            return match.group()
        count += 1
        return split

    return _CANDIDATE.sub(fix, line), count
