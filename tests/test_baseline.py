"""The spaCy-only baseline: its small parsers, and its score on the real labelled corpus."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest

from pipelines.evaluation import baseline, format_report, score
from pipelines.evaluation.baseline import (
    BaselineModelMissing,
    issued_time,
    parse_value,
    release_date,
    split_qualifier,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"


@pytest.mark.parametrize(
    ("text", "qualifier", "value"),
    [
        ("10,000", "exact", 10_000),
        ("3 000P.", "exact", 3_000),
        ("Twenty", "exact", 20),
        ("twenty-five", "exact", 25),
        ("about $42 billion", "approx", 42e9),
        ("more than $30 billion", "more_than", 30e9),
        ("Over 90 per cent", "more_than", 90),
        ("nearly 300", "nearly", 300),
        ("some 30", "approx", 30),
        ("at least 1.5 million", "at_least", 1.5e6),
        ("up to 12", "at_most", 12),
        ("several", "exact", None),
    ],
)
def test_value_and_qualifier(text: str, qualifier: str, value: float | None) -> None:
    found_qualifier, number = split_qualifier(text)
    assert found_qualifier == qualifier
    assert parse_value(number) == (pytest.approx(value) if value is not None else None)


def test_footer_dates() -> None:
    text = "Title\n\n     Body.\n\nEnds/Monday, November 11, 2024\nIssued at HKT 9:05\n"
    assert release_date(text) == dt.date(2024, 11, 11)
    assert issued_time(text) == "09:05"
    assert release_date("Title\n\n     Body without footer.\n") is None
    assert release_date("Ends/Monday, Novembre 31, 2024") is None


def test_missing_model_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(baseline, "MODEL", "en_core_web_sm_not_installed")
    with pytest.raises(BaselineModelMissing, match="en_core_web_sm_not_installed"):
        baseline.load_baseline_model()


@pytest.fixture(scope="module")
def corpus() -> tuple[list[Path], list[dict]]:
    if not (CORPUS / "gold.json").is_file():
        pytest.skip(f"labelled corpus not found at {CORPUS} (expected ../shared beside the project)")
    gold = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))
    return [CORPUS / "docs" / item["file"] for item in gold], gold


@pytest.fixture(scope="module")
def tables(corpus: tuple[list[Path], list[dict]]) -> dict[str, pd.DataFrame]:
    return baseline.baseline_tables(corpus[0])


def test_baseline_tables_have_the_warehouse_columns(
    tables: dict[str, pd.DataFrame], corpus: tuple[list[Path], list[dict]]
) -> None:
    assert len(tables["documents"]) == len(corpus[0])
    assert set(tables["documents"]["status"]) <= {"ok", "warning"}
    for name in ("people", "organisations", "metrics", "temporal_expressions"):
        assert not tables[name].empty, name
        assert set(tables[name]["doc_id"]) <= set(tables["documents"]["doc_id"])
    assert tables["people"]["title"].isna().all()
    assert tables["organisations"]["acronym"].isna().all()
    assert set(tables["temporal_expressions"]["kind"]) == {"relative"}
    assert tables["metrics"]["value"].dtype.kind == "f"


def test_baseline_scores_on_the_corpus(
    tables: dict[str, pd.DataFrame],
    corpus: tuple[list[Path], list[dict]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    report = score(tables, corpus[1])
    with capsys.disabled():
        print("\nspaCy-only baseline on the labelled corpus:\n" + format_report(report))
    assert report.missing_documents == []
    assert 0.5 <= report.f1("people.name") <= 1.0
    assert report.f1("organisations.name") < 0.8
    assert report.f1("metrics.value+qualifier+unit") < 0.8
