"""find_temporal: absolute, partial and relative dates resolved against the release date."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from pipelines.extract.dates import (
    TemporalExpression,
    as_written,
    find_temporal,
    in_month_named,
    year_words,
)

RELEASE = date(2023, 12, 6)


def found(text: str, release: date | None = RELEASE) -> list[TemporalExpression]:
    out = list(find_temporal(text, release))
    for t in out:
        assert text[t.start : t.end] == t.text
    return out


def only(text: str, release: date | None = RELEASE) -> TemporalExpression:
    out = found(text, release)
    assert len(out) == 1, out
    return out[0]


def test_today_with_date_in_brackets() -> None:
    t = only("The Secretary attended the opening ceremony today (December 6).")
    assert (t.text, t.kind, t.normalized, t.precision) == (
        "today (December 6)",
        "relative",
        "2023-12-06",
        "day",
    )
    assert t.date_start == t.date_end == date(2023, 12, 6)


def test_today_bracket_date_wins_over_release_date() -> None:
    t = only("The Director met the delegation today (December 5).")
    assert t.normalized == "2023-12-05"


def test_bare_today_is_release_date() -> None:
    t = only("The Bureau announced the results today.")
    assert (t.text, t.normalized, t.kind) == ("today", "2023-12-06", "relative")


def test_month_last_year() -> None:
    t = only("Since its establishment in December last year, the Office has been busy.")
    assert (t.text, t.kind, t.normalized, t.precision) == (
        "December last year",
        "relative",
        "2022-12",
        "month",
    )
    assert (t.date_start, t.date_end) == (date(2022, 12, 1), date(2022, 12, 31))


def test_within_next_year() -> None:
    t = only("The first phase will be completed within next year.")
    assert t.text == "next year"
    assert (t.kind, t.normalized, t.precision) == ("relative", "2024", "year")


def test_by_early_year_is_partial() -> None:
    t = only("The second phase will be completed by early 2026.")
    assert (t.text, t.kind, t.normalized, t.precision) == ("early 2026", "partial", "2026", "year")
    assert (t.date_start, t.date_end) == (date(2026, 1, 1), date(2026, 12, 31))


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("The scheme was launched a year ago.", "2022"),
        ("The scheme was launched two years ago.", "2021"),
        ("The scheme was launched last year.", "2022"),
        ("The scheme will be reviewed next year.", "2024"),
        ("The figures will be released this month.", "2023-12"),
        ("The figures were released last month.", "2023-11"),
        ("The scheme ended yesterday.", "2023-12-05"),
        ("The scheme starts tomorrow.", "2023-12-07"),
        # a day with the year named by words is one expression, at day precision
        ("As at September 30 this year, 412 licences were valid.", "2023-09-30"),
        ("The register was closed on 31 March last year.", "2022-03-31"),
        ("Applications open on January 2 next year.", "2024-01-02"),
        ("In the first three months of the year, 85 cases were recorded.", "2023"),
    ],
)
def test_relative_forms(text: str, normalized: str) -> None:
    t = only(text)
    assert t.kind == "relative"
    assert t.normalized == normalized


def test_last_night_with_date() -> None:
    t = only("A fire broke out in a restaurant last night (October 3).", date(2023, 10, 4))
    assert (t.text, t.kind, t.normalized) == ("last night (October 3)", "relative", "2023-10-03")


def test_bare_last_night_is_day_before_release() -> None:
    t = only("Police arrested a man last night.", date(2023, 10, 4))
    assert t.normalized == "2023-10-03"


def test_weekday_with_date_in_brackets() -> None:
    t = only("The ceremony was held on Wednesday (December 6).")
    assert t.normalized == "2023-12-06"


@pytest.mark.parametrize(
    ("text", "release", "normalized"),
    [
        ("The meeting was held on November 20.", RELEASE, "2023-11-20"),
        ("The exhibition will open on December 20.", RELEASE, "2023-12-20"),
        # Six weeks after a December release is nearer than eleven months before it.
        ("The exhibition will open on January 15.", RELEASE, "2024-01-15"),
        # A January release reporting a late-December event: the previous year.
        ("The gala dinner was held on December 28.", date(2024, 1, 5), "2023-12-28"),
        ("The forum will be held on 20 June.", date(2024, 1, 5), "2024-06-20"),
    ],
)
def test_month_day_without_year_takes_nearest_year(text: str, release: date, normalized: str) -> None:
    t = only(text, release)
    assert (t.kind, t.normalized, t.precision) == ("partial", normalized, "day")


def test_leap_day_without_year_resolves_to_nearest_leap_year() -> None:
    t = only("The consultation will close on February 29.")
    assert t.normalized == "2024-02-29"


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("The Ordinance took effect on August 1, 2023.", "2023-08-01"),
        ("The Ordinance took effect on 1 August 2023.", "2023-08-01"),
        ("The Ordinance took effect in August 2023.", "2023-08"),
        ("The Ordinance took effect in 2023.", "2023"),
    ],
)
def test_absolute_dates(text: str, normalized: str) -> None:
    for release in (RELEASE, None):
        t = only(text, release)
        assert t.kind == "absolute"
        assert t.normalized == normalized


def test_impossible_absolute_date_is_not_resolved_to_a_day() -> None:
    out = found("The rule took effect on February 30, 2023.")
    assert "February 30, 2023" not in [t.text for t in out]
    assert all(t.precision != "day" for t in out)


@pytest.mark.parametrize(
    "text",
    [
        "The Secretary attended the ceremony today (December 6).",
        "Since its establishment in December last year, the Office has grown.",
        "The first phase will be completed within next year.",
        "The scheme was launched a year ago.",
        "A fire broke out last night (October 3).",
        "The meeting was held on November 20.",
    ],
)
def test_relative_and_partial_need_a_release_date(text: str) -> None:
    t = only(text, None)
    assert t.normalized is None
    assert t.date_start is None
    assert t.date_end is None


def test_early_year_resolves_without_release_date() -> None:
    assert only("The centre will open by early 2026.", None).normalized == "2026"


@pytest.mark.parametrize(
    "text",
    [
        "The 2026-27 Budget will be announced in the Legislative Council.",
        "Applications for the 2026-27 school year are invited.",
        "For enquiries, please call 2345 6789.",
        "The Government will spend $2,023 million on the works.",
        "The report may 5 times be revised.",
    ],
)
def test_not_dates(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("day_month", "normalized"), [("20 March", "2024-03-20"), ("20 May", "2024-05-20")])
def test_day_before_ambiguous_month_is_a_date(day_month: str, normalized: str) -> None:
    t = only(f"The forum will be held on {day_month}.", date(2024, 1, 5))
    assert t.text == day_month
    assert t.normalized == normalized


def test_ambiguous_month_word_needs_capital() -> None:
    assert found("Residents may 3 times apply.") == []
    assert only("The forum will open on May 3.").normalized == "2024-05-03"


def test_expressions_sorted_and_non_overlapping() -> None:
    text = (
        "The Office, set up in December last year, met the delegation today (December 6) "
        "and will report by early 2026 and again on August 1, 2027."
    )
    out = found(text)
    assert [t.text for t in out] == [
        "December last year",
        "today (December 6)",
        "early 2026",
        "August 1, 2027",
    ]
    for a, b in itertools.pairwise(out):
        assert a.end <= b.start


def test_impossible_bracketed_date_does_not_raise() -> None:
    out = found("The Director visited the site today (February 30, 2023).")
    assert all(t.normalized is None for t in out)


# Relative and partial forms of other release kinds (buildings, environment, sport, statistics).
RELEASE_JAN = date(2024, 1, 17)


@pytest.mark.parametrize(
    ("text", "expected_text", "normalized"),
    [
        ("As at end-2023, 1 250 buildings had completed the inspection.", "end-2023", "2023-12"),
        ("As at end-November 2023, 412 orders were outstanding.", "end-November 2023", "2023-11"),
        ("The survey closed at the end of March 2023.", "the end of March 2023", "2023-03"),
        ("The backlog was cleared by the end of last year.", "the end of last year", "2023-12"),
        # (the year, as "early 2026" is: the blind dev labels write "the beginning of" as the year
        # eight times in ten; the corpus has no such date)
        ("The new sorting centre opened at the beginning of 2023.", "the beginning of 2023", "2023"),
        ("Since the start of this year, the team has handled more cases.", "the start of this year", "2024"),
        ("Air quality improved in the first half of 2023.", "the first half of 2023", "2023"),
        ("The second stage will be completed in mid-2025.", "mid-2025", "2025"),
        ("Arrivals in the third quarter of 2023 were the highest.", "the third quarter of 2023", "2023"),
        ("The tree survey started a year and a half ago.", "a year and a half ago", "2022-07"),
        ("The marathon route was revised half a year ago.", "half a year ago", "2023-07"),
        ("Some 3 000 runners ran on New Year's Day this year.", "New Year's Day this year", "2024-01-01"),
        ("The venue was crowded on Christmas Day last year.", "Christmas Day last year", "2023-12-25"),
    ],
)
def test_parts_of_periods_and_named_days(text: str, expected_text: str, normalized: str) -> None:
    t = only(text, RELEASE_JAN)
    assert (t.text, t.normalized) == (expected_text, normalized)
    assert t.kind in ("relative", "partial")


@pytest.mark.parametrize(
    ("text", "release", "expected_text", "normalized"),
    [
        # "last October": the latest October before the release month.
        ("The museum reopened last October.", RELEASE_JAN, "last October", "2023-10"),
        ("The museum reopened last October.", date(2023, 10, 20), "last October", "2022-10"),
        ("The pool will reopen next March.", date(2023, 12, 6), "next March", "2024-03"),
        # A month alone, after a preposition: the release year; the past one if reported as past,
        # the coming one if announced.
        ("The new bylaw took effect in October.", RELEASE_JAN, "October", "2023-10"),
        ("The consultation will end in March.", date(2023, 12, 6), "March", "2024-03"),
        ("Tree planting is carried out in November.", date(2023, 12, 6), "November", "2023-11"),
        ("Inspections were stepped up in end-November.", date(2023, 12, 6), "end-November", "2023-11"),
        # a LegCo reply on film funding: a body's acronym and its past verb, though a later
        # clause announces
        (
            "The FDC reviewed the ceiling in March, but we will keep it under review.",
            date(2021, 6, 9),
            "March",
            "2021-03",
        ),
        # an immigration year review: an irregular past verb
        ("Of these, 211 arose from the earthquake in Japan in March.", date(2012, 1, 13), "March", "2011-03"),
        # The tense unsaid: the nearer one (a January release on December's figures).
        ("In December, 2 410 ocean vessels arrived in port.", date(2016, 1, 29), "December", "2015-12"),
        ("The report, to be released in August, will update it.", date(2024, 5, 17), "August", "2024-08"),
        ("Quarterly figures are to be published in August.", date(2024, 9, 17), "August", "2025-08"),
    ],
)
def test_month_alone(text: str, release: date, expected_text: str, normalized: str) -> None:
    t = only(text, release)
    assert (t.text, t.kind, t.normalized, t.precision) == (expected_text, "partial", normalized, "month")


@pytest.mark.parametrize(
    ("text", "release", "normalized"),
    [
        # Reported as past: a date not yet come in the release year is last year's.
        ("The regatta was held on May 20.", date(2024, 3, 10), "2023-05-20"),
        # Announced: a date gone in the release year is next year's.
        ("The stadium will reopen on February 10.", date(2023, 12, 6), "2024-02-10"),
        ("The stadium will reopen on August 10.", date(2024, 1, 5), "2024-08-10"),
    ],
)
def test_month_day_follows_the_tense(text: str, release: date, normalized: str) -> None:
    assert only(text, release).normalized == normalized


@pytest.mark.parametrize(
    ("text", "expected_text", "kind", "normalized"),
    [
        ("The exhibition will run from November 12 to 30.", "November 12 to 30", "partial", "2023-11-12"),
        ("The show ran from 12 to 30 November 2023.", "12 to 30 November 2023", "absolute", "2023-11-12"),
        ("The show ran from November 12 to 30, 2023.", "November 12 to 30, 2023", "absolute", "2023-11-12"),
        # an enforcement operation (the clause goes on after the last day)
        (
            "Officers mounted an operation from November 12 to 15 and arrested 31 hawkers.",
            "November 12 to 15",
            "partial",
            "2023-11-12",
        ),
    ],
)
def test_day_ranges_are_one_expression_from_their_start(
    text: str, expected_text: str, kind: str, normalized: str
) -> None:
    t = only(text)
    assert (t.text, t.kind, t.normalized) == (expected_text, kind, normalized)


@pytest.mark.parametrize(
    "text",
    [
        "Waste charges rose by 5 per cent over the previous year's figure.",
        "Recycling rates improved over the past year.",
        "The 2024-25 Budget allocated funds to the Environment Bureau.",
        "Students may March past the podium.",
        "Residents may apply in person.",
    ],
)
def test_not_dates_of_the_release(text: str) -> None:
    assert [t for t in found(text) if t.kind != "absolute"] == []


def test_range_end_is_not_a_count() -> None:
    assert [t.text for t in found("Some 200 runners will compete from June 3 to 5.")] == ["June 3 to 5"]


def test_a_decimal_after_to_is_no_range_end() -> None:
    # a sentinel-surveillance update (a kind the corpus lacks): "to 6.8" is the figure reached
    text = "The rate rose from 5.1 in the week ending November 12 to 6.8 in the week ending November 19."
    assert [t.text for t in found(text)] == ["November 12", "November 19"]


def normalized(text: str, release: date | None = RELEASE) -> dict[str, str | None]:
    return {t.text: t.normalized for t in found(text, release)}


def test_a_past_day_after_the_release_takes_the_year_the_sentence_named() -> None:
    text = (
        "The coldest day of 2023 was recorded on January 23, and the wettest day of the year "
        "came on September 8."
    )
    got = normalized(text, date(2024, 1, 9))
    assert got["January 23"] == "2023-01-23"  # not 2024: it lies after the release
    assert got["September 8"] == "2023-09-08"


def test_the_clause_says_whether_a_month_is_coming() -> None:
    text = (
        "The Director said that visitor numbers were encouraging, and that the Department "
        "would open two more centres in May."
    )
    got = normalized(text, date(2024, 11, 20))
    assert got["May"] == "2025-05"


def test_a_year_earlier_is_the_year_before_the_period_named() -> None:
    text = "Restaurant receipts rose by 6.2% in the fourth quarter of 2013 over a year earlier."
    got = {t.text: (t.kind, t.normalized) for t in find_temporal(text, date(2014, 3, 4))}
    assert got["a year earlier"] == ("relative", "2012")


def test_a_month_earlier_as_a_figures_base_and_a_quarter_written_short() -> None:
    text = "Loans grew to $10.2 trillion in March 2024 from $10.1 trillion a month earlier."
    got = {t.text: (t.kind, t.normalized) for t in find_temporal(text, date(2024, 4, 30))}
    assert got["a month earlier"] == ("relative", "2024-02")
    # when something happened, not a figure's base: no date of the release's month before
    text = "The exhibition, announced a month earlier, drew 12 000 visitors."
    assert "a month earlier" not in {t.text for t in find_temporal(text, date(2024, 4, 30))}
    got = {t.text: (t.kind, t.normalized) for t in find_temporal("It was 84% in Q2 2024.", date(2024, 11, 2))}
    assert got["Q2 2024"] == ("absolute", "2024")


def test_a_month_opening_a_past_clause_of_a_sentence_about_the_future() -> None:
    text = (
        "In January, we also launched a $50 million fund for research centres, whose first "
        "projects will start by the end of this year."
    )
    got = normalized(text, date(2025, 6, 3))
    assert got["January"] == "2025-01"


def test_months_between_is_one_period_named_by_its_last_month() -> None:
    t = only("Between January and November 2023, 412 cases were recorded.")
    assert (t.text, t.kind, t.normalized) == ("January and November 2023", "absolute", "2023-11")
    assert t.date_start == date(2023, 1, 1)


def test_a_month_after_a_reported_change_is_past() -> None:
    t = only("Mainland visitors increased by 9.2% to 2.1 million in November.", date(2024, 8, 14))
    assert t.normalized == "2023-11"


def test_a_clause_opening_with_its_past_verb_dates_a_bare_month_in_the_past() -> None:
    text = "One of the firms, Harbour Robotics Limited, opened its regional office in October."
    assert only(text, date(2024, 1, 18)).normalized == "2023-10"


@pytest.mark.parametrize(
    ("text", "release", "normalized"),
    [
        ("Exports rose 2.3 per cent in the first quarter.", date(2024, 5, 17), "2024"),
        ("GDP grew 1.8 per cent in the fourth quarter.", date(2024, 2, 3), "2023"),
        ("Arrivals in the third quarter will be published in November.", date(2024, 2, 3), "2024"),
    ],
)
def test_a_quarter_without_a_year_is_the_latest_one_begun(text: str, release: date, normalized: str) -> None:
    t = next(t for t in find_temporal(text, release) if "quarter" in t.text)
    assert (t.kind, t.normalized, t.precision) == ("partial", normalized, "year")


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("Forty years ago, a group of parents founded the association.", "1983"),
        ("The museum opened twenty-five years ago.", "1998"),
        ("A hundred years ago, the pier was a fishing village.", "1923"),
    ],
)
def test_years_ago_written_in_words(text: str, normalized: str) -> None:
    t = only(text)
    assert (t.normalized, t.precision) == (normalized, "year")


def test_a_day_one_may_still_act_on_is_ahead() -> None:
    # "may submit ... on or before May 29" in an April release: this year's May 29; the month
    # "May" is no modal ("up 6.8% from May" in a July release is this year's May)
    (t,) = found("Schools may submit applications on or before May 29.", date(2026, 4, 17))
    assert t.normalized == "2026-05-29"
    got = found("The daily recovery in June reached 412 000 containers, up 6.8% from May.", date(2025, 7, 8))
    assert [x.normalized for x in got] == ["2025-06", "2025-05"]
    (t,) = found("The rain may have caused the landslip on March 3.", date(2026, 4, 17))
    assert t.normalized == "2026-03-03"


def test_a_span_of_a_years_first_months_is_dated_by_its_year() -> None:
    # the forms the labels list stay relative or partial; the others are spans, dated all the same
    # ("of this year" keeps its relative "this year")
    got = found("In the first 10 months of this year, 1 200 cases were recorded.", date(2025, 11, 20))
    assert [(t.kind, t.text, t.normalized) for t in got] == [
        ("span", "the first 10 months of this year", "2025"),
        ("relative", "this year", "2025"),
    ]
    (t,) = found("In the first 11 months of 2024, exports rose.", date(2025, 1, 20))
    assert (t.kind, t.normalized, t.text) == ("span", "2024", "the first 11 months of 2024")
    (t,) = found("In the first three quarters of 2025, the economy grew.", date(2025, 11, 14))
    assert (t.kind, t.normalized) == ("span", "2025")
    seized = "Customs seized 32 tonnes of drugs in the first six months, up 8 per cent."
    (t,) = found(seized, date(2025, 7, 24))
    assert (t.kind, t.normalized) == ("span", "2025")
    (t,) = found(seized, date(2025, 3, 24))
    assert (t.kind, t.normalized) == ("span", "2024")  # not yet over in March: last year's
    assert found("The pilot ran for the first six months of operation.", date(2025, 7, 24)) == []


def test_a_month_labelling_figures_in_brackets_is_a_bare_month() -> None:
    # a price-index release: "(October: 2.0%, 1.7% and 1.6%)" names the month before
    got = found("Rates in November were 2.1%, 1.8% and 1.5% respectively (October: 2.0%, 1.7% and 1.6%).")
    assert [(t.text, t.normalized) for t in got] == [("November", "2023-11"), ("October", "2023-10")]
    # a bracketed month without a colon is not read that way
    assert [t.text for t in found("The fair (May 2024 edition) drew 3 000 visitors.")] == ["May 2024"]


def test_months_listed_after_a_month_are_months_too() -> None:
    # a tourism release (a kind the corpus lacks): "in July, August and September"
    got = found("Arrivals in July, August and September rose by 3%, 4% and 5% respectively.")
    assert [t.text for t in got] == ["July", "August", "September"]
    # a name that is a month is no date without a month before it
    assert found("The Secretary met Mr Chan and June Lee.") == []


def test_a_month_after_for_and_a_month_opening_a_sentence() -> None:
    # "the Food Safety Report for March", "November alone saw ...": bare months, in the release's year
    assert [(t.text, t.normalized) for t in found("It released its Food Safety Report for March.")] == [
        ("March", "2023-03")
    ]
    assert [(t.text, t.normalized) for t in found("November alone saw 1.6 million visitors.")] == [
        ("November", "2023-11")
    ]
    # a month listed after another still needs the one before it
    assert found("The May and the Hon Chan attended.") == []


def test_the_month_a_report_covers_is_gone_by_whatever_the_tense() -> None:
    assert [
        (t.text, t.normalized)
        for t in found("Detailed statistics for March will be uploaded.", date(2025, 4, 16))
    ] == [("March", "2025-03")]


def test_the_same_period_last_year_is_written_whole_and_read_by_its_year_words() -> None:
    # a sports release (a kind the corpus lacks): the row keeps the phrase the labels write; the
    # facts' periods read "last year" with "the same period" before it, as a comparison
    text = (
        "Athletes won 122 medals in the first ten months of this year, compared with 97 in the "
        "same period last year and 40 in the same month last year."
    )
    found = [as_written(text, t) for t in find_temporal(text, date(2012, 11, 22))]
    assert [(t.text, t.normalized) for t in found] == [
        ("the first ten months of this year", "2012"),
        ("the same period last year", "2011"),
        ("the same month last year", "2011"),  # its month is the one named before (`in_month_named`)
    ]
    assert all(text[t.start : t.end] == t.text for t in found)
    core = year_words(found[1])
    assert (core.text, text[core.start : core.end]) == ("last year", "last year")
    assert year_words(found[0]) == found[0]


def test_the_same_month_last_year_is_the_month_named_before_a_year_earlier() -> None:
    # a visitor-arrivals release (a kind the corpus lacks): the row is that month of last year;
    # the facts still read the year words as the release's last year
    release = date(2025, 11, 14)
    text = "Arrivals totalled 4.1 million in October, up 12 per cent on the same month last year."
    found = [as_written(text, t) for t in find_temporal(text, release)]
    assert [t.text for t in found] == ["October", "the same month last year"]
    row = in_month_named(found[1], found[0])
    assert (row.text, row.normalized, row.precision) == ("the same month last year", "2024-10", "month")
    assert (row.date_start, row.date_end) == (date(2024, 10, 1), date(2024, 10, 31))
    core = year_words(row, release)
    assert (core.text, core.normalized, core.precision) == ("last year", "2024", "year")
    # with no month named before, the phrase stays of its year; other phrases are left alone
    assert in_month_named(found[1], None) == found[1]
    assert in_month_named(found[0], found[0]) == found[0]


def test_the_first_day_of_a_range_takes_the_year_written_after_its_end() -> None:
    # a court case of the securities regulator (a kind the corpus lacks)
    text = "Tam bought the shares between March 11 and March 15, 2013, while in possession of it."
    found = [(t.text, t.kind, t.normalized) for t in find_temporal(text, date(2015, 6, 2))]
    assert found == [("March 11", "absolute", "2013-03-11"), ("March 15, 2013", "absolute", "2013-03-15")]


def test_a_holiday_that_names_a_period_is_no_date_of_its_own() -> None:
    # a tourism release and a labour release: "the National Day Golden Week" and "the Labour Day
    # holiday" name periods; the day itself, alone or with its year, is still a date
    release = date(2024, 10, 10)
    assert [
        t.text for t in find_temporal("Arrivals during the National Day Golden Week rose.", release)
    ] == []
    assert [t.text for t in find_temporal("Sites close for the Labour Day holiday.", release)] == []
    assert [
        t.normalized for t in find_temporal("Fireworks on National Day last year drew crowds.", release)
    ] == ["2023-10-01"]


def test_a_period_that_starts_today_runs_on_whatever_the_reporting_tense() -> None:
    # an examination notice: "said candidates could check ... from today until April 30"
    text = "He said candidates could check their results online from today until April 30."
    found = [(t.text, t.normalized) for t in find_temporal(text, date(2012, 3, 14))]
    assert found == [("today", "2012-03-14"), ("April 30", "2012-04-30")]


def test_day_range_with_year_word_is_one_date() -> None:
    t = only("From March 15 to 28 this year, the Water Supplies Department inspected 420 premises.")
    assert (t.text, t.normalized) == ("March 15 to 28 this year", "2023-03-15")
    t = only("From November 2 to 9 last year, officers visited 37 construction sites.")
    assert (t.text, t.normalized) == ("November 2 to 9 last year", "2022-11-02")


def test_irregular_past_verb_tells_a_past_day_range() -> None:
    # "ran" reports the past: March is the March before a December release, not the next one
    t = only("From March 15 to 28, the Department ran a water-saving campaign in 120 schools.")
    assert t.normalized == "2023-03-15"


@pytest.mark.parametrize(
    ("text", "phrase", "normalized"),
    [
        ("Last summer, some 4 000 children joined the swimming courses.", "Last summer", "2022"),
        ("The LCSD will organise 1 200 programmes this summer.", "this summer", "2023"),
        ("The new sports centre will open next spring.", "next spring", "2024"),
    ],
)
def test_a_season_named_against_the_release_is_its_year(text: str, phrase: str, normalized: str) -> None:
    t = only(text)
    assert (t.text, t.kind, t.normalized, t.precision) == (phrase, "relative", normalized, "year")


def test_the_first_month_of_a_range_takes_the_year_written_after_the_last() -> None:
    # a January release on last year's stooge accounts: "January" is of last year too
    got = [
        (t.text, t.normalized)
        for t in found("From January to November last year, 9 400 accounts were frozen.", RELEASE_JAN)
    ]
    # (round 44: the months of one year taken together are that year, written as one date)
    assert got == [("January to November last year", "2023")]
    got = [(t.text, t.normalized) for t in found("Works will run from December to February next year.")]
    assert got == [("December", "2023-12"), ("February next year", "2024-02")]


def test_the_end_of_a_day_range_is_on_or_after_its_start() -> None:
    # an April release on a summer programme it launched: the range ends in the same year
    april = date(2026, 4, 17)
    text = (
        "The LCSD today (April 17) launched a programme of outdoor concerts running from May 1 to October 31."
    )
    got = [(t.text, t.normalized) for t in found(text, april)]
    assert got[-2:] == [("May 1", "2026-05-01"), ("October 31", "2026-10-31")]
    # a range across the turn of the year ends in the next one
    got = [
        (t.text, t.normalized)
        for t in found("The winter festival was held from December 20 to January 5.", april)
    ]
    assert got == [("December 20", "2025-12-20"), ("January 5", "2026-01-05")]


def test_a_month_something_has_run_since_is_past() -> None:
    # an AFCD enforcement notice in November: the team began work in March of this year
    text = (
        "A detector dog team of four dogs has been deployed at the Kwai Chung container terminals since "
        "March, and the new rules will apply from March."
    )
    got = [(t.text, t.normalized) for t in found(text, date(2022, 11, 15))]
    assert got == [("March", "2022-03"), ("March", "2023-03")]


def test_the_end_of_a_month_range_is_on_or_after_its_start() -> None:
    # a July release on a summer patrol that runs on: "had arranged" is past, the range's end is not
    july = date(2025, 7, 10)
    text = "The Marine Department had arranged additional patrols from end-May to end-September."
    got = [(t.text, t.normalized) for t in found(text, july)]
    assert got == [("end-May", "2025-05"), ("end-September", "2025-09")]


def test_a_month_of_an_event_to_be_held_is_still_to_come() -> None:
    # a January sports release: "Games to be held ... in November" is this year's November, though
    # "Asian and Para Games" opens a clause at its "and" whose words hold no other tense
    text = (
        "The Commissioner for Sports, Mr Lee Ka-wai, said the Government would support athletes in "
        "the run-up to the National and Para Games to be held in the Greater Bay Area in November."
    )
    assert [(t.text, t.normalized) for t in found(text, date(2025, 1, 20))] == [("November", "2025-11")]


def test_a_year_earlier_than_a_year_named_in_words() -> None:
    # a correctional services reply: "a year earlier" than "last year" is the year before it
    got = normalized(
        "In the first ten months of last year, 1 804 persons were admitted to the reception centre, "
        "up 6 per cent on the same period a year earlier."
    )
    assert got["a year earlier"] == "2021"
    assert normalized("Admissions were 1 804, against 1 702 a year earlier.") == {"a year earlier": "2022"}


def test_a_range_of_months_of_a_year_in_words_is_that_year() -> None:
    # an EMSD safety review and a Labour Department reply: the months together are a part of the year
    got = normalized(
        "From January to November this year, the EMSD investigated 118 gas incidents, against 131 "
        "in the same period last year. Between September and December last year, 26 job fairs "
        "were held, and from March to May next year 30 more will follow.",
        date(2023, 12, 6),
    )
    assert got["January to November this year"] == "2023"
    assert got["March to May next year"] == "2024"
    assert "January" not in got and "November this year" not in got
