"""Organisations as the Government names them, on release kinds the labelled corpus lacks
(buildings, environment, culture and sport, transport works, appointments, consular notices).
Sentences written for these tests; each asserts the rows a reader would list."""

from __future__ import annotations

import pytest

from pipelines.extract.entities import Entities, extract_entities
from pipelines.extract.names import classify


def orgs(text: str) -> list[tuple[str, str | None]]:
    return [(o.name, o.acronym) for o in extract_entities(text).organisations]


def names(text: str) -> list[str]:
    return [o.name for o in extract_entities(text).organisations]


# -- long names are not cut at an inner head -----------------------------------------------
def test_bodies_of_financial_releases() -> None:
    # public finance and markets (a kind the corpus lacks): a sub-committee with a capital C, a
    # stock exchange (not a "Cultural Exchange"), a short form whose letters take another order,
    # and the exchange's markets, which are no bodies
    assert names("The Investment Sub-Committee of the EFAC will meet in December.") == [
        "Investment Sub-Committee"
    ]
    assert names("The bonds will be listed on the London Stock Exchange. A Cultural Exchange ended.") == [
        "London Stock Exchange"
    ]
    assert orgs(
        "An expert report by Professor Gerald Lam of The University of Hong Kong (HKU) was read."
    ) == [("University of Hong Kong", "HKU")]
    assert orgs(
        "It was listed on the Main Board of The Stock Exchange of Hong Kong Limited (SEHK) and later "
        "moved to the Main Board."
    ) == [("Stock Exchange of Hong Kong Limited", "SEHK")]


def test_a_committee_against_something_is_one_name() -> None:
    # an anti-drug release (a kind the corpus lacks)
    text = "The Action Committee Against Narcotics (ACAN) held 1 200 school talks in April."
    assert orgs(text) == [("Action Committee Against Narcotics", "ACAN")]


def test_panel_and_committee_on_keep_the_whole_name() -> None:
    text = (
        "The Legislative Council Panel on Environmental Affairs discussed the landfill charging "
        "proposal today. The Advisory Committee on the Quality of Water Supplies met on Monday."
    )
    assert names(text) == [
        "Legislative Council Panel on Environmental Affairs",
        "Advisory Committee on the Quality of Water Supplies",
    ]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "A delegation of the Liaison Office of the Central People's Government in the Hong Kong "
            "Special Administrative Region visited the flood barrier.",
            "Liaison Office of the Central People's Government in the Hong Kong Special "
            "Administrative Region",
        ),
        (
            "The Consulate General of Norway in Hong Kong co-hosted the maritime seminar.",
            "Consulate General of Norway in Hong Kong",
        ),
        (
            "The Hong Kong Economic and Trade Office in Berlin staged a film week.",
            "Hong Kong Economic and Trade Office in Berlin",
        ),
    ],
)
def test_body_named_with_the_place_it_sits_in(text: str, name: str) -> None:
    assert names(text) == [name]


def test_place_after_in_is_not_a_month() -> None:
    assert names("The Digital Policy Office in March launched the portal.") == ["Digital Policy Office"]


def test_board_of_directors_names_the_company() -> None:
    text = (
        "Mr Ho Wing-kei, Chairman of the Board of Directors of the Harbour Tram Company Limited, "
        "said the new trams would enter service in June. The Board of Directors of the Harbour "
        "Tram Company Limited approved the fare freeze."
    )
    found = extract_entities(text)
    assert [o.name for o in found.organisations] == ["Harbour Tram Company Limited"]
    assert found.people[0].organisation == "Harbour Tram Company Limited"


def test_standing_committee_of_a_body_is_one_name() -> None:
    text = "The Standing Committee of the National People's Congress adopted the decision."
    assert names(text) == ["Standing Committee of the National People's Congress"]


# -- branches, divisions, sections, units, teams; short bureaux ------------------------------
def test_branch_of_a_department_is_a_second_organisation() -> None:
    text = (
        "The Building Safety Branch of the Buildings Department and the Drainage Projects "
        "Division handled 320 reports of water seepage last year."
    )
    assert names(text) == ["Building Safety Branch", "Buildings Department", "Drainage Projects Division"]


LIAISON_OFFICE = "Liaison Office of the Central People's Government in the Hong Kong SAR"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers of the Commercial Crime Bureau of the Hong Kong Police Force arrested 12 "
            "persons yesterday.",
            ["Commercial Crime Bureau", "Hong Kong Police Force"],
        ),
        (
            "The Rating Office of the Rating and Valuation Department handled 3 100 objections.",
            ["Rating Office", "Rating and Valuation Department"],
        ),
        (
            "The Licensing Unit of the Marine Department issued 410 permits.",
            ["Licensing Unit", "Marine Department"],
        ),
        # a bureau of the Government is not a part of a department
        (
            f"The {LIAISON_OFFICE} sent a delegation.",
            [LIAISON_OFFICE],
        ),
    ],
)
def test_bureau_office_or_unit_of_a_force_or_department_is_a_second_organisation(
    text: str, expected: list[str]
) -> None:
    assert names(text) == expected


def test_team_with_bracketed_qualifier_and_letter() -> None:
    text = (
        "Licensing Section (Hawkers) Team B of the Food and Environmental Hygiene Department will "
        "move to a new office. Enquiries about Team B may be made by phone."
    )
    assert names(text) == ["Licensing Section (Hawkers) Team B", "Food and Environmental Hygiene Department"]


def test_section_of_a_department_named_by_its_acronym() -> None:
    text = (
        "The Environmental Protection Department (EPD) said the Waste Reduction Section of the EPD "
        "would visit 40 housing estates."
    )
    assert orgs(text) == [("Environmental Protection Department", "EPD"), ("Waste Reduction Section", None)]


def test_office_of_a_division_of_a_body_named_by_its_acronym_is_two_organisations() -> None:
    # a noise-control release (a kind the corpus lacks)
    text = (
        "The Environmental Protection Department (EPD) said the Regional Office (North) of the EPD's "
        "Environmental Compliance Division handled 1 236 complaints."
    )
    assert orgs(text) == [
        ("Environmental Protection Department", "EPD"),
        ("Regional Office (North)", None),
        ("Environmental Compliance Division", None),
    ]


def test_secretariat_of_a_scheme_is_an_organisation() -> None:
    text = "For enquiries, please contact the Secretariat of the Green Roof Subsidy Scheme."
    assert names(text) == ["Secretariat of the Green Roof Subsidy Scheme"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Environment Bureau said the works would start soon.", "Environment Bureau"),
        (
            "Members of the public can visit the Sports Bureau's Facility Booking Portal.",
            "Sports Bureau",
        ),
        ("The Department of Health's Port Health Office stepped up checks.", "Department of Health"),
    ],
)
def test_bureau_with_two_words_and_a_possessive(text: str, name: str) -> None:
    assert names(text)[0] == name


@pytest.mark.parametrize(
    "text, expected",
    [
        # an excise reply: a place's possessive before a body names where it is, not the body
        (
            "The department exchanges intelligence with the Mainland's General Administration of "
            "Customs (GAC).",
            [("General Administration of Customs", "GAC")],
        ),
        (
            "The Bureau met officials of Singapore’s Ministry of Trade and Industry.",
            [("Ministry of Trade and Industry", None)],
        ),
    ],
)
def test_a_place_before_a_possessive_is_not_part_of_the_body(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert orgs(text) == expected


# -- universities, institutes, councils whose head is not the last word -------------------
def test_heads_before_of_and_for() -> None:
    text = (
        "Students from the City University of Hong Kong, Lingnan University, the Hong Kong "
        "Academy for Performing Arts and the Centre for Food Safety joined the Hong Kong Arts "
        "Development Council at the exhibition."
    )
    assert names(text) == [
        "City University of Hong Kong",
        "Lingnan University",
        "Hong Kong Academy for Performing Arts",
        "Centre for Food Safety",
        "Hong Kong Arts Development Council",
    ]


def test_comma_listed_bureau_name() -> None:
    text = "The Culture, Sports and Tourism Bureau supported the dragon boat races."
    assert names(text) == ["Culture, Sports and Tourism Bureau"]


def test_two_departments_joined_by_and_are_two_rows() -> None:
    text = (
        "The Highways Department and Drainage Services Department will close a lane. "
        "The Customs and Excise Department was not involved."
    )
    assert names(text) == [
        "Highways Department",
        "Drainage Services Department",
        "Customs and Excise Department",
    ]


def test_company_name_with_year_in_brackets() -> None:
    text = "The Harbour Motor Bus Company (1950) Limited will adjust two routes."
    assert names(text) == ["Harbour Motor Bus Company (1950) Limited"]


# -- one row per organisation ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text, row",
    [
        (
            "The Hong Kong Police Force arrested two men at a recycling yard. The Police "
            "appealed to anyone with information to come forward.",
            ("Hong Kong Police Force", None),
        ),
        (
            "The Legislative Council passed the Waste Disposal (Amendment) Bill. LegCo members "
            "welcomed the change.",
            ("Legislative Council", None),
        ),
        (
            "Invest Hong Kong (InvestHK) welcomed 30 green-tech firms. InvestHK will follow up.",
            ("Invest Hong Kong", "InvestHK"),
        ),
        (
            "The Harbour Ferry Corporation Limited ordered two electric ferries. A spokesman for "
            "the Harbour Ferry Corporation said they would arrive next year.",
            ("Harbour Ferry Corporation Limited", None),
        ),
        (
            "The Hong Kong Housing Authority (HA) approved the plan. The HA will build 5 000 flats.",
            ("Hong Kong Housing Authority", "HA"),
        ),
    ],
)
def test_name_and_alias_are_one_row(text: str, row: tuple[str, str | None]) -> None:
    assert orgs(text) == [row]


def test_alias_mentions_join_the_full_name() -> None:
    found: Entities = extract_entities(
        "The Hong Kong Police Force arrested a man. The Police said he was 42."
    )
    (org,) = found.organisations
    assert org.n_mentions == 2
    assert {m.key for m in found.mentions if m.label == "ORG"} == {org.key}


def test_acronym_used_undefined_must_spell_the_initials() -> None:
    text = "Hongkong Post will issue special stamps. Stamps may be ordered through HKT outlets."
    assert orgs(text) == [("Hongkong Post", None)]


# -- no rows for things and generic groups --------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The use of Artificial Intelligence (AI) in slope inspection is growing.",
        "The Forward Planning Programmes (FPPs) for the two districts were updated.",
        "Works at the Boundary Control Points (BCPs) will continue.",
        "The Air Quality Health Index (AQHI) may reach 8 this afternoon.",
        "Small and Medium Enterprises (SMEs) may apply for the subsidy.",
        "Owners' Corporations (OCs) of old buildings should arrange inspections.",
        "The Middle East Respiratory Syndrome (MERS) case was imported.",
        "The Government will improve Cross-boundary Public Services for residents.",
        "The Civil Service will adopt the new guidelines.",
        "The Department will review the case. The Bureau agreed.",
        "The patient is in the Intensive Care Unit of a public hospital.",
        "The Hong Kong Team won four medals at the regatta.",
        # an arts release: "supported by the Government" names no body
        "Programmes presented or supported by the Government attracted 5.8 million attendances.",
        # a post's portfolio in brackets, part of the title
        "The Assistant Director of Marine (Port Control Branch), Mr Lee Wai-man, said.",
    ],
)
def test_things_and_generic_groups_are_not_organisations(text: str) -> None:
    assert orgs(text) == []


def test_service_with_a_proper_name_is_an_organisation() -> None:
    assert classify("Government Flying Service") == "ORG"
    assert classify("Public Services") is None


def test_board_of_a_statutory_body_names_the_body() -> None:
    text = (
        "The Secretary for Education has re-appointed Mr Chan Tai-man as a member of the Board of "
        "the Hong Kong Examinations and Assessment Authority."
    )
    assert names(text) == ["Hong Kong Examinations and Assessment Authority"]


def test_comma_listed_department_with_acronym() -> None:
    text = "The Agriculture, Fisheries and Conservation Department (AFCD) released 200 fish fry."
    assert orgs(text) == [("Agriculture, Fisheries and Conservation Department", "AFCD")]


def test_ways_of_writing_hong_kong_in_a_name_are_one_row() -> None:
    text = (
        "The HKSAR Government welcomed the Outline Zoning Plan. The Hong Kong SAR Government will "
        "consult the Macao SAR Government on the cross-boundary bridge."
    )
    assert names(text) == ["Hong Kong SAR Government", "Macao SAR Government"]


def test_committee_on_a_fund_is_an_organisation() -> None:
    text = "The Advisory Committee on Recycling Fund endorsed 800 applications."
    assert names(text) == ["Advisory Committee on Recycling Fund"]


def test_secretariat_written_both_ways_is_one_row() -> None:
    text = (
        "The Secretariat of the Recycling Fund received 1 200 applications. The Recycling Fund "
        "Secretariat has vetted 900 of them."
    )
    assert names(text) == ["Secretariat of the Recycling Fund"]


def test_sports_body_of_hong_kong_china() -> None:
    text = (
        "The Rowing Association of Hong Kong, China and the Sports Federation and Olympic "
        "Committee of Hong Kong, China congratulated the team."
    )
    assert names(text) == [
        "Rowing Association of Hong Kong, China",
        "Sports Federation and Olympic Committee of Hong Kong, China",
    ]


def test_a_medical_centre_is_a_hospital_among_hospitals() -> None:
    text = (
        "Patients were admitted to Kwong Wah Hospital, Ruttonjee Medical Centre and Tseung Kwan O Hospital."
    )
    assert names(text) == ["Kwong Wah Hospital", "Ruttonjee Medical Centre", "Tseung Kwan O Hospital"]


def test_a_monitoring_centre_is_a_body_a_visitor_centre_a_venue() -> None:
    # a regional air-quality release (a kind the corpus lacks)
    text = (
        "The network is jointly operated by the Hong Kong Observatory and the Guangdong Provincial "
        "Environmental Monitoring Centre. Visitors toured the Wetland Park Visitor Centre."
    )
    assert names(text) == ["Hong Kong Observatory", "Guangdong Provincial Environmental Monitoring Centre"]


def test_a_waiting_list_defined_with_an_acronym_is_no_body() -> None:
    # a LegCo reply on care places (a kind the corpus lacks)
    text = (
        "There were 30 100 applicants on the Central Waiting List for Subsidised Long Term Care "
        "Services (CWL), the Social Welfare Department (SWD) said."
    )
    assert orgs(text) == [("Social Welfare Department", "SWD")]


def test_a_short_form_of_the_first_words_of_a_long_name() -> None:
    text = (
        "The Joint Task Force on Unauthorised Building Works and Illegal Structures (JT) was set up by the "
        "Lands Department. Please give a breakdown by District Council district."
    )
    assert orgs(text) == [
        ("Joint Task Force on Unauthorised Building Works and Illegal Structures", "JT"),
        ("Lands Department", None),
    ]


def test_units_of_disciplined_services_and_bodies_named_for_a_list() -> None:
    text = (
        "The case was handled by the Airport Command, assisted by the Anti-Scam "
        "Coordination Centre (ASCC). The Committee on Culture, Heritage and Tourism met today, "
        "and researchers from the Karolinska Institutet joined them."
    )
    assert orgs(text) == [
        ("Airport Command", None),
        ("Anti-Scam Coordination Centre", "ASCC"),
        ("Committee on Culture, Heritage and Tourism", None),
        ("Karolinska Institutet", None),
    ]
    # a piracy-enforcement speech: a centre named for its investigations is a unit of the service
    text = "In 2016, the department set up the Online Fraud Investigation Centre (OFIC) to combat scams."
    assert orgs(text) == [("Online Fraud Investigation Centre", "OFIC")]


def test_schools_are_bodies_housing_courts_and_awards_are_not() -> None:
    text = (
        "The winners included Shek Lei Catholic Primary School and Harbourside Property Management "
        "Limited. Flats at Kai Lung Court and Ming Tak Court were offered. The Hong Kong Awards for "
        "Industries (HKAI) were presented, and the case was heard at the High Court."
    )
    assert names(text) == [
        "Shek Lei Catholic Primary School",
        "Harbourside Property Management Limited",
        "High Court",
    ]


def test_professional_institutions_and_department_names_without_on() -> None:
    text = (
        "She is a Fellow of the Hong Kong Institution of Surveyors. Patients may check the waiting "
        "time of each A&E Department on the HA app. The Games were organised by the Leisure and "
        "Cultural Services Department (LCSD). The Director of Leisure and Cultural Services thanked "
        "the volunteers."
    )
    assert orgs(text) == [
        ("Hong Kong Institution of Surveyors", None),
        ("Leisure and Cultural Services Department", "LCSD"),
    ]


def test_qualifications_and_airports_defined_with_acronyms_are_not_bodies() -> None:
    text = (
        "Some 48 000 candidates sat the Hong Kong Diploma of Secondary Education (HKDSE). Flights at "
        "Hong Kong International Airport (HKIA) resumed, the Airport Authority Hong Kong (AAHK) said."
    )
    assert orgs(text) == [("Airport Authority Hong Kong", "AAHK")]


def test_a_centre_for_a_group_is_a_body_and_a_scheme_with_a_place_is_not() -> None:
    text = (
        "Enquiries can be made to the TID's Support and Consultation Centre for SMEs (SUCCESS). The "
        "Quality Migrant Admission Scheme for Hong Kong Talents (QMASHK) received 900 applications."
    )
    assert orgs(text) == [("Support and Consultation Centre for SMEs", "SUCCESS")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word of the name in brackets is its short form
        (
            "Hong Kong Science Park Holdings Company Limited (Park) announced its results. The Park "
            "admitted 120 companies.",
            [("Hong Kong Science Park Holdings Company Limited", "Park")],
        ),
        # a university's council names the university
        ("The Council of Pearl River University approved the plan.", [("Pearl River University", None)]),
        ("Hong Kong Public Libraries recorded 11 million loans.", [("Hong Kong Public Libraries", None)]),
    ],
)
def test_short_forms_in_brackets_councils_and_libraries(text: str, expected: list) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Chairman of the Finnish Chamber of Commerce in Hong Kong, Mr Mikko Laine, spoke.",
            "Finnish Chamber of Commerce in Hong Kong",
        ),
        (
            "He met officials of the Industry, Information and Technology Bureau of Wuhan Municipality.",
            "Industry, Information and Technology Bureau of Wuhan Municipality",
        ),
    ],
)
def test_chambers_in_a_place_and_listed_words_before_a_body_of_a_place(text: str, expected: str) -> None:
    assert expected in names(text)


def test_an_acronym_and_another_body_are_two_and_an_award_is_none() -> None:
    text = (
        "The Kowloon Bay University of Science (KBUS) opened the lab, set up by KBUS and Lantau "
        "University. The Award for Best Community Group goes to the Tai O Heritage Society."
    )
    assert sorted(names(text)) == [
        "Kowloon Bay University of Science",
        "Lantau University",
        "Tai O Heritage Society",
    ]


def test_a_company_named_in_another_language_and_a_collective() -> None:
    found = names(
        "The Madrid-based dance company Compañía de la Luna will perform on three evenings. The "
        "festival also features 14 musicians from the Harbour Sound Collective."
    )
    assert "Compañía de la Luna" in found
    assert "Harbour Sound Collective" in found


def test_courts_owners_corporations_acronyms_with_and_and_owned_committees() -> None:
    found = names(
        "The case will be mentioned at the Fanling Magistracy. A member of the Incorporated Owners "
        "of Kam Fung Court was arrested. The Chairman of the HA's Subsidised Housing Committee "
        "spoke. The Hong Kong Housing Authority (HA) met today."
    )
    assert "Fanling Magistracy" in found
    assert "Incorporated Owners of Kam Fung Court" in found
    assert "Subsidised Housing Committee" in found
    assert "HA's Subsidised Housing Committee" not in found
    assert ("Hong Kong Sports Federation & Games Committee", "HKSF&GC") in orgs(
        "The Hong Kong Sports Federation & Games Committee (HKSF&GC) thanked the volunteers."
    )


def test_a_short_form_in_mixed_case_is_defined_like_an_acronym() -> None:
    text = (
        "The Panel on Housing of the Legislative Council (LegCo) discussed the report. Members of "
        "the Executive Council (ExCo) were briefed."
    )
    assert ("Legislative Council", "LegCo") in orgs(text)
    assert ("Executive Council", "ExCo") in orgs(text)


def test_an_acronym_after_x_of_the_y_defines_y_and_x_is_a_body_of_its_own() -> None:
    text = (
        "The Social Welfare Department commissioned the Centre for Ageing Research of the Lion "
        "Rock University (LRU) to review the scheme."
    )
    assert orgs(text) == [
        ("Social Welfare Department", None),
        ("Centre for Ageing Research", None),
        ("Lion Rock University", "LRU"),
    ]


def test_mtr_standing_alone_as_a_subject_is_the_corporation_and_one_row_with_it() -> None:
    assert orgs("On railways, the MTR will extend the Tung Chung Line by 2029.") == [("MTR", None)]
    assert orgs("Residents may walk from the MTR station or travel by MTR to the venue.") == []
    text = (
        "The MTR Corporation Limited opened the new depot. The MTR will run 12 more trains, and the "
        "MTR Corporation said the works had finished early."
    )
    assert orgs(text) == [("MTR Corporation Limited", None)]


def test_guilds_and_partners_firms_are_bodies_services_offered_are_not() -> None:
    text = (
        "Ms Rhea Banerjee, managing partner of Solway Harbour Partners, and the chairman of the "
        "Lantau Fishermen's Guild met the Labour Department. Job seekers may also browse vacancies "
        "through the Interactive Employment Service, and the Government Flying Service flew 20 "
        "missions."
    )
    assert names(text) == [
        "Solway Harbour Partners",
        "Lantau Fishermen's Guild",
        "Labour Department",
        "Government Flying Service",
    ]


def test_speech_salutations_name_the_body_not_the_post() -> None:
    text = (
        "Mr Ho (Supervisor of Shek Lei Memorial College, Mr Ho Wing-kei), Professor Tse (Dean of "
        "Humanities of the Hong Kong Baptist Institute, Professor Tse Ka-ming), Chairman (Dr Iris "
        "Poon), teachers and students,"
    )
    assert names(text) == ["Shek Lei Memorial College", "Hong Kong Baptist Institute"]
    people = [(p.name, p.title) for p in extract_entities(text).people]
    assert people == [
        ("Ho Wing-kei", "Supervisor of Shek Lei Memorial College"),
        ("Tse Ka-ming", "Dean of Humanities of the Hong Kong Baptist Institute"),
        ("Iris Poon", "Chairman"),
    ]


def test_a_body_named_for_a_subject_keeps_an_in_inside_it() -> None:
    # an elderly-services appointments notice: "in" inside the subject a body is named for, not a
    # place or a month after it
    text = (
        "Dr Chan chaired the Working Group on Ageing in Place, and the Committee on Poverty in March "
        "met the Council on Teaching in Schools. The Committee on Research in Hong Kong also met."
    )
    assert names(text) == [
        "Working Group on Ageing in Place",
        "Committee on Poverty",
        "Council on Teaching in Schools",
        "Committee on Research",
    ]


def test_the_committee_of_an_award_is_a_body() -> None:
    # a science-award ceremony speech: the steering committee of an award, named whole, is a body
    # (the award alone is not)
    text = (
        "I thank the Hong Kong Awards for Young Scientists Steering Committee and the Green School "
        "Award Judging Panel. The Hong Kong Awards for Young Scientists were presented today."
    )
    assert names(text) == [
        "Hong Kong Awards for Young Scientists Steering Committee",
        "Green School Award Judging Panel",
    ]


def test_a_body_s_board_named_by_its_acronym_is_the_body() -> None:
    # an appointments notice: "the HA Board" is the Hospital Authority's own board, no body apart
    text = "The Hospital Authority (HA) announced that the HA Board will have 27 members from April 1."
    assert orgs(text) == [("Hospital Authority", "HA")]


def test_a_graded_rank_with_its_branch_is_a_post_not_a_body() -> None:
    # an excise prosecution notice: "Senior Superintendent of Customs (...)" is the officer's rank
    text = (
        "The Senior Superintendent of Customs (Revenue and General Investigation), Mr Lau Chi-wai, "
        "said the department seized 1.2 million cigarettes."
    )
    assert names(text) == []
    people = [(p.name, p.title) for p in extract_entities(text).people]
    assert people == [("Lau Chi-wai", "Senior Superintendent of Customs (Revenue and General Investigation)")]


def test_company_names_ending_in_a_trade_and_a_bureau_with_the_inside() -> None:
    text = (
        "Among the partners are Marlow Quay Therapeutics, a developer of gene therapies, and "
        "Lingnan Robotics. In consultation with the Financial Services and the Treasury Bureau, "
        "my reply is as follows."
    )
    assert names(text) == [
        "Marlow Quay Therapeutics",
        "Lingnan Robotics",
        "Financial Services and the Treasury Bureau",
    ]
    assert extract_entities(text).people == []


def test_companies_registered_abroad_and_bodies_named_by_their_members() -> None:
    # a trade mission release (a kind the corpus lacks): Malaysian and German company forms
    text = (
        "The delegation met Kenanga Jaya Holdings Berhad, Tasik Hijau Shipping Sdn Bhd and Nordhafen "
        "Logistik GmbH. The Silver Harbour Fellowship and Lam Tsang Conservation Architects joined "
        "the visit."
    )
    assert names(text) == [
        "Kenanga Jaya Holdings Berhad",
        "Tasik Hijau Shipping Sdn Bhd",
        "Nordhafen Logistik GmbH",
        "Silver Harbour Fellowship",
        "Lam Tsang Conservation Architects",
    ]


def test_a_body_named_only_in_a_persons_title_is_an_organisation() -> None:
    # a forum release (a kind the corpus lacks): the bank appears only in the speaker's title
    text = (
        "Speakers included the Head of Research of Tai Ping Savings Bank Lorraine Ho Ka-yan, who "
        "discussed interest rates. The Director of Health, Dr Lam Wing-ki, also spoke."
    )
    found = extract_entities(text)
    assert [(o.name, o.first.method) for o in found.organisations] == [("Tai Ping Savings Bank", "title")]
    span = found.organisations[0].first
    assert text[span.start : span.end] == "Tai Ping Savings Bank"
    assert [(p.name, p.organisation) for p in found.people] == [
        ("Lorraine Ho Ka-yan", "Tai Ping Savings Bank"),
        ("Lam Wing-ki", None),
    ]


def test_a_department_named_with_its_place_is_not_merged_into_its_bureau() -> None:
    # "Hong Kong Customs" is the department; its "Customs Drug Investigation Bureau" is a unit.
    text = (
        "Hong Kong Customs seizes suspected heroin at airport\n\n"
        "     Hong Kong Customs seized about 8kg of suspected heroin yesterday (May 3). The case has "
        "been handed over to the Customs Drug Investigation Bureau for follow-up.\n"
    )
    names = [name for name, _ in orgs(text)]
    assert "Hong Kong Customs" in names and "Customs Drug Investigation Bureau" in names


def test_a_body_known_by_one_word_joined_to_another_by_and_is_split() -> None:
    text = "Police and Customs mount joint operation\n\n     Police and Customs mounted a joint operation.\n"
    assert [name for name, _ in orgs(text)] == ["Police"]


def test_a_body_named_before_a_role_and_a_hospital_cluster_are_organisations() -> None:
    text = (
        "Anti-mosquito campaign\n\n     The campaign was launched with Wong Tai Sin District Council "
        "Vice-chairman Chan Wai-lok. The Kowloon Central Cluster reported 12 admissions.\n"
    )
    names = [name for name, _ in orgs(text)]
    assert "Wong Tai Sin District Council" in names and "Kowloon Central Cluster" in names


@pytest.mark.parametrize(
    "text",
    [
        "The Secretary for Development has appointed five members to the Appeal Tribunal Panel "
        "(Buildings) (the Panel) for two years.",
        "Appointments to Appeal Tribunal Panel (Buildings)",
    ],
)
def test_a_bracketed_qualifier_ends_a_statutory_body_s_name(text: str) -> None:
    # appointment notices (a kind the corpus lacks)
    assert names(text) == ["Appeal Tribunal Panel (Buildings)"]


def test_a_short_form_in_brackets_is_not_a_qualifier() -> None:
    text = "The Hong Kong Cyberport Management Company Limited (Cyberport) said."
    assert orgs(text) == [("Hong Kong Cyberport Management Company Limited", "Cyberport")]


# Round 16 (issue 11): a committee named for what it prevents, an organisation said to be one in
# apposition, and a body consulted "on the Government's plan" (health and welfare releases).
def test_a_committee_named_for_an_action_keeps_the_action() -> None:
    text = "The guidelines were issued by the Prevention of Heat Stroke Committee in May."
    assert names(text) == ["Prevention of Heat Stroke Committee"]
    assert "Appointment of Chairman of Elderly Commission" not in names(
        "Appointment of Chairman of Elderly Commission announced"
    )


def test_a_name_said_to_be_an_organisation_in_apposition_is_one() -> None:
    text = (
        "The SWD will review the pilot with the Kowloon East Carers Network, a non-governmental organisation."
    )
    assert names(text) == ["Kowloon East Carers Network"]
    assert names("The Harbour Night Walk, a company-sponsored event, starts at 8pm.") == []


def test_the_government_consulted_on_is_not_part_of_a_body() -> None:
    text = "The bureau will consult the Women's Commission on the Government's plan to extend the scheme."
    assert names(text) == ["Women's Commission"]
    assert names("The Advisory Council on the Environment met today.") == [
        "Advisory Council on the Environment"
    ]


def test_a_role_s_office_and_bodies_joined_by_and() -> None:
    # a trade-mission release and a policy-unit notice (kinds the corpus lacks)
    text = (
        "The delegation signed agreements with the Federation of Omani Chambers and Muscat "
        "Chambers. Staff of the Financial Secretary's Office coordinated the visit."
    )
    assert names(text) == [
        "Federation of Omani Chambers",
        "Muscat Chambers",
        "Financial Secretary's Office",
    ]


def test_a_department_of_a_hospital_or_a_command_of_customs_is_a_second_body() -> None:
    # a hospital incident and a works-funding notice (kinds the corpus lacks)
    text = (
        "The patient was transferred to the Department of Orthopaedics of Tuen Mun Valley Hospital. "
        "He was treated at the Accident and Emergency Department of Lantau North Hospital. "
        "The works were approved by the Public Works Subcommittee of the Legislative Council."
    )
    assert names(text) == [
        "Department of Orthopaedics",
        "Tuen Mun Valley Hospital",
        "Accident and Emergency Department",
        "Lantau North Hospital",
        "Public Works Subcommittee of the Legislative Council",
    ]
    assert names("Officers of the Airport Command of Customs intercepted the parcel.") == ["Airport Command"]


def test_a_commission_of_a_bureau_and_a_programme_of_a_department() -> None:
    # a tourism speech and a youth-employment reply: the commission and the bureau are two bodies;
    # a programme is no body, the department that runs it is
    assert names(
        "He thanked the Tourism Commission of the Commerce and Economic Development Bureau and trainees "
        "of the Youth Employment and Training Programme of the Labour Department."
    ) == ["Tourism Commission", "Commerce and Economic Development Bureau", "Labour Department"]


def test_a_traffic_centre_of_a_department_is_a_body() -> None:
    # a port release: the Marine Department's Vessel Traffic Centre handles movements; a visitor
    # centre is a venue
    assert "Vessel Traffic Centre" in names(
        "In 2007, the MD's Vessel Traffic Centre handled 421 000 vessel movements."
    )
    assert "Wetland Park Visitor Centre" not in names("Visitors to the Wetland Park Visitor Centre rose.")


def test_a_unit_of_a_department_named_by_its_mixed_case_acronym() -> None:
    # a lands release: "the Special Duties Unit of LandsD" is the unit; LandsD is the department
    assert names(
        "The Lands Department (LandsD) handled 52 cases. The Special Duties Unit of LandsD processed them."
    ) == ["Lands Department", "Special Duties Unit"]


def test_a_body_named_for_someone_or_its_work_at_a_sentence_start() -> None:
    # a hospital release and a labour release: "The" opening the sentence is no part of the test
    # that keeps "Prince of Wales Hospital" and "Protection of Wages ... Board" whole
    assert names("The Prince of Wales Hospital admitted 12 patients.") == ["Prince of Wales Hospital"]
    assert names(
        "The Protection of Wages on Insolvency Fund Board approved payments to 11 450 employees."
    ) == ["Protection of Wages on Insolvency Fund Board"]
    assert names("The Members of the Legislative Council visited the site.") == ["Legislative Council"]


def test_to_inside_a_body_name_after_relating_or_cruelty() -> None:
    # a railway-panel release and an animal-welfare release; "to" elsewhere still ends a name
    assert names("The Legislative Council Subcommittee on Matters Relating to Railways met today.") == [
        "Legislative Council Subcommittee on Matters Relating to Railways"
    ]
    assert names("Officers worked with the Society for the Prevention of Cruelty to Animals.") == [
        "Society for the Prevention of Cruelty to Animals"
    ]
    assert names("The Trade Development Council led a delegation to Tokyo.") == ["Trade Development Council"]


def test_a_known_charity_whose_head_names_no_kind_of_body() -> None:
    # a welfare speech: "the Community Chest of Hong Kong" is a body though "Chest" is no head word
    assert names("I am grateful to the Community Chest of Hong Kong, which gave $1.5 million.") == [
        "Community Chest of Hong Kong"
    ]


def test_a_company_with_co_ltd() -> None:
    # a Greater Bay Area visit: "Co., Ltd." ends a Mainland company's name
    assert names(
        "He visited Shenzhen Lingyun Robotics Company Limited and Pengcheng Biochip Technology Co., Ltd., "
        "which employ 2 300 staff."
    ) == ["Shenzhen Lingyun Robotics Company Limited", "Pengcheng Biochip Technology Co., Ltd"]


def test_a_consortium_is_a_body() -> None:
    # a fisheries release: "the Hong Kong Fishermen Consortium"
    got = orgs("The Chairman of the Hong Kong Aquaculture Consortium, Mr Chan Tai-wing, met officials.")
    assert ("Hong Kong Aquaculture Consortium", None) in got


def test_research_and_design_centres_are_bodies() -> None:
    # a technology release: a centre named for research and development, or design, is a body
    got = names(
        "Cyberport signed agreements with the Hong Kong Generative AI Research and Development Center "
        "(HKGAI), the Automotive Platforms and Application Systems R&D Centre and the Hong Kong "
        "Design Centre."
    )
    assert got == [
        "Cyberport",
        "Hong Kong Generative AI Research and Development Center",
        "Automotive Platforms and Application Systems R&D Centre",
        "Hong Kong Design Centre",
    ]


def test_a_unit_after_its_body_written_by_its_head_word() -> None:
    # a consumer release: "the Council's Research and Testing Division" is the division; the
    # possessive of a body named by its head word is no part of the name (not "Women's Commission")
    got = names(
        "The Council’s Research and Testing Division tested 65 products, and the Women's Commission "
        "welcomed the results."
    )
    assert got == ["Research and Testing Division", "Women's Commission"]


def test_an_office_of_a_roles_office() -> None:
    # an economic-report release: the office, and the office of the role it sits in
    got = names(
        "The Office of the Government Economist of the Financial Secretary's Office prepared the report."
    )
    assert got == ["Office of the Government Economist", "Financial Secretary's Office"]


def test_a_country_defined_with_its_acronym_is_no_organisation() -> None:
    # a trade mission to the Gulf
    text = (
        "The delegation visited the United Arab Emirates (UAE) and the Kingdom of Saudi Arabia "
        "(KSA), where it met the Abu Dhabi Chamber of Commerce and Industry (ADCCI)."
    )
    assert orgs(text) == [("Abu Dhabi Chamber of Commerce and Industry", "ADCCI")]


def test_a_legco_questions_topic_of_a_body_named_in_full_is_no_second_body() -> None:
    text = (
        "LCQ8: Work of Office for Film and Creative Industries\n\n"
        "The Office for Film and Creative Industries (OFCI) was set up in 2024 to support the trade."
    )
    assert orgs(text) == [("Office for Film and Creative Industries", "OFCI")]


def test_bodies_named_in_a_speechs_salutation() -> None:
    # a job-fair speech: each body's name runs into the next person's honorific
    text = (
        "Chairman of the Employers' Federation of Hong Kong Mr Siu Ka-ming, President of the Hong "
        "Kong General Chamber of Commerce Dr Chan Wai-lun, distinguished guests, ladies and gentlemen,"
    )
    assert names(text) == ["Employers' Federation of Hong Kong", "Hong Kong General Chamber of Commerce"]


def test_a_body_named_alone_and_inside_a_longer_name_is_two_bodies() -> None:
    # a medical-internship release: two universities, one name the tail of the other; and the IMF,
    # whose head word names money elsewhere
    text = (
        "Internships are offered to graduates of the University of Hong Kong and the Chinese "
        "University of Hong Kong. The International Monetary Fund (IMF) expects growth of 3%."
    )
    assert orgs(text) == [
        ("University of Hong Kong", None),
        ("Chinese University of Hong Kong", None),
        ("International Monetary Fund", "IMF"),
    ]


def test_a_branch_headquarters_is_a_body_and_police_headquarters_a_building() -> None:
    # a road-safety operation
    text = "Officers of Traffic Branch Headquarters set up a roadblock near Police Headquarters."
    assert "Traffic Branch Headquarters" in names(text)
    assert "Police Headquarters" not in names(text)


def test_a_professional_body_named_of_its_members_is_one_name() -> None:
    # an appeal-panel appointment: "Architects" heads a firm's name, but after "Institute of" it
    # is the institute's members
    text = "Two new members were nominated by the Hong Kong Institute of Architects this year."
    assert names(text) == ["Hong Kong Institute of Architects"]


def test_a_committee_named_by_its_task_alone_is_no_body() -> None:
    # a film-festival speech and a harbourfront-works notice (kinds the corpus lacks): the
    # committee of an event or a project is a title's, not a named organisation
    text = (
        "Mr Ho (Mr Ho Ka-lok, Chairman of the Organising Committee), distinguished guests, welcome. "
        "The plan was endorsed by the Steering Committee."
    )
    assert names(text) == []
    # named with what it steers, it is a body
    assert names("The Steering Committee on Population Policy met.") == [
        "Steering Committee on Population Policy"
    ]


def test_a_one_word_body_inside_a_post_or_a_longer_name_is_no_mention_of_it() -> None:
    # a youth-programme speech and a road-safety notice (kinds the corpus lacks)
    text = (
        "I would like to thank the Commissioner of Police, Mr Lam Chi-keung, and all members of "
        "the Junior Police Call Youth Leaders Corps for their support."
    )
    assert ("Police", None) not in orgs(text)
    text = "The Police arrested 12 persons in the operation, the Police said today."
    assert ("Police", None) in orgs(text)


def test_an_archive_is_a_body() -> None:
    # a film-programme notice (a kind the corpus lacks)
    text = "The Hong Kong Film Archive will screen 30 restored classics from June 2 to 28."
    assert orgs(text) == [("Hong Kong Film Archive", None)]


def test_a_unit_named_for_the_assistance_it_gives() -> None:
    # an outbound-travel alert (a kind the corpus lacks)
    text = (
        "The Assistance to Hong Kong Residents Unit of the Immigration Department has received "
        "12 requests for assistance."
    )
    assert orgs(text) == [("Assistance to Hong Kong Residents Unit", None), ("Immigration Department", None)]


def test_a_committee_named_for_an_event_is_a_body() -> None:
    # a festival-appointments notice (a kind the corpus lacks)
    text = "The Government appointed members to the Organising Committee for the Hong Kong Cultural Festival."
    assert orgs(text) == [("Organising Committee for the Hong Kong Cultural Festival", None)]


def test_a_zoning_class_in_brackets_is_no_body() -> None:
    # a town-planning decision (a kind the corpus lacks)
    text = 'The Board agreed to rezone the site to "Residential (Group B)" for housing.'
    assert orgs(text) == []


def test_the_first_word_of_a_department_named_after_organised_by_is_no_body() -> None:
    # a school farm-visit notice (a kind the corpus lacks)
    text = (
        "Mr Wong (Director of Agriculture, Fisheries and Conservation, Mr Wong Chi-keung), ladies and "
        "gentlemen,\n\nOver 9 000 students joined farm visits organised by the Agriculture, Fisheries "
        "and Conservation Department this year."
    )
    assert orgs(text) == [("Agriculture, Fisheries and Conservation Department", None)]


def test_a_committee_of_an_edition_named_by_its_ordinal_is_a_body() -> None:
    # a sports-games closing notice (a kind the corpus lacks)
    text = "The Organising Committee of the 5th Hong Kong Youth Games thanked some 2 000 volunteers."
    assert orgs(text) == [("Organising Committee of the 5th Hong Kong Youth Games", None)]


def test_a_field_of_study_is_no_body() -> None:
    # an appointment notice's biography (a kind the corpus lacks)
    text = (
        "Mr Lam holds a Master's degree in Public Administration from the University of Hong Kong "
        "(HKU) and a Bachelor of Social Sciences from the Lingnan University."
    )
    assert orgs(text) == [("University of Hong Kong", "HKU"), ("Lingnan University", None)]
    # (a degree whose name opens with its level: "holds a Master of Business Administration degree")
    text = "Ms Ho holds a Master of Business Administration degree from the Lingnan University."
    assert orgs(text) == [("Lingnan University", None)]
    # (who gives a certificate is a body)
    text = "The trainees received a certificate of the Construction Industry Council."
    assert orgs(text) == [("Construction Industry Council", None)]


def test_a_committee_of_a_fund_defined_by_an_acronym_is_named_whole() -> None:
    # a funding-round result (a kind the corpus lacks): the acronym names the fund, no body
    text = (
        "The Vetting Committee of the Environment and Conservation Fund (ECF) has approved 41 "
        "projects in this round."
    )
    assert orgs(text) == [("Vetting Committee of the Environment and Conservation Fund", None)]


def test_a_centre_spelt_center_is_a_body() -> None:
    # an earthquake notice quoting a Mainland agency, in its own spelling
    got = orgs(
        "According to the China Earthquake Networks Center (CENC), the earthquake occurred at a depth "
        "of 10 kilometres."
    )
    assert ("China Earthquake Networks Center", "CENC") in got


def test_the_judiciary_is_a_body() -> None:
    # a court-listing notice (a kind the corpus lacks): the courts' own body, named by one word
    got = orgs(
        "The Judiciary announced today (May 3) that the hearings of 1 240 cases adjourned last month "
        "would be re-listed, a spokesman for the Judiciary said."
    )
    assert got == [("Judiciary", None)]
    # not the Macao police body whose name opens with the word
    assert ("Judiciary", None) not in orgs("Officers met the Judiciary Police of Macao yesterday.")


def test_a_registry_or_service_of_an_authority_or_department_is_a_body_of_its_own() -> None:
    # a health release (a kind the corpus lacks): the unit, and the body it is part of
    text = (
        "Figures from the Hong Kong Cancer Registry of the Hospital Authority show a fall. The "
        "Tuberculosis and Chest Service of the Department of Health screened 5 000 persons, and the "
        "Finance Committee of the Legislative Council approved the funding."
    )
    assert set(names(text)) == {
        "Hong Kong Cancer Registry",
        "Hospital Authority",
        "Tuberculosis and Chest Service",
        "Department of Health",
        "Finance Committee of the Legislative Council",  # a committee of LegCo stays one name
    }


def test_a_body_named_for_a_list_of_subjects_of_two_words_keeps_the_whole_list() -> None:
    # a LegCo reply on sports venues: the panel is named for three subjects, the first of two words
    got = orgs(
        "The Culture, Sports and Tourism Bureau briefed the Legislative Council Panel on Home "
        "Affairs, Culture and Sports on the proposal in March, and the Panel on Environmental "
        "Affairs on the noise assessment in May."
    )
    assert ("Legislative Council Panel on Home Affairs, Culture and Sports", None) in got
    assert "Legislative Council Panel on Home Affairs" not in [n for n, _ in got]
    assert ("Panel on Environmental Affairs", None) in got


def test_a_body_defined_in_the_possessive_is_named_without_it() -> None:
    # an Airport Authority opening speech: "the X's (ACR) campus" defines the body X
    got = orgs(
        "The new concourse is the latest addition to the Airport Authority Hong Kong’s (AAHK) "
        "facilities, and the Hong Kong Productivity Council's (HKPC) engineers helped design it."
    )
    assert ("Airport Authority Hong Kong", "AAHK") in got
    assert ("Hong Kong Productivity Council", "HKPC") in got


def test_a_centre_named_for_the_service_it_gives_is_a_body() -> None:
    # an immigration removal notice and a careers release: centres that are bodies, not venues
    text = (
        "Some 240 persons were held at the Castle Peak Bay Immigration Centre (CIC) pending removal. "
        "The Kwun Tong Youth Career Centre will hold a talk. The Hong Kong Cultural Centre hosted a concert."
    )
    assert orgs(text) == [
        ("Castle Peak Bay Immigration Centre", "CIC"),
        ("Kwun Tong Youth Career Centre", None),
    ]


def test_a_company_short_name_in_words_after_limited_is_its_acronym() -> None:
    # a gas safety release and a building works notice: the short name in brackets is an alias,
    # not a qualifier of the name
    got = orgs(
        "The Hong Kong and China Gas Company Limited (Towngas) will inspect 12 000 flats. Towngas "
        "staff carry identity cards. The works were done by Kam Fat Engineering Company Limited "
        "(Kam Fat)."
    )
    assert ("Hong Kong and China Gas Company Limited", "Towngas") in got
    assert ("Kam Fat Engineering Company Limited", "Kam Fat") in got
    assert not any("(" in name for name, _ in got)
