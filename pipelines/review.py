"""Review pages: one self-contained HTML page per document, every extraction highlighted at its span.

A person checks the extraction by reading the release with each mention (colour per label), each
temporal expression and each metric marked where it was read, the extracted row on hover, and the
tables of people, organisations, metrics and dates below. No Dagster, no network: the page carries
its CSS and JS inline. The page's HTML is the Jinja2 template pipelines/templates/review.html.j2,
its CSS and JS pipelines/static/review.css and review.js; this module loads the rows, cuts the
highlighted text and fills the template.

Spans of different tables may nest or cross (a metric's quantity inside a sentence that also has
mentions, a date phrase overlapping a mention). The text is cut at every span boundary and the
highlights are opened and closed like tags on a stack: nested spans become nested elements, and a
span that crosses another is split into fragments that share its `data-ann` id (the first one
carries the anchor `id`; continuations have `data-part="cont"`). Concatenating an annotation's
fragments gives exactly `documents.text[char_start:char_end]`.

Rows are read from the published Parquet buckets (the warehouse's truth), not through DuckDB, so a
page can be written while another process holds the database.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import os
import re
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import jinja2
from markupsafe import Markup

from pipelines.schemas import (
    DOCUMENTS,
    ENTITY_KEYS,
    EXTRACTION_ERRORS,
    MENTIONS,
    METRICS,
    ORGANISATIONS,
    PEOPLE,
    TEMPORAL,
    Table,
)
from pipelines.storage import Warehouse, bucket_of

Row = dict[str, object]

# Labels with a colour of their own (pipelines/static/review.css), in legend order; others are OTHER.
LABEL_NAMES: dict[str, str] = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place (GPE)",
    "EVENT": "event",
    "PROGRAMME": "programme",
    "DATE": "date / time expression",
    "METRIC": "metric (quantity)",
}
# Which tables are highlighted in the text, in drawing order at equal spans (outermost first).
SHOWN_TABLES = (MENTIONS, PEOPLE, ORGANISATIONS, TEMPORAL, METRICS, EXTRACTION_ERRORS)  # and documents
HIGHLIGHTED = (METRICS.name, TEMPORAL.name, MENTIONS.name)


# (column, heading) of the tables below the text.
PEOPLE_COLUMNS = (
    ("name", "name"),
    ("honorific", "honorific"),
    ("title", "title"),
    ("organisation", "organisation"),
    ("n_mentions", "mentions"),
    ("entity_id", "entity"),
)
ORGANISATION_COLUMNS = (
    ("name", "name"),
    ("acronym", "acronym"),
    ("n_mentions", "mentions"),
    ("mention", "first mention"),
    ("entity_id", "entity"),
)
METRIC_COLUMNS = (
    ("metric", "metric"),
    ("subject", "subject"),
    ("quantity", "as written"),
    ("value", "value"),
    ("qualifier", "qualifier"),
    ("interval", "interval"),
    ("unit", "unit"),
    ("as_of", "as of"),
    ("as_of_precision", "precision"),
    ("since", "since"),
)
DATE_COLUMNS = (
    ("text", "as written"),
    ("kind", "kind"),
    ("normalized", "normalized"),
    ("precision", "precision"),
    ("date_start", "from"),
    ("date_end", "to"),
)
MENTION_COLUMNS = (
    ("text", "as written"),
    ("label", "label"),
    ("method", "rule"),
    ("entity_key", "entity key"),
    ("entity_id", "entity"),
)


class UnknownDocument(KeyError):
    """No document with that id in the warehouse (str() is the plain message, unlike KeyError)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unknown document"


@dataclass(frozen=True)
class Annotation:
    ann_id: str
    table: str
    label: str
    start: int
    end: int
    row: Row

    @property
    def order(self) -> int:
        return HIGHLIGHTED.index(self.table)


@dataclass
class DocumentData:
    doc: Row
    mentions: list[Row]
    people: list[Row]
    organisations: list[Row]
    temporal: list[Row]
    metrics: list[Row]
    errors: list[Row] = field(default_factory=list)  # the steps that failed on it (extraction_errors)


# -- loading ----------------------------------------------------------------------------------


def entity_ids(wh: Warehouse) -> dict[str, str]:
    """entity_key -> cross-document entity_id (empty before the entities asset has run)."""
    data = wh.read_table(ENTITY_KEYS)
    return dict(zip(data.column("entity_key").to_pylist(), data.column("entity_id").to_pylist(), strict=True))


def load_document(wh: Warehouse, doc_id: str, ids: Mapping[str, str] | None = None) -> DocumentData:
    found = next(load_documents(wh, [doc_id], ids), None)
    if found is None:
        known = sorted(wh.document_ids(DOCUMENTS))
        hint = f"; known ids include {', '.join(known[:5])}" if known else "; the warehouse is empty"
        raise UnknownDocument(f"no document {doc_id!r} in the warehouse at {wh.uri}{hint}")
    return found


def load_documents(
    wh: Warehouse, doc_ids: Iterable[str], ids: Mapping[str, str] | None = None
) -> Iterator[DocumentData]:
    """Each known document's rows, read a bucket at a time (unknown ids are skipped)."""
    ids = entity_ids(wh) if ids is None else ids
    by_bucket: dict[int, list[str]] = {}
    for doc_id in doc_ids:
        by_bucket.setdefault(bucket_of(doc_id), []).append(doc_id)
    for chunk in by_bucket.values():
        docs = wh.read_grouped(DOCUMENTS, chunk)
        tables = {t.name: wh.read_grouped(t, chunk) for t in SHOWN_TABLES}

        def rows(table: Table, doc_id: str, tables: dict = tables) -> list[Row]:
            out = tables[table.name][doc_id]
            if table.resolves_entities:
                for r in out:
                    r["entity_id"] = ids.get(str(r.get("entity_key")))
            return sorted(out, key=lambda r: (r.get("char_start") or 0, r.get("char_end") or 0))

        for doc_id in chunk:
            if not docs[doc_id]:
                continue
            yield DocumentData(
                doc=docs[doc_id][0],
                mentions=rows(MENTIONS, doc_id),
                people=rows(PEOPLE, doc_id),
                organisations=rows(ORGANISATIONS, doc_id),
                temporal=rows(TEMPORAL, doc_id),
                metrics=rows(METRICS, doc_id),
                errors=[
                    r
                    for r in tables[EXTRACTION_ERRORS.name][doc_id]
                    if r["source_sha256"] == docs[doc_id][0]["content_sha256"]
                ],
            )


def annotations(data: DocumentData) -> tuple[list[Annotation], list[tuple[str, Row]]]:
    """Highlights of the document, and the rows whose span does not fit its text (shown apart)."""
    text = data.doc.get("text") or ""
    anns: list[Annotation] = []
    misplaced: list[tuple[str, Row]] = []
    sources: list[tuple[str, list[Row], object]] = [
        (METRICS.name, data.metrics, "METRIC"),
        (TEMPORAL.name, data.temporal, "DATE"),
        (MENTIONS.name, data.mentions, None),
    ]
    for table, rows, fixed_label in sources:
        for row in rows:
            start, end = row.get("char_start"), row.get("char_end")
            label = str(fixed_label or row.get("label") or "OTHER")
            if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
                misplaced.append((table, row))
                continue
            anns.append(Annotation(f"a{len(anns)}", table, label, start, end, row))
    return anns, misplaced


# -- the highlighted text ---------------------------------------------------------------------


def _fmt(value: object) -> str:
    if type(value) is str:  # the common case first: most cells and every text segment
        return value
    if value is None:
        return "null"
    if isinstance(value, float):
        return f"{value:g}" if value == value else "NaN"
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_fmt(v) for v in value) + "]"
    return str(value)


# What `_esc` changes: most values hold none of it and are returned as they are, without the five
# replacements of `html.escape` (half a million values on a page build of 1,000 documents).
_TO_ESCAPE = re.compile("[&<>\"'\r]")


def _esc(value: object) -> str:
    """Escaped text; carriage returns as references so the DOM keeps them (the parser drops raw CR)."""
    text = value if isinstance(value, str) else _fmt(value)
    if _TO_ESCAPE.search(text) is None:
        return text
    text = html.escape(text, quote=True)
    return text.replace("\r", "&#13;") if "\r" in text else text


def row_title(table: str, row: Row) -> str:
    """Every column of the row, one `name: value` line each (the hover text)."""
    lines = [f"{table} [{row.get('char_start')}, {row.get('char_end')})"]
    lines += [f"{k}: {_fmt(v)}" for k, v in row.items()]
    return "\n".join(lines)


def _open_tag(ann: Annotation, *, continued: bool) -> str:
    """`<mark>` with the annotation's attributes; `id` on the first fragment, `data-part` after."""
    css = ann.label if ann.label in LABEL_NAMES else "OTHER"
    label = _esc(ann.label)
    head = '<mark data-part="cont"' if continued else f'<mark id="{ann.ann_id}"'
    return (
        f'{head} class="hl t-{ann.table} l-{_esc(css)}" data-table="{ann.table}" data-label="{label}" '
        f'data-start="{ann.start}" data-end="{ann.end}" data-ann="{ann.ann_id}" '
        f'title="{_esc(row_title(ann.table, ann.row))}">'
    )


def highlight(text: str, anns: Sequence[Annotation]) -> str:
    """`text` as escaped HTML with every annotation wrapped in `<mark>` at its span.

    Boundaries of all spans cut the text into segments; annotations open longest-first at their
    start and close at their end. Closing one that is not innermost closes the ones inside it and
    reopens them as continuation fragments, so the markup is always a valid tree.
    """
    opens: dict[int, list[Annotation]] = defaultdict(list)
    for a in anns:
        opens[a.start].append(a)
    for group in opens.values():
        group.sort(key=lambda a: (-a.end, a.order, a.ann_id))
    bounds = sorted({0, len(text)} | {a.start for a in anns} | {a.end for a in anns})
    out: list[str] = []
    stack: list[Annotation] = []
    pos = 0
    for b in bounds:
        out.append(_esc(text[pos:b]))
        pos = b
        first_ending = next((i for i, a in enumerate(stack) if a.end == b), None)
        if first_ending is not None:
            reopen: list[Annotation] = []
            while len(stack) > first_ending:
                a = stack.pop()
                out.append("</mark>")
                if a.end != b:
                    reopen.append(a)
            for a in reversed(reopen):
                out.append(_open_tag(a, continued=True))
                stack.append(a)
        for a in opens.get(b, ()):
            out.append(_open_tag(a, continued=False))
            stack.append(a)
    out.extend("</mark>" for _ in stack)
    return "".join(out)


# -- the page ---------------------------------------------------------------------------------
# The HTML is pipelines/templates/review.html.j2 (and index.html.j2), the styles
# pipelines/static/review.css and the behaviour pipelines/static/review.js: a designer changes the
# page there. Both files are inlined into the page, which stays one self-contained file.

TEMPLATES = "templates"
STATIC = "static"


def _finalize(value: object) -> object:
    """How the templates print `{{ value }}`: formatted like the rows (`_fmt`) and escaped (`_esc`)."""
    return value if isinstance(value, Markup) else Markup(_esc(value))


@functools.cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("pipelines", TEMPLATES),
        autoescape=True,
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        auto_reload=False,  # templates are package files: no stat per page
    )


@functools.cache
def static_text(name: str) -> Markup:
    """A file of pipelines/static/, to be inlined as is (CSS or JavaScript, never user data)."""
    return Markup(resources.files("pipelines").joinpath(STATIC, name).read_text(encoding="utf-8"))


def renderer_files() -> list[Path | Traversable]:
    """Every file that shapes a page: a change to any of them re-renders every page."""
    package = resources.files("pipelines")
    return [
        Path(__file__),
        *(package.joinpath(TEMPLATES, n) for n in ("review.html.j2", "index.html.j2")),
        *(package.joinpath(STATIC, n) for n in ("review.css", "review.js")),
    ]


def _legend(anns: Sequence[Annotation]) -> list[dict[str, object]]:
    counts: dict[str, int] = defaultdict(int)
    for a in anns:
        counts[a.label] += 1
    labels = [*LABEL_NAMES, *sorted(set(counts) - set(LABEL_NAMES))]
    return [
        {
            "css": label if label in LABEL_NAMES else "OTHER",
            "label": label,
            "name": LABEL_NAMES.get(label, label.lower()),
            "count": counts.get(label, 0),
        }
        for label in labels
    ]


def _cell(value: object) -> str:
    """One `<td>`: the value escaped ("" for null), numbers right-aligned."""
    if value is None:
        return "<td></td>"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f'<td class="num">{_esc(value)}</td>'
    return f"<td>{_esc(value)}</td>"


def _table(
    title: str,
    rows: Sequence[Row],
    columns: Sequence[tuple[str, str]],
    link_table: str,
    by_span: Mapping[tuple[str, int, int], str],
) -> dict[str, object]:
    """One table below the text. Its rows are rendered here, each cell escaped once, so the
    template copies one string per row (this runs for every cell of every page of a bulk build)."""
    out_rows = []
    for row in rows:
        start, end = row.get("char_start"), row.get("char_end")
        ann = (
            by_span.get((link_table, start, end)) if isinstance(start, int) and isinstance(end, int) else None
        )
        span = f"{_esc(start)}–{_esc(end)}"
        link = f'<a href="#{ann}">{span}</a>' if ann else span
        cells = "".join([_cell(row.get(col)) for col, _ in columns])
        out_rows.append(Markup(f"<tr>{cells}<td>{link}</td></tr>"))
    return {
        "id": title.lower().replace(" ", "-"),
        "title": title,
        "link_table": link_table,
        "headings": [h for _, h in columns],
        "rows": out_rows,
    }


def _interval(row: Row) -> str:
    low, high = row.get("value_low"), row.get("value_high")
    return f"[{_fmt(low)}, {'∞' if high is None else _fmt(high)}]"


def _meta(doc: Row, n_anns: int) -> list[tuple[str, object]]:
    meta = [
        ("document", doc.get("doc_id")),
        ("released", doc.get("release_date")),
        ("issued", doc.get("issued_at") or doc.get("issued_time")),
        ("source", doc.get("source_path")),
        ("encoding", doc.get("encoding")),
        ("bytes", doc.get("n_bytes")),
        ("repairs", doc.get("n_repairs")),
        ("highlights", n_anns),
    ]
    return [(k, v) for k, v in meta if v not in (None, "")]


def render_document(data: DocumentData) -> str:
    """The review page of one loaded document (see `render_review`)."""
    doc = data.doc
    text = str(doc.get("text") or "")
    anns, misplaced = annotations(data)
    by_span = {(a.table, a.start, a.end): a.ann_id for a in anns}
    tables = [
        ("People", data.people, PEOPLE_COLUMNS, MENTIONS.name),
        ("Organisations", data.organisations, ORGANISATION_COLUMNS, MENTIONS.name),
        ("Metrics", [r | {"interval": _interval(r)} for r in data.metrics], METRIC_COLUMNS, METRICS.name),
        ("Dates", data.temporal, DATE_COLUMNS, TEMPORAL.name),
        ("Mentions", data.mentions, MENTION_COLUMNS, MENTIONS.name),
    ]
    return (
        _environment()
        .get_template("review.html.j2")
        .render(
            page_title=f"Review: {doc.get('title') or doc.get('doc_id')}",
            doc=doc,
            status=str(doc.get("status") or "unknown"),
            meta=_meta(doc, len(anns)),
            legend=_legend(anns),
            errors=data.errors,
            text_html=Markup(highlight(text, anns)) if text else None,
            tables=[_table(title, rows, cols, link, by_span) for title, rows, cols, link in tables],
            misplaced=[
                {
                    "table": t,
                    "start": r.get("char_start"),
                    "end": r.get("char_end"),
                    "text": r.get("text") or r.get("quantity"),
                }
                for t, r in misplaced
            ],
            css=static_text("review.css"),
            js=static_text("review.js"),
        )
    )


def render_review(wh: Warehouse, doc_id: str) -> str:
    """A self-contained HTML review page of one document; UnknownDocument (a KeyError) if absent."""
    return render_document(load_document(wh, doc_id))


def atomic_write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_index(out_dir: Path, wh: Warehouse | None = None) -> Path:
    """`<out_dir>/index.html`: a list of every review page in the folder, with titles when known."""
    out_dir = Path(out_dir)
    pages = sorted(p for p in out_dir.glob("*.html") if p.name != "index.html")
    titles: dict[str, Row] = {}
    if wh is not None and pages:
        # The published buckets, four columns: a few files, not one per page.
        rows = wh.read_table(DOCUMENTS, ["doc_id", "title", "release_date", "status"])
        titles = {r["doc_id"]: r for r in rows.to_pylist()}
    items = []
    for p in pages:
        r = titles.get(p.stem, {})
        items.append(
            {
                "file": p.name,
                "doc_id": p.stem,
                "released": r.get("release_date") or "",
                "status": str(r.get("status") or ""),
                "title": r.get("title") or "",
            }
        )
    page = _environment().get_template("index.html.j2").render(pages=items, css=static_text("review.css"))
    path = out_dir / "index.html"
    atomic_write_text(path, page)
    return path
