"""Where a table lies in a release, and the cells of its rows.

Copied from a web page, a table keeps a tab between cells. Saved by a scraper, it loses them: each
row is a line whose cells are joined by single spaces, under a caption that ends with a colon:

    (1) The numbers of visits and items borrowed in the past five years are set out below:
    Year Visits (million) Items borrowed (million)
    2019 30.2 49.7

Such a block is a table when the line after the caption is a header that parts into one cell per
column (its periods across, "Region 2020 2021 2022", or one capitalised name a column) and at
least two lines after it are a label followed by that many figures. Digits grouped by spaces
("1 702 275 1 684 142") are parted into that many figures, a group of three digits continuing
the figure before it or not; a row that parts more than one way is read the way whose figures are
as long as their column's in the other rows (or all of one length), else it ends the table.
Nothing here reads a figure's meaning (`tables` does).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

Span = tuple[int, int]
TAB = "\t"
_CAPTION_END = re.compile(r":\s*$")
_LABELLED = re.compile(r"\s*[^\s:][^:]{0,59}:\s+\S")  # "End-2021: 5 812"
_YEAR = re.compile(r"(?:19|20)\d{2}")
_PERIOD_TOKEN = re.compile(r"(?:19|20)\d{2}(?:[/–-](?:19|20)?\d{2})?")
# One space-free token of a figure: "1,162.5", "85.2%", "$3.4", "412", "-" (no figure).
_TOKEN = re.compile(r"(?:HK)?\$?\d[\d,]*(?:\.\d+)?%?|[-–]|N/A", re.IGNORECASE)
_GROUP = re.compile(r"\d{3}")
_SHORT_GROUP = re.compile(r"\d{1,3}")
_HEADER_PIECE = re.compile(r"\S+(?:\s+(?:[a-z(][^\s]*|[A-Z]{2,}[\w'’]*\)?|\(.*?\)))*")
_LONGEST_LABEL = 60
_MAX_COLUMNS = 12


def _words(line: str) -> list[Span]:
    return [(m.start(), m.end()) for m in re.finditer(r"\S+", line)]


def _partitions(tokens: list[str], k: int) -> list[list[int]]:
    """Every way to part `tokens` (all figure tokens) into k figures: where each one starts."""
    if k > len(tokens) or k <= 0:
        return []
    # a group of three digits after a group of one to three may continue the figure before it
    may_continue = [
        i > 0 and _GROUP.fullmatch(t) is not None and _SHORT_GROUP.fullmatch(tokens[i - 1]) is not None
        for i, t in enumerate(tokens)
    ]
    must_start = [0] + [i for i in range(1, len(tokens)) if not may_continue[i]]
    free = [i for i in range(1, len(tokens)) if may_continue[i]]
    need = k - len(must_start)
    if need < 0 or need > len(free):
        return []
    return [sorted(must_start + list(extra)) for extra in itertools.combinations(free, need)]


def _row(line: str, k: int) -> list[list[Span]]:
    """Every way to read a row as a label, then k figures: the cells of each."""
    words = _words(line)
    first_figure = len(words)
    while first_figure > 0 and _TOKEN.fullmatch(line[slice(*words[first_figure - 1])]):
        first_figure -= 1
    if first_figure == 0:  # "2019 30.2 49.7": the year is the label
        if not _YEAR.fullmatch(line[slice(*words[0])]):
            return []
        first_figure = 1
    label = (words[0][0], words[first_figure - 1][1])
    if label[1] - label[0] > _LONGEST_LABEL or line[label[1] - 1] in ".!?;":
        return []
    tokens = [line[a:b] for a, b in words[first_figure:]]
    figures = words[first_figure:]
    return [
        [label] + [(figures[a][0], figures[b - 1][1]) for a, b in itertools.pairwise([*starts, len(tokens)])]
        for starts in _partitions(tokens, k)
    ]


def _size(line: str, cell: Span) -> float:
    digits = re.sub(r"\D", "", line[cell[0] : cell[1]].split(".")[0])
    return float(len(digits))


def _likeliest(line: str, readings: list[list[Span]], sizes: list[list[float]]) -> list[Span] | None:
    """The reading of a row whose figures are closest in length to their columns' figures in the
    rows read one way only; with none such, the one whose figures are all of one length."""
    if len(readings) == 1:
        return readings[0]
    if sizes:
        columns = list(zip(*sizes, strict=True))
        typical = [sorted(c)[len(c) // 2] for c in columns]
        cost = [
            sum(abs(_size(line, cell) - t) for cell, t in zip(r[1:], typical, strict=True)) for r in readings
        ]
        best = min(cost)
        return readings[cost.index(best)] if cost.count(best) == 1 else None
    even = [r for r in readings if len({_size(line, c) for c in r[1:]}) == 1]
    return even[0] if len(even) == 1 else None


def _header(line: str) -> list[Span] | None:
    """Cells of a header: a name then periods ('Region 2020 2021 2022'), or capitalised names
    ('Year Visits (million) Items borrowed (million)')."""
    words = _words(line)
    n = len(words)
    while n > 0 and _PERIOD_TOKEN.fullmatch(line[slice(*words[n - 1])]):
        n -= 1
    if 0 < n < len(words):
        return [(words[0][0], words[n - 1][1]), *words[n:]]
    pieces = [(m.start(), m.end()) for m in _HEADER_PIECE.finditer(line)]
    return pieces if 2 <= len(pieces) <= _MAX_COLUMNS else None


def flat_cells(lines: Sequence[str]) -> list[list[Span]]:
    """Cell spans of a header line and of the rows after it that part into as many cells; the
    rows stop at the first that does not, or that parts several ways none likelier than another."""
    header = _header(lines[0]) if lines and TAB not in lines[0] else None
    if header is None:
        return []
    readings: list[list[list[Span]]] = []
    for line in lines[1:]:
        found = _row(line, len(header) - 1)
        if not found:
            break
        readings.append(found)
    rows = lines[1 : 1 + len(readings)]
    sizes = [
        [_size(line, c) for c in r[0][1:]] for line, r in zip(rows, readings, strict=True) if len(r) == 1
    ]
    cells = [header]
    for line, found in zip(rows, readings, strict=True):
        row = _likeliest(line, found, sizes)
        if row is None:
            break
        cells.append(row)
    return cells


def labelled_figures(lines: Sequence[str]) -> list[list[Span]]:
    """Cell spans of the lines that each give a label, a colon and one figure ("End-2021: 5 812",
    "2022-23: 13 406"): a list with no header, its digit groups one figure."""
    cells = []
    for line in lines:
        found = _row(line, 1) if _LABELLED.match(line) else []
        if len(found) != 1:
            break
        cells.append(found[0])
    return cells


def flat_tables(lines: Sequence[str]) -> dict[int, list[Span]]:
    """{line index: cell spans in that line} for every row (header included) of the tables whose
    cells lost their tabs under a caption ending with a colon: a header and at least two rows, or
    at least two labelled figures."""
    found: dict[int, list[Span]] = {}
    for i in range(len(lines) - 2):
        if _CAPTION_END.search(lines[i]) and i + 1 not in found:
            cells = labelled_figures(lines[i + 1 :])
            if len(cells) < 2:
                cells = flat_cells(lines[i + 1 :])
                cells = cells if len(cells) >= 3 else []
            found.update(enumerate(cells, start=i + 1))
    return found
