"""as_of: the period each number describes, read in its sentence and its passage.

Releases written for these tests in the Government's style, of kinds the labelled corpus lacks
(buildings, environment, statistics, sport, culture, education, drainage).
"""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.extract.as_of import read_sentence
from pipelines.extract.dates import find_temporal
from pipelines.process import document_row, entity_rows, metric_rows, section_rows, temporal_rows

NBSP5 = "\u00a0" * 5
JAN = "Ends/Wednesday, January 17, 2024"


def metrics_of(paragraphs: list[str], footer: str = JAN, title: str = "A release") -> list[dict]:
    """The metric rows of a release made of `paragraphs`."""
    text = f"{title}\n\n" + "".join(f"{NBSP5}{p}\n" for p in paragraphs) + f"\n{footer}\n"
    doc = document_row("t", "t.txt", text.encode(), max_bytes=1 << 20)
    _, sentences = section_rows(doc)
    mentions, _, orgs = entity_rows(doc, sentences)
    return metric_rows(doc, sentences, mentions, orgs, temporal_rows(doc, sentences))


def as_of(
    paragraphs: list[str], footer: str = JAN, title: str = "A release"
) -> dict[str, tuple[str | None, str | None]]:
    """quantity -> (as_of at its precision, precision) of a release made of `paragraphs`."""
    out = {}
    for r in metrics_of(paragraphs, footer, title):
        d, precision = r["as_of"], r["as_of_precision"]
        if d is None:
            out[r["quantity"]] = (None, None)
            continue
        shown = {"year": f"{d:%Y}", "month": f"{d:%Y-%m}", "day": f"{d:%Y-%m-%d}"}[precision]
        out[r["quantity"]] = (shown, precision)
    return out


def test_dating_phrase_carries_through_its_paragraph() -> None:
    got = as_of(
        [
            "In 2023, the Buildings Department (BD) issued 1 250 removal orders. "
            "It also instituted 320 prosecutions. The fines imposed totalled $4.5 million.",
            "The BD will continue to inspect 600 buildings.",
        ]
    )
    assert got["1 250"] == ("2023", "year")
    assert got["320"] == ("2023", "year")
    assert got["$4.5 million"] == ("2023", "year")
    # A sentence about the future is not in the past passage: the release date.
    assert got["600"] == ("2024-01-17", "day")


def test_passage_carries_to_a_later_paragraph_that_reports_the_past_or_refers_back() -> None:
    got = as_of(
        [
            "The Environmental Protection Department today (January 17) announced that it "
            "handled 4 560 noise complaints in the first nine months of 2023.",
            "The number represents a decrease of 6 per cent.",
            "Of these, 1 230 complaints concerned construction works. Officers issued 85 warnings.",
            "The department currently deploys 140 officers for noise control.",
        ]
    )
    # "the first nine months of 2023": named by its last month, as a rolling quarter is
    assert got["4 560"] == ("2023-09", "month")
    assert got["6 per cent"] == ("2023-09", "month")  # "The number ...": refers back
    assert got["1 230"] == ("2023-09", "month")
    assert got["85"] == ("2023-09", "month")  # "issued": reports the past
    assert got["140"] == ("2024-01-17", "day")  # "currently": the release


def test_a_new_period_ends_the_passage() -> None:
    got = as_of(
        [
            "Last year, the Leisure and Cultural Services Department organised 2 300 "
            "cultural programmes. In December last year, 45 000 visitors attended its museums. "
            "About 300 volunteers helped at the events.",
        ]
    )
    assert got["2 300"] == ("2023", "year")
    assert got["45 000"] == ("2023-12", "month")
    assert got["About 300"] == ("2023-12", "month")


def test_heading_naming_a_year_dates_the_paragraphs_after_it() -> None:
    got = as_of(
        [
            "The Drainage Services Department today (January 17) reviewed its work.",
            "2023 Highlights",
            "The department cleared 1 800 blocked drains and treated 2 400 million litres of sewage.",
        ]
    )
    assert got["1 800"] == ("2023", "year")


def test_present_perfect_and_since_are_not_in_the_passage() -> None:
    got = as_of(
        [
            "In 2023, the Sports Federation trained 560 coaches. Since 2015, it has trained "
            "4 200 coaches. The federation has 38 member associations.",
        ]
    )
    assert got["560"] == ("2023", "year")
    assert got["4 200"] == ("2024-01-17", "day")
    assert got["38"] == ("2024-01-17", "day")


def test_each_number_takes_its_own_period() -> None:
    got = as_of(
        [
            "The Composite Consumer Price Index rose by 1.4% in December 2025, larger than the "
            "increase (1.2%) in November 2025.",
            "Arrivals rose from 380 000 visitors in 2024 to 402 000 visitors in 2025.",
            "The centre provides 1 300 PFLOPS this year and will provide 3 000 PFLOPS next year.",
        ],
        "Ends/Monday, January 19, 2026",
    )
    assert got["1.4%"] == ("2025-12", "month")
    assert got["1.2%"] == ("2025-11", "month")
    assert got["380 000"] == ("2024", "year")
    assert got["402 000"] == ("2025", "year")
    assert got["1 300 PFLOPS"][0] == "2026"
    assert got["3 000 PFLOPS"][0] == "2027"


def test_comparison_base_is_not_the_period() -> None:
    got = as_of(
        [
            "The department received 500 complaints in the first half of 2025, up 10% from the "
            "same period last year.",
            "Recycling rose by 8 per cent over 2024.",
        ],
        "Ends/Monday, January 19, 2026",
    )
    assert got["500"] == ("2025-06", "month")
    assert got["10%"] == ("2025-06", "month")
    assert got["8 per cent"] == ("2025-06", "month")  # the passage's period, not the base 2024


def test_a_multiple_of_the_same_quarter_last_year_is_of_this_quarter() -> None:
    # a securities regulator's quarterly report (a kind the corpus lacks)
    got = as_of(
        [
            "In the third quarter of 2025, the SFC received 12 applications. Average daily turnover "
            "was HK$248.3 billion, 2.1 times that in the same quarter last year."
        ],
        "Ends/Friday, October 17, 2025",
    )
    assert got["HK$248.3 billion"] == ("2025-09", "month")
    assert got["2.1"] == ("2025-09", "month")


def test_a_level_compared_with_at_a_date_or_a_peak_is_a_base() -> None:
    # an Exchange Fund and a property-price reply (kinds the corpus lacks): "higher than at
    # end-2022" and "below its peak in 2021" name the bases; the figures are of the sentence's period
    got = as_of(
        [
            "Total assets stood at HK$4,012.6 billion as at the end of June, HK$45.8 billion higher "
            "than at end-2022."
        ],
        "Ends/Thursday, August 3, 2023",
    )
    assert got["HK$45.8 billion"] == ("2023-06", "month")
    got = as_of(
        ["The private domestic price index at the end of 2023 was 21.2 per cent below its peak in 2021."],
        "Ends/Wednesday, October 16, 2024",
    )
    assert got["21.2 per cent"] == ("2023-12", "month")


def test_dated_at_month_and_day_precision() -> None:
    got = as_of(
        [
            "As at the end of November last year, 2 300 buildings had completed the inspection.",
            "As at end-2023, 1 150 lifts had been modernised.",
            "As of June 30, 4 800 households had joined the scheme.",
        ]
    )
    assert got["2 300"] == ("2023-11", "month")
    assert got["1 150"] == ("2023-12", "month")
    assert got["4 800"] == ("2023-06-30", "day")  # reported as past: the June before the release


def test_target_is_continued_only_by_a_sentence_that_refers_back() -> None:
    got = as_of(
        [
            "The new sports centre will be completed by early 2026. It will provide 1 200 seats.",
            "The cycling track will be completed by mid-2025. The Government will also build "
            "around 30 public toilets.",
        ]
    )
    assert got["1 200"] == ("2026", "year")
    # An unrelated sentence about the future does not take the target before it.
    assert got["around 30"] == ("2024-01-17", "day")


def test_change_from_a_value_to_another_on_a_coming_date() -> None:
    got = as_of(
        [
            "The new parking charges will take effect on March 1. The hourly charge will be "
            "raised from $20 to $24 from the same date.",
        ]
    )
    assert got["$20"] == ("2024-01-17", "day")  # the charge until then
    assert got["$24"] == ("2024-03-01", "day")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In the 2023-24 school year, 350 schools joined the programme.", "2023"),
        ("In 2023/24, the fund approved 1 200 applications.", "2023"),
        ("For financial year 2024-25, 85 projects were funded.", "2024"),
        ("Last school year, 42 schools joined the programme.", "2024"),
    ],
)
def test_school_and_financial_years_date_as_the_year_they_start(sentence: str, expected: str) -> None:
    (got,) = as_of([sentence], "Ends/Friday, October 10, 2025").values()
    assert got == (expected, "year")


def test_a_year_naming_something_is_not_the_period() -> None:
    got = as_of(
        [
            "In 2023, the Education Bureau approved 80 applications. The 2024-25 Budget "
            "allocated $3 billion to the programme. The 2023 Policy Address set aside "
            "$500 million for school libraries.",
        ]
    )
    assert got["80"] == ("2023", "year")
    assert got["$3 billion"] == ("2024-01-17", "day")
    assert got["$500 million"] == ("2024-01-17", "day")


def test_the_start_of_the_subject_is_not_the_period() -> None:
    got = as_of(["Set up in 2015, the Arts Development Fund has supported 900 artists."])
    assert got["900"] == ("2024-01-17", "day")


def test_no_release_date_and_no_date_gives_no_as_of() -> None:
    text = "A release\n\n" + NBSP5 + "The museum welcomed 3 000 visitors.\n"
    doc = document_row("t", "t.txt", text.encode(), max_bytes=1 << 20)
    _, sentences = section_rows(doc)
    mentions, _, orgs = entity_rows(doc, sentences)
    (row,) = metric_rows(doc, sentences, mentions, orgs, temporal_rows(doc, sentences))
    assert row["as_of"] is None


def test_release_day_and_past_year_precision_start_of_period() -> None:
    got = as_of(["The Observatory recorded 2 500 lightning strikes in August 2023."])
    assert got["2 500"] == ("2023-08", "month")
    assert date(2023, 8, 1).isoformat().startswith(got["2 500"][0])


def _numbers_in(sentence: str, *numbers: str) -> list[tuple[int, int]]:
    spans = []
    for n in numbers:
        i = sentence.index(n, spans[-1][1] if spans else 0)
        spans.append((i, i + len(n)))
    return spans


@pytest.mark.parametrize(
    ("sentence", "numbers", "expected"),
    [
        # Each number of a sentence takes the period written after it in its clause.
        (
            "The number of special classes rose from 13 in the previous school year to 18 this year.",
            ("13", "18"),
            [(date(2022, 1, 1), "year"), (date(2024, 1, 1), "year")],
        ),
        # The number compared with is dated by its own period, the other by the sentence's.
        (
            "In 2023, 300 dogs were rehomed, compared with 250 in 2022.",
            ("300", "250"),
            [(date(2023, 1, 1), "year"), (date(2022, 1, 1), "year")],
        ),
        # A number without a date of its own is not dated by another number's comparison.
        (
            "The library now holds 2 000 e-books, up from 1 500 in 2020.",
            ("2 000", "1 500"),
            [(date(2024, 1, 17), "day"), (date(2020, 1, 1), "year")],
        ),
        # A target holds for the whole sentence.
        (
            "The Government will spend $900 million to plant 30 000 trees by 2026.",
            ("$900 million", "30 000"),
            [(date(2026, 1, 1), "year"), (date(2026, 1, 1), "year")],
        ),
    ],
)
def test_numbers_of_one_sentence(
    sentence: str, numbers: tuple[str, ...], expected: list[tuple[date, str]]
) -> None:
    release = date(2024, 1, 17)
    scene = read_sentence(sentence, (0, len(sentence)), release, list(find_temporal(sentence, release)))
    spans = _numbers_in(sentence, *numbers)
    assert [scene.as_of(span, spans) for span in spans] == expected


def test_a_coming_start_does_not_date_what_is_announced_today() -> None:
    got = as_of(
        [
            "The Environmental Protection Department today (January 17) announced that it granted "
            "25 waste collection licences for three years with effect from February 1.",
            "The licensed collectors will serve 1 800 housing estates from February 1.",
        ]
    )
    assert got["25"] == ("2024-01-17", "day")
    assert got["1 800"] == ("2024-02-01", "day")  # what will hold from then


def test_appointments_are_of_the_day_announced_not_the_day_their_term_starts() -> None:
    got = as_of(
        [
            "The Government today (January 17) announced the appointment of Ms Lo Wai-ling as "
            "Chairman of the Veterinary Surgeons Board of Hong Kong for three years from March 1.",
            "The Government has also appointed three new members and re-appointed nine serving "
            "members to the Board, all for a term of three years with effect from March 1.",
            "The Board now has 14 members.",
            "With effect from March 1, the Board will have 15 members.",
        ]
    )
    assert got["three"] == ("2024-01-17", "day")
    assert got["nine"] == ("2024-01-17", "day")
    assert got["14"] == ("2024-01-17", "day")
    assert got["15"] == ("2024-03-01", "day")  # what the Board will be from then


def test_appointments_for_a_term_that_began_before_the_release_are_of_its_day() -> None:
    # an appointment notice issued two days into the term it announces
    got = as_of(
        [
            "The Government announced today (April 3) the appointment of 14 non-official members to "
            "the Antiquities Advisory Board for a term of two years from April 1, 2024.",
        ],
        footer="Ends/Wednesday, April 3, 2024",
    )
    assert got["14"] == ("2024-04-03", "day")


def test_a_change_with_no_date_starts_from_the_period_the_passage_compares_with() -> None:
    got = as_of(
        [
            "In 2023, the Fire Services Department received 41 210 fire calls, compared with "
            "39 874 in 2022. Vegetation fires decreased from 1 102 to 968.",
        ]
    )
    assert got["1 102"] == ("2022", "year")
    assert got["968"] == ("2023", "year")


def test_what_follows_a_reporting_day_about_these_is_the_state_on_that_day() -> None:
    got = as_of(
        [
            "As at end-December 2023, the Scheme had funded 2 150 places in nine elderly "
            "homes. Five of these homes, with 1 320 places, have been opened and are in service. "
            "The Scheme currently has 14 applications under vetting.",
        ]
    )
    assert got["2 150"] == ("2023-12", "month")
    assert got["1 320"] == ("2023-12", "month")
    assert got["14"] == ("2024-01-17", "day")  # "currently": the release


def test_a_reporting_day_written_end_month_this_year() -> None:
    got = as_of(
        ["As at end-October last year, the Scheme had provided 3 420 places in 11 hostels. Seven "
         "of these hostels, with 2 180 places, have been completed."],
    )  # fmt: skip
    assert got["2 180"] == ("2023-10", "month")


def test_comparing_two_rolling_periods_dates_the_changes_by_the_first() -> None:
    got = as_of(
        [
            "Comparing October - December 2023 with September - November 2023, total employment "
            "increased by about 6 200 to 3 701 500.",
        ]
    )
    assert got["about 6 200"] == ("2023-12", "month")
    assert got["3 701 500"] == ("2023-12", "month")


def test_the_same_period_last_year_opening_a_sentence_is_its_own_period() -> None:
    got = as_of(
        [
            "In December 2023, the Food and Environmental Hygiene Department instituted 412 "
            "prosecutions against hawkers. In the same period last year, it instituted 377 "
            "prosecutions.",
        ]
    )
    assert got["412"] == ("2023-12", "month")
    assert got["377"] == ("2022-12", "month")


def test_a_year_ago_beside_a_reporting_day_is_that_day_a_year_before() -> None:
    got = as_of(["As at end-September 2023, 3 214 applicants were waiting, compared with 2 870 a year ago."])
    assert got["3 214"] == ("2023-09", "month")
    assert got["2 870"] == ("2022-09", "month")


def test_a_date_after_the_figure_compared_with_is_that_figures() -> None:
    got = as_of(
        [
            "As at end-December 2023, there were 42 310 licensed taxis and minibuses, an increase of "
            "1.8% over the 41 562 as at the end of December 2022.",
        ]
    )
    assert got["42 310"] == ("2023-12", "month")
    assert got["1.8%"] == ("2023-12", "month")  # the increase is of the period reported


def test_rose_to_a_decimal_figure_from_a_base_a_year_earlier() -> None:
    got = as_of(
        [
            "In 2023, re-exports to Vietnam rose to $52.7 billion from $48.3 billion a year earlier.",
        ]
    )
    assert got["$52.7 billion"] == ("2023", "year")
    assert got["$48.3 billion"] == ("2022", "year")


def test_the_same_period_last_year_in_a_release_with_no_date() -> None:
    got = as_of(
        [
            "In the first half of 2012, the department seized 86 kg of ketamine in 41 cases, "
            "compared with 64 kg in 37 cases in the same period last year.",
        ],
        footer="",
    )
    assert got["86 kg"] == ("2012-06", "month")
    assert got["64 kg"] == ("2011-06", "month")


def test_as_at_the_same_date_is_the_reporting_date_named_before() -> None:
    got = as_of(
        [
            "The average waiting time had come down to 5.6 years as at end-June 2023. As at the "
            "same date, there were about 133 000 general applications.",
        ]
    )
    assert got["about 133 000"] == ("2023-06", "month")


def test_a_forecast_is_dated_by_the_day_it_is_for() -> None:
    got = as_of(
        ["For the Easter holiday on April 2, the Immigration Department expects about 2.3 million trips."]
    )
    assert got["about 2.3 million"] == ("2024-04-02", "day")


def test_counts_since_a_date_run_up_to_the_reporting_day_of_a_later_clause() -> None:
    got = as_of(
        [
            "Since the launch of the scheme in 2019, the department has inspected 4 120 lifts, and "
            "repairs to about 1 870 of them had been completed as at end-September 2023.",
        ]
    )
    assert got["4 120"] == ("2023-09", "month")
    assert got["about 1 870"] == ("2023-09", "month")


def test_a_paragraph_that_does_not_go_on_ends_the_passage() -> None:
    got = as_of(
        [
            "In 2023, the Water Supplies Department replaced 120 kilometres of water mains.",
            "The department will continue to renew ageing water mains across the territory.",
            "Members of the public made 3 200 enquiries through the new hotline.",
        ]
    )
    assert got["120 kilometres"] == ("2023", "year")
    assert got["3 200"] == ("2024-01-17", "day")


def test_a_change_from_a_past_year_is_compared_with_it_not_dated_by_it() -> None:
    got = as_of(
        [
            "The Agriculture, Fisheries and Conservation Department today released its report for "
            "2023. Last year, 1 250 stray dogs were rehomed, up 12 per cent from 2022.",
            "The fee for a dog licence will rise by 5% from April 1.",
        ]
    )
    assert got["1 250"] == ("2023", "year")
    assert got["12 per cent"] == ("2023", "year")  # not the base, 2022
    assert got["5%"] == ("2024-04-01", "day")  # a coming date after a change: when it starts


def test_respectively_skips_the_comparison_base() -> None:
    got = as_of(
        [
            "In the 2022/23 school year, 640 pupils joined the swimming scheme and 410 the rowing "
            "scheme, increases of 8 per cent and 3 per cent respectively over the 2021/22 school year."
        ]
    )
    assert got["8 per cent"] == got["3 per cent"] == ("2022", "year")


def test_a_count_reported_as_at_a_day_inside_its_period_is_of_that_day() -> None:
    got = as_of(
        [
            '"As of yesterday (January 16), 46 cases of scarlet fever had been recorded this year," '
            "a spokesman for the Department of Health said."
        ]
    )
    assert got["46"] == ("2024-01-16", "day")


def test_a_founding_year_does_not_date_what_the_body_is_now() -> None:
    got = as_of(
        [
            "The Advisory Council on Heritage was established in 2008 to advise the Bureau. It "
            "comprises a chairman, 16 non-official members and three official members."
        ]
    )
    assert got["16"] == ("2024-01-17", "day")


def test_a_comparison_with_the_same_period_last_year_does_not_date_what_follows() -> None:
    got = as_of(
        [
            "The Land Registry today (July 17) said that it received 8 240 sale and purchase "
            "agreements in the first half of the year. This represents an increase of 9 per cent "
            "over the 7 560 agreements received in the same period last year.",
            "Of these, 2 110 agreements involved new flats. There were about 640 agreements for "
            "non-residential properties, broadly the same as last year.",
        ],
        footer="Ends/Wednesday, July 17, 2024",
    )
    assert got["8 240"][0].startswith("2024")
    assert got["9 per cent"][0].startswith("2024")
    assert got["2 110"][0].startswith("2024")  # not 2023: a comparison base names no period
    assert got["about 640"][0].startswith("2024")


def test_a_number_compared_with_a_past_year_lends_it_to_no_other_number() -> None:
    got = as_of(
        [
            "In 2023, the Marine Department recorded 612 marine incidents, a decrease of 4.1 per "
            "cent from 638 in 2022. Eleven people died in the incidents in 2023, down from 17 in "
            "2022, while 96 people were injured.",
        ]
    )
    assert got["612"] == ("2023", "year")
    assert got["4.1 per cent"] == ("2023", "year")  # the change is of 2023, its base of 2022
    assert got["638"] == ("2022", "year")
    assert got["17"] == ("2022", "year")
    assert got["96"] == ("2023", "year")  # "down from 17 in 2022" dates 17 only


def test_a_year_that_is_the_subject_is_the_period_of_its_passage() -> None:
    got = as_of(
        [
            "The Agriculture, Fisheries and Conservation Department said today (January 17) that "
            "2023 was a record year for the country parks. Visitors numbered about 13.4 million.",
            "The department also planted 520 000 seedlings.",
        ]
    )
    assert got["about 13.4 million"] == ("2023", "year")
    assert got["520 000"] == ("2023", "year")


def test_a_past_day_named_relative_to_the_release_dates_the_event_that_follows() -> None:
    got = as_of(
        [
            "The Fire Services Department said that a No. 3 alarm fire broke out in a factory "
            "building in Kwai Chung yesterday (January 16). About 180 firefighters were "
            "deployed, and 12 people were rescued.",
        ]
    )
    assert got["About 180"] == ("2024-01-16", "day")
    assert got["12"] == ("2024-01-16", "day")


def test_a_rolling_quarter_is_named_by_its_last_month() -> None:
    got = as_of(
        [
            "According to provisional figures released today (September 17) by the Census and "
            "Statistics Department, the youth unemployment rate rose from 8.1% in May - July 2024 "
            "to 8.6% in June - August 2024. The number of employed youths decreased by around "
            "2 300 to 244 100.",
        ],
        footer="Ends/Tuesday, September 17, 2024",
    )
    assert got["8.1%"] == ("2024-07", "month")
    assert got["8.6%"] == ("2024-08", "month")
    assert got["244 100"] == ("2024-08", "month")  # the passage's period


def test_a_past_clause_of_a_sentence_about_the_future_keeps_its_period() -> None:
    got = as_of(
        [
            "In 2022/23, about 65 per cent of the complaints handled by the Council were resolved "
            "by mediation, and the proportion is expected to exceed 80 per cent within this year.",
        ],
        footer="Ends/Wednesday, May 22, 2024",
    )
    assert got["about 65 per cent"] == ("2022", "year")
    assert got["exceed 80 per cent"] == ("2024", "year")


def test_a_change_on_last_year_is_compared_with_it() -> None:
    got = as_of(
        [
            "The Hong Kong Tourism Board said today (October 8) that hotel occupancy during the "
            "holiday averaged over 90%, with average room rates up about 4% on last year's holiday. "
            "Member agents received 980 inbound tour groups during the holiday.",
        ],
        footer="Ends/Monday, October 8, 2018",
    )
    assert got["about 4%"][0].startswith("2018")
    assert got["980"][0].startswith("2018")  # not 2017: a comparison names no passage period


def test_a_future_sentence_about_the_announced_event_takes_its_day() -> None:
    got = as_of(
        [
            "The Police today (January 17) reminded the public that road closures will be "
            "implemented in Wan Chai on Saturday (January 27) for the New Year fireworks display. "
            "About 400 officers will be deployed for the event.",
            "Under the Summary Offences Ordinance, a person convicted of obstructing a public place "
            "is liable to a maximum fine of $5,000.",
        ]
    )
    assert got["About 400"] == ("2024-01-27", "day")
    assert got["$5,000"] == ("2024-01-17", "day")  # a standing penalty: the release date


def test_two_compared_numbers_share_the_date_after_them() -> None:
    got = as_of(
        [
            "The Marine Department today (January 17) announced that it instigated 402 prosecutions "
            "last year, with fines totalling $1.2 million, compared with 377 prosecutions and fines "
            "of $0.9 million in 2022.",
        ]
    )
    assert got["402"] == ("2023", "year")
    assert got["377"] == ("2022", "year")
    assert got["$0.9 million"] == ("2022", "year")


def test_respectively_in_the_same_period_takes_the_years_listed_before() -> None:
    got = as_of(
        [
            "(a) The numbers of noise complaints received by the Department in the past three years "
            "are as follows: 2021: 21 204; 2022: 23 356; 2023: 25 498. In the same period, the "
            "numbers of cases in which the source was identified were 9 822, 10 547 and 11 903 "
            "respectively, representing a success rate of about 47 per cent in 2023.",
        ]
    )
    assert [got[q][0] for q in ("9 822", "10 547", "11 903")] == ["2021", "2022", "2023"]
    assert got["about 47 per cent"] == ("2023", "year")


def test_a_later_paragraph_in_the_same_financial_years_takes_them_in_order() -> None:
    got = as_of(
        [
            "(1) The Office received 29 347, 31 082 and 33 615 complaints in the 2020/21, 2021/22 "
            "and 2022/23 financial years respectively. The district with the most complaints in "
            "2022/23 was Yau Tsim Mong (3 412).",
            "(2) In the same three financial years, the Office confirmed the source in 11 206, "
            "12 450 and 13 028 cases respectively.",
        ]
    )
    assert [got[q][0] for q in ("29 347", "31 082", "33 615")] == ["2020", "2021", "2022"]
    assert [got[q][0] for q in ("11 206", "12 450", "13 028")] == ["2020", "2021", "2022"]


def test_comparing_a_month_with_the_same_month_a_year_before() -> None:
    got = as_of(
        [
            "Comparing October 2023 with October 2022, total exports to Asia rose by 4.1%. "
            "Increases were registered in exports to India (12.5%) and Vietnam (8.8%).",
        ],
        footer="Ends/Monday, November 27, 2023",
    )
    assert got["4.1%"] == ("2023-10", "month")
    assert got["12.5%"] == ("2023-10", "month")  # the passage is October 2023, not the base


def test_month_of_a_year_list_goes_with_each_year() -> None:
    got = as_of(
        [
            "As at the end of June 2021, 2022 and 2023, the numbers of applicants on the waiting list "
            "for special school places were 1 210, 1 305 and 1 398 respectively."
        ]
    )
    assert got["1 210"] == ("2021-06", "month")
    assert got["1 305"] == ("2022-06", "month")
    assert got["1 398"] == ("2023-06", "month")


def test_day_with_this_year_dates_its_sentence_and_the_partitive_after_it() -> None:
    got = as_of(
        [
            "As at September 30 this year, there were 218 licensed hostels in the district, "
            "comprising 150 guesthouses and 68 holiday flats. Twelve of these are located in Mui Wo."
        ],
        footer="Ends/Wednesday, November 8, 2023",
    )
    assert got["218"] == ("2023-09-30", "day")
    assert got["68"] == ("2023-09-30", "day")
    assert got["Twelve"] == ("2023-09-30", "day")


def test_present_verb_in_a_relative_clause_keeps_the_passage_year() -> None:
    got = as_of(
        [
            "In 2022, the number of occupational injuries fell to 4 215. The logistics sector, which "
            "employs over 80 000 workers, recorded 612 injuries."
        ]
    )
    assert got["4 215"] == ("2022", "year")
    assert got["over 80 000"] == ("2022", "year")
    assert got["612"] == ("2022", "year")


def test_every_number_of_a_comparison_clause_takes_the_period_compared_with() -> None:
    got = as_of(
        [
            "In the first half of 2023, the Marine Department detected 58 cases of illegal "
            "fishing involving 74 vessels, compared with 41 cases involving 52 vessels in the same "
            "period last year."
        ],
        footer="Ends/Wednesday, August 16, 2023",
    )
    assert got["58"] == got["74"] == ("2023-06", "month")
    assert got["41"] == got["52"] == ("2022-06", "month")


def test_a_base_period_does_not_become_the_passage_period() -> None:
    got = as_of(
        [
            "In the first half of 2023, 1 204 fires were reported. The number of fire calls was 18 300, "
            "down from 19 150 in the first half of last year. Vegetation fires dropped by 12% to 312 cases."
        ],
        footer="Ends/Wednesday, August 16, 2023",
    )
    assert got["18 300"] == ("2023-06", "month")
    assert got["19 150"] == ("2022-06", "month")
    assert got["12%"] == got["312"] == ("2023-06", "month")


def test_a_reporting_date_of_a_later_clause_dates_only_that_clause() -> None:
    got = as_of(
        [
            "The Lands Department issued 2 140 notices in the 2022-23 financial year. A total of 1 860 "
            "notices were complied with during the year, while 280 notices remained outstanding as at "
            "March 31, 2023."
        ],
        footer="Ends/Tuesday, May 16, 2023",
    )
    assert got["1 860"] == ("2022", "year")
    assert got["280"] == ("2023-03-31", "day")


def test_a_year_of_assessment_is_a_period() -> None:
    got = as_of(
        [
            "I propose to waive 50 per cent of the profits tax for the year of assessment 2023-24, "
            "subject to a ceiling of $6,000."
        ],
        footer="Ends/Wednesday, February 21, 2024",
    )
    assert got["50 per cent"] == ("2023", "year")
    assert got["a ceiling of $6,000"] == ("2023", "year")


def test_a_launch_date_in_apposition_does_not_date_the_count() -> None:
    got = as_of(
        [
            "Over the holiday, 1.2 million passenger trips were made. The self-service kiosk scheme, "
            "launched two years ago, handled more than 85 000 clearances."
        ],
        footer="Ends/Tuesday, April 23, 2024",
    )
    assert got["more than 85 000"] == ("2024-04-23", "day")


def test_as_at_the_end_of_a_month_beats_the_programme_year() -> None:
    got = as_of(
        [
            "As at the end of February this year, 8 420 trainees had enrolled in the scheme for the "
            "2023/24 programme year."
        ],
        footer="Ends/Friday, March 22, 2024",
    )
    assert got["8 420"] == ("2024-02", "month")


def test_without_a_release_date_the_passage_still_dates_its_sentences() -> None:
    got = as_of(
        [
            "The 12 museums attracted about 4.1 million visitors in 2014. The Museum of Art was the "
            "most popular, with 910 000 visitors.",
            "The Government aims to raise the figure to 5 million before 2030.",
            "Over 60 per cent of the visitors have already joined the membership scheme.",
        ],
        footer="",
    )
    assert got["about 4.1 million"] == got["910 000"] == ("2014", "year")
    # a target is not a period the passage reports; a present state has no date without a release
    assert got["Over 60 per cent"] == (None, None)


def test_without_a_release_date_words_that_need_it_leave_the_fact_undated() -> None:
    got = as_of(
        [
            "In 2018, the programme funded 120 start-ups. As at the end of March this year, there were "
            "3 360 start-ups in the park."
        ],
        footer="",
    )
    assert got["120"] == ("2018", "year")
    assert got["3 360"] == (None, None)


def test_without_a_release_date_a_year_earlier_in_the_sentence_does_not_date_a_last_year() -> None:
    got = as_of(
        ["In 2016, the fair drew 84 exhibitors, and last year it attracted over 31 000 visitors."],
        footer="",
    )
    assert got["84"] == ("2016", "year")
    assert got["over 31 000"] == (None, None)


def test_a_previous_record_is_dated_by_its_own_year_and_does_not_carry() -> None:
    got = as_of(
        [
            "The squad won 31 medals at the Asian Games, which closed last night (October 8). Its "
            "previous best was 24 medals, achieved in 2018.",
            "In the velodrome, cyclist Lee Wai-sze won three gold medals.",
        ],
        footer="Ends/Monday, October 9, 2023",
    )
    assert got["31"] == ("2023-10-08", "day")
    assert got["24"] == ("2018", "year")
    assert got["three"] == ("2023-10-08", "day")


def test_the_period_of_the_figure_compared_with_is_a_comparison() -> None:
    got = as_of(
        [
            "The labour force was 3 912 400 at mid-2024. This represented an increase of 0.6% over the "
            "figure of 3 889 100 at mid-2023. It comprised 3 801 200 employed persons."
        ],
        footer="Ends/Thursday, August 15, 2024",
    )
    assert got["0.6%"] == ("2024", "year")
    assert got["3 801 200"] == ("2024", "year")


def test_a_year_earlier_is_a_year_before_the_period_reported() -> None:
    got = as_of(
        [
            "As at the end of September last year, 3 104 vessels were registered in Hong Kong, "
            "compared with 3 026 a year earlier. Their gross tonnage was 131.2 million tonnes, "
            "against 127.9 million tonnes a year earlier."
        ],
        footer="Ends/Monday, January 20, 2025",
    )
    assert got["3 104"] == ("2024-09", "month")
    assert got["3 026"] == ("2023-09", "month")
    assert got["127.9 million tonnes"] == ("2023-09", "month")


def test_a_change_takes_its_clause_period_not_its_base_period() -> None:
    got = as_of(
        [
            "The number of new mobile service subscriptions in 2023 was 1 840 000, up 2.5 per cent "
            "from 1 795 000 in 2022."
        ],
        footer="Ends/Monday, March 4, 2024",
    )
    assert got["1 840 000"] == ("2023", "year")
    assert got["2.5 per cent"] == ("2023", "year")
    assert got["1 795 000"] == ("2022", "year")


def test_a_range_of_days_is_dated_by_its_month() -> None:
    got = as_of(
        ["The Observatory recorded 412.6 millimetres of rainfall from June 11 to 14."],
        footer="Ends/Friday, June 28, 2024",
    )
    assert got["412.6 millimetres"] == ("2024-06", "month")


def test_a_future_relative_clause_leaves_the_main_clause_in_its_year() -> None:
    got = as_of(
        [
            "In 2023-24, the Film Development Fund approved $126 million for 31 projects, which are "
            "expected to create about 900 jobs."
        ],
        footer="Ends/Tuesday, June 11, 2024",
    )
    assert got["$126 million"] == ("2023", "year")
    assert got["31"] == ("2023", "year")
    assert got["about 900"] == ("2024-06-11", "day")


def test_past_perfect_in_reported_speech_is_the_present() -> None:
    got = as_of(
        [
            "In the first half of the year, the department inspected 412 lifts. The Director said that "
            "a further 96 contractors had been registered under the scheme."
        ],
        footer="Ends/Tuesday, July 16, 2024",
    )
    assert got["412"] == ("2024-06", "month")
    assert got["96"] == ("2024-07-16", "day")


def test_a_financial_year_compared_with_is_a_period_not_a_name() -> None:
    got = as_of(
        [
            "In the 2022-23 financial year, the Land Registry received 1 046 000 applications. During "
            "the year, it handled 412 300 searches, a decrease of over 9% from 2021-22. It also "
            "registered 88 400 deeds."
        ],
        footer="",
    )
    assert got["1 046 000"] == ("2022", "year")
    assert got["412 300"] == ("2022", "year")
    assert got["over 9%"] == ("2022", "year")
    assert got["88 400"] == ("2022", "year")


def test_the_figure_a_change_is_over_does_not_date_the_passage() -> None:
    got = as_of(
        [
            "There are 512 340 registered users of the library app, an increase of 21 870 over the "
            "490 470 users in the 2023 review. The number of e-books borrowed is 1 203 000."
        ],
        footer="Ends/Tuesday, June 18, 2024",
    )
    assert got["490 470"] == ("2023", "year")
    assert got["1 203 000"] == ("2024-06-18", "day")


def test_a_reporting_day_in_a_later_clause_does_not_date_the_passage() -> None:
    got = as_of(
        [
            "The Lands Department received 4 210 applications for short-term tenancies in the 2023-24 "
            "financial year. A total of 3 805 were approved during the year, while 212 remained under "
            "processing as at March 31, 2024.",
            "The department collected $412 million in rent from the tenancies.",
        ],
        footer="Ends/Thursday, June 6, 2024",
    )
    assert got["3 805"] == ("2023", "year")
    assert got["212"] == ("2024-03-31", "day")
    assert got["$412 million"] == ("2023", "year")


def test_during_the_year_goes_back_to_the_last_year_named() -> None:
    got = as_of(
        [
            "In 2023, the Food and Environmental Hygiene Department inspected 61 200 food premises.",
            "Under the Public Health and Municipal Services Ordinance, offenders are liable to a "
            "maximum fine of $50,000.",
            "During the year, the department also instituted 1 930 prosecutions.",
        ],
        footer="Ends/Friday, February 2, 2024",
    )
    assert got["61 200"] == ("2023", "year")
    assert got["$50,000"] == ("2024-02-02", "day")
    assert got["1 930"] == ("2023", "year")


def test_a_year_earlier_twice_is_anchored_to_the_period_reported_each_time() -> None:
    got = as_of(
        [
            "In 2023, the recovery rate of paper was 41 per cent, against 39 per cent a year earlier. "
            "The rate for plastics was 12 per cent, against 11 per cent a year earlier."
        ],
        footer="Ends/Thursday, February 8, 2024",
    )
    assert got["39 per cent"] == ("2022", "year")
    assert got["11 per cent"] == ("2022", "year")


def test_a_period_that_dates_only_a_later_clause_does_not_move_the_passage() -> None:
    got = as_of(
        [
            "Retail sales rose to $31.6 billion in November, according to figures released today.",
            "Sales of jewellery and watches went up 5.2 per cent, after a 3.1 per cent drop in "
            "October. Of the total, about $8.4 billion was spent in supermarkets.",
        ],
        footer="Ends/Tuesday, January 2, 2024",
    )
    assert got["$31.6 billion"] == ("2023-11", "month")
    assert got["5.2 per cent"] == ("2023-11", "month")
    assert got["3.1 per cent"] == ("2023-10", "month")
    assert got["about $8.4 billion"] == ("2023-11", "month")  # the passage is still November


def test_the_story_of_the_day_is_not_dated_by_the_statistics_quoted_before() -> None:
    got = as_of(
        [
            "The Secretary for Commerce and Economic Development, Mr Yau Tang-wah, continued his "
            "visit to Hanoi today (January 17). He noted that trade with Viet Nam reached $98.2 "
            "billion last year.",
            "At a dinner hosted by the Hong Kong Trade Development Council, Mr Yau addressed about "
            "180 business leaders. Mr Yau then met about 15 members of the Vietnamese Chamber.",
        ]
    )
    assert got["$98.2 billion"] == ("2023", "year")
    assert got["about 180"] == ("2024-01-17", "day")
    assert got["about 15"] == ("2024-01-17", "day")


def test_rose_to_a_figure_from_a_base_in_an_earlier_period() -> None:
    got = as_of(
        [
            "In the first quarter of 2024, the number of hotel rooms rose again. The number of "
            "licensed rooms rose to 91 200 from 90 450 in the fourth quarter of 2023. The occupancy "
            "rate increased by 1.2 percentage points to 86 per cent."
        ],
        footer="Ends/Friday, May 17, 2024",
    )
    assert got["91 200"] == ("2024-03", "month")  # the passage's quarter, by its last month
    assert got["90 450"] == ("2023-12", "month")
    assert got["86 per cent"] == ("2024-03", "month")


def test_present_perfect_with_also_and_reported_past_perfect_without_that() -> None:
    got = as_of(
        [
            "In 2022, the Fund approved 48 projects. We have also launched a $500 million scheme for "
            "start-ups. Mr Ho said the $60,000 grant had helped his shop to hire two staff."
        ]
    )
    assert got["48"] == ("2022", "year")
    assert got["$500 million"] == ("2024-01-17", "day")
    assert got["$60,000"] == ("2024-01-17", "day")


def test_in_the_month_goes_back_to_the_month_reviewed() -> None:
    got = as_of(
        [
            "The Civil Aviation Department released the air traffic figures for November 2023 today.",
            "In November, the airport handled 28 400 flights. For the first 11 months of 2023, it "
            "handled 262 000 flights. Air cargo in the month totalled 398 000 tonnes. Exports "
            "accounted for 231 000 tonnes.",
        ],
        footer="Ends/Friday, December 15, 2023",
    )
    assert got["28 400"] == ("2023-11", "month")
    assert got["262 000"] == ("2023-11", "month")  # the first 11 months, named by the last
    assert got["398 000 tonnes"] == ("2023-11", "month")
    assert got["231 000 tonnes"] == ("2023-11", "month")


def test_of_the_month_and_the_months_go_back_to_the_month_reviewed() -> None:
    got = as_of(
        [
            "The Water Supplies Department reviewed water consumption in October 2022 today.",
            "Fresh water consumption in October was 89 million cubic metres. Consumption since "
            "January reached 845 million cubic metres. The daily average of the month was 2.9 million "
            "cubic metres. The month's peak day used 3.2 million cubic metres.",
        ],
        footer="Ends/Tuesday, November 8, 2022",
    )
    assert got["89 million cubic metres"] == ("2022-10", "month")
    assert got["2.9 million cubic metres"] == ("2022-10", "month")
    assert got["3.2 million cubic metres"] == ("2022-10", "month")


def test_the_day_a_facility_opened_does_not_date_what_it_handled() -> None:
    got = as_of(
        [
            "In 2023, the Transport Department issued 412 000 driving licences. The licensing office "
            "in Tung Chung, which commenced operation on June 5, handled 18 600 applications. The "
            "kiosk at Sha Tin, which opened in March, served 9 200 customers."
        ]
    )
    assert got["412 000"] == ("2023", "year")
    assert got["18 600"] == ("2023", "year")
    assert got["9 200"] == ("2023", "year")


def test_statistics_bases_a_quarter_written_short_comparing_and_a_month_earlier() -> None:
    got = as_of(
        [
            "The average occupancy rate of hotels was 88% in the quarter, against 84% in Q2 2024.",
            "Comparing 2024 with 2023, domestic exports rose by 3.1%. Re-exports to Europe went down "
            "by 2.2%.",
            "The seasonally adjusted vacancy rate stood at 2.7% in October - December 2024, the same "
            "as the revised figure for September - November 2024. The participation rate fell from "
            "57.4% to 57.2% over the same period.",
            "Total deposits rose to $15.9 trillion at the end of December 2024 from $15.6 trillion a "
            "month earlier.",
        ],
        footer="Ends/Thursday, January 23, 2025",
    )
    assert got["84%"] == ("2024", "year")
    assert got["3.1%"] == ("2024", "year")
    assert got["2.2%"] == ("2024", "year")
    assert got["2.7%"] == ("2024-12", "month")
    assert got["57.4%"] == ("2024-11", "month")  # the base of the rolling quarters compared
    assert got["57.2%"] == ("2024-12", "month")
    assert got["$15.9 trillion"] == ("2024-12", "month")
    assert got["$15.6 trillion"] == ("2024-11", "month")


def test_the_days_of_a_holiday_and_going_back_to_them() -> None:
    got = as_of(
        [
            "The Transport Department today (February 17) said that about 412 000 vehicle trips were "
            "made across the harbour during the four-day Lunar New Year holiday from February 10 to "
            "February 13, up 3.2 per cent on the same period last year.",
            "The busiest day was February 12, with 118 000 trips.",
            "During the Lunar New Year holiday last year, about 399 000 trips were made. Compared with "
            "the same period last year, franchised bus patronage rose by 6.4 per cent this year.",
            "During the holiday period, the department handled 35 complaints.",
            "Last week, 14 lanes were closed for repairs.",
        ],
        footer="Ends/Monday, February 17, 2025",
    )
    assert got["about 412 000"] == ("2025-02", "month")  # the holiday's days, not its first
    assert got["3.2 per cent"] == ("2025-02", "month")
    assert got["118 000"] == ("2025-02-12", "day")
    assert got["about 399 000"] == ("2024-02", "month")
    assert got["6.4 per cent"] == ("2025-02", "month")  # this year's holiday, not the year
    assert got["35"] == ("2025-02", "month")
    assert got["14"] == ("2025-02", "month")  # "last week": February 10 to 16


def test_a_list_in_the_same_period_takes_the_years_of_the_range_before() -> None:
    got = as_of(
        [
            "In the five financial years from 2019-20 to 2023-24, the Legal Aid Department received "
            "1 980, 2 240, 2 110, 2 530 and 2 900 applications respectively. The numbers of "
            "certificates granted in the same period were 820, 960, 1 040, 1 230 and 1 410.",
            "Between January and June, the department received 1 130 applications.",
        ],
        footer="Ends/Wednesday, August 14, 2024",
    )
    assert [got[n][0] for n in ("820", "960", "1 040", "1 230", "1 410")] == [
        "2019", "2020", "2021", "2022", "2023",
    ]  # fmt: skip
    assert got["1 130"] == ("2024-06", "month")  # January to June of the release's year


def test_a_part_of_a_financial_year_dates_its_sentence() -> None:
    got = as_of(
        [
            "The Housing Department recovered 1 860 flats in the first half of 2023/24, up from "
            "1 540 in the same period of 2022/23. The 2024-25 Budget set aside $1 billion for repairs."
        ]
    )
    assert got["1 860"] == ("2023", "year")
    assert got["1 540"] == ("2022", "year")
    assert got["$1 billion"] == ("2024-01-17", "day")  # a Budget's name is no period


def test_a_when_clause_naming_the_founding_year_dates_the_main_clause() -> None:
    got = as_of(
        [
            "When the Harbour Youth Choir was founded in 1998, it had just two choirs and fewer than "
            "60 members. Today, the Choir runs 11 choirs with 900 members."
        ]
    )
    assert got["two"] == got["fewer than 60"] == ("1998", "year")
    assert got["11"] == got["900"] == ("2024-01-17", "day")


def test_a_survey_named_by_its_year_dates_its_results_when_the_release_is_undated() -> None:
    got = as_of(
        [
            "The Tourism Commission today published its 2024 Visitor Survey, which found that "
            "8 120 hotel rooms were added, up 3 per cent from 7 880 in 2023.",
            "Respondents included 2 400 business travellers.",
        ],
        footer="",
    )
    assert got["8 120"] == got["2 400"] == ("2024", "year")
    assert got["7 880"] == ("2023", "year")


def test_a_record_since_a_year_is_a_comparison_and_the_passage_goes_on() -> None:
    got = as_of(
        [
            "The Commissioner announced today that 21 630 crimes were reported in the first six "
            "months of this year. The detection rate was 47.2 per cent, the highest for the period "
            "since 1996.",
            "Burglary cases dropped by 8.4 per cent to 1 204.",
        ]
    )
    assert got["21 630"] == got["47.2 per cent"] == got["1 204"] == ("2024-06", "month")


def test_a_target_date_after_an_expectation_or_a_target_dates_the_figure() -> None:
    got = as_of(
        [
            "In 2023, the Authority completed 14 200 flats.",
            "The Authority expects to complete about 21 000 flats in 2025-26.",
            "About 45 kilometres of new cycle tracks are also expected to be completed by 2031.",
            "The Council adopted a blueprint which targets a further 20 per cent cut in carbon "
            "emissions by 2035.",
        ]
    )
    assert got["14 200"] == ("2023", "year")
    assert got["about 21 000"] == ("2025", "year")
    assert got["About 45 kilometres"][0] == "2031"
    assert got["20 per cent"][0] == "2035"


def test_a_span_of_months_is_named_by_its_last_and_the_month_goes_back_to_the_report_month() -> None:
    # a monthly summary of the kind the corpus lacks (a water-supply report); "from January to
    # May" is one period, so "during the month" later still means May, not January
    got = as_of(
        [
            "Reservoir storage in May 2026 stood at 512.4 million cubic metres.",
            "Fresh water consumption from January to May was 418.6 million cubic metres.",
            "Some 37 main bursts were recorded during the month.",
        ],
        footer="Ends/Tuesday, June 9, 2026",
    )
    assert got["418.6 million cubic metres"] == ("2026-05", "month")
    assert got["Some 37"] == ("2026-05", "month")


def test_as_at_day_dates_every_count_of_its_clause_and_a_respective_comparison_its_own_period() -> None:
    # A labour-inspection release: "this year" is the span the counts run over, "as at
    # end-October" the day they are counted on; the numbers compared ("respectively") pair with
    # the numbers before them, not with the sentence's periods.
    got = as_of(
        [
            "The Labour Department (LD) mounted a series of inspections from November 4 to 15.",
            "As at end-October, the LD had inspected 2 416 workplaces and 385 construction sites "
            "in enforcement operations this year, compared with 2 180 and 342 respectively in the "
            "same period last year.",
        ],
        footer="Ends/Friday, November 22, 2024",
    )
    assert got["2 416"] == ("2024-10", "month")
    assert got["385"] == ("2024-10", "month")
    # the same period last year: to end-October 2023
    assert got["2 180"] == ("2023-10", "month")
    assert got["342"] == ("2023-10", "month")


def test_counts_after_a_year_to_date_total_as_of_a_day_take_that_day() -> None:
    # A surveillance release: the breakdown after "comprising" is counted on the same day.
    got = as_of(
        [
            "As of yesterday (June 11), 64 cases of Japanese encephalitis surveillance samples had "
            "tested positive this year, comprising 51 from pigs and 13 from mosquitoes."
        ],
        footer="Ends/Wednesday, June 12, 2024",
    )
    assert got["64"] == ("2024-06-11", "day")
    assert got["51"] == ("2024-06-11", "day")
    assert got["13"] == ("2024-06-11", "day")


def test_shares_of_a_whole_keep_the_passage_period_in_any_tense() -> None:
    # A hostel-scheme reply: "Seven of these ... are in operation" goes on with "as at
    # end-October", and so does the next share. A trade-fund release: "Among them, ..." with a
    # present perfect in a relative clause is still of the year the whole was counted in.
    got = as_of(
        [
            "(a) As at end-October this year, the scheme had provided 3 420 hostel places in 11 "
            "projects. Seven of these projects, with 2 180 places, have been completed and are in "
            "operation. Of the places in operation, 460 places are on Hong Kong Island.",
            "In 2024, the Growth Fund approved 917 applications. Among them, 563 projects targeted "
            "the Mainland market and 354 targeted economies that have signed trade agreements with "
            "Hong Kong.",
        ],
        footer="Ends/Wednesday, November 20, 2024",
    )
    assert got["2 180"] == ("2024-10", "month")
    assert got["460"] == ("2024-10", "month")
    assert got["563"] == ("2024", "year")
    assert got["354"] == ("2024", "year")


def test_each_list_item_takes_its_own_financial_year() -> None:
    # a housing-production LegCo reply (a kind the corpus lacks)
    got = as_of(["The HA completed 8 120 flats in 2021/22, 11 460 in 2022/23 and 15 900 in 2023/24."])
    assert got == {"8 120": ("2021", "year"), "11 460": ("2022", "year"), "15 900": ("2023", "year")}


def test_figures_listed_as_at_dates_take_their_own() -> None:
    # a LegCo reply on waiting lists (a kind the corpus lacks)
    got = as_of(
        [
            "The number of elderly persons waiting for nursing home places was 6 410 as at end-March "
            "2022, 6 870 as at end-March 2023 and 7 020 as at end-March 2024."
        ],
        "Ends/Wednesday, June 12, 2024",
    )
    assert got == {
        "6 410": ("2022-03", "month"),
        "6 870": ("2023-03", "month"),
        "7 020": ("2024-03", "month"),
    }


def test_a_past_clause_after_a_colon_in_a_sentence_about_the_future() -> None:
    # a fire-safety annual review (a kind the corpus lacks)
    got = as_of(
        [
            "Fire safety education will also continue: in the 2023/24 school year, officers "
            "delivered fire safety talks at 352 schools."
        ],
        "Ends/Wednesday, January 22, 2025",
    )
    assert got == {"352": ("2023", "year")}


def test_a_date_in_an_aside_does_not_stop_the_passage() -> None:
    # a court-case release on removal orders (a kind the corpus lacks)
    got = as_of(
        [
            "The Buildings Department said today (May 16) that four owners were convicted at the "
            "magistrates' courts yesterday (May 15). One owner was fined $32,000. Another owner, "
            "whose canopy had been subject to a removal order since 2020, was fined $21,500."
        ],
        "Ends/Thursday, May 16, 2024",
    )
    assert got["$32,000"] == ("2024-05-15", "day")
    assert got["$21,500"] == ("2024-05-15", "day")


def test_a_range_from_one_figure_to_another_is_not_a_change_from_a_base() -> None:
    # a wage-statistics release (a kind the corpus lacks)
    got = as_of(
        [
            "The wage index rose by 4.0% in September 2024 compared with September 2023. By "
            "industry, increases ranged from 2.6% in financial activities to 5.7% in food services."
        ],
        "Ends/Tuesday, December 10, 2024",
    )
    assert got["2.6%"] == got["5.7%"] == ("2024-09", "month")


# Round 16 (issue 11): each number its own period in sentences about the future, targets, the
# week or month before, and "this year's" event counted as it stands. Transport, health and
# district releases.
def test_a_base_keeps_its_own_past_year_in_a_sentence_about_the_future() -> None:
    got = as_of(
        [
            "By the end of this year, the scheme will provide about 1 800 transitional "
            "flats, up from 1 200 in 2022."
        ],
        "Ends/Wednesday, March 19, 2025",
    )
    assert got["about 1 800"] == ("2025-12", "month")
    assert got["1 200"] == ("2022", "year")


def test_a_projection_dates_each_number_by_its_own_year() -> None:
    got = as_of(
        [
            "The number of Primary One pupils is projected to fall from about 52 100 in "
            "2024 to about 44 800 in 2030."
        ],
        "Ends/Wednesday, June 12, 2024",
    )
    assert got["about 52 100"] == ("2024", "year")
    assert got["about 44 800"] == ("2030", "year")


def test_a_target_is_to_have_dates_by_its_year() -> None:
    got = as_of(["Our target is to have more than 3 000 electric buses on the road by 2027."],
                "Ends/Tuesday, November 19, 2024")  # fmt: skip
    assert got["more than 3 000"] == ("2027", "year")


def test_the_previous_week_and_month_are_the_period_before_the_one_reported() -> None:
    got = as_of(
        [
            "In the week ending March 8, the CHP recorded 21 outbreaks of acute gastroenteritis, up "
            "from 14 outbreaks in the previous week. The positivity rate for norovirus rose to 9.6 per "
            "cent, from 7.2 per cent in the previous week."
        ],
        "Ends/Tuesday, March 11, 2025",
    )
    assert got["21"] == ("2025-03-08", "day")
    assert got["14"] == ("2025-03-01", "day")
    assert got["9.6 per cent"] == ("2025-03-08", "day")
    assert got["7.2 per cent"] == ("2025-03-01", "day")
    got = as_of(
        [
            "In October, cross-boundary passenger trips rose to 5.6 million, from 5.1 "
            "million in the previous month."
        ],
        "Ends/Thursday, November 14, 2024",
    )
    assert got["5.6 million"] == ("2024-10", "month")
    assert got["5.1 million"] == ("2024-09", "month")


def test_this_years_event_counted_as_it_stands_takes_the_release_day() -> None:
    got = as_of(
        [
            "It is a pleasure to join you at this year's Expo, which has brought "
            "together more than 400 exhibitors."
        ],
        "Ends/Saturday, November 8, 2025",
    )
    assert got["more than 400"] == ("2025-11-08", "day")
    got = as_of(
        ["This year's Awards received 1 180 entries from 290 schools."], "Ends/Saturday, November 8, 2025"
    )
    assert got["1 180"] == ("2025", "year")


def test_each_day_of_a_list_dates_its_own_count() -> None:
    got = as_of(
        [
            "Public hospitals recorded 5 210 attendances on February 10, 4 980 on "
            "February 11 and 5 330 on February 12."
        ],
        "Ends/Friday, February 14, 2025",
    )
    assert got["5 210"] == ("2025-02-10", "day")
    assert got["4 980"] == ("2025-02-11", "day")
    assert got["5 330"] == ("2025-02-12", "day")


def test_a_figure_after_the_period_before_takes_that_period() -> None:
    got = as_of(
        [
            "The airport handled 4.8 million passengers in March, up 9 per cent "
            "year-on-year, after 4.5 million in February."
        ],
        "Ends/Tuesday, April 15, 2025",
    )
    assert got["4.8 million"] == ("2025-03", "month")
    assert got["4.5 million"] == ("2025-02", "month")


def test_the_previous_year_is_the_year_before_the_one_reported() -> None:
    got = as_of(
        [
            "In the 2023-24 financial year, the fund supported 380 young athletes, up from 341 in the "
            "previous year."
        ],
        "Ends/Wednesday, March 19, 2025",
    )
    assert got["380"] == ("2023", "year")
    assert got["341"] == ("2022", "year")
    got = as_of(
        [
            "In the 2018-19 financial year, the scheme supported 412 junior athletes, up from 356 "
            "athletes in the previous financial year."
        ],
        "Ends/Monday, July 29, 2019",
    )
    assert got["412"] == ("2018", "year")
    assert got["356"] == ("2017", "year")  # the year before the one named, not the release's


def test_a_span_of_first_months_dates_its_facts_by_its_last_month() -> None:
    got = as_of(
        [
            "In the first three quarters of 2025, the department recorded 1 346 illegal gambling cases. "
            "Customs seized 32 tonnes of drugs in the first six months, up 8 per cent over the same period "
            "last year."
        ],
        "Ends/Thursday, October 23, 2025",
    )
    assert got["1 346"] == ("2025-09", "month")
    assert got["32 tonnes"] == ("2025-06", "month")


def test_so_far_this_year_is_the_count_up_to_the_release_day() -> None:
    got = as_of(
        [
            "So far this year, the department has detected 31 cases of illegal hawking at the airport. "
            "Of these cases, 12 involved cooked food."
        ],
        "Ends/Wednesday, November 18, 2025",
    )
    assert got["31"] == got["12"] == ("2025-11-18", "day")


def test_a_record_since_a_year_is_no_base_for_the_changes_after_it() -> None:
    got = as_of(
        [
            "In the first six months of 2025, 1 046 burglaries were reported, the lowest first-half "
            "figure since 1969. Robbery cases decreased from 98 to 71."
        ],
        "Ends/Wednesday, August 6, 2025",
    )
    assert got["71"] == ("2025-06", "month")
    assert got["98"][0] != "1969"


def test_the_corresponding_figures_for_the_same_period_last_year_are_of_that_period() -> None:
    got = as_of(
        [
            "In the first five months of this year, the department detected 215 cases of illegal "
            "parking of goods vehicles. The corresponding figures for the same period last year were "
            "188 cases and 1 240 fixed penalty tickets."
        ],
        "Ends/Thursday, June 26, 2025",
    )
    assert got["215"] == ("2025-05", "month")
    assert got["188"] == got["1 240"] == ("2024-05", "month")


def test_what_a_body_started_with_is_dated_by_its_start() -> None:
    got = as_of(
        [
            "The voucher scheme was launched in September last year with 1 500 vouchers. Founded in "
            "1998, the trust now runs 12 centres."
        ],
        "Ends/Wednesday, November 19, 2014",
    )
    assert got["1 500"] == ("2013-09", "month")
    assert got["12"] == ("2014-11-19", "day")


def test_a_labelled_date_of_a_product_dates_no_fact() -> None:
    got = as_of(
        [
            "Product name: Crispy Seaweed Snack",
            "Best-before date: March 31, 2027",
            "The test result showed that the sample contained aluminium at 150 milligrams per kilogram.",
        ],
        "",
    )
    assert got["150 milligrams per kilogram"] == (None, None)
    got = as_of(
        [
            "Product name: Crispy Seaweed Snack",
            "Best-before date: March 31, 2027",
            "The test result showed that the sample contained aluminium at 150 milligrams per kilogram.",
        ]
    )
    assert got["150 milligrams per kilogram"] == ("2024-01-17", "day")  # the release's, not the label's


def test_the_same_month_last_year_is_that_month_a_year_before() -> None:
    got = as_of(
        [
            "The average hotel room occupancy rate in October was 88 per cent, compared with 84 per "
            "cent in the same month last year."
        ],
        "Ends/Thursday, November 20, 2025",
    )
    assert got["88 per cent"] == ("2025-10", "month")
    assert got["84 per cent"] == ("2024-10", "month")


def test_a_paragraph_opening_without_figures_leaves_the_passage_to_the_next_sentence() -> None:
    # a fire-services annual review (a kind the corpus lacks)
    got = as_of(
        [
            "The Director of Fire Services today (January 17) announced the figures for 2023. "
            "The Department handled 38 410 fire calls last year.",
            "He said the Department would continue to promote fire safety. Special service calls "
            "rose by 4.2 per cent to 41 260.",
        ]
    )
    assert got["38 410"] == ("2023", "year")
    assert got["4.2 per cent"] == ("2023", "year")
    assert got["41 260"] == ("2023", "year")
    # an opening with a figure of its own still ends the passage when it neither goes on nor dates
    got = as_of(
        [
            "The Department handled 38 410 fire calls in 2023.",
            "The Department will recruit 300 firemen. Special service calls rose to 41 260.",
        ]
    )
    assert got["41 260"] == ("2024-01-17", "day")


def test_a_release_without_a_date_reads_bare_months_in_the_passage_year() -> None:
    # an index release saved without its footer: the months are of the year it reports
    got = as_of(
        [
            "The Index of Industrial Production for March 2013 rose by 2.1 per cent.",
            "The seasonally adjusted index was 3.9 per cent higher in March, up from 3.1 per cent "
            "in February.",
        ],
        footer="",
    )
    assert got["3.9 per cent"] == ("2013-03", "month")
    assert got["3.1 per cent"] == ("2013-02", "month")


def test_the_day_of_the_telling_does_not_date_what_is_told() -> None:
    # a tourism-board results release: "today" is the announcement's, "last year" the count's
    got = as_of(
        [
            "The Hong Kong Tourism Board today (January 17) announced that it supported a record "
            "412 overseas, Mainland and Taiwan conventions in Hong Kong last year. They brought "
            "in 98 000 delegates."
        ]
    )
    assert got["412"] == ("2023", "year")
    assert got["98 000"] == ("2023", "year")


def test_after_a_speakers_aside_people_s_words_do_not_take_the_passage() -> None:
    # a district council's grants (a kind the corpus lacks): the passage's year is 2023; a
    # legislator's welcome after the chairman's aside is no statistic of that year
    got = as_of(
        [
            "In 2023, the council funded 68 projects with grants of $25.3 million.",
            "The Chairman, Mr Poon Kwok-leung, said the grants would build a stronger community. "
            "The Hon Ho Man-yee welcomed the increase in funding for elderly services, which rose "
            "by 12 per cent.",
        ]
    )
    assert got["68"] == ("2023", "year")
    assert got["12 per cent"] == ("2024-01-17", "day")


def test_a_difference_from_the_period_compared_is_of_its_own_period() -> None:
    # a kindergarten-places notice (a kind the corpus lacks): "than that for" names the base
    got = as_of(
        [
            "The number of K1 places for the 2023/24 school year is about 61 200, some 4 800 fewer "
            "than that for the 2022/23 school year."
        ]
    )
    assert got["about 61 200"] == ("2023", "year")
    assert got["some 4 800"] == ("2023", "year")
    # the figure of the period compared with, in brackets after it, is of that period
    got = as_of(["The vacancy rate for December 2023 was 3.1%, lower than that for November 2023 (3.4%)."])
    assert got["3.1%"] == ("2023-12", "month")
    assert got["3.4%"] == ("2023-11", "month")


def test_a_change_from_one_period_to_another_holds_for_the_second() -> None:
    # a monetary-statistics release (a kind the corpus lacks)
    got = as_of(
        [
            "The Exchange Fund's total assets rose by HK$12.4 billion from end-October 2023 to "
            "HK$4,012.7 billion at end-November 2023."
        ]
    )
    assert got["HK$12.4 billion"] == ("2023-11", "month")
    assert got["HK$4,012.7 billion"] == ("2023-11", "month")


def test_a_list_of_figures_takes_the_date_written_after_its_last() -> None:
    # a rating-and-valuation notice (a kind the corpus lacks): each list has its own month
    got = as_of(
        [
            "The vacancy rates of Grade A, B and C offices were 12.1%, 9.4% and 7.8% respectively in "
            "December 2023, against 11.6%, 9.0% and 7.5% in December 2022."
        ]
    )
    assert got["12.1%"] == got["9.4%"] == got["7.8%"] == ("2023-12", "month")
    assert got["11.6%"] == got["9.0%"] == got["7.5%"] == ("2022-12", "month")


def test_a_month_labelling_bracketed_figures_dates_them() -> None:
    # a water-supplies index release (a kind the corpus lacks): "(September: ...)" is the month before
    got = as_of(
        [
            "Year-on-year increases in the water charges index for domestic, commercial and industrial "
            "users in October were 2.1%, 1.8% and 1.5% respectively (September: 2.0%, 1.7% and 1.6%)."
        ]
    )
    assert got["2.1%"] == got["1.8%"] == got["1.5%"] == ("2023-10", "month")
    assert got["2.0%"] == got["1.7%"] == got["1.6%"] == ("2023-09", "month")


def test_the_preceding_quarter_or_three_months_is_the_figures_own_period() -> None:
    # air cargo and logistics statistics (kinds the corpus lacks)
    got = as_of(
        [
            "Air cargo throughput rose by 3.2% in the third quarter of 2023, following a 1.1% fall in "
            "the preceding quarter.",
            "The vacancy rate of the logistics sector eased to 2.4% in October - December 2023, after "
            "2.9% in the preceding three-month period.",
        ]
    )
    assert got["3.2%"] == ("2023-09", "month")
    assert got["1.1%"] == ("2023-06", "month")
    assert got["2.4%"] == ("2023-12", "month")
    assert got["2.9%"] == ("2023-11", "month")
    # a change over the year before is still of its own year
    got = as_of(["In 2022, the libraries lent 11 240 000 items, 6 per cent more than in the previous year."])
    assert got["6 per cent"] == ("2022", "year")


def test_months_of_an_undated_release_take_the_year_of_its_half_year() -> None:
    # a noise-monitoring summary with no date line (a kind the corpus lacks)
    got = as_of(
        [
            "In the first half of 2023, the number of noise complaints fell by 9 per cent. Complaints "
            "about construction noise were up 3.1 per cent year-on-year in June, after a rise of 2.4 "
            "per cent in May."
        ],
        footer="",
    )
    assert got["3.1 per cent"] == ("2023-06", "month")
    assert got["2.4 per cent"] == ("2023-05", "month")


def test_the_same_point_last_year_is_the_day_a_year_before() -> None:
    # a pneumococcal-vaccination update (a kind the corpus lacks): the rate stands on the release day
    got = as_of(
        ["Among elders aged 65 or above, the uptake rate reached 52.4 per cent, compared with 49.0 per "
         "cent at the same point last year."]
    )  # fmt: skip
    assert got["52.4 per cent"] == ("2024-01-17", "day")
    assert got["49.0 per cent"] == ("2023-01-17", "day")


def test_the_same_point_or_period_last_year_of_a_reported_day_is_that_day_a_year_before() -> None:
    # an organ-donation register update (a kind the corpus lacks): the figures stand "as at" a day
    got = as_of(
        ["The Department of Health said today (January 17) that 359 000 persons had registered in the "
         "Centralised Organ Donation Register as at January 15, about 4 per cent more than the 345 000 "
         "registrations recorded in the same period last year.",
         "Among persons aged 18 to 30, the registration rate reached 6.2 per cent, compared with 5.8 per "
         "cent at the same point last year."]
    )  # fmt: skip
    assert got["359 000"] == ("2024-01-15", "day")
    assert got["345 000"] == ("2023-01-15", "day")
    assert got["6.2 per cent"] == ("2024-01-15", "day")
    assert got["5.8 per cent"] == ("2023-01-15", "day")


def test_a_sentence_for_comparison_only_takes_the_period_compared_with() -> None:
    # port container statistics (a kind the corpus lacks)
    got = as_of(
        ["In December 2023, the container throughput of the Hong Kong port was 1.21 million TEUs.",
         "For comparison, a throughput of 1.32 million TEUs, 9.1 per cent more, was recorded in the same "
         "month a year earlier."]
    )  # fmt: skip
    assert got["1.21 million"] == ("2023-12", "month")
    assert got["1.32 million"] == ("2022-12", "month")
    # a comparison sentence with a period of its own keeps it
    got = as_of(
        ["By comparison, the throughput in November 2023 was 1.18 million TEUs, against 1.30 million "
         "TEUs a year earlier."]
    )  # fmt: skip
    assert got["1.18 million"] == ("2023-11", "month")
    assert got["1.30 million"] == ("2022-11", "month")


def test_a_figure_a_share_above_or_below_is_the_base_of_its_own_period() -> None:
    # a rainfall review (a kind the corpus lacks): "8 per cent below the X recorded a year earlier"
    got = as_of(
        ["The accumulated rainfall from January to November 2023 was 2 410.6 millimetres, 8 per cent "
         "below the 2 620.3 millimetres recorded in the same period a year earlier.",
         "The rainfall in November 2023 was 61.2 millimetres, about 23 per cent above the normal of "
         "49.8 millimetres."]
    )  # fmt: skip
    assert got["2 410.6 millimetres"] == ("2023-11", "month")
    assert got["2 620.3 millimetres"] == ("2022-11", "month")
    assert got["49.8 millimetres"] == ("2023-11", "month")


def test_a_breakdown_in_its_own_paragraph_is_of_the_whole_just_reported() -> None:
    # a LegCo reply on day-care places (a kind the corpus lacks)
    got = as_of(
        ["As at March 31, 2023, there were 3 980 subsidised day-care places for the elderly, and 620 "
         "applicants were waiting for such places.",
         "The breakdown by district is as follows: Kowloon City had 410 places and 55 applicants; Sha "
         "Tin had 520 places and 71 applicants."]
    )  # fmt: skip
    assert got["3 980"] == ("2023-03-31", "day")
    assert got["410"] == got["71"] == ("2023-03-31", "day")


def test_a_sentence_about_the_same_period_last_year_alone_is_of_that_period() -> None:
    # a labour-department reply on placements (a kind the corpus lacks)
    got = as_of(
        ["In the first nine months of this year, the department recorded 14 870 placements. The number "
         "of placements in the same period last year was 13 512.",
         "Vacancies posted rose to 82 300 in the first nine months of this year, from 79 100 in the same "
         "period a year earlier."],
        footer="Ends/Tuesday, October 17, 2023",
    )  # fmt: skip
    assert got["14 870"] == ("2023-09", "month")
    assert got["13 512"] == ("2022-09", "month")
    assert got["82 300"] == ("2023-09", "month")


def test_in_that_year_points_back_at_the_period_last_named() -> None:
    # a LegCo reply on a training programme (a kind the corpus lacks)
    got = as_of(
        ["In 2021-22, the programme office had 48 civil service posts. The programme expenditure in "
         "that year amounted to $98.6 million, and the provision for 2022-23 is $104.3 million."]
    )  # fmt: skip
    assert got["$98.6 million"] == ("2021", "year")
    assert got["$104.3 million"] == ("2022", "year")


def test_as_at_the_end_of_a_month_closing_the_sentence_dates_it() -> None:
    # a waste-statistics release (a kind the corpus lacks): the passage's year does not date it
    got = as_of(
        ["In 2022, a total of 5.67 million tonnes of municipal solid waste was disposed of.",
         "The source separation programme, launched in January 2005, had been joined by 1 180 housing "
         "estates covering 1.6 million households, or about 68 per cent of the population, as at the "
         "end of November last year."]
    )  # fmt: skip
    assert got["5.67 million tonnes"] == ("2022", "year")
    assert got["1 180"] == got["1.6 million"] == got["about 68 per cent"] == ("2023-11", "month")


def test_a_list_of_counted_items_takes_the_date_after_its_last() -> None:
    # a community-recycling release (a kind the corpus lacks)
    got = as_of(
        ["In 2022, the network collected 10 200 tonnes of recyclables.",
         "It comprised 14 Recycling Stations, 36 Recycling Stores and 95 Recycling Spots at the end of "
         "June last year, up from 11, 32 and 88 respectively at the end of 2022."]
    )  # fmt: skip
    assert got["14"] == got["36"] == got["95"] == ("2023-06", "month")
    # a count followed by a clause of its own keeps the passage's period
    got = as_of(
        ["In 2022, the Department received 120 complaints, and 45 cases were referred in March 2023."]
    )
    assert got["120"] == ("2022", "year")


def test_a_change_from_an_estimate_of_another_year_is_of_its_own_year() -> None:
    # a departmental expenditure note (a kind the corpus lacks)
    got = as_of(
        ["In 2023, the department's spending was $14.3 billion, up 8.2 per cent from the revised "
         "estimate of $13.22 billion for 2022."]
    )  # fmt: skip
    assert got["$14.3 billion"] == got["8.2 per cent"] == ("2023", "year")
    assert got["$13.22 billion"] == ("2022", "year")


def test_a_figure_in_apposition_takes_the_day_of_its_predicate() -> None:
    # an annual weather review (a kind the corpus lacks)
    got = as_of(
        ["The highest temperature in 2023, 35.6 degrees, was recorded at the Observatory on July 19, "
         "while the lowest, 6.3 degrees, occurred on January 25.",
         "In 2023, the Department handled 1 200 cases, 30 per cent more than in 2022, and received 400 "
         "complaints."]
    )  # fmt: skip
    assert got["35.6"] == ("2023-07-19", "day")
    assert got["6.3"] == ("2023-01-25", "day")
    assert got["30 per cent"] == got["400"] == ("2023", "year")


def test_respectively_pairs_figures_with_the_periods_written_as_one_list() -> None:
    # a tourism release and a measles update (kinds the corpus lacks)
    got = as_of(
        ["Visitor arrivals fell by 26.4% in the third quarter of 2023, with arrivals in August and "
         "September down by 39.1% and 34.2% respectively."]
    )  # fmt: skip
    assert got["39.1%"] == ("2023-08", "month")
    assert got["34.2%"] == ("2023-09", "month")
    got = as_of(["In 2023, a total of 11 cases were recorded, compared with 12 in 2022, of which nine and 10 "
                 "were imported respectively."])  # fmt: skip
    assert got["nine"] == ("2023", "year")
    assert got["10"] == ("2022", "year")


def test_the_period_of_a_level_compared_with_is_not_the_figures() -> None:
    # vehicle-licensing and airport releases (kinds the corpus lacks)
    got = as_of(
        ["As at the end of December 2023, there were 587 611 licensed vehicles, 2.6% more than the "
         "figure at end-2022.",
         "In 2023, passenger traffic recovered to about 74% of the level recorded in 2018. Transit "
         "passengers numbered 13.2 million."]
    )  # fmt: skip
    assert got["587 611"] == got["2.6%"] == ("2023-12", "month")
    assert got["about 74%"] == got["13.2 million"] == ("2023", "year")


def test_a_maximum_fine_offenders_face_stands_on_the_release_day() -> None:
    # a road-safety release (a kind the corpus lacks): the law's maximum is no figure of the year
    got = as_of(
        ["In 2023, 1 200 drivers were arrested for drink driving. The Police reminded motorists that "
         "offenders face a maximum fine of $25,000 and imprisonment for three years."]
    )  # fmt: skip
    assert got["1 200"] == ("2023", "year")
    assert got["$25,000"] == ("2024-01-17", "day")


def test_comparing_two_periods_dates_the_figure_risen_from() -> None:
    # a labour-force release by industry (a kind the corpus lacks)
    got = as_of(
        ["Comparing October - December 2023 with September - November 2023, the unemployment rate of the "
         "transportation sector rose from 3.9% to 4.3%."]
    )  # fmt: skip
    assert got["3.9%"] == ("2023-11", "month")
    assert got["4.3%"] == ("2023-12", "month")


def test_a_first_since_is_a_record_not_a_period() -> None:
    # a national-accounts release: "the first increase since" compares, the passage's quarter stays
    got = as_of(
        ["Real GDP grew by 2.7% in the third quarter of 2023.",
         "Private consumption expenditure edged up by 1.1%, the first year-on-year increase since the "
         "fourth quarter of 2021."]
    )  # fmt: skip
    assert got["1.1%"] == ("2023-09", "month")


def test_a_monthly_report_dates_its_figures_by_the_month_it_covers() -> None:
    # a food-surveillance release: "the findings of its report for March" dates the paragraph
    got = as_of(
        ["The Centre today (April 29) released the findings of its Food Safety Report for March. About "
         "9 800 food samples were tested. The overall satisfactory rate was 99.8 per cent."],
        footer="Ends/Monday, April 29, 2019",
    )  # fmt: skip
    assert got["About 9 800"] == ("2019-03", "month")
    assert got["99.8 per cent"] == ("2019-03", "month")


def test_a_month_opening_its_sentence_dates_it() -> None:
    # a country-parks release: "November alone saw ..." is November's figure, October is the base
    got = as_of(
        ["Country parks received 13.2 million visitors in 2016. November alone saw 1.6 million visitors, "
         "compared with 1.4 million in October."],
        footer="Ends/Tuesday, January 24, 2017",
    )  # fmt: skip
    assert got["1.6 million"] == ("2016-11", "month")
    assert got["1.4 million"] == ("2016-10", "month")


def test_a_change_counted_from_a_year_and_a_phase_compared_with_are_bases() -> None:
    # road-safety and pest-control releases: "rose by nine from 2023" is a change over 2023; "over
    # the corresponding phase in 2022" is a base; both facts are of the passage's year
    got = as_of(
        ["In 2024, there were 16 000 road traffic accidents. Fatal accidents rose by nine from 2023, while "
         "serious accidents fell by 4.6 per cent.",
         "In 2023, staff caught 9 870 rodents, an increase of 15 per cent over the corresponding phase "
         "in 2022."],
        footer="Ends/Friday, February 14, 2025",
    )  # fmt: skip
    assert got["4.6 per cent"] == ("2024", "year")
    assert got["15 per cent"] == ("2023", "year")


def test_bases_listed_respectively_take_the_period_after_them() -> None:
    # a port-statistics release: "compared with 3 080 and 16 470 respectively in April" are April's
    got = as_of(
        ["In May, 3 140 ocean vessels and 15 920 river vessels arrived in Hong Kong, compared with 3 080 "
         "and 16 470 respectively in April."],
        footer="Ends/Friday, June 24, 2011",
    )  # fmt: skip
    assert got["3 140"] == ("2011-05", "month")
    assert got["3 080"] == ("2011-04", "month")
    assert got["16 470"] == ("2011-04", "month")


def test_a_base_in_brackets_after_a_figure_dates_only_itself() -> None:
    # a road-safety review: "(3 402 in 2023)" is the base; the sentence's changes are of 2024
    got = as_of(
        ["In 2024, there were 16 000 accidents. Accidents involving motorcycles rose by 7.8 per cent to "
         "2 540, while those involving goods vehicles totalled 3 318 (3 402 in 2023)."],
        footer="Ends/Friday, February 14, 2025",
    )  # fmt: skip
    assert got["7.8 per cent"] == ("2024", "year")
    assert got["2 540"] == ("2024", "year")


def test_three_bases_listed_respectively_take_the_period_after_them() -> None:
    # a crime review: each of "17, 131 and 3 452" is of the first half of 2011
    got = as_of(
        ["In the first half of 2012, there were 12 homicide cases, 94 robberies and 3 310 cases of wounding, "
         "compared with 17, 131 and 3 452 respectively in the first half of 2011."],
        footer="Ends/Friday, August 10, 2012",
    )  # fmt: skip
    assert [got[q][0] for q in ("12", "94", "3 310")] == ["2012-06"] * 3
    assert [got[q][0] for q in ("17", "131", "3 452")] == ["2011-06"] * 3


def test_a_figure_exceeding_the_same_period_last_year_is_of_this_period() -> None:
    # a trade-mission release: "exceeding the figure for the same period last year" is the base,
    # not the figures' own period ("The figures for the same period last year were ..." would be)
    got = as_of(
        ["He added that bilateral trade in the first nine months of this year amounted to $31.2 billion, "
         "exceeding the figure for the same period last year by 9.5 per cent."],
        footer="Ends/Friday, November 14, 2025",
    )  # fmt: skip
    assert got["$31.2 billion"] == ("2025-09", "month")
    assert got["9.5 per cent"] == ("2025-09", "month")
    base = as_of(["The corresponding figures for the same period last year were 264 cases."])
    assert base["264"][0] == "2023"


def test_a_change_compared_with_the_end_of_a_month_last_year() -> None:
    # a vehicle-licensing release: "when compared with end-January last year" is the base
    got = as_of(
        ["As at end-January, there were 434 110 licensed private cars.",
         "The number of licensed private cars increased by 4.1 per cent when compared with end-January "
         "last year."],
        footer="Ends/Friday, February 17, 2012",
    )  # fmt: skip
    assert got["4.1 per cent"] == ("2012-01", "month")


def test_bases_after_against_and_a_subject_named_by_its_period() -> None:
    # a weather review and a water-supply agreement
    got = as_of(
        ["There were 40 very hot days and 21 hot nights last year, against 29 and 17 respectively in 2011."],
        footer="Ends/Tuesday, January 8, 2013",
    )  # fmt: skip
    assert [got[q][0] for q in ("40", "21", "29", "17")] == ["2012", "2012", "2011", "2011"]
    price = as_of(
        ["The price for 2012 represents an increase of 6.3 per cent over the $3.671 billion payable "
         "for 2011."],
        footer="Ends/Wednesday, December 15, 2010",
    )  # fmt: skip
    assert price["6.3 per cent"] == ("2012", "year")
    assert price["$3.671 billion"] == ("2011", "year")


def test_past_clauses_inside_a_sentence_about_the_future() -> None:
    # a drainage reply and a sewage-works release: the base "up from 150 last year" and a relative
    # clause "which received some 8 500 visitors last year" report the past; "to four at present"
    # is now
    got = as_of(
        ["For the coming rainy season, the DSD will pre-position 180 mobile pumps, up from 150 last year.",
         "The visitor centre, which received some 8 500 visitors last year, will remain open.",
         "The number of flooding blackspots has dropped from 90 in 1995 to four at present."],
        footer="Ends/Wednesday, November 24, 2021",
    )  # fmt: skip
    assert got["180"] == ("2021-11-24", "day")
    assert got["150"] == ("2020", "year")
    assert got["some 8 500"] == ("2020", "year")
    assert got["90"] == ("1995", "year")
    assert got["four"] == ("2021-11-24", "day")


def test_a_record_surpassed_and_a_level_named_by_its_year_are_bases() -> None:
    # an Asian Games release and a tourism speech
    got = as_of(
        ["Hong Kong athletes won 49 medals - eight gold, 16 silver and 25 bronze - surpassing the 46 "
         "medals won at the Jakarta-Palembang Games in 2018.",
         "He said that visitor arrivals had recovered to about 34 million last year, or 52 per cent of "
         "the 2018 level."],
        footer="Ends/Tuesday, October 10, 2023",
    )  # fmt: skip
    assert got["16"] == ("2023-10-10", "day")
    assert got["46"] == ("2018", "year")
    assert got["52 per cent"] == ("2022", "year")


def test_a_calendar_year_and_second_bases_date_only_their_figures() -> None:
    # a price index release, a start-up survey and a rodent survey: "for the calendar year 2023"
    # dates its figure; "compared with 7 450 in 2021 and 6 980 in 2020" and "down from 3.6 per
    # cent in the first round and 4.1 per cent in the same period last year" are bases, which
    # carry no period to the sentences after them
    footer = "Ends/Monday, April 22, 2024"
    got = as_of(
        ["The index rose by 1.8% in the 12 months ending March 2024, against 2.3% for the calendar "
         "year 2023."],
        footer=footer,
    )  # fmt: skip
    assert got["2.3%"] == ("2023", "year")
    got = as_of(
        ["Start-ups in the parks employed 8 120 people, compared with 7 450 in 2021 and 6 980 in "
         "2020. The survey covered 310 incubators."],
        footer=footer,
    )  # fmt: skip
    assert got["6 980"] == ("2020", "year")
    assert got["310"] == ("2024-04-22", "day")
    got = as_of(
        ["The infestation rate for the second round this year was 2.8 per cent, down from 3.6 per "
         "cent in the first round and 4.1 per cent in the same period last year."],
        footer=footer,
    )  # fmt: skip
    assert got["3.6 per cent"][0].startswith("2024")
    assert got["4.1 per cent"][0].startswith("2023")
    # a hotel release: "up from 212 hotels with 67 394 rooms at end-2012": the base's own count
    got = as_of(
        ["As at the end of October, there were 230 hotels providing 70 017 rooms, up from 212 hotels "
         "with 67 394 rooms at end-2012."],
        footer="Ends/Friday, November 29, 2013",
    )  # fmt: skip
    assert got["212"] == got["67 394"] == ("2012-12", "month")


def test_a_finding_and_a_past_clause_before_a_forecast_keep_their_past() -> None:
    # a market survey: what respondents "would" do is the finding of last year's survey; a port
    # release: "grew to 17.8 million TEUs in 2019 and is expected to exceed 18 million"
    got = as_of(
        ["A survey conducted last year found that 58 per cent of respondents would use the new app.",
         "Container throughput grew to 17.8 million TEUs in 2019 and is expected to exceed 18 million "
         "TEUs in 2021."],
        footer="Ends/Tuesday, March 10, 2020",
    )  # fmt: skip
    assert got["58 per cent"] == ("2019", "year")
    assert got["17.8 million"] == ("2019", "year")
    assert got["exceed 18 million"] == ("2021", "year")
    # an excise reply: what the revenue "would have" been had the seized goods paid duty is a
    # counterfactual of the year they were seized, no future
    got = as_of(
        ["If all the illicit liquor seized in 2018 had been duty-paid, the duty involved would have "
         "amounted to about $12 million."],
        footer="Ends/Wednesday, May 15, 2019",
    )  # fmt: skip
    assert got["about $12 million"] == ("2018", "year")


def test_figures_listed_respectively_after_a_span_of_days_take_one_day_each() -> None:
    # an immigration release: four daily figures after "(April 18 to 21)" are one a day; three
    # figures after a four-day span are not
    got = as_of(
        ["Some 2.48 million passenger trips were made through the control points during the Easter "
         "holidays (April 18 to 21). The daily figures were 620 000, 655 000, 590 000 and 615 000 "
         "respectively."],
        footer="Ends/Tuesday, April 22, 2025",
    )  # fmt: skip
    assert [got[q] for q in ("620 000", "655 000", "590 000", "615 000")] == [
        ("2025-04-18", "day"),
        ("2025-04-19", "day"),
        ("2025-04-20", "day"),
        ("2025-04-21", "day"),
    ]
    got = as_of(
        ["Some 2.48 million passenger trips were made during the Easter holidays (April 18 to 21). "
         "Arrivals, departures and transits were 1.2 million, 1.1 million and 180 000 respectively."],
        footer="Ends/Tuesday, April 22, 2025",
    )  # fmt: skip
    assert got["180 000"] == ("2025-04", "month")


def test_limits_and_offers_a_rule_or_scheme_sets_stand_at_the_release() -> None:
    # a labour release: what a programme offers and what the law makes an offence stand whatever
    # month the passage reports; so does a food regulation's permitted level
    got = as_of(
        ["In March, the unemployment rate was 3.1 per cent.",
         "He also reminded employers that the Employment Programme for the Elderly and Middle-aged "
         "offers a monthly on-the-job training allowance of up to $5,000 for each eligible employee.",
         "Mr Lau reminded contractors that under the Construction Sites (Safety) Regulations, failing "
         "to provide suitable working platforms is an offence liable to a maximum fine of $200,000.",
         "In 2025, the CFS tested 12 300 samples. Under the Preservatives in Food Regulation, the "
         "maximum permitted level of sulphur dioxide in dried fruit is 2 000 ppm."],
        footer="Ends/Thursday, April 16, 2026",
    )  # fmt: skip
    assert got["3.1 per cent"] == ("2026-03", "month")
    assert got["up to $5,000"] == got["$200,000"] == got["2 000 ppm"] == ("2026-04-16", "day")


def test_corresponding_figures_take_the_periods_listed_before_and_a_bare_change_is_current() -> None:
    # a LegCo reply on the disciplined services: "The corresponding strength was A, B and C" after
    # three year-ends; a labour release: "up about 12 000 from end-2024" is a change up to now
    got = as_of(
        ["As at end-2023, end-2024 and end-2025, the Force's establishment stood at 37 681, 37 853 "
         "and 38 410 posts respectively. The corresponding strength was 33 780, 33 356 and 34 102 "
         "officers.",
         "The unemployment rate stood at 3.8% in October - December 2025, while total employment was "
         "3 681 000, up about 12 000 from end-2024."],
        footer="Ends/Monday, January 19, 2026",
    )  # fmt: skip
    assert [got[q] for q in ("33 780", "33 356", "34 102")] == [
        ("2023-12", "month"),
        ("2024-12", "month"),
        ("2025-12", "month"),
    ]
    assert got["about 12 000"] == ("2025-12", "month")


def test_a_round_opening_the_sentence_is_dated_by_its_launch() -> None:
    # a funding scheme's results: "In the first round, launched in 2024-25, ..." dates the round's
    # figures; "The scheme, launched in 2019, has helped 540 firms" is a count up to now
    got = as_of(
        ["In the first round, launched in 2024-25, the Fund received 187 applications and approved 38 "
         "projects.",
         "In the pilot phase, launched in September 2013, 1 200 vouchers were issued.",
         "The scheme, launched in 2019, has helped 540 firms."],
        footer="Ends/Thursday, January 15, 2026",
    )  # fmt: skip
    assert got["187"] == got["38"] == ("2024", "year")
    assert got["1 200"] == ("2013-09", "month")
    assert got["540"] == ("2026-01-15", "day")


def test_a_past_change_then_a_future_one_founding_years_and_outgoing_members() -> None:
    # an appointment release: "... on May 1 last year and will rise to ... on May 1 this year" has
    # two predicates, each with its date; a body's founding year "established under the ...
    # Ordinance in 1996" dates no fact; "the six outgoing members" leave on the day
    got = as_of(
        ["The Council, established under the Legal Aid Services Council Ordinance in 1996, comprises "
         "a Chairman and not more than 10 other members.",
         "The minimum wage was adjusted to $43.1 per hour on May 1 last year and will rise to $44.6 "
         "per hour on May 1 this year.",
         "In December last year, the Council approved 40 grants. The Chairman thanked the six "
         "outgoing members for their contribution over the past three years.",
         "When the Greening, Landscape and Tree Management Section was set up in 2010, there were "
         "about 1.2 million trees on government land."],
        footer="Ends/Thursday, April 30, 2026",
    )  # fmt: skip
    assert got["$43.1"] == ("2025-05-01", "day")
    assert got["$44.6"] == ("2026-05-01", "day")
    assert got["not more than 10"] == ("2026-04-30", "day")
    assert got["40"] == ("2025-12", "month")
    assert got["six"] == ("2026-04-30", "day")
    assert got["about 1.2 million"] == ("2010", "year")


def test_an_undated_release_with_a_period_it_cannot_resolve_ends_the_passage() -> None:
    # a LegCo reply without a date line: "As at the end of May" is of a year the text does not
    # give, so the school year before does not go on after it; nor does a named month go on after
    # "this year", which needs the release date; a target "this year" in a clause about the future
    # ends nothing
    got = as_of(
        ["The expenditure on the scheme in 2007-08 was $1.53 billion.",
         "As at the end of May, 3 940 teachers had enrolled in the courses. Of the 3 940 teachers, "
         "1 185 had completed their studies.",
         "The port's container throughput in May 2011 was 2.12 million TEUs. For the first five "
         "months of this year, throughput totalled 9.73 million TEUs."],
        footer="",
    )  # fmt: skip
    assert got["$1.53 billion"] == ("2007", "year")
    assert got["1 185"] == (None, None)
    assert got["2.12 million"] == ("2011-05", "month")
    assert got["9.73 million"] == (None, None)
    got = as_of(
        ["The BD issued 33 840 removal orders in 2009. It targeted 600 buildings in 2009 and will "
         "target another 500 buildings this year. Of the 600 target buildings, 420 were "
         "single-staircase buildings."],
        footer="",
    )  # fmt: skip
    assert got["420"] == ("2009", "year")


def test_a_second_predicate_about_the_future_keeps_its_date_to_itself() -> None:
    # a customs case: the men were charged on the release day; "tomorrow" is when they appear
    got = as_of(
        ["The two arrested men have been charged with trafficking in a dangerous drug and will appear "
         "in court tomorrow (January 18)."],
    )  # fmt: skip
    assert got["two"] == ("2024-01-17", "day")


def test_a_birth_year_names_an_age_group_not_a_period() -> None:
    # a registration release: "persons born in 1958 to 1960" is who, not when; the shares are
    # dated by the call-up the passage reports (its last day since round 43: a span of days
    # carries its end to the sentences after it)
    got = as_of(
        ["About 2.1 million persons had registered as at the end of April. Persons born in 1958 to "
         "1960 were called up from March 4 to April 26 this year. Of the 390 000 persons in these "
         "age groups, 301 000 had registered before the deadline."],
        footer="Ends/Friday, May 10, 2024",
    )  # fmt: skip
    assert got["390 000"] == ("2024-04-26", "day")
    assert got["301 000"] == ("2024-04-26", "day")
    # a subsidy scheme: "born in the years 1950 to 1959" is who may join; the standing subsidy
    # the next sentence states is the release day's
    got = as_of(
        ["The Scheme subsidises residents born in the years 1950 to 1959 to receive the vaccine at "
         "private clinics. Each eligible person receives a subsidy of up to $1,200 a dose."],
        footer="Ends/Friday, May 10, 2024",
    )  # fmt: skip
    assert got["up to $1,200"] == ("2024-05-10", "day")


def test_a_sentence_told_again_after_the_case_s_history_is_of_the_court_s_day() -> None:
    # a noise-control prosecution: the fines the lead reports for today, told again per defendant
    # after a paragraph on the inspection in March, are of today; a case of last year keeps its year
    got = as_of(
        ["A contractor and its site agent were fined a total of $36,000 at the Fanling Magistrates' "
         "Courts today (October 8) for carrying out noisy construction work at night.",
         "In March this year, officers of the department received 12 complaints about the site and "
         "found the work was carried out without a construction noise permit.",
         "The contractor was fined $24,000 and the site agent was fined $12,000.",
         "In a similar case last year, a contractor was fined $18,000."],
        footer="Ends/Wednesday, October 8, 2025",
    )  # fmt: skip
    assert got["12"] == ("2025-03", "month")
    assert got["$24,000"] == ("2025-10-08", "day")
    assert got["$12,000"] == ("2025-10-08", "day")
    assert got["$18,000"] == ("2024", "year")


def test_a_year_that_names_an_event_is_no_period() -> None:
    # a sports release: "the Hong Kong Cyclothon 2024 was held" names the event; the day it was
    # held dates the facts, and the passage after it
    got = as_of(
        ["The Hong Kong Cyclothon 2024 was held yesterday (October 20), with some 5 200 cyclists "
         "taking part. About 900 officers were deployed for traffic management."],
        footer="Ends/Monday, October 21, 2024",
    )  # fmt: skip
    assert got["some 5 200"] == ("2024-10-20", "day")
    assert got["About 900"] == ("2024-10-20", "day")
    # a year that is the subject still dates its sentence
    got = as_of(
        ["He said that 2023 was a busy year, with 1 200 events held."], footer="Ends/Monday, October 21, 2024"
    )
    assert got["1 200"] == ("2023", "year")


def test_a_multiple_of_the_same_period_last_year_keeps_this_period() -> None:
    # a museums release: "nearly double the figure for the same period last year" is the base
    got = as_of(
        ["In the first six months of this year, the museums received 2.3 million visitors, nearly "
         "double the figure for the same period last year."],
        footer="Ends/Tuesday, July 16, 2024",
    )  # fmt: skip
    assert got["2.3 million"][0].startswith("2024")


def test_money_set_aside_for_a_year_to_come_is_dated_by_it() -> None:
    # a hawker-control release: the sum is put aside for the financial year ahead
    got = as_of(
        ["The department has set aside $28.4 million in 2019-20 to help 1 100 hawkers relocate "
         "their stalls."],
        footer="Ends/Monday, December 3, 2018",
    )  # fmt: skip
    assert got["$28.4 million"] == ("2019", "year")


def test_a_figure_said_to_be_comparable_with_is_dated_by_its_period() -> None:
    # a food-surveillance release: the base of "comparable with" holds for the period it names
    got = as_of(
        ["The overall satisfactory rate was comparable with the 99.4 per cent recorded in the same "
         "period last year."],
        footer="Ends/Monday, September 2, 2019",
    )  # fmt: skip
    assert got["99.4 per cent"] == ("2018", "year")


def test_a_figure_said_to_hold_at_present_is_of_the_release_day() -> None:
    # a fire-services release: the passage's month dates the calls, not today's strength
    got = as_of(
        ["In May this year, the Ambulance Command handled 68 200 emergency calls.",
         "Its establishment will grow from 2 950 ambulancemen at present to 3 120 ambulancemen by "
         "end-2026."],
        footer="Ends/Friday, June 14, 2024",
    )  # fmt: skip
    assert got["68 200"] == ("2024-05", "month")
    assert got["2 950"] == ("2024-06-14", "day")
    assert got["3 120"] == ("2026-12", "month")


def test_the_same_periods_of_years_written_take_their_figures_in_order() -> None:
    # a parks release: the periods are written after the list, not carried from the passage
    got = as_of(
        ["In the first nine months of this year, the average occupancy of holiday camps was 71 per "
         "cent, compared with 64 per cent and 58 per cent for the same periods of 2022 and 2021 "
         "respectively."],
        footer="Ends/Tuesday, October 17, 2023",
    )  # fmt: skip
    # (the same nine months of those years: a label "2022" agrees with it)
    assert got["64 per cent"] == ("2022-09", "month")
    assert got["58 per cent"] == ("2021-09", "month")


def test_an_amount_given_to_a_number_of_people_in_a_comparison_takes_its_year() -> None:
    # a scholarship fund release: "compared with $X to N students in <year>" is one base
    got = as_of(
        ["In the 2022/23 school year, the Fund awarded $4.35 million to 1 820 students, compared "
         "with $3.9 million to 1 640 students in 2021/22."],
        footer="Ends/Thursday, November 9, 2023",
    )  # fmt: skip
    assert got["$4.35 million"] == ("2022", "year")
    assert got["$3.9 million"] == ("2021", "year")
    assert got["1 640"] == ("2021", "year")


def test_a_target_set_is_dated_by_the_day_it_is_set_for() -> None:
    # a digital-government release: a target set now holds by its date
    got = as_of(
        ["The Office has set a target for 85 per cent of licence applications to be submitted "
         "online by end-2027."],
        footer="Ends/Wednesday, May 21, 2025",
    )  # fmt: skip
    assert got["85 per cent"] == ("2027-12", "month")


def test_a_change_from_the_figure_of_an_earlier_year_is_of_the_year_reported() -> None:
    # an immigration release: the earlier year is the base figure's, not the change's
    got = as_of(
        ["In 2023, the department processed 9 410 extension applications.",
         "The number of extension applications processed was 9 410, up 6 per cent from the 8 880 "
         "recorded in 2022."],
        footer="Ends/Friday, January 26, 2024",
    )  # fmt: skip
    assert got["6 per cent"] == ("2023", "year")


def test_a_clause_opened_by_when_after_a_period_is_of_that_period() -> None:
    # a land-sale review: the year compared with, and what happened in it
    got = as_of(
        [
            "In 2023-24, the Government sold 9 industrial sites for about $6.1 billion. Compared "
            "with 2022-23, when 12 sites were sold for about $8.4 billion, the proceeds fell by "
            "about 27 per cent."
        ],
        footer="Ends/Tuesday, May 14, 2024",
    )
    assert got["9"] == ("2023", "year")
    assert got["12"] == ("2022", "year")
    assert got["about $8.4 billion"] == ("2022", "year")
    assert got["about 27 per cent"] == ("2023", "year")


def test_lists_of_figures_each_with_its_own_period_keep_it_when_respectively_maps_names() -> None:
    # a wage-index release: "respectively" pairs the figures with the indices, each list its period
    got = as_of(
        [
            "The year-on-year changes in the wage indices for craftsmen, operatives and labourers "
            "in September 2023 were 4.1%, 3.8% and 3.2% respectively, as against 3.9%, 3.6% and "
            "3.0% in June 2023 and 2.7%, 2.5% and 2.1% in September 2022."
        ]
    )
    assert got["4.1%"] == got["3.2%"] == ("2023-09", "month")
    assert got["3.9%"] == got["3.0%"] == ("2023-06", "month")
    assert got["2.7%"] == got["2.1%"] == ("2022-09", "month")


def test_bases_compared_in_years_written_in_order_and_a_level_well_above() -> None:
    # a talent-scheme update and a survey of incubatees
    got = as_of(
        [
            "In the first four months of this year, the Labour Department received 2 310 "
            "applications under the scheme, compared with 1 870 and 1 420 in the same period of "
            "2023 and 2022 respectively.",
            "The incubation programme admitted 268 start-ups in 2023, up 9.4 per cent from 245 in "
            "2022 and well above the 190 start-ups admitted in 2021.",
        ],
        footer="Ends/Friday, May 17, 2024",
    )
    assert got["2 310"] == ("2024-04", "month")
    assert got["1 870"][0].startswith("2023")
    assert got["1 420"][0].startswith("2022")
    assert got["9.4 per cent"] == ("2023", "year")
    assert got["190"] == ("2021", "year")


def test_the_second_start_of_a_change_is_a_base_and_dates_nothing_after() -> None:
    # a customs review: two earlier years the change started from, then the review's year again
    got = as_of(
        [
            "On drug trafficking, 712 cases were detected in 2023. Ketamine seizures rose sharply "
            "from 180 kg in 2021 and 240 kg in 2022 to 615 kg. The bureau also smashed 22 "
            "syndicates and arrested 97 persons during the year."
        ]
    )
    assert got["180 kg"] == ("2021", "year")
    assert got["240 kg"] == ("2022", "year")
    assert got["615 kg"] == ("2023", "year")
    assert got["97"] == ("2023", "year")


def test_a_series_taken_further_goes_on_with_the_period_it_reached() -> None:
    # a LegCo reply on social enterprises: the next sentence is about the latest count
    got = as_of(
        [
            "The number of social enterprises increased from 690 in 2021 to 740 in 2022 and "
            "further to 805 last year. Of these, 212 were run by non-governmental organisations."
        ]
    )
    assert got["805"] == ("2023", "year")
    assert got["212"] == ("2023", "year")


def test_a_share_below_the_level_recorded_in_a_past_year_is_of_the_year_reported() -> None:
    # a ferry-patronage review
    got = as_of(
        [
            "Ferry patronage in 2023 was 4.2 per cent higher than that in 2022, but remained about "
            "11 per cent below the level recorded in 2018."
        ]
    )
    assert got["4.2 per cent"] == ("2023", "year")
    assert got["about 11 per cent"] == ("2023", "year")


def test_a_year_labelling_a_bracket_of_figures_dates_them() -> None:
    # a housing-allowance reply: "2022 (61 300 households; $702 million)" gives each year's figures
    got = as_of(
        [
            "The numbers of households receiving the allowance and the amounts disbursed in the past "
            "three years are as follows: 2021 (58 900 households; $655 million), 2022 (61 300 "
            "households; $702 million) and 2023 (64 100 households; $748 million)."
        ]
    )
    assert got["58 900"] == ("2021", "year")
    assert got["$702 million"] == ("2022", "year")
    assert got["64 100"] == ("2023", "year")


def test_a_half_with_no_year_after_a_half_of_a_named_year_is_of_that_year() -> None:
    # a January rodent-survey release: "the first half (of the year)" is of 2023, not 2024
    got = as_of(
        [
            "The index for the second half of 2023 was 2.9 per cent, down from 3.4 per cent in the "
            "first half of the year and 3.1 per cent in the second half of 2022."
        ]
    )
    assert got["2.9 per cent"][0][:4] == "2023"
    assert got["3.4 per cent"][0][:4] == "2023"
    assert got["3.1 per cent"][0][:4] == "2022"


def test_a_change_over_months_to_a_month_or_between_two_periods_is_of_the_later() -> None:
    # a wage-review release: "over the 12 months to June" ends in June; "between the 2020 and 2022
    # review periods" in the later review
    got = as_of(
        [
            "The Composite Consumer Price Index rose by 1.9 per cent over the 12 months to June "
            "last year. The household income index rose by 8.4 per cent between the 2020 and 2022 "
            "review periods."
        ]
    )
    assert got["1.9 per cent"] == ("2023-06", "month")
    assert got["8.4 per cent"] == ("2022", "year")


def test_rolling_quarters_ending_a_month_are_of_that_month() -> None:
    # a half-yearly economic report: "the three months ending July" is named by its last month
    got = as_of(
        [
            "The seasonally adjusted unemployment rate fell to 3.0% in the three months ending "
            "December, from 3.3% in the three months ending September."
        ],
        footer="Ends/Friday, January 19, 2024",
    )
    assert got["3.0%"] == ("2023-12", "month")
    assert got["3.3%"] == ("2023-09", "month")


def test_a_title_naming_a_past_year_dates_the_undated_past_facts_of_the_body() -> None:
    # a year-review release of the Marine Department: after a paragraph about the present, the
    # past facts of a paragraph that names no period are of the title's year; a standing rule
    # and the present are the release's
    paragraphs = [
        "In 2020, 171 400 vessels arrived in Hong Kong waters.",
        "The department currently operates 24 patrol launches.",
        "On port safety, 312 marine incidents were reported and 45 vessels were detained.",
        "The Director reminded operators that an offender is liable to a maximum fine of $50,000.",
    ]
    footer = "Ends/Tuesday, February 9, 2021"
    got = as_of(paragraphs, footer=footer, title="Marine Department reviews its work in 2020")
    assert got["312"] == ("2020", "year")
    assert got["45"] == ("2020", "year")
    assert got["24"] == ("2021-02-09", "day")
    assert got["$50,000"] == ("2021-02-09", "day")
    # a title naming no period leaves them to the release
    got = as_of(paragraphs, footer=footer, title="Marine Department reviews its work")
    assert got["312"] == ("2021-02-09", "day")


def test_a_series_run_forward_over_years_goes_on_with_its_last_year() -> None:
    # an agriculture release: "from 310 in 2019 to 356 in 2020 and 402 in 2021" reaches 2021, and
    # the next sentence of the passage is of that year
    got = as_of(
        [
            "The number of fish culture licences issued rose from 310 in 2019 to 356 in 2020 and "
            "402 in 2021. In addition, 58 marine fish culture zones were inspected."
        ],
        footer="Ends/Thursday, March 17, 2022",
    )
    assert got["402"] == ("2021", "year")
    assert got["58"] == ("2021", "year")


def test_a_present_perfect_with_an_irregular_participle_is_up_to_the_release() -> None:
    # an advisory-body release: "It has held 14 meetings since its reinstatement" counts up to
    # the release, not in the year the passage named
    got = as_of(
        [
            "In 2012, the Commission held eight meetings. It has held 14 meetings since its "
            "reinstatement and has won three awards."
        ],
        footer="Ends/Tuesday, December 16, 2014",
    )
    assert got["eight"] == ("2012", "year")
    assert got["14"] == ("2014-12-16", "day")


def test_a_base_owned_by_a_period_is_of_that_period() -> None:
    got = as_of(
        [
            "A total of 1 240 applications were received this year, about 9 per cent more than "
            "last year's 1 138."
        ],
        footer="Ends/Friday, August 11, 2017",
    )
    assert got["1 240"] == ("2017", "year")
    assert got["1 138"] == ("2016", "year")


def test_corresponding_figures_in_a_clause_take_the_periods_listed_before_in_order() -> None:
    # a LegCo reply on advisory bodies: the periods of the sentence before, in order, date both
    # lists of the next ("..., while the corresponding female participation rates were ...")
    got = as_of(
        [
            "(1) As at end-2021, end-2022 and end-2023, there were 470, 474 and 479 advisory and "
            "statutory bodies respectively. The numbers of non-official members appointed to these "
            "bodies were 5 610, 5 702 and 5 795 respectively, while the corresponding female "
            "participation rates were 35.1 per cent, 35.9 per cent and 36.4 per cent."
        ],
        footer="Ends/Wednesday, May 15, 2024",
    )
    assert got["5 610"] == ("2021-12", "month")
    assert got["5 795"] == ("2023-12", "month")
    assert got["35.1 per cent"] == ("2021-12", "month")
    assert got["36.4 per cent"] == ("2023-12", "month")


def test_bases_in_a_sentence_about_the_future_keep_their_own_past_years() -> None:
    # a cruise-terminal outlook (a kind the corpus lacks): pairs of bases, each pair with its year
    got = as_of(
        [
            "The 210 ship calls scheduled for this year are expected to bring 830 000 passengers and "
            "$2.1 billion in spending, compared with 655 000 passengers and $1.6 billion in 2022 and "
            "512 000 passengers and $1.2 billion in 2021.",
            "The new berth will handle 40 ship calls, compared with 25 ship calls in 2022.",
        ]
    )
    assert got["830 000"] == ("2024", "year")
    assert got["$2.1 billion"] == ("2024", "year")
    assert got["655 000"] == ("2022", "year")
    assert got["$1.6 billion"] == ("2022", "year")
    assert got["512 000"] == ("2021", "year")
    assert got["$1.2 billion"] == ("2021", "year")
    assert got["40"] == ("2024-01-17", "day")
    assert got["25"] == ("2022", "year")


def test_an_opening_participle_dates_the_opening_not_the_facts() -> None:
    # a public library notice (a kind the corpus lacks)
    got = as_of(
        [
            "Opened in mid-2019, the library currently holds about 120 000 items and 40 study places.",
            "The library was completed in 2018 and received 5 200 visitors in its first month.",
        ]
    )
    assert got["about 120 000"] == ("2024-01-17", "day")
    assert got["40"] == ("2024-01-17", "day")
    assert got["5 200"] == ("2018", "year")  # not an opening participle: the passage's past


def test_a_rule_in_force_is_not_dated_by_the_passage() -> None:
    # a LegCo reply on officials' duty visits (a kind the corpus lacks)
    got = as_of(
        [
            "In 2022, bureaux and departments made 48 duty visits outside Hong Kong. Under the "
            "prevailing guidelines, a delegation should normally comprise not more than five officers.",
            "In 2022, the usage rate of the pitches was lower, at 55 per cent, as each pitch must be "
            "closed for maintenance.",
        ]
    )
    assert got["48"] == ("2022", "year")
    assert got["not more than five"] == ("2024-01-17", "day")
    assert got["55 per cent"] == ("2022", "year")  # a past fact, with a rule as its reason


def test_totals_a_count_exceeds_are_bases_and_do_not_date_the_passage() -> None:
    # a road-safety release (a kind the corpus lacks)
    got = as_of(
        [
            "The police today (January 17) reported two more fatal accidents, bringing the number "
            "recorded since the beginning of this year to 26. The number recorded so far this year "
            "already exceeds the annual totals of 15 accidents in 2023 and 10 accidents in 2022. "
            "Fourteen of the 26 accidents involved pedestrians.",
        ]
    )
    assert got["15"] == ("2023", "year")
    assert got["10"] == ("2022", "year")
    assert got["Fourteen"] == ("2024-01-17", "day")


def test_an_aside_inside_a_comparison_clause_is_of_the_period_compared() -> None:
    # a fire-services release: "..., including 15 fatal cases, in the same period last year"
    got = as_of(
        [
            "As of today, the FSD has recorded 241 fire calls this month, compared with 212 calls, "
            "including 15 false alarms, in the same period last year.",
        ]
    )
    assert got["241"] == ("2024-01-17", "day")  # as of today
    assert got["212"] == ("2023-01", "month")
    assert got["15"] == ("2023-01", "month")


def test_a_monthly_caseload_and_its_change_from_that_of_the_month_before() -> None:
    # a monthly public-housing waiting-list release (a kind the corpus lacks): "from that at
    # end-November" is the level compared with, so the passage stays at end-December
    got = as_of(
        [
            "The caseload of the Rent Assistance Scheme at end-December 2023 stood at 12 408, "
            "representing a net increase of 96 cases or 0.8 per cent from that at end-November. "
            "Elderly cases increased by 41 to 6 215.",
            "The scheme's rent reduction was raised by 5 per cent on January 1 this year.",
        ]
    )
    assert got["12 408"] == ("2023-12", "month")
    assert got["96"] == ("2023-12", "month")
    assert got["0.8 per cent"] == ("2023-12", "month")
    assert got["41"] == ("2023-12", "month")
    assert got["6 215"] == ("2023-12", "month")
    # a day after "per cent on" is when the change was made, not a period compared with
    assert got["5 per cent"] == ("2024-01-01", "day")


def test_corresponding_figures_for_another_group_take_the_periods_and_the_noun_before() -> None:
    # a LegCo reply on library services (a kind the corpus lacks)
    paragraphs = [
        "In 2021, 2022 and 2023, the numbers of readers registered at the public libraries in "
        "Kowloon were 81 400, 83 250 and 85 930 respectively. For the New Territories libraries, "
        "the corresponding figures were 120 510, 124 300 and 127 060.",
    ]
    got = as_of(paragraphs)
    assert got["120 510"] == ("2021", "year")
    assert got["124 300"] == ("2022", "year")
    assert got["127 060"] == ("2023", "year")
    assert {r["unit"] for r in metrics_of(paragraphs)} == {"readers"}


def test_a_share_in_apposition_does_not_cut_the_figure_from_its_period() -> None:
    # a swimming-pool attendance release (a kind the corpus lacks)
    got = as_of(
        [
            "About 2.3 million swimmers, or 31.5 per cent of the total, used the pools on "
            "weekday mornings last year, compared with 2.1 million in 2022.",
        ]
    )
    assert got["About 2.3 million"] == ("2023", "year")
    assert got["31.5 per cent"] == ("2023", "year")
    assert got["2.1 million"] == ("2022", "year")


def test_a_sentence_in_the_present_perfect_with_an_irregular_verb_is_not_in_the_passage() -> None:
    # a LegCo reply on a transport subsidy (a kind the corpus lacks)
    got = as_of(
        [
            "Between October and December 2023, the department held 38 briefing sessions. It has "
            "also set up 12 mobile service teams.",
        ]
    )
    assert got["38"] == ("2023-12", "month")
    assert got["12"] == ("2024-01-17", "day")


def test_what_a_body_began_with_is_dated_by_its_founding() -> None:
    # a LegCo reply on a sports fund (a kind the corpus lacks); the founding alone dates nothing else
    got = as_of(
        [
            "The Arts Capital Fund was established in 2013 with an injection of $2 billion. It "
            "has supported 86 projects.",
        ]
    )
    assert got["$2 billion"] == ("2013", "year")
    assert got["86"] == ("2024-01-17", "day")
    got = as_of(["The Scheme was launched in 2014 as a pilot scheme, with a subsidy of $500 for each user."])
    assert got["$500"] == ("2014", "year")


def test_the_same_periods_of_earlier_years_are_those_parts_of_them() -> None:
    # a ticket-touting enforcement notice (a kind the corpus lacks)
    got = as_of(
        [
            "In the first nine months of 2023, the Police arrested 64 persons for touting, "
            "compared with 51 and 47 in the same periods of 2022 and 2021 respectively.",
            "In the first half of 2023, 120 complaints were received, compared with 98 in the same "
            "period of 2021.",
        ]
    )
    assert got["64"] == ("2023-09", "month")
    assert got["51"] == ("2022-09", "month")
    assert got["47"] == ("2021-09", "month")
    assert got["98"] == ("2021-06", "month")  # two years before: the same part still


def test_what_happens_each_month_is_not_in_the_passage() -> None:
    # an anti-deception review (a kind the corpus lacks)
    got = as_of(
        [
            "In 2023, the Police received 39 800 reports of deception. Each month, between 200 and "
            "300 bank accounts suspected of being used by fraudsters are frozen with the help of banks.",
        ]
    )
    assert got["39 800"] == ("2023", "year")
    assert got["200"] == ("2024-01-17", "day")


def test_what_is_done_every_year_in_the_present_tense_is_not_in_the_passage() -> None:
    # a tree-planting review (a kind the corpus lacks)
    got = as_of(
        [
            "In 2021, the department planted 12 000 trees in country parks. Under the programme, we "
            "plant about 15 000 trees every year. The Government spends about $300 million on the "
            "programme annually.",
        ]
    )
    assert got["12 000"] == ("2021", "year")
    assert got["about 15 000"] == ("2024-01-17", "day")
    assert got["about $300 million"] == ("2024-01-17", "day")


def test_a_list_that_is_available_now_is_not_in_the_passage() -> None:
    # a register notice for registered contractors (a kind the corpus lacks)
    got = as_of(
        [
            "Last year, the office received 85 complaints about minor works. The list of the 412 "
            "registered contractors is available on the department's website.",
        ]
    )
    assert got["85"] == ("2023", "year")
    assert got["412"] == ("2024-01-17", "day")


def test_what_part_of_a_whole_did_in_a_year_does_not_date_the_whole() -> None:
    # a bridge-maintenance reply (a kind the corpus lacks)
    got = as_of(["We maintain about 1 400 footbridges, many of which were completed in 1985 or earlier."])
    assert got["about 1 400"] == ("2024-01-17", "day")


def test_a_standing_state_with_a_number_word_a_fee_that_remains_or_a_range_of_rates() -> None:
    # a helpline and grants notice (a kind the corpus lacks)
    got = as_of(
        [
            "In 2022, the department handled 5 200 complaints. The department subvents four hotlines "
            "for elderly callers. The registration fee remains at $350. Monthly grants range from $800 "
            "to $2,400, depending on household size.",
        ]
    )
    assert got["5 200"] == ("2022", "year")
    for quantity in ("four", "$350", "$800", "$2,400"):
        assert got[quantity] == ("2024-01-17", "day"), quantity
    # an electoral register reply: a present verb whose object holds the figure ("contains the
    # particulars of", "covers a total of") states the standing size, in a paragraph after a dated one
    got = as_of(
        ["As at the end of March this year, there were 5 300 registered electors in the constituency.",
         "The register maintained by the office contains the particulars of some 4.4 million electors. The "
         "scheme covers a total of 120 polling stations."],
        footer="Ends/Wednesday, June 10, 2015",
    )  # fmt: skip
    assert got["5 300"] == ("2015-03", "month")
    assert got["some 4.4 million"] == ("2015-06-10", "day")
    assert got["120"] == ("2015-06-10", "day")
    # a statutory body's appointments: what "It" is and does now, with no past in the sentence,
    # is the release day's, after a sentence dated by its year
    got = as_of(
        ["In 2006, the Council registered 1 240 pharmacists. It is responsible for regulating the "
         "profession through its three boards and their nine committees."],
        footer="Ends/Friday, September 14, 2007",
    )  # fmt: skip
    assert got["1 240"] == ("2006", "year")
    assert got["three"] == ("2007-09-14", "day")
    assert got["nine"] == ("2007-09-14", "day")


def test_a_participle_after_a_preposition_is_an_adjective_not_a_past_report() -> None:
    # a vaccination subsidy notice (a kind the corpus lacks)
    got = as_of(
        [
            "In 2023, about 120 000 doses were given under the scheme. Eligible persons receiving "
            "vaccination from enrolled private doctors are entitled to a subsidy of $300 per dose.",
        ]
    )
    assert got["about 120 000"] == ("2023", "year")
    assert got["$300"] == ("2024-01-17", "day")


def test_a_survey_named_with_its_year_after_it_dates_what_it_found() -> None:
    # a business-survey speech (a kind the corpus lacks)
    got = as_of(["According to the Annual Survey 2023, there were 8 320 regional offices in Hong Kong."])
    assert got["8 320"] == ("2023", "year")


def test_a_respectively_list_without_periods_takes_those_of_the_sentence_before() -> None:
    got = as_of(
        [
            "(1) The numbers of slope inspections conducted by the Department in 2021, 2022 and "
            "2023 were 4 310, 4 562 and 4 708 respectively. Of these, 215, 241 and 263 inspections "
            "respectively found signs of distress.",
            "(2) Registered lift engineers numbered 3 120 in 2019, 3 280 in 2020 and 3 405 in 2021. "
            "Their average monthly wages were $38,500, $39,200 and $40,100 respectively.",
        ]
    )
    assert [got[q][0] for q in ("215", "241", "263")] == ["2021", "2022", "2023"]
    assert [got[q][0] for q in ("$38,500", "$39,200", "$40,100")] == ["2019", "2020", "2021"]


def test_a_change_is_of_the_period_reported_not_of_the_base_it_is_measured_from() -> None:
    got = as_of(
        [
            "In 2022, the local livestock farms numbered some 300. Local pig production was about "
            "150 000 head, valued at $620 million – a decrease of 3.2 per cent in number from a year "
            "earlier.",
            "The estimated expenditure of the Department on pest control in 2023-24 is about $180 "
            "million, representing an increase of about 6 per cent over the actual expenditure of "
            "about $175 million in 2022-23.",
        ]
    )
    assert got["$620 million"] == ("2022", "year")
    assert got["3.2 per cent"] == ("2022", "year")
    assert got["about 6 per cent"] == ("2023", "year")
    assert got["about $175 million"] == ("2022", "year")


def test_a_penalty_the_law_allows_is_not_of_the_passage_period() -> None:
    got = as_of(
        [
            "In 2023, the Department conducted some 48 000 inspections of licensed swimming pools "
            "and instituted 96 prosecutions. Under the Public Swimming Pools Regulation, an operator "
            "who fails to maintain water quality is liable to a fine of $10,000. A daily fine of "
            "$500 may also be imposed for a continuing offence.",
        ]
    )
    assert got["some 48 000"] == ("2023", "year")
    assert got["$500"] == ("2024-01-17", "day")


def test_a_possessive_participle_is_an_adjective_not_the_past() -> None:
    got = as_of(
        [
            "Attendance at the Council's programmes fell by 12 per cent to about 1.8 million last year.",
            "The Council's approved budget for 2024-25 is $310 million, including about $45 million "
            "for outreach programmes in the districts.",
        ]
    )
    assert got["about 1.8 million"] == ("2023", "year")
    assert got["$310 million"] == ("2024-01-17", "day")
    assert got["about $45 million"] == ("2024-01-17", "day")


def test_bases_compared_in_the_corresponding_periods_of_two_years_take_them_in_turn() -> None:
    got = as_of(
        [
            "In the first half of 2019, the Department received 1 236 complaints about noise from "
            "construction sites, compared with 1 104 and 987 in the corresponding periods of 2018 "
            "and 2017."
        ]
    )
    assert got["1 236"] == ("2019-06", "month")
    assert got["1 104"][0].startswith("2018")
    assert got["987"][0].startswith("2017")


def test_a_list_stated_respectively_takes_the_years_listed_just_before() -> None:
    got = as_of(
        [
            "In 2020, 2021 and 2022, the Department detected 412, 388 and 455 cases of illegal "
            "dumping respectively. A total of 97, 104 and 121 persons were prosecuted respectively. "
            "Its task forces on fly-tipping and on construction waste held five and seven meetings "
            "respectively."
        ]
    )
    assert [got[q][0] for q in ("97", "104", "121")] == ["2020", "2021", "2022"]
    # (a list whose subject names a pair of its own does not take the years in turn)
    assert got["five"] == got["seven"]


def test_changes_listed_respectively_on_a_year_are_of_the_year_reported() -> None:
    got = as_of(
        [
            "In 2023, the Department issued 18 920 summonses and prosecuted 2 604 persons, up 3.5 "
            "per cent and 2.1 per cent respectively on 2022."
        ]
    )
    assert got["3.5 per cent"] == ("2023", "year")
    assert got["2.1 per cent"] == ("2023", "year")


def test_the_day_goods_arrived_is_no_period_of_what_was_found_in_them() -> None:
    got = as_of(
        [
            "Customs officers yesterday (January 16) seized 1.2 tonnes of suspected smuggled frozen "
            "meat at the Kwai Chung Customhouse.",
            "Officers inspected a container declared as carrying 900 cartons of kitchenware, which "
            "arrived from Thailand on January 9. Upon examination, officers found the meat packed in "
            "320 of the cartons.",
        ]
    )
    assert got["900"] == ("2024-01-16", "day")
    assert got["320"] == ("2024-01-16", "day")


def test_a_target_in_a_participles_clause_dates_its_own_figure_only() -> None:
    got = as_of(
        [
            "The Department will set aside $18 million for the training of wardens, benefiting at "
            "least 1 200 wardens by the end of next year.",
            "The Department will open 12 more recycling stations, bringing the total to 180 by the end "
            "of next year.",
        ]
    )
    assert got["$18 million"] == ("2024-01-17", "day")
    assert got["at least 1 200"][0].startswith("2025")
    # (the total the additions bring is of their date)
    assert got["12"][0].startswith("2025") and got["180"][0].startswith("2025")


def test_a_sentence_opening_on_a_figure_stated_before_is_of_that_figures_period() -> None:
    # a loan scheme's progress (a kind the corpus lacks): the breakdown of the applications
    # approved by the end of November comes two paragraphs later, after the present tense
    got = as_of(
        [
            "As at the end of November last year, the Scheme had received 4 310 applications and "
            "approved 3 620 of them.",
            "The Scheme remains open for applications until June 30 this year. Each eligible "
            "enterprise may borrow up to $6 million.",
            "Of the 3 620 approved applications, 2 410 came from the retail and catering sectors.",
        ]
    )
    assert got["2 410"] == ("2023-11", "month")
    # (a figure the release never stated gives no period of its own, nor does a share or an amount
    # of the same number)
    got = as_of(["Of the 250 shops inspected, 12 were found selling expired food."])
    assert got["12"] == ("2024-01-17", "day")
    got = as_of(
        [
            "In 2022, about 40 per cent of the estates joined the scheme.",
            "Today, the Department visits more estates. Of the 40 estates visited, 12 have recycling bins.",
        ]
    )
    assert got["12"] == ("2024-01-17", "day")


def test_the_parts_of_a_list_of_wholes_take_the_wholes_periods_in_turn() -> None:
    # a LegCo reply on school places: "Of these" shares out each year's whole, "respectively" unsaid
    got = as_of(
        [
            "In the 2021/22, 2022/23 and 2023/24 school years, the EDB allocated 3 120, 2 980 and 2 840 "
            "places respectively. Of these, 1 450, 1 390 and 1 310 places went to students with special "
            "educational needs."
        ]
    )
    assert [got[q][0] for q in ("1 450", "1 390", "1 310")] == ["2021", "2022", "2023"]


def test_a_new_single_period_ends_the_pair_of_periods_kept_from_before() -> None:
    # a LegCo reply on industrial safety: the second part's comparison is with its own quarter,
    # not with the two year-ends of the first part
    got = as_of(
        [
            "(1) The number of registered construction workers was 521 300 as at end-December 2024, "
            "compared with 508 900 at end-December 2023.",
            "(2) In the first quarter of this year, 812 industrial accidents were reported. However, "
            "the accident rate was 9.4 per 1 000 workers, some 6% lower than in the same period last year.",
        ],
        footer="Ends/Wednesday, May 14, 2025",
    )
    assert got["521 300"] == ("2024-12", "month")
    assert got["508 900"] == ("2023-12", "month")
    quarter = got["812"]
    assert quarter[0] is not None and quarter[0].startswith("2025")
    assert got["9.4 per 1 000 workers"] == quarter
    assert got["some 6%"] == quarter


def test_a_period_among_those_listed_keeps_the_list_for_the_next_paragraph() -> None:
    # "last year" is one of the years listed: "Over the same period" still takes them in turn
    got = as_of(
        [
            "(1) In 2021, 2022 and 2023, the Marine Department handled 210, 236 and 251 pollution "
            "reports respectively. Of the reports handled last year, 48 involved oil spills.",
            "(2) Over the same period, prosecutions were instituted against 18, 22 and 25 vessel owners "
            "respectively.",
        ],
    )
    assert got["48"] == ("2023", "year")
    assert [got[q][0] for q in ("18", "22", "25")] == ["2021", "2022", "2023"]


def test_a_year_before_is_read_like_a_year_earlier() -> None:
    # the date families' pre-test once skipped "a year before": it knew "earlier" but not "before"
    text = "The number of licensed pharmacies stood at 1 186 at end-June 2023, up from 1 124 a year before."
    got = as_of([text], footer="Ends/Friday, August 18, 2023")
    assert got["1 186"] == ("2023-06", "month")
    assert got["1 124"] == ("2022-06", "month")
    found = find_temporal(text, date(2023, 8, 18))
    assert [t.text for t in found] == ["end-June 2023", "a year before"]


def test_a_reporting_day_after_another_figure_is_that_figures_own() -> None:
    # a statistics release on child care: the places of a financial year, then the take-up at its end
    got = as_of(
        [
            "Under the pilot scheme, 2 500 child care places were provided in 2022-23, and 2 318 of them "
            "were taken up as at end-March 2023."
        ],
        footer="Ends/Thursday, June 15, 2023",
    )
    assert got["2 500"] == ("2022", "year")
    assert got["2 318"] == ("2023-03", "month")
    # a count over a period reported as at a day inside it is still the count on that day
    got = as_of(
        ["As of yesterday (June 14), 27 cases had been recorded this year."],
        footer="Ends/Thursday, June 15, 2023",
    )
    assert got["27"] == ("2023-06-14", "day")


def test_a_clause_saying_now_is_of_the_release_day() -> None:
    # a tree-management release: last year's planting, today's stock of trees
    got = as_of(
        [
            "Last year, the department planted 12 400 trees, and some 3 100 old and valuable trees are now "
            "under its care."
        ],
        footer="Ends/Tuesday, March 12, 2024",
    )
    assert got["12 400"] == ("2023", "year")
    assert got["some 3 100"] == ("2024-03-12", "day")


def test_a_change_to_a_qualified_target_keeps_its_start_in_its_own_year() -> None:
    # a LegCo reply on recycling: the start is of its year, the target of the year it is set for
    got = as_of(
        [
            "We aim to raise the recovery rate of waste plastics from 11 per cent in 2021 to more than "
            "30 per cent by 2030."
        ],
        footer="Ends/Wednesday, October 25, 2023",
    )
    assert got["11 per cent"] == ("2021", "year")
    assert got["more than 30 per cent"] == ("2030", "year")


def test_a_count_over_days_of_several_months_is_as_at_the_last_day() -> None:
    # a summer-season release on beaches: the season's figures run up to the day it names last
    got = as_of(
        [
            "From May 1 to September 15, the lifeguards at the 41 gazetted beaches recorded 1 284 rescues.",
            "From November 12 to 30, the exhibition drew 86 000 visitors.",
        ],
        footer="Ends/Friday, December 1, 2023",
    )
    assert got["1 284"] == ("2023-09-15", "day")
    # days of one month stay that month
    assert got["86 000"] == ("2023-11", "month")


def test_a_present_perfect_with_a_prefixed_participle_is_of_the_release_day() -> None:
    # an appointment release: the term named before does not date what "has re-appointed" did
    got = as_of(
        [
            "The Government announced today (April 3) the appointment of Ms Lau Mei-kuen as the Chairman "
            "of the Arts Development Committee for two years from April 1, 2024 to March 31, 2026.",
            "The Secretary for Culture, Sports and Tourism has also re-appointed nine members and "
            "appointed three new members.",
        ],
        footer="Ends/Wednesday, April 3, 2024",
    )
    assert got["nine"] == ("2024-04-03", "day")
    assert got["three"] == ("2024-04-03", "day")


def test_a_bare_quarter_in_a_release_without_a_date_line_is_of_the_year_named_before() -> None:
    # a trade statistics release saved without its footer
    got = as_of(
        [
            "The value of total exports of goods increased by 6.2% in the first quarter of 2019 over a year "
            "earlier.",
            "Imports of services fell by 1.4% in the first quarter, while exports of services grew by 2.3%.",
        ],
        footer="",
    )
    assert got["6.2%"][0] is not None and got["6.2%"][0].startswith("2019")
    assert got["1.4%"] == got["6.2%"]
    assert got["2.3%"] == got["6.2%"]


def test_the_end_of_a_range_of_months_compared_with_is_compared_with_too() -> None:
    # a vacancy statistics release (a kind the corpus lacks): "than that in June - August last
    # year" compares; the passage stays in this year's months
    got = as_of(
        [
            "The vacancy rate of private offices was 14.2% in June - August 2023. It was 1.6 "
            "percentage points higher than that in June - August last year (12.6%). The rates of "
            "Grade A and Grade B offices edged up to 15.1% and 11.8% respectively.",
        ],
        footer="Ends/Tuesday, September 19, 2023",
    )
    assert got["1.6 percentage points"] == ("2023-08", "month")
    assert got["12.6%"] == ("2022-08", "month")
    assert got["15.1%"] == ("2023-08", "month")
    assert got["11.8%"] == ("2023-08", "month")


def test_a_span_that_ends_now_is_of_the_release_day_not_the_passage() -> None:
    # a fire services release (a kind the corpus lacks): "In 2024" dates its paragraph; the
    # Director's "over the past two weeks" runs up to the release
    got = as_of(
        [
            "In 2024, the Fire Services Department (FSD) handled 41 200 fire calls. The number of hill "
            "fires in that year was 396.",
            "The Director of Fire Services, Mr Wong Ka-lok, said the risk of hill fires remained high. "
            '"Over the past two weeks, 38 hill fires were reported, up from 21 in the two weeks '
            'before," Mr Wong said.',
        ],
        footer="Ends/Tuesday, March 11, 2025",
    )
    assert got["41 200"] == ("2024", "year")
    assert got["38"] == ("2025-03-11", "day")
    # not "in the last week of" a month named: that week is its own period
    got = as_of(
        [
            "In 2024, the FSD handled 41 200 fire calls. In the last week of December, it handled "
            "1 020 calls.",
        ],
        footer="Ends/Tuesday, March 11, 2025",
    )
    assert got["1 020"] == ("2024-12", "month")


def test_a_part_of_the_whole_counted_before_is_of_the_whole_s_period_in_any_tense() -> None:
    # a Fire Services statistics release: "N of them" is part of the whole the sentence before
    # counted, and of its period, though the sentence is in the present tense
    got = as_of(
        [
            "In 2023, the Fire Services Department (FSD) received 38 250 fire calls. "
            "Some 9 400 of them are false alarms caused by faulty detectors.",
            "Of the 1 120 building fires, 15 are in industrial buildings. "
            "Fifteen of these are under investigation now.",
        ]
    )
    assert got["38 250"] == ("2023", "year")
    assert got["Some 9 400"] == ("2023", "year")
    assert got["Fifteen"][0] == "2024-01-17"  # "now": the release day


def test_money_put_aside_for_a_financial_year_to_come_is_of_that_year() -> None:
    # a Drainage Services speech to a LegCo panel in November 2023: a provision for next year
    got = as_of(
        [
            "The Department's spending on flood prevention was $850 million in 2021-22, and we have "
            "earmarked $1.2 billion for 2024-25. The Government has also reserved $96 million for "
            "2025-26, and the expenditure is estimated at $1.3 billion for 2026-27."
        ],
        footer="Ends/Wednesday, November 15, 2023",
    )
    assert got["$850 million"] == ("2021", "year")
    assert got["$1.2 billion"] == ("2024", "year")
    assert got["$96 million"] == ("2025", "year")
    assert got["$1.3 billion"] == ("2026", "year")


def test_a_base_in_brackets_takes_the_period_written_inside_them() -> None:
    # a water-supplies enforcement review: "(47 in the same period last year)" is the base; the
    # figure before the bracket is of the period the release reports
    got = as_of(
        ["The number of illegal connection cases detected by the WSD rose to 64 (47 in the same "
         "period last year). Inspections totalled 2 318 (2 150 in 2023), and fines of $86,000 "
         "($61,500 in 2023) were imposed."],
        footer="Ends/Tuesday, July 15, 2025",
    )  # fmt: skip
    assert got["64"] == ("2025-07-15", "day")
    assert got["47"] == ("2024", "year")
    assert got["2 318"] == ("2025-07-15", "day")
    assert got["2 150"] == ("2023", "year")
    assert got["$86,000"] == ("2025-07-15", "day")
    assert got["$61,500"] == ("2023", "year")


def test_what_a_scheme_also_allows_is_of_the_release_day_after_a_past_passage() -> None:
    # a Correctional Services recruitment speech: last year's figures, then what a recruit may claim
    got = as_of(
        ["The Institute has worked hard for you. Last year, it delivered 960 courses to more than 1 200 "
         "officers, and around 80 of its instructors took part in exchanges.",
         "You will be well rewarded. The starting salary of an Assistant Officer II is $21,940 and "
         "that of an Officer is $29,850. Recruits may also apply for a training allowance of up to "
         "$12,000 over their first three years of service."],
        footer="Ends/Friday, October 9, 2020",
    )  # fmt: skip
    assert got["more than 1 200"] == ("2019", "year")
    assert got["up to $12,000"] == ("2020-10-09", "day")


def test_a_figure_said_to_hold_now_is_of_the_release_day_beside_a_financial_year() -> None:
    # an EMSD enforcement review: "currently has" dates its own clause, not the year of the next
    got = as_of(
        ["In 2024, the office handled 3 210 complaints.",
         "The office currently has about 85 inspectors, and its estimated expenditure for 2025-26 is "
         "$96.2 million. There are at present 14 regional teams, up from 11 in 2022."],
        footer="Ends/Wednesday, March 11, 2026",
    )  # fmt: skip
    assert got["about 85"] == ("2026-03-11", "day")
    assert got["$96.2 million"] == ("2025", "year")
    assert got["14"] == ("2026-03-11", "day")
    assert got["11"] == ("2022", "year")


def test_the_same_period_this_year_is_the_period_reported_not_a_base() -> None:
    # a crime review at mid-year: the third figure of a series is this year's first half
    got = as_of(
        ["The number of young persons arrested for burglary fell from 96 in the first half of 2022 "
         "to 81 in the first half of 2023, and further to 64 in the same period this year."],
        footer="Ends/Thursday, July 25, 2024",
    )  # fmt: skip
    assert got["96"][0] == "2022-06"
    assert got["81"][0] == "2023-06"
    assert got["64"][0] in ("2024", "2024-06")


def test_figures_beside_bracketed_bases_keep_the_period_reported() -> None:
    # a police mid-year crime review: each count is this half-year's, each bracket the base
    got = as_of(
        ["Police recorded 24 860 crimes in the first half of this year.",
         "There were 9 homicide cases (12 in the same period last year), 81 robbery cases (103) and "
         "512 burglary cases (478)."],
        footer="Ends/Thursday, July 24, 2025",
    )  # fmt: skip
    for reported in ("9", "81", "512"):
        assert got[reported][0] in ("2025", "2025-06"), reported
    for base in ("12", "103", "478"):
        assert got[base][0] in ("2024", "2024-06"), base


def test_a_pair_of_changes_from_a_year_ago_keeps_the_period_reported() -> None:
    # an SWD notice on two cross-boundary allowance schemes: "respectively from a year ago" is the
    # base of both changes, not the second change's own period
    got = as_of(
        ["The SWD said today (March 8) that as at end-February, 21 300 elderly persons were "
         "receiving the allowance under the Guangdong Scheme and 1 450 under the Fujian Scheme, up "
         "3.6 per cent and 1.9 per cent respectively from a year ago."],
        footer="Ends/Friday, March 8, 2024",
    )  # fmt: skip
    assert got["3.6 per cent"] == ("2024-02", "month")
    assert got["1.9 per cent"] == ("2024-02", "month")


def test_a_figure_labelled_by_a_year_in_brackets_is_that_years_base() -> None:
    # an Independent Commission Against Corruption annual digest: "(2023: 2 140)" is last year's
    # count, labelled by its year; the rest of the sentence stays this year's
    got = as_of(
        ["In 2024, the Commission received 2 010 corruption complaints. The number of pursuable "
         "complaints fell to 1 480 (2023: 1 655), while the number of persons prosecuted was 168.",
         "The Fund approved 310 applications in 2024-25 (2023-24: 275)."],
        footer="Ends/Tuesday, February 18, 2025",
    )  # fmt: skip
    assert got["1 480"] == ("2024", "year")
    assert got["1 655"] == ("2023", "year")
    assert got["168"] == ("2024", "year")
    assert got["310"] == ("2024", "year")
    assert got["275"] == ("2023", "year")


def test_a_drop_from_a_peak_is_of_the_period_reported_and_the_peak_of_its_own() -> None:
    # a housing reply: the change holds for end-June; the peak is the base, of mid-2020
    got = as_of(
        ["As at end-June, 1 405 appeals were awaiting hearing, a drop of about 41 per cent from the "
         "peak of 2 380 in mid-2020."],
        footer="Ends/Wednesday, July 16, 2025",
    )  # fmt: skip
    assert got["1 405"] == ("2025-06", "month")
    assert got["about 41 per cent"] == ("2025-06", "month")
    assert got["2 380"][0] in ("2020", "2020-06")


def test_a_span_of_days_carries_its_last_day_to_the_sentences_after_it() -> None:
    # a Marine Department clean-up operation: the results are of the span's last day
    got = as_of(
        ["The Marine Department conducted a special clean-up operation from June 3 to yesterday "
         "(June 12) in the typhoon shelters. A total of 48 abandoned vessels were removed and about "
         "26 tonnes of floating refuse were collected."],
        footer="Ends/Friday, June 13, 2025",
    )  # fmt: skip
    assert got["48"] == ("2025-06-12", "day")
    assert got["about 26 tonnes"] == ("2025-06-12", "day")


def test_figures_expected_on_a_day_to_come_are_of_that_day() -> None:
    # an Immigration Department holiday forecast: "are expected on <day>", passive, is a forecast
    got = as_of(
        ["The ImmD anticipates that about 3.9 million passenger trips will be made through the control "
         "points during the Easter holiday. About 640 000 passenger trips are expected on April 18, "
         "the busiest day."],
        footer="Ends/Monday, April 14, 2025",
    )  # fmt: skip
    assert got["about 3.9 million"][0] in ("2025", "2025-04", "2025-04-14")
    assert got["About 640 000"] == ("2025-04-18", "day")


def test_a_financial_year_cut_off_by_a_date_in_brackets_is_of_that_date() -> None:
    # a LegCo reply on social welfare: "2023-24 (up to end-January 2024)" runs to January
    got = as_of(
        ["In 2021-22, 2022-23 and 2023-24 (up to end-January 2024), the SWD received 3 120, 3 480 "
         "and 2 950 applications respectively.",
         "Successful applicants accounted for about 72 per cent of all applicants in 2023-24 (as at "
         "end-January 2024)."],
        footer="Ends/Wednesday, February 21, 2024",
    )  # fmt: skip
    assert got["3 120"] == ("2021", "year")
    assert got["3 480"] == ("2022", "year")
    assert got["2 950"] == ("2024-01", "month")
    assert got["about 72 per cent"] == ("2024-01", "month")
    # two lists over the same periods: each takes them in turn
    got = as_of(
        ["In 2016-17 and 2017-18 (as at end-March 2018), the scheme admitted 410 and 388 trainees "
         "respectively, and paid allowances of $8.2 million and $7.9 million respectively."],
        footer="Ends/Wednesday, April 25, 2018",
    )  # fmt: skip
    assert got["410"] == ("2016", "year")
    assert got["388"] == ("2018-03", "month")
    assert got["$8.2 million"] == ("2016", "year")
    assert got["$7.9 million"] == ("2018-03", "month")


def test_figures_of_a_range_of_months_written_as_one_date_are_of_its_last_month() -> None:
    # a food surveillance release: "April to June this year" is one date (the year) in the dates
    # table, and its figures keep the months' last, as a rolling quarter's do
    got = as_of(
        ["From April to June this year, the CFS collected 420 samples of chilled meat. From January "
         "to November last year, 9 400 samples were tested."],
        footer="Ends/Tuesday, July 15, 2025",
    )  # fmt: skip
    assert got["420"] == ("2025-06", "month")
    assert got["9 400"] == ("2024-11", "month")


def test_a_figure_set_against_the_same_period_last_year_is_not_of_last_year() -> None:
    # an enforcement review: an aside on last year, then a paragraph whose figures are compared
    # with "the same period last year" (so of this year's period), and the paragraph after it
    got = as_of(
        ["In the first half of this year, the department detected 420 smuggling cases.",
         "Last year, it seized a record 5 300 kilograms of drugs.",
         "On illicit fuel, it seized 186 000 litres, 12 per cent fewer than in the same period last "
         "year. Twenty-one of the 88 fuel cases were detected at sea."],
        footer="Ends/Thursday, July 16, 2026",
    )  # fmt: skip
    assert got["5 300 kilograms"] == ("2025", "year")
    assert got["186 000 litres"][0] in ("2026", "2026-06")
    assert got["Twenty-one"][0] in ("2026", "2026-06")


def test_a_dash_aside_ends_the_clause_of_the_figure_before_it() -> None:
    # a LegCo reply on publicity: the year after the dash dates the amount compared with, not the
    # amount earmarked for the financial year the sentence opens with
    got = as_of(
        ["In the 2019-20 financial year, the department has set aside $4.2 million for the "
         "campaign – almost triple the amount spent in 2018-19."],
        footer="Ends/Wednesday, November 13, 2019",
    )  # fmt: skip
    assert got["$4.2 million"] == ("2019", "year")


def test_a_figure_over_a_span_of_years_is_of_its_last_year() -> None:
    # a LegCo reply on licensing: totals over "from 2021 to 2023" and "between 2015 and 2020"
    got = as_of(
        ["Of the 2 140 licence applications refused from 2021 to 2023, about 48 per cent lacked "
         "fire safety certificates.",
         "Some 3 600 old water mains were replaced between 2015 and 2020.",
         "The number of licensed premises rose from 1 480 in 2021 to 1 620 in 2023."],
        footer="Ends/Wednesday, May 15, 2024",
    )  # fmt: skip
    assert got["2 140"] == ("2023", "year")
    assert got["about 48 per cent"] == ("2023", "year")
    assert got["Some 3 600"] == ("2020", "year")
    # (a change from one year's figure to another's keeps each year)
    assert got["1 480"] == ("2021", "year")
    assert got["1 620"] == ("2023", "year")


def test_a_past_figure_is_not_of_the_plan_after_it_and_the_year_goes_on_after_a_day() -> None:
    # an annual review of a department: a paragraph about yesterday's ceremony, then "during the
    # year" with a plan for next year in the same sentence
    got = as_of(
        ["The department handled 41 200 emergency calls last year.",
         "The Deputy Director presented awards to 12 officers at a ceremony held yesterday "
         "(February 11).",
         "The department recruited 240 officers during the year and will open 3 new stations in 2025."],
        footer="Ends/Wednesday, February 12, 2025",
    )  # fmt: skip
    assert got["240"] == ("2024", "year")
    assert got["3"] == ("2025", "year")


def test_the_end_of_that_year_is_the_last_month_of_the_year_the_passage_named() -> None:
    # a LegCo reply on residential care: "at the end of that year" points back at 2021
    got = as_of(
        ["In 2021, the subsidised homes provided 27 300 places.",
         "Some 19 800 elderly persons were waiting for a place at the end of that year."],
        footer="Ends/Wednesday, June 15, 2022",
    )  # fmt: skip
    assert got["27 300"] == ("2021", "year")
    assert got["Some 19 800"] == ("2021-12", "month")
