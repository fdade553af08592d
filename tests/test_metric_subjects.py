"""Subjects of counted facts (process._subjects): the sentence's real subject, never the footer."""

from __future__ import annotations

from pipelines.process import (
    _subjects,
    document_row,
    entity_rows,
    metric_rows,
    section_rows,
    temporal_rows,
)

NBSP = "\u00a0" * 5


def _mention(text: str, key: str, sentence: int, start: int, label: str = "ORG", section: int = 1) -> dict:
    return {"text": text, "entity_key": key, "label": label, "sentence_idx": sentence,
            "section_idx": section, "char_start": start, "char_end": start + len(text)}  # fmt: skip


def test_footer_hkt_is_never_a_subject() -> None:
    orgs = [{"entity_key": "org:post", "name": "Hongkong Post", "acronym": "HKT"}]
    mentions = [
        _mention("Hongkong Post", "org:post", 1, 10),
        _mention("HKT", "org:post", 9, 500, section=4),
        _mention("HKT", "org:hkt", 3, 200),
    ]
    per_sentence, main = _subjects(mentions, orgs, "", frozenset({4}))
    assert per_sentence == {1: "Hongkong Post"}
    assert main == "Hongkong Post"


def test_subject_position_beats_a_prepositional_acronym() -> None:
    text = "Under the GSS, the Environment Bureau approved 120 projects."
    orgs = [{"entity_key": "org:env", "name": "Environment Bureau", "acronym": None}]
    mentions = [
        _mention("GSS", "org:gss", 0, text.index("GSS")),
        _mention("Environment Bureau", "org:env", 0, text.index("Environment")),
    ]
    per_sentence, _ = _subjects(mentions, orgs, text)
    assert per_sentence == {0: "Environment Bureau"}


def test_named_organisation_beats_a_bare_acronym() -> None:
    text = "LCSD and the Sports Federation staged 40 matches."
    orgs = [{"entity_key": "org:sf", "name": "Sports Federation", "acronym": None}]
    mentions = [
        _mention("LCSD", "org:lcsd", 0, 0),
        _mention("Sports Federation", "org:sf", 0, text.index("Sports")),
    ]
    per_sentence, _ = _subjects(mentions, orgs, text)
    assert per_sentence == {0: "Sports Federation"}


def test_subjects_through_the_chain() -> None:
    body = [
        "The Buildings Department (BD) today (March 14) announced the results of its operation on "
        "unauthorised building works.",
        "Under the Mandatory Building Inspection Scheme (MBIS), the BD issued 1 250 statutory "
        "notices to owners last year.",
        "The Water Supplies Department said that 37 water mains had been replaced in the district.",
    ]
    text = (
        "Buildings Department completes operation\n\n"
        + "\n".join(NBSP + b for b in body)
        + "\n\nEnds/Friday, March 14, 2025\nIssued at HKT 15:00\n"
    )
    doc = document_row("probe", "probe.txt", text.encode(), max_bytes=1 << 24)
    _, sentences = section_rows(doc)
    mentions, _, orgs = entity_rows(doc, sentences)
    rows = metric_rows(doc, sentences, mentions, orgs, temporal_rows(doc, sentences))
    got = {(r["value"], r["unit"], r["subject"]) for r in rows}
    assert got == {(1250.0, "notices", "BD"), (37.0, "mains", "Water Supplies Department")}
    assert all(r["subject"] != "HKT" for r in rows)
