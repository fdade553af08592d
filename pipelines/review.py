"""Review pages: one self-contained HTML page per document, every extraction highlighted at its span.

A person checks the extraction by reading the release with each mention (colour per label), each
temporal expression and each metric marked where it was read, the extracted row on hover, and the
tables of people, organisations, metrics and dates below. No Dagster, no network: the page carries
its CSS and JS inline.

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
import html
import os
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipelines.schemas import (
    DOCUMENTS,
    ENTITY_KEYS,
    MENTIONS,
    METRICS,
    ORGANISATIONS,
    PEOPLE,
    TEMPORAL,
    Table,
)
from pipelines.storage import Warehouse, bucket_of

Row = dict[str, object]

# Background colour per label; the legend and the CSS are built from this one map.
COLOURS: dict[str, str] = {
    "PERSON": "#ffc98b",
    "ORG": "#9cc8ff",
    "GPE": "#a8e6a1",
    "EVENT": "#f5b3f0",
    "PROGRAMME": "#fff08a",
    "DATE": "#c9b8ff",
    "METRIC": "#ff9f9f",
}
OTHER_COLOUR = "#dddddd"
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
SHOWN_TABLES = (MENTIONS, PEOPLE, ORGANISATIONS, TEMPORAL, METRICS)  # besides documents
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


def _esc(value: object) -> str:
    """Escaped text; carriage returns as references so the DOM keeps them (the parser drops raw CR)."""
    return html.escape(value if isinstance(value, str) else _fmt(value), quote=True).replace("\r", "&#13;")


def row_title(table: str, row: Row) -> str:
    """Every column of the row, one `name: value` line each (the hover text)."""
    lines = [f"{table} [{row.get('char_start')}, {row.get('char_end')})"]
    lines += [f"{k}: {_fmt(v)}" for k, v in row.items()]
    return "\n".join(lines)


def _open_tag(ann: Annotation, *, continued: bool) -> str:
    attrs = {
        "class": f"hl t-{ann.table} l-{ann.label if ann.label in COLOURS else 'OTHER'}",
        "data-table": ann.table,
        "data-label": ann.label,
        "data-start": str(ann.start),
        "data-end": str(ann.end),
        "data-ann": ann.ann_id,
        "title": row_title(ann.table, ann.row),
    }
    if continued:
        attrs["data-part"] = "cont"
    else:
        attrs = {"id": ann.ann_id, **attrs}
    return "<mark " + " ".join(f'{k}="{_esc(v)}"' for k, v in attrs.items()) + ">"


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

CSS = """
:root { --ink: #1d2330; --muted: #5b6475; --line: #d9dee8; }
* { box-sizing: border-box; }
body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: var(--ink);
       margin: 0; background: #f6f7fa; }
header, main { max-width: 1180px; margin: 0 auto; padding: 16px 24px; }
header { background: #fff; border-bottom: 1px solid var(--line); max-width: none; }
header .inner { max-width: 1180px; margin: 0 auto; }
h1 { font-size: 21px; margin: 4px 0 8px; }
h2 { font-size: 16px; margin: 26px 0 8px; }
.meta { color: var(--muted); display: flex; flex-wrap: wrap; gap: 4px 18px; font-size: 13px; }
.meta b { color: var(--ink); font-weight: 600; }
.status { display: inline-block; padding: 1px 8px; border-radius: 10px; font-weight: 600; font-size: 12px; }
.status-ok { background: #d7f5dd; color: #17612a; }
.status-warning { background: #fff1c2; color: #7a5800; }
.status-rejected { background: #ffd9d9; color: #8a1212; }
.warnings { margin: 8px 0 0; padding-left: 20px; color: #7a5800; font-size: 13px; }
.rejected { background: #fff0f0; border: 1px solid #f2b8b8; border-radius: 6px; padding: 12px 16px;
            margin: 12px 0; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 14px; margin: 12px 0 4px; font-size: 13px; }
.legend label { cursor: pointer; user-select: none; }
.swatch { display: inline-block; padding: 0 6px; border-radius: 3px; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr); gap: 16px; }
#text { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 18px 22px;
        white-space: pre-wrap; overflow-wrap: anywhere; font-size: 15px; line-height: 1.9; }
mark.hl { color: inherit; border-radius: 3px; padding: 1px 0; box-decoration-break: clone;
          -webkit-box-decoration-break: clone; cursor: help; }
mark.t-metrics { border: 2px solid #c0392b; padding: 0 1px; }
mark.t-temporal_expressions { border-bottom: 2px dashed #5b3fd1; }
mark.hl mark.hl { padding: 0; }
mark.hl:target, mark.flash { outline: 3px solid #ff7a00; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: 13px;
        border: 1px solid var(--line); }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: #eef1f6; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.empty { color: var(--muted); font-style: italic; }
a { color: #1c5fd1; }
#tip { position: fixed; z-index: 10; max-width: 460px; background: #1d2330; color: #f2f4f8;
       font: 12px/1.45 ui-monospace, "DejaVu Sans Mono", monospace; padding: 8px 10px; border-radius: 6px;
       white-space: pre-wrap; pointer-events: none; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
#tip .blk + .blk { border-top: 1px solid #4a5266; margin-top: 6px; padding-top: 6px; }
footer { color: var(--muted); font-size: 12px; max-width: 1180px; margin: 0 auto; padding: 12px 24px 30px; }
"""

JS = """
(function () {
  var tip = document.getElementById('tip'), text = document.getElementById('text');
  function titleOf(el) {
    if (el.hasAttribute('title')) { el.setAttribute('data-title', el.getAttribute('title'));
                                    el.removeAttribute('title'); }
    return el.getAttribute('data-title') || '';
  }
  if (text) {
    text.addEventListener('mouseover', function (e) {
      var el = e.target, blocks = [];
      while (el && el !== text) {
        if (el.classList && el.classList.contains('hl')) blocks.push(el);
        el = el.parentElement;
      }
      if (!blocks.length) { tip.hidden = true; return; }
      show(blocks);
    });
    text.addEventListener('mousemove', function (e) {
      var x = Math.min(e.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
      var y = e.clientY + 18;
      if (y + tip.offsetHeight > window.innerHeight) y = Math.max(4, e.clientY - tip.offsetHeight - 12);
      tip.style.left = x + 'px'; tip.style.top = y + 'px';
    });
    text.addEventListener('mouseleave', function () { tip.hidden = true; });
  }
  document.querySelectorAll('.legend input').forEach(function (box) {
    box.addEventListener('change', function () {
      document.body.classList.toggle('hide-' + box.value, !box.checked);
    });
  });
  function show(marks, x, y) {
    tip.textContent = '';
    marks.forEach(function (m) {
      var d = document.createElement('div');
      d.className = 'blk'; d.textContent = titleOf(m); tip.appendChild(d);
    });
    tip.hidden = false;
    if (x !== undefined) { tip.style.left = x + 'px'; tip.style.top = y + 'px'; }
  }
  // #tip-<ann id> opens the hover box of that highlight (for screenshots and links).
  var m = /^#tip-(a[0-9]+)$/.exec(location.hash), target = m && document.getElementById(m[1]);
  if (target) {
    var covering = [], el = target;
    while (el && el !== text) { if (el.classList.contains('hl')) covering.push(el); el = el.parentElement; }
    var r = target.getBoundingClientRect();
    if (r.bottom + 260 > window.innerHeight) {
      target.scrollIntoView({block: 'center'}); r = target.getBoundingClientRect();
    }
    show(covering, Math.min(r.left, window.innerWidth - 480), r.bottom + 8);
  }
  document.querySelectorAll('a[href^="#a"]').forEach(function (a) {
    a.addEventListener('click', function () {
      var id = a.getAttribute('href').slice(1);
      document.querySelectorAll('[data-ann="' + id + '"]').forEach(function (m) {
        m.classList.add('flash'); setTimeout(function () { m.classList.remove('flash'); }, 1600);
      });
    });
  });
  document.body.setAttribute('data-ready', '1');
})();
"""


def _css() -> str:
    rules = [CSS]
    for label, colour in {**COLOURS, "OTHER": OTHER_COLOUR}.items():
        rules.append(f"mark.l-{label}, .swatch.l-{label} {{ background: {colour}; }}")
        hidden = "background: none; border-color: transparent; cursor: auto;"
        rules.append(f"body.hide-{label} mark.l-{label} {{ {hidden} }}")
    return "\n".join(rules)


def _legend(anns: Sequence[Annotation]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for a in anns:
        counts[a.label] += 1
    labels = [*COLOURS, *sorted(set(counts) - set(COLOURS))]
    items = []
    for label in labels:
        name = LABEL_NAMES.get(label, label.lower())
        css = label if label in COLOURS else "OTHER"
        items.append(
            f'<label><input type="checkbox" value="{_esc(css)}" checked> '
            f'<span class="swatch l-{_esc(css)}">{_esc(label)}</span> '
            f"{_esc(name)} ({counts.get(label, 0)})</label>"
        )
    return '<div class="legend" id="legend">' + "".join(items) + "</div>"


def _span_link(row: Row, by_span: Mapping[tuple[str, int, int], str], table: str) -> str:
    start, end = row.get("char_start"), row.get("char_end")
    label = f"{start}–{end}"
    ann = by_span.get((table, start, end)) if isinstance(start, int) and isinstance(end, int) else None
    return f'<a href="#{ann}">{_esc(label)}</a>' if ann else _esc(label)


def _table(
    title: str,
    rows: Sequence[Row],
    columns: Sequence[tuple[str, str]],
    link_table: str,
    by_span: Mapping[tuple[str, int, int], str],
) -> str:
    head = "".join(f"<th>{_esc(h)}</th>" for _, h in columns) + "<th>span</th>"
    body = []
    for row in rows:
        cells = []
        for col, _ in columns:
            value = row.get(col)
            cls = ' class="num"' if isinstance(value, int | float) and not isinstance(value, bool) else ""
            cells.append(f"<td{cls}>{_esc('' if value is None else value)}</td>")
        cells.append(f"<td>{_span_link(row, by_span, link_table)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    if not body:
        n = len(columns) + 1
        body.append(f'<tr><td class="empty" colspan="{n}">none</td></tr>')
    section_id = title.lower().replace(" ", "-")
    return (
        f'<section id="{_esc(section_id)}"><h2>{_esc(title)} ({len(rows)})</h2>'
        f'<table data-table="{_esc(link_table)}"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table></section>"
    )


def _interval(row: Row) -> str:
    low, high = row.get("value_low"), row.get("value_high")
    return f"[{_fmt(low)}, {'∞' if high is None else _fmt(high)}]"


def _header(doc: Row, n_anns: int) -> str:
    status = str(doc.get("status") or "unknown")
    title = doc.get("title") or "(no title)"
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
    meta_html = "".join(f"<span>{_esc(k)} <b>{_esc(v)}</b></span>" for k, v in meta if v not in (None, ""))
    parts = [
        '<header><div class="inner">',
        f'<div><span class="status status-{_esc(status)}" id="status">{_esc(status)}</span></div>',
        f'<h1 id="title">{_esc(title)}</h1>',
        f'<div class="meta">{meta_html}</div>',
    ]
    warnings = doc.get("warnings") or []
    if warnings:
        items = "".join(f"<li>{_esc(w)}</li>" for w in warnings)  # type: ignore[union-attr]
        parts.append(f'<ul class="warnings" id="warnings">{items}</ul>')
    if status == "rejected" or doc.get("reject_reason"):
        parts.append(
            '<div class="rejected" id="reject-reason"><b>Rejected:</b> '
            f"{_esc(doc.get('reject_reason') or 'no reason recorded')}. Nothing was extracted from it.</div>"
        )
    parts.append("</div></header>")
    return "".join(parts)


def render_document(data: DocumentData) -> str:
    """The review page of one loaded document (see `render_review`)."""
    doc = data.doc
    text = str(doc.get("text") or "")
    anns, misplaced = annotations(data)
    by_span = {(a.table, a.start, a.end): a.ann_id for a in anns}
    title = f"Review: {doc.get('title') or doc.get('doc_id')}"

    if text:
        body_text = f'<div id="text" lang="en">{highlight(text, anns)}</div>'
    else:
        body_text = (
            '<div id="text" class="empty">No cleaned text: the document was rejected before cleaning.</div>'
        )
    tables = [
        ("People", data.people, PEOPLE_COLUMNS, MENTIONS.name),
        ("Organisations", data.organisations, ORGANISATION_COLUMNS, MENTIONS.name),
        ("Metrics", [r | {"interval": _interval(r)} for r in data.metrics], METRIC_COLUMNS, METRICS.name),
        ("Dates", data.temporal, DATE_COLUMNS, TEMPORAL.name),
        ("Mentions", data.mentions, MENTION_COLUMNS, MENTIONS.name),
    ]
    sections = [_legend(anns), body_text]
    sections += [_table(title, rows, cols, link, by_span) for title, rows, cols, link in tables]
    if misplaced:
        items = "".join(
            f"<li><b>{_esc(t)}</b> [{_esc(r.get('char_start'))}, {_esc(r.get('char_end'))}): "
            f"{_esc(r.get('text') or r.get('quantity'))}</li>"
            for t, r in misplaced
        )
        sections.append(
            f'<section id="misplaced"><h2>Rows whose span is outside the text</h2><ul>{items}</ul></section>'
        )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"
        f"<title>{_esc(title)}</title><style>{_css()}</style></head>"
        f'<body data-doc-id="{_esc(doc.get("doc_id"))}">'
        f"{_header(doc, len(anns))}<main>{''.join(sections)}</main>"
        "<footer>Hover a highlight for the extracted row (every column); nested highlights show every "
        "row that covers the text. Spans index documents.text: [char_start, char_end).</footer>"
        f'<div id="tip" hidden></div><script>{JS}</script></body></html>\n'
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
        status = str(r.get("status") or "")
        items.append(
            f'<tr><td><a href="{_esc(p.name)}">{_esc(p.stem)}</a></td>'
            f"<td>{_esc(r.get('release_date') or '')}</td>"
            f'<td><span class="status status-{_esc(status)}">{_esc(status)}</span></td>'
            f"<td>{_esc(r.get('title') or '')}</td></tr>"
        )
    page = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Review pages</title>'
        f"<style>{CSS}</style></head><body><main><h1>Review pages ({len(pages)})</h1>"
        "<table><thead><tr><th>document</th><th>released</th><th>status</th><th>title</th></tr></thead>"
        f"<tbody>{''.join(items)}</tbody></table></main></body></html>\n"
    )
    path = out_dir / "index.html"
    atomic_write_text(path, page)
    return path
