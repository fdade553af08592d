"""Properties on arbitrary text: nothing raises, and every span returned slices to its text."""

from __future__ import annotations

import html
import re
import unicodedata
from datetime import date

import ftfy
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipelines.extract import dates
from pipelines.extract.alternation import alternation, whole_words
from pipelines.extract.clean import _LEFT_ALONE, _nothing_to_fix, clean_text
from pipelines.extract.counting import QUANTITY
from pipelines.extract.dates import find_temporal
from pipelines.extract.decode import _unprintable_share
from pipelines.extract.entities import extract_entities
from pipelines.extract.language import _SCRIPT_RE, _has_script
from pipelines.extract.layout import parse_layout
from pipelines.extract.metrics import find_facts
from pipelines.extract.numbers import NUMBER_WORDS, interval, may_hold_number, parse_number, qualifier_of
from pipelines.extract.occurrences import find_each
from pipelines.extract.sentences import split_sentences
from pipelines.review import _esc

SETTINGS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
MAC_ZWSP = "\u200b".encode().decode("mac_latin2")
# Pieces of the government's style, so generated text reaches the rules and not only noise.
# (Day numbers stay 1-28: an impossible bracketed date is a known crash, see test_dates.py.)
FRAGMENTS = [
    "The", "Secretary for Transport and Logistics", ",", ".", " ", "  ", "\n", "\u00a0",
    "Mr", "Lam", "Sai-hung", "Financial Secretary Paul Chan", "Yung Shing-wai, aged 47",
    "Office for Testing (OFT)", "OFT", "Committee", "members", "the Government",
    "today", "(", ")", "December", "6", "28", "May", "March", "2023", "2026-27", "last year",
    "next year", "a year ago", "last night (October 3)", "within", "by early", "since",
    "December last year", "August 1, 2023",
    "over", "about", "nearly", "more than", "up to", "some", "100", "3 000", "3 000P", "17 000",
    "10,000", "1.5", "$", "HK$", "42", "billion", "million", "per cent", "%", "twenty",
    "twenty-five", "a hundred", "enterprises", "companies", "guests", "jobs", "years",
    "Room 301", "2345 6789", "14th", "9am", "one country, two systems",
    "Ends/Wednesday, December 6, 2023", "Issued at HKT 16:45", "(with photo)", MAC_ZWSP,
    "caf\u00c3\u00a9", "香港", "é",
]  # fmt: skip
styled = st.lists(st.sampled_from(FRAGMENTS), max_size=40)
TEXT = st.one_of(
    st.text(max_size=300),
    styled.map(" ".join),
    styled.map("".join),
)
RELEASES = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)))


@SETTINGS
@given(TEXT)
def test_clean_text_never_raises_and_keeps_lines(raw: str) -> None:
    cleaned = clean_text(raw)
    assert isinstance(cleaned.text, str)
    assert cleaned.n_repairs >= 0
    assert "\u00a0" not in cleaned.text
    assert "\u200b" not in cleaned.text
    assert "\r" not in cleaned.text
    for line in cleaned.text.split("\n"):
        assert line == line.strip()
        assert "  " not in line


@SETTINGS
@given(TEXT, st.booleans())
def test_parse_layout_sections_slice_the_text(raw: str, indented: bool) -> None:
    for text in (raw, clean_text(raw).text):
        layout = parse_layout(text, first_line_indented=indented)
        previous_end = -1
        for i, sec in enumerate(layout.sections):
            assert sec.idx == i
            assert 0 <= sec.start < sec.end <= len(text)
            piece = text[sec.start : sec.end]
            assert piece and "\n" not in piece
            assert sec.start > previous_end
            previous_end = sec.end
        kinds = [s.kind for s in layout.sections]
        assert kinds.count("title") <= 1
        assert (layout.release_date is None) == ("no footer: release date unknown" in layout.warnings)
        if layout.issued_time is not None:
            hh, mm = layout.issued_time.split(":")
            assert 0 <= int(hh) <= 23 and 0 <= int(mm) <= 59


@SETTINGS
@given(TEXT)
def test_parse_number_and_qualifier_never_raise(text: str) -> None:
    value = parse_number(text)
    assert value is None or isinstance(value, float)
    qualifier = qualifier_of(text)
    bounds = interval(value if value is not None else 1.0, qualifier)
    assert bounds.low is not None


@SETTINGS
@given(st.integers(min_value=0, max_value=10**12), st.sampled_from([" ", ",", "\u2009"]))
def test_grouped_digits_round_trip(n: int, sep: str) -> None:
    grouped = f"{n:,}".replace(",", sep)
    assert parse_number(grouped) == float(n)


@SETTINGS
@given(TEXT, RELEASES)
def test_find_temporal_spans_slice_and_do_not_overlap(text: str, release: date | None) -> None:
    found = list(find_temporal(text, release))
    previous_end = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        assert t.start >= previous_end
        previous_end = t.end
        assert t.kind in ("relative", "partial", "absolute")
        if t.date_start is not None:
            assert t.date_end is not None and t.date_start <= t.date_end
        if t.kind == "relative" and release is None:
            assert t.normalized is None


@SETTINGS
@given(TEXT, RELEASES)
def test_find_facts_spans_slice_within_the_sentence(text: str, release: date | None) -> None:
    dates = list(find_temporal(text, release))
    spans = [*split_sentences(text), (0, len(text))]
    for s0, s1 in spans:
        assert 0 <= s0 <= s1 <= len(text)
        in_sentence = [t for t in dates if s0 <= t.start < s1]
        for f in find_facts(text, (s0, s1), release=release, dates=in_sentence):
            assert s0 <= f.start < f.end <= s1
            assert text[f.start : f.end] == f.quantity
            assert f.value >= 0
            assert f.value_low is not None and f.value_low <= f.value
            assert f.value_high is None or f.value <= f.value_high


@SETTINGS
@given(TEXT)
@example("A  A(AA)")  # a long form with an empty word (two spaces) before a bracketed acronym
def test_entity_mentions_slice_the_text(text: str) -> None:
    found = extract_entities(text)
    for m in found.mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
    keys = {m.key for m in found.mentions}
    for entity in (*found.people, *found.organisations):
        assert entity.key in keys
        assert text[entity.first.start : entity.first.end] == entity.first.text


@SETTINGS
@given(st.text(alphabet=sorted(_LEFT_ALONE - {"&"}), max_size=300))
def test_ftfy_leaves_alone_every_text_clean_text_does_not_send_to_it(text: str) -> None:
    # the shortcut in clean_text: ftfy changes nothing in such a text
    assert _nothing_to_fix(text)
    assert (
        ftfy.fix_text(
            text,
            uncurl_quotes=False,
            fix_character_width=False,
            fix_latin_ligatures=False,
            normalization="NFC",
        )
        == text
    )


def _finditer_spans(text: str, needle: str) -> list[tuple[int, int]]:
    """What the entity step did before one automaton replaced one regex per name."""
    return [m.span() for m in re.finditer(rf"(?<![\w&-]){re.escape(needle)}(?![\w&-])", text)]


_NAME_PIECES = st.sampled_from(["Kong", "Hong Kong", "HK", "A", "A A", "&", "-", " ", "é", "_", "s"])


@SETTINGS
@given(
    st.lists(_NAME_PIECES, max_size=40).map("".join),
    st.lists(st.lists(_NAME_PIECES, min_size=1, max_size=3).map("".join), max_size=6),
)
@example("A A A A", ["A A", "A"])
@example("Hong Kong-Macao Hong Kong", ["Hong Kong", "Kong"])
def test_find_each_finds_what_a_regex_per_name_finds(text: str, needles: list[str]) -> None:
    found = find_each(text, needles)
    assert set(found) == set(needles)
    for needle in needles:
        assert found[needle] == _finditer_spans(text, needle)


# The fast paths of the quantity and date pre-tests answer as the plain patterns do.
_NUMBER_REFERENCE = re.compile(rf"\d|\b(?:{NUMBER_WORDS})\b", re.IGNORECASE)
_QUANTITY_OPENING = r"(?=[\w$€£])"
_WORD_LIST = ["Hong Kong", "Kong", "HK", "Hong Kong Police Force", "C&ED", "Lam", "(OFT)", "Sai-hung"]


@SETTINGS
@given(TEXT)
@example("a few hundred guests")
@example("a hundred guests")
@example("Twenty-one visitors")
@example("ſix visitors")  # (a long s: case folding beyond ASCII)
def test_may_hold_number_is_true_wherever_a_number_pattern_matches(text: str) -> None:
    if _NUMBER_REFERENCE.search(text):
        assert may_hold_number(text)


@SETTINGS
@given(TEXT)
@example("Mayor Lam spoke at the Junction")
@example("The  Year of the Dragon, Halloween")
@example("İn the last quarter")
def test_date_pre_tests_answer_as_their_patterns(text: str) -> None:
    word = dates._HAS_WORD.search(text) is not None
    assert dates._present(text) == {
        "digit": dates._HAS_DIGIT.search(text) is not None,
        "month": dates._HAS_MONTH.search(text) is not None,
        "word": word,
        "the_year": word or dates._HAS_THE_YEAR.search(text) is not None,
    }


@SETTINGS
@given(TEXT)
def test_quantity_opening_lookahead_changes_no_match(text: str) -> None:
    assert QUANTITY.pattern.startswith(_QUANTITY_OPENING)
    plain = re.compile(QUANTITY.pattern[len(_QUANTITY_OPENING) :], QUANTITY.flags)
    assert [m.groupdict() | {"span": m.span()} for m in QUANTITY.finditer(text)] == [
        m.groupdict() | {"span": m.span()} for m in plain.finditer(text)
    ]


@SETTINGS
@given(st.lists(st.sampled_from([*_WORD_LIST, " ", ", ", "-", "s", "the "]), max_size=30).map("".join))
@example("Hong Kong Police Forces and the Hong Kong Police Force, HK")
def test_whole_words_matches_the_plain_alternation(text: str) -> None:
    plain = re.compile(rf"\b(?:{alternation(_WORD_LIST)})\b")
    fast = re.compile(whole_words(_WORD_LIST))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@SETTINGS
@given(st.one_of(TEXT, st.text(alphabet="&<>\"'\r\n ab", max_size=40)))
def test_review_escaping_skips_only_text_with_nothing_to_escape(text: str) -> None:
    assert _esc(text) == html.escape(text, quote=True).replace("\r", "&#13;")


_ODD = st.text(alphabet=st.characters(codec=None), max_size=60)  # controls, private use, unassigned


@SETTINGS
@given(st.one_of(TEXT, _ODD))
@example("caf\u00e9 \u2019 \ue000 \u0378 \x07")
def test_unprintable_share_counts_what_the_categories_say(text: str) -> None:
    sample = text[: 1 << 18]
    bad = sum(
        1
        for ch in sample
        if ch not in "\t\n\r\f\x1b" and unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs")
    )
    assert _unprintable_share(text) == (bad / len(sample) if sample else 0.0)


@SETTINGS
@given(st.one_of(TEXT, _ODD))
@example("He said \u201cyes\u201d \u2013 \u9999\u6e2f")
def test_script_test_answers_as_the_script_scan(text: str) -> None:
    assert _has_script(text) == (_SCRIPT_RE.search(text) is not None)
