"""Counted facts: on the seed through the process chain, and on sentences written here."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.extract.dates import find_temporal
from pipelines.extract.metrics import Fact, find_facts
from pipelines.process import document_row, entity_rows, metric_rows, section_rows, temporal_rows
from tests.conftest import SEED

RELEASE = date(2023, 12, 6)


@pytest.fixture(scope="module")
def seed_metrics() -> list[dict]:
    doc = document_row("seed", str(SEED), SEED.read_bytes(), max_bytes=20 * 1024 * 1024)
    _, sentences = section_rows(doc)
    mentions, _, orgs = entity_rows(doc, sentences)
    rows = metric_rows(doc, sentences, mentions, orgs, temporal_rows(doc, sentences))
    text = str(doc["text"])
    for row in rows:
        assert text[row["char_start"] : row["char_end"]] == row["quantity"]
    return rows


def one(rows: list[dict], metric: str) -> dict:
    matches = [r for r in rows if r["metric"] == metric]
    assert len(matches) == 1, [r["metric"] for r in rows]
    return matches[0]


def test_seed_enterprises_met(seed_metrics: list[dict]) -> None:
    row = one(seed_metrics, "enterprises_met")
    assert row["value"] == 300
    assert row["qualifier"] == "nearly"
    assert row["unit"] == "enterprises"
    assert row["quantity"] == "nearly 300"
    assert row["since"] == date(2022, 12, 1)
    assert row["since_precision"] == "month"
    assert row["as_of"] == RELEASE
    assert (row["value_low"], row["value_high"]) == pytest.approx((270, 300))
    assert row["subject"] == "OASES"


def test_seed_partners(seed_metrics: list[dict]) -> None:
    row = one(seed_metrics, "partners")
    assert row["value"] == 30
    assert row["qualifier"] == "approx"
    assert row["quantity"] == "about 30"
    assert row["as_of"] == RELEASE
    assert row["value_low"] <= 30 <= row["value_high"]


def test_seed_computing_power(seed_metrics: list[dict]) -> None:
    row = one(seed_metrics, "computing_power")
    assert row["value"] == 3000
    assert row["unit"] == "PFLOPS"
    assert row["qualifier"] == "exact"
    assert row["quantity"] == "3 000P"
    # "These two phases will provide ..." takes the target of the sentence before it.
    assert row["as_of"] == date(2026, 1, 1)
    assert row["as_of_precision"] == "year"


def test_seed_three_over_100_enterprises(seed_metrics: list[dict]) -> None:
    over = [r for r in seed_metrics if r["value"] == 100]
    assert len(over) == 3
    assert len({r["sentence_idx"] for r in over}) == 3
    for row in over:
        assert row["qualifier"] == "more_than"
        assert row["unit"] == "enterprises"
        assert row["quantity"] == "over 100"
        assert row["value_low"] == 100
        assert row["value_high"] is None
        assert row["as_of"] == RELEASE


def test_seed_has_no_other_facts(seed_metrics: list[dict]) -> None:
    assert sorted(r["value"] for r in seed_metrics) == [30, 100, 100, 100, 300, 3000]


def facts(sentence: str, release: date | None = RELEASE) -> list[Fact]:
    dates = list(find_temporal(sentence, release))
    out = list(find_facts(sentence, (0, len(sentence)), release=release, dates=dates))
    for f in out:
        assert sentence[f.start : f.end] == f.quantity
    return out


def fact(sentence: str, release: date | None = RELEASE) -> Fact:
    out = facts(sentence, release)
    assert len(out) == 1, out
    return out[0]


@pytest.mark.parametrize(
    ("sentence", "quantity", "value", "unit", "qualifier"),
    [
        ("The Government will invest $42 billion in the project.", "$42 billion", 42e9, "HKD", "exact"),
        ("The fund provides HK$3.5 million to each school.", "HK$3.5 million", 3.5e6, "HKD", "exact"),
        (
            "The scheme has received more than 1 000 applications.",
            "more than 1 000",
            1000,
            "applications",
            "more_than",
        ),
        ("The office has helped some 50 companies to expand.", "some 50", 50, "enterprises", "approx"),
        ("Nearly 80 firms joined the mission.", "Nearly 80", 80, "enterprises", "nearly"),
        ("The reception was attended by twenty guests.", "twenty", 20, "persons", "exact"),
        ("The survey found 90 per cent of the users satisfied.", "90 per cent", 90, "percent", "exact"),
        ("Over 90% of the respondents were satisfied.", "Over 90%", 90, "percent", "more_than"),
        ("The new scheme created 17 000 jobs.", "17 000", 17000, "jobs", "exact"),
        ("The Council appointed fourteen members.", "fourteen", 14, "members", "exact"),
        ("At least 20 projects will be funded.", "At least 20", 20, "projects", "at_least"),
        ("Up to 12 teams may apply.", "Up to 12", 12, "teams", "at_most"),
        ("Less than 5 per cent of the cases were late.", "Less than 5 per cent", 5, "percent", "less_than"),
        ("Under 10 households were affected.", "Under 10", 10, "households", "less_than"),
        ("A total of 1 200 visitors came.", "1 200", 1200, "persons", "exact"),
        ("About 10,000 people joined the run.", "About 10,000", 10000, "persons", "approx"),
    ],
)
def test_facts_in_written_sentences(
    sentence: str, quantity: str, value: float, unit: str, qualifier: str
) -> None:
    f = fact(sentence)
    assert f.quantity == quantity
    assert f.value == pytest.approx(value)
    assert f.unit == unit
    assert f.qualifier == qualifier
    assert f.as_of == RELEASE
    assert f.value_low is not None and f.value_low <= f.value
    assert f.value_high is None or f.value <= f.value_high


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("The Government will invest $42 billion in the project.", "investment_total"),
        ("The fund provides HK$3.5 million to each school.", "funding_total"),
        ("Over 90% of the respondents were satisfied.", "satisfaction_rate"),
        ("The team met nearly 300 enterprises this year.", "enterprises_met"),
        ("About 30 firms will become partners of the Office.", "partners"),
        ("The centre will provide 3 000P of computing power.", "computing_power"),
        # a visit and a speech: partners named by "partner" before the noun, enterprises met
        # through their representatives
        ("I thank our 37 partner organisations for their support.", "partners"),
        ("The clusters involve more than 30 partner institutions.", "partners"),
        (
            "She also met the Secretary-General of the Board, Ms Duangjai Rattanakul, and "
            "representatives of more than 40 Thai enterprises.",
            "enterprises_met",
        ),
    ],
)
def test_metric_names(sentence: str, metric: str) -> None:
    assert fact(sentence).metric == metric


def test_target_date_sets_as_of() -> None:
    f = fact("The centre will provide 3 000P of computing power by early 2026.")
    assert (f.as_of, f.as_of_precision) == (date(2026, 1, 1), "year")


def test_past_date_in_the_sentence_dates_the_fact() -> None:
    f = fact("In 2022, 300 enterprises joined the scheme.")
    assert (f.as_of, f.as_of_precision) == (date(2022, 1, 1), "year")


def test_since_date_is_not_the_as_of() -> None:
    f = fact("Since its launch in March last year, the scheme has received 300 applications.")
    assert (f.as_of, f.as_of_precision) == (RELEASE, "day")
    assert f.since == date(2022, 3, 1)


def test_future_year_without_preposition_dates_the_fact() -> None:
    f = fact("The Office will consult some 40 groups next year.")
    assert (f.as_of, f.as_of_precision) == (date(2024, 1, 1), "year")


def test_within_next_year_is_a_target() -> None:
    f = fact("The Office will consult some 40 groups within next year.")
    assert (f.as_of, f.as_of_precision) == (date(2024, 1, 1), "year")


def test_since_is_recorded() -> None:
    f = fact("Since its establishment in December last year, the Office has met 300 enterprises.")
    assert (f.since, f.since_precision) == (date(2022, 12, 1), "month")


def test_no_release_date_gives_no_as_of() -> None:
    f = fact("The Office has met 300 enterprises.", None)
    assert f.as_of is None
    assert f.as_of_precision is None


def test_same_number_in_two_sentences_counts_twice() -> None:
    text = "The forum attracted over 100 enterprises. The Office will follow up with the over 100 firms."
    first_end = text.index(".") + 1
    spans = [(0, first_end), (first_end + 1, len(text))]
    found = [f for span in spans for f in find_facts(text, span, release=RELEASE, dates=[])]
    assert [(f.value, f.qualifier, f.unit) for f in found] == [(100, "more_than", "enterprises")] * 2
    assert [text[f.start : f.end] for f in found] == ["over 100", "over 100"]


@pytest.mark.parametrize(
    "sentence",
    [
        "For enquiries, please call 2345 6789.",
        "Members of the public may call the hotline at 2345 6789 for details.",
        "The seminar will be held in Room 301 of the Central Government Offices.",
        "The man, aged 47, was arrested for theft.",
        "This is the 14th meeting of the Committee.",
        "The 2026-27 scheme will open for applications.",
        'Mr Lam said that under "one country, two systems", Hong Kong would thrive.',
        "The works will take two years to complete.",
        "The office opens at 9am daily.",
        "The office opens at 9 am daily.",
        "The Office was set up on August 1, 2023.",
        "The office is on 3/F of the building.",
        "The rules are in the Ordinance (Cap. 57).",
        "He was sentenced to 18 months' imprisonment.",
        "The centre is at 18 Harbour Road, Wan Chai.",
        "One of the members spoke.",
    ],
)
def test_not_facts(sentence: str) -> None:
    assert facts(sentence) == []


def test_phone_number_before_a_verb_is_not_a_fact() -> None:
    assert facts("The hotline 2345 6789 operates round the clock.") == []


def test_decade_is_not_a_fact() -> None:
    found = facts("In the 1990s, 50 firms moved to Hong Kong.")
    assert [(f.quantity, f.value) for f in found] == [("50", 50)]


def test_met_and_partners_name_only_the_number_of_their_own_clause() -> None:
    # a speech: the 200 enterprises were met; the 30 of them that committed were not "met" again,
    # and the 300 met are not the partners a later clause names
    first = facts(
        "OASES has met over 200 strategic enterprises so far, and about 30 of them have committed to "
        "setting up operations in Hong Kong."
    )
    names = [f.metric for f in first]
    assert names[0] == "enterprises_met"
    assert "enterprises_met" not in names[1:]
    second = facts("OASES has met nearly 300 enterprises, and about 30 enterprises have become partners.")
    assert [f.metric for f in second] == ["enterprises_met", "partners"]


def test_a_count_in_a_relative_clause_after_met_is_not_met() -> None:
    # a visit: the association was met; its 160 member companies are what it has
    found = facts(
        "Mrs Fung met members of the Hong Kong Association of Japan, which has 160 member companies."
    )
    assert [f.value for f in found] == [160]
    assert found[0].metric != "enterprises_met"
