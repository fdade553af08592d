"""Score warehouse prediction tables against the labelled gold corpus.

`score(tables, gold)` joins predicted documents to gold files by the basename of
`documents.source_path`, matches items one to one inside each document and sums TP/FP/FN over
the corpus, per field. `MATCHING_RULES` spells the rules out in plain text (for a CLI's --help).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath, PureWindowsPath
from typing import Any

import pandas as pd

MATCHING_RULES = """\
How predictions are matched with gold (per document, one to one, then summed over the corpus)

Documents: a prediction joins the gold file whose name equals the basename of
documents.source_path. A gold file with no predicted document counts all its items as missed
(FN); predicted documents that are not in gold are ignored (listed as unscored). If two predicted
documents share a basename, the one not rejected (then the first source_path) is scored.

Matching: inside a document, items that satisfy a field's match test are paired one to one by a
maximum matching (most pairs first, then the highest total similarity of sentence, title or text
words as a tie-break), so repeated values pair with the sentences that state them.
TP = pairs, FP = predicted items left over, FN = gold items left over.
P = TP/(TP+FP), R = TP/(TP+FN), F1 their harmonic mean (a field with nothing on either side
scores 1.0).

release_date, issued_time: one item per gold document. Equal values (both null included) -> TP;
a wrong value -> FP and FN; a value where gold has none -> FP; none where gold has one -> FN.
people.name: names equal once honorifics (Mr, Ms, Mrs, Miss, Dr, Professor, Prof, Sir...),
  hyphens, case, punctuation and whitespace are ignored.
people.name+title: name as above and title word sets (lowercased, without "the") overlapping
  |A & B| / max(|A|, |B|) >= 0.8; two null titles match, one null title does not.
organisations: one row per organisation, matched by full name or by acronym (a predicted
  name or acronym equal to the gold acronym counts); two predicted rows for one organisation (its
  name and its acronym) leave one as a false positive.
organisations.name: full names equal once case, a leading "the", punctuation at the ends and
  extra whitespace are ignored (an acronym alone does not match a full name here).
organisations.acronym: only items carrying an acronym, on either side; acronyms equal ignoring
  case and dots.
metrics.value+qualifier: value equal within 1e-6 relative and qualifier equal.
metrics.value+qualifier+unit: as above and unit equal ignoring case and spaces, with the
  corpus's unit classes (enterprises = companies, firms, businesses, start-ups, unicorns;
  persons = people, guests, residents, visitors, ...); ties broken by sentence word overlap.
metrics.named: gold items whose measure is enterprises_met, partners or computing_power and
  predictions whose metric is one of them; value equal and metric == measure.
metrics.as_of: pairs of the value+qualifier+unit matching whose as_of agrees at the gold's
  precision (gold 'YYYY' vs the predicted year, 'YYYY-MM' vs year-month, else the day); a
  prediction coarser than gold (as_of_precision) disagrees; two nulls agree. FP/FN: the
  predicted/gold metrics not counted as TP.
dates.normalized: only documents whose gold dates are not null; only predictions of kind
  relative or partial, once per distinct (text, value) in a document (a repeated "today" is one
  item), with a value, or with none in a document the pipeline found no release date for (the
  corpus labels the relative dates of a release without a date line with a null value; in a
  dated release a null is a vague span, as gold leaves out). Match: normalized equal (two nulls
  are equal) and texts overlap (lowercased, one contains the other or they share a word other
  than a stop word).
"""

FIELDS: tuple[str, ...] = (
    "release_date",
    "issued_time",
    "people.name",
    "people.name+title",
    "organisations",
    "organisations.name",
    "organisations.acronym",
    "metrics.value+qualifier",
    "metrics.value+qualifier+unit",
    "metrics.named",
    "metrics.as_of",
    "dates.normalized",
)
NAMED_METRICS = frozenset({"enterprises_met", "partners", "computing_power"})
DATE_KINDS = frozenset({"relative", "partial"})
HONORIFICS = frozenset({"mr", "ms", "mrs", "miss", "mdm", "madam", "dr", "professor", "prof", "sir", "dame"})
STOP_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the"}
    | {"this", "that", "to", "with", "its", "his", "her", "their"}
)
# Nouns the corpus README scores as one unit.
UNIT_CLASSES = {
    **dict.fromkeys(("companies", "firms", "businesses", "start-ups", "startups", "unicorns"), "enterprises"),
    **dict.fromkeys(
        [
            "people",
            "guests",
            "residents",
            "visitors",
            "travellers",
            "patients",
            "staff",
            "participants",
            "individuals",
            "attendees",
        ],
        "persons",
    ),
}
TITLE_OVERLAP = 0.8
VALUE_RTOL = 1e-6
_IGNORED_IN_NAMES = re.compile(r"[\s,'\u2019\-\u2010\u2011\u2012\u2013\u2014\u2212]")
_WORD = re.compile(r"[a-z0-9]+(?:['’\-][a-z0-9]+)*")
_PRECISION_LEN = {"year": 4, "month": 7, "day": 10}


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True)
class FieldScore:
    field: str
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 1.0 if self.fn == 0 else 0.0

    @property
    def recall(self) -> float:
        if self.tp + self.fn:
            return self.tp / (self.tp + self.fn)
        return 1.0 if self.fp == 0 else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class Miss:
    """One unmatched item: kind 'fp' (predicted, not in gold) or 'fn' (gold, not predicted)."""

    field: str
    file: str
    kind: str
    item: str


@dataclass
class EvalReport:
    fields: dict[str, FieldScore]
    per_document: dict[str, dict[str, Counts]]
    misses: list[Miss] = field(default_factory=list)
    missing_documents: list[str] = field(default_factory=list)
    unscored_documents: list[str] = field(default_factory=list)
    duplicate_documents: list[str] = field(default_factory=list)

    def f1(self, name: str) -> float:
        return self.fields[name].f1


# --------------------------------------------------------------------------- value cleaning


def _clean(value: Any) -> Any:
    """None for every flavour of missing (None, NaN, NA, NaT), the value otherwise."""
    if value is None:
        return None
    try:
        return None if pd.isna(value) else value
    except (TypeError, ValueError):  # lists, arrays
        return value


def _text(value: Any) -> str | None:
    value = _clean(value)
    if value is None:
        return None
    text = " ".join(unicodedata.normalize("NFKC", str(value)).split())
    return text or None


def _iso(value: Any) -> str | None:
    """'YYYY-MM-DD' for dates, timestamps and ISO strings; None when missing."""
    value = _clean(value)
    if value is None:
        return None
    if isinstance(value, dt.datetime | pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()[:10] or None


def _hhmm(value: Any) -> str | None:
    value = _clean(value)
    if value is None:
        return None
    if isinstance(value, dt.time | dt.datetime | pd.Timestamp):
        return value.strftime("%H:%M")
    match = re.match(r"\s*(\d{1,2}):(\d{2})", str(value))
    return f"{int(match[1]):02d}:{match[2]}" if match else str(value).strip() or None


def words(text: str | None) -> set[str]:
    """Lowercased word set of a text."""
    return set(_WORD.findall((text or "").lower().replace("\u2019", "'")))


def similarity(a: str | None, b: str | None) -> float:
    """Jaccard overlap of the word sets (0..1), the tie-break between equally valid pairs."""
    wa, wb = words(a), words(b)
    return len(wa & wb) / len(wa | wb) if wa | wb else 0.0


def name_key(name: str | None) -> str:
    """A person's name without honorifics, hyphens, case, punctuation or whitespace."""
    tokens = (_text(name) or "").lower().replace(".", " ").split()
    while tokens and tokens[0] in HONORIFICS:
        tokens = tokens[1:]
    joined = "".join(tokens)
    return _IGNORED_IN_NAMES.sub("", joined)


def title_overlap(a: str | None, b: str | None) -> float:
    """|A & B| / max(|A|, |B|) of lowercased title word sets without 'the'."""
    wa, wb = words(a) - {"the"}, words(b) - {"the"}
    if not wa or not wb:
        return 1.0 if not wa and not wb else 0.0
    return len(wa & wb) / max(len(wa), len(wb))


def org_key(name: str | None) -> str:
    text = (_text(name) or "").lower().strip(" \t\"'“”‘’.,;:()")
    text = re.sub(r"^the\s+", "", text)
    return " ".join(text.split())


def acronym_key(acronym: str | None) -> str:
    return re.sub(r"[\s.]", "", (_text(acronym) or "")).upper()


def values_equal(a: Any, b: Any, *, rtol: float = VALUE_RTOL) -> bool:
    try:
        x, y = float(a), float(b)
    except (TypeError, ValueError):
        return False
    if math.isnan(x) or math.isnan(y):
        return False
    return abs(x - y) <= rtol * max(abs(x), abs(y)) or x == y


def unit_key(unit: str | None) -> str:
    key = "".join((_text(unit) or "").lower().split())
    return UNIT_CLASSES.get(key, key)


def as_of_agrees(gold: Any, pred: Any, pred_precision: Any = None) -> bool:
    """Gold 'YYYY' / 'YYYY-MM' / 'YYYY-MM-DD' against a predicted date at the gold's precision."""
    gold_iso, pred_iso = _iso(gold), _iso(pred)
    if gold_iso is None or pred_iso is None:
        return gold_iso is None and pred_iso is None
    gold_iso = str(_clean(gold)).strip()
    precision = _text(pred_precision)
    if precision in _PRECISION_LEN and _PRECISION_LEN[precision] < len(gold_iso):
        return False
    return pred_iso[: len(gold_iso)] == gold_iso


def texts_overlap(a: str | None, b: str | None) -> bool:
    la, lb = (_text(a) or "").lower(), (_text(b) or "").lower()
    if not la or not lb:
        return False
    if la in lb or lb in la:
        return True
    return bool((words(la) & words(lb)) - STOP_WORDS)


# --------------------------------------------------------------------------- matching

Pair = tuple[int, int]


def _hungarian(weights: list[list[float]]) -> list[Pair]:
    """Maximum-weight assignment of rows to columns (rows <= columns), O(n^2 m)."""
    n, m = len(weights), len(weights[0])
    inf = float("inf")
    u, v, p, way = [0.0] * (n + 1), [0.0] * (m + 1), [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while p[j0]:
            used[j0], i0, delta, j1 = True, p[j0], inf, 0
            for j in range(1, m + 1):
                if used[j]:
                    continue
                cur = -weights[i0 - 1][j - 1] - u[i0] - v[j]
                if cur < minv[j]:
                    minv[j], way[j] = cur, j0
                if minv[j] < delta:
                    delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    return [(p[j] - 1, j - 1) for j in range(1, m + 1) if p[j]]


def match(
    gold: Sequence[Any],
    pred: Sequence[Any],
    *,
    is_match: Callable[[Any, Any], bool],
    tie_break: Callable[[Any, Any], float] | None = None,
) -> list[Pair]:
    """One-to-one (gold index, pred index) pairs: most pairs first, then the highest total
    tie_break (each in 0..1)."""
    edges = {
        (g, p): (tie_break(gi, pi) if tie_break else 0.0)
        for g, gi in enumerate(gold)
        for p, pi in enumerate(pred)
        if is_match(gi, pi)
    }
    if not edges:
        return []
    big = len(gold) + len(pred) + 1.0  # one more pair always beats any sum of tie-breaks
    grid = [
        [big + edges[(g, p)] if (g, p) in edges else 0.0 for p in range(len(pred))] for g in range(len(gold))
    ]
    transposed = len(gold) > len(pred)
    if transposed:
        grid = [list(col) for col in zip(*grid, strict=True)]
    pairs = _hungarian(grid)
    pairs = [(b, a) for a, b in pairs] if transposed else pairs
    return sorted(pair for pair in pairs if pair in edges)


# --------------------------------------------------------------------------- per field


@dataclass(frozen=True)
class _Doc:
    file: str
    gold: dict[str, Any]
    doc: dict[str, Any] | None  # predicted documents row, None when missing
    rows: dict[str, list[dict[str, Any]]]  # predicted table -> rows of this document


def _tally(
    doc: _Doc,
    name: str,
    gold: Sequence[Any],
    pred: Sequence[Any],
    pairs: Sequence[Pair],
    describe: Callable[[Any], str],
) -> tuple[Counts, list[Miss]]:
    matched_g, matched_p = {g for g, _ in pairs}, {p for _, p in pairs}
    misses = [Miss(name, doc.file, "fn", describe(x)) for i, x in enumerate(gold) if i not in matched_g]
    misses += [Miss(name, doc.file, "fp", describe(x)) for i, x in enumerate(pred) if i not in matched_p]
    return Counts(len(pairs), len(pred) - len(pairs), len(gold) - len(pairs)), misses


def _score_scalar(doc: _Doc, name: str, gold: str | None, pred: str | None) -> tuple[Counts, list[Miss]]:
    if doc.doc is None:
        return Counts(fn=1), [Miss(name, doc.file, "fn", str(gold))]
    if gold == pred:
        return Counts(tp=1), []
    counts = Counts(fp=int(pred is not None), fn=int(gold is not None))
    misses = [Miss(name, doc.file, "fn", gold)] if gold is not None else []
    misses += [Miss(name, doc.file, "fp", pred)] if pred is not None else []
    return counts, misses


def _person(item: Mapping[str, Any]) -> str:
    return f"{_text(item.get('name'))} | title={_text(item.get('title'))}"


def _same_name(g: Mapping[str, Any], p: Mapping[str, Any]) -> bool:
    key = name_key(g.get("name"))
    return bool(key) and key == name_key(p.get("name"))


def _title_sim(g: Mapping[str, Any], p: Mapping[str, Any]) -> float:
    return title_overlap(g.get("title"), p.get("title"))


def _same_name_title(g: Mapping[str, Any], p: Mapping[str, Any]) -> bool:
    return _same_name(g, p) and _title_sim(g, p) >= TITLE_OVERLAP


def _score_people(doc: _Doc) -> dict[str, tuple[Counts, list[Miss]]]:
    gold, pred = doc.gold.get("people") or [], doc.rows["people"]
    names = match(gold, pred, is_match=_same_name, tie_break=_title_sim)
    both = match(gold, pred, is_match=_same_name_title, tie_break=_title_sim)
    return {
        "people.name": _tally(doc, "people.name", gold, pred, names, _person),
        "people.name+title": _tally(doc, "people.name+title", gold, pred, both, _person),
    }


def _org(item: Mapping[str, Any]) -> str:
    return f"{_text(item.get('name'))} ({_text(item.get('acronym'))})"


def _same_org(g: Mapping[str, Any], p: Mapping[str, Any]) -> bool:
    key = org_key(g.get("name"))
    return bool(key) and key == org_key(p.get("name"))


def _same_acronym(g: Mapping[str, Any], p: Mapping[str, Any]) -> bool:
    return acronym_key(g.get("acronym")) == acronym_key(p.get("acronym"))


def _name_sim(g: Mapping[str, Any], p: Mapping[str, Any]) -> float:
    return similarity(g.get("name"), p.get("name"))


def _same_org_or_acronym(g: Mapping[str, Any], p: Mapping[str, Any]) -> bool:
    if _same_org(g, p):
        return True
    gold_acr = acronym_key(g.get("acronym"))
    return bool(gold_acr) and gold_acr in (acronym_key(p.get("acronym")), acronym_key(p.get("name")))


def _score_organisations(doc: _Doc) -> dict[str, tuple[Counts, list[Miss]]]:
    gold, pred = doc.gold.get("organisations") or [], doc.rows["organisations"]
    either = match(gold, pred, is_match=_same_org_or_acronym, tie_break=_name_sim)
    names = match(gold, pred, is_match=_same_org, tie_break=_name_sim)
    gold_acr = [o for o in gold if acronym_key(o.get("acronym"))]
    pred_acr = [o for o in pred if acronym_key(o.get("acronym"))]
    acronyms = match(gold_acr, pred_acr, is_match=_same_acronym, tie_break=_name_sim)
    return {
        "organisations": _tally(doc, "organisations", gold, pred, either, _org),
        "organisations.name": _tally(doc, "organisations.name", gold, pred, names, _org),
        "organisations.acronym": _tally(doc, "organisations.acronym", gold_acr, pred_acr, acronyms, _org),
    }


def _metric(item: Mapping[str, Any]) -> str:
    name = item.get("measure") or item.get("metric")
    unit, qual = _text(item.get("unit")), _text(item.get("qualifier"))
    as_of, sentence = _clean(item.get("as_of")), _text(item.get("sentence"))
    return f"{name}={_clean(item.get('value'))} {qual} {unit} as_of={as_of} | {sentence}"


def _vq(g: Mapping[str, Any], p: Mapping[str, Any]) -> bool:
    return values_equal(g.get("value"), p.get("value")) and _text(g.get("qualifier")) == _text(
        p.get("qualifier")
    )


def _vqu(g: Mapping[str, Any], p: Mapping[str, Any]) -> bool:
    return _vq(g, p) and unit_key(g.get("unit")) == unit_key(p.get("unit"))


def _sentence_sim(g: Mapping[str, Any], p: Mapping[str, Any]) -> float:
    return similarity(g.get("sentence"), p.get("sentence"))


def _same_named(g: Mapping[str, Any], p: Mapping[str, Any]) -> bool:
    same_value = values_equal(g.get("value"), p.get("value"))
    return same_value and g.get("measure") == _text(p.get("metric"))


def _score_metrics(doc: _Doc) -> dict[str, tuple[Counts, list[Miss]]]:
    gold, pred = doc.gold.get("metrics") or [], doc.rows["metrics"]
    pairs = match(gold, pred, is_match=_vqu, tie_break=_sentence_sim)
    loose = match(gold, pred, is_match=_vq, tie_break=_sentence_sim)
    dated = [
        (g, p)
        for g, p in pairs
        if as_of_agrees(gold[g].get("as_of"), pred[p].get("as_of"), pred[p].get("as_of_precision"))
    ]
    gold_named = [m for m in gold if m.get("measure") in NAMED_METRICS]
    pred_named = [m for m in pred if _text(m.get("metric")) in NAMED_METRICS]
    named = match(gold_named, pred_named, is_match=_same_named, tie_break=_sentence_sim)
    return {
        "metrics.value+qualifier": _tally(doc, "metrics.value+qualifier", gold, pred, loose, _metric),
        "metrics.value+qualifier+unit": _tally(
            doc, "metrics.value+qualifier+unit", gold, pred, pairs, _metric
        ),
        "metrics.named": _tally(doc, "metrics.named", gold_named, pred_named, named, _metric),
        "metrics.as_of": _tally(doc, "metrics.as_of", gold, pred, dated, _metric),
    }


def _date(item: Mapping[str, Any]) -> str:
    return f"{_text(item.get('text'))} -> {_text(item.get('normalized'))}"


def _same_date(g: Mapping[str, Any], p: Mapping[str, Any]) -> bool:
    same = _text(g.get("normalized")) == _text(p.get("normalized"))
    return same and texts_overlap(g.get("text"), p.get("text"))


def _text_sim(g: Mapping[str, Any], p: Mapping[str, Any]) -> float:
    return similarity(g.get("text"), p.get("text"))


def _score_dates(doc: _Doc) -> dict[str, tuple[Counts, list[Miss]]]:
    if doc.gold.get("dates") is None:
        return {}
    gold = doc.gold["dates"]
    undated = doc.doc is not None and _clean(doc.doc.get("release_date")) is None
    distinct = {
        ((_text(r.get("text")) or "").lower(), _text(r.get("normalized"))): r
        for r in doc.rows["temporal_expressions"]
        if _text(r.get("kind")) in DATE_KINDS and (_text(r.get("normalized")) or undated)
    }
    pred = list(distinct.values())
    pairs = match(gold, pred, is_match=_same_date, tie_break=_text_sim)
    return {"dates.normalized": _tally(doc, "dates.normalized", gold, pred, pairs, _date)}


def _score_document(doc: _Doc) -> dict[str, tuple[Counts, list[Miss]]]:
    predicted = doc.doc or {}
    results = {
        "release_date": _score_scalar(
            doc,
            "release_date",
            _iso(doc.gold.get("release_date")),
            _iso(predicted.get("release_date")),
        ),
        "issued_time": _score_scalar(
            doc,
            "issued_time",
            _hhmm(doc.gold.get("issued_time")),
            _hhmm(predicted.get("issued_time")),
        ),
    }
    for scorer in (_score_people, _score_organisations, _score_metrics, _score_dates):
        results |= scorer(doc)
    return results


# --------------------------------------------------------------------------- joining


def basename(path: Any) -> str:
    """File name of a POSIX or Windows path."""
    text = str(path)
    return PureWindowsPath(text).name if "\\" in text else PurePath(text).name


def _records(frame: pd.DataFrame | None) -> list[dict[str, Any]]:
    if frame is None or frame.empty:
        return []
    return [{k: _clean(v) for k, v in row.items()} for row in frame.to_dict("records")]


def _pick_documents(documents: list[dict[str, Any]]) -> tuple[dict[str, dict], list[str]]:
    """basename -> the predicted documents row to score; and basenames seen more than once."""
    ranked = sorted(documents, key=lambda d: (d.get("status") == "rejected", str(d.get("source_path"))))
    chosen: dict[str, dict[str, Any]] = {}
    duplicates: list[str] = []
    for row in ranked:
        name = basename(row.get("source_path"))
        if name in chosen:
            duplicates.append(name)
        else:
            chosen[name] = row
    return chosen, sorted(set(duplicates))


def _group(tables: Mapping[str, pd.DataFrame], table: str) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for row in _records(tables.get(table)):
        grouped.setdefault(str(row.get("doc_id")), []).append(row)
    return grouped


def _documents(tables: Mapping[str, pd.DataFrame], gold: list[dict]) -> tuple[list[_Doc], EvalReport]:
    chosen, duplicates = _pick_documents(_records(tables.get("documents")))
    grouped = {t: _group(tables, t) for t in ("people", "organisations", "metrics", "temporal_expressions")}
    docs = []
    for item in gold:
        row = chosen.get(item["file"])
        doc_id = str(row.get("doc_id")) if row else None
        rows = {t: (g.get(doc_id, []) if doc_id else []) for t, g in grouped.items()}
        docs.append(_Doc(item["file"], item, row, rows))
    gold_files = {item["file"] for item in gold}
    shell = EvalReport(
        fields={},
        per_document={},
        missing_documents=[d.file for d in docs if d.doc is None],
        unscored_documents=sorted(set(chosen) - gold_files),
        duplicate_documents=duplicates,
    )
    return docs, shell


def score(tables: Mapping[str, pd.DataFrame], gold: list[dict]) -> EvalReport:
    """Compare prediction tables (documents, people, organisations, metrics,
    temporal_expressions; all documents together) with gold (the parsed gold.json list)."""
    docs, report = _documents(tables, gold)
    totals = dict.fromkeys(FIELDS, Counts())
    for doc in docs:
        results = _score_document(doc)
        report.per_document[doc.file] = {name: counts for name, (counts, _) in results.items()}
        for name, (counts, misses) in results.items():
            totals[name] += counts
            report.misses.extend(misses)
    report.fields = {name: FieldScore(name, c.tp, c.fp, c.fn) for name, c in totals.items()}
    return report


# --------------------------------------------------------------------------- gold as tables


def _as_of_date(value: Any) -> tuple[dt.date | None, str | None]:
    text = _text(value)
    if text is None:
        return None, None
    precision = {4: "year", 7: "month"}.get(len(text), "day")
    padded = text + {"year": "-01-01", "month": "-01", "day": ""}[precision]
    return dt.date.fromisoformat(padded[:10]), precision


def _gold_metric(doc_id: str, item: Mapping[str, Any]) -> dict[str, Any]:
    as_of, precision = _as_of_date(item.get("as_of"))
    keys = ("subject", "qualifier", "unit", "sentence")
    row = {"doc_id": doc_id, "metric": item.get("measure"), "value": float(item["value"])}
    row |= {k: item.get(k) for k in keys}
    return row | {"as_of": as_of, "as_of_precision": precision}


def gold_as_tables(gold: Sequence[Mapping[str, Any]], *, folder: str = "seeds") -> dict[str, pd.DataFrame]:
    """The prediction tables a perfect warehouse would hold for `gold` (doc_id = file stem)."""
    rows: dict[str, list[dict[str, Any]]] = {
        t: [] for t in ("documents", "people", "organisations", "metrics", "temporal_expressions")
    }
    for item in gold:
        doc_id, date = PurePath(item["file"]).stem, _text(item.get("release_date"))
        rows["documents"].append(
            {
                "doc_id": doc_id,
                "source_path": f"{folder}/{item['file']}",
                "release_date": dt.date.fromisoformat(date) if date else None,
                "issued_time": item.get("issued_time"),
                "status": "ok" if date else "warning",
            }
        )
        keys = {
            "people": ("name", "honorific", "title", "organisation"),
            "organisations": ("name", "acronym"),
        }
        for table, columns in keys.items():
            rows[table] += [
                {"doc_id": doc_id} | {c: x.get(c) for c in columns} for x in item.get(table) or []
            ]
        rows["metrics"] += [_gold_metric(doc_id, m) for m in item.get("metrics") or []]
        rows["temporal_expressions"] += [
            {"doc_id": doc_id, "text": d["text"], "normalized": d["normalized"], "kind": "relative"}
            for d in item.get("dates") or []
        ]
    return {table: pd.DataFrame(records) for table, records in rows.items()}
