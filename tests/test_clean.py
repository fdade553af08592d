"""clean_text: mojibake repair, invisible characters, odd spaces, line structure."""

from __future__ import annotations

import pytest

from pipelines.extract.clean import clean_text, normalise_line, repair_mac_mojibake
from tests.conftest import SEED

# A UTF-8 zero-width space read as Mac Central European: the seed's "‚Äč".
MAC_ZWSP = "\u200b".encode().decode("mac_latin2")


def test_mac_zwsp_sample_is_what_the_seed_contains() -> None:
    assert MAC_ZWSP == "\u201a\u00c4\u010d"
    assert MAC_ZWSP in SEED.read_text(encoding="utf-8")


def test_mac_mojibake_zero_width_space_is_repaired_and_removed() -> None:
    cleaned = clean_text(f"The Secretary{MAC_ZWSP} attended the ceremony.")
    assert cleaned.text == "The Secretary attended the ceremony."
    assert cleaned.n_repairs >= 1


def test_mac_mojibake_at_line_start_is_removed() -> None:
    raw = f"\u00a0\u00a0\u00a0\u00a0\u00a0{MAC_ZWSP}The Bureau announced the scheme today."
    assert clean_text(raw).text == "The Bureau announced the scheme today."


def test_repair_mac_mojibake_counts_repairs() -> None:
    fixed, count = repair_mac_mojibake(f"one{MAC_ZWSP} two{MAC_ZWSP} three")
    assert fixed == "one\u200b two\u200b three"
    assert count == 2


def test_seed_has_no_mojibake_or_invisible_characters_left() -> None:
    cleaned = clean_text(SEED.read_text(encoding="utf-8"))
    for bad in (MAC_ZWSP, "\u200b", "\u00a0", "\u00c4\u010d"):
        assert bad not in cleaned.text
    assert cleaned.n_repairs >= 1
    assert "the Office for Attracting Strategic Enterprises (OASES), Mr Philip Yung" in cleaned.text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("caf\u00c3\u00a9", "café"),
        ("\u00e2\u20ac\u0153quoted\u00e2\u20ac\x9d", "\u201cquoted\u201d"),
        ("The Bureau\u00e2\u20ac\u2122s plan", "The Bureau\u2019s plan"),
    ],
)
def test_cp1252_mojibake_is_repaired_by_ftfy(raw: str, expected: str) -> None:
    cleaned = clean_text(raw)
    assert cleaned.text == expected
    assert cleaned.n_repairs >= 1


def test_no_break_spaces_become_spaces_and_runs_collapse() -> None:
    raw = "The\u00a0Office\u00a0\u00a0\u00a0will   open\u2009on\u3000Monday."
    assert clean_text(raw).text == "The Office will open on Monday."


def test_lines_are_stripped() -> None:
    assert normalise_line("  \u00a0\u00a0 Some text. \u00a0 ") == "Some text."


@pytest.mark.parametrize(
    "text",
    [
        "香港特別行政區政府新聞公報",
        "The café served crème brûlée at the Zürich reception.",
        "Łódź and Kraków sent delegations.",
        "He said \u201cwelcome\u201d \u2014 and left \u2018early\u2019.",
        "The Mainland (內地) delegation arrived.",
    ],
)
def test_chinese_accented_text_and_typographic_punctuation_untouched(text: str) -> None:
    cleaned = clean_text(text)
    assert cleaned.text == text
    assert cleaned.n_repairs == 0


def test_line_structure_is_kept() -> None:
    raw = (
        "Title of the release (with photo)\r\n\r\n"
        "\u00a0\u00a0\u00a0\u00a0\u00a0First paragraph.\r\n"
        "\u00a0\u00a0\u00a0\u00a0\u00a0Second paragraph.\r\n\r\n"
        "Ends/Wednesday, December 6, 2023\r"
        "Issued at HKT 16:45"
    )
    cleaned = clean_text(raw)
    assert cleaned.text.split("\n") == [
        "Title of the release (with photo)",
        "",
        "First paragraph.",
        "Second paragraph.",
        "",
        "Ends/Wednesday, December 6, 2023",
        "Issued at HKT 16:45",
    ]


def test_zero_width_and_soft_hyphen_characters_dropped() -> None:
    cleaned = clean_text("Hong\u200b Kong\u00ad is\ufeff here\u200d.")
    assert cleaned.text == "Hong Kong is here."
    assert cleaned.n_repairs >= 3


def test_clean_text_is_idempotent_on_the_seed() -> None:
    once = clean_text(SEED.read_text(encoding="utf-8")).text
    twice = clean_text(once)
    assert twice.text == once
    assert twice.n_repairs == 0


def test_plain_ascii_is_unchanged() -> None:
    text = "The Government announced the results today.\n\nEnds/Monday, May 6, 2024"
    cleaned = clean_text(text)
    assert cleaned.text == text
    assert cleaned.n_repairs == 0


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("attracting about 8 000 buyersfrom 60 countries", "attracting about 8 000 buyers from 60 countries"),
        ("the number of casesand arrests", "the number of cases and arrests"),
        ("a rise in importsof food", "a rise in imports of food"),
        ("inspected thepremises twice", "inspected the premises twice"),
        ("between the Mainlandand the world", "between the Mainland and the world"),
        ("Mr Wongsaid the fair", "Mr Wong said the fair"),
        ("Postmaster General Ho Mei-kuensaid that", "Postmaster General Ho Mei-kuen said that"),
        ("two clustersinvolving 14 residents", "two clusters involving 14 residents"),
        ("most of themreturned home", "most of them returned home"),
        ("Mr Tsangstressed that the works", "Mr Tsang stressed that the works"),
        ("the Policeissued a warning", "the Police issued a warning"),
        # a function word or a verb glued to the capitalised word after it
        ("complaints referred to theDepartment of Health", "complaints referred to the Department of Health"),
        ("the teams visitedKowloon Park", "the teams visited Kowloon Park"),
        # two words in common use glued into no word (a tourism release: "visitorarrivals")
        ("Mainland visitorarrivals rose", "Mainland visitor arrivals rose"),
        ("the new taxifares take effect", "the new taxi fares take effect"),
    ],
)
def test_words_glued_by_a_lost_space_are_split(raw: str, expected: str) -> None:
    cleaned = clean_text(raw)
    assert cleaned.text == expected
    assert cleaned.n_repairs == 1


@pytest.mark.parametrize(
    "text",
    [
        "wherein the parties agree thereof",  # words wordfreq knows stay whole
        "a carton of milk at the marathon",
        "Mr Harrison met Ms Robinson",
        "a sheetlet of stamps for the ambulancemen",  # compounds that part into no plural
        "see www.crimereport.gov.hk",  # addresses stay as written
        "Mr Kwan Siu-mingshould",  # past a hyphenated name only "said", "says", "added"
        "overstayersand",  # a stem too rare to tell from a fragment
        "download the iAM Smart app on an iPhone, eBay or myGovHK",  # brands written in camel case
    ],
)
def test_known_words_and_names_are_not_split(text: str) -> None:
    assert clean_text(text).text == text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("The Director of Marine,â Mr Lo Kin-wah, said", "The Director of Marine, Mr Lo Kin-wah, said"),
        ("Mr Ngaiâ said", "Mr Ngai said"),
        ("âThe Senior Officer said", "The Senior Officer said"),
        ("a pâté at the château", "a pâté at the château"),
        ("13 persons were arrested, âincluding two minors", "13 persons were arrested, including two minors"),
        ("the âge of an âxyzqw", "the âge of an âxyzqw"),  # no word after it: left alone
        ("and â421 000 on Light Rail, (â$5,000)", "and 421 000 on Light Rail, ($5,000)"),  # before a figure
        # between two spaces: one space is left ("has appointed Ir â Tony Kwan")
        ("has appointed Ir â Tony Kwan Siu-keung", "has appointed Ir Tony Kwan Siu-keung"),
        # between two sentences with no space left: it stood for the space
        (
            "for a term of two years from June 1, 2024.âTwelve of them are new members.",
            "for a term of two years from June 1, 2024. Twelve of them are new members.",
        ),
        ("The scheme closed.â“We are pleased,” he said.", "The scheme closed. “We are pleased,” he said."),
    ],
)
def test_a_stray_a_circumflex_from_a_lost_zero_width_space_is_dropped(raw: str, expected: str) -> None:
    assert clean_text(raw).text == expected


def test_an_article_glued_to_the_next_word_is_split() -> None:
    """'Thedepartment's Pest Control Advisory Section': the article and a word in common use, also
    before a possessive; names and words wordfreq knows ('Theodore', 'Thereafter') stay whole."""
    from pipelines.extract.glue import split_glued

    assert split_glued("Thedepartment’s Vector Control Section will act.")[0] == (
        "The department’s Vector Control Section will act."
    )
    assert split_glued("Thesecases were minor.")[0] == "These cases were minor."
    assert split_glued("Theodore Chan said Thereafter.") == ("Theodore Chan said Thereafter.", 0)


def test_a_preposition_glued_to_a_year_is_split() -> None:
    # a survey release that lost a space: the year must read as a year, or nothing is dated by it
    from pipelines.extract.glue import split_glued

    assert split_glued("In2019, the department sent 41 000 questionnaires.") == (
        "In 2019, the department sent 41 000 questionnaires.",
        1,
    )
    assert split_glued("It has risen steadily since2015.")[0] == "It has risen steadily since 2015."
    # codes with digits are no glued years
    assert split_glued("The H5N1 and COVID2019 samples")[1] == 0


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a closing quote whose last byte the bad decode dropped: before a space, a line end, a comma
        (
            "He said, â€œAttendance rose.â€ He thanked the staff.",
            "He said, “Attendance rose.” He thanked the staff.",
        ),
        (
            "He said, â€œAttendance rose.â€\n\nNext paragraph.",
            "He said, “Attendance rose.”\n\nNext paragraph.",
        ),
        ("the â€œQuality Cityâ€, a new label", "the “Quality City”, a new label"),
        # the other quote marks, whole, are ftfy's as before
        ("the showâ€™s visitors", "the show’s visitors"),
    ],
)
def test_a_closing_quote_that_lost_its_last_byte_is_repaired(raw: str, expected: str) -> None:
    assert clean_text(raw).text == expected


def test_a_function_word_glued_to_the_figure_after_it_is_split() -> None:
    # a Buildings Department half-year report and a court case with a lost space before a figure
    from pipelines.extract.glue import split_glued

    assert split_glued("The BD issued a total of4,120 removal orders.") == (
        "The BD issued a total of 4,120 removal orders.",
        1,
    )
    assert split_glued("The owner was fined$12,000.")[0] == "The owner was fined $12,000."
    assert split_glued("It received about1 350 complaints.")[0] == "It received about 1 350 complaints."
    # pollutants, chapters and forms keep their figures
    assert split_glued("PM2.5 and NO2 levels under Cap311 and Form2")[1] == 0
