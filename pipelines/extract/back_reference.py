"""A sentence that opens on a figure stated before is about the period that figure holds for.

"As at the end of May, the HKMCI had approved 9 540 applications. [a table] Of the 9 540 approved
applications, 7 102 came from micro enterprises": the share is of the applications approved by
the end of May, however far the passage has moved on. The figure itself names the whole it shares
out, so the period goes with it across paragraphs and tables.
"""

from __future__ import annotations

import re
from datetime import date

from pipelines.extract.numbers import DIGITS, parse_number

# "Of the 9 540 approved applications, ...", "Among the 46 arrested suspected illegal workers, ..."
# (after a reply's item label: "(2) Of the 184 800 unemployed persons, ...")
_OPENS_ON_FIGURE = re.compile(
    rf"\W*(?:\(\w{{1,4}}\)\s*)?(?:Of|Among)\s+(?:the|these|those|all)\s+(?P<num>{DIGITS})(?=\s+[a-z])"
)
_AMOUNT_OR_SHARE = re.compile(r"[$%]|\bper\s*cent\b", re.IGNORECASE)
_SMALLEST = 10  # "Of the 12 medals": a small figure may be another count's by chance

Period = tuple[date | None, str | None]


class StatedFigures:
    """The figures a document has stated so far, each with the period it holds for."""

    def __init__(self) -> None:
        self._periods: dict[float, Period] = {}

    def note(self, value: float, quantity: str, as_of: date | None, precision: str | None) -> None:
        """Keep the period of a count (`quantity` as written); an amount or a share is never the
        whole a sentence opens on ("Of the 30 schools" is not "30 per cent")."""
        if _AMOUNT_OR_SHARE.search(quantity) is None:
            self._periods[value] = (as_of, precision)

    def referred(self, sentence: str) -> Period | None:
        """The period of the figure `sentence` opens on, if the document stated it before."""
        m = _OPENS_ON_FIGURE.match(sentence)
        if m is None:
            return None
        value = parse_number(m["num"])
        if value is None or value < _SMALLEST:
            return None
        return self._periods.get(value)
