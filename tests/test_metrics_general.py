"""Counted facts on release kinds the corpus lacks (buildings, environment, sport, culture,
statistics, customs, health), written for these tests: bounds, lists, words, units, abstractions,
metric names that stay the same across releases of one kind."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.extract.dates import find_temporal
from pipelines.extract.metrics import Fact, find_facts

RELEASE = date(2025, 3, 14)


def facts(text: str) -> list[Fact]:
    """Facts of every sentence of `text` (sentences split at '. '), each with the one before."""
    out: list[Fact] = []
    previous: tuple[int, int] | None = None
    start = 0
    while start < len(text):
        end = text.find(". ", start)
        end = len(text) if end < 0 else end + 1
        dates = [
            t.__class__(**{**t.__dict__, "start": t.start + start, "end": t.end + start})
            for t in find_temporal(text[start:end], RELEASE)
        ]
        found = list(find_facts(text, (start, end), release=RELEASE, dates=dates, previous_sentence=previous))
        for f in found:
            assert text[f.start : f.end] == f.quantity
        out += found
        previous = (start, end)
        start = end + 1
    return out


def triples(text: str) -> list[tuple[float, str, str]]:
    return [(f.value, f.qualifier, f.unit) for f in facts(text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Under the Ordinance, the maximum penalty is a fine of $2 million and imprisonment for "
            "two years.",
            [(2e6, "at_most", "HKD")],
        ),
        ("The subsidy for each household is capped at $5,000.", [(5000, "at_most", "HKD")]),
        # a speech on the tax regime and a scheme notice: the cap named before its amount
        (
            "Salaries tax is capped at a standard rate of 15 per cent.",
            [(15, "at_most", "percent")],
        ),
        (
            "The grant is capped at an annual amount of $30,000 per school.",
            [(30000, "at_most", "HKD")],
        ),
        # a funding scheme and a penalty: the later amount of a stated maximum's change or list
        (
            "The maximum grant for each project will be raised from $1 million to $1.5 million, and "
            "the maximum fines for second and subsequent offences are $50,000 and $100,000 "
            "respectively.",
            [
                (1e6, "at_most", "HKD"),
                (1.5e6, "at_most", "HKD"),
                (50000, "at_most", "HKD"),
                (100000, "at_most", "HKD"),
            ],
        ),
        # a loan guarantee: a share that names a product is no fact
        (
            "Under the 90% Guarantee Product, the maximum loan per enterprise is $8 million.",
            [(8e6, "at_most", "HKD")],
        ),
        # a film fund: "a cap of" is a ceiling
        (
            "Each production receives a grant of 30 per cent of its budget, subject to a cap of "
            "$3 million per film.",
            [(30, "exact", "percent"), (3e6, "at_most", "HKD")],
        ),
        ("Each venue can hold a minimum of 1 000 spectators.", [(1000, "at_least", "spectators")]),
        ("Offenders are liable to a fine not exceeding $50,000.", [(50000, "at_most", "HKD")]),
        ("Each applicant may borrow a maximum of 20 books.", [(20, "at_most", "books")]),
        ("The grant covers up to 80 per cent of the project cost.", [(80, "at_most", "percent")]),
        ("The minimum wage will be raised to $42.1 per hour.", [(42.1, "exact", "HKD")]),
        # an allowance's limits: the amounts listed after a stated maximum are maxima too
        (
            "The maximum asset values allowed are $402,000 for a single person and $610,000 for a "
            "married couple.",
            [(402000, "at_most", "HKD"), (610000, "at_most", "HKD")],
        ),
        # (not a count joined after a maximum)
        (
            "The maximum penalty is a fine of $5,000, and 300 persons were fined.",
            [(5000, "at_most", "HKD"), (300, "exact", "persons")],
        ),
        # an energy charter: "not lower than" is a minimum
        (
            "Participants pledged to keep an indoor temperature of not lower than 24 degrees Celsius.",
            [(24, "at_least", "degrees Celsius")],
        ),
        # a mental-health release: a hotline's number in brackets is a name
        (
            "The Mental Health Support Hotline (18111) received more than 180 000 calls.",
            [(180000, "more_than", "calls")],
        ),
        # a dental survey: "the average number of X among Y" counts X
        ("The average number of decayed teeth among these pupils was 0.4.", [(0.4, "exact", "teeth")]),
        # a weather review: the scale the sentence names holds for its other degrees
        (
            "The annual mean temperature was 23.4 degrees Celsius, 0.3 degrees above normal. The "
            "camera turns 360 degrees.",
            [
                (23.4, "exact", "degrees Celsius"),
                (0.3, "exact", "degrees Celsius"),
                (360, "exact", "degrees"),
            ],
        ),
        # an economic forecast: a range whose two ends are both written as shares
        (
            "The Government forecasts real GDP growth of 2.5% to 3.5% for the year.",
            [(2.5, "at_least", "percent"), (3.5, "at_most", "percent")],
        ),
        (
            "Headline inflation is forecast at 1.5 per cent to 2 per cent.",
            [(1.5, "at_least", "percent"), (2, "at_most", "percent")],
        ),
        # a change from one level to another is no range
        (
            "The unemployment rate rose from 2.9% to 3.1%.",
            [(2.9, "exact", "percent"), (3.1, "exact", "percent")],
        ),
    ],
)
def test_stated_bounds(sentence: str, expected: list[tuple[float, str, str]]) -> None:
    assert triples(sentence) == expected


def test_numbers_in_parentheses_count_the_noun_before_them() -> None:
    text = (
        "The Museum received 120 loans of artefacts, with most coming from France (42), "
        "Italy (31) and Japan (17)."
    )
    assert triples(text) == [(v, "exact", "loans") for v in (120, 42, 31, 17)]


def test_number_of_x_in_parentheses() -> None:
    text = "The number of flats thereby completed (3,412) was the highest in a decade."
    assert triples(text) == [(3412, "exact", "flats")]


def test_list_items_count_the_head_noun() -> None:
    text = (
        "The Department inspected buildings in all districts, including 61 in Kwun Tong, "
        "59 in Sha Tin and 53 in Yuen Long."
    )
    assert triples(text) == [
        (61, "exact", "buildings"),
        (59, "exact", "buildings"),
        (53, "exact", "buildings"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a bare number is said to be, as the subject of its clause
        (
            "Of them, about 2.1 million were Hong Kong residents and about 1.3 million were visitors.",
            [(2.1e6, "approx", "residents"), (1.3e6, "approx", "persons")],
        ),
        ("Another 9 870 were false alarms.", [(9870, "exact", "alarms")]),
        ("The remaining six were foreign domestic helpers.", [(6, "exact", "helpers")]),
        # "another" with no noun: what was counted before
        (
            "Five of these cases were imported, and another two are linked to a cluster in Tai Po.",
            [(5, "exact", "cases"), (2, "exact", "cases")],
        ),
        (
            "Of these beneficiaries, 9 800 were primary students and 7 400 were secondary students.",
            [(9800, "exact", "students"), (7400, "exact", "students")],
        ),
        # days of a kind are counted; a length of time is not
        (
            "There were 18 hot nights and 11 very hot days in the month.",
            [(18, "exact", "nights"), (11, "exact", "days")],
        ),
        (
            "The heaviest sentence was 18 months' imprisonment, and 41 employers were fined.",
            [(41, "exact", "employers")],
        ),
    ],
)
def test_what_a_bare_number_is_said_to_be(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert triples(text) == expected


def test_a_subject_that_included_a_breakdown_counts_each_item() -> None:
    text = (
        "The new tenants last year included 14 in biotechnology, eight in financial technology "
        "and data services, and five in advanced manufacturing."
    )
    assert triples(text) == [(14, "exact", "tenants"), (8, "exact", "tenants"), (5, "exact", "tenants")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence that shares out a whole: each later item counts what the first one counts
        (
            "Of the 52 applications approved, 21 were in retail, 17 in catering and 14 at "
            "logistics firms.",
            [(52, "exact", "applications"), (21, "exact", "applications"), (17, "exact", "applications"),
             (14, "exact", "applications")],
        ),
        (
            "Thirty-one of the hawkers were prosecuted in Mong Kok and 12 at other black spots.",
            [(31, "exact", "hawkers"), (12, "exact", "hawkers")],
        ),
        # a total stated with "accounted for", and "the number of people"
        ("Short-haul arrivals accounted for 2.4 million.", [(2_400_000, "exact", "arrivals")]),
        ("The number of people injured fell to 2 310.", [(2310, "exact", "persons")]),
        # the noun before "of" is counted; "expects" after "and" is a verb, not what it counts
        (
            "The Board forecasts visitor arrivals of around 48.5 million, and expects the new "
            "terminal to open in 2027.",
            [(48_500_000, "approx", "arrivals")],
        ),
        ("There were 31 hot nights, against respective normals of 14 and 9.", [(31, "exact", "nights")]),
        # the size of a group written into its name; a title-case word before the noun counted
        ("The 32-member delegation will visit Riyadh.", [(32, "exact", "members")]),
        (
            "Four Lunar New Year stamps and 80 000 Christmas cards were sold.",
            [(4, "exact", "stamps"), (80_000, "exact", "cards")],
        ),
        # "the number of" an acronym, then what it comprises
        (
            "As at end-June, the number of SVFs stood at 14, comprising nine licensed issuers.",
            [(14, "exact", "SVFs"), (9, "exact", "issuers")],
        ),
        # a decimal point inside a clause does not end it
        (
            "The maximum penalty is a fine of $1.5 million and a further daily fine of $50,000.",
            [(1.5e6, "at_most", "HKD"), (50_000, "at_most", "HKD")],
        ),
        # "between the two places" says who trades, not how many
        ("Trade between the two places reached $96.2 billion.", [(96.2e9, "exact", "HKD")]),
    ],
)  # fmt: skip
def test_shares_of_a_whole_and_totals_stated(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert triples(text) == expected


def test_enumerations_in_parentheses_are_not_counts() -> None:
    text = "The Committee will (1) review the guidelines and (2) consult the trade."
    assert triples(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two men were arrested at the scene.", [(2, "exact", "persons")]),
        (
            "The Centre for Health Protection recorded 37 cases of influenza. Fifteen of them "
            "required hospitalisation.",
            [(37, "exact", "cases"), (15, "exact", "cases")],
        ),
        ("Four of these cases involved children under five.", [(4, "exact", "cases")]),
        ("Twelve athletes will represent Hong Kong at the Games.", [(12, "exact", "athletes")]),
    ],
)
def test_counts_written_as_words(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heritage open day: members of the public are people, not a body's members
        (
            "The open day drew some 8 500 members of the public and 40 members of the Antiquities "
            "Advisory Board.",
            [(8500, "approx", "persons"), (40, "exact", "members")],
        ),
        # a slope-safety speech: the lives a disaster claimed are the persons it killed
        ("The 1925 landslide in Po Hing Fong claimed 75 lives.", [(75, "exact", "persons")]),
        # a population release: a count and its share joined by "or" are not both per cent
        (
            "The population rose by 24 900 or 0.3% over end-2024, and enrolment fell by 3 or 4 per cent.",
            [(0.3, "exact", "percent"), (3, "exact", "percent"), (4, "exact", "percent")],
        ),
        # a leisure reply: the figures listed with their years count what the first counts
        (
            "The total attendance at public libraries was 9.1 million in 2016, 9.4 million in "
            "2017 and 9.8 million in 2018.",
            [
                (9.1e6, "exact", "attendances"),
                (9.4e6, "exact", "attendances"),
                (9.8e6, "exact", "attendances"),
            ],
        ),
        # an enforcement review: an estimate's word covers the later items, each with its year
        (
            "In 2024, the Department removed about 4 100 signboards, compared with some 3 650 in "
            "2023 and 3 200 in 2022.",
            [(4100, "approx", "signboards"), (3650, "approx", "signboards"), (3200, "approx", "signboards")],
        ),
        # a survey release: "shows that" is a verb, no count of shows
        ("The survey shows that the median score rose to 6.4 in 2024.", []),
        # an InvestHK update: "them" is the whole a share was taken of, not the last plural
        (
            "About 85 per cent of the companies have commenced operations, and some 40 of them "
            "have set up regional offices here.",
            [(85, "approx", "percent"), (40, "approx", "enterprises")],
        ),
        # a talent-admission reply: the numbers of a noun, then the schemes named in a list
        (
            "The numbers of visas issued under the GEP, the TTPS and the QMAS were 41 200, 18 600 "
            "and 4 350 respectively.",
            [(41200, "exact", "visas"), (18600, "exact", "visas"), (4350, "exact", "visas")],
        ),
        # a fire review: a count of last year's fires
        (
            "The FSD handled 380 hill fires last year. Twelve of last year's fires broke out during "
            "the Ching Ming Festival.",
            [(380, "exact", "fires"), (12, "exact", "fires")],
        ),
        # a complaints review: the base a count is compared with, a participle after it
        (
            "The Ombudsman received 4 120 complaints in 2024, compared with the 3 860 received in 2023.",
            [(4120, "exact", "complaints"), (3860, "exact", "complaints")],
        ),
        # a population and a school-places reply: bases and changes that name no noun
        (
            "The number of pipe bursts fell to 85 last year, compared with a peak of 2 100 in "
            "2001. The EDB expects some 2 400 surplus places in 2026, rising to about 3 100 in "
            "2028.",
            [
                (85, "exact", "bursts"),
                (2100, "exact", "bursts"),
                (2400, "approx", "places"),
                (3100, "approx", "places"),
            ],
        ),
        (
            "Visitor arrivals in May were 3.4 million. This brought the total for the first five "
            "months of the year to 16.2 million.",
            [(3.4e6, "exact", "arrivals"), (16.2e6, "exact", "arrivals")],
        ),
        # ages are not counts, however the sentence states them
        (
            "The median age of the population rose to 47.8, from 46.3 ten years earlier, and the "
            "average age of the 120 new recruits was 24.",
            [(120, "exact", "recruits")],
        ),
    ],
)
def test_who_and_what_a_count_is(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Officers seized about 30kg of suspected cocaine.", 30, "kg"),
        ("Customs officers seized 10 kilograms of suspected heroin.", 10, "kg"),
        ("Residents within a 250-metre radius were evacuated.", 250, "metres"),
        ("The park will occupy a 4-hectare site in Tuen Mun.", 4, "hectares"),
        ("The new cycle track runs 5km along the waterfront.", 5, "km"),
        # kilometres and millimetres written as words are given as symbols, as kilograms are
        ("The improved section of the trail is 3.8 kilometres long.", 3.8, "km"),
        ("The Observatory recorded 96.4 millimetres of rainfall.", 96.4, "mm"),
        ("The contract is worth HK$1.2m.", 1.2e6, "HKD"),
        ("The tank holds 500 litres of diesel.", 500, "litres"),
        # a bond offering: an ISO currency code glued to the amount
        ("The offering comprised euro bonds of EUR1 billion.", 1e9, "EUR"),
        # a marine notice: a speed in knots, not the verb after it
        ("Within the zone, a speed of 5 knots applies to all vessels.", 5, "knots"),
    ],
)
def test_units_of_measurement(sentence: str, value: float, unit: str) -> None:
    (f,) = facts(sentence)
    assert (f.value, f.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Blueprint sets out three strategic focuses for the arts sector.",
        "The plan covers all three major clusters of the sports industry.",
        "The three branches are tasked to promote heritage conservation.",
        "The Bureau will pursue the work along four directions.",
        "The 5G network covers the stadium.",
    ],
)
def test_abstractions_are_not_facts(sentence: str) -> None:
    assert facts(sentence) == []


def test_concrete_counts_beside_abstract_ones() -> None:
    text = "The three pillars of the strategy will be delivered by 12 new sports centres."
    assert triples(text) == [(12, "exact", "sports centres")]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The Department assisted 402 overseas and Mainland companies last year.", "enterprises"),
        ("The Fund supported 35 various community projects.", "projects"),
        ("There are 15 general out-patient clinics (GOPCs) in the district.", "clinics"),
        ("The two boundary control points (BCPs) will open round the clock.", "BCPs"),
        # a school-places reply (a kind the corpus lacks): an acronym's plural is no weight, and
        # a word ending in "-us" is no plural
        ("In the 2023/24 school year, there are 972 KGs in the territory.", "KGs"),
        ("The Bureau estimates that there will be some 3 900 surplus P1 places next year.", "places"),
        ("By end-June 2023, 1 230 electric taxis were on the road.", "taxis"),
        # an immigration and a correctional review: grades in title case, a prefixed plural
        ("The ImmD would recruit 90 Immigration Officers this year.", "officers"),
        ("The department recruited 421 Assistant Officers II last year.", "officers"),
        ("There are now 287 e-Channels at the control points.", "e-channels"),
    ],
)
def test_units_are_nouns_not_adjectives(sentence: str, unit: str) -> None:
    assert [f.unit for f in facts(sentence)] == [unit]


# Releases of one kind written differently give the same metric names.
CUSTOMS = [
    "Hong Kong Customs yesterday (March 13) seized about 30 kilograms of suspected cocaine with "
    "an estimated market value of about $32 million at the airport.",
    "During the operation, Customs officers detected 12kg of suspected ketamine, worth about "
    "$6.8 million, in the luggage of a passenger.",
    "A total of 4.5 kilograms of suspected methamphetamine with a market value of about "
    "$2.7 million was seized in the cargo consignment.",
]
INVESTHK = [
    "Invest Hong Kong today announced that it assisted 520 companies to set up or expand in Hong "
    "Kong last year, creating 6,000 jobs.",
    "The department helped 410 overseas and Mainland firms to set up in the city in 2024, and the "
    "number of jobs created was 4,812.",
    "A total of 380 companies were assisted by the department, and they created over 3 900 jobs "
    "in their first year.",
]
HEALTH = [
    "The Centre for Health Protection today recorded 37 confirmed cases of COVID-19.",
    "The CHP is investigating 12 new confirmed cases of influenza A.",
    "A total of 8 cases were confirmed by the laboratory yesterday.",
]


TRANSPORT = [
    ("Hong Kong International Airport handled 4.9 million passengers in March.", "passengers"),
    ("The cross-boundary ferry terminals handled 310 000 passengers during the holiday.", "passengers"),
    ("Ocean-going vessel arrivals numbered 2 210 in May.", "vessel_arrivals"),
    ("Visitor arrivals reached 3.9 million in April, up 12 per cent.", "visitors"),
]


@pytest.mark.parametrize(("text", "metric"), TRANSPORT)
def test_passengers_vessels_and_visitors_are_three_measures(text: str, metric: str) -> None:
    assert facts(text)[0].metric == metric


@pytest.mark.parametrize("text", CUSTOMS)
def test_customs_seizures_have_stable_names(text: str) -> None:
    names = {f.metric for f in facts(text)}
    assert names == {"drugs_seized", "seizure_value"}


@pytest.mark.parametrize("text", INVESTHK)
def test_investhk_results_have_stable_names(text: str) -> None:
    names = [f.metric for f in facts(text)]
    assert names == ["companies_assisted", "jobs_created"]


@pytest.mark.parametrize("text", HEALTH)
def test_health_cases_have_stable_names(text: str) -> None:
    assert [f.metric for f in facts(text)] == ["cases_confirmed"]


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("The maximum penalty is a fine of $1 million.", "maximum_fine"),
        ("The defendant was fined $8,000.", "fine"),
        ("Police arrested three men in Yau Tsim.", "persons_arrested"),
        ("Two of the injured were sent to hospital.", "persons_injured"),
        ("The museum welcomed over 1.2 million visitors last year.", "visitors"),
        ("The Scheme received 2 400 applications.", "applications_received"),
        ("The unemployment rate stood at 3.1 per cent.", "unemployment_rate"),
        ("Retail sales rose by 4.2 per cent year-on-year.", "growth_rate"),
        ("The Government will inject $500 million into the Fund.", "funding_total"),
        ("About 80 per cent of the respondents supported the proposal.", "share_of_respondents"),
        ("The weight limit of parcels will be raised to 30kg.", "weight_limit"),
        # a share opening its sentence stays a share, whatever verbs follow ("set up" is no rise)
        (
            "About 70 per cent of the incubatees have set up offices in the Science Park.",
            "share_of_incubatees",
        ),
    ],
)
def test_metric_names_from_context(sentence: str, metric: str) -> None:
    assert [f.metric for f in facts(sentence)] == [metric]


def test_a_level_a_change_reaches_is_named_for_its_rate_index_or_share() -> None:
    # a vector surveillance release and a vacancy statistics release (kinds the corpus lacks):
    # "rose to 18.6 per cent" is the index's level, not a growth rate; "by 1.1 per cent" still is
    text = (
        "The area ovitrap index for Tai Wai rose to 18.6 per cent. The vacancy rate of private "
        "offices increased from 12.6% in June - August 2022 to 14.2% in June - August 2023. The share "
        "of online sales in total retail sales rose by 1.1 per cent to 9.2 per cent."
    )
    assert [(f.value, f.metric) for f in facts(text)] == [
        (18.6, "ovitrap_index"),
        (12.6, "vacancy_rate"),
        (14.2, "vacancy_rate"),
        (1.1, "growth_rate"),
        (9.2, "share_of_online_sales"),
    ]
    # the nearest rate named before the level is the one it belongs to
    text = "The unemployment rate fell to 3.1%, and the underemployment rate rose to 1.2%."
    assert [f.metric for f in facts(text)] == ["unemployment_rate", "underemployment_rate"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As of yesterday, 1 234 water samples had been tested, of which 12 were positive.",
            [(1234, "exact", "samples"), (12, "exact", "samples")],
        ),
        (
            "Among the 48 cases recorded this year, 30 were imported and 18 were local.",
            [(48, "exact", "cases"), (30, "exact", "cases"), (18, "exact", "cases")],
        ),
        ("Visitor arrivals reached 4.5 million in January.", [(4.5e6, "exact", "arrivals")]),
        # every countable quantitative fact is a metric: a labour-market measure counts persons
        (
            "Total employment increased by around 10 100 to 3 696 500.",
            [(10100, "approx", "persons"), (3696500, "exact", "persons")],
        ),
        ("Of these cases, 80 involved males.", [(80, "exact", "cases")]),
        # after "of which", a past verb: the number counts what "which" stands for (a grants release)
        (
            "The board approved 46 community projects, of which 19 targeted ethnic minority families.",
            [(46, "exact", "projects"), (19, "exact", "projects")],
        ),
        # the qualifier is the verb that states the count (a museum attendance release)
        ("Museum attendances exceeded 1.2 million in the year.", [(1.2e6, "more_than", "attendances")]),
        # an age, not a count (a volunteer awards release)
        ("Among them is Mr Ho Kam-wing, who at 91 still teaches calligraphy classes.", []),
        # ages with a bound, ages in a court list, school classes, the second day of a date
        ("Persons aged over 65, smokers and diabetics are at higher risk.", []),
        (
            "The defendants are Leung Ka-fai, 52, site foreman of a contractor, and two others.",
            [(2, "exact", "others")],
        ),
        ("About 4 800 Primary Six pupils joined the scheme.", [(4800, "approx", "pupils")]),
        (
            "Officers raided 12 shops on May 6 and 7 and seized 3 400 items.",
            [(12, "exact", "shops"), (3400, "exact", "items")],
        ),
        (
            "The rate fell to 6.1 per cent, from 8.3 per cent on March 2 and 9.7 per cent on February 23.",
            [(6.1, "exact", "percent"), (8.3, "exact", "percent"), (9.7, "exact", "percent")],
        ),
        ("On March 12, 54 persons were arrested.", [(54, "exact", "persons")]),
        # an age says the count is of persons (a police release)
        ("Of those arrested, 146 were aged under 21.", [(146, "exact", "persons")]),
        # a bare number and its verb after "and": what the sentence's first number counts (an
        # outbreak release)
        (
            "Since May 2, 23 residents developed fever. Six of them sought medical attention and "
            "four required admission to hospital.",
            [(23, "exact", "residents"), (6, "exact", "residents"), (4, "exact", "residents")],
        ),
        (
            "About 61 000 doses went to children aged between six months and under 12 years.",
            [(61000, "approx", "doses")],
        ),
    ],
)
def test_counts_of_the_noun_before(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("The number of complaints fell by 8 per cent.", "decline_rate"),
        ("Applications were up 12 per cent year-on-year.", "growth_rate"),
        ("Retail sales decreased by 11.6% compared with a year earlier.", "decline_rate"),
        ("The fire broke out at about 3am and 120 residents were evacuated.", "persons_evacuated"),
        ("The scheme has a budget of $500 million.", "funding_total"),
        ("Officers conducted 45 000 inspections of construction sites.", "inspections"),
        # admitted to a school is not admitted to hospital
        ("In September, 31 240 pupils were admitted to Primary One.", "pupils_admitted"),
        ("Four patients were admitted to the medical ward for observation.", "persons_hospitalised"),
        # casualties are persons, and the measure keeps their name
        ("The collisions resulted in 1 240 casualties, most of them slightly injured.", "casualties"),
        # prices, fees and rents (tariff notices, a kind the corpus lacks); a price raised is
        # no money raised
        ("The fare for the Star Ferry upper deck will be raised to $6.1 from May 1.", "fare"),
        ("The licence fee for a hawker stall is $2,520 a year.", "fee"),
        ("The average monthly rent of a public rental flat was $2,380.", "rent"),
        ("The charity sale raised $1.2 million for the elderly.", "donations"),
    ],
)
def test_more_metric_names(sentence: str, metric: str) -> None:
    assert [f.metric for f in facts(sentence)] == [metric]


def test_number_of_x_from_to() -> None:
    text = "The Government will increase the number of hostel places from 5 000 to 8 000."
    assert triples(text) == [(5000, "exact", "places"), (8000, "exact", "places")]


def test_two_sides_is_not_a_count() -> None:
    text = "The two sides signed three memorandums of understanding on sports exchange."
    assert triples(text) == [(3, "exact", "memorandums")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The programme is open to Form 3 students of secondary schools.",
        "Dozens of residents gathered outside the venue.",
        "The exhibition is held at Hall 5 venues of the Convention Centre.",
    ],
)
def test_labels_and_vague_amounts_are_not_counts(sentence: str) -> None:
    assert facts(sentence) == []


def test_percentage_points() -> None:
    (f, g) = facts("The unemployment rate rose by 0.2 percentage point to 3.3 per cent.")
    assert (f.value, f.unit, f.metric) == (0.2, "percentage points", "unemployment_rate_change")
    assert (g.value, g.unit, g.metric) == (3.3, "percent", "unemployment_rate")


def test_bringing_the_total_to() -> None:
    text = "The CHP recorded five new cases, bringing the total to 123."
    assert triples(text) == [(5, "exact", "cases"), (123, "exact", "cases")]


def test_ages_and_age_ranges_are_not_counts() -> None:
    text = (
        "The patients, aged 23 to 71, developed fever. Those arrested, aged between 20 and 45, "
        "include 12 men. Some 40 persons aged 65 or above joined the talk."
    )
    assert triples(text) == [(12.0, "exact", "persons"), (40.0, "approx", "persons")]


def test_a_group_named_in_the_paragraph_before_is_what_its_part_counts() -> None:
    text = "Police arrested 63 persons in the operation. Fifteen of them were suspected triad members."
    assert triples(text) == [(63.0, "exact", "persons"), (15.0, "exact", "persons")]


def test_a_further_fine_after_a_stated_maximum_is_a_maximum() -> None:
    text = (
        "The maximum penalty upon conviction is a fine of $200,000 and imprisonment for one year, "
        "and a further fine of $20,000 for each day during which the offence continues."
    )
    assert triples(text) == [(200000.0, "at_most", "HKD"), (20000.0, "at_most", "HKD")]


def test_a_sector_in_parentheses_counts_what_the_partitive_before_it_counted() -> None:
    text = (
        "Start-ups remained important, with 75 of the firms we supported being start-ups, while "
        "retail and consumer goods (40), logistics and transport (22) and creative industries (18) "
        "were the most active sectors."
    )
    got = {v: u for v, _, u in triples(text)}
    assert got[40] == got[22] == got[18] == "enterprises"  # not "goods", "logistics"


def test_the_base_of_a_change_is_counted_like_the_number_it_is_compared_with() -> None:
    text = (
        "In 2024, the Marine Department recorded 612 marine incidents, a decrease of 4.1 per cent "
        "from 638 in 2023. Eleven people died, down from 17 in 2023."
    )
    got = triples(text)
    assert (638.0, "exact", "incidents") in got
    assert (17.0, "exact", "persons") in got


def test_a_maximum_that_cites_a_section_of_the_law_is_still_a_bound() -> None:
    text = (
        "The department reminded operators that the maximum penalty for selling unsafe toys under "
        "section 7(1)(b) of the Toys and Children's Products Safety Ordinance is a fine of $100,000 "
        "and imprisonment for one year."
    )
    assert (100000.0, "at_most", "HKD") in triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a document type in title case
        (
            "Last year the Buildings Department issued 3 412 Statutory Orders and 120 Closure Orders.",
            [(3412.0, "exact", "orders"), (120.0, "exact", "orders")],
        ),
        # plurals in -men are counted nouns (a trade's own word, as most blind labels keep it)
        (
            "The Marine Department will recruit 45 seamen and 30 firemen this year.",
            [(45.0, "exact", "seamen"), (30.0, "exact", "firemen")],
        ),
        # sessions and occasions are counted events
        (
            "The Council held more than 150 briefing sessions, and the signal was hoisted on "
            "three occasions.",
            [(150.0, "more_than", "sessions"), (3.0, "exact", "occasions")],
        ),
        # a total brought to a number, after a verb in -s
        (
            "The Department runs a network of community recycling stores and plans to bring the "
            "total number to 60 by end-2026.",
            [(60.0, "exact", "stores")],
        ),
        # a commissioner's appointment and a games delegation: a group sized by "-strong"
        ("He will lead the department's 5 800-strong workforce.", [(5800, "exact", "persons")]),
        ("The 412-strong delegation arrived in Chengdu.", [(412, "exact", "members")]),
    ],
)
def test_counted_nouns_of_other_release_kinds(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert triples(text) == expected


def test_counts_in_parentheses_with_a_share_and_list_items_to_a_law() -> None:
    text = (
        "Private cars accounted for 62.1 per cent (401 220) of the total, followed by goods "
        "vehicles (108 300, or 16.8 per cent) and motorcycles (51 004, or 7.9 per cent)."
    )
    got = triples(text)
    assert (108300.0, "exact", "vehicles") in got and (51004.0, "exact", "motorcycles") in got
    text = (
        "Of the 980 convicted cases, 402 were related to the Air Pollution Control Ordinance, 288 "
        "to the Waste Disposal Ordinance and 150 to the Noise Control Ordinance."
    )
    assert [v for v, _, u in triples(text) if u == "cases"] == [980.0, 402.0, 288.0, 150.0]


def test_the_base_of_a_rate_is_not_a_count_and_the_rate_is_per_it() -> None:
    text = (
        "The accident rate per 1 000 workers in the construction industry dropped from 33.1 to "
        "31.5, and there were 2 821 accidents; the rate per 100 000 population was lower."
    )
    assert [(v, u) for v, _, u in triples(text)] == [
        (33.1, "per 1000 workers"),
        (31.5, "per 1000 workers"),
        (2821.0, "accidents"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym in the plural is what is counted, as the release writes it
        ("The port handled 18.3 million TEUs in the year.", [(18.3e6, "exact", "TEUs")]),
        ("There were 57 RCHDs in the district.", [(57, "exact", "RCHDs")]),
        # an invariant plural that modifies a compound is not the counted noun
        ("The district has 14 youth service centres.", [(14, "exact", "centres")]),
        ("Hong Kong has 26 fish culture zones.", [(26, "exact", "zones")]),
        # a head that would merge two measures of one release kind is kept whole
        (
            "The department manages 24 country parks and five marine parks, and organised nine job fairs.",
            [(24, "exact", "country parks"), (5, "exact", "marine parks"), (9, "exact", "job fairs")],
        ),
        # and a head that says nothing alone: a leisure venues reply (a kind the corpus lacks)
        (
            "The LCSD manages 95 sports centres, 44 swimming pools and 256 tennis courts, and the "
            "Board licensed 1 780 travel agents.",
            [
                (95, "exact", "sports centres"),
                (44, "exact", "swimming pools"),
                (256, "exact", "tennis courts"),
                (1780, "exact", "travel agents"),
            ],
        ),
        # "talent" counted as a collective plural, as the talent schemes' releases write it, is
        # persons; before a noun it modifies the compound
        (
            "Some 68 000 talent had arrived under the admission schemes by end-June. The Office "
            "handled 1 200 talent admission enquiries.",
            [(68000, "approx", "persons"), (1200, "exact", "enquiries")],
        ),
        # (people of several kinds together are persons)
        ("The team deployed about 300 staff and volunteers.", [(300, "approx", "persons")]),
        # "of these" with no noun after it counts what the sentence before counted
        (
            "The survey covered 120 hostels. Fifteen of these are located on outlying islands.",
            [(120, "exact", "hostels"), (15, "exact", "hostels")],
        ),
    ],
)
def test_counted_nouns_of_compounds_and_acronyms(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert triples(text) == expected


def test_the_same_count_for_another_period_after_and() -> None:
    text = "In 2023, the Board handled 1 420 appeals, and 1 310 in 2022."
    assert triples(text) == [(1420, "exact", "appeals"), (1310, "exact", "appeals")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change's figures count what its subject counts
        (
            "Theft cases fell by 8.4 per cent to 2 315.",
            [(8.4, "exact", "percent"), (2315, "exact", "cases")],
        ),
        ("Fire calls decreased from 410 to 365.", [(410, "exact", "calls"), (365, "exact", "calls")]),
        (
            "The backlog of repair orders has fallen from about 2 100 to about 1 700.",
            [(2100, "approx", "orders"), (1700, "approx", "orders")],
        ),
        (
            "The Board expects that the number of school-age children will drop from 61 200 to 55 900.",
            [(61200, "exact", "children"), (55900, "exact", "children")],
        ),
        # a breakdown after "including", by any field
        (
            "The Office has signed 41 enterprises, including 9 in financial technology and 12 in "
            "advanced manufacturing.",
            [(41, "exact", "enterprises"), (9, "exact", "enterprises"), (12, "exact", "enterprises")],
        ),
        # figures in brackets after places count what the sentence before counted
        (
            "The Council supported 230 firms. The main markets were Japan (64), Korea (51) and "
            "Thailand (33).",
            [
                (230, "exact", "enterprises"),
                (64, "exact", "enterprises"),
                (51, "exact", "enterprises"),
                (33, "exact", "enterprises"),
            ],
        ),
        (
            "Arrivals from short-haul markets grew by 3.2 per cent, with Japan (51 300) and Korea "
            "(40 120) leading.",
            [(3.2, "exact", "percent"), (51300, "exact", "arrivals"), (40120, "exact", "arrivals")],
        ),
    ],
)
def test_figures_whose_noun_is_written_elsewhere(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Household income must not exceed 60 per cent of the median.", [(60, "at_most", "percent")]),
        # a maximum or minimum observed is a value, not a bound
        ("The maximum temperature recorded was 34.2 degrees.", [(34.2, "exact", "degrees")]),
        ("The minimum temperature of the month was 11.3 degrees.", [(11.3, "exact", "degrees")]),
    ],
)
def test_bounds_and_observed_extremes(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert triples(text) == expected


def test_an_income_limit_is_named_as_such() -> None:
    assert [f.metric for f in facts("For a two-person household, the income limit is $21,400.")] == [
        "income_limit"
    ]


def test_a_base_counts_what_the_number_of_counts() -> None:
    text = "The number of S1 students in these schools was 28 410, down 3.2 per cent from 29 350 in 2022."
    expected = [(28410, "exact", "students"), (3.2, "exact", "percent"), (29350, "exact", "students")]
    assert triples(text) == expected


def test_a_change_after_a_relative_clause_counts_the_subject() -> None:
    text = "The number of top scorers, who obtained the highest grade in all subjects, rose from 6 to 9."
    assert triples(text) == [(6, "exact", "scorers"), (9, "exact", "scorers")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same verb in a parallel clause counts the same noun
        (
            "Residents made 2.3 million passenger trips, while visitors made 1.7 million.",
            [(2.3e6, "exact", "trips"), (1.7e6, "exact", "trips")],
        ),
        # a breakdown after "including" by a participle
        (
            "The department employed 1 420 nurses, including 310 working in outreach teams.",
            [(1420, "exact", "nurses"), (310, "exact", "nurses")],
        ),
        # a scale inside the brackets of a list
        (
            "Singapore led with 2.4 million passengers, followed by Japan (1.8 million) and Korea "
            "(1.1 million).",
            [(2.4e6, "exact", "passengers"), (1.8e6, "exact", "passengers"), (1.1e6, "exact", "passengers")],
        ),
        # "the number of" with many modifiers, and "the number was" after an opening phrase
        (
            "The numbers of subsidised residential respite care places in 2021 and 2022 were 310 and "
            "325 respectively. As at the end of June, the number was 342.",
            [(310, "exact", "places"), (325, "exact", "places"), (342, "exact", "places")],
        ),
        (
            "In 2024, the number of licensed guesthouses reached a record high of 2 118.",
            [(2118, "exact", "guesthouses")],
        ),
    ],
)
def test_counts_in_parallel_clauses_breakdowns_and_records(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert triples(text) == expected


def test_a_plural_subject_stated_as_a_number() -> None:
    assert triples("Long-haul visitor arrivals were about 210 000, up slightly.") == [
        (210000, "approx", "arrivals")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the item before is a year, not a count
        (
            "The number of landslide reports fell from 210 in 2019 to 130 in 2020 and 88 in 2021.",
            [(210, "exact", "reports"), (130, "exact", "reports"), (88, "exact", "reports")],
        ),
        # a share in brackets between a list item and its verb
        (
            "The Authority received 1 204 complaints, including 802 (67 per cent) related to noise and "
            "301 (25 per cent) concerned odour.",
            [
                (1204, "exact", "complaints"),
                (802, "exact", "complaints"),
                (67, "exact", "percent"),
                (301, "exact", "complaints"),
                (25, "exact", "percent"),
            ],
        ),
        # a longer subject in a parallel clause
        (
            "The 12 district clinics handled 1.3 million attendances, while the 40 general out-patient "
            "clinics (GOPCs) handled 4.1 million.",
            [
                (12, "exact", "clinics"),
                (1.3e6, "exact", "attendances"),
                (40, "exact", "clinics"),
                (4.1e6, "exact", "attendances"),
            ],
        ),
    ],
)
def test_list_items_after_years_notes_and_long_subjects(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert triples(text) == expected


def test_shares_stated_by_adjectives_after_of_these() -> None:
    text = (
        "In 2023, 14 212 traffic accidents were recorded. Of these, 88 were fatal, 1 640 were "
        "serious and 12 484 were slight."
    )
    assert triples(text) == [
        (14212, "exact", "accidents"), (88, "exact", "accidents"), (1640, "exact", "accidents"),
        (12484, "exact", "accidents"),
    ]  # fmt: skip


def test_rooms_are_counted() -> None:
    assert triples("There were 310 hotels providing 88 420 rooms.") == [
        (310, "exact", "hotels"),
        (88420, "exact", "rooms"),
    ]


def test_a_base_with_no_noun_counts_what_its_figure_counts() -> None:
    text = (
        "The number of licensed guesthouses in 2024 was 1 912, down 3.1 per cent from 1 973 a year "
        "earlier. The resident population was 7 503 100, up 0.4 per cent from 7 473 200."
    )
    assert triples(text) == [
        (1912, "exact", "guesthouses"), (3.1, "exact", "percent"), (1973, "exact", "guesthouses"),
        (7503100, "exact", "persons"), (0.4, "exact", "percent"), (7473200, "exact", "persons"),
    ]  # fmt: skip


def test_a_bracketed_breakdown_by_named_places() -> None:
    text = (
        "A total of 212 flooding reports were received. They came from all regions (Hong Kong "
        "Island: 48; Kowloon: 71 and New Territories: 93). For enquiries, call the hotline (Tel: 2835 1473)."
    )
    assert triples(text) == [
        (212, "exact", "reports"), (48, "exact", "reports"), (71, "exact", "reports"),
        (93, "exact", "reports"),
    ]  # fmt: skip


def test_speeds_keep_their_unit() -> None:
    text = "Gusts of 146 km/h were recorded at Cheung Chau and of 102 kilometres per hour at Sai Kung."
    assert triples(text) == [(146, "exact", "km/h"), (102, "exact", "kilometres per hour")]


def test_a_change_over_a_figure_counts_what_the_figure_counts() -> None:
    text = (
        "There are 512 340 registered users of the library app, an increase of 21 870 over the "
        "490 470 users a year earlier. Daily output reached 2 450 million litres."
    )
    assert triples(text) == [
        (512340, "exact", "users"), (21870, "exact", "users"), (490470, "exact", "users"),
        (2.45e9, "exact", "litres"),
    ]  # fmt: skip


def test_of_these_n_were_a_noun_counts_that_noun() -> None:
    text = (
        "The Labour Department received 2 418 job vacancies in January. Of these, 640 were "
        "internships offered by universities and 312 were part-time posts."
    )
    assert triples(text) == [
        (2418, "exact", "vacancies"), (640, "exact", "internships"), (312, "exact", "posts"),
    ]  # fmt: skip


def test_a_change_to_a_figure_counts_its_subject_or_the_number_named_before() -> None:
    text = (
        "Visits to public libraries fell 4.2 per cent to 1 236 000 in 2024. The department ran 418 "
        "outreach sessions last year. The number rose to 452 this year."
    )
    assert triples(text) == [
        (4.2, "exact", "percent"), (1236000, "exact", "visits"), (418, "exact", "sessions"),
        (452, "exact", "sessions"),
    ]  # fmt: skip


def test_bases_after_an_age_after_double_the_and_after_and() -> None:
    text = (
        "The Police arrested 412 persons for burglary. Among them, 96 were aged under 18, compared "
        "with 71 a year earlier. Export orders reached 8 120 containers, more than double the 3 950 "
        "in 2022. As at the end of June, 5 812 applicants were waiting, compared with 6 004 at "
        "end-2023 and 6 370 at end-2022."
    )
    assert triples(text) == [
        (412, "exact", "persons"), (96, "exact", "persons"), (71, "exact", "persons"),
        (8120, "exact", "containers"), (3950, "exact", "containers"),
        (5812, "exact", "applicants"), (6004, "exact", "applicants"), (6370, "exact", "applicants"),
    ]  # fmt: skip


def test_the_number_of_a_noun_to_exceed_a_figure_next_year() -> None:
    text = "The department expects the number of smart meters installed to exceed 400 000 next year."
    assert triples(text) == [(400000, "more_than", "meters")]


def test_a_bracketed_breakdown_by_sectors_in_lower_case() -> None:
    text = "The scheme approved 255 grants, by trade (catering: 118; retail: 96; logistics: 41)."
    assert triples(text) == [
        (255, "exact", "grants"), (118, "exact", "grants"), (96, "exact", "grants"), (41, "exact", "grants"),
    ]  # fmt: skip


def test_medals_by_colour_and_races_named_by_distance() -> None:
    text = (
        "The team won 64 medals, comprising 21 gold, 19 silver and 24 bronze. Swimmer Ho Ka-yan set "
        "new records in the girls' 100m and 200m backstroke, and sprinter Li Wing-hei won the boys' "
        "400m. The new pool is 50m long. The team swam in 12 heats."
    )
    assert triples(text) == [
        (64, "exact", "medals"), (21, "exact", "medals"), (19, "exact", "medals"),
        (24, "exact", "medals"), (50, "exact", "m"), (12, "exact", "heats"),
    ]  # fmt: skip


def test_casualties_and_recipients_count_persons() -> None:
    units = [f.unit for f in facts("The fires left 37 casualties and the fund had 210 recipients.")]
    assert units == ["persons", "persons"]


def test_parts_per_million_is_a_unit_not_a_count_of_parts() -> None:
    found = facts("The highest level of sulphur dioxide detected was 1 960 parts per million (ppm).")
    assert [(f.value, f.unit) for f in found] == [(1960, "ppm")]
    units = [f.unit for f in facts("A sample held 410ppm of benzoic acid and 9 ppb of lead.")]
    assert units == ["ppm", "ppb"]


def test_n_of_them_goes_on_with_the_subject_of_the_sentence_before() -> None:
    text = (
        "The Trade Office welcomed 40 logistics firms this year. These firms are expected to "
        "create 3 000 jobs. Twelve of them come from Europe. The new members work in shipping, "
        "warehousing and data analytics. Nine of them are from Japan."
    )
    assert triples(text) == [
        (40, "exact", "enterprises"),
        (3000, "exact", "jobs"),
        (12, "exact", "enterprises"),
        (9, "exact", "members"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ensemble has given more than 800 concerts, reaching an audience of about 1.2 million.",
            [(800, "more_than", "concerts"), (1.2e6, "approx", "persons")],
        ),
        (
            "The library ran 2 100 activities last year, with a total attendance of around 96 000.",
            [(2100, "exact", "activities"), (96000, "approx", "attendances")],
        ),
        (
            "Some 240 pupils joined the scheme this year, and the Bureau aims to raise the number to "
            "at least 400 by 2027.",
            [(240, "approx", "pupils"), (400, "at_least", "pupils")],
        ),
        ("The firm opened its office with only four staff six years ago.", [(4, "exact", "staff")]),
        ("A new 1 800-square-metre sports hall will open in Tai Po.", [(1800, "exact", "square metres")]),
    ],
)
def test_collective_nouns_raised_targets_and_hyphenated_areas(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Burglary cases, however, rose by 6.2 per cent to 1 318.",
            [(6.2, "exact", "percent"), (1318, "exact", "cases")],
        ),
        (
            "The number of calls answered was 9 420, compared with 8 870 the year before.",
            [(9420, "exact", "calls"), (8870, "exact", "calls")],
        ),
        (
            "In 2016, volunteers cleaned 140 beaches; in 2020, the number rose to 190, and last year "
            "it reached 236.",
            [(140, "exact", "beaches"), (190, "exact", "beaches"), (236, "exact", "beaches")],
        ),
    ],
)
def test_a_figure_after_an_aside_a_base_the_year_before_and_the_number_rising(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert triples(text) == expected


def test_people_counted_by_what_befell_them() -> None:
    text = (
        "The collisions left 1 210 casualties, comprising 38 persons killed, 402 seriously injured "
        "and 770 slightly injured."
    )
    assert triples(text) == [
        (1210, "exact", "persons"),
        (38, "exact", "persons"),
        (402, "exact", "persons"),
        (770, "exact", "persons"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rule's limit a few words before the amount, and a stated ceiling, are upper bounds
        ("Vessels in the fairway must not exceed a speed of 10 knots.", [(10, "at_most", "knots")]),
        ("The funding ceiling for each project is $5 million.", [(5_000_000, "at_most", "HKD")]),
        # a ceiling changed is the ceiling's own value
        (
            "The funding ceiling for each project was raised from $3 million to $5 million.",
            [(3_000_000, "exact", "HKD"), (5_000_000, "exact", "HKD")],
        ),
        # "or more" / "or below" after the amount
        ("Households that recycle 20kg or more of glass bottles get a coupon.", [(20, "at_least", "kg")]),
        ("Vehicles of 5.5 tonnes or below may use the lane.", [(5.5, "at_most", "tonnes")]),
        # a thing sized by a count
        (
            "The Hospital Authority will open a 400-bed hospital next to the 1 500-unit estate.",
            [(400, "exact", "beds"), (1500, "exact", "units")],
        ),
        # "the first three quarters of this year" is a period, not a count
        ("Exports grew by 4.1% in the first three quarters of this year.", [(4.1, "exact", "percent")]),
        # the first number shares the noun of the second
        (
            "The Department runs 12 general and four roadside monitoring stations.",
            [(12, "exact", "stations"), (4, "exact", "stations")],
        ),
        # speeds in km per hour; areas in "sq m" are square metres, as labellers write them
        ("The average speed on the bridge was 42.5 km per hour.", [(42.5, "exact", "km/h")]),
        ("The site has a gross floor area of 18 250 sq m.", [(18250, "exact", "square metres")]),
    ],
)
def test_bounds_sized_things_gapped_counts_and_units(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert triples(text) == expected


def test_a_percentage_change_written_with_its_sign_is_negative() -> None:
    # a monthly household-expenditure release (a kind the corpus lacks): "(-2.6%)" is a fall
    text = (
        "Analysed by type, spending on transport fell the most (-2.6%), followed by clothing "
        "(-1.9%), while spending on recreation rose (+3.1%)."
    )
    got = facts(text)
    assert [(f.value, f.unit, f.quantity) for f in got] == [
        (-2.6, "percent", "-2.6%"),
        (-1.9, "percent", "-1.9%"),
        (3.1, "percent", "3.1%"),
    ]
    assert triples("The COVID-19 clusters rose to 14 and 3-5 cases were reported daily.")[0][0] == 14


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a labour-force release (a kind the corpus lacks): a rate that moved to a level
        (
            "The seasonally adjusted unemployment rate went up to 3.4% in March to May 2026.",
            [(3.4, "exact", "percent")],
        ),
        ("Rents for small flats edged up to 41 per cent of income.", [(41, "exact", "percent")]),
        # a ceiling stays a ceiling, also with a verb of movement that has not happened
        ("Each household may receive up to 30 coupons.", [(30, "at_most", "coupons")]),
        ("Fees may go up to 12% next year.", [(12, "at_most", "percent")]),
    ],
)
def test_a_move_up_to_a_level_is_not_a_bound(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert triples(text) == expected
    for fact in facts(text):
        assert ("up to" in fact.quantity) == (fact.qualifier == "at_most")


def test_a_plural_before_a_plural_modifies_it() -> None:
    # a social-security caseload release (a kind the corpus lacks): "low earnings cases" are cases
    text = "Old age cases rose by 57 to 15 860, whereas low earnings cases decreased by 19 to 1 620."
    assert [u for _, _, u in triples(text)] == ["cases"] * 4
    assert [u for _, _, u in triples("Goods vehicles rose by 12 to 3 020.")] == ["vehicles"] * 2


def test_list_items_of_years_and_financial_years_after_a_comma() -> None:
    # a housing-production LegCo reply (a kind the corpus lacks): every item counts the flats
    for text in (
        "The HA completed 8 120 flats in 2021/22, 11 460 in 2022/23 and 15 900 in 2023/24.",
        "The HA completed 8 120 flats in 2021, 11 460 in 2022 and 15 900 in 2023.",
    ):
        assert triples(text) == [
            (8120, "exact", "flats"),
            (11460, "exact", "flats"),
            (15900, "exact", "flats"),
        ]
    # a year followed by a noun is no list item's period
    assert triples("The scheme received 120 applications in 2023 and 2024 from 40 firms.")[0] == (
        120,
        "exact",
        "applications",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a recycling-scheme and a ticketing notice (kinds the corpus lacks)
        (
            "Members may redeem gifts, subject to a limit of 2 000 points per member per day.",
            (2000, "at_most"),
        ),
        ("Tickets are free, with a limit of two tickets per person.", (2, "at_most")),
        # a marine notice: the speed limit a department enforces
        ("The Marine Department enforces a speed limit of 8 knots near the berths.", (8, "at_most")),
        # a limit changed, or a limit set by a clause, is the limit's own value
        ("The speed limit of the section will be lowered from 70 km/h to 50 km/h.", (70, "exact")),
        ("The income limit is set at 75 per cent of the median.", (75, "exact")),
        # a level compared with a standard's limit: the bound the standard sets (round 42: the dev
        # labels of "limit of N" write at_most ten times in eleven; this was exact before)
        ("The samples exceeded the legal limit of 1 000 parts per million.", (1000, "at_most")),
    ],
)
def test_the_amount_of_a_limit_is_its_upper_bound(text: str, expected: tuple[float, str]) -> None:
    assert triples(text)[0][:2] == expected


def test_a_pair_of_bounds_stated_respectively() -> None:
    # a land-sale notice (a kind the corpus lacks): the second amount is the second bound
    text = (
        "Its minimum and maximum gross floor areas are 18 600 square metres and 31 000 square "
        "metres respectively."
    )
    assert [(v, q) for v, q, _ in triples(text)] == [(18600, "at_least"), (31000, "at_most")]
    # observed extremes are no bounds
    text = "The maximum and minimum temperatures were 31 and 25 degrees."
    assert [q for _, q, _ in triples(text)] == ["exact", "exact"]


def test_people_of_several_kinds_counted_together_are_persons() -> None:
    # a tree-planting day and a school expo (kinds the corpus lacks)
    text = "The Secretary joined about 250 students, teachers and volunteers to plant saplings."
    assert triples(text) == [(250, "approx", "persons")]
    assert triples("Some 36 000 parents and students visited the expo.") == [(36000, "approx", "persons")]
    # each kind with its own number keeps its own noun
    text = "A total of 180 students and 25 teachers joined."
    assert triples(text) == [(180, "exact", "students"), (25, "exact", "teachers")]
    # the kinds named by "the numbers of", and a noun's own families, keep the counted noun
    text = "As at end-June, the numbers of doctors and nurses in the clusters stood at 6 910 and 29 870."
    assert triples(text)[0] == (6910, "exact", "doctors")
    assert triples("The scheme will benefit more than 5 000 carers and their families.")[0][2] == "carers"
    # an election briefing and a graduation (kinds the corpus lacks): candidates, agents, helpers and
    # graduates are people too
    text = "The ICAC organised 46 briefing sessions for about 1 300 candidates, agents and helpers."
    assert triples(text)[-1] == (1300, "approx", "persons")
    assert triples("Some 2 000 graduates and teachers attended.") == [(2000, "approx", "persons")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vehicle phase-out progress release (a kind the corpus lacks)
        (
            "Some 980 older diesel goods vehicles were scrapped during the quarter, bringing the total "
            "phased out under the ex-gratia payment scheme to about 41 200.",
            [(980, "approx", "vehicles"), (41200, "approx", "vehicles")],
        ),
        # a recycling-scheme milestone (a kind the corpus lacks)
        (
            "The number of registered members of the recycling rewards scheme exceeded 950 000.",
            [(950000, "more_than", "members")],
        ),
    ],
)
def test_a_total_or_a_number_stated_after_a_long_subject(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert triples(text) == expected


def test_welfare_caseloads_and_figures_listed_as_at_dates() -> None:
    # a social-security monthly release and a LegCo reply on waiting lists (kinds the corpus lacks)
    text = "The total number of Old Age Living Allowance (OALA) recipients at end-May 2025 was 611 240."
    assert triples(text) == [(611240, "exact", "persons")]  # recipients count persons
    text = "As at end-May 2024, the CSSA caseload stood at 179 880, of which 105 210 were old age cases."
    assert triples(text) == [(179880, "exact", "cases"), (105210, "exact", "cases")]
    text = (
        "The number of elderly persons waiting for nursing home places was 6 410 as at end-March "
        "2022, 6 870 as at end-March 2023 and 7 020 as at end-March 2024."
    )
    assert triples(text) == [
        (6410, "exact", "persons"),
        (6870, "exact", "persons"),
        (7020, "exact", "persons"),
    ]
    # a scaled figure "of them" counts what the clause's subject counts
    text = "Mainland visitors accounted for 31 million of them."
    assert triples(text) == [(31_000_000, "exact", "persons")]


def test_modifier_lists_passive_list_items_and_levels_over_a_period() -> None:
    # a tourism-board results release and a sports-subvention reply (kinds the corpus lacks)
    text = "The Board supported a record 412 overseas, Mainland and Taiwan conventions last year."
    assert triples(text) == [(412, "exact", "conventions")]
    text = (
        "Of these, 214 grants were approved under the Elite Training Scheme and 96 under the "
        "District Sports Programme."
    )
    assert triples(text) == [(214, "exact", "grants"), (96, "exact", "grants")]
    text = (
        "Total employment rose by around 4 100 to 3 702 300 in August - October 2025, and the "
        "labour force increased by around 1 900 to 3 848 600 over the same period."
    )
    assert triples(text) == [
        (4100, "approx", "persons"),
        (3702300, "exact", "persons"),
        (1900, "approx", "persons"),
        (3848600, "exact", "persons"),
    ]


def test_a_change_restated_after_a_comma_counts_what_the_clause_before_counts() -> None:
    # a quarterly manpower release (a kind the corpus lacks)
    text = (
        "The working population decreased from 3 611 200 in the second quarter to 3 598 400 in "
        "the third quarter, or by 12 800. Over the same period, the labour force also decreased, "
        "by 7 300 to 3 750 900."
    )
    assert triples(text) == [
        (3611200, "exact", "persons"),
        (3598400, "exact", "persons"),
        (12800, "exact", "persons"),
        (7300, "exact", "persons"),
        (3750900, "exact", "persons"),
    ]
    # a sports-coaching review: the change's subject stands before "has grown ..., rising from"
    text = "The number of accredited coaches has grown steadily, rising from 1 204 in 2016 to 1 530 in 2022."
    assert triples(text) == [(1204, "exact", "coaches"), (1530, "exact", "coaches")]
    text = "Burglary cases fell from 1 204 to 1 117, or by 87."
    assert triples(text) == [(1204, "exact", "cases"), (1117, "exact", "cases"), (87, "exact", "cases")]


def test_the_ends_of_a_range_of_amounts_are_its_bounds() -> None:
    # a bribery sentencing and a concert-ticket notice (kinds the corpus lacks)
    text = "The defendant accepted 12 payments ranging from $5,000 to $60,000 from the contractor."
    assert triples(text) == [(12, "exact", "payments"), (5000, "at_least", "HKD"), (60000, "at_most", "HKD")]
    text = "Tickets priced from $150 to $980 are available; seat prices range from $150 to $980."
    assert triples(text)[2:] == [(150, "at_least", "HKD"), (980, "at_most", "HKD")]
    # a figure for each item named is that item's own, not a bound
    text = "The grants range from HK$3.2 million for Islands to HK$9.8 million for Sha Tin."
    assert triples(text) == [(3.2e6, "exact", "HKD"), (9.8e6, "exact", "HKD")]


def test_the_ends_of_a_range_written_with_to_alone_are_its_bounds() -> None:
    # a teachers' training-places release and a subsidised-housing notice (kinds the corpus lacks)
    text = "About 3 000 teachers will benefit, with 800 to 1 000 places offered in the first round."
    assert triples(text) == [
        (3000, "approx", "teachers"),
        (800, "at_least", "places"),
        (1000, "at_most", "places"),
    ]
    text = "Compared with the $5,000 to $8,000 that many families pay for subdivided units, it is low."
    assert triples(text) == [(5000, "at_least", "HKD"), (8000, "at_most", "HKD")]
    # a change to a new level is no range: "rose 5.0% to 27.9 million", "from 1 200 to 1 500"
    text = "Overnight arrivals rose 5.0% to 27.9 million. The number of places rose from 1 200 to 1 500."
    assert [q for _, q, _ in triples(text)] == ["exact"] * 4
    text = "The AFCD provided grants totalling $4.6 million to 310 farmers."
    assert triples(text) == [(4.6e6, "exact", "HKD"), (310, "exact", "farmers")]
    # an elderly-centre subsidy notice: "of $A to $B" is a range, unless a change comes before
    text = (
        "Each elderly centre will receive a one-off subsidy of $300,000 to $650,000, depending on its size."
    )
    assert triples(text) == [(300000, "at_least", "HKD"), (650000, "at_most", "HKD")]
    text = "The pay scale of $18,630 to $27,405 a month applies to the new posts."
    assert triples(text) == [(18630, "at_least", "HKD"), (27405, "at_most", "HKD")]
    text = "The allowance saw an increase of $300 to $2,500 a month."
    assert [q for _, q, _ in triples(text)] == ["exact", "exact"]


def test_a_total_stated_after_examples_of_its_subject() -> None:
    # an ambulance-service review (a kind the corpus lacks): the examples are an aside
    text = (
        "Emergency ambulance calls, including transfers between hospitals, falls at home and "
        "road accidents, totalled 812 400 in 2024."
    )
    assert triples(text) == [(812400, "exact", "calls")]


def test_a_count_of_occasions_is_counted_in_times() -> None:
    # a weather-warning review and a currency-board report (kinds the corpus lacks)
    text = "The Observatory issued the Amber Rainstorm Warning 14 times last year."
    assert triples(text) == [(14, "exact", "times")]
    text = "The Convertibility Undertaking was triggered 23 times in the quarter."
    assert triples(text) == [(23, "exact", "times")]
    text = "The scheme was about 3.5 times oversubscribed."
    assert triples(text) == [(3.5, "approx", "times")]


def test_differences_word_items_and_fines_at_a_level() -> None:
    # half-year crime figures and a correctional-services warning (kinds the corpus lacks)
    text = "There were 14 kidnapping cases, three fewer than in 2023."
    assert triples(text) == [(14, "exact", "cases"), (3, "exact", "cases")]
    text = "There were 8 arson cases and 52 robbery cases, compared with five and 61 respectively a year ago."
    assert triples(text) == [
        (8, "exact", "cases"),
        (52, "exact", "cases"),
        (5, "exact", "cases"),
        (61, "exact", "cases"),
    ]
    text = (
        "The maximum penalty for the offence is a fine at level 4 ($25,000) and imprisonment for two years."
    )
    assert triples(text) == [(25000, "at_most", "HKD")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a library-services reply (a kind the corpus lacks): the subject's years stand before the verb
        (
            "Library loans in 2021, 2022 and 2023 were 9.8 million, 10.4 million and 11.1 million "
            "respectively.",
            [(9.8e6, "exact", "loans"), (10.4e6, "exact", "loans"), (11.1e6, "exact", "loans")],
        ),
        ("Ferry passenger trips in 2023 were 41 600 000.", [(41.6e6, "exact", "trips")]),
        (
            "The Airport Authority expects cargo flights to exceed 120 000 in 2025.",
            [(120000, "more_than", "flights")],
        ),
        # a share and its whole: both are counts, even of "areas" and "sectors"
        (
            "Eleven of the 18 district sectors met the target, and 58 of the 64 survey areas "
            "recorded no rodent activity.",
            [
                (11, "exact", "sectors"),
                (18, "exact", "sectors"),
                (58, "exact", "areas"),
                (64, "exact", "areas"),
            ],
        ),
        (
            "Passenger trips at the airport will reach about 53 million this year, the Airport "
            "Authority said.",
            [(53e6, "approx", "trips")],
        ),
    ],
)
def test_a_plural_subject_stated_after_its_period(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a port-statistics release (a kind the corpus lacks): the unit written once, after the last
        (
            "Throughput at the river trade terminals and the mid-stream sites rose by 0.6 and 0.2 "
            "percentage point respectively.",
            [(0.6, "exact", "percentage points"), (0.2, "exact", "percentage points")],
        ),
        (
            "Cargo and mail volumes fell by 4 and 7 per cent respectively.",
            [(4, "exact", "percent"), (7, "exact", "percent")],
        ),
        # a lift-and-escalator enforcement notice: the shares of the orders each relate to
        (
            "Among the orders issued, 1 204 related to lifts, 386 to escalators and 52 to service hoists.",
            [(1204, "exact", "orders"), (386, "exact", "orders"), (52, "exact", "orders")],
        ),
        # a slope-safety summary: the total stated in apposition
        (
            "Registered man-made slopes in the New Territories, at about 39 000, outnumbered those "
            "in the urban area.",
            [(39000, "approx", "slopes")],
        ),
        # a superlative in apposition counts what the sentence before counted (not the district)
        (
            "Sha Tin had 510 000 registered electors. Islands had the fewest, at 83,064.",
            [(510000, "exact", "electors"), (83064, "exact", "electors")],
        ),
        # "gold" is a medal only in text about medals (a fish-fry release: a fish's name)
        (
            "The team won 12 medals. These included five gold, four silver and three bronze.",
            [(12, "exact", "medals"), (5, "exact", "medals"), (4, "exact", "medals"), (3, "exact", "medals")],
        ),
        ("The department released 10 000 gold lined seabream.", []),
        # no count: a policy stance, a target, a rank
        ("The department will continue its zero tolerance approach towards illegal parking.", []),
        ("Most of the scholars came from the world's top 50 universities.", []),
    ],
)
def test_shared_units_shares_appositions_and_non_counts(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert triples(text) == expected


def test_the_maximum_for_a_later_conviction_is_a_maximum_too() -> None:
    # a pesticides-control notice (a kind the corpus lacks)
    assert triples(
        "Offenders are liable to a maximum fine of $50,000 on a first conviction and $100,000 on a "
        "second or subsequent conviction."
    ) == [(50000, "at_most", "HKD"), (100000, "at_most", "HKD")]
    assert triples(
        "A first offender is liable to a maximum fine of $25,000, which rises to $50,000 for a "
        "subsequent conviction."
    ) == [(25000, "at_most", "HKD"), (50000, "at_most", "HKD")]
    # a fine imposed, then another, is no maximum
    assert triples("The company was fined $5,000 and $8,000 for a second offence.") == [
        (5000, "exact", "HKD"),
        (8000, "exact", "HKD"),
    ]


def test_a_list_labelled_by_place_after_as_follows_counts_what_came_before() -> None:
    # a LegCo reply on day-care places (a kind the corpus lacks)
    assert triples(
        "As at December 31, 2023, there were 26 450 subsidised places. The distribution by region was "
        "as follows: Hong Kong Island: 5 120; Kowloon: 8 390; and New Territories: 12 940."
    ) == [
        (26450, "exact", "places"),
        (5120, "exact", "places"),
        (8390, "exact", "places"),
        (12940, "exact", "places"),
    ]
    # after a breakdown ("Of these, ..."), the whole those places count is further back: no guess
    assert (
        triples(
            "Of these, 18 210 were in subvented homes. The distribution by region was as follows: Kowloon: "
            "8 390; New Territories: 12 940."
        )
        == []
    )
    # a label without "as follows" is no list of counts
    assert triples("Enquiries: 2835 1234.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # LegCo replies on school and care places (kinds the corpus lacks)
        (
            "The numbers of subsidised residential care places as at end-2023, end-2024 and end-2025 "
            "were 33 128, 34 065 and 35 410 respectively.",
            [(33128, "exact", "places"), (34065, "exact", "places"), (35410, "exact", "places")],
        ),
        (
            "The numbers of half-day, whole-day and long whole-day places provided by kindergartens were "
            "98 460, 32 700 and 41 250 respectively.",
            [(98460, "exact", "places"), (32700, "exact", "places"), (41250, "exact", "places")],
        ),
        (
            "The total enrolment of P1 students in public sector primary schools was 39 826, against "
            "44 157 in September 2022.",
            [(39826, "exact", "students"), (44157, "exact", "students")],
        ),
        ("The total student enrolment in kindergartens was 184 015.", [(184015, "exact", "students")]),
        (
            "The number of vacancies in the accommodation services sector reported in the Quarterly "
            "Report of Employment and Vacancies Statistics was 4 120 in June 2023, compared with 5 380 "
            "in June 2022.",
            [(4120, "exact", "vacancies"), (5380, "exact", "vacancies")],
        ),
    ],
)
def test_the_numbers_of_a_noun_stated_after_a_long_subject(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert triples(text) == expected


def test_a_limit_exceeded_n_times_is_an_exact_count() -> None:
    # an air-quality review (a kind the corpus lacks): passive "was exceeded" counts times
    assert triples("The hourly objective for NO2 was exceeded 1 354 times at the roadside stations.") == [
        (1354, "exact", "times")
    ]
    assert triples("Visitor arrivals exceeded 40.8 million.") == [(40800000, "more_than", "arrivals")]


def test_the_ends_of_a_range_written_with_between_are_its_bounds() -> None:
    # a building-orders prosecution release
    assert triples("Fines of between $8,400 and $16,500 were imposed on individual owners.") == [
        (8400, "at_least", "HKD"),
        (16500, "at_most", "HKD"),
    ]


def test_an_amount_is_never_a_flats_number() -> None:
    # a Budget speech: "a flat $100" is an amount ("Flat 3" would be a flat's number)
    text = "The stamp duty on properties valued at $2 million or less is cut to a flat $100."
    assert triples(text) == [(2e6, "at_most", "HKD"), (100, "exact", "HKD")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a means test's limits are maxima, also listed with "respectively"
        (
            "The asset limits for singletons and couples are $329,000 and $499,000 respectively.",
            [(329000, "at_most", "HKD"), (499000, "at_most", "HKD")],
        ),
        (
            "Applicants must meet the income and asset limits, which are $9,970 a month and "
            "$386,000 respectively.",
            [(9970, "at_most", "HKD"), (386000, "at_most", "HKD")],
        ),
        # an amount paid to those who meet a limit is no limit
        ("Households meeting the income limit will each receive $2,000.", [(2000, "exact", "HKD")]),
    ],
)
def test_means_test_limits_of_welfare_releases(sentence: str, expected: list[tuple[float, str, str]]) -> None:
    assert triples(sentence) == expected


def test_an_estimate_before_a_list_of_like_amounts_is_every_items() -> None:
    # a Marine Department reply: "about" before the first figure of a list holds for all of them
    got = triples(
        "The numbers of vessel arrivals in the three years were about 185 thousand, 192 thousand "
        "and 201 thousand arrivals respectively. Fees of some $4.1 million, $4.6 million and $5.2 "
        "million were collected. Fines of about $8,000 and 12 warning letters were issued. The "
        "tunnel carried about 121 300 vehicles a day, or 48.2 per cent of the crossings."
    )
    assert (185000.0, "approx", "arrivals") in got
    assert (192000.0, "approx", "arrivals") in got
    assert (201000.0, "approx", "arrivals") in got
    assert [q for v, q, u in got if u == "HKD" and v != 8000] == ["approx"] * 3
    # a count of another kind after the amount is no item of its list
    assert (12.0, "exact", "letters") in got
    # a share in apposition is no item of a list ("about N, or X per cent")
    assert (48.2, "exact", "percent") in got


def test_invariant_plurals_of_craft_are_counted() -> None:
    got = triples("The Marine Police operates 30 launches, including nine high-speed interceptor craft.")
    assert (9.0, "exact", "craft") in got


def test_an_acronym_between_modifiers_and_their_noun_is_skipped() -> None:
    # an innovation release: "(R&D)" stands inside the noun phrase it abbreviates a part of
    got = triples(
        "The Commission said 11 new research and development (R&D) centres opened this year. The "
        "park employs more than 14 500 innovation and technology (I&T) practitioners."
    )
    assert (11.0, "exact", "centres") in got
    assert (14500.0, "more_than", "practitioners") in got


def test_systems_with_a_modifier_are_counted_but_two_systems_alone_are_not() -> None:
    got = triples(
        "The department installed 18 automatic flood warning systems. The principle of one "
        "country, two systems was reaffirmed."
    )
    assert got == [(18.0, "exact", "systems")]


def test_a_number_among_those_a_participle_names_counts_persons() -> None:
    # a labour-inspection release: "those arrested" are people, whatever the last noun counted
    got = triples(
        "Officers inspected 214 construction sites and arrested 36 illegal workers. Among those "
        "arrested, 21 were holding recognisance forms."
    )
    assert (21.0, "exact", "persons") in got


def test_counts_in_brackets_after_marked_list_items() -> None:
    # a talent-admission release: "(1) the Mainland (251)" is a marked item and its count
    got = triples(
        "The 284 approved applicants came from (1) the Mainland (173), (2) India (41), (3) "
        "Singapore (26) and (4) other places (44). The Office will (1) review the 14 quotas (2) "
        "and report."
    )
    assert [v for v, q, u in got if u == "applicants"] == [284.0, 173.0, 41.0, 26.0, 44.0]
    assert 2.0 not in [v for v, q, u in got]


def test_shares_of_a_whole_the_sentence_opens_with_count_its_noun() -> None:
    # a consumer-council release: "Of the complaints received ..." names the whole without a count
    got = triples(
        "Of the complaints received in the first quarter, 1 920 concerned telecommunications "
        "services and 845 concerned travel agents. Of the temporary staff, 180 will work night "
        "shifts."
    )
    assert (1920.0, "exact", "complaints") in got
    assert (845.0, "exact", "complaints") in got
    assert (180.0, "exact", "staff") in got
    # what the number is said to be wins over the whole ("315 were visitors")
    got = triples("Of the illegal workers arrested, 211 were visitors and 64 were foreign domestic helpers.")
    assert got == [(211.0, "exact", "persons"), (64.0, "exact", "helpers")]


def test_a_hyphenated_word_after_a_list_item_keeps_the_list() -> None:
    # an innovation release: "nine in e-commerce" is an item like "eight in smart living"
    got = triples(
        "Cyberport admitted 38 start-ups. Of these, 12 are in financial technology, nine in "
        "e-commerce and logistics and seven in smart living."
    )
    assert [v for v, q, u in got if u == "enterprises"] == [38.0, 12.0, 9.0, 7.0]


def test_a_total_stated_as_an_estimate_counts_its_subject() -> None:
    # a tourism release: "were estimated at" states the figure as "were" does
    got = triples(
        "In the first ten months, visitor arrivals were estimated at about 36.2 million. The number "
        "of cruise passengers was estimated at 480 000."
    )
    assert (36.2e6, "approx", "arrivals") in got
    assert (480000.0, "exact", "passengers") in got


def test_an_average_per_period_counts_what_the_total_counted() -> None:
    # a control-point release and a prosecution round-up: the average names no noun of its own
    got = triples(
        "Some 3.4 million passengers passed through the control points during the seven-day "
        "holiday, a daily average of about 486 000. The department brought 964 prosecutions, or "
        "an average of 80 a month, and collected fines of $2.1 million."
    )
    assert (486000.0, "approx", "passengers") in got
    assert (80.0, "exact", "prosecutions") in got
    assert (2.1e6, "exact", "HKD") in got


def test_a_rate_compared_with_an_earlier_figure_keeps_the_rate() -> None:
    # an occupational-safety release: "per 1 000 workers" is the rate's base, not a count listed
    got = triples(
        "The accident rate per 1 000 workers in the catering industry was 21.4, compared with "
        "23.9 in the first half of 2019."
    )
    assert got == [(21.4, "exact", "per 1000 workers"), (23.9, "exact", "per 1000 workers")]


def test_a_change_between_figures_with_thousands_commas() -> None:
    # a crime-statistics release written with commas: the comma of "1,870" ends no clause
    got = triples(
        "There were 31 cases of arson, four fewer than in 2006, while burglary cases fell from "
        "2,870 to 2,624."
    )
    assert (2624.0, "exact", "cases") in got


def test_age_groups_listed_after_a_count_count_what_it_counts() -> None:
    # a juvenile-crime reply: each age group after the first is a share of the same arrestees
    got = triples(
        "In 2022, 58 of the arrestees were aged under 16, 97 were aged 16 to 20, and 41 were aged over 20."
    )
    assert got == [(58.0, "exact", "persons"), (97.0, "exact", "persons"), (41.0, "exact", "persons")]


def test_or_so_and_at_or_below_qualify_the_number() -> None:
    # a food-surveillance release and a storage advice
    got = triples(
        "Some 2 100 samples were taken for chemical tests and the remaining 900 or so were "
        "collected for microbiological tests. Keep chilled desserts at or below 4 degrees Celsius."
    )
    assert (900.0, "approx", "samples") in got
    assert (4.0, "at_most", "degrees Celsius") in got


def test_a_range_of_shares_gives_its_bounds() -> None:
    # a rodent survey: the ends of a stated range of rates are its minimum and maximum
    got = triples("The indices of the other seven areas ranged from 4.1 per cent to 9.6 per cent.")
    assert (4.1, "at_least", "percent") in got
    assert (9.6, "at_most", "percent") in got


def test_list_items_with_qualifiers_modals_and_notes_count_the_first_noun() -> None:
    # hawker, market and licensing releases
    got = triples(
        "The number of applicants per pitch was about 31 in 2021 and about 35 in 2022. About 420 "
        "hawkers will move to the new bazaar and about 180 will surrender their licences. Of the "
        "3 600 stalls, 1 200 (33 per cent) are in Kowloon, 900 (25 per cent) on Hong Kong Island "
        "and 1 500 (42 per cent) in the New Territories."
    )
    assert (35.0, "approx", "applicants") in got
    assert (180.0, "approx", "hawkers") in got
    assert (900.0, "exact", "stalls") in got


def test_verbs_in_s_are_not_what_a_base_or_a_breakdown_counts() -> None:
    # a ballot release and a transitional-housing breakdown: "compares", "follows" are verbs
    got = triples(
        "The number of applications represents an increase of 18 per cent over the 41 600 "
        "received last year, and compares with 35 900 in 2016. A breakdown of the completed "
        "units by district is as follows: Yuen Long (1 920), Tuen Mun (1 310) and other districts (870)."
    )
    assert (41600.0, "exact", "applications") in got
    assert (35900.0, "exact", "applications") in got
    assert [v for v, q, u in got if u == "units"] == [1920.0, 1310.0, 870.0]


def test_survey_areas_are_counted_but_key_areas_of_work_are_not() -> None:
    # a rodent survey and an enforcement plan: areas are places unless a word makes them fields
    got = triples(
        "The indices of the remaining seven areas were below 5 per cent. Targeted action will be "
        "taken in these seven areas. Officers will focus on three key areas, namely hawking, "
        "littering and dumping."
    )
    assert [(v, u) for v, q, u in got if u == "areas"] == [(7.0, "areas"), (7.0, "areas")]


def test_the_ends_of_a_range_of_shares_by_item_are_each_items_figure() -> None:
    # a wage-statistics release: each end names the industry it is the figure of
    got = triples(
        "Nominal wages rose in all sections, with increases ranging from 1.8% in retail trade to "
        "4.9% in transportation."
    )
    assert got == [(1.8, "exact", "percent"), (4.9, "exact", "percent")]


def test_a_range_of_counts_or_shares_written_with_between_gives_its_bounds() -> None:
    # a youth-scheme and a food-surveillance release: "between N and M" is a range whatever it counts
    got = triples(
        "Each recruitment round has attracted between 800 and 1 600 applications. "
        "Between 30 and 40 per cent of the samples taken were found to contain the additive."
    )
    assert (800.0, "at_least", "applications") in got
    assert (1600.0, "at_most", "applications") in got
    assert (30.0, "at_least", "percent") in got
    assert (40.0, "at_most", "percent") in got


def test_an_age_range_written_with_between_is_no_bound_of_the_count() -> None:
    got = triples("Three men, aged between 26 and 41, were arrested.")
    assert got == [(3.0, "exact", "persons")]


def test_an_enrolment_counts_students_and_its_bases_and_changes_too() -> None:
    # a school-statistics release: "enrolment" names a number of students, as "audience" one of
    # persons; a base with its own school year counts what the figure compared with counts
    got = triples(
        "Kindergarten enrolment stood at 148 300, compared with 155 120 in 2023/24. "
        "Primary enrolment fell by 7 450, or 2.4 per cent, to 303 980."
    )
    assert (148300.0, "exact", "students") in got
    assert (155120.0, "exact", "students") in got
    assert (7450.0, "exact", "students") in got
    assert (303980.0, "exact", "students") in got


def test_a_crowd_compared_with_a_dated_base_keeps_its_unit() -> None:
    got = triples("The audience of the festival was 52 760, compared with 60 640 in 2022.")
    assert (60640.0, "exact", "persons") in got


def test_the_shares_of_a_counted_whole_each_count_what_the_whole_counts() -> None:
    # a LegCo reply on the civil service: "Of the N officers who ..., A (p per cent) retired, B
    # (q per cent) left ..., and the remaining C ..." shares out the officers, whatever each did
    got = triples(
        "(2) Of the 2 310 officers who left the service in 2023-24, 1 020 (44.2 per cent) retired, "
        "760 (32.9 per cent) left for other jobs, and the remaining 530 (22.9 per cent) resigned."
    )
    assert (2310.0, "exact", "officers") in got
    assert (1020.0, "exact", "officers") in got
    assert (760.0, "exact", "officers") in got
    assert (530.0, "exact", "officers") in got
    # and a share that does something else than its whole names is still of the whole
    got = triples("Of the 1 352 reappointments made in 2006, 11 involved members with low attendance.")
    assert (11.0, "exact", "reappointments") in got


def test_a_subject_headed_by_a_plural_a_participle_follows_is_what_its_figures_count() -> None:
    # a LegCo reply on day care: "The places provided by these centres ... totalled A, B and C"
    # counts places, not centres
    got = triples(
        "The places provided by these day care centres in the same years totalled 3 210, 3 460 "
        "and 3 720 respectively."
    )
    assert got == [(3210.0, "exact", "places"), (3460.0, "exact", "places"), (3720.0, "exact", "places")]


def test_a_financial_year_is_no_count_whose_noun_bases_take() -> None:
    # a LegCo reply on slope safety: "58 prosecutions in 2008-09 against owners ..., compared with
    # 41 in 2007-08 and 35 in 2006-07": the bases count prosecutions, not owners after a year
    got = triples(
        "(b) The department instituted 64 prosecutions in 2010-11 against owners who failed to comply "
        "with the orders, compared with 52 in 2009-10 and 47 in 2008-09."
    )
    assert got == [
        (64.0, "exact", "prosecutions"),
        (52.0, "exact", "prosecutions"),
        (47.0, "exact", "prosecutions"),
    ]


def test_a_share_given_something_counts_the_whole_not_what_it_received() -> None:
    # an awards release: "another 120 were given merit certificates" are workers given them
    got = triples(
        "This year, 140 frontline workers were nominated by their employers. Twelve of them received "
        "the Outstanding Worker Award, and another 110 were given certificates of merit."
    )
    assert (12.0, "exact", "workers") in got
    assert (110.0, "exact", "workers") in got


def test_a_base_owned_by_a_period_counts_what_the_figure_compared_counts() -> None:
    # a scholarship release: "about 12 per cent more than last year's 1 027" and "from the
    # previous year's 315 740" are bases of the figure before them
    got = triples(
        "A total of 1 240 applications were received this year, about 9 per cent more than last "
        "year's 1 138. Secondary enrolment was 301 600, down 1.4 per cent from the previous year's "
        "305 880."
    )
    assert (1138.0, "exact", "applications") in got
    assert (305880.0, "exact", "students") in got


def test_the_number_of_a_noun_before_an_enumeration_is_of_that_noun() -> None:
    # a school-statistics release: the commas of "kindergartens, primary day schools and
    # secondary day schools" end no clause
    got = triples(
        "The total number of students enrolled in kindergartens, primary day schools and secondary "
        "day schools was 764 510."
    )
    assert got == [(764510.0, "exact", "students")]


def test_them_after_a_sentence_counting_people_and_things_is_the_people() -> None:
    # a teaching-award release: "52 teachers from 23 schools ... Eleven of them" are teachers
    got = triples(
        "This year, 46 teachers from 21 schools have received awards. Nine of them received the "
        "Award for Teaching Excellence."
    )
    assert (9.0, "exact", "teachers") in got


def test_counts_of_one_or_two_closing_a_list_item_are_counts_not_markers() -> None:
    # a youth-recruitment release: "(1)" after a body's name closes its item; "(1)" before a verb
    # opens one
    got = triples(
        "The participating bodies and the number of posts (in brackets) are: the Antiquities "
        "Advisory Board (2), the Elderly Commission (1) and the Women's Commission (1)."
    )
    assert got == [(2.0, "exact", "posts"), (1.0, "exact", "posts"), (1.0, "exact", "posts")]
    assert triples("The scheme will (1) review the fees and (2) add 20 centres.") == [
        (20.0, "exact", "centres")
    ]


def test_in_brackets_is_a_note_on_the_layout_not_what_is_counted() -> None:
    got = triples("The districts with the most cases (in brackets) are: Sha Tin (12) and Tuen Mun (9).")
    assert got == [(12.0, "exact", "cases"), (9.0, "exact", "cases")]


def test_the_amounts_listed_after_a_limit_not_to_be_exceeded_are_limits_too() -> None:
    # a building-maintenance subsidy: "does not exceed $X ... in urban areas or $Y ... in the New
    # Territories" sets two limits
    got = triples(
        "Owners may apply if the average rateable value of their units does not exceed $170,000 a "
        "year in the urban area or $130,000 a year in the New Territories."
    )
    assert got == [(170000.0, "at_most", "HKD"), (130000.0, "at_most", "HKD")]


def test_a_population_after_a_longer_qualifier_and_a_count_in_millions_beside_a_share() -> None:
    # a poverty-situation release: "the poor population after recurrent cash intervention was
    # 968 000", and "down from 1.01 million and 15.1 per cent": persons, then a share
    got = triples(
        "The poor population after recurrent cash intervention was 972 000 in 2014, and the poverty "
        "rate was 14.3 per cent, down from 1.02 million and 15.2 per cent in 2013."
    )
    assert (972000.0, "exact", "persons") in got
    assert (1020000.0, "exact", "persons") in got
    assert (15.2, "exact", "percent") in got


def test_a_whole_named_with_its_year_is_what_its_shares_count() -> None:
    # a building-safety reply: "Of the orders issued in 2019, 1 320 (about 71 per cent) had been
    # complied with" counts orders
    got = triples(
        "Of the orders issued in 2019, 1 320 (about 71 per cent) had been complied with as at "
        "April 30 this year."
    )
    assert (1320.0, "exact", "orders") in got


def test_those_of_another_scheme_count_what_the_sentence_counted() -> None:
    # a LegCo reply on a training subsidy (a kind the corpus lacks): "while those under ..."
    text = (
        "The numbers of applications received under the scheme in 2021, 2022 and 2023 were 1 204, "
        "1 356 and 1 410 respectively, while those under the pilot scheme were 310, 342 and 388."
    )
    assert [u for _, _, u in triples(text)] == ["applications"] * 6
    text = "The number of trainees placed in 2023 was 2 150, whereas that of the previous year was 1 980."
    assert triples(text) == [(2150, "exact", "trainees"), (1980, "exact", "trainees")]


def test_the_first_end_of_a_range_counts_what_the_second_does() -> None:
    # an air-quality outlook and a noise-complaints release (kinds the corpus lacks)
    text = "The EPD expects the concentration to fall to between 15 and 18 micrograms per cubic metre."
    assert triples(text) == [
        (15, "at_least", "micrograms per cubic metre"),
        (18, "at_most", "micrograms per cubic metre"),
    ]


def test_bases_compared_with_count_what_their_figure_counts() -> None:
    # an environmental-convictions release: a second base after "against"
    text = (
        "In the first quarter, the EPD recorded 131 convictions, against 144 in the same period "
        "last year and 117 in the first quarter of 2010."
    )
    assert [u for _, _, u in triples(text)] == ["convictions"] * 3
    # a country-parks release: "The figure" is the count the sentence before gave
    text = (
        "Country parks received 12.6 million visitors last year. The figure compared with 12.3 "
        "million in 2019 and 12 million in 2018."
    )
    assert [u for _, _, u in triples(text)] == ["persons"] * 3
    text = "The department handled 4 120 complaints last year. This number compares with 3 870 in 2010."
    assert [u for _, _, u in triples(text)] == ["complaints"] * 2


def test_a_figure_per_a_base_is_a_rate_named_by_its_base() -> None:
    # a tuberculosis-notification release and a sentinel-surveillance update (kinds the corpus lacks)
    text = "The notification rate was 57.2 per 100 000 population in 2023."
    assert triples(text) == [(57.2, "exact", "per 100000 population")]
    text = "The consultation rate rose from 5.1 per 1 000 consultations to 6.8 per 1 000 consultations."
    assert triples(text) == [
        (5.1, "exact", "per 1000 consultations"),
        (6.8, "exact", "per 1000 consultations"),
    ]
    # the rate is named by the word before "rate" (not "rate" alone)
    text = "The notification rate was 57.2 per 100 000 population in 2023."
    facts = list(find_facts(text, (0, len(text)), release=date(2024, 1, 17), dates=[]))
    assert [f.metric for f in facts] == ["notification_rate"]


def test_them_after_a_sentence_about_a_plural_subject_is_that_subject() -> None:
    # a film-financing scheme release (a kind the corpus lacks): "them" is the productions, not
    # the jobs the sentence before counted
    text = (
        "These productions are expected to create about 2,000 jobs in the coming two years. Among "
        "them, 38 come from local studios and 31 are from the Mainland."
    )
    assert [u for _, _, u in triples(text)] == ["jobs", "productions", "productions"]
    # ("Fourteen of them are from X, six are from Y": where each of the group is from)
    text = (
        "The fund supported 23 productions. Fourteen of them are from local studios, six are from "
        "the Mainland and three are from Europe."
    )
    assert [u for _, _, u in triples(text)] == ["productions"] * 4


def test_a_figure_a_rule_sets_reads_on_past_its_participle() -> None:
    # a school-governance notice (a kind the corpus lacks): "of 15 laid down in its constitution"
    text = (
        "The incorporated management committee will have 12 managers, within the maximum "
        "membership of 15 laid down in its constitution."
    )
    assert triples(text) == [(12, "exact", "managers"), (15, "at_most", "members")]


def test_a_group_sized_by_its_members_with_its_kind_between() -> None:
    # a trade-mission notice (a kind the corpus lacks)
    text = "The Secretary will lead a 28-member business delegation to Jakarta."
    assert triples(text) == [(28, "exact", "members")]


def test_a_gapped_item_after_as_counts_the_noun_of_the_first() -> None:
    # a beach water-quality release (a kind the corpus lacks), not "as at end-June"
    text = "Thirty-three beaches were rated as Good, seven as Fair and four as Poor."
    assert triples(text) == [(33, "exact", "beaches"), (7, "exact", "beaches"), (4, "exact", "beaches")]


def test_a_number_doing_what_the_first_count_did_counts_the_same_things() -> None:
    # an air-quality compliance release (a kind the corpus lacks)
    text = "All 18 monitoring stations met the objective for sulphur dioxide, and 16 met the one for PM10."
    assert triples(text) == [(18, "exact", "stations"), (16, "exact", "stations")]
    # a different verb says nothing of what the number counts
    text = "The department inspected 320 buildings and 280 passed the inspection."
    assert triples(text) == [(320, "exact", "buildings")]


def test_bases_two_years_earlier_and_the_remaining_at_a_level() -> None:
    # a dangerous-hillside-orders reply and a mosquito-survey release (kinds the corpus lacks)
    text = (
        "Compared with 1 152 outstanding orders a year earlier and 1 297 two years earlier, the "
        "number had dropped."
    )
    assert triples(text) == [(1152, "exact", "orders"), (1297, "exact", "orders")]
    text = "Of the 64 survey areas, 58 recorded an index at Level 1, while the remaining six were at Level 2."
    assert [u for _, _, u in triples(text)] == ["areas"] * 3


def test_items_left_out_after_an_adverb_and_a_passive_verb_count_the_first_noun() -> None:
    # a summer-programme launch (a kind the corpus lacks)
    text = (
        "About 450 classes are specially arranged for secondary students, about 900 for the "
        "elderly and some 1 300 for families."
    )
    assert triples(text) == [
        (450, "approx", "classes"),
        (900, "approx", "classes"),
        (1300, "approx", "classes"),
    ]


def test_a_change_from_a_level_after_its_share_counts_the_subject() -> None:
    # a drug-abuse statistics release (a kind the corpus lacks): the share and the age are no count
    text = (
        "The number of reported abusers aged under 18 fell by 14 per cent, from 412 to 354, "
        "while the number of abusers aged 18 to 30 rose by 3 per cent to 1 207."
    )
    assert [(v, u) for v, _, u in triples(text)] == [
        (14, "percent"),
        (412, "persons"),
        (354, "persons"),
        (3, "percent"),
        (1207, "persons"),
    ]


def test_a_population_that_grew_to_a_level_and_a_crime_figure() -> None:
    # a LegCo reply on district policing and a half-year crime review (kinds the corpus lacks)
    text = (
        "The population of the two districts has increased to over 1.2 million, but police "
        "manpower has not increased correspondingly."
    )
    assert triples(text) == [(2, "exact", "districts"), (1.2e6, "more_than", "persons")]
    text = "In the first half of the year, the overall crime figure was 41 203, down 3.2 per cent."
    assert triples(text) == [(41203, "exact", "cases"), (3.2, "exact", "percent")]


def test_a_share_said_to_be_against_someone_counts_the_whole() -> None:
    # a wage-offence prosecution review (a kind the corpus lacks)
    text = "Of these convictions, 38 were against company directors and 12 were against shop owners."
    assert triples(text) == [(38, "exact", "convictions"), (12, "exact", "convictions")]


def test_a_bare_count_of_people_arrested_counts_persons() -> None:
    # an anti-triad operation notice and its headline (kinds the corpus lacks)
    assert triples("Police arrest 41 in anti-triad operation") == [(41, "exact", "persons")]
    text = "Customs officers arrested six during the operation and seized 120 cartons of cigarettes."
    assert triples(text) == [(6, "exact", "persons"), (120, "exact", "cartons")]


def test_job_seekers_are_counted_whole() -> None:
    # an employment-services release (a kind the corpus lacks)
    text = "The numbers of job seekers registered with the centres were 3 120 and 3 410 respectively."
    assert triples(text) == [(3120, "exact", "job seekers"), (3410, "exact", "job seekers")]
    assert triples("The fair attracted about 4 200 job seekers.") == [(4200, "approx", "job seekers")]


def test_a_grade_letter_after_a_capitalised_word_is_not_the_article() -> None:
    # a sports-subvention reply and an office-market review (kinds the corpus lacks)
    text = "The Institute supports 18 Tier A sports and 12 Tier B sports."
    assert triples(text) == [(18, "exact", "sports"), (12, "exact", "sports")]
    assert triples("The district has 42 Grade A offices.") == [(42, "exact", "offices")]


def test_a_change_with_its_share_in_brackets_counts_the_subject() -> None:
    # a monthly social-security caseload release (a kind the corpus lacks)
    text = "Disability cases decreased by 41 (down 0.3 per cent) to 16 205."
    assert triples(text) == [(41, "exact", "cases"), (0.3, "exact", "percent"), (16205, "exact", "cases")]


def test_a_figure_after_the_point_of_a_pollutant_name_is_no_count() -> None:
    # an air-quality review (a kind the corpus lacks)
    text = "Under the new objectives, the annual PM2.5 level must not exceed 25 micrograms per cubic metre."
    assert triples(text) == [(25, "at_most", "micrograms per cubic metre")]


def test_places_of_a_facility_written_with_a_hyphen() -> None:
    # a welfare-facility announcement (a kind the corpus lacks)
    text = "The Social Welfare Department will open a 150-place day care centre in Tin Shui Wai."
    assert triples(text) == [(150, "exact", "places")]


def test_a_title_cased_plural_after_the_word_new_is_counted() -> None:
    # a leisure-facilities notice (a kind the corpus lacks)
    assert triples("Five new Community Halls will be completed next year.") == [(5, "exact", "halls")]


def test_the_figure_a_change_by_a_count_reaches_counts_the_same() -> None:
    # an estimates reply on school staffing (a kind the corpus lacks)
    text = "The establishment of the Education Bureau will increase by 240 posts to 9 860."
    assert triples(text) == [(240, "exact", "posts"), (9860, "exact", "posts")]


def test_each_item_of_a_list_of_shares_counts_what_the_first_does() -> None:
    # a compensation-claims reply (a kind the corpus lacks)
    text = (
        "The Board received 10 030 claims in 2022. Of these, 5 210 (52 per cent) were settled within "
        "one month, 3 120 (31 per cent) within three months, and 1 700 (17 per cent) after that."
    )
    assert [t for t in triples(text) if t[2] != "percent"] == [
        (10030, "exact", "claims"),
        (5210, "exact", "claims"),
        (3120, "exact", "claims"),
        (1700, "exact", "claims"),
    ]


def test_a_range_between_a_word_and_a_figure_has_two_bounds() -> None:
    # a panel-composition notice (a kind the corpus lacks)
    text = "Each district panel comprises between five and 15 members."
    assert triples(text) == [(5, "at_least", "members"), (15, "at_most", "members")]


def test_a_fine_for_each_day_after_a_stated_maximum_penalty_is_a_maximum() -> None:
    # a noise-control prosecution notice (a kind the corpus lacks)
    text = (
        "The maximum penalty is a fine of $50,000 and imprisonment for six months, and a fine of "
        "$1,000 for each day during which the offence continues."
    )
    assert triples(text) == [(50000, "at_most", "HKD"), (1000, "at_most", "HKD")]


def test_a_target_exceeded_counts_what_the_figure_counts() -> None:
    # a licensing performance pledge (a kind the corpus lacks)
    text = "The office processed 5 410 applications in 2023, exceeding the target of 5 000."
    assert triples(text) == [(5410, "exact", "applications"), (5000, "exact", "applications")]


def test_a_subject_followed_by_a_participle_is_what_its_total_counts() -> None:
    # a race-day attendance release and a parks review (kinds the corpus lacks)
    assert triples("Spectators attending the races numbered about 26 000 last season.") == [
        (26000, "approx", "spectators")
    ]
    assert triples("Visitors to the wetland numbered 412 000 in 2019.") == [(412000, "exact", "persons")]


def test_people_of_several_kinds_each_with_a_modifier_are_persons() -> None:
    # a youth-forum release (a kind the corpus lacks)
    text = "The forum brought together over 900 district leaders, social workers and youth volunteers."
    assert triples(text) == [(900, "more_than", "persons")]


def test_a_figure_that_doubled_or_tripled_from_one_level_to_another() -> None:
    # a trade-licensing review (a kind the corpus lacks)
    text = "Licence applications have tripled, from 1 200 in 2019 to 3 650 in 2023."
    assert triples(text) == [(1200, "exact", "applications"), (3650, "exact", "applications")]


def test_a_three_letter_singular_modifier_is_not_the_noun_counted() -> None:
    # a gas-safety reply (a kind the corpus lacks)
    text = "The numbers of gas explosions reported in 2021 and 2022 were 14 and 9 respectively."
    assert triples(text) == [(14, "exact", "explosions"), (9, "exact", "explosions")]


def test_each_bracketed_item_of_a_list_counts_what_the_first_does() -> None:
    # a heritage-grant release (a kind the corpus lacks)
    text = (
        "The approved projects covered building conservation (11), arts programmes development "
        "(six), digital archiving (four) and public education (three)."
    )
    assert triples(text) == [
        (11, "exact", "projects"),
        (6, "exact", "projects"),
        (4, "exact", "projects"),
        (3, "exact", "projects"),
    ]
    # an item that is a plural counts itself
    text = "The LD will organise job fairs (30), workplace visits (12) and career talks (45)."
    assert triples(text)[1:] == [(12, "exact", "visits"), (45, "exact", "talks")]


def test_an_attendance_that_rose_from_one_level_to_another() -> None:
    # a public-libraries review (a kind the corpus lacks)
    text = "Attendance at the public libraries rose from 2.4 million in 2022 to 3.9 million in 2023."
    assert triples(text) == [(2400000, "exact", "attendances"), (3900000, "exact", "attendances")]


def test_a_range_of_counts_or_of_shares_gives_its_minimum_and_maximum() -> None:
    # a nutrition survey and a road-pricing study (kinds the corpus lacks)
    text = "The sugar content of the drinks tested ranged from 12 to 38 grams per serving."
    assert triples(text) == [(12, "at_least", "grams"), (38, "at_most", "grams")]
    text = "The study found that the scheme could cut journey times by 15 to 25 per cent."
    assert triples(text) == [(15, "at_least", "percent"), (25, "at_most", "percent")]
    # a change from one share to another is no range
    assert triples("The vacancy rate rose from 12 to 14 per cent.") == [
        (12, "exact", "percent"),
        (14, "exact", "percent"),
    ]


def test_a_plural_subject_followed_by_where_it_goes_is_what_its_total_counts() -> None:
    # a monthly museum-attendance release (a kind the corpus lacks)
    text = "The LCSD announced today that visits to the Heritage Museum in March reached 86 420."
    assert triples(text) == [(86420, "exact", "visits")]


def test_a_base_a_share_is_measured_on_counts_what_the_figure_does() -> None:
    # a cruise-terminal review (a kind the corpus lacks)
    text = (
        "For the first half of this year, cruise passengers totalled 412 000, up 8.5 per cent on "
        "the 379 700 for the same period in 2023."
    )
    assert [(v, u) for v, _, u in triples(text)] == [
        (412000, "passengers"),
        (8.5, "percent"),
        (379700, "passengers"),
    ]


def test_a_count_per_head_of_population_is_a_rate_with_its_base() -> None:
    # a disease-surveillance release (a kind the corpus lacks)
    text = "The notification rate of scarlet fever was 18.6 cases per 100 000 population last year."
    assert triples(text) == [(18.6, "exact", "cases per 100 000 population")]
    # named as the rate it is, not as a count of cases
    assert [f.metric for f in facts(text)] == ["notification_rate"]


def test_a_cap_written_as_limited_to_is_an_upper_bound() -> None:
    got = triples(
        "The graduation ceremony of the Fire and Ambulance Services Academy was attended by about "
        "280 guests, limited to 60 per cent of the hall's capacity under the prevailing measures."
    )
    assert (280, "approx", "persons") in got
    assert (60, "at_most", "percent") in got


def test_a_count_named_before_a_limit_or_a_forecast_it_is_said_to_exceed() -> None:
    # an annual quota stated as a limit, and a forecast of a count named in the clause before
    got = triples(
        "The Administration has no plan to change the system, but the number of medals awarded "
        "each year will not exceed 260. Last year, 64 secondary schools joined the programme, and "
        "we expect the number to exceed 100 next year."
    )
    assert (260, "at_most", "medals") in got
    assert (64, "exact", "schools") in got
    assert (100, "more_than", "schools") in got


def test_a_count_of_them_after_a_share_counts_the_group_the_share_was_taken_of() -> None:
    got = triples(
        "This year, 62 per cent of the scholars studied engineering and medical subjects. "
        "Twenty-four of them were admitted to universities overseas."
    )
    assert (62, "exact", "percent") in got
    assert (24, "exact", "scholars") in got


def test_each_count_is_named_by_its_own_verb_not_the_next_clauses() -> None:
    # the verb of the next figure ("arrested 15 604") and the clause before ("prosecuted, and")
    # name neither count
    names = [
        f.metric
        for f in facts(
            "In 2023, the Department detected 1 820 cases of illegal dumping and arrested 604 persons. "
            "Of these, 422 persons were prosecuted, and 343 were convicted."
        )
    ]
    assert names == ["cases_detected", "persons_arrested", "persons_prosecuted", "persons_convicted"]


def test_kinds_of_things_are_counted_but_a_structure_is_not() -> None:
    got = triples(
        "The community recycling stores accept eight types of recyclables, including glass "
        "containers and small appliances. The Blueprint has three strategic focuses."
    )
    assert (8, "exact", "types") in got
    assert all(value != 3 for value, _, _ in got)


def test_a_noun_of_officers_is_no_verb_naming_the_count() -> None:
    # a passing-out parade (a kind the corpus lacks): "inspectors" is a rank, not "inspected"
    names = [
        f.metric
        for f in facts("A total of 28 probationary inspectors and 164 recruit police constables graduated.")
    ]
    assert names == ["inspectors", "constables"]


def test_a_range_written_in_words_keeps_both_ends() -> None:
    # an Observatory outlook (a kind the corpus lacks): "five to eight" as "40 to 50" is read
    got = triples("The Observatory expects five to eight tropical cyclones to affect Hong Kong this year.")
    assert (5, "at_least", "tropical cyclones") in got
    assert (8, "at_most", "tropical cyclones") in got


def test_a_score_out_of_a_scale_is_the_score_not_the_scale() -> None:
    # a customer survey: the 10 is the scale of the score, not a fact of its own
    got = triples("The overall satisfaction score of the hotline service was 8.3 out of 10, up 0.4 points.")
    assert (8.3, "exact", "points") in got
    assert all(value != 10 for value, _, _ in got)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a rule stated by negation: at most six, not more than six
        (
            "Under the guidelines, no member may serve on more than six advisory bodies at the same time.",
            (6, "at_most", "bodies"),
        ),
        (
            "Operators shall not employ more than 20 workers on each site.",
            (20, "at_most", "workers"),
        ),
        (
            "The width of each exit route must not be less than 1 050 millimetres.",
            (1050, "at_least", "mm"),
        ),
    ],
)
def test_a_bound_stated_by_negation_is_the_opposite_bound(
    sentence: str, expected: tuple[float, str, str]
) -> None:
    assert expected in triples(sentence)


def test_a_ceiling_is_an_upper_bound() -> None:
    # a scheme notice: a fee or subsidy ceiling is its maximum
    got = triples("The subsidy ceilings are $30,000 for each flat and $60,000 for each house.")
    assert (30000, "at_most", "HKD") in got
    assert (60000, "at_most", "HKD") in got


def test_a_qualified_share_of_a_whole_counts_the_whole() -> None:
    # a complaints review: "fewer than 50" of the complaints handled
    got = triples(
        "Of the complaints handled, about 70 per cent were resolved within a month, and fewer than 50 "
        "were referred to the Ombudsman."
    )
    assert (70, "approx", "percent") in got
    assert (50, "less_than", "complaints") in got
    # a figure after one said to be something counts what that one was said to be
    got = triples("Of the openings, about 640 are permanent positions and some 210 are temporary.")
    assert (210, "approx", "positions") in got


def test_them_described_as_women_are_persons() -> None:
    # an immigration raid: "them" are the people arrested, not the documents seized last
    got = triples(
        "Among the persons arrested, 12 were illegal immigrants and five were holders of recognisance "
        "forms. Nine of them were women."
    )
    assert (9, "exact", "persons") in got


def test_a_programme_named_in_title_case_modifies_the_counted_noun_as_one_word() -> None:
    # a housing report: the long name of a scheme between the figure and what it counts
    got = triples(
        "The Authority expects to complete some 21 400 PRH and Green Form Subsidised Home Ownership "
        "Scheme flats in 2026-27."
    )
    assert (21400, "approx", "flats") in got
    # a brand written with a lower-case first letter: "eChannel", "iPostal"
    got = triples("The Department will open 12 additional eKiosk Stations in community halls.")
    assert (12, "exact", "stations") in got


def test_a_stated_bound_of_one_is_a_count() -> None:
    # a customs notice on duty-free concessions: "a maximum of one" stands alone
    got = triples("Each visitor may bring in a maximum of one whole cigar for personal use.")
    assert (1, "at_most", "cigars") in got
    got = triples("No more than one commercial site will be tendered in each quarter.")
    assert (1, "at_most", "sites") in got


def test_a_list_contrasted_after_while_counts_what_the_first_list_counts() -> None:
    # a LegCo reply on licences: two lists of the same things, the second after "while"
    got = triples(
        "In 2021, 2022 and 2023, the Department issued 1 300, 1 398 and 1 193 licences respectively. "
        "Of these, 1 204, 1 310 and 1 122 were renewed within a month, while 96, 88 and 71 were "
        "renewed after the deadline."
    )
    assert [(v, u) for v, _, u in got[-3:]] == [(96, "licences"), (88, "licences"), (71, "licences")]


def test_those_of_a_second_clause_count_what_the_first_counted() -> None:
    # a LegCo reply on youth employment: two age groups, each with its own list of figures
    text = (
        "The numbers of unemployed persons aged 15 to 19 in 2021, 2022 and 2023 were 8 100, 7 600 and 6 900 "
        "respectively, while those aged 20 to 24 numbered 19 300, 18 200 and 16 800 respectively."
    )
    got = triples(text)
    assert [v for v, _, _ in got] == [8100, 7600, 6900, 19300, 18200, 16800]
    assert {u for _, _, u in got} == {"persons"}


def test_every_age_range_of_a_list_is_an_age() -> None:
    text = "Please give the numbers of job seekers aged 15 to 19, 20 to 24 and 25 to 29 in each year."
    assert triples(text) == []


def test_a_range_of_years_ends_no_rule_loop() -> None:
    # an Observatory review: "and 2020" of a range whose first year the date reader does not take
    # has no unit of its own, and the first end of a range takes its unit from the second; the
    # two asked each other for ever (RecursionError)
    got = triples("Between 1884 and 2020, the mean sea level in Victoria Harbour rose by 31 millimetres.")
    assert got == [(31, "exact", "mm")]


def test_a_range_s_first_end_measures_what_the_second_does_and_food_levels_keep_their_symbols() -> None:
    # a Centre for Food Safety surveillance release: levels in food, in ranges and against limits
    got = triples(
        "Residues of the pesticide were detected in four vegetable samples at levels of 0.04 to 0.27 "
        "parts per million. The sulphur dioxide levels ranged from 30 to 520 milligrams per kilogram, "
        "against a legal limit of 1 000 mg/kg. One sample contained Bacillus cereus at a level of "
        "250 000 colony-forming units per gram."
    )
    assert (0.04, "at_least", "ppm") in got and (0.27, "at_most", "ppm") in got
    assert (30, "at_least", "mg/kg") in got and (520, "at_most", "mg/kg") in got
    assert (1000, "mg/kg") in [(v, u) for v, _, u in got]
    assert (250000, "exact", "cfu/g") in got


def test_a_figure_that_ends_its_clause_counts_no_noun_of_the_next_clause() -> None:
    # an EDB reply: "the number of X rose to N, and M children ..." (two clauses, two nouns)
    got = triples(
        "In the 2023/24 school year, the number of participating kindergartens rose to 745, and "
        "some 98 200 children were receiving the subsidy. The Bureau allocated 1 250, 1 420, and "
        "1 180 places in the three districts respectively."
    )
    assert (745, "exact", "kindergartens") in got
    assert (98200, "approx", "children") in got
    # an item of a list keeps the noun after the last item
    assert {u for v, _, u in got if v in (1250, 1420, 1180)} == {"places"}


def test_a_figure_in_brackets_after_a_figure_counts_what_that_figure_counts() -> None:
    # a water-supplies enforcement review: the base of a change written in brackets
    got = triples(
        "In the first half of the year, the number of illegal connection cases detected by the WSD "
        "rose to 64 (47 in the same period last year). Inspections totalled 2 318 (2 150 in 2023)."
    )
    assert (64, "exact", "cases") in got and (47, "exact", "cases") in got
    assert (2318, "exact", "inspections") in got and (2150, "exact", "inspections") in got


def test_those_after_a_figure_stand_for_what_the_figure_counted() -> None:
    # a fire-safety review: "those involving X" are more of the complaints counted before, not X
    got = triples(
        "Complaints about blocked means of escape rose to 1 412, while those involving fire doors "
        "totalled 386. There were 412 inspections of restaurants, while those schools that joined "
        "the campaign numbered 33."
    )
    assert (1412, "exact", "complaints") in got
    assert (386, "exact", "complaints") in got
    # a determiner "those schools" names its own noun
    assert (33, "exact", "schools") in got


def test_a_bare_figure_coordinated_with_a_counted_one_counts_the_same() -> None:
    # a licensing-appeals board's annual figures: the second figure of each clause pair is bare
    got = triples(
        "In 2024, the Board received 58 appeals and completed the hearing of 41. The licences of 27 "
        "restaurants were suspended, while those of four were cancelled. Of these, 310 were young "
        "persons under the age of 18."
    )
    assert (41, "exact", "appeals") in got
    assert (4, "exact", "restaurants") in got
    # an age is no count
    assert 18 not in [v for v, _, _ in got]


def test_a_gapped_figure_under_a_named_scheme_counts_what_the_first_counted() -> None:
    # a vaccination-programme release: "and about N under the X" leaves out the verb and the noun
    got = triples(
        "In the 2024/25 season, about 512,000 persons received vaccination under the GVP and about "
        "301,000 under the VSS."
    )
    assert (512000, "approx", "persons") in got
    assert (301000, "approx", "persons") in got


def test_a_part_of_the_figure_before_counts_what_it_counts() -> None:
    # a talent-admission progress release: "with some N approved", "including some N from ...",
    # "of which about N are ..." leave the noun of the whole unsaid
    got = triples(
        "The schemes had received over 86 000 applications, with some 52 000 approved. The forum "
        "attracted over 900 participants, including some 310 from ASEAN countries. Over 1 100 "
        "services are available on the platform, of which about 420 are government services."
    )
    assert (52000, "approx", "applications") in got
    assert (310, "approx", "persons") in got  # participants are persons, as the 900 are
    assert (420, "approx", "services") in got


def test_a_figure_done_so_far_counts_what_the_plan_before_it_counts() -> None:
    # a Water Supplies Department progress release: "and that N had been <done>" leaves the noun out
    got = triples(
        "The department planned to replace about 4 800 water meters this year, and that more than "
        "3 100 had been replaced by the end of June."
    )
    assert (4800, "approx", "meters") in got
    assert (3100, "more_than", "meters") in got


def test_the_rest_of_a_whole_counts_what_the_whole_counts_past_a_span_of_time() -> None:
    # a Buildings Department reply: "the remaining N" after "the 2 860 orders issued in the past
    # three years" counts orders, not years; "and some N are provided by" leaves its noun out
    got = triples(
        "As at end-December, 1 950 of the 2 860 orders issued in the past three years had been "
        "complied with, while the remaining 910 were outstanding. Over 1 300 services are available, "
        "of which about 400 are government services and some 900 are provided by other bodies."
    )
    assert (910, "exact", "orders") in got
    assert (900, "approx", "services") in got


def test_a_change_from_a_figure_with_a_thousands_comma_keeps_both_ends() -> None:
    # a Tobacco Control Office review: "rose by N per cent, from 4,120 to 11,372" (the second end
    # was dropped when the first carried a comma)
    got = triples("The number of complaints rose by 118 per cent, from 5,240 to 11,423.")
    assert (5240, "exact", "complaints") in got
    assert (11423, "exact", "complaints") in got


def test_ones_count_what_the_figure_before_counts() -> None:
    # a Transport Department accident review and an exhibition plan: "N fatal ones", "four new ones"
    got = triples(
        "There were 6 240 road traffic accidents involving injuries last year, including 38 fatal "
        "ones. The museum will stage 22 exhibitions in 2026, including five new ones."
    )
    assert (38, "exact", "accidents") in got
    assert (5, "exact", "exhibitions") in got


def test_a_cap_named_with_an_adjective_is_a_bound() -> None:
    # an HA fees notice and an ITF scheme: "An annual cap of", "a funding cap of" (not "capital")
    got = triples(
        "An annual cap of $8,000 on the charges payable by each patient will be introduced. Each "
        "project has a funding cap of $1.5 million, and its capital works cost $2 million."
    )
    assert (8000, "at_most", "HKD") in got
    assert (1.5e6, "at_most", "HKD") in got
    assert (2e6, "exact", "HKD") in got


def test_n_of_them_is_not_the_clauses_own_subject() -> None:
    # a Buildings Department signboard notice and an FEHD inspection review: "them" is what the
    # sentence before counted, not "Owners" or "Irregularities" opening the clause
    got = triples(
        "The department identified 86 abandoned signboards in Sham Shui Po. Owners could not be "
        "traced for 17 of them. Officers inspected 240 food premises. Irregularities were found in "
        "31 of them."
    )
    assert (17, "exact", "signboards") in got
    assert (31, "exact", "premises") in got


def test_a_later_clause_counts_the_group_the_sentence_opened_with() -> None:
    # an Anti-Deception Coordination Centre review and an SWD subvention notice: "Of these <noun>,
    # ..., while N <verb>" counts that noun, not the last plural before N
    got = triples(
        "Of these cases, 58 per cent involved fake job offers and online shopping, while 274 "
        "involved investment scams. Of these NGOs, 41 received annual subventions, while 9 "
        "obtained one-off grants."
    )
    assert (274, "exact", "cases") in got
    assert (9, "exact", "ngos") in got


def test_a_limit_of_a_level_is_the_bound_it_sets() -> None:
    # a CFS food surveillance result and an EPD air quality review: "the legal limit of N", "the
    # AQO limit of N" (the level found beside it stays exact)
    got = triples(
        "One sample contained benzoic acid at 1 350 ppm, exceeding the legal limit of 1 000 ppm. "
        "The annual average at roadside stations was 28 micrograms per cubic metre, below the AQO "
        "limit of 35 micrograms per cubic metre."
    )
    assert (1350, "exact", "ppm") in got
    assert (1000, "at_most", "ppm") in got
    assert (35, "at_most", "micrograms per cubic metre") in got


def test_the_other_amount_of_a_capped_pair_is_a_cap_too() -> None:
    # a mega events fund notice: "up to $X, or Y per cent of ..., whichever is lower"
    got = triples(
        "Each approved event may receive funding of up to $12 million, or 40 per cent of its total "
        "budget, whichever is lower."
    )
    assert (12e6, "at_most", "HKD") in got
    assert (40, "at_most", "percent") in got


def test_the_figure_reached_and_of_those_waiting_count_what_the_sentence_before_counted() -> None:
    # a Buildings Department prosecution notice and an SWD waiting-list reply: the count is of the
    # noun the sentence before named (both were dropped for want of a noun)
    got = triples(
        "The department instigated 488 prosecutions last year. For the first three months of this "
        "year, the figure has already reached 131. As at end-March, 31 870 elders were waiting for "
        "subsidised places. Of those waiting, 4 960 had applied for nursing home places."
    )
    assert (131, "exact", "prosecutions") in got
    assert (4960, "exact", "elders") in got


def test_a_figure_labelled_by_a_year_in_brackets_counts_what_the_figure_before_counts() -> None:
    # a customs annual review and a fund's results: "1,530 (2014: 1,702)" gives both years
    assert triples("The number of pursuable complaints fell to 1 480 (2023: 1 655).") == [
        (1480, "exact", "complaints"),
        (1655, "exact", "complaints"),
    ]
    assert triples("The Fund approved 310 applications (2023-24: 275).") == [
        (310, "exact", "applications"),
        (275, "exact", "applications"),
    ]


def test_handed_over_is_a_verb_not_a_bound() -> None:
    # a correctional services notice: "handed over" a number of persons, not more than it
    assert triples("The CSD handed over 186 discharged persons in custody to the ImmD for removal.") == [
        (186, "exact", "persons")
    ]
    turned = "Officers turned over 42 suspects to the Mainland authorities."
    assert triples(turned) == [(42, "exact", "suspects")]
    taken = "The FEHD has taken over 1 000 food samples for testing."
    assert triples(taken) == [(1000, "more_than", "samples")]


def test_a_plural_inside_a_name_is_not_what_a_subject_counts() -> None:
    # a Labour Department reply: "Police" in "the Hong Kong Police Force" names a body
    assert triples(
        "Joint inspections with the Fire Services Department and the Hong Kong Police Force numbered 96 "
        "in 2023."
    ) == [(96, "exact", "inspections")]


def test_a_share_of_a_group_named_with_a_participle_counts_that_group() -> None:
    # an immigration enforcement review: "Of the <noun> <participle>, N, or P per cent, were ..."
    assert triples("Of the overstayers arrested, 1 264, or 57 per cent, were Mainland visitors.") == [
        (1264, "exact", "overstayers"),
        (57, "exact", "percent"),
    ]


def test_the_base_of_a_drop_from_a_peak_counts_what_the_figure_counts() -> None:
    # a housing reply: "a drop of 41 per cent from the peak of 2 380 in mid-2020"
    assert triples(
        "As at end-June, 1 405 appeals were awaiting hearing, a drop of 41 per cent from the peak of "
        "2 380 in mid-2020."
    ) == [(1405, "exact", "appeals"), (41, "exact", "percent"), (2380, "exact", "appeals")]


def test_a_group_named_in_the_singular_counts_persons() -> None:
    # a marine accident notice: "Three of the crew" are persons
    assert triples("Four of the crew were rescued by a passing fishing vessel.") == [(4, "exact", "persons")]


def test_a_bare_figure_after_a_future_verb_counts_what_the_first_clause_counts() -> None:
    # an Easter traffic forecast: "while the Hung Hom station will handle some 85 000"
    assert triples(
        "The Lo Wu Control Point is expected to handle about 410 000 passenger trips, while the "
        "Hung Hom station will handle some 85 000."
    ) == [(410000, "approx", "trips"), (85000, "approx", "trips")]


def test_an_estimated_item_of_a_list_counts_what_the_first_item_counts() -> None:
    # an Education Bureau reply: "and nearly 11 400 in secondary schools" is a second item
    assert triples(
        "There were 31 200 kindergarten pupils. Among them, more than 18 300 were in half-day classes "
        "and nearly 12 900 in whole-day classes."
    ) == [(31200, "exact", "pupils"), (18300, "more_than", "pupils"), (12900, "nearly", "pupils")]


def test_a_crowd_rising_from_one_figure_to_others_counts_each() -> None:
    # a library services review: "attendance ..., rising from X in 2019 to Y in 2020 and Z in 2021"
    assert triples(
        "Library attendance has fallen in recent years, falling from 9.6 million in 2019 to 6.1 million "
        "in 2020 and 5.8 million in 2021."
    ) == [(9.6e6, "exact", "attendances"), (6.1e6, "exact", "attendances"), (5.8e6, "exact", "attendances")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a lift subsidy notice: the alternative amount of a limit is a limit too
        (
            "Buildings with an average rateable value of not more than $170,000 for flats in urban "
            "areas, or $130,000 in the New Territories, may apply.",
            [(170000, "at_most", "HKD"), (130000, "at_most", "HKD")],
        ),
        (
            "Each applicant must hold assets of not less than $2 million, or $3 million for a company.",
            [(2e6, "at_least", "HKD"), (3e6, "at_least", "HKD")],
        ),
        # a plain alternative stays exact
        (
            "The fee is $1,200 a year, or $110 a month.",
            [(1200, "exact", "HKD"), (110, "exact", "HKD")],
        ),
    ],
)
def test_the_alternative_amount_of_a_stated_limit_is_a_limit(
    sentence: str, expected: list[tuple[float, str, str]]
) -> None:
    assert triples(sentence) == expected
