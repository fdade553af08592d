"""The release's shape: title line, body paragraphs, and the footer that dates it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from pipelines.extract.table_rows import flat_tables

PHOTO_SUFFIX = re.compile(
    r"\s*\(\s*with\s+(?:photos?|videos?)(?:\s*(?:/|and|&)\s*(?:photos?|videos?))*\s*\)\s*$",
    re.IGNORECASE,
)
ENDS = re.compile(
    r"^Ends\s*/\s*(?P<weekday>[A-Za-z]+)\s*,\s*(?P<month>[A-Za-z]+)\.?\s+(?P<day>\d{1,2})\s*,\s*"
    r"(?P<year>\d{4})\s*$",
    re.IGNORECASE,
)
ISSUED = re.compile(r"^Issued\s+at\s+HKT\s+(?P<hour>\d{1,2})\s*[:.]\s*(?P<minute>\d{2})\s*$", re.I)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class Section:
    idx: int
    kind: str  # title | body | table | footer
    start: int
    end: int


@dataclass
class Layout:
    title: str | None = None
    with_photo: bool = False
    release_date: date | None = None
    issued_time: str | None = None
    sections: list[Section] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def parse_month_day_year(month: str, day: str, year: str) -> date | None:
    for fmt in ("%B %d %Y", "%b %d %Y"):
        try:
            return datetime.strptime(f"{month} {day} {year}", fmt).date()
        except ValueError:
            continue
    return None


def parse_ends(line: str) -> tuple[date | None, str | None]:
    """`Ends/Wednesday, December 6, 2023` -> (date, warning or None)."""
    m = ENDS.match(line.strip())
    if not m:
        return None, None
    day = parse_month_day_year(m["month"], m["day"], m["year"])
    if day is None:
        return None, f"footer date not a real date: {line.strip()!r}"
    if m["weekday"].lower() in WEEKDAYS and WEEKDAYS[day.weekday()] != m["weekday"].lower():
        return day, f"footer weekday {m['weekday']} does not match {day.isoformat()}"
    return day, None


def parse_issued(line: str) -> str | None:
    """`Issued at HKT 16:45` -> '16:45' (None when not such a line or not a real time)."""
    m = ISSUED.match(line.strip())
    if not m or int(m["hour"]) > 23 or int(m["minute"]) > 59:
        return None
    return f"{int(m['hour']):02d}:{m['minute']}"


def split_title(line: str) -> tuple[str, bool]:
    title = PHOTO_SUFFIX.sub("", line).strip()
    return title, title != line.strip()


def is_footer_line(line: str) -> bool:
    return bool(ENDS.match(line) or ISSUED.match(line) or re.match(r"^Ends\s*/", line, re.I))


def parse_layout(text: str, *, first_line_indented: bool = False) -> Layout:
    """Sections of the cleaned text (one paragraph per line) and the footer's dates."""
    layout = Layout()
    offset = 0
    lines: list[tuple[int, str]] = []
    for line in text.split("\n"):
        if line:
            lines.append((offset, line))
        offset += len(line) + 1
    flat = flat_tables([line for _, line in lines])
    for i, (start, line) in enumerate(lines):
        if i == 0 and not first_line_indented and not is_footer_line(line):
            kind = "title"
            layout.title, layout.with_photo = split_title(line)
        elif is_footer_line(line):
            kind = "footer"
            _read_footer(layout, line)
        elif "\t" in line or i in flat:  # cleaning keeps tabs only between a table row's cells
            kind = "table"
        else:
            kind = "body"
        layout.sections.append(Section(len(layout.sections), kind, start, start + len(line)))
    if layout.title is None:
        layout.warnings.append("no title line")
    if layout.release_date is None:
        layout.warnings.append("no footer: release date unknown")
    return layout


def _read_footer(layout: Layout, line: str) -> None:
    day, warning = parse_ends(line)
    if day is not None and layout.release_date is None:
        layout.release_date = day
    if warning:
        layout.warnings.append(warning)
    issued = parse_issued(line)
    if issued is not None:
        layout.issued_time = issued
