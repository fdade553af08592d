"""Numbers as the government writes them, qualifiers and the interval each qualifier means."""

from __future__ import annotations

import pytest

from pipelines.extract.numbers import (
    INTERVALS,
    QUALIFIERS,
    currency_of,
    interval,
    parse_number,
    qualifier_of,
    scale_of,
    stated_bound,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3 000", 3000.0),
        ("17 000", 17000.0),
        ("10,000", 10000.0),
        ("1.5", 1.5),
        ("1 234 567", 1234567.0),
        ("3\u2009000", 3000.0),
        ("42", 42.0),
        ("twenty", 20.0),
        ("Twenty", 20.0),
        ("fourteen", 14.0),
        ("twenty-five", 25.0),
        ("a hundred", 100.0),
        ("one hundred and twenty", 120.0),
        ("two thousand", 2000.0),
        ("a dozen", 12.0),
        ("  thirty  ", 30.0),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "   ", "several", "1.2.3", "enterprises"])
def test_parse_number_rejects_non_numbers(text: str) -> None:
    assert parse_number(text) is None


# The corpus README's labelling rules, phrase by phrase.
README_QUALIFIERS = {
    "about": "approx",
    "some": "approx",
    "around": "approx",
    "approximately": "approx",
    "nearly": "nearly",
    "almost": "nearly",
    "over": "more_than",
    "more than": "more_than",
    "exceeding": "more_than",
    "at least": "at_least",
    "up to": "at_most",
    "less than": "less_than",
    "under": "less_than",
    "": "exact",
}


@pytest.mark.parametrize(("phrase", "qualifier"), sorted(README_QUALIFIERS.items()))
def test_qualifier_of_readme_phrases(phrase: str, qualifier: str) -> None:
    assert qualifier_of(phrase) == qualifier


@pytest.mark.parametrize(
    ("phrase", "qualifier"),
    [("More  Than", "more_than"), ("ABOUT", "approx"), ("Up to", "at_most")],
)
def test_qualifier_of_ignores_case_and_spacing(phrase: str, qualifier: str) -> None:
    assert qualifier_of(phrase) == qualifier


def test_unknown_phrase_is_exact() -> None:
    assert qualifier_of("several") == "exact"


def test_every_qualifier_has_an_interval_rule() -> None:
    assert set(QUALIFIERS.values()) | {"exact"} <= set(INTERVALS)


@pytest.mark.parametrize("qualifier", sorted(INTERVALS))
@pytest.mark.parametrize("value", [1.0, 30.0, 300.0, 3000.0, 42e9])
def test_interval_is_ordered_around_value(qualifier: str, value: float) -> None:
    bounds = interval(value, qualifier)
    assert bounds.low is not None
    assert bounds.low <= value
    assert bounds.high is None or value <= bounds.high
    assert bounds.high is None or bounds.low <= bounds.high


@pytest.mark.parametrize(
    ("qualifier", "low", "high"),
    [
        ("exact", 300, 300),
        ("approx", 270, 330),
        ("nearly", 270, 300),
        ("more_than", 300, None),
        ("at_least", 300, None),
        ("less_than", 0, 300),
        ("at_most", 0, 300),
    ],
)
def test_interval_rules(qualifier: str, low: float, high: float | None) -> None:
    bounds = interval(300.0, qualifier)
    assert bounds.low == pytest.approx(low)
    if high is None:
        assert bounds.high is None
    else:
        assert bounds.high == pytest.approx(high)


@pytest.mark.parametrize(
    ("symbol", "code"),
    [
        ("$", "HKD"),
        ("HK$", "HKD"),
        ("hk$", "HKD"),
        ("US$", "USD"),
        ("RMB", "CNY"),
        ("RMB ", "CNY"),
        (None, None),
        ("", None),
    ],
)
def test_currency_of(symbol: str | None, code: str | None) -> None:
    assert currency_of(symbol) == code


@pytest.mark.parametrize(
    ("word", "factor"),
    [("billion", 1e9), ("Million", 1e6), ("bn", 1e9), ("thousand", 1e3), (None, 1.0), ("", 1.0)],
)
def test_scale_of(word: str | None, factor: float) -> None:
    assert scale_of(word) == factor


# Stated bounds: the forms the README's qualifier table lists beyond the corpus README.
@pytest.mark.parametrize(
    ("phrase", "qualifier"),
    [
        ("capped at", "at_most"),
        ("not exceeding", "at_most"),
        ("a maximum of", "at_most"),
        ("not more than", "at_most"),
        ("a minimum of", "at_least"),
        ("not less than", "at_least"),
        ("well over", "more_than"),
        ("just under", "less_than"),
    ],
)
def test_qualifier_of_stated_bounds(phrase: str, qualifier: str) -> None:
    assert qualifier_of(phrase) == qualifier


@pytest.mark.parametrize(
    ("before", "bound"),
    [
        ("The maximum penalty for the offence is a fine of ", "at_most"),
        ("Under the Ordinance, the maximum sentence is a fine of ", "at_most"),
        ("The minimum capacity of each shelter is ", "at_least"),
        ("The statutory minimum wage will be raised to ", None),
        ("The maximum penalty is 2 years and a fine of ", None),  # another number between
        ("The fine was ", None),
    ],
)
def test_stated_bound(before: str, bound: str | None) -> None:
    assert stated_bound(before) == bound


def test_scaled_values_are_exact_decimals() -> None:
    from pipelines.extract.numbers import scaled

    assert scaled(4.1, 1e6) == 4_100_000.0
    assert scaled(2.84, 1e9) == 2_840_000_000.0
    assert scaled(1.2, 1.0) == 1.2
