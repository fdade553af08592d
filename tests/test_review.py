"""Review pages (`pipelines.review`): every span highlighted exactly, nesting and crossing spans,
escaping, rejected documents, unknown ids, and the `review_pages` asset."""

from __future__ import annotations

import re
from pathlib import Path

import dagster as dg
import pytest

from pipelines.defs.resources import WarehouseResource
from pipelines.defs.review import review_pages
from pipelines.review import (
    DocumentData,
    UnknownDocument,
    render_document,
    render_review,
)
from pipelines.review_sync import sync_reviews
from pipelines.runner import build_warehouse
from pipelines.storage import Warehouse
from tests.conftest import SEED, seed_warehouse
from tests.ui_helpers import parse_highlights

SEED_ID = SEED.stem
REJECTED_ID = "empty"


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Warehouse:
    base = tmp_path_factory.mktemp("review")
    return Warehouse(seed_warehouse(base, {f"{REJECTED_ID}.txt": b""}))  # rejected: empty


def _rows(wh: Warehouse, sql: str) -> list[dict]:
    with wh.connect() as con:
        cur = con.execute(sql)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def test_every_row_is_highlighted_at_its_exact_span(warehouse: Warehouse) -> None:
    page = render_review(warehouse, SEED_ID)
    parsed = parse_highlights(page)
    text = _rows(warehouse, f"SELECT text FROM documents WHERE doc_id = '{SEED_ID}'")[0]["text"]
    assert parsed.text == text, "the page's #text must be documents.text, character for character"
    by_key = {h.key: h for h in parsed.highlights.values()}
    expected = [
        ("mentions", "text", "SELECT char_start, char_end, text, label FROM mentions"),
        ("temporal_expressions", "text", "SELECT char_start, char_end, text FROM temporal_expressions"),
        ("metrics", "quantity", "SELECT char_start, char_end, quantity FROM metrics"),
    ]
    total = 0
    for table, col, sql in expected:
        rows = _rows(warehouse, sql)
        assert rows, table
        for r in rows:
            h = by_key[(table, r["char_start"], r["char_end"])]
            assert h.text == r[col] == text[r["char_start"] : r["char_end"]]
            want_label = {"metrics": "METRIC", "temporal_expressions": "DATE"}.get(table) or r["label"]
            assert h.attrs["data-label"] == want_label
            assert f"{col}: {r[col]}" in h.attrs["title"]  # the row on hover
        total += len(rows)
    assert len(parsed.highlights) == total


def test_page_has_header_legend_and_tables(warehouse: Warehouse) -> None:
    page = render_review(warehouse, SEED_ID)
    assert "Go Global Summit" in page and "2023-12-06" in page
    assert 'id="status">ok<' in page and "repaired 2 mojibake" in page
    for label in ("PERSON", "ORG", "GPE", "EVENT", "PROGRAMME", "DATE", "METRIC"):
        assert f'value="{label}"' in page, label
    for section in ("People (1)", "Organisations (4)", "Metrics (6)", "Dates (4)"):
        assert section in page
    assert "Philip Yung" in page and "enterprises_met" in page and "December last year" in page
    # Self-contained: no external resource of any kind.
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<link" not in page


def _doc(text: str, **rows: list[dict]) -> DocumentData:
    doc = {"doc_id": "t", "title": "T", "status": "ok", "text": text, "warnings": []}
    return DocumentData(
        doc=doc,
        mentions=rows.get("mentions", []),
        people=[],
        organisations=[],
        temporal=rows.get("temporal", []),
        metrics=rows.get("metrics", []),
    )


def _mention(text: str, start: int, end: int, label: str = "ORG") -> dict:
    return {"doc_id": "t", "char_start": start, "char_end": end, "text": text[start:end], "label": label}


def test_nested_and_crossing_spans_make_a_valid_tree() -> None:
    text = "Since December last year, over 100 Hong Kong Cyberport firms joined."
    #       0         1         2         3         4         5         6
    metric = {"char_start": 26, "char_end": 60, "quantity": text[26:60], "metric": "firms"}
    date = {"char_start": 6, "char_end": 24, "text": text[6:24], "kind": "relative"}
    inner = _mention(text, 35, 44, "GPE")  # "Hong Kong", inside the metric
    crossing = _mention(text, 40, 54)  # "Kong Cyberport": crosses the end of "Hong Kong"
    same = _mention(text, 6, 24, "EVENT")  # identical span to the date
    page = render_document(_doc(text, metrics=[metric], temporal=[date], mentions=[inner, crossing, same]))
    parsed = parse_highlights(page)
    assert parsed.text == text
    by_key = {h.key: h for h in parsed.highlights.values()}
    assert by_key[("metrics", 26, 60)].text == text[26:60]
    assert by_key[("mentions", 35, 44)].text == "Hong Kong"
    assert by_key[("mentions", 40, 54)].text == "Kong Cyberport"
    assert by_key[("temporal_expressions", 6, 24)].text == "December last year"
    assert by_key[("mentions", 6, 24)].text == "December last year"
    # Crossing spans: one of the two is split in two fragments, the rest are single elements.
    split = [h for h in parsed.highlights.values() if len(h.fragments) > 1]
    assert [h.key for h in split] == [("mentions", 40, 54)] and split[0].fragments == ["Kong", " Cyberport"]
    assert parsed.n_elements == 6
    assert page.count('data-part="cont"') == 1
    # Equal spans: the longer-lived table is outside, so the metric/date wraps the mention.
    assert re.search(r'data-table="temporal_expressions"[^>]*>\s*<mark [^>]*data-table="mentions"', page)


def test_everything_is_escaped() -> None:
    text = 'A <script>alert("x")</script> & <b>Co</b> said "hi"\r\nok'
    m = _mention(text, 2, 30)
    doc = _doc(text, mentions=[m])
    doc.doc["title"] = "<img src=x onerror=alert(1)>"
    doc.doc["warnings"] = ["<i>odd</i>"]
    page = render_document(doc)
    assert "<script>alert" not in page and "<b>Co</b>" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&lt;i&gt;odd&lt;/i&gt;" in page
    parsed = parse_highlights(page)
    assert parsed.text == text  # CR kept as a character reference
    (h,) = parsed.highlights.values()
    assert h.text == text[2:30]
    assert page.count("<script>") == 1  # only the page's own inline script


def test_misplaced_spans_are_listed_not_drawn() -> None:
    text = "short"
    outside = {"char_start": 3, "char_end": 99, "text": "??", "label": "ORG"}
    page = render_document(_doc(text, mentions=[_mention(text, 0, 5), outside]))
    parsed = parse_highlights(page)
    assert len(parsed.highlights) == 1 and 'id="misplaced"' in page and "??" in page


def test_rejected_document_page_says_why(warehouse: Warehouse) -> None:
    page = render_review(warehouse, REJECTED_ID)
    assert 'id="status">rejected<' in page
    assert 'id="reject-reason"' in page and "Rejected:" in page and "empty" in page
    assert "No cleaned text" in page
    assert parse_highlights(page).highlights == {}


def test_unknown_document_is_a_clear_key_error(warehouse: Warehouse) -> None:
    with pytest.raises(KeyError) as err:
        render_review(warehouse, "no-such-doc")
    assert isinstance(err.value, UnknownDocument)
    assert str(err.value).startswith("no document 'no-such-doc' in the warehouse")
    assert SEED_ID in str(err.value)  # names some ids that do exist


def test_sync_writes_pages_and_index(warehouse: Warehouse, tmp_path: Path) -> None:
    result = sync_reviews(warehouse, tmp_path / "out")
    assert sorted(p.name for p in result.written) == sorted([f"{SEED_ID}.html", f"{REJECTED_ID}.html"])
    assert all(p.read_text(encoding="utf-8").startswith("<!DOCTYPE html>") for p in result.written)
    index = result.index.read_text()
    assert f'href="{SEED_ID}.html"' in index and "rejected" in index


def test_review_command_writes_page(warehouse: Warehouse, tmp_path: Path, monkeypatch) -> None:
    from pipelines.cli import main

    monkeypatch.setenv("WAREHOUSE_DIR", str(warehouse.root))
    out = tmp_path / "page.html"
    assert main(["review", SEED_ID, "--output", str(out)]) == 0
    assert 'data-table="metrics"' in out.read_text(encoding="utf-8")


def test_review_pages_asset_renders_only_what_changed(warehouse: Warehouse, tmp_path: Path) -> None:
    resource = WarehouseResource(
        seeds_dir=str(tmp_path), warehouse_dir=str(warehouse.root), max_seed_bytes=1 << 24
    )
    pages = warehouse.root / "review"
    pages.mkdir(exist_ok=True)
    (pages / "gone.html").write_text("a page of a document that left the warehouse")

    def materialize() -> dict:
        with dg.instance_for_test() as instance:
            result = dg.materialize([review_pages], instance=instance, resources={"warehouse": resource})
            assert result.success
            (mat,) = result.asset_materializations_for_node("review_pages")
            return {k: v.value for k, v in mat.metadata.items()}

    first = materialize()
    assert first["pages_written"] == first["pages_total"] == 2
    assert first["pages_removed"] == 1 and not (pages / "gone.html").exists()
    page = Path(first["example_page"])
    assert page.exists() and page.parent == pages
    assert (pages / "index.html").exists()
    assert {p.stem for p in pages.glob("*.html")} == {SEED_ID, REJECTED_ID, "index"}

    again = materialize()  # nothing changed: nothing rendered
    assert again["pages_written"] == 0 and again["pages_unchanged"] == 2

    (pages / f"{SEED_ID}.html").unlink()  # a lost page comes back
    assert materialize()["pages_written"] == 1
    assert (pages / f"{SEED_ID}.html").exists()
    spec = review_pages.specs_by_key[dg.AssetKey("review_pages")]
    assert spec.group_name == "review" and set(spec.kinds) == {"html"}
    assert review_pages.partitions_def is None


def test_sync_renders_only_the_changed_document(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in range(3):
        (seeds / f"release-{i}.txt").write_bytes(
            SEED.read_bytes().replace(b"nearly 300", f"nearly {300 + i}".encode())
        )
    wh_dir, pages = tmp_path / "warehouse", tmp_path / "pages"
    build_warehouse(seeds, wh_dir, max_bytes=1 << 24)
    wh = Warehouse(wh_dir)
    first = sync_reviews(wh, pages)
    assert len(first.written) == 3 and not first.removed
    before = {p.name: p.stat().st_mtime_ns for p in pages.glob("release-*.html")}

    (seeds / "release-1.txt").write_bytes(SEED.read_bytes().replace(b"nearly 300", b"nearly 999"))
    (seeds / "release-2.txt").unlink()
    build_warehouse(seeds, wh_dir, max_bytes=1 << 24)
    second = sync_reviews(wh, pages)
    assert [p.name for p in second.written] == ["release-1.html"]
    assert [p.name for p in second.removed] == ["release-2.html"] and second.unchanged == 1
    assert (pages / "release-0.html").stat().st_mtime_ns == before["release-0.html"]
    assert "999" in (pages / "release-1.html").read_text(encoding="utf-8")


def test_page_comes_from_its_template_and_static_files(warehouse: Warehouse) -> None:
    """The HTML is pipelines/templates/review.html.j2, the CSS and JS pipelines/static/: inlined,
    and part of the renderer signature (a designer's change re-renders every page)."""
    from importlib import resources

    from pipelines.review import renderer_files

    package = resources.files("pipelines")
    css = package.joinpath("static", "review.css").read_text(encoding="utf-8")
    js = package.joinpath("static", "review.js").read_text(encoding="utf-8")
    template = package.joinpath("templates", "review.html.j2").read_text(encoding="utf-8")
    page = render_review(warehouse, SEED_ID)
    assert f"<style>{css}</style>" in page and f"<script>{js}</script>" in page
    assert 'id="legend"' in template and "{{ text_html }}" in template
    assert "mark.l-PERSON" in css  # the label colours live in the stylesheet
    names = {Path(str(f)).name for f in renderer_files()}
    assert {"review.py", "review.html.j2", "index.html.j2", "review.css", "review.js"} <= names
