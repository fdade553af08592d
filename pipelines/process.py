"""One document through the chain, as rows of the warehouse tables (no Dagster, no I/O)."""

from __future__ import annotations

import bisect
import hashlib
import os
import re
from collections import Counter
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from pipelines.extract.as_of import Passage, next_passage, read_sentence
from pipelines.extract.back_reference import StatedFigures
from pipelines.extract.clean import clean_text
from pipelines.extract.dates import (
    TemporalExpression,
    as_written,
    find_temporal,
    in_month_named,
    year_words,
)
from pipelines.extract.decode import decode_bytes
from pipelines.extract.entities import extract_entities
from pipelines.extract.layout import parse_layout
from pipelines.extract.metrics import Fact, find_facts
from pipelines.extract.sentences import split_sentences
from pipelines.extract.tables import table_facts
from pipelines.schemas import HK_TZ

Row = dict[str, object]
_SLUG = re.compile(r"[^A-Za-z0-9_.-]+")


def doc_id_for(path: Path) -> str:
    """Stable id from the file name; a safe Dagster partition key (no / , | or control chars)."""
    stem = path.stem if path.suffix.lower() in (".txt", ".text", "") else path.name
    slug = _SLUG.sub("-", stem).strip("-.")[:80]
    if slug != stem or not slug:
        digest = hashlib.blake2b(os.fsencode(path.name), digest_size=4).hexdigest()
        slug = f"{slug or 'doc'}-{digest}"
    return slug


def size_limit_reason(max_bytes: int) -> str:
    return f"larger than the limit of {max_bytes / (1024 * 1024):g} MB"


def document_row(doc_id: str, source_path: str, data: bytes, *, max_bytes: int) -> Row:
    """The `documents` row of a seed file: decoded, cleaned, dated, or rejected with a reason."""
    row: Row = {
        "doc_id": doc_id,
        "source_path": source_path,
        "content_sha256": hashlib.sha256(data).hexdigest(),
        "n_bytes": len(data),
        "status": "rejected",
        "warnings": [],
    }
    if len(data) > max_bytes:
        return row | {"reject_reason": size_limit_reason(max_bytes)}
    decoded = decode_bytes(data)
    if decoded.text is None:
        return row | {"reject_reason": decoded.reason}
    cleaned = clean_text(decoded.text)
    if not cleaned.text.strip():
        return row | {"reject_reason": "empty", "encoding": decoded.encoding}
    first_raw = next((ln for ln in decoded.text.splitlines() if ln.strip()), "")
    layout = parse_layout(cleaned.text, first_line_indented=first_raw[:1].isspace())
    warnings = list(layout.warnings)
    if cleaned.n_repairs:
        warnings.append(f"repaired {cleaned.n_repairs} mojibake or invisible characters")
    issued_at = None
    if layout.release_date and layout.issued_time:
        hh, mm = map(int, layout.issued_time.split(":"))
        issued_at = datetime.combine(layout.release_date, time(hh, mm), ZoneInfo(HK_TZ))
    serious = [w for w in layout.warnings if not w.startswith("repaired")]
    return row | {
        "encoding": decoded.encoding,
        "title": layout.title,
        "with_photo": layout.with_photo,
        "release_date": layout.release_date,
        "issued_time": layout.issued_time,
        "issued_at": issued_at,
        "status": "warning" if serious else "ok",
        "warnings": warnings,
        "n_repairs": cleaned.n_repairs,
        "text": cleaned.text,
    }


def section_rows(doc: Row) -> tuple[list[Row], list[Row]]:
    text = str(doc["text"])
    layout = parse_layout(text, first_line_indented=not doc.get("title"))
    sections: list[Row] = []
    sentences: list[Row] = []
    for sec in layout.sections:
        base = {"doc_id": doc["doc_id"], "section_idx": sec.idx, "kind": sec.kind}
        sections.append(
            base | {"text": text[sec.start : sec.end], "char_start": sec.start, "char_end": sec.end}
        )
        pieces = (
            [(0, sec.end - sec.start)] if sec.kind != "body" else split_sentences(text[sec.start : sec.end])
        )
        for a, b in pieces:
            s, e = sec.start + a, sec.start + b
            sentences.append(
                base
                | {
                    "sentence_idx": len(sentences),
                    "text": text[s:e],
                    "char_start": s,
                    "char_end": e,
                }
            )
    return sections, sentences


def _sentence_of(sentences: list[Row], starts: list[int], pos: int) -> Row:
    """The sentence holding `pos` (the one before it when `pos` falls between sentences)."""
    return sentences[max(0, bisect.bisect_right(starts, pos) - 1)]


def entity_rows(doc: Row, sentences: list[Row]) -> tuple[list[Row], list[Row], list[Row]]:
    text = str(doc["text"])
    found = extract_entities(text)
    doc_id = doc["doc_id"]

    starts = [int(s["char_start"]) for s in sentences]

    def where(pos: int) -> Row:
        s = _sentence_of(sentences, starts, pos)
        return {"section_idx": s["section_idx"], "sentence_idx": s["sentence_idx"]}

    mentions = [
        {"doc_id": doc_id, **where(m.start), "char_start": m.start, "char_end": m.end, "text": m.text,
         "label": m.label, "entity_key": m.key, "method": m.method}
        for m in found.mentions
    ]  # fmt: skip
    people = [
        {"doc_id": doc_id, "entity_key": p.key, "name": p.name, "honorific": p.honorific,
         "title": p.title, "organisation": p.organisation, "n_mentions": p.n_mentions,
         "mention": p.first.text, "sentence_idx": where(p.first.start)["sentence_idx"],
         "char_start": p.first.start, "char_end": p.first.end}
        for p in found.people
    ]  # fmt: skip
    orgs = [
        {"doc_id": doc_id, "entity_key": o.key, "name": o.name, "acronym": o.acronym,
         "n_mentions": o.n_mentions, "mention": o.first.text,
         "sentence_idx": where(o.first.start)["sentence_idx"],
         "char_start": o.first.start, "char_end": o.first.end}
        for o in found.organisations
    ]  # fmt: skip
    return mentions, people, orgs


def temporal_expressions(doc: Row, sentences: list[Row]) -> list[tuple[Row, TemporalExpression]]:
    text = str(doc["text"])
    release = doc.get("release_date")
    out = []
    month: TemporalExpression | None = None  # the last month named, for "the same month last year"
    for s in sentences:
        if s["kind"] == "footer":
            continue
        s0 = int(s["char_start"])
        said = text[s0 : int(s["char_end"])]
        for t in find_temporal(said, release):
            t = as_written(said, t)
            shown = in_month_named(t, month)
            if t.precision == "month" and t.date_start is not None:
                month = t
            out.append((s, replace(shown, start=shown.start + s0, end=shown.end + s0)))
    return out


def temporal_rows(doc: Row, sentences: list[Row]) -> list[Row]:
    return [
        {"doc_id": doc["doc_id"], "sentence_idx": s["sentence_idx"], "char_start": t.start,
         "char_end": t.end, "text": t.text, "kind": t.kind, "normalized": t.normalized,
         "precision": t.precision, "date_start": t.date_start, "date_end": t.date_end}
        for s, t in temporal_expressions(doc, sentences)
    ]  # fmt: skip


# Tokens that look like organisations but never are the subject of a fact: the footer's time zone.
_NOT_SUBJECTS = frozenset({"HKT"})
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:of|for|under|in|to|from|with|by|at|on|via|through|about|between|among)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _subjects(
    mentions: list[Row], orgs: list[Row], text: str = "", footer: frozenset[int] = frozenset()
) -> tuple[dict[int, str], str | None]:
    """Subject per sentence (its organisation, event or programme) and the document's.

    Within a sentence an organisation beats an event or programme; then one in subject position
    beats one after a preposition ('Under the TTPS, the Immigration Department received ...');
    then a named organisation beats a bare acronym that names none; then the first one wins.
    Footer mentions and the footer's 'HKT' are never subjects."""
    short = {
        o["entity_key"]: o["acronym"] if o["acronym"] and o["acronym"] not in _NOT_SUBJECTS else o["name"]
        for o in orgs
    }
    rank = {"ORG": 0, "EVENT": 1, "PROGRAMME": 2}
    per_sentence: dict[int, tuple[tuple[int, int, int], str]] = {}
    counts: Counter[str] = Counter()
    for m in mentions:
        if m["label"] not in rank or str(m["text"]) in _NOT_SUBJECTS or m.get("section_idx") in footer:
            continue
        name = str(short.get(m["entity_key"], m["text"]))
        if name in _NOT_SUBJECTS:
            continue
        if m["label"] == "ORG":
            counts[name] += 1
        start = int(m["char_start"])
        after_preposition = bool(text) and bool(_PREPOSITION_BEFORE.search(text[max(0, start - 20) : start]))
        bare = m["entity_key"] not in short and str(m["text"]).isupper()
        key = (rank[str(m["label"])], int(after_preposition), int(bare))
        idx = int(m["sentence_idx"])
        if idx not in per_sentence or key < per_sentence[idx][0]:
            per_sentence[idx] = (key, name)
    main = counts.most_common(1)[0][0] if counts else None
    return {k: v[1] for k, v in per_sentence.items()}, main


class _Events:
    """The events a document names, in text order, to find the one an attendance is about."""

    def __init__(self, mentions: list[Row]) -> None:
        self.events = sorted(
            (m for m in mentions if m["label"] == "EVENT"), key=lambda m: int(m["char_start"])
        )
        self.starts = [int(m["char_start"]) for m in self.events]
        self.names = {m["entity_key"]: m["text"] for m in self.events if m["method"] == "name"}

    def subject(self, sentence: Row) -> str | None:
        """One named in the sentence, else the last one named before it; by its full name."""
        start, end = int(sentence["char_start"]), int(sentence["char_end"])
        i = bisect.bisect_left(self.starts, start)
        if i < len(self.events) and self.starts[i] < end:
            pick = self.events[i]
        elif i > 0:
            pick = self.events[i - 1]
        else:
            return None
        return str(self.names.get(pick["entity_key"], pick["text"]))


def _expression(row: Row, release: date | None) -> TemporalExpression:
    return year_words(TemporalExpression(
        start=int(row["char_start"]), end=int(row["char_end"]), text=str(row["text"]),
        kind=str(row["kind"]), normalized=row["normalized"], precision=row["precision"],
        date_start=row["date_start"], date_end=row["date_end"],
    ), release)  # fmt: skip


# A paragraph that opens by referring to a group: "Fifteen of them were ...", "Of these, ...".
_OPENS_WITH_GROUP = re.compile(r"\W*(?:[\w-]+\s+)?(?:of|among)\s+(?:them|these|those|whom)\b", re.I)


def _previous_span(previous: Row | None, s: Row, text: str) -> tuple[int, int] | None:
    """The sentence before `s` as the antecedent of its bare numbers: in its paragraph, or across
    a paragraph break when `s` opens by referring back to a group ('... arrested 63 persons.' /
    'Fifteen of them were ...'); a new paragraph otherwise starts afresh."""
    if previous is None:
        return None
    span = (int(previous["char_start"]), int(previous["char_end"]))
    if previous["section_idx"] == s["section_idx"]:
        return span
    return span if _OPENS_WITH_GROUP.match(text, int(s["char_start"]), int(s["char_end"])) else None


def metric_rows(
    doc: Row, sentences: list[Row], mentions: list[Row], orgs: list[Row], temporal: list[Row]
) -> list[Row]:
    """Facts of every body sentence; dates come from the document's temporal_expressions rows."""
    text = str(doc["text"])
    release = doc.get("release_date")
    by_sentence: dict[int, list[TemporalExpression]] = {}
    for row in sorted(temporal, key=lambda r: int(r["char_start"])):
        by_sentence.setdefault(int(row["sentence_idx"]), []).append(_expression(row, release))
    footer = frozenset(s["section_idx"] for s in sentences if s["kind"] == "footer")
    subjects, main = _subjects(mentions, orgs, text, footer)
    events = _Events(mentions)
    rows: list[Row] = []

    def add(f: Fact, s: Row, subject: str | None) -> None:
        rows.append(
            {"doc_id": doc["doc_id"], "metric": f.metric, "subject": subject, "value": f.value,
             "qualifier": f.qualifier, "value_low": f.value_low, "value_high": f.value_high,
             "unit": f.unit, "as_of": f.as_of, "as_of_precision": f.as_of_precision,
             "since": f.since, "since_precision": f.since_precision, "quantity": f.quantity,
             "sentence_idx": s["sentence_idx"], "sentence": s["text"], "char_start": f.start,
             "char_end": f.end}
        )  # fmt: skip

    previous: Row | None = None
    passage = Passage()  # as_of: each number in the passage it sits in
    stated = StatedFigures()  # "Of the 9 540 approved applications, ...": of the figure stated before
    table: list[Row] = []  # the rows of a table being read
    for s in [*sentences, None]:
        if table and (s is None or s["kind"] != "table"):
            caption = str(previous["text"]) if previous else ""
            spans = [(int(r["char_start"]), int(r["char_end"])) for r in table]
            subject = subjects.get(int(previous["sentence_idx"])) if previous else None
            for i, f in table_facts(text, spans, caption=caption, release=release, passage=passage,
                                    subject=subject or main):  # fmt: skip
                add(f, table[i], f.subject)
            table = []
        if s is None:
            break
        if s["kind"] == "table":
            table.append(s)
            continue
        # the title states counts too ("Customs seizes 3.2 million illicit cigarettes"); it opens
        # no passage for the body
        if s["kind"] not in ("body", "title"):
            continue
        idx = int(s["sentence_idx"])
        prev_idx = int(previous["sentence_idx"]) if previous else None
        span = (int(s["char_start"]), int(s["char_end"]))
        title = s["kind"] == "title"
        scene = read_sentence(
            text, span, release, by_sentence.get(idx, []), Passage() if title else passage, s["section_idx"]
        )
        facts = find_facts(
            text,
            (int(s["char_start"]), int(s["char_end"])),
            release=release,
            dates=by_sentence.get(idx, []),
            previous_sentence=_previous_span(previous, s, text),
            dated=False,  # each number is dated in its passage below
            subject=subjects.get(idx) or (subjects.get(prev_idx) if prev_idx is not None else None) or main,
        )
        facts = list(facts)
        spans = [(f.start, f.end) for f in facts]
        periods = [scene.as_of((f.start, f.end), spans) for f in facts]  # each in its passage
        referred = None if title or by_sentence.get(idx) else stated.referred(text[span[0] : span[1]])
        if referred is not None and referred[0] is not None:
            periods = [referred] * len(facts)
        for f, (as_of, as_of_precision) in zip(facts, periods, strict=True):
            stated.note(f.value, f.quantity, as_of, as_of_precision)
        if title:
            passage.theme = scene.theme()
        else:
            passage = next_passage(scene, s["section_idx"])
        for f, (as_of, as_of_precision) in zip(facts, periods, strict=True):
            subject = f.subject
            if f.metric.endswith("_attending"):  # attendance is about an event
                subject = events.subject(s) or subject
            add(replace(f, as_of=as_of, as_of_precision=as_of_precision), s, subject)
        previous = None if title else s
    return rows
