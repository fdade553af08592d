"""Tables of figures, as a LegCo reply sets them out below a caption: each row on its own line,
cells separated by tabs (a web page's table copied as text). Each figure cell is one fact, with the
measure and scale of its column header and the period of its row or column."""

from __future__ import annotations

from pipelines.extract.clean import aligned_cells, clean_text, table_cells
from pipelines.extract.layout import parse_layout
from pipelines.extract.table_rows import flat_tables
from pipelines.extract.tables import read_table
from pipelines.process import document_row, entity_rows, metric_rows, section_rows, temporal_rows
from tests.test_release_kinds import FOOTER, NBSP5

TAB = "\t"


def test_a_table_row_keeps_one_tab_between_cells() -> None:
    assert table_cells("2021-22 \t 1,000\t\u00a09,214") == ["2021-22", "1,000", "9,214"]
    table = "Year\tVisits (million)\n2019\t30.2\n"
    assert clean_text(NBSP5 + table).text == table


def test_a_stray_tab_in_prose_is_a_space() -> None:
    prose = (
        "The Department conducted 1 200 inspections\tin the year, and the figure is the highest since "
        "records began in 1998."
    )
    assert table_cells(prose) is None
    assert clean_text(prose).text == prose.replace(TAB, " ")
    assert table_cells("Total\t") is None  # one cell is no row


def test_table_rows_are_sections_of_their_own() -> None:
    text = "Title\n\nThe figures are set out below:\nYear\tCases\n2022\t15\nEnds/Wednesday, December 6, 2023"
    kinds = [s.kind for s in parse_layout(text).sections]
    assert kinds == ["title", "body", "table", "table", "footer"]


def _rows(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def test_periods_down_the_first_column() -> None:
    text = (
        "Financial year\tLicences issued\tFees received ($ million)\n"
        "2022-23\t1,204\t15.6\n2023-24\t1,317\t17.1"
    )
    cells = read_table(text, _rows(text))
    assert [text[c.start : c.end] for c in cells] == ["1,204", "15.6", "1,317", "17.1"]
    assert cells[0].statement == "In 2022-23, 1,204 licences issued."
    assert cells[1].statement == "In 2022-23, the fees received was $15.6 million."
    assert {c.row for c in cells} == {1, 2}


def test_periods_across_the_header_take_the_measure_from_the_caption() -> None:
    text = "District\t2022\t2023\nSha Tin\t87\t92\nTotal\t301\t322"
    caption = "The numbers of complaints about water seepage received in the past two years are as follows:"
    cells = read_table(text, _rows(text), caption)
    assert [c.statement for c in cells[:2]] == [
        "In 2022, 87 complaints about water seepage received.",
        "In 2023, 92 complaints about water seepage received.",
    ]
    assert [c.label for c in cells] == ["Sha Tin", "Sha Tin", None, None]  # a total is no category


def test_a_row_naming_its_measure() -> None:
    text = "Item\t2023\t2024\nNumber of inspections\t4 512\t4 870"
    cells = read_table(text, _rows(text), "The relevant figures are tabulated below:")
    assert [c.statement for c in cells] == ["In 2023, 4 512 inspections.", "In 2024, 4 870 inspections."]
    assert all(c.label is None for c in cells)


def test_headers_and_empty_cells_are_not_figures() -> None:
    text = "Year\tArrests\tProsecutions\n2022\t-\t41\n2023\tN/A\t57*"
    cells = read_table(text, _rows(text))
    assert [text[c.start : c.end] for c in cells] == ["41", "57"]


def _facts(*body: str) -> list[tuple[float, str, str, str, str]]:
    lines = "".join(f"{NBSP5}{p}\n" if TAB not in p else f"{p}\n" for p in body)
    text = "LCQ: Licensing of food premises\n\n" + lines
    doc = document_row("t", "t.txt", (text + f"\n{FOOTER}\n").encode(), max_bytes=1 << 20)
    _, sentences = section_rows(doc)
    mentions, _, orgs = entity_rows(doc, sentences)
    rows = metric_rows(doc, sentences, mentions, orgs, temporal_rows(doc, sentences))
    for r in rows:
        assert str(doc["text"])[r["char_start"] : r["char_end"]] == r["quantity"]
    return [(r["value"], r["unit"], f"{r['as_of']:%Y-%m}", r["sentence"], r["metric"]) for r in rows]


def test_a_legco_reply_with_two_tables() -> None:
    facts = _facts(
        "Following is a question by the Hon Chan Ka-wai and a written reply by the Secretary for "
        "Environment and Ecology, Mr Tse Chin-wan, in the Legislative Council today (December 6):",
        "(1) The numbers of licences issued and the fees received in the past two financial years are "
        "set out below:",
        "Financial year\tLicences issued\tFees received ($ million)",
        "2022-23\t1,204\t15.6",
        "2023-24 (as at end-October 2023)\t1,317\t17.1",
        "(2) The numbers of prosecutions instituted against unlicensed food premises are as follows:",
        "District\t2021\t2022",
        "Yuen Long\t36\t41",
        "The Department will continue to step up enforcement.",
    )
    got = [(v, u, d) for v, u, d, _, _ in facts]
    assert got == [
        (1204.0, "licences", "2022-01"),
        (15_600_000.0, "HKD", "2022-01"),
        (1317.0, "licences", "2023-10"),
        (17_100_000.0, "HKD", "2023-10"),
        (36.0, "prosecutions", "2021-01"),
        (41.0, "prosecutions", "2022-01"),
    ]
    assert facts[0][3] == "2022-23\t1,204\t15.6"  # the row is the sentence
    assert facts[0][4] == facts[2][4] and facts[1][4] == facts[3][4]  # one name a column
    assert facts[4][4] == facts[5][4]


# A scraper that saved the page's text lost the tabs: each row is a line of single-spaced cells.
FLAT = (
    "(1) The numbers of fire calls and special service calls in the past three years are as follows:",
    "Year Fire calls Special service calls Expenditure on equipment ($ million)",
    "2021 33 140 1 012 56.4",
    "2022 30 982 987 61.0",
    "2023 31 205 1 106 58.3",
)


def test_a_table_that_lost_its_tabs_parts_into_cells() -> None:
    found = flat_tables([*FLAT, "(2) The Department will keep its response times under review."])
    assert sorted(found) == [1, 2, 3, 4]
    header = [FLAT[1][a:b] for a, b in found[1]]
    assert header == ["Year", "Fire calls", "Special service calls", "Expenditure on equipment ($ million)"]
    assert [FLAT[2][a:b] for a, b in found[2]] == ["2021", "33 140", "1 012", "56.4"]
    assert [FLAT[3][a:b] for a, b in found[3]] == ["2022", "30 982", "987", "61.0"]


def test_digit_groups_part_into_figures_of_equal_length_when_ambiguous() -> None:
    caption, header = "The figures are as follows:", "Region 2021 2022"
    rows = ["Kowloon West 412 530 398 214", "Kowloon East 256 940 249 306"]
    found = flat_tables([caption, header, *rows])
    assert [rows[0][a:b] for a, b in found[2]] == ["Kowloon West", "412 530", "398 214"]
    # a row that parts no way into two figures ends the table
    assert flat_tables([caption, header, rows[0], "Total 1 2 3 4"]) == {}


def test_prose_after_a_colon_is_no_table() -> None:
    lines = [
        "The Secretary said:",
        "The Government will build 30 000 public housing flats.",
        "It will also add 2 000 transitional housing units in 2026.",
        "Thank you.",
    ]
    assert flat_tables(lines) == {}


def test_a_scraped_legco_reply_with_a_table_that_lost_its_tabs() -> None:
    text = (
        "LCQ12: Fire services\n\n"
        "    Following is a question by the Hon Wong Kam-ho and a written reply by the Secretary for "
        "Security, Mr Tang Ping-keung, in the Legislative Council today (December 6):\n\n"
        + "\n\n".join(f"    {line}" for line in FLAT)
        + "\n\nEnds/Wednesday, December 6, 2023\n"
    )
    doc = document_row("t", "t.txt", text.encode(), max_bytes=1 << 20)
    _, sentences = section_rows(doc)
    mentions, _, orgs = entity_rows(doc, sentences)
    rows = metric_rows(doc, sentences, mentions, orgs, temporal_rows(doc, sentences))
    got = [(r["value"], r["unit"], f"{r['as_of']:%Y}") for r in rows]
    assert got[:3] == [(33140.0, "calls", "2021"), (1012.0, "calls", "2021"), (56_400_000.0, "HKD", "2021")]
    assert len(got) == 9 and got[-1] == (58_300_000.0, "HKD", "2023")
    assert rows[0]["sentence"] == "2021 33 140 1 012 56.4"


def test_a_list_of_reporting_dates_dates_each_figure_at_its_year_end() -> None:
    # a LegCo reply on licensed hawkers (a kind the corpus lacks): "End-2021:" labels a reporting
    # date, and the caption's measure stops before "at the end of each of ..."
    facts = _facts(
        "(1) The numbers of licensed hawkers at the end of each of the past three years were as follows:",
        "End-2021: 5 812",
        "End-2022: 5 694",
        "End-2023: 5 577",
    )
    assert [(v, u, d) for v, u, d, _, _ in facts] == [
        (5812.0, "hawkers", "2021-12"),
        (5694.0, "hawkers", "2022-12"),
        (5577.0, "hawkers", "2023-12"),
    ]


def test_a_table_whose_columns_are_aligned_by_spaces_and_name_kinds_of_the_caption() -> None:
    # a LegCo reply on kindergarten places (a kind the corpus lacks) saved by a scraper that kept
    # the columns aligned with runs of spaces: each column a kind of what the caption counts
    assert aligned_cells("School year    Half-day    Whole-day    Total") == [
        "School year", "Half-day", "Whole-day", "Total",
    ]  # fmt: skip
    assert aligned_cells("Appointments  to  the  Board") is None  # a title spaced out, no row
    assert clean_text("Kindergarten  Places  Statistics\n").text == "Kindergarten Places Statistics\n"
    facts = _facts(
        "(1) The numbers of kindergarten places in the past two school years are as follows:",
        "School year        Half-day      Whole-day      Total",
        "2022/23            62 180        104 410        166 590",
        "2023/24            60 040        106 925        166 965",
    )
    assert [(v, u, d) for v, u, d, _, _ in facts] == [
        (62180.0, "places", "2022-01"),
        (104410.0, "places", "2022-01"),
        (166590.0, "places", "2022-01"),
        (60040.0, "places", "2023-01"),
        (106925.0, "places", "2023-01"),
        (166965.0, "places", "2023-01"),
    ]
