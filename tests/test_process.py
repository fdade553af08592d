"""One document through the chain: every output row's span slices the document's text."""

from __future__ import annotations

import codecs
from datetime import date, datetime
from pathlib import Path

import pytest

from pipelines.process import (
    doc_id_for,
    document_row,
    entity_rows,
    metric_rows,
    section_rows,
    temporal_rows,
)
from tests.conftest import SEED

MAX = 20 * 1024 * 1024
NBSP5 = "\u00a0" * 5
MAC_ZWSP = "\u200b".encode().decode("mac_latin2")
WRITTEN = (
    "Secretary for Transport and Logistics visits ferry pier (with photos/video)\n"
    "\n"
    f"{NBSP5}The Secretary for Transport and Logistics, Mr Lam Sai-hung, visited the new "
    "ferry pier today (March 14). The Marine Department (MD) said that nearly 3 000 "
    "passengers used the pier last month.\n"
    f"{NBSP5}Mr Lam{MAC_ZWSP} said the Government would invest $1.2 billion to improve more "
    "than 20 piers by early 2026. The MD will consult some 40 groups next year. For "
    "enquiries, please call 2345 6789.\n"
    "\n"
    "Ends/Thursday, March 14, 2024\n"
    "Issued at HKT 11:30\n"
)


def chain(data: bytes) -> dict[str, list[dict]]:
    doc = document_row("doc", "seeds/doc.txt", data, max_bytes=MAX)
    sections, sentences = section_rows(doc)
    mentions, people, orgs = entity_rows(doc, sentences)
    return {
        "doc": [doc],
        "sections": sections,
        "sentences": sentences,
        "mentions": mentions,
        "people": people,
        "orgs": orgs,
        "temporal": temporal_rows(doc, sentences),
        "metrics": metric_rows(doc, sentences, mentions, orgs, temporal_rows(doc, sentences)),
    }


@pytest.fixture(scope="module", params=["seed", "written", "written_crlf_bom"])
def tables(request: pytest.FixtureRequest) -> dict[str, list[dict]]:
    if request.param == "seed":
        return chain(SEED.read_bytes())
    if request.param == "written":
        return chain(WRITTEN.encode())
    return chain(codecs.BOM_UTF8 + WRITTEN.replace("\n", "\r\n").encode())


def test_every_span_slices_the_document_text(tables: dict[str, list[dict]]) -> None:
    text = str(tables["doc"][0]["text"])
    checked = 0
    for table in ("sections", "sentences", "mentions", "temporal"):
        for row in tables[table]:
            assert 0 <= row["char_start"] < row["char_end"] <= len(text)
            assert text[row["char_start"] : row["char_end"]] == row["text"], (table, row)
            checked += 1
    for row in tables["metrics"]:
        assert text[row["char_start"] : row["char_end"]] == row["quantity"], row
        checked += 1
    for table in ("people", "orgs"):
        for row in tables[table]:
            assert text[row["char_start"] : row["char_end"]] == row["mention"], row
            checked += 1
    assert checked > 20


def test_sentences_lie_in_their_sections(tables: dict[str, list[dict]]) -> None:
    sections = {s["section_idx"]: s for s in tables["sections"]}
    assert [s["sentence_idx"] for s in tables["sentences"]] == list(range(len(tables["sentences"])))
    for sent in tables["sentences"]:
        sec = sections[sent["section_idx"]]
        assert sec["char_start"] <= sent["char_start"] < sent["char_end"] <= sec["char_end"]
        assert sent["kind"] == sec["kind"]


def test_metric_sentence_contains_the_quantity(tables: dict[str, list[dict]]) -> None:
    sentences = {s["sentence_idx"]: s for s in tables["sentences"]}
    assert tables["metrics"]
    for row in tables["metrics"]:
        sent = sentences[row["sentence_idx"]]
        assert sent["kind"] == "body"
        assert sent["char_start"] <= row["char_start"] < row["char_end"] <= sent["char_end"]
        assert row["quantity"] in row["sentence"]


def test_no_temporal_rows_from_the_footer(tables: dict[str, list[dict]]) -> None:
    footers = {s["sentence_idx"] for s in tables["sentences"] if s["kind"] == "footer"}
    assert footers
    assert all(t["sentence_idx"] not in footers for t in tables["temporal"])


def test_seed_document_row() -> None:
    doc = chain(SEED.read_bytes())["doc"][0]
    assert doc["status"] == "ok"
    assert doc["encoding"] == "utf-8"
    assert doc["title"] == (
        "Director-General of Office for Attracting Strategic Enterprises attends Huawei Cloud "
        "Software Partners Go Global Summit"
    )
    assert doc["with_photo"] is True
    assert doc["release_date"] == date(2023, 12, 6)
    assert doc["issued_time"] == "16:45"
    assert isinstance(doc["issued_at"], datetime)
    assert doc["issued_at"].isoformat() == "2023-12-06T16:45:00+08:00"
    assert doc["n_repairs"] >= 1
    assert doc["n_bytes"] == len(SEED.read_bytes())
    assert len(doc["content_sha256"]) == 64


def test_seed_people_and_organisations() -> None:
    t = chain(SEED.read_bytes())
    (yung,) = t["people"]
    assert (yung["name"], yung["honorific"]) == ("Philip Yung", "Mr")
    assert yung["organisation"] == "Office for Attracting Strategic Enterprises"
    orgs = {o["name"]: o["acronym"] for o in t["orgs"]}
    assert orgs["Office for Attracting Strategic Enterprises"] == "OASES"
    assert "Cyberport" in orgs
    assert "Government" not in orgs and "the Government" not in orgs


def test_seed_temporal_rows() -> None:
    t = chain(SEED.read_bytes())
    got = {(r["text"], r["normalized"]) for r in t["temporal"]}
    assert got >= {
        ("today (December 6)", "2023-12-06"),
        ("December last year", "2022-12"),
        ("next year", "2024"),
        ("early 2026", "2026"),
    }


def test_the_same_month_last_year_takes_the_month_a_sentence_before_named() -> None:
    # a vehicle-registration release (a kind the corpus lacks): October is named in the first
    # sentence; the second compares with "the same month last year", October 2024
    text = (
        "New vehicle registrations in October\n\n"
        f"{NBSP5}Registrations of new private cars totalled 3 412 in October. Electric vehicles "
        "made up 71 per cent of them, compared with 64 per cent in the same month last year.\n\n"
        "Ends/Friday, November 14, 2025\nIssued at HKT 16:30\n"
    )
    t = chain(text.encode())
    dates = {r["text"]: (r["normalized"], r["precision"]) for r in t["temporal"]}
    assert dates == {"October": ("2025-10", "month"), "the same month last year": ("2024-10", "month")}
    base = next(r for r in t["metrics"] if r["value"] == 64)
    assert (base["as_of"], base["as_of_precision"]) == (date(2024, 10, 1), "month")


def test_written_document_through_the_chain() -> None:
    t = chain(codecs.BOM_UTF8 + WRITTEN.replace("\n", "\r\n").encode())
    doc = t["doc"][0]
    assert doc["encoding"] == "utf-8-sig"
    assert doc["title"] == "Secretary for Transport and Logistics visits ferry pier"
    assert doc["with_photo"] is True
    assert doc["release_date"] == date(2024, 3, 14)
    assert doc["issued_time"] == "11:30"
    assert MAC_ZWSP not in str(doc["text"])
    assert "\u00a0" not in str(doc["text"])
    (lam,) = t["people"]
    assert (lam["name"], lam["title"]) == ("Lam Sai-hung", "Secretary for Transport and Logistics")
    assert {(o["name"], o["acronym"]) for o in t["orgs"]} == {("Marine Department", "MD")}
    dates = {r["text"]: r["normalized"] for r in t["temporal"]}
    assert dates["today (March 14)"] == "2024-03-14"
    assert dates["last month"] == "2024-02"
    assert dates["next year"] == "2025"
    metrics = {r["quantity"]: r for r in t["metrics"]}
    assert set(metrics) == {"nearly 3 000", "$1.2 billion", "more than 20", "some 40"}
    assert metrics["$1.2 billion"]["value"] == pytest.approx(1.2e9)
    assert metrics["$1.2 billion"]["unit"] == "HKD"
    assert metrics["$1.2 billion"]["as_of"] == date(2026, 1, 1)
    assert (metrics["nearly 3 000"]["value"], metrics["nearly 3 000"]["unit"]) == (3000, "passengers")
    assert metrics["nearly 3 000"]["qualifier"] == "nearly"
    # "used the pier last month": dated in its own sentence (corpus README, as_of).
    assert (metrics["nearly 3 000"]["as_of"], metrics["nearly 3 000"]["as_of_precision"]) == (
        date(2024, 2, 1),
        "month",
    )
    assert metrics["more than 20"]["as_of"] == date(2026, 1, 1)
    assert metrics["some 40"]["qualifier"] == "approx"
    assert {r["subject"] for r in t["metrics"]} == {"MD"}


def test_a_count_in_the_title_is_a_fact_of_the_release_day() -> None:
    nb = "\u00a0" * 5
    text = (
        "Customs seizes 2.6 million suspected illicit cigarettes (with photo)\n\n"
        f"{nb}In 2023, Customs detected 1 200 cases. Customs today (May 8) seized about 2.6 million "
        "suspected illicit cigarettes at the Kwai Chung Customhouse.\n\n"
        "Ends/Wednesday, May 8, 2024\n"
    )
    metrics = chain(text.encode())["metrics"]
    title = [r for r in metrics if r["sentence_idx"] == 0]
    assert [(r["value"], r["unit"], r["as_of"]) for r in title] == [(2.6e6, "cigarettes", date(2024, 5, 8))]
    cases = next(r for r in metrics if r["value"] == 1200)
    assert cases["as_of_precision"] == "year"  # the title opens no passage, the body's own does


def test_a_paragraph_opening_on_them_counts_the_group_of_the_one_before() -> None:
    # an anti-triad operation and a film-financing notice (kinds the corpus lacks), each group
    # named in one paragraph and shared out in the next
    nb = "\u00a0" * 5
    text = (
        "Police arrest 63 in anti-triad operation\n\n"
        f"{nb}Police arrested 63 persons in the operation.\n\n"
        f"{nb}Fifteen of them were suspected triad members.\n\n"
        f"{nb}These productions are expected to create about 2,000 jobs in the coming two years.\n\n"
        f"{nb}Among them, 38 come from local studios and 31 are from the Mainland.\n\n"
        "Ends/Wednesday, May 8, 2024\n"
    )
    metrics = chain(text.encode())["metrics"]
    assert [(r["value"], r["unit"]) for r in metrics if r["sentence_idx"] > 0] == [
        (63, "persons"),
        (15, "persons"),
        (2000, "jobs"),
        (38, "productions"),
        (31, "productions"),
    ]


def test_no_footer_document_is_a_warning_with_unknown_date() -> None:
    data = b"A title\n\nThe Bureau welcomed 300 guests today. Over 50 firms joined.\n"
    t = chain(data)
    doc = t["doc"][0]
    assert doc["status"] == "warning"
    assert doc["release_date"] is None
    assert doc["issued_at"] is None
    assert "no footer: release date unknown" in doc["warnings"]
    assert all(r["normalized"] is None for r in t["temporal"] if r["kind"] == "relative")
    assert {r["value"] for r in t["metrics"]} == {300, 50}
    assert all(r["as_of"] is None for r in t["metrics"])


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t \r\n", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "not text: looks like PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "not text: looks like a ZIP archive (or a Word/Excel file)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not text: looks like a PNG image"),
    ],
)
def test_rejected_bytes(data: bytes, reason: str) -> None:
    row = document_row("bad", "seeds/bad.txt", data, max_bytes=MAX)
    assert row["status"] == "rejected"
    assert row["reject_reason"] == reason
    assert "text" not in row
    assert row["n_bytes"] == len(data)


def test_invisible_only_text_is_rejected_as_empty() -> None:
    row = document_row("bad", "seeds/bad.txt", "\u200b\u00a0\ufeff\n".encode(), max_bytes=MAX)
    assert row["status"] == "rejected"
    assert row["reject_reason"] == "empty"


def test_oversize_is_rejected_before_decoding() -> None:
    data = SEED.read_bytes()
    row = document_row("big", "seeds/big.txt", data, max_bytes=len(data) - 1)
    assert row["status"] == "rejected"
    assert row["reject_reason"].startswith("larger than the limit of")
    assert "text" not in row
    ok = document_row("fits", "seeds/fits.txt", data, max_bytes=len(data))
    assert ok["status"] == "ok"


def test_oversize_reason_names_the_limit() -> None:
    row = document_row("big", "seeds/big.txt", b"x" * (3 * 1024 * 1024), max_bytes=2 * 1024 * 1024)
    assert row["reject_reason"] == "larger than the limit of 2 MB"


def test_oversize_reason_with_fractional_limit() -> None:
    row = document_row("big", "seeds/big.txt", b"x" * (1024 * 1024), max_bytes=512 * 1024)
    assert "0 MB" not in row["reject_reason"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("000_55ad8ffe8ce86c12.txt", "000_55ad8ffe8ce86c12"), ("release.TXT", "release")],
)
def test_doc_id_for_plain_names(name: str, expected: str) -> None:
    assert doc_id_for(Path("seeds") / name) == expected


def test_doc_id_for_unsafe_name_is_slug_plus_digest() -> None:
    doc_id = doc_id_for(Path("seeds/press release, 6|12.txt"))
    assert doc_id.startswith("press-release-6-12-")
    assert all(c.isalnum() or c in "_.-" for c in doc_id)
