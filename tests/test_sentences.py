"""split_sentences: exact character spans, government abbreviations and unit suffixes."""

from __future__ import annotations

import pytest

from pipelines.extract.sentences import split_sentences


def sentences(text: str) -> list[str]:
    spans = list(split_sentences(text))
    for start, end in spans:
        assert 0 <= start < end <= len(text)
    return [text[a:b] for a, b in spans]


def test_spans_slice_exactly() -> None:
    text = "The Bureau announced the plan today. It will take effect next month.  "
    spans = list(split_sentences(text))
    assert spans == [(0, 36), (37, 68)]
    assert [text[a:b] for a, b in spans] == [
        "The Bureau announced the plan today.",
        "It will take effect next month.",
    ]


def test_trailing_spaces_excluded_and_order_kept() -> None:
    # Cleaned text has single spaces between sentences (clean_text collapses runs).
    text = "First sentence. Second sentence! Third one?   "
    spans = list(split_sentences(text))
    assert [text[a:b] for a, b in spans] == ["First sentence.", "Second sentence!", "Third one?"]
    assert all(not text[b - 1].isspace() for _, b in spans)
    assert [a for a, _ in spans] == sorted(a for a, _ in spans)


def test_number_with_unit_letter_then_full_stop_ends_sentence() -> None:
    text = "The two phases will provide a total computing power of 3 000P. The centre opens soon."
    assert sentences(text) == [
        "The two phases will provide a total computing power of 3 000P.",
        "The centre opens soon.",
    ]


def test_digit_letter_code_then_full_stop_ends_sentence() -> None:
    text = "The works will cover Site 3B. The Bureau will consult the public."
    assert sentences(text) == ["The works will cover Site 3B.", "The Bureau will consult the public."]


@pytest.mark.parametrize(
    "text",
    [
        "The offence is under the Road Traffic Ordinance (Cap. 374). The Police will act.",
        "The ferry berthed at Pier No. 3 today. Passengers left safely.",
    ],
)
def test_cap_and_no_abbreviations_do_not_split(text: str) -> None:
    assert len(sentences(text)) == 2


@pytest.mark.parametrize("honorific", ["Mr", "Ms", "Dr", "Mr.", "Dr."])
def test_honorific_does_not_split(honorific: str) -> None:
    text = f"The Secretary, {honorific} Lam, visited the site. He thanked the workers."
    assert sentences(text) == [
        f"The Secretary, {honorific} Lam, visited the site.",
        "He thanked the workers.",
    ]


def test_decimal_and_spaced_numbers_do_not_split() -> None:
    text = "The fund received HK$3.5 million and 17 000 applications. It will close soon."
    assert sentences(text) == [
        "The fund received HK$3.5 million and 17 000 applications.",
        "It will close soon.",
    ]


def test_offsets_inside_a_longer_string() -> None:
    prefix = "Title line\n\n"
    body = "Mr Lam said the works were on schedule. The road will open in 2026."
    text = prefix + body
    base = len(prefix)
    spans = [(base + a, base + b) for a, b in split_sentences(body)]
    assert [text[a:b] for a, b in spans] == [
        "Mr Lam said the works were on schedule.",
        "The road will open in 2026.",
    ]


def test_empty_and_blank_text_give_no_sentences() -> None:
    assert list(split_sentences("")) == []
    assert list(split_sentences("   ")) == []
