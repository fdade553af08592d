"""Whole releases of the kinds the hidden set holds (health, customs, buildings, environment,
statistics, culture and sport, appointments, LegCo replies, speeches, InvestHK, OASES), written
for these tests in the Government's style, with the facts the labelling rules of the corpus
README expect: one metric per sentence per number, its qualifier, unit and as_of (at the
precision the release states it)."""

from __future__ import annotations

import pytest

from pipelines.evaluation.scoring import unit_key
from pipelines.process import document_row, entity_rows, metric_rows, section_rows, temporal_rows

NBSP5 = "\u00a0" * 5
FOOTER = "Ends/Wednesday, December 6, 2023"
TODAY = "2023-12-06"
Fact = tuple[float, str, str, str]  # value, qualifier, unit, as_of (YYYY, YYYY-MM or YYYY-MM-DD)


def release(title: str, *paragraphs: str) -> str:
    return f"{title}\n\n" + "".join(f"{NBSP5}{p}\n" for p in paragraphs) + f"\n{FOOTER}\n"


def extract(text: str) -> list[tuple[float, str, str, str]]:
    """(value, qualifier, unit, as_of at day precision) of every fact of a release."""
    doc = document_row("t", "t.txt", text.encode(), max_bytes=1 << 20)
    _, sentences = section_rows(doc)
    mentions, _, orgs = entity_rows(doc, sentences)
    temporal = temporal_rows(doc, sentences)
    rows = metric_rows(doc, sentences, mentions, orgs, temporal)
    return [(r["value"], r["qualifier"], r["unit"], f"{r['as_of']:%Y-%m-%d}" if r["as_of"] else "")
            for r in rows]  # fmt: skip


def score(got: list[tuple[float, str, str, str]], expected: list[Fact]) -> tuple[int, int]:
    """(facts right, facts found that are not expected), matched one to one as the scorer does:
    value, qualifier, unit (the scorer's unit classes: patients = persons), and as_of at the
    expected precision."""
    left = list(got)
    right = 0
    for value, qualifier, unit, as_of in expected:
        for g in left:
            same_unit = unit_key(g[2]) == unit_key(unit)
            if abs(g[0] - value) < 1e-6 and g[1] == qualifier and same_unit and g[3].startswith(as_of):
                left.remove(g)
                right += 1
                break
    return right, len(left)


RELEASES: dict[str, tuple[str, list[Fact]]] = {
    "health_food_poisoning": (
        release(
            "CHP investigates suspected food poisoning cluster",
            "The Centre for Health Protection (CHP) of the Department of Health is today (December 6) "
            "investigating a suspected food poisoning cluster affecting 11 persons.",
            "The cluster involves seven males and four females aged 23 to 61, who developed abdominal "
            "pain, vomiting and diarrhoea about two to six hours after having dinner at a restaurant. "
            "Among them, six sought medical consultation and none required hospitalisation.",
        ),
        [
            (11, "exact", "persons", TODAY),
            (7, "exact", "persons", TODAY),
            (4, "exact", "persons", TODAY),
            (6, "exact", "persons", TODAY),
        ],
    ),
    "health_case_report": (
        release(
            "CHP investigates two cases of Legionnaires' disease",
            "The Centre for Health Protection (CHP) of the Department of Health today (December 6) "
            "recorded two cases of Legionnaires' disease. The patients, a 72-year-old man and a "
            "58-year-old woman, were admitted to public hospitals last week.",
            "As of today, 108 cases have been recorded this year. Of these cases, 80 involved males.",
        ),
        # the title's "two cases" and the body's: one entry per sentence that states the number
        [
            (2, "exact", "cases", TODAY),
            (2, "exact", "cases", TODAY),
            (108, "exact", "cases", "2023"),
            (80, "exact", "cases", "2023"),
        ],
    ),
    "health_hospital_statistics": (
        release(
            "Public hospitals' service statistics",
            "The Hospital Authority said today that public hospitals recorded 5 980 attendances at "
            "Accident and Emergency Departments yesterday (December 5). A total of 1 235 patients were "
            "admitted to medical wards, and the occupancy rate of medical wards stood at 108 per cent.",
        ),
        [
            (5980, "exact", "attendances", "2023-12-05"),
            (1235, "exact", "persons", "2023-12-05"),
            (108, "exact", "percent", "2023-12-05"),
        ],
    ),
    "customs_drugs": (
        release(
            "Hong Kong Customs seizes suspected cocaine at airport",
            "Hong Kong Customs yesterday (December 5) seized about 30 kilograms of suspected cocaine "
            "with an estimated market value of about $31 million at Hong Kong International Airport.",
            "Under the Dangerous Drugs Ordinance, trafficking in a dangerous drug is a serious offence. "
            "The maximum penalty upon conviction is a fine of $5 million and life imprisonment.",
        ),
        [
            (30, "approx", "kg", "2023-12-05"),
            (31e6, "approx", "HKD", "2023-12-05"),
            (5e6, "at_most", "HKD", TODAY),
        ],
    ),
    "customs_cigarettes": (
        release(
            "Customs seizes suspected illicit cigarettes",
            "Hong Kong Customs last Friday (December 1) detected a suspected illicit cigarette "
            "smuggling case in Kwai Chung and seized about 2.4 million suspected illicit cigarettes "
            "with an estimated market value of about $9.1 million and a duty potential of about "
            "$6.2 million. Two men, aged 32 and 45, were arrested.",
            "One of the arrested men was sentenced to six months' imprisonment and fined $5,000 at "
            "the Kwun Tong Magistrates' Courts yesterday.",
        ),
        [
            (2.4e6, "approx", "cigarettes", "2023-12-01"),
            (9.1e6, "approx", "HKD", "2023-12-01"),
            (6.2e6, "approx", "HKD", "2023-12-01"),
            (2, "exact", "persons", "2023-12-01"),
            (5000, "exact", "HKD", "2023-12-05"),
        ],
    ),
    "buildings_orders": (
        release(
            "Enforcement against unauthorised building works",
            "In the first nine months of 2023, the Buildings Department (BD) issued 1 820 removal "
            "orders for unauthorised building works and instituted 310 prosecutions. The BD also "
            "inspected 4 500 buildings under the Mandatory Building Inspection Scheme.",
            "The BD will continue to take enforcement action against about 600 buildings next year.",
        ),
        [
            (1820, "exact", "orders", "2023"),
            (310, "exact", "prosecutions", "2023"),
            (4500, "exact", "buildings", "2023"),
            (600, "approx", "buildings", "2024"),
        ],
    ),
    "buildings_operation": (
        release(
            "BD conducts large-scale operation on subdivided units",
            "The Buildings Department today (December 6) conducted a large-scale operation in Sham "
            "Shui Po, inspecting 28 buildings and issuing 45 statutory orders.",
            "Since the launch of the operation in 2022, more than 600 subdivided units have been "
            "inspected. The owners of 12 buildings were prosecuted last year.",
        ),
        [
            (28, "exact", "buildings", TODAY),
            (45, "exact", "orders", TODAY),
            (600, "more_than", "units", TODAY),
            (12, "exact", "buildings", "2022"),
        ],
    ),
    "environment_recycling": (
        release(
            "Community recycling network collects more recyclables",
            "The Environmental Protection Department (EPD) said today (December 6) that the "
            "community recycling network collected about 2 400 tonnes of recyclables in November, up "
            "15 per cent compared with October. The network now has more than 180 collection points.",
        ),
        [
            (2400, "approx", "tonnes", "2023-11"),
            (15, "exact", "percent", "2023-11"),
            (180, "more_than", "collection points", TODAY),
        ],
    ),
    "environment_prosecution": (
        release(
            "Company fined for contravening Air Pollution Control Ordinance",
            "A construction company was fined $18,000 at the Fanling Magistrates' Courts today "
            "(December 6) for contravening the Air Pollution Control Ordinance. The company was "
            "convicted of two offences.",
            "Under the Ordinance, first-time offenders are liable to a maximum fine of $200,000 and "
            "imprisonment for six months.",
        ),
        [(18000, "exact", "HKD", TODAY), (2, "exact", "offences", TODAY), (200000, "at_most", "HKD", TODAY)],
    ),
    "statistics_unemployment": (
        release(
            "Unemployment and underemployment statistics for August - October 2023",
            "The seasonally adjusted unemployment rate was 2.9% in August - October 2023, the same as "
            "that in July - September 2023. The underemployment rate decreased from 1.1% in July - "
            "September 2023 to 1.0% in August - October 2023.",
            "Total employment increased by around 10 100 from 3 681 000 in July - September 2023 to "
            "3 691 100 in August - October 2023.",
        ),
        [
            (2.9, "exact", "percent", "2023"),
            (1.1, "exact", "percent", "2023"),
            (1.0, "exact", "percent", "2023"),
            (10100, "approx", "persons", "2023"),
            (3681000, "exact", "persons", "2023"),
            (3691100, "exact", "persons", "2023"),
        ],
    ),
    "statistics_cpi_retail": (
        release(
            "Consumer Price Index and retail sales for October 2023",
            "Overall consumer prices rose by 2.6% in October 2023 over the same month a year "
            "earlier, larger than the corresponding increase (2.0%) in September 2023.",
            "The value of total retail sales in October 2023, provisionally estimated at $34.0 "
            "billion, increased by 5.6% compared with the same month in 2022.",
        ),
        [
            (2.6, "exact", "percent", "2023-10"),
            (2.0, "exact", "percent", "2023-09"),
            (34e9, "exact", "HKD", "2023-10"),
            (5.6, "exact", "percent", "2023-10"),
        ],
    ),
    "statistics_visitors_trade": (
        release(
            "Visitor arrivals and external trade",
            "Visitor arrivals reached 3.8 million in November 2023, up 12% year-on-year. Of these, "
            "2.9 million came from the Mainland.",
            "The value of Hong Kong's total exports of goods rose by 3.5% in October 2023 to $388.0 billion.",
        ),
        [
            (3.8e6, "exact", "arrivals", "2023-11"),
            (12, "exact", "percent", "2023-11"),
            (2.9e6, "exact", "arrivals", "2023-11"),
            (3.5, "exact", "percent", "2023-10"),
            (388e9, "exact", "HKD", "2023-10"),
        ],
    ),
    "culture_museums": (
        release(
            "Museums record higher attendance",
            "Last year, the museums of the Leisure and Cultural Services Department recorded about "
            "4.5 million visits. The Hong Kong Palace Museum alone received over 1.3 million "
            "visitors.",
            "This year, 25 thematic exhibitions have been staged so far.",
        ),
        [
            (4.5e6, "approx", "visits", "2022"),
            (1.3e6, "more_than", "persons", "2022"),
            (25, "exact", "exhibitions", "2023"),
        ],
    ),
    "sport_medals": (
        release(
            "Hong Kong athletes win medals at Asian Games",
            "The Hong Kong, China Delegation won a total of 52 medals at the 19th Asian Games, "
            "including eight gold, 16 silver and 28 bronze medals.",
            "More than 70 000 runners will take part in the Hong Kong Marathon on January 21 next year.",
        ),
        [
            (52, "exact", "medals", TODAY),
            (8, "exact", "medals", TODAY),
            (16, "exact", "medals", TODAY),
            (28, "exact", "medals", TODAY),
            (70000, "more_than", "runners", "2024-01-21"),
        ],
    ),
    "appointments": (
        release(
            "Appointments to Advisory Committee on Recreation",
            "The Government today (December 6) announced the appointment of eight new members and the "
            "reappointment of 11 incumbent members to the Advisory Committee on Recreation for a term "
            "of two years from January 1, 2024.",
            "The committee comprises 20 members.",
        ),
        [(8, "exact", "members", TODAY), (11, "exact", "members", TODAY), (20, "exact", "members", TODAY)],
    ),
    "legco_inspections": (
        release(
            "LCQ5: Inspections of workplaces",
            "Following is a question by the Hon Chan Siu-ming and a written reply by the Secretary "
            "for Labour and Welfare, Mr Chris Sun, in the Legislative Council today (December 6):",
            "From 2021 to 2023, the Labour Department conducted 40 500, 41 200 and 42 800 inspections "
            "respectively.",
            "As at end-September 2023, there were 2 365 licensed employment agencies. The figures "
            "for 2020, 2021 and 2022 are 120, 135 and 150 respectively.",
        ),
        [
            (40500, "exact", "inspections", "2021"),
            (41200, "exact", "inspections", "2022"),
            (42800, "exact", "inspections", "2023"),
            (2365, "exact", "agencies", "2023-09"),
            (120, "exact", "agencies", "2020"),
            (135, "exact", "agencies", "2021"),
            (150, "exact", "agencies", "2022"),
        ],
    ),
    "legco_complaints": (
        release(
            "LCQ12: Complaints about noise",
            "The numbers of complaints received by the Environmental Protection Department in 2021, "
            "2022 and 2023 were 1 250, 1 420 and 1 180 respectively. The Department currently has "
            "about 90 inspectors.",
        ),
        [
            (1250, "exact", "complaints", "2021"),
            (1420, "exact", "complaints", "2022"),
            (1180, "exact", "complaints", "2023"),
            (90, "approx", "inspectors", TODAY),
        ],
    ),
    "speech": (
        release(
            "Speech by FS at business forum",
            "Ladies and gentlemen, last year, Hong Kong welcomed some 34 million visitors. Today, the "
            "Greater Bay Area is home to over 86 million people.",
            "We will build 30 000 public housing units in the coming five years.",
        ),
        [
            (34e6, "approx", "persons", "2022"),
            (86e6, "more_than", "persons", TODAY),
            (30000, "exact", "units", TODAY),
        ],
    ),
    "investhk_results": (
        release(
            "InvestHK announces annual results",
            "Invest Hong Kong (InvestHK) today (December 6) announced that it assisted 382 companies "
            "from the Mainland and overseas to set up or expand in Hong Kong in 2022. These companies "
            "created 4 500 jobs and invested $55 billion.",
        ),
        [
            (382, "exact", "enterprises", "2022"),
            (4500, "exact", "jobs", "2022"),
            (55e9, "exact", "HKD", "2022"),
        ],
    ),
    "oases": (
        release(
            "OASES welcomes new batch of strategic enterprises",
            "As at end-November, the Office for Attracting Strategic Enterprises (OASES) has attracted "
            "over 50 strategic enterprises, which will invest about $40 billion in Hong Kong and "
            "create more than 13 000 jobs.",
        ),
        [
            (50, "more_than", "enterprises", "2023-11"),
            (40e9, "approx", "HKD", "2023-11"),
            (13000, "more_than", "jobs", "2023-11"),
        ],
    ),
}

RELEASES2: dict[str, tuple[str, list[Fact]]] = {
    "health_influenza": (
        release(
            "CHP closely monitors influenza activity",
            "The Centre for Health Protection (CHP) of the Department of Health said today (December 6) "
            "that local influenza activity has continued to increase this week. The CHP recorded 15 "
            "institutional outbreaks of influenza-like illness this week, compared with nine in the "
            "previous week.",
            "Since January 1 this year, 356 adult cases of severe influenza have been recorded, including "
            "189 deaths.",
        ),
        [
            (15, "exact", "outbreaks", TODAY),
            (9, "exact", "outbreaks", "2023"),
            (356, "exact", "cases", TODAY),
            (189, "exact", "deaths", TODAY),
        ],
    ),
    "health_hospital_patient": (
        release(
            "Update on patient with suspected medical incident",
            "The spokesperson for Queen Mary Hospital made the following announcement today "
            "(December 6) regarding a 67-year-old male patient. The patient was admitted on November "
            "28 and underwent surgery lasting four hours.",
            "The hospital has reported the incident to the Hospital Authority Head Office through the "
            "Advance Incident Reporting System. In the past 12 months, the hospital performed about "
            "3 500 operations of this kind.",
        ),
        [(3500, "approx", "operations", TODAY)],
    ),
    "customs_bust": (
        release(
            "Customs detects smuggling case involving suspected endangered species",
            "Hong Kong Customs on December 3 detected a suspected smuggling case at the Lok Ma Chau "
            "Control Point and seized about 120 kilogrammes of suspected dried shark fins and 15 live "
            "turtles with a total estimated market value of about HK$1.2 million.",
            "A 41-year-old female driver was arrested. Smuggling is a serious offence. Under the "
            "Import and Export Ordinance, any person found guilty of importing or exporting "
            "unmanifested cargo is liable to a maximum fine of $2 million and imprisonment for seven "
            "years.",
        ),
        [
            (120, "approx", "kg", "2023-12-03"),
            (15, "exact", "turtles", "2023-12-03"),
            (1.2e6, "approx", "HKD", "2023-12-03"),
            (2e6, "at_most", "HKD", TODAY),
        ],
    ),
    "customs_sentence": (
        release(
            "Man jailed for smuggling",
            "A man was sentenced to 14 months' imprisonment at the West Kowloon Magistrates' Courts "
            "today (December 6) for smuggling 8.5 kilograms of ketamine. Another man was fined "
            "$12,000 and ordered to perform 120 hours of community service.",
        ),
        [(8.5, "exact", "kg", TODAY), (12000, "exact", "HKD", TODAY)],
    ),
    "buildings_signboards": (
        release(
            "Removal of abandoned signboards",
            "The Buildings Department (BD) removed 1 030 abandoned or dangerous signboards in the "
            "first 11 months of this year. In 2022, the BD removed 1 216 such signboards and issued "
            "2 045 removal orders.",
            "The BD currently processes about 300 reports of dangerous signboards each month.",
        ),
        [
            (1030, "exact", "signboards", "2023"),
            (1216, "exact", "signboards", "2022"),
            (2045, "exact", "orders", "2022"),
            (300, "approx", "reports", TODAY),
        ],
    ),
    "buildings_mbis": (
        release(
            "Mandatory Building Inspection Scheme",
            "Since the implementation of the Mandatory Building Inspection Scheme in June 2012, the "
            "BD has served statutory notices on owners of about 9 900 buildings. Of these buildings, "
            "about 7 300 have completed the inspections.",
            "The Government has set aside $1.5 billion to assist needy owners.",
        ),
        [
            (9900, "approx", "buildings", TODAY),
            (7300, "approx", "buildings", TODAY),
            (1.5e9, "exact", "HKD", TODAY),
        ],
    ),
    "environment_air": (
        release(
            "Air quality in November",
            "The Environmental Protection Department (EPD) announced today (December 6) that the "
            "number of hours of very high health risk recorded at general stations was 12 in "
            "November. The average concentration of fine suspended particulates was 18 micrograms "
            "per cubic metre, down 10 per cent compared with the same month last year.",
        ),
        [
            (12, "exact", "hours", "2023-11"),
            (18, "exact", "micrograms per cubic metre", "2023-11"),
            (10, "exact", "percent", "2023-11"),
        ],
    ),
    "environment_waste": (
        release(
            "Food waste collection",
            "In the 2022-23 financial year, the Government collected some 43 800 tonnes of food waste "
            "from 1 100 collection points. The daily average quantity of food waste recycled was "
            "about 120 tonnes.",
            "The EPD will install 300 more smart recycling bins in public rental housing estates by "
            "the end of next year.",
        ),
        [
            (43800, "approx", "tonnes", "2022"),
            (1100, "exact", "collection points", "2022"),
            (120, "approx", "tonnes", "2022"),
            (300, "exact", "bins", "2024"),
        ],
    ),
    "statistics_trade": (
        release(
            "External merchandise trade statistics for October 2023",
            "The value of total exports of goods increased by 3.5% over a year earlier to $393.8 "
            "billion in October 2023. Concurrently, the value of imports of goods increased by 1.4% "
            "to $419.2 billion. A visible trade deficit of $25.4 billion was recorded.",
        ),
        [
            (3.5, "exact", "percent", "2023-10"),
            (393.8e9, "exact", "HKD", "2023-10"),
            (1.4, "exact", "percent", "2023-10"),
            (419.2e9, "exact", "HKD", "2023-10"),
            (25.4e9, "exact", "HKD", "2023-10"),
        ],
    ),
    "statistics_population": (
        release(
            "Mid-year population for 2023",
            "The provisional figure of the Hong Kong resident population was 7 498 100 at mid-2023, "
            "representing an increase of 0.9% over the figure of 7 346 100 at mid-2022. There was a "
            "net inflow of 174 800 Hong Kong residents during the period.",
        ),
        [
            (7498100, "exact", "persons", "2023"),
            (0.9, "exact", "percent", "2023"),
            (7346100, "exact", "persons", "2022"),
            (174800, "exact", "persons", "2023"),
        ],
    ),
    "culture_festival": (
        release(
            "Hong Kong Arts Festival attracts audiences",
            "The 10-day festival, which ended on Sunday (December 3), featured 45 performances and "
            "attracted over 32 000 audience members. About 85 per cent of the tickets were sold.",
        ),
        [
            (45, "exact", "performances", "2023-12-03"),
            (32000, "more_than", "members", "2023-12-03"),
            (85, "approx", "percent", "2023-12-03"),
        ],
    ),
    "sport_games": (
        release(
            "Hong Kong athletes at National Games",
            "A delegation of 380 athletes will represent Hong Kong at the 15th National Games in "
            "2025. At the last National Games, Hong Kong athletes won seven gold medals, six silver "
            "medals and 14 bronze medals.",
        ),
        [
            (380, "exact", "athletes", "2025"),
            (7, "exact", "medals", TODAY),
            (6, "exact", "medals", TODAY),
            (14, "exact", "medals", TODAY),
        ],
    ),
    "appointments_board": (
        release(
            "Appointments to Construction Industry Council",
            "The Secretary for Development has appointed three new members and reappointed nine "
            "members to the Construction Industry Council. The appointments will take effect on "
            "January 1, 2024, for two years.",
        ),
        [(3, "exact", "members", TODAY), (9, "exact", "members", TODAY)],
    ),
    "legco_present_tense": (
        release(
            "LCQ8: Elderly services",
            "In 2022-23, the Social Welfare Department (SWD) provided 1 200 day care places for the "
            "elderly. The SWD subvents 90 district elderly community centres.",
            "As at September 30, 2023, there were 5 180 elderly persons waiting for subsidised day "
            "care services, and the average waiting time was 11 months.",
        ),
        [
            (1200, "exact", "places", "2022"),
            (90, "exact", "centres", TODAY),
            (5180, "exact", "persons", "2023-09-30"),
        ],
    ),
    "legco_table_prose": (
        release(
            "LCQ15: Water seepage complaints",
            "The numbers of water seepage complaints received by the Joint Office in the past three "
            "years are as follows: 2020: 28 500; 2021: 30 100; 2022: 31 400.",
            "The Joint Office employs 140 staff members.",
        ),
        [
            (28500, "exact", "complaints", "2020"),
            (30100, "exact", "complaints", "2021"),
            (31400, "exact", "complaints", "2022"),
            (140, "exact", "persons", TODAY),  # staff members are staff
        ],
    ),
    "speech_budget": (
        release(
            "Speech by SFST",
            "Last year, the funds raised through initial public offerings in Hong Kong amounted to "
            "over $100 billion. This year, we have received about 100 listing applications.",
            "We expect to attract 20 more family offices in the coming year.",
        ),
        [
            (100e9, "more_than", "HKD", "2022"),
            (100, "approx", "applications", "2023"),
            (20, "exact", "family offices", TODAY),
        ],
    ),
    "investhk_quarter": (
        release(
            "InvestHK helps record number of companies",
            "Invest Hong Kong (InvestHK) assisted a record 382 companies in 2022, an increase of "
            "8 per cent over 2021. The Mainland remained the top source market with 112 companies, "
            "followed by the US (36) and the UK (30).",
        ),
        [
            (382, "exact", "enterprises", "2022"),
            (8, "exact", "percent", "2022"),
            (112, "exact", "enterprises", "2022"),
            (36, "exact", "enterprises", "2022"),
            (30, "exact", "enterprises", "2022"),
        ],
    ),
    "oases_batch": (
        release(
            "OASES announces third batch of partners",
            "The Office for Attracting Strategic Enterprises (OASES) today (December 6) announced "
            "that 18 strategic enterprises have become its partners. Together with the first two "
            "batches, the OASES has attracted some 68 strategic enterprises, which will invest about "
            "$50 billion and create about 20 000 jobs.",
        ),
        [
            (18, "exact", "enterprises", TODAY),
            (68, "approx", "enterprises", TODAY),
            (50e9, "approx", "HKD", TODAY),
            (20000, "approx", "jobs", TODAY),
        ],
    ),
}
RELEASES.update(RELEASES2)
RELEASES3: dict[str, tuple[str, list[Fact]]] = {
    "health_vaccination": (
        release(
            "Seasonal influenza vaccination",
            "As of December 3, about 1.68 million doses of seasonal influenza vaccine had been "
            "administered, 7 per cent higher than the same period last year. The vaccination rate "
            "among elderly persons aged 65 or above was 44.5 per cent.",
        ),
        [
            (1.68e6, "approx", "doses", "2023-12-03"),
            (7, "exact", "percent", "2023-12-03"),
            (44.5, "exact", "percent", "2023-12-03"),
        ],
    ),
    "customs_ivory": (
        release(
            "Customs seizes suspected ivory tusks",
            "Hong Kong Customs seized about 25 kg of suspected ivory tusks and 3 000 sq m of "
            "counterfeit fabric at the Kwai Chung Customhouse last week. The goods had a total "
            "estimated market value of about RMB 2 million.",
            "Two men aged between 30 and 52 were arrested this morning.",
        ),
        [
            (25, "approx", "kg", "2023"),
            (3000, "exact", "square metres", "2023"),  # "sq m" spelt out
            (2e6, "approx", "CNY", "2023"),
            (2, "exact", "persons", TODAY),
        ],
    ),
    "buildings_lifts": (
        release(
            "Lift modernisation subsidy scheme",
            "The Electrical and Mechanical Services Department said today that over 6 900 lifts in "
            "about 1 350 buildings have benefited from the Lift Modernisation Subsidy Scheme, which "
            "provides a subsidy of up to 60 per cent of the works cost, capped at $550,000 per lift.",
        ),
        [
            (6900, "more_than", "lifts", TODAY),
            (1350, "approx", "buildings", TODAY),
            (60, "at_most", "percent", TODAY),
            (550000, "at_most", "HKD", TODAY),
        ],
    ),
    "environment_country_parks": (
        release(
            "Tree planting in country parks",
            "The Agriculture, Fisheries and Conservation Department planted about 210 000 seedlings "
            "covering 85 hectares of country park land in 2022. Some 4 500 volunteers took part in "
            "the planting activities.",
        ),
        [
            (210000, "approx", "seedlings", "2022"),
            (85, "exact", "hectares", "2022"),
            (4500, "approx", "volunteers", "2022"),
        ],
    ),
    "statistics_retail_q": (
        release(
            "Provisional statistics of restaurant receipts",
            "The value of total receipts of the restaurants sector in the third quarter of 2023 was "
            "provisionally estimated at $31.2 billion, an increase of 9.6% over a year earlier. After "
            "netting out the effect of price changes, the volume increased by 5.5%.",
        ),
        [
            (31.2e9, "exact", "HKD", "2023"),
            (9.6, "exact", "percent", "2023"),
            (5.5, "exact", "percent", "2023"),
        ],
    ),
    "culture_library": (
        release(
            "Hong Kong Book Fair",
            "The Hong Kong Book Fair, held from July 19 to 25, attracted about 1 million visitors. "
            "A total of 630 exhibitors from 31 countries and regions took part.",
        ),
        [
            (1e6, "approx", "persons", "2023-07"),
            (630, "exact", "exhibitors", "2023-07"),
            (31, "exact", "countries and regions", "2023-07"),
        ],
    ),
    "appointment_single": (
        release(
            "Appointment of Chairman of Hospital Authority",
            "The Chief Executive has appointed Mr Henry Fan as the Chairman of the Hospital "
            "Authority for two years from December 1. Mr Fan, aged 75, has served on the Authority "
            "for 12 years.",
        ),
        [],
    ),
    "speech_innovation": (
        release(
            "Speech by SITI",
            "Over the past five years, the number of start-ups in Hong Kong has grown by 40 per cent "
            "to more than 4 200. These start-ups employ some 16 000 people.",
        ),
        [
            (40, "exact", "percent", TODAY),
            (4200, "more_than", "enterprises", TODAY),
            (16000, "approx", "persons", TODAY),
        ],
    ),
}
RELEASES.update(RELEASES3)

# Round 10: a consular reception speech, a job fair, a flat allocation reply.
RELEASES4: dict[str, tuple[str, list[Fact]]] = {
    "reception_speech_standing_state": (
        release(
            "Speech by CS at National Day reception of Consulate General of Thailand",
            "Last year, our two-way trade reached $80 billion. About 120 Thai companies have offices "
            "in Hong Kong, and some 40 of them run their regional headquarters in the city.",
        ),
        [
            (80e9, "exact", "HKD", "2022"),
            (120, "approx", "enterprises", TODAY),
            (40, "approx", "enterprises", TODAY),
        ],
    ),
    "job_fair_rate_above": (
        release(
            "Job fair for young people",
            "The Labour Department organised a job fair today. The placement rate of its youth "
            "programme stayed above 85 per cent for the third year.",
        ),
        [(85, "more_than", "percent", TODAY)],
    ),
    "flat_allocation_to_recipients": (
        release(
            "LCQ3: Allocation of public rental flats",
            "In 2022-23, the HD allocated 12 300 flats, including 9 800 to Waiting List applicants "
            "and 1 150 to clearance households.",
        ),
        [
            (12300, "exact", "flats", "2022"),
            (9800, "exact", "flats", "2022"),
            (1150, "exact", "flats", "2022"),
        ],
    ),
    "safety_statistics_rate_base": (
        release(
            "Occupational safety statistics for 2022",
            "In 2022, the accident rate per 1 000 workers in the catering sector was 18.2, against "
            "19.5 in 2021. Total employment in the sector was about 210 000.",
        ),
        [
            (18.2, "exact", "per 1000 workers", "2022"),
            (19.5, "exact", "per 1000 workers", "2021"),
            (210000, "approx", "persons", "2022"),
        ],
    ),
    "offices_abroad_number_of_its": (
        release(
            "Trade office opens in Riyadh",
            "The office in Riyadh opened today, bringing the number of its overseas and Mainland "
            "offices to 15.",
        ),
        [(15, "exact", "offices", TODAY)],
    ),
    "results_future_of_the_passage_companies": (
        release(
            "Start-up centre reports results for 2022",
            "In 2022, the centre admitted 85 start-ups to its incubation programme. These start-ups "
            "are expected to create about 400 jobs in their first two years.",
            "The centre will open a second site next year with 120 desks.",
        ),
        [
            (85, "exact", "enterprises", "2022"),
            (400, "approx", "jobs", "2022"),
            (120, "exact", "desks", "2024"),  # a target: its year
        ],
    ),
    "standing_rules_after_a_past_year": (
        release(
            "Water theft prosecutions in 2022",
            "In 2022, the Water Supplies Department instigated 41 prosecutions for water theft. The "
            "department reminded the public that the maximum penalty for stealing water is a fine of "
            "$25,000. Each reported case may receive a reward of up to $2,000.",
        ),
        [
            (41, "exact", "prosecutions", "2022"),
            (25000, "at_most", "HKD", TODAY),
            (2000, "at_most", "HKD", TODAY),
        ],
    ),
    "quarterly_results_compared_with_a_year_before": (
        release(
            "Water quality results for second quarter of 2023",
            "The WSD tested 5 200 samples in the second quarter of 2023, of which 99.9 per cent met "
            "the standards. The rate was 99.8 per cent in the second quarter of last year.",
            "Of the 5 200 samples, 3 100 were taken from consumers' taps.",
        ),
        [
            (5200, "exact", "samples", "2023"),
            (99.9, "exact", "percent", "2023"),
            (99.8, "exact", "percent", "2022"),
            (5200, "exact", "samples", "2023"),
            (3100, "exact", "samples", "2023"),
        ],
    ),
}
RELEASES.update(RELEASES4)


@pytest.mark.parametrize("kind", sorted(RELEASES))
def test_release_kind(kind: str) -> None:
    text, expected = RELEASES[kind]
    got = extract(text)
    assert score(got, expected) == (len(expected), 0), got


def totals() -> tuple[int, int, int]:
    """(facts expected, facts right, facts found not expected) over every release here."""
    expected = right = extra = 0
    for text, facts in RELEASES.values():
        r, x = score(extract(text), facts)
        expected, right, extra = expected + len(facts), right + r, extra + x
    return expected, right, extra
