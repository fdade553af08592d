"""Text repair: mojibake, invisible characters, odd spaces and words glued by a lost space.

ftfy repairs most mojibake (UTF-8 read as cp1252, Latin-1 or Mac Roman). It does not know Mac
Central European, and a UTF-8 zero-width space read that way ("‚Äč") is common in these releases,
so after ftfy, runs of non-ASCII characters are re-decoded through the Mac code pages when, and only
when, that yields valid UTF-8 and a shorter string: ordinary accented or CJK text never does.
"""

from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import dataclass

import ftfy

from pipelines.extract.glue import split_glued
from pipelines.extract.substitute import sub_counted

MAC_CODECS = ("mac_latin2", "mac_roman")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f\s\u00a0]{2,}")
# Zero-width and formatting characters that carry no text.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f]")
# Every Unicode space except newline/tab, no-break spaces included.
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_MULTI_SPACE = re.compile(r" {2,}")
# A table row copied from a web page: cells separated by tabs, each cell short.
TAB = "\t"
_LONGEST_CELL = 60
_SENTENCE_END = re.compile(r"\w+(?:\W+\w+){4,}[a-z][.!?]$")  # five words and a full stop: prose


@dataclass(frozen=True)
class Cleaned:
    text: str
    n_repairs: int


def _redecode(run: str) -> str | None:
    for codec in MAC_CODECS:
        try:
            fixed = run.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if len(fixed) < len(run):
            return fixed
    return None


def repair_mac_mojibake(text: str) -> tuple[str, int]:
    """Re-decode runs of UTF-8 that were read as a Mac code page; returns (text, repairs)."""
    return sub_counted(_NON_ASCII_RUN, _redecode, text)


# Printable ASCII, no-break spaces and typographic punctuation. Mojibake needs a UTF-8 lead byte
# read as a character (U+00C2-U+00F4 in cp1252 or Latin-1), a C1 control or U+FFFD; an HTML
# entity needs "&". A text made only of these characters is one ftfy leaves exactly as it is
# (every fix it makes needs one of those), and most releases are: the check saves its cost.
_LEFT_ALONE = frozenset(string.printable.translate({ord(c): None for c in "\x0b\x0c\r"})) | frozenset(
    "\u00a0‘’“”–—…•"
)


def _nothing_to_fix(text: str) -> bool:
    return "&" not in text and frozenset(text) <= _LEFT_ALONE


# A closing quote "”" is UTF-8 E2 80 9D; read as cp1252 its last byte is no character and is
# dropped, leaving "â€" before a space or a line end ("page views.â€ Mr Chow"), which ftfy would
# read as a dagger "†" (its last byte taken for a no-break space) or leave as it is. "â€" before
# anything that cannot be a third byte read as cp1252 or Latin-1 is that quote.
_QUOTE_WITHOUT_LAST_BYTE = re.compile("â€(?![\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ])")


def normalise_line(line: str) -> str:
    line = _INVISIBLE.sub("", line)
    line = _SPACES.sub(" ", line)
    return _MULTI_SPACE.sub(" ", line).strip()


def table_cells(line: str) -> list[str] | None:
    """The cells of a tab-separated table row ("2021-22\t1,000\t9,214"), each normalised; None
    when the line is prose (no tab between two pieces of text, or a piece too long for a cell)."""
    if TAB not in line:
        return None
    cells = [normalise_line(c) for c in _INVISIBLE.sub("", line).strip().split(TAB)]
    if sum(1 for c in cells if c) < 2 or max(map(len, cells)) > _LONGEST_CELL:
        return None
    if any(_SENTENCE_END.search(c) for c in cells):
        return None
    return cells


# A table saved with its columns aligned by runs of spaces ("2019/20        10 320       8 145"):
# two or more such gaps inside the line (its indent aside) part it into cells.
_ALIGNED_GAP = re.compile("[ \u00a0]{2,}")


def aligned_cells(line: str) -> list[str] | None:
    """The cells of a row whose columns are aligned by spaces ("School year    Primary    Total",
    "2019/20    10 320    18 465"): at least three, each short, each opening with a capital, a
    digit or a sign (not a title or prose spaced out by a scraper)."""
    inner = line.strip(" \u00a0")
    gap = _ALIGNED_GAP.search(inner)  # (prose has none: one scan, no list built)
    if gap is None or _ALIGNED_GAP.search(inner, gap.end()) is None or TAB in inner:
        return None
    cells = table_cells(_ALIGNED_GAP.sub(TAB, _INVISIBLE.sub("", inner).strip(" \u00a0")))
    if cells is None or not all(c[:1].isupper() or c[:1].isdigit() or c[:1] in "$-–(<>" for c in cells):
        return None
    return cells


def _clean_line(line: str, aligned: bool = True) -> tuple[str, int]:
    """One line normalised, glued words split; a table row keeps one tab between its cells (a
    row aligned by spaces only when `aligned`: not the title)."""
    cells = table_cells(line) or (aligned_cells(line) if aligned else None)
    if cells is None:
        return split_glued(normalise_line(line))
    fixed = [split_glued(c) for c in cells]
    return TAB.join(c for c, _ in fixed), sum(n for _, n in fixed)


def clean_text(raw: str) -> Cleaned:
    """Repair mojibake, drop invisible characters, turn odd spaces into plain ones.

    Line structure is kept (one paragraph per line); each line is stripped and inner runs of
    spaces collapse to one, except that a table row keeps a tab between cells. Quotes and dashes
    are kept as written.
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text, quotes = _QUOTE_WITHOUT_LAST_BYTE.subn("”", text) if "â€" in text else (text, 0)
    fixed = (
        text
        if _nothing_to_fix(text)
        else ftfy.fix_text(
            text,
            uncurl_quotes=False,
            fix_character_width=False,
            fix_latin_ligatures=False,
            normalization="NFC",
        )
    )
    repairs = int(fixed != text) + quotes
    fixed, mac_repairs = repair_mac_mojibake(fixed)
    repairs += mac_repairs
    invisible = len(_INVISIBLE.findall(fixed))
    lines: list[str] = []
    titled = False  # past the first line of text (the title), which is never a table row
    for line in fixed.split("\n"):
        line, glued = _clean_line(line, aligned=titled)
        titled = titled or bool(line)
        lines.append(line)
        repairs += glued
    return Cleaned(text=unicodedata.normalize("NFC", "\n".join(lines)), n_repairs=repairs + invisible)
