"""Word lists matched fast: regex alternations (organisations, places, roles), and a test for
any word of a set.

Python's regex engine tries every alternative at every position of the text; a lookahead on the
class of the alternatives' first characters turns most positions down with one test. Matches are
unchanged: every match opens on one of those characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """The words escaped and joined, longest first (so the longest of them at a position wins)."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def whole_words(words: Iterable[str]) -> str:
    """A pattern matching any of the words as whole words (`\\b` on both sides), longest first,
    behind a lookahead on their first characters (IGNORECASE, if given, applies to it too)."""
    kept = [w for w in words if w]
    opening = "".join(sorted({re.escape(w[0]) for w in kept}))
    return rf"(?=[{opening}])\b(?:{alternation(kept)})\b"


_WORD_RUN = re.compile(r"\w+")


def has_any_word(text: str, words: frozenset[str], pattern: re.Pattern[str]) -> bool:
    """Whether `text` holds one of `words` (lower case) as a whole word. In ASCII text the set of
    its lower-cased words answers, several times faster than a scan; beyond ASCII, `pattern` (the
    same test as a regex ignoring case) answers, so case folding is never in doubt."""
    if text.isascii():
        return not words.isdisjoint(_WORD_RUN.findall(text.lower()))
    return pattern.search(text) is not None
