"""Figures in tables: the "set out below" tables of LegCo replies and annual reviews.

A table reaches the pipeline as consecutive rows whose cells are separated by tabs (how a web
page's table is copied as text; `clean.table_cells`), or by single spaces where a scraper lost
the tabs (`table_rows`). Every figure cell is one fact. Its meaning
comes from the table, not from a sentence: the column header names the measure and its scale or
currency ("Subsidy paid ($ million)"), the first cell of the row or the column header the period
("2021-22", "2024-25 (as at end-January 2025)", "2019"), and a row that names a category ("Kowloon
East") takes its measure from the caption above the table ("The numbers of fixed penalty tickets
issued ... are as follows:"). Each figure is restated as a short sentence in the government's own
words ("In 2021-22, $1,162.5 million of subsidy paid.") and read by the same rules as prose
(`metrics.find_facts`, `as_of.read_sentence`), so units, metric names and periods agree with what
a sentence stating the figure would give; the fact keeps the cell's span in the document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date

from pipelines.extract.as_of import Passage, read_sentence
from pipelines.extract.dates import find_temporal
from pipelines.extract.metrics import Fact, find_facts
from pipelines.extract.numbers import CURRENCY_RE, DIGITS, QUALIFIER_RE, SCALE_RE
from pipelines.extract.table_rows import flat_cells, labelled_figures

TAB = "\t"
# A figure as a whole cell: "1 702 275", "1,162.5", "85.2%", "$3.4", "about 300", "12*" (a note mark).
_FIGURE = re.compile(
    rf"(?P<figure>(?:(?:{QUALIFIER_RE})\s+|[<>]\s*)?{CURRENCY_RE}?[+-]?{DIGITS}\s*%?)"
    r"\s*(?:\*+|#|\[\d+\]|\(\w\))?",
    re.IGNORECASE,
)
# A period heading a row or column: "2019", "2021/22", "2021-22", "January 2025", "Q1 2024",
# "2024-25 (as at end-January 2025)", "End-2020" (a reporting date).
_PERIOD = re.compile(
    r"(?:(?:Q[1-4]|H[12]|[A-Z][a-z]+)\s+|(?:[Ee]nd|[Mm]id)-)?(?:19|20)\d{2}(?:\s*[/–-]\s*(?:19|20)?\d{2})?(?:\s*\(.*\))?",
)
_NOTE = re.compile(r"\s*(?:\([^)]*\)|\[[^]]*\]|\*+|#)")
_CURRENCY = re.compile(f"({CURRENCY_RE})")
_SCALE = re.compile(rf"\b({SCALE_RE})|['’]000", re.IGNORECASE)
_PERCENT = re.compile(r"%|\bper\s*cent\b", re.IGNORECASE)
_NUMBER_OF = re.compile(r"^(?:the\s+)?(?:total\s+)?(?:numbers?|no\.)\s+of\s+", re.IGNORECASE)
# The measure a caption names: "The numbers of fixed penalty tickets issued for illegal parking in
# the past three years are as follows:" -> "fixed penalty tickets issued for illegal parking".
_CAPTION_MEASURE = re.compile(
    r"\bnumbers?\s+of\s+(?P<measure>.+?)(?=\s+(?:in|over|during|for|at)\s+(?:the|each|past|recent|\d)|"
    r"\s+(?:are|is|were|was|by|from|as)\b|[,:;.(]|$)",
    re.IGNORECASE,
)
_TOTAL = re.compile(r"(?:grand\s+)?total|overall|all\b.*", re.IGNORECASE)


@dataclass(frozen=True)
class _Column:
    name: str  # the measure, e.g. "visits", "subsidy paid"
    currency: str
    scale: str
    percent: bool
    unit_words: str  # words of the bracket that are a unit: "tonnes per day"


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) in the document of each cell of the tab-separated row at text[start:end]."""
    spans, pos = [], start
    for cell in text[start:end].split(TAB):
        spans.append((pos, pos + len(cell)))
        pos += len(cell) + 1
    return spans


def _grid(text: str, rows: Sequence[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Cell spans of every row: split at tabs, or as `table_rows` parts a table that lost them."""
    if TAB in text[slice(*rows[0])]:
        return [_cells(text, a, b) for a, b in rows]
    lines = [text[a:b] for a, b in rows]
    flat = labelled_figures(lines)
    if len(flat) < len(lines):
        flat = flat_cells(lines)
    return [[(a + x, a + y) for x, y in cells] for (a, _), cells in zip(rows, flat, strict=False)]


def _figure(cell: str) -> re.Match[str] | None:
    return _FIGURE.fullmatch(cell.strip())


def _is_period(cell: str) -> bool:
    return _PERIOD.fullmatch(cell.strip()) is not None


def _column(header: str) -> _Column:
    """'Subsidy paid ($ million)' -> subsidy paid, $, million; 'Food waste collected (tonnes per
    day)' -> unit words 'tonnes per day'."""
    brackets = " ".join(re.findall(r"\(([^)]*)\)", header))
    name = _NUMBER_OF.sub("", _NOTE.sub("", header).strip())
    if len(name) > 1 and not name[:2].isupper():
        name = name[0].lower() + name[1:]
    currency = _CURRENCY.search(brackets) or _CURRENCY.search(header)
    scale = _SCALE.search(brackets)
    rest = _SCALE.sub("", _CURRENCY.sub("", _PERCENT.sub("", brackets)))
    rest = re.sub(r"\b(?:in|no\.?|number)\b", "", rest, flags=re.IGNORECASE)
    return _Column(
        name=name,
        currency=currency.group(1).strip() if currency else "",
        scale=("thousand" if scale.group(1) is None else scale.group(1)) if scale else "",
        percent=_PERCENT.search(brackets) is not None or header.strip().endswith("%"),
        unit_words=" ".join(rest.split()),
    )


def _is_kind(header: str, column: _Column) -> bool:
    """A column header that names a kind ('Primary', 'Male', 'Hong Kong Island', 'Total'), not a
    measure ('Visits', 'Items borrowed (million)'): capitalised words, no plural, no unit."""
    words = re.findall(r"[A-Za-z][\w'’-]*", header)
    plural = any(len(w) > 3 and w.endswith("s") and not w.endswith("ss") for w in words)
    return bool(words) and _is_category(header) and not plural and not (column.currency or column.percent)


def _measure_of_caption(caption: str) -> str | None:
    m = _CAPTION_MEASURE.search(caption)
    return m["measure"] if m else None


def _is_category(label: str) -> bool:
    """A row label that names a category ('Kowloon East', 'Total'), not a measure ('Number of
    arrests'): every word capitalised or a total."""
    words = re.findall(r"[A-Za-z][\w'’-]*", label)
    return bool(_TOTAL.fullmatch(label.strip())) or (bool(words) and all(w[0].isupper() for w in words))


def _statement(period: str | None, figure: str, column: _Column, measure: str) -> tuple[str, int]:
    """A sentence stating the figure, and where the figure starts in it."""
    lead = f"In {period}, " if period else ""
    written = column.currency + figure + (f" {column.scale}" if column.scale else "")
    if column.percent and not figure.rstrip().endswith("%"):
        written += "%"
    if column.currency or column.percent:
        head = f"{lead}{'the' if lead else 'The'} {measure} was "
        return f"{head}{written}.", len(head)
    if column.unit_words:
        return f"{lead}{written} {column.unit_words} of {measure}.", len(lead)
    return f"{lead}{written} {measure}.", len(lead)


@dataclass(frozen=True)
class Cell:
    """A figure of a table: its span in the document, the sentence restating it, and the row."""

    start: int
    end: int
    statement: str
    at: int  # where the figure starts in `statement`
    row: int  # index into the rows given to `read_table`
    label: str | None  # the row's category ("Kowloon East"); None for a period, measure or total


def read_table(text: str, rows: Sequence[tuple[int, int]], caption: str = "") -> list[Cell]:
    """The figure cells of one table, its rows given as (start, end) in `text`, in order."""
    grid = _grid(text, rows)
    if not grid:
        return []
    first = [text[a:b] for a, b in grid[0]]
    has_header = not any(_figure(c) and not _is_period(c) for c in first[1:])
    columns = [_column(h) for h in first] if has_header else [_column("") for _ in first]
    periods_across = has_header and len(first) > 1 and all(_is_period(h) for h in first[1:] if h)
    caption_measure = _measure_of_caption(caption)
    cells: list[Cell] = []
    for r, spans in enumerate(grid[1:] if has_header else grid, start=1 if has_header else 0):
        values = [text[a:b] for a, b in spans]
        label = values[0].strip().removesuffix(":").rstrip()  # "End-2020: 196 012"
        row_period = label if _is_period(label) and not periods_across else None
        category = label if row_period is None and _is_category(label) else None
        for c, ((a, _b), value) in enumerate(zip(spans, values, strict=True)):
            m = _figure(value) if c > 0 else None
            if m is None or c >= len(columns) or (_is_period(value) and not value.strip().isdigit()):
                continue
            column = columns[c]
            period = first[c].strip() if periods_across else row_period
            kind = None  # a column naming a kind of what the caption counts
            if periods_across or not column.name:  # the row names the measure, or the caption does
                measure = caption_measure if category or row_period else label
            elif caption_measure and row_period and _is_kind(first[c], column):
                # "The numbers of NCS students ... are as follows:" over "School year Primary
                # Secondary Total": each column a kind of the caption's measure
                measure, kind = caption_measure, first[c].strip()
            else:
                measure = column.name
            if not measure:
                continue
            figure = m["figure"].strip()
            at = a + len(value) - len(value.lstrip())
            statement, pos = _statement(period, figure, column, _NUMBER_OF.sub("", measure))
            label_of = kind or category
            total = label_of is not None and _TOTAL.fullmatch(label_of) is not None
            cells.append(Cell(at, at + len(figure), statement, pos, r, None if total else label_of))
    return cells


def table_facts(
    text: str,
    rows: Sequence[tuple[int, int]],
    *,
    caption: str,
    release: date | None,
    passage: Passage,
    subject: str | None,
) -> Iterator[tuple[int, Fact]]:
    """(row index, fact) for every figure of the table; spans are the cells' in `text`, the
    period the one its row or column names, else the passage's (a table inherits the period of
    the passage it sits in, as a sentence does)."""
    for cell in read_table(text, rows, caption):
        said = cell.statement
        dates = list(find_temporal(said, release))
        facts = find_facts(said, (0, len(said)), release=release, dates=dates, dated=False, subject=subject)
        fact = next((f for f in facts if f.start <= cell.at < f.end), None)
        if fact is None:
            continue
        scene = read_sentence(said, (0, len(said)), release, dates, passage, passage.section)
        as_of, precision = scene.as_of((fact.start, fact.end), [(fact.start, fact.end)])
        yield (
            cell.row,
            replace(
                fact,
                start=cell.start,
                end=cell.end,
                quantity=text[cell.start : cell.end],
                as_of=as_of,
                as_of_precision=precision,
                subject=cell.label or fact.subject,
            ),
        )
