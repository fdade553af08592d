"""Counts whose noun is written elsewhere: in the sentence before ('The figures for 2023 were ...
respectively'), in a parallel list item ('640 posts for nurses and 910 for care workers') or in
the figure a change reached ('rose to 3 128 last year, from 2 764'). Releases of kinds the
labelled corpus lacks (labour inspections, hospital manpower, fire-safety enforcement)."""

from __future__ import annotations

import pytest

from tests.test_metrics_general import facts, triples


def test_figures_listed_respectively_count_in_order_what_the_sentence_before_counted() -> None:
    text = (
        "Last year, labour inspectors conducted 5 120 inspections of construction sites, issued 204 "
        "warnings and initiated 31 prosecutions. The figures for 2023 were 4 870, 188 and 26 respectively."
    )
    assert [(f.value, f.unit) for f in facts(text)][3:] == [
        (4870, "inspections"),
        (188, "warnings"),
        (26, "prosecutions"),
    ]
    text = (
        "As at end-June 2025, the clusters had 1 412 doctors and 6 118 nurses. The corresponding "
        "figures as at end-June 2024 were 1 377 and 5 960."
    )
    assert [(f.value, f.unit) for f in facts(text)][2:] == [(1377, "doctors"), (5960, "nurses")]


def test_figures_that_do_not_match_the_counts_before_keep_the_last_noun() -> None:
    # three figures, two counts before: no order to follow
    text = (
        "The centres served 2 300 families and 4 100 children. The figures for 2023 were 2 100, "
        "3 950 and 610 respectively."
    )
    units = [f.unit for f in facts(text)][2:]
    assert units[0] == units[1] == "children"


def test_numbers_that_label_a_priority_or_a_category_are_not_counts() -> None:
    text = "Patients triaged as Priority 1 and Priority 2 cases were seen within two weeks."
    assert triples(text) == []
    text = "The 12 Category 3 sites were inspected."
    assert triples(text) == [(12, "exact", "sites")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The vacancies include 640 posts for nurses and 910 for personal care workers.",
            [(640, "exact", "posts"), (910, "exact", "posts")],
        ),
        (
            "The department received 120 complaints in 2023, and 30 in the first quarter of this year.",
            [(120, "exact", "complaints"), (30, "exact", "complaints")],
        ),
        (
            "The UGC funds 590 first-year places for medicine and 830 for nursing.",
            [(590, "exact", "places"), (830, "exact", "places")],
        ),
    ],
)
def test_a_list_item_after_the_same_preposition_counts_the_same_noun(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert triples(text) == expected


def test_the_figure_a_change_started_from_after_a_comma() -> None:
    text = "The number of fire safety prosecutions rose to 3 128 last year, from 2 764 in 2023."
    assert triples(text) == [(3128, "exact", "prosecutions"), (2764, "exact", "prosecutions")]
    text = "Burglary cases fell to 71, down from 98."
    assert triples(text) == [(71, "exact", "cases"), (98, "exact", "cases")]


def test_a_staff_strength_counts_persons() -> None:
    text = "The Authority's overall staff strength was about 81 200 at the end of last year."
    assert triples(text) == [(81200, "approx", "persons")]


def test_an_employers_association_does_not_name_a_count_employed() -> None:
    text = "More than 80 representatives from trade unions, employers' associations and contractors attended."
    (fact,) = facts(text)
    assert fact.metric == "representatives_attending"
    (fact,) = facts("The scheme employed 300 young people.")
    assert fact.metric == "persons_employed"


# Round 16: bounds after the noun, passive subjects, daily lists, figures of the period before,
# attendances and "the number has ..." (hospital, food-safety and tourism releases).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A driver who incurs 15 demerit points or more within two years may be disqualified.",
            [(15, "at_least", "points")],
        ),
        ("Restaurants with 30 staff or fewer may apply for the subsidy.", [(30, "at_most", "staff")]),
        (
            "Twelve persons fell ill after the banquet. Nine of them sought medical treatment and "
            "two were admitted to hospital.",
            [(12, "exact", "persons"), (9, "exact", "persons"), (2, "exact", "persons")],
        ),
        (
            "Public hospitals recorded 5 210 attendances on February 10, 4 980 on February 11 and "
            "5 330 on February 12.",
            [(5210, "exact", "attendances"), (4980, "exact", "attendances"), (5330, "exact", "attendances")],
        ),
        (
            "The airport handled 4.8 million passengers in March, up 9 per cent year-on-year, after "
            "4.5 million in February.",
            [(4_800_000, "exact", "passengers"), (9, "exact", "percent"), (4_500_000, "exact", "passengers")],
        ),
        (
            "Last year, the average daily attendance at the 18 public swimming pools during the "
            "summer holidays was about 36 400.",
            [(18, "exact", "swimming pools"), (36_400, "approx", "attendances")],
        ),
        (
            "In 2023, the city hosted 80 mega events. This year, the number has increased to over 110.",
            [(80, "exact", "events"), (110, "more_than", "events")],
        ),
        (
            "The number of hand, foot and mouth disease outbreaks rose to 41 in May.",
            [(41, "exact", "outbreaks")],
        ),
        # a housing-demand projection: "the figure is projected to reach" the count named before
        (
            "There were 312 000 one-person households in 2021. The figure is projected to reach "
            "about 410 000 by 2041.",
            [(312_000, "exact", "households"), (410_000, "approx", "households")],
        ),
    ],
)
def test_round16_counts_whose_noun_or_bound_is_written_elsewhere(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert triples(text) == expected


def test_an_after_figure_without_a_period_is_not_read_as_the_period_before() -> None:
    # "after" that is not followed by a period names no earlier figure
    assert triples("The hotline received 320 calls, after 18 appeals were publicised.") == [
        (320, "exact", "calls"),
        (18, "exact", "appeals"),
    ]


def test_shares_of_a_whole_named_after_of_the() -> None:
    text = (
        "There were 2 940 day care places in operation. Of the places in operation, 610 are on Hong "
        "Kong Island, 1 020 in Kowloon and 1 310 in the New Territories."
    )
    assert triples(text) == [
        (2940, "exact", "places"),
        (610, "exact", "places"),
        (1020, "exact", "places"),
        (1310, "exact", "places"),
    ]
    assert triples("Of the injured, 41 were seriously injured.") == [(41, "exact", "persons")]
    # a scholarship notice: a later share said of by "hold" counts what the share before it counts
    text = "The fund awarded 64 scholars this year. Among them, 40 are women and 22 hold a doctorate."
    assert triples(text) == [(64, "exact", "scholars"), (40, "exact", "persons"), (22, "exact", "persons")]
    # a funding round: "the remaining 12 cover ..." is a share whose verb comes before the noun
    text = (
        "The fund approved 58 projects. Among them, 31 involve taking part in exhibitions and the "
        "remaining 27 cover online promotion and other activities."
    )
    assert triples(text) == [(58, "exact", "projects"), (31, "exact", "projects"), (27, "exact", "projects")]
    # an admission-scheme reply: a share with its percentage in brackets, then one left gapped
    text = (
        "Of these 350 successful applicants, 210 (60 per cent) were admitted under the general "
        "route and 140 (40 per cent) under the graduate route."
    )
    assert [(v, u) for v, _, u in triples(text) if u != "percent"] == [
        (350, "applicants"),
        (210, "applicants"),
        (140, "applicants"),
    ]


def test_the_remaining_share_said_of_by_a_passive_verb() -> None:
    text = (
        "The board received 1 460 applications. Of these, 1 210 were approved and 150 were rejected, "
        "while the remaining 100 were withdrawn by the applicants."
    )
    assert [f.unit for f in facts(text)] == ["applications"] * 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The squad won two gold medals and one silver medal.",
            [(2, "exact", "medals"), (1, "exact", "medals")],
        ),
        ("The squad won two gold medals and one bronze.", [(2, "exact", "medals"), (1, "exact", "medals")]),
        (
            "Forty-two persons were injured in the collision and one person died.",
            [(42, "exact", "persons"), (1, "exact", "persons")],
        ),
        (
            "The district has six gardens, four playgrounds and one fitness trail.",
            [(6, "exact", "gardens"), (4, "exact", "playgrounds"), (1, "exact", "trails")],
        ),
        (
            "Two new bus routes and one green minibus route will be introduced in March.",
            [(2, "exact", "routes"), (1, "exact", "routes")],
        ),
        # (a dengue surveillance notice: the bare base after a count of one counts what it counts)
        (
            "Only one imported case was recorded last month, compared with four in the month before.",
            [(1, "exact", "cases"), (4, "exact", "cases")],
        ),
    ],
)
def test_one_as_an_item_beside_other_counts_is_a_count(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "One of the residents was sent to hospital.",  # "one of": a part, no count of one
        "The officers helped one another during the 12-hour operation.",
        "Hong Kong has prospered under one country, two systems for 27 years.",
        "The scheme is one way to help the 300 families.",  # no item of a list of counts
        "One partner, Lumen Data Limited, plans to invest $2 billion.",  # an example, no count
    ],
)
def test_one_that_is_no_item_of_a_list_is_no_count(text: str) -> None:
    assert all(f.value != 1 for f in facts(text))
