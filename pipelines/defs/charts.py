"""A chart of each tracked metric over time, for the `metric_timeseries` materialisation.

Dagster 1.13 has no Vega-Lite metadata kind, but its UI renders Markdown metadata with
`react-markdown` + `rehype-sanitize`, whose config allows `data:` image sources. So the chart is an
SVG drawn here (small multiples: one panel per metric, subject and unit; the qualifier's interval
as a band around each point) inlined as a base64 `data:image/svg+xml` image in Markdown, followed by
a table of the latest value per series. No plotting library, no network.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import math
from collections import defaultdict
from dataclasses import dataclass

import dagster as dg
import duckdb
import pyarrow as pa
import pyarrow.compute as pc

MAX_PANELS = 24
COLUMNS = 3
PANEL_W, PANEL_H = 320, 150
PAD_L, PAD_R, PAD_T, PAD_B = 52, 16, 30, 26
LINE = "#2f6fd6"
BAND = "#2f6fd6"


@dataclass(frozen=True)
class Point:
    as_of: dt.date
    value: float
    low: float | None
    high: float | None
    qualifier: str


@dataclass
class Series:
    metric: str
    subject: str | None
    unit: str
    points: list[Point]
    n_statements: int

    @property
    def title(self) -> str:
        return f"{self.metric} · {self.subject or '(no subject)'}"


def series_of(data: pa.Table, limit: int | None = None) -> tuple[list[Series], int]:
    """Series per (metric, subject, unit), oldest point first, most stated first (the first
    `limit` only, when given); and the rows without an as_of date or value."""
    dated = data.filter(pc.and_(pc.is_valid(data["as_of"]), pc.is_valid(data["value"])))
    undated = data.num_rows - dated.num_rows
    if limit is not None:
        dated = _rows_of_top_series(dated, limit)
    groups: dict[tuple[str, str | None, str], Series] = {}
    for r in dated.to_pylist():
        key = (str(r["metric"]), r.get("subject"), str(r.get("unit") or ""))
        s = groups.setdefault(key, Series(key[0], key[1], key[2], [], 0))
        s.points.append(
            Point(
                r["as_of"],
                float(r["value"]),
                r.get("value_low"),
                r.get("value_high"),
                r.get("qualifier") or "",
            )
        )
        s.n_statements += int(r.get("n_statements") or 1)
    out = list(groups.values())
    for s in out:
        s.points.sort(key=lambda p: p.as_of)
    out.sort(key=lambda s: (-s.n_statements, -len(s.points), s.metric, s.subject or ""))
    return out, undated


_SERIES_SQL = """
SELECT metric, subject, coalesce(unit, '') AS unit_key,
       sum(coalesce(n_statements, 1)) AS n, count(*) AS points
FROM t GROUP BY 1, 2, 3
"""


def count_series(data: pa.Table) -> int:
    dated = data.filter(pc.and_(pc.is_valid(data["as_of"]), pc.is_valid(data["value"])))
    with duckdb.connect() as con:
        con.register("t", dated)
        return int(con.execute(f"SELECT count(*) FROM ({_SERIES_SQL})").fetchone()[0])  # type: ignore[index]


def _rows_of_top_series(dated: pa.Table, limit: int) -> pa.Table:
    """The rows of the `limit` series `series_of` would put first, found in DuckDB so that a
    warehouse with thousands of series does not build Python objects for all of them."""
    with duckdb.connect() as con:
        con.register("t", dated)
        return con.sql(
            f"WITH s AS ({_SERIES_SQL} ORDER BY n DESC, points DESC, metric, coalesce(subject, '') "
            f"LIMIT {int(limit)}) SELECT t.* FROM t SEMI JOIN s ON t.metric = s.metric "
            "AND t.subject IS NOT DISTINCT FROM s.subject AND coalesce(t.unit, '') = s.unit_key"
        ).to_arrow_table()


def compact(value: float) -> str:
    """3000 -> '3,000'; 42e9 -> '42B'; 2.5 -> '2.5'."""
    a = abs(value)
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if a >= size:
            return f"{value / size:.3g}{suffix}"
    if a >= 1000 or value == int(value):
        return f"{value:,.0f}"
    return f"{value:.3g}"


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _nice_max(v: float) -> float:
    if v <= 0:
        return 1.0
    exp = 10 ** math.floor(math.log10(v))
    for m in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if m * exp >= v:
            return m * exp
    return 10 * exp


def _panel(s: Series, x0: float, y0: float) -> str:
    w, h = PANEL_W - PAD_L - PAD_R, PANEL_H - PAD_T - PAD_B
    left, top = x0 + PAD_L, y0 + PAD_T
    highs = [p.high if p.high is not None else p.value for p in s.points]
    y_max = _nice_max(max([*highs, *(p.value for p in s.points)]) * 1.1)
    y_min = min(0.0, min(p.low if p.low is not None else p.value for p in s.points))
    days = [p.as_of.toordinal() for p in s.points]
    d0, d1 = min(days), max(days)

    def x(d: int) -> float:
        return left + (w / 2 if d0 == d1 else 10 + (d - d0) / (d1 - d0) * (w - 20))

    def y(v: float) -> float:
        return top + h - (v - y_min) / (y_max - y_min) * h

    parts = [
        f'<rect x="{x0 + 4}" y="{y0 + 4}" width="{PANEL_W - 8}" height="{PANEL_H - 8}" rx="6" '
        'fill="#ffffff" stroke="#d9dee8"/>',
        f'<text x="{x0 + 12}" y="{y0 + 20}" font-size="12" font-weight="600" fill="#1d2330">'
        f"<title>{_esc(s.title)}</title>{_esc(_shorten(s.title))}</text>",
        f'<text x="{x0 + PANEL_W - 12}" y="{y0 + 20}" font-size="11" fill="#5b6475" text-anchor="end">'
        f"{_esc(s.unit[:14])}</text>",
    ]
    for frac in (0.0, 0.5, 1.0):
        v = y_min + frac * (y_max - y_min)
        yy = y(v)
        parts.append(f'<line x1="{left}" x2="{left + w}" y1="{yy:.1f}" y2="{yy:.1f}" stroke="#eef1f6"/>')
        parts.append(
            f'<text x="{left - 6}" y="{yy + 4:.1f}" font-size="10" fill="#5b6475" text-anchor="end">'
            f"{_esc(compact(v))}</text>"
        )
    labels = {d0: s.points[0].as_of, d1: s.points[-1].as_of}
    for d, date in labels.items():
        anchor = "middle" if d0 == d1 else ("start" if d == d0 else "end")
        parts.append(
            f'<text x="{x(d):.1f}" y="{top + h + 16}" font-size="10" fill="#5b6475" '
            f'text-anchor="{anchor}">{date.isoformat()}</text>'
        )
    # Interval of each point (the qualifier): a band from value_low to value_high (arrow if unbounded).
    for p in s.points:
        xx = x(p.as_of.toordinal())
        lo = p.low if p.low is not None else p.value
        hi_open = p.high is None and p.qualifier in ("more_than", "at_least")
        if hi_open:
            hi = min(y_max, p.value + 0.2 * (y_max - y_min))
        else:
            hi = p.high if p.high is not None else p.value
        if hi != lo:
            parts.append(
                f'<rect x="{xx - 5:.1f}" y="{y(hi):.1f}" width="10" height="{max(1.0, y(lo) - y(hi)):.1f}" '
                f'fill="{BAND}" fill-opacity="0.18"/>'
            )
        if hi_open:
            tip, base = y(hi), y(hi) + 6
            parts.append(
                f'<path d="M{xx - 5:.1f},{base:.1f} L{xx:.1f},{tip:.1f} L{xx + 5:.1f},{base:.1f}" '
                f'fill="none" stroke="{BAND}" stroke-width="1.5"/>'
            )
    if len(s.points) > 1:
        path = " ".join(f"{x(p.as_of.toordinal()):.1f},{y(p.value):.1f}" for p in s.points)
        parts.append(f'<polyline points="{path}" fill="none" stroke="{LINE}" stroke-width="2"/>')
    for p in s.points:
        xx, yy = x(p.as_of.toordinal()), y(p.value)
        parts.append(f'<circle cx="{xx:.1f}" cy="{yy:.1f}" r="3.5" fill="{LINE}"/>')
    last = s.points[-1]
    lx = x(last.as_of.toordinal())
    # The latest value, beside its point (left of it when the point is at the right edge).
    dx, anchor = (9, "start") if d0 == d1 else (-9, "end")
    parts.append(
        f'<text x="{lx + dx:.1f}" y="{y(last.value) + 4:.1f}" font-size="11" font-weight="600" '
        f'fill="{LINE}" text-anchor="{anchor}">{_esc(compact(last.value))}</text>'
    )
    return "".join(parts)


def chart_svg(data: pa.Table, *, max_panels: int = MAX_PANELS) -> str:
    """Small multiples of the most stated (metric, subject, unit) series of a metric_timeseries
    table, `max_panels` at most."""
    return _svg(series_of(data, max_panels)[0])


def _svg(shown: list[Series]) -> str:
    if not shown:
        return (
            '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="40">'
            '<text x="8" y="24" font-family="sans-serif" font-size="13" fill="#5b6475">'
            "no dated metric values yet</text></svg>"
        )
    cols = min(COLUMNS, len(shown))
    rows = (len(shown) + cols - 1) // cols
    width, height = cols * PANEL_W, rows * PANEL_H
    panels = [_panel(s, (i % cols) * PANEL_W, (i // cols) * PANEL_H) for i, s in enumerate(shown)]
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="DejaVu Sans, Helvetica, Arial, sans-serif">'
        f'<rect width="{width}" height="{height}" fill="#f6f7fa"/>{"".join(panels)}</svg>'
    )


def chart_markdown(data: pa.Table, *, max_panels: int = MAX_PANELS) -> str:
    """The chart, then a table of the latest value of each series shown."""
    series, undated = series_of(data, max_panels)
    total = count_series(data)
    svg = _svg(series)
    uri = "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode("ascii")
    lines = [f"![each tracked metric over time]({uri})", ""]
    notes = []
    if total > len(series):
        notes.append(
            f"{len(series)} of {total} series shown (most stated first); all of them: "
            "`SELECT * FROM metric_timeseries`"
        )
    if undated:
        notes.append(f"{undated} rows without an as_of date left out")
    if notes:
        lines += ["_" + "; ".join(notes) + "._", ""]
    lines += [
        "| metric | subject | unit | points | first | latest | latest value |",
        "|---|---|---|---|---|---|---|",
    ]
    by_metric: dict[str, int] = defaultdict(int)
    for s in series:
        by_metric[s.metric] += 1
        last = s.points[-1]
        cells = [
            s.metric,
            s.subject or "",
            s.unit,
            str(len(s.points)),
            s.points[0].as_of.isoformat(),
            last.as_of.isoformat(),
            f"{compact(last.value)} ({last.qualifier})",
        ]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines)


def timeseries_chart(data: pa.Table) -> dg.MetadataValue:
    """Markdown metadata with an inline SVG chart of each tracked metric over time."""
    return dg.MetadataValue.md(chart_markdown(data))


TITLE_CHARS = 44


def _shorten(title: str) -> str:
    """Panel captions fit the panel; the full title is the caption's tooltip (<title>)."""
    return title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1] + "…"
