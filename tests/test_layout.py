"""parse_layout: title, photo suffix, footer date and time, sections and warnings."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.extract.layout import parse_ends, parse_issued, parse_layout, split_title

RELEASE = (
    "Secretary visits new logistics centre (with photo)\n"
    "\n"
    "The Secretary for Transport and Logistics visited the centre today.\n"
    "He thanked the staff for their work.\n"
    "\n"
    "Ends/Wednesday, December 6, 2023\n"
    "Issued at HKT 16:45"
)


def test_footer_gives_release_date() -> None:
    assert parse_ends("Ends/Wednesday, December 6, 2023") == (date(2023, 12, 6), None)


@pytest.mark.parametrize(
    "line",
    [
        "Ends/Wednesday, December 6, 2023",
        "Ends / Wednesday , December 6 , 2023",
        "Ends/Wed, Dec 6, 2023",
    ],
)
def test_footer_variants(line: str) -> None:
    day, warning = parse_ends(line)
    assert day == date(2023, 12, 6)
    assert warning is None


def test_weekday_mismatch_gives_warning_but_keeps_date() -> None:
    day, warning = parse_ends("Ends/Tuesday, December 6, 2023")
    assert day == date(2023, 12, 6)
    assert warning is not None
    assert "Tuesday" in warning
    assert "2023-12-06" in warning


def test_weekday_mismatch_reaches_layout_warnings() -> None:
    layout = parse_layout("Title\n\nBody.\n\nEnds/Friday, December 6, 2023")
    assert layout.release_date == date(2023, 12, 6)
    assert any("weekday" in w for w in layout.warnings)


def test_impossible_footer_date_is_warned_not_used() -> None:
    layout = parse_layout("Title\n\nBody.\n\nEnds/Thursday, February 30, 2023")
    assert layout.release_date is None
    assert any("not a real date" in w for w in layout.warnings)


def test_not_a_footer_line() -> None:
    assert parse_ends("The event ends on Wednesday, December 6, 2023.") == (None, None)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Issued at HKT 16:45", "16:45"),
        ("Issued at HKT 9:05", "09:05"),
        ("Issued at HKT 09.30", "09:30"),
        ("Issued at HKT 24:00", None),
        ("Issued at HKT 12:75", None),
        ("Issued at 16:45", None),
    ],
)
def test_issued_time(line: str, expected: str | None) -> None:
    assert parse_issued(line) == expected


@pytest.mark.parametrize(
    "suffix",
    ["(with photo)", "(with photos)", "(with photo/video)", "(with photos/video)", "(With Photos)"],
)
def test_photo_suffixes_removed(suffix: str) -> None:
    title, with_photo = split_title(f"Financial Secretary visits Kai Tak {suffix}")
    assert title == "Financial Secretary visits Kai Tak"
    assert with_photo is True


def test_english_only_suffix_kept() -> None:
    title, with_photo = split_title("Tender notice for cleaning services (English only)")
    assert title == "Tender notice for cleaning services (English only)"
    assert with_photo is False


def test_plain_title() -> None:
    assert split_title("LCQ5: Public housing supply") == ("LCQ5: Public housing supply", False)


def test_full_layout() -> None:
    layout = parse_layout(RELEASE)
    assert layout.title == "Secretary visits new logistics centre"
    assert layout.with_photo is True
    assert layout.release_date == date(2023, 12, 6)
    assert layout.issued_time == "16:45"
    assert layout.warnings == []
    kinds = [s.kind for s in layout.sections]
    assert kinds == ["title", "body", "body", "footer", "footer"]
    assert [s.idx for s in layout.sections] == list(range(5))
    texts = [RELEASE[s.start : s.end] for s in layout.sections]
    assert texts == [line for line in RELEASE.split("\n") if line]


def test_no_footer_means_unknown_release_date() -> None:
    layout = parse_layout("A title\n\nThe Bureau announced the results today.")
    assert layout.release_date is None
    assert layout.issued_time is None
    assert "no footer: release date unknown" in layout.warnings
    assert [s.kind for s in layout.sections] == ["title", "body"]


def test_indented_first_line_is_body_not_title() -> None:
    layout = parse_layout("The Bureau said so.\n\nEnds/Wednesday, December 6, 2023", first_line_indented=True)
    assert layout.title is None
    assert "no title line" in layout.warnings
    assert layout.sections[0].kind == "body"
    assert layout.release_date == date(2023, 12, 6)


def test_first_footer_date_wins() -> None:
    layout = parse_layout(
        "Title\n\nBody.\n\nEnds/Wednesday, December 6, 2023\nEnds/Thursday, December 7, 2023"
    )
    assert layout.release_date == date(2023, 12, 6)


def test_empty_text() -> None:
    layout = parse_layout("")
    assert layout.sections == []
    assert layout.title is None
    assert "no footer: release date unknown" in layout.warnings
