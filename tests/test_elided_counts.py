"""Counts whose noun the sentence leaves out, on release kinds the corpus lacks (transport, food
safety, country parks, speeches), written for these tests: the gapped clause, the parallel
clause, the share of a whole the sentence opens with, lists of bases."""

from __future__ import annotations

import pytest

from pipelines.extract.counting import is_plural
from tests.test_metrics_general import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gapped clause: "and <subject> in N" leaves out the noun counted "in" before
        (
            "Franchised buses were involved in 1 046 accidents and public light buses in 612.",
            [(1046, "exact", "accidents"), (612, "exact", "accidents")],
        ),
        # the same preposition after a rate: "... a day on X, and N on Y"
        (
            "The railway carried an average of 4.52 million passengers a day on its heavy rail "
            "network, and 421 000 on Light Rail.",
            [(4.52e6, "exact", "passengers"), (421000, "exact", "passengers")],
        ),
        # a parallel clause with its own verb
        (
            "Trams carried 1.22 million and 0.24 million passengers a day respectively, while "
            "ferries carried 128 000.",
            [
                (1.22e6, "exact", "passengers"),
                (0.24e6, "exact", "passengers"),
                (128000, "exact", "passengers"),
            ],
        ),
        # the second figure of a list of periods, with a scale word
        (
            "The bus companies carried an average of 3.91 million passengers a day, compared with "
            "3.86 million in 2011 and 3.85 million in 2010.",
            [
                (3.91e6, "exact", "passengers"),
                (3.86e6, "exact", "passengers"),
                (3.85e6, "exact", "passengers"),
            ],
        ),
        # a parallel clause whose verb differs: "while ... markets contributed 7.2 million"
        (
            "Of the 34 million arrivals last year, 26.8 million were from the Mainland, while "
            "non-Mainland markets contributed 7.2 million.",
            [(34e6, "exact", "arrivals"), (26.8e6, "exact", "arrivals"), (7.2e6, "exact", "arrivals")],
        ),
        # "and the remaining N under ...": the same preposition as the count before
        (
            "Of these, 1 342 applications were approved under the BUD Fund and the remaining 8 518 "
            "under the EMF.",
            [(1342, "exact", "applications"), (8518, "exact", "applications")],
        ),
        # a list of figures before the noun of its last ("of the reports")
        (
            "Employment scams, shopping fraud and investment fraud accounted for 1,318, 1,102 and "
            "846 of the reports respectively.",
            [(1318, "exact", "reports"), (1102, "exact", "reports"), (846, "exact", "reports")],
        ),
        # a passive clause with its verb left out: "and 136.4 million by visitors"
        (
            "Some 129.6 million trips were made by Hong Kong residents and 136.4 million by visitors.",
            [(129.6e6, "approx", "trips"), (136.4e6, "exact", "trips")],
        ),
        # the same preposition after a passive: "through placing banks and 26 713 through brokers"
        (
            "Of the 75 615 applications, 48 902 were lodged through placing banks and 26 713 through "
            "securities brokers.",
            [
                (75615, "exact", "applications"),
                (48902, "exact", "applications"),
                (26713, "exact", "applications"),
            ],
        ),
        # a number word before "one-off" is a count of its own
        (
            "Eleven one-off measures in the Budget will cost $34.1 billion.",
            [(11, "exact", "measures"), (34.1e9, "exact", "HKD")],
        ),
        # "others" stands for the noun counted before it
        (
            "The Department approved 23 proposals, under which 14 routes were cancelled and 18 "
            "others were merged.",
            [(23, "exact", "proposals"), (14, "exact", "routes"), (18, "exact", "routes")],
        ),
    ],
)
def test_a_clause_that_leaves_out_the_noun_counts_what_the_clause_before_counted(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert triples(text) == expected


def test_a_share_of_the_whole_the_sentence_opens_with() -> None:
    assert triples("Of the 121 300 candidates who took the road test last year, 52 160 passed.") == [
        (121300, "exact", "candidates"),
        (52160, "exact", "candidates"),
    ]
    # "Of these": of what the sentence before counted
    text = "Country parks received 13.2 million visitors in 2016. Of these, 4.1 million visited in autumn."
    assert triples(text)[-1] == (4.1e6, "exact", "persons")


def test_bases_listed_after_compared_with_pair_with_the_counts_in_order() -> None:
    text = (
        "The department maintained 1 378 road bridges, 1 026 footbridges and 15 road tunnels, "
        "compared with 1 361, 1 009 and 14 a year earlier."
    )
    assert [u for _, _, u in triples(text)] == ["bridges", "footbridges", "tunnels"] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vehicle flow counts vehicles; "a day" ends the figure
        (
            "Cross-boundary vehicle flow rose to 18 700 a day in June, compared with fewer than "
            "1 000 a day in June last year.",
            [(18700, "exact", "vehicles"), (1000, "less_than", "vehicles")],
        ),
        (
            "The average daily vehicle flow through the harbour crossings was 275 600 in the period.",
            [(275600, "exact", "vehicles")],
        ),
        # "fatal, serious and slight": adjectives, not the noun counted
        (
            "The numbers of fatal, serious and slight accidents were 101, 2 214 and 14 167 respectively.",
            [(101, "exact", "accidents"), (2214, "exact", "accidents"), (14167, "exact", "accidents")],
        ),
        # "bus-bus" is a modifier, not a plural
        (
            "The department introduced 11 new bus-bus interchange schemes.",
            [(11, "exact", "schemes")],
        ),
        (
            "The staff will patrol 12 public cemeteries and eight columbaria.",
            [(12, "exact", "cemeteries"), (8, "exact", "columbaria")],
        ),
        # a base "five years ago" ends its figure; total employment "reaching" a level is persons
        (
            "There were about 1 100 fintech companies in Hong Kong, up from some 600 five years ago.",
            [(1100, "approx", "enterprises"), (600, "approx", "enterprises")],
        ),
        (
            "The unemployment rate stood at 3.2 per cent, with total employment reaching 3.8 million.",
            [(3.2, "exact", "percent"), (3.8e6, "exact", "persons")],
        ),
        # a length of time is no count, whatever the sentence before counted
        ("Ladies and gentlemen, I wish the association another 30 years of success.", []),
        # a base after a bracketed share; a second subject that "concerned" something
        (
            "The CSSA caseload was 242 812, a net decrease of 1 045 cases (0.4 per cent) from 243 857.",
            [
                (242812, "exact", "cases"),
                (1045, "exact", "cases"),
                (0.4, "exact", "percent"),
                (243857, "exact", "cases"),
            ],
        ),
        (
            "Eight of the suspension notices concerned scaffolding, and 23 concerned unsafe platforms.",
            [(8, "exact", "notices"), (23, "exact", "notices")],
        ),
        # "the remaining 910 were outstanding": the rest of the orders counted before
        (
            "By end-December, 1 950 of the 2 860 orders had been complied with, while the remaining 910 "
            "were outstanding.",
            [(1950, "exact", "orders"), (2860, "exact", "orders"), (910, "exact", "orders")],
        ),
        # a law cited as "Cap 132AI" (no point) between the maximum and its amount
        (
            "The maximum penalty for illegal hawking under the Hawker Regulation (Cap 132AI) is a "
            "fine of $5,000.",
            [(5000, "at_most", "HKD")],
        ),
    ],
)
def test_units_of_traffic_food_and_speech_releases(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert triples(text) == expected


def test_a_participle_clause_after_a_bare_number_is_not_its_noun() -> None:
    # a tourism speech: "over 150" counts the events of the sentence before, not the visitors after
    text = (
        "Last year, the Government supported 85 mega events. This year, the number has increased to "
        "over 150, attracting some 1.8 million visitors."
    )
    assert triples(text) == [
        (85, "exact", "events"),
        (150, "more_than", "events"),
        (1.8e6, "approx", "persons"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tourism and training releases (kinds the corpus lacks): the verb states a total of the
        # noun before it, with a period between them or words after the verb
        (
            "Visitor arrivals in 2014 exceeded 60 million for the first time.",
            [(60e6, "more_than", "arrivals")],
        ),
        (
            "The Chairman said that visitor arrivals had recovered to about 34 million last year.",
            [(34e6, "approx", "arrivals")],
        ),
        (
            "Overnight visitors numbered 17.02 million, while same-day visitors accounted for the "
            "remaining 18.62 million.",
            [(17.02e6, "exact", "persons"), (18.62e6, "exact", "persons")],
        ),
        # the noun the verb takes: "increased its training places to 130 000"
        (
            "The Employees Retraining Board has increased its training places to 130 000.",
            [(130000, "exact", "places")],
        ),
    ],
)
def test_a_total_stated_by_its_verb_counts_the_noun_the_verb_reports(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert triples(text) == expected


def test_a_latin_singular_in_us_is_no_counted_noun() -> None:
    # a drone-sandbox release (a kind the corpus lacks): "Of these" never counts a radius
    text = (
        "The department selected 23 projects. Drones will inspect slopes within a 250-metre "
        "radius. Of these, nine are led by start-ups."
    )
    assert [u for _, _, u in triples(text)][-1] != "radius"
    assert is_plural("radius") is False and is_plural("campus") is False
    assert is_plural("menus") is True and is_plural("buses") is True


def test_a_list_after_a_spaced_dash_is_counted() -> None:
    # a Games release: "- 26 gold" opens a list, it is no label's number ("Tower-2") or minus sign
    text = "The team won 110 medals - 26 gold, 31 silver and 53 bronze - its best results."
    assert triples(text) == [
        (110, "exact", "medals"),
        (26, "exact", "medals"),
        (31, "exact", "medals"),
        (53, "exact", "medals"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a welfare caseload release: more verbs of change, and a change in brackets after its noun
        (
            "Old age cases, which accounted for 59.2 per cent of the total, edged up by 0.1 per cent "
            "to 151 397.",
            [(59.2, "exact", "percent"), (0.1, "exact", "percent"), (151397, "exact", "cases")],
        ),
        (
            "Low-earnings cases fell the most (down 2.9 per cent to 6 118), followed by unemployment "
            "cases (down 1.8 per cent to 18 902).",
            [
                (2.9, "exact", "percent"),
                (6118, "exact", "cases"),
                (1.8, "exact", "percent"),
                (18902, "exact", "cases"),
            ],
        ),
        ("Burglary cases climbed 5 per cent to 2 310.", [(5, "exact", "percent"), (2310, "exact", "cases")]),
        # a child-care release: "the number of children ... averaged"
        (
            "In the first nine months, the number of children on the waiting lists averaged 1 486, "
            "compared with 1 702 a year earlier.",
            [(1486, "exact", "children"), (1702, "exact", "children")],
        ),
        # a rehabilitation release: a progressive verb before the preposition the gap repeats
        (
            "As at the end of March, 6 420 persons were waiting for day training places and 8 150 for "
            "residential care places.",
            [(6420, "exact", "persons"), (8150, "exact", "persons")],
        ),
        # a subvention reply and an airport release: after "Of these NGOs," or "Among the 120
        # airlines operating at the airport,", a past verb is what the share did
        (
            "Of these NGOs, 38 received annual subventions exceeding $100 million.",
            [(38, "exact", "ngos"), (100e6, "more_than", "HKD")],
        ),
        (
            "Among the 120 airlines operating at the airport, 11 launched new services last year.",
            [(120, "exact", "airlines"), (11, "exact", "airlines")],
        ),
        # a ferry release: the figure a change starts from counts what the one it reaches counts
        (
            "The frequency of the route will increase from 24 to 30 sailings a day.",
            [(24, "exact", "sailings"), (30, "exact", "sailings")],
        ),
        # a swine-flu visit: "related" before a plural is an adjective, not the verb "related to"
        (
            "Hong Kong had recorded more than 36 000 confirmed cases and 80 related deaths.",
            [(36000, "more_than", "cases"), (80, "exact", "deaths")],
        ),
        # a bus reply: "increase the number to" counts what the sentence before counted, not the
        # plural subject of its own sentence
        (
            "Displays had been installed at 1 962 bus stops. The TD and the bus operators aim to "
            "increase the number to at least 2 600.",
            [(1962, "exact", "stops"), (2600, "at_least", "stops")],
        ),
        # a screening-programme release: the figure compared with, and the participle after it
        (
            "This year, 48 210 new participants joined, 36 per cent more than the 35 490 recorded in "
            "the same period last year.",
            [(48210, "exact", "persons"), (36, "exact", "percent"), (35490, "exact", "persons")],
        ),
        # a winter-surge release: "followed by <Name> with N" counts what the count before counted
        (
            "Tuen Mun Hospital handled 702 attendances, followed by Princess Margaret Hospital with 655.",
            [(702, "exact", "attendances"), (655, "exact", "attendances")],
        ),
        # an airport release: "raise it to 80" counts what the clause before counted
        (
            "The runway capacity had reached 68 flight movements per hour, and the AAHK aims to raise "
            "it to 80.",
            [(68, "exact", "movements"), (80, "exact", "movements")],
        ),
        # a slope-works release: a breakdown by place whose items take "in" or "on"
        (
            "Of the 158 slopes completed this year, 97 were in the New Territories, 38 on Hong Kong "
            "Island and 23 in Kowloon.",
            [
                (158, "exact", "slopes"),
                (97, "exact", "slopes"),
                (38, "exact", "slopes"),
                (23, "exact", "slopes"),
            ],
        ),
        # a child-care release: "the remaining six in ..." ends a breakdown of what "them" counts
        (
            "The SWD selected 11 NGOs to operate 14 new centres. Five of them will be in public housing "
            "estates, three in premises of the HKHS and the remaining six in joint-user complexes.",
            [
                (11, "exact", "NGOs"),
                (14, "exact", "centres"),
                (5, "exact", "centres"),
                (3, "exact", "centres"),
                (6, "exact", "centres"),
            ],
        ),
        # a subvention reply: ", while 54 received" is a second share of the NGOs
        (
            "Of these NGOs, 38 received subventions exceeding $100 million, while 54 received less "
            "than $5 million.",
            [
                (38, "exact", "ngos"),
                (100e6, "more_than", "HKD"),
                (54, "exact", "ngos"),
                (5e6, "less_than", "HKD"),
            ],
        ),
        # a recycling release: an estimate placed "at" after a count placed "in"
        (
            "The EPD has provided about 2 100 recycling bins in private buildings and about 560 at "
            "public places.",
            [(2100, "approx", "bins"), (560, "approx", "bins")],
        ),
        # a reverse-vending release: a second base after a long period
        (
            "In the first half of 2025, the machines recovered 68.5 million containers, compared with "
            "59.2 million in the second half of 2024 and 51.7 million in the first half of 2024.",
            [
                (68.5e6, "exact", "containers"),
                (59.2e6, "exact", "containers"),
                (51.7e6, "exact", "containers"),
            ],
        ),
    ],
)
def test_changes_shares_and_gaps_of_welfare_and_transport_releases(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an airport release: a gapped clause whose subject is plural ("and outbound flights 2.9
        # million") counts what the clause before counted
        (
            "Inbound flights carried 3.2 million passengers and outbound flights 2.9 million last month.",
            [(3.2e6, "exact", "passengers"), (2.9e6, "exact", "passengers")],
        ),
        # a consumer council release: the gapped subject with its article
        (
            "The retail sector recorded 2 310 complaints and the telecommunications sector 1 870.",
            [(2310, "exact", "complaints"), (1870, "exact", "complaints")],
        ),
        # an electoral register: a bare change counts what its figure counts
        (
            "The number of registered electors was 4 472 000, up about 39 000 from 2023.",
            [(4472000, "exact", "electors"), (39000, "approx", "electors")],
        ),
        # a ferry release: "numbered only N, or about M a day" restates the count per day
        (
            "Cross-harbour ferry passengers numbered only 62 000 last month, or about 2 000 a day.",
            [(62000, "exact", "passengers"), (2000, "approx", "passengers")],
        ),
        # a labour force release and a new town's plan: collective nouns of people
        (
            "In 2019, the labour force averaged 3 979 800. The new town will house a population of "
            "about 176 000.",
            [(3979800, "exact", "persons"), (176000, "approx", "persons")],
        ),
        # a conference release: the base counted "than the 80 held in" the period before
        (
            "Some 96 conferences were held in the first half of the year, 20 per cent more than the "
            "80 held in the same period last year.",
            [(96, "approx", "conferences"), (20, "exact", "percent"), (80, "exact", "conferences")],
        ),
        # a port release: "cargo and passenger vessels" share their head noun
        (
            "A total of 32 vessels were inspected. Of these, 18 were fishing vessels, 11 were cargo and "
            "passenger vessels and three were pleasure vessels.",
            [
                (32, "exact", "vessels"),
                (18, "exact", "vessels"),
                (11, "exact", "vessels"),
                (3, "exact", "vessels"),
            ],
        ),
        # a leisure release: a share "of its 36 sports centres"
        (
            "The programme will cover nine of its 36 sports centres.",
            [(9, "exact", "sports centres"), (36, "exact", "sports centres")],
        ),
        # an examination release: each share does what the first did, of the same whole
        (
            "A total of 9 330 candidates registered for the examination. Of these, 5 210 sat the "
            "written test, 3 140 sat the practical test and 980 sat both.",
            [
                (9330, "exact", "candidates"),
                (5210, "exact", "candidates"),
                (3140, "exact", "candidates"),
                (980, "exact", "candidates"),
            ],
        ),
        # a payments release: "the number of X of the Y services platform exceeded" counts X
        (
            "The number of registered users of the e-payment platform for government services exceeded "
            "2.1 million.",
            [(2.1e6, "more_than", "users")],
        ),
    ],
)
def test_gaps_restatements_and_shares_of_transport_labour_and_examination_releases(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # staff members are staff (persons); civil servants are named whole
        ("The Department deployed 1 200 staff members to the flood response.", [(1200, "exact", "persons")]),
        ("The Government employed 173 000 civil servants.", [(173000, "exact", "civil servants")]),
        # "an estimated" is no qualifier of the README's list
        ("The festival generated an estimated $1.2 billion in spending.", [(1.2e9, "exact", "HKD")]),
        # "The daily figures were ...": figures of what the sentence before counted
        (
            "Some 2.48 million trips were made during the holidays. The daily figures were 620 000 and "
            "655 000 respectively.",
            [(2.48e6, "approx", "trips"), (620000, "exact", "trips"), (655000, "exact", "trips")],
        ),
        # a hotline's number is a name, not a count
        ("Members of the public may call 1823 for enquiries. 1823’s call volume fell in June.", []),
    ],
)
def test_compound_nouns_estimates_and_hotline_numbers(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # compounds whose head alone says something else
        ("InvestHK assisted 95 family offices last year.", [(95, "exact", "family offices")]),
        (
            "Chargers will be installed at 170 government car parks and 88 collection points.",
            [(170, "exact", "car parks"), (88, "exact", "collection points")],
        ),
        # a Greek singular ("crisis") modifies the noun counted
        ("The SWD subsidised three suicide crisis intervention centres.", [(3, "exact", "centres")]),
        # a body's meetings, also in a list
        (
            "The Board met 45 times last year, while its two committees met 24 and 23 times respectively.",
            [
                (45, "exact", "meetings"),
                (2, "exact", "committees"),
                (24, "exact", "meetings"),
                (23, "exact", "meetings"),
            ],
        ),
        ("The Committee meets at least four times a year.", [(4, "at_least", "meetings")]),
        # appointees of a body are its members; elders and carers are persons
        (
            "The Commission has 13 members. Of these, six are new appointees.",
            [(13, "exact", "members"), (6, "exact", "members")],
        ),
        ("The teams reached 316 000 elders and carers.", [(316000, "exact", "persons")]),
        # an appointment release: after "of whom", a verb that is not a copula says what the
        # members do; a copula names what the number is
        (
            "The Council comprises 24 members, of whom 11 represent employers, five represent "
            "professionals and three are public officers.",
            [
                (24, "exact", "members"),
                (11, "exact", "members"),
                (5, "exact", "members"),
                (3, "exact", "officers"),
            ],
        ),
        # a kindergarten reply: each share does what the first did ("attended ... classes")
        (
            "In the 2018/19 school year, 174 210 pupils were enrolled. Of these, 101 336 attended "
            "half-day classes, 54 982 attended whole-day classes and 17 892 attended long whole-day "
            "classes.",
            [
                (174210, "exact", "pupils"),
                (101336, "exact", "pupils"),
                (54982, "exact", "pupils"),
                (17892, "exact", "pupils"),
            ],
        ),
        # a family-office release: shares by origin after "Of these", each a place in capitals
        (
            "The team assisted 68 companies. Of these, 19 were from the Mainland, 17 from Europe and "
            "12 from the Middle East.",
            [
                (68, "exact", "enterprises"),
                (19, "exact", "enterprises"),
                (17, "exact", "enterprises"),
                (12, "exact", "enterprises"),
            ],
        ),
    ],
)
def test_compounds_meetings_and_members_of_appointment_and_health_releases(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a record: "reached a record N", "rose to a new high of N" state the total of the noun before
        (
            "Cruise passenger trips reached a record 1.1 million, and the number of ship calls rose "
            "to a new high of 260.",
            [(1.1e6, "exact", "trips"), (260, "exact", "ship calls")],
        ),
        # the parts of a count in the bracket after it
        (
            "Twelve heat stroke cases (nine at construction sites and three at outdoor markets) "
            "were reported.",
            [(12, "exact", "cases"), (9, "exact", "cases"), (3, "exact", "cases")],
        ),
        # a sentence that opens with its whole, bare ("Of the 240,") or with an abstract-looking
        # noun ("areas"), and shares it out
        (
            "The board received 240 nominations. Of the 240, 150 were from schools and 90 were from NGOs.",
            [
                (240, "exact", "nominations"),
                (240, "exact", "nominations"),
                (150, "exact", "nominations"),
                (90, "exact", "nominations"),
            ],
        ),
        (
            "Of the 24 gully areas with a positive index, 15 were in the New Territories and six in Kowloon.",
            [(24, "exact", "areas"), (15, "exact", "areas"), (6, "exact", "areas")],
        ),
        # a share with its percentage in brackets, and "had"
        (
            "Of the 8 200 students in the scheme, some 6 100 (74 per cent) had joined a mentoring programme.",
            [(8200, "exact", "students"), (6100, "approx", "students"), (74, "exact", "percent")],
        ),
        # items of a list that leave out the noun after "of": "150 samples of noodles, 90 of rice"
        (
            "The Centre took 150 samples of noodles, 90 of rice and 60 of dumplings.",
            [(150, "exact", "samples"), (90, "exact", "samples"), (60, "exact", "samples")],
        ),
        # a participle clause after "and" leaves out the noun of the count before it
        (
            "(b) Youth Hostel Scheme: 4 300 applications received and 2 950 approved;",
            [(4300, "exact", "applications"), (2950, "exact", "applications")],
        ),
        (
            "The office received 1 860 complaints and resolved 1 420.",
            [(1860, "exact", "complaints"), (1420, "exact", "complaints")],
        ),
        # a bracketed breakdown by source with no count before: the subject the sentence opens with
        (
            "The new tutors came mainly from engineering (41), education (33) and nursing (12).",
            [(41, "exact", "tutors"), (33, "exact", "tutors"), (12, "exact", "tutors")],
        ),
        # units written whole
        (
            "Delegates from 36 countries and regions toured 14 accident black spots.",
            [(36, "exact", "countries and regions"), (14, "exact", "black spots")],
        ),
        # a length of stay is a duration; hot nights are a weather count
        (
            "Overnight visitors stayed an average of 3.1 nights, and the month had 18 hot nights.",
            [(18, "exact", "nights")],
        ),
        # "now number": the plural subject's count
        (
            "Participating day care centres now number 96, comprising 70 subvented centres and 26 "
            "private centres.",
            [(96, "exact", "centres"), (70, "exact", "centres"), (26, "exact", "centres")],
        ),
        # participles listed after a share, with commas and irregular forms
        (
            "The scheme received 52 000 applications. Of these, 47 100 have been approved, 1 900 "
            "rejected and 600 withdrawn.",
            [
                (52000, "exact", "applications"),
                (47100, "exact", "applications"),
                (1900, "exact", "applications"),
                (600, "exact", "applications"),
            ],
        ),
        # an aside between the subject and its change
        (
            "Single parent cases, on the other hand, rose by 0.4 per cent (96 cases) to 24 210.",
            [(0.4, "exact", "percent"), (96, "exact", "cases"), (24210, "exact", "cases")],
        ),
        # an establishment brought to a figure counts what the sentence counted
        (
            "The Department will create 30 additional ambulanceman posts, bringing the "
            "establishment to 3 020.",
            [(30, "exact", "posts"), (3020, "exact", "posts")],
        ),
        # a share that did something, past and irregular ("won"): of what was counted before
        (
            "The team had 21 first-time athletes. Of these, six won medals.",
            [(21, "exact", "athletes"), (6, "exact", "athletes")],
        ),
        # a breakdown after "including" by a participle or "on"
        (
            "The Unit handled 1 940 requests for help, including 120 relating to road accidents.",
            [(1940, "exact", "requests"), (120, "exact", "requests")],
        ),
        (
            "The department removed 1 460 offenders, including 210 on chartered flights.",
            [(1460, "exact", "offenders"), (210, "exact", "offenders")],
        ),
        # "a further N" goes on with what was counted; "the remaining N are being processed"
        (
            "The department has installed 420 kiosks, and a further 60 will be added by end-2027.",
            [(420, "exact", "kiosks"), (60, "exact", "kiosks")],
        ),
        (
            "The scheme received 9 100 applications. Of these, 7 400 have been approved and the "
            "remaining 1 700 are being processed.",
            [
                (9100, "exact", "applications"),
                (7400, "exact", "applications"),
                (1700, "exact", "applications"),
            ],
        ),
        # an estimate in brackets counts what the count it follows counts
        (
            "The airport will be the busiest, with about 96 000 departures, followed by Lo Wu "
            "(about 71 000).",
            [(96000, "approx", "departures"), (71000, "approx", "departures")],
        ),
        # signs written before the figures of a list
        (
            "The changes in 2016, 2017 and 2018 were +3.2%, -1.4% and -0.6% respectively.",
            [(3.2, "exact", "percent"), (-1.4, "exact", "percent"), (-0.6, "exact", "percent")],
        ),
    ],
)
def test_records_brackets_shares_and_gapped_participles_of_welfare_and_trade_releases(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a food surveillance release: a list of shares after "N of them", with verbs of their own
        (
            "The CFS tested 4 800 food samples in the second quarter. Twenty-six of them were found "
            "to contain excessive metals, 14 contained non-permitted colouring matters and nine were "
            "found to carry pathogens.",
            [
                (4800, "exact", "samples"),
                (26, "exact", "samples"),
                (14, "exact", "samples"),
                (9, "exact", "samples"),
            ],
        ),
        # a gas safety release: members of a family are people
        (
            "Four members of a household in Tuen Mun were sent to hospital with carbon monoxide "
            "poisoning. Three of them were discharged the next day.",
            [(4, "exact", "persons"), (3, "exact", "persons")],
        ),
        # a consumer watchdog's report: the subject counted, not what it is about
        (
            "Complaints about fitness centres and beauty services numbered 1 208 and 906 respectively.",
            [(1208, "exact", "complaints"), (906, "exact", "complaints")],
        ),
        (
            "Complaints against minibus drivers totalled 2 310 last year.",
            [(2310, "exact", "complaints")],
        ),
    ],
)
def test_shares_listed_with_verbs_people_of_a_family_and_subjects_about_a_topic(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a LegCo reply on residential care: "the numbers of" a long enumeration "were"
        (
            "The numbers of applicants waiting for day activity centres for persons with "
            "intellectual disabilities, hostels for moderately mentally handicapped persons and "
            "supported hostels for persons with disabilities were 1 532, 2 208 and 410 respectively.",
            [(1532, "exact", "applicants"), (2208, "exact", "applicants"), (410, "exact", "applicants")],
        ),
        # an answer opened by a list marker: "(a) The 23 ..." is an article, not a label
        (
            "(a) The 23 elderly health centres provide about 40 000 places a year.",
            [(23, "exact", "centres"), (40000, "approx", "places")],
        ),
        # an appointment notice: "the other 14" are the rest of the whole
        (
            "The Government today appointed 20 members to the Commission. Six of them are new "
            "members and the other 14 are re-appointed.",
            [(20, "exact", "members"), (6, "exact", "members"), (14, "exact", "members")],
        ),
    ],
)
def test_long_enumerations_list_markers_and_the_others_of_a_whole(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an imported-disease release: items by place after "N of them", their verb left out
        (
            "A total of 31 imported malaria cases were recorded last year. Twelve of them had "
            "travelled to Nigeria, 8 to Ghana and 6 to Uganda.",
            [(31, "exact", "cases"), (12, "exact", "cases"), (8, "exact", "cases"), (6, "exact", "cases")],
        ),
        # a district inspection release: "in <District>" names the item's place
        (
            "The department found 64 subdivided units without fire escapes. Twenty of them were in "
            "Yau Tsim Mong, 19 in Sham Shui Po and 25 in Kwun Tong.",
            [(64, "exact", "units"), (20, "exact", "units"), (19, "exact", "units"), (25, "exact", "units")],
        ),
        # a port release: the next clause's figure keeps its own noun
        (
            "Vessel arrivals rose by 3.1 per cent to 14 260, while cargo throughput reached 203 000 tonnes.",
            [(3.1, "exact", "percent"), (14260, "exact", "arrivals"), (203000, "exact", "tonnes")],
        ),
        # a road safety reply: "goods" modifies the compound it opens
        (
            "In 2023, the Police prosecuted 8 410 goods vehicle drivers for speeding and 260 arts "
            "centre tenants were warned.",
            [(8410, "exact", "drivers"), (260, "exact", "tenants")],
        ),
        # a trade promotion review: trade missions are journeys, counted in words too
        (
            "In 2018, the council organised 35 outbound trade missions, six more than in 2017. "
            "Next year it will organise at least nine overseas buying missions.",
            [(35, "exact", "missions"), (6, "exact", "missions"), (9, "at_least", "missions")],
        ),
        # a recycling progress report: "and N more were/will ..." are more of the same things
        (
            "The department now runs 14 community recycling centres, and five more will open next "
            "year. It also installed 120 smart bins, and 40 more were ordered.",
            [
                (14, "exact", "centres"),
                (5, "exact", "centres"),
                (120, "exact", "bins"),
                (40, "exact", "bins"),
            ],
        ),
        # a welfare plan: the noun a change from A to B is of counts both ends
        (
            "The SWD will increase residential care places from 2 800 to 3 150 and expand its "
            "network of district centres from 41 to 47.",
            [
                (2800, "exact", "places"),
                (3150, "exact", "places"),
                (41, "exact", "centres"),
                (47, "exact", "centres"),
            ],
        ),
        # a holiday traffic release: "the daily average" of what the sentence counted
        (
            "The control points handled about 2.6 million passenger trips during the holiday, with "
            "the daily average reaching 372 000.",
            [(2600000, "approx", "trips"), (372000, "exact", "trips")],
        ),
        # a social enterprise visit: a plural with an accent is a plural
        (
            "The social enterprise runs four cafés and employs 52 persons with disabilities.",
            [(4, "exact", "cafés"), (52, "exact", "persons")],
        ),
        # a LegCo reply on enforcement: a span of time before "the number of" is no count
        (
            "Over the past four years, the number of illegal parking complaints has more than "
            "doubled, from 1 240 in 2019 to 2 610 in 2023.",
            [(1240, "exact", "complaints"), (2610, "exact", "complaints")],
        ),
        # a food surveillance release: "except three" are some of the whole
        (
            "All 240 samples tested were satisfactory except three, which were announced earlier.",
            [(240, "exact", "samples"), (3, "exact", "samples")],
        ),
    ],
)
def test_round_45_places_clauses_modifiers_journeys_averages_accents_and_exceptions(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert triples(text) == expected
