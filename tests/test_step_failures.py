"""A step that raises on one document costs that document that step's rows, nothing more.

The extraction is rules over text nobody has seen; one of them can still fail on a sentence no
rule foresaw (round 40 found "between 1985 and 2014" sending two rules into each other for
ever). The run goes on: the other documents, and the failing document's other tables, are
written as usual; `extraction_errors` says which step failed on which document and why; the
`documents` asset carries a warning check that counts them; a later run that reads the document
clears its row. The faults here are injected, so the tests hold whatever the rules become.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import pytest

from pipelines import process
from pipelines.defs.resources import WarehouseResource
from pipelines.materialize import materialize_all
from pipelines.quality import all_rules, evaluate
from pipelines.runner import build_warehouse
from pipelines.schemas import EXTRACTION_ERRORS, METRICS, PEOPLE, SENTENCES
from pipelines.storage import Warehouse
from tests.conftest import SEED

# A second release, written for these tests in the government's format.
RELEASE = """\
Hong Kong Observatory reviews the weather of July

     The Hong Kong Observatory (HKO) said today (August 1) that July was hotter than usual. The \
mean temperature of the month was 29.8 degrees, and 21 very hot days were recorded, against a \
normal of about 12.
     The Director of the Hong Kong Observatory, Mr Chan Ka-ming, said that 356.2 millimetres of \
rain fell in the month, about 10 per cent below the normal figure.

Ends/Thursday, August 1, 2024
Issued at HKT 16:30
"""
FAULTY = "Observatory"  # documents whose title holds this raise in the patched step


def _build(tmp_path: Path) -> tuple[Path, Path]:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    (seeds / "hko-july.txt").write_text(RELEASE, encoding="utf-8")
    return seeds, tmp_path / "warehouse"


def _fail_on_faulty(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Make `process.<name>` raise on the faulty document (the others go through)."""
    real = getattr(process, name)

    def flaky(doc, *args):
        if FAULTY in (doc.get("title") or ""):
            raise RecursionError("maximum recursion depth exceeded")
        return real(doc, *args)

    monkeypatch.setattr(process, name, flaky)


def _rows(wh: Path, sql: str) -> list[tuple]:
    with Warehouse(wh).connect() as con:
        return con.execute(sql).fetchall()


def _doc_ids(wh: Path, table: str) -> set[str]:
    return {r[0] for r in _rows(wh, f"SELECT DISTINCT doc_id FROM {table}")}


def test_a_failing_document_loses_only_that_steps_rows(tmp_path, monkeypatch) -> None:
    seeds, wh = _build(tmp_path)
    _fail_on_faulty(monkeypatch, "metric_rows")
    counts = build_warehouse(seeds, wh, max_bytes=1 << 24)

    assert counts[EXTRACTION_ERRORS.name] == 1
    errors = _rows(wh, "SELECT doc_id, step, error FROM extraction_errors")
    assert len(errors) == 1
    doc_id, step, error = errors[0]
    assert doc_id == "hko-july" and step == "metrics"
    # the exception in words, with the place it was raised
    assert error.startswith("RecursionError: maximum recursion depth exceeded (at test_step_failures.py:")
    # the other document keeps its metrics; the failing one keeps its sentences and people
    assert _doc_ids(wh, METRICS.name) == {SEED.stem}
    assert "hko-july" in _doc_ids(wh, SENTENCES.name)
    assert ("Chan Ka-ming",) in _rows(wh, f"SELECT name FROM {PEOPLE.name} WHERE doc_id = 'hko-july'")
    assert _rows(wh, "SELECT count(*) FROM metric_timeseries")[0][0] > 0


def test_the_warning_check_counts_the_failures_and_every_other_rule_holds(tmp_path, monkeypatch) -> None:
    seeds, wh = _build(tmp_path)
    _fail_on_faulty(monkeypatch, "metric_rows")
    build_warehouse(seeds, wh, max_bytes=1 << 24)
    with Warehouse(wh).connect() as con:
        found = {(r.table, r.name): (evaluate(con, r), r.warn_only) for r in all_rules()}
    assert found.pop(("extraction_errors", "no_extraction_errors")) == (1, True)
    assert {k: v for k, v in found.items() if v[0] and not v[1]} == {}


def test_a_run_that_reads_the_document_clears_its_error(tmp_path, monkeypatch) -> None:
    seeds, wh = _build(tmp_path)
    with monkeypatch.context() as patched:
        _fail_on_faulty(patched, "metric_rows")
        build_warehouse(seeds, wh, max_bytes=1 << 24)
    assert len(_rows(wh, "SELECT * FROM extraction_errors")) == 1
    build_warehouse(seeds, wh, max_bytes=1 << 24)
    assert _rows(wh, "SELECT * FROM extraction_errors") == []
    assert _doc_ids(wh, METRICS.name) == {SEED.stem, "hko-july"}


def test_each_step_clears_only_its_own_errors(tmp_path, monkeypatch) -> None:
    """Several steps write the table: one that now reads a document leaves the others' rows."""
    seeds, wh = _build(tmp_path)
    with monkeypatch.context() as patched:
        _fail_on_faulty(patched, "metric_rows")
        _fail_on_faulty(patched, "temporal_rows")
        build_warehouse(seeds, wh, max_bytes=1 << 24)
    steps = "SELECT step FROM extraction_errors ORDER BY 1"
    assert _rows(wh, steps) == [("metrics",), ("temporal",)]
    with monkeypatch.context() as patched:
        _fail_on_faulty(patched, "metric_rows")
        build_warehouse(seeds, wh, max_bytes=1 << 24)
    assert _rows(wh, steps) == [("metrics",)]


def test_a_removed_document_takes_its_errors_with_it(tmp_path, monkeypatch) -> None:
    seeds, wh = _build(tmp_path)
    _fail_on_faulty(monkeypatch, "metric_rows")
    build_warehouse(seeds, wh, max_bytes=1 << 24)
    (seeds / "hko-july.txt").unlink()
    build_warehouse(seeds, wh, max_bytes=1 << 24)
    assert _rows(wh, "SELECT * FROM extraction_errors") == []


def test_through_dagster_the_run_succeeds_and_says_what_failed(tmp_path, monkeypatch) -> None:
    seeds, wh = _build(tmp_path)
    _fail_on_faulty(monkeypatch, "metric_rows")
    resource = WarehouseResource(seeds_dir=str(seeds), warehouse_dir=str(wh), max_seed_bytes=1 << 24)
    with dg.instance_for_test() as instance:
        results = materialize_all(instance, resource)
    assert all(r.success for r in results)
    events = [e for r in results for e in r.all_events]
    failed = [
        e.event_specific_data.materialization.metadata["documents_failed"].value
        for e in events
        if e.event_type_value == "ASSET_MATERIALIZATION"
        and e.event_specific_data.materialization.asset_key.to_user_string() == METRICS.name
    ]
    assert failed and set(failed) == {1}
    warned = [
        e.event_specific_data
        for e in events
        if e.event_type_value == "ASSET_CHECK_EVALUATION"
        and e.event_specific_data.check_name == "extraction_errors_no_extraction_errors"
    ]
    assert len(warned) == 1 and not warned[0].passed
    assert warned[0].asset_key.to_user_string() == "documents"
    assert warned[0].severity == dg.AssetCheckSeverity.WARN
    assert "hko-july" in warned[0].metadata["details"].value


def test_the_review_page_says_which_step_failed(tmp_path, monkeypatch) -> None:
    from pipelines.review import render_review

    seeds, wh = _build(tmp_path)
    _fail_on_faulty(monkeypatch, "metric_rows")
    build_warehouse(seeds, wh, max_bytes=1 << 24)
    page = render_review(Warehouse(wh), "hko-july")
    assert 'id="extraction-errors"' in page
    assert "The metrics step failed on this document" in page and "RecursionError" in page
    assert 'id="extraction-errors"' not in render_review(Warehouse(wh), SEED.stem)


def test_an_error_is_told_by_the_project_line_that_raised_it_not_the_library_s() -> None:
    import re

    from pipelines.stages import describe

    try:
        re.compile("(")  # raises inside the `re` module
    except re.error as exc:
        told = describe(exc)
    assert told.startswith("error: missing ), unterminated subpattern")
    assert "(at test_step_failures.py:" in told and "in test_an_error_is_told" in told
