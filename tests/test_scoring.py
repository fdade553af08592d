"""The scorer on small synthetic prediction tables and gold items built here."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pandas as pd
import pytest

from pipelines.evaluation import (
    FIELDS,
    MATCHING_RULES,
    check_targets,
    check_targets_by_part,
    format_report,
    gold_as_tables,
    report_to_dict,
    score,
)
from pipelines.evaluation.scoring import EvalReport, match, name_key, title_overlap

FILE = "100_synthetic.txt"
SENTENCES = (
    "The Director met leaders of over 100 firms today.",
    "The forum attracted over 100 enterprises from the region.",
    "The bureau will keep in touch with the over 100 companies attending.",
)


def _metric(value: float, sentence: str, **extra: Any) -> dict[str, Any]:
    item = {"subject": "forum", "measure": "enterprises_attending", "value": value}
    item |= {"unit": "enterprises", "qualifier": "more_than", "as_of": "2024-03-05"}
    return item | {"sentence": sentence} | extra


def _gold(**overrides: Any) -> dict[str, Any]:
    item = {
        "file": FILE,
        "release_date": "2024-03-05",
        "issued_time": "15:30",
        "people": [
            {
                "name": "Lam Sai-hung",
                "honorific": "Mr",
                "title": "Secretary for Transport and Logistics",
                "organisation": None,
            },
            {"name": "Chan Tai-man", "honorific": "Ms", "title": None, "organisation": "Panel"},
        ],
        "organisations": [
            {"name": "Transport and Logistics Bureau", "acronym": "TLB"},
            {"name": "Airport Authority Hong Kong", "acronym": None},
        ],
        "metrics": [
            *(_metric(100, s) for s in SENTENCES),
            _metric(20, "Twenty partners joined.", measure="partners", qualifier="exact"),
            _metric(3000, "A power of 3 000P.", measure="computing_power", unit="PFLOPS")
            | {"qualifier": "exact", "as_of": "2026"},
        ],
        "dates": [
            {"text": "today (March 5)", "normalized": "2024-03-05"},
            {"text": "next year", "normalized": "2025"},
            {"text": "December last year", "normalized": "2023-12"},
        ],
    }
    return item | overrides


def _tables(gold: list[dict[str, Any]]) -> dict[str, pd.DataFrame]:
    """A perfect prediction, written with the surface variation the scorer must forgive."""
    tables = gold_as_tables(gold, folder="/data/seeds")
    people = tables["people"]
    people["name"] = people["name"].str.upper().str.replace("-", " ")
    orgs = tables["organisations"]
    orgs["name"] = "the " + orgs["name"].str.lower() + " "
    return tables


def _frame(table: dict[str, pd.DataFrame], name: str, rows: list[dict[str, Any]]) -> None:
    table[name] = pd.DataFrame(rows)


def test_perfect_prediction_scores_one_everywhere() -> None:
    gold = [_gold(), _gold(file="101_other.txt", dates=None, issued_time=None)]
    report = score(_tables(gold), gold)
    assert set(report.fields) == set(FIELDS)
    for field in FIELDS:
        assert report.fields[field].f1 == pytest.approx(1.0), field
        assert report.fields[field].fp == report.fields[field].fn == 0, field
    assert report.misses == []
    assert check_targets(report) == []


def test_missing_person_costs_recall_only() -> None:
    gold = [_gold()]
    tables = _tables(gold)
    tables["people"] = tables["people"].iloc[:1]
    name = score(tables, gold).fields["people.name"]
    assert (name.tp, name.fp, name.fn) == (1, 0, 1)
    assert name.precision == 1.0
    assert name.recall == pytest.approx(0.5)


def test_missing_document_counts_every_item_missed() -> None:
    gold = [_gold(), _gold(file="102_absent.txt")]
    report = score(_tables([gold[0]]), gold)
    assert report.missing_documents == ["102_absent.txt"]
    assert report.fields["people.name"].fn == 2
    assert report.fields["metrics.value+qualifier+unit"].fn == 5
    assert report.fields["release_date"].fn == 1
    assert report.fields["dates.normalized"].fn == 3


def test_predicted_documents_outside_gold_are_ignored() -> None:
    gold = [_gold()]
    tables = _tables(gold)
    extra = {"doc_id": "x", "source_path": "seeds/999_new.txt", "release_date": None}
    tables["documents"] = pd.concat([tables["documents"], pd.DataFrame([extra])])
    tables["people"] = pd.concat([tables["people"], pd.DataFrame([{"doc_id": "x", "name": "A"}])])
    report = score(tables, gold)
    assert report.unscored_documents == ["999_new.txt"]
    assert report.fields["people.name"].fp == 0


def test_repeated_values_pair_with_their_sentences() -> None:
    # Three "over 100" facts: only the pairing by sentence tells which as_of belongs to which.
    gold = [_gold(metrics=[_metric(100, s, as_of=f"202{i}") for i, s in enumerate(SENTENCES)])]
    tables = _tables(gold)
    tables["metrics"] = tables["metrics"].iloc[::-1].reset_index(drop=True)  # reversed order
    report = score(tables, gold)
    assert report.fields["metrics.value+qualifier+unit"].tp == 3
    assert report.fields["metrics.as_of"].tp == 3
    # Each sentence carries its own date: swap two dates and exactly those two disagree.
    dates = list(tables["metrics"]["as_of"])
    tables["metrics"]["as_of"] = [dates[1], dates[0], dates[2]]
    assert score(tables, gold).fields["metrics.as_of"].tp == 1


def test_matching_prefers_more_pairs_then_similarity() -> None:
    # Greedy on similarity would take (g0, p0) first and leave g1 with nothing.
    sims = {("g0", "p0"): 1.0, ("g0", "p1"): 0.5, ("g1", "p0"): 0.1}
    pairs = match(
        ["g0", "g1"],
        ["p0", "p1"],
        is_match=lambda g, p: (g, p) in sims,
        tie_break=lambda g, p: sims[(g, p)],
    )
    assert pairs == [(0, 1), (1, 0)]
    # With a free choice, the most similar pairing wins, whatever the input order.
    gold, pred = ["a b c", "a x"], ["a x", "a b c"]
    assert match(gold, pred, is_match=lambda g, p: True, tie_break=_jaccard) == [(0, 1), (1, 0)]
    assert match(["a"], ["a", "a", "a"], is_match=lambda g, p: True) == [(0, 0)]
    assert match(["a", "a", "a"], ["a"], is_match=lambda g, p: True) == [(0, 0)]
    assert match([], ["a"], is_match=lambda g, p: True) == []


def _jaccard(a: str, b: str) -> float:
    return len(set(a.split()) & set(b.split())) / len(set(a.split()) | set(b.split()))


@pytest.mark.parametrize(
    ("gold_name", "predicted"),
    [
        ("Lam Sai-hung", "Mr Lam Sai-hung"),
        ("Lam Sai-hung", "lam  sai hung"),
        ("Lam Sai-hung", "LAM SAIHUNG"),
        ("Lam Sai-hung", "Mr. Lam Sai\u2011hung"),
        ("Christina Chong Dong-ying", "Dr Christina Chong Dong-Ying"),
    ],
)
def test_names_ignore_honorifics_hyphens_case_and_spaces(gold_name: str, predicted: str) -> None:
    assert name_key(gold_name) == name_key(predicted)


def test_different_names_do_not_match() -> None:
    assert name_key("Lam Sai-hung") != name_key("Lam Sai")
    assert name_key("Mr Chan") != name_key("Paul Chan")


@pytest.mark.parametrize(
    ("predicted", "matches"),
    [
        ("Secretary for Transport and Logistics", True),
        ("the secretary for transport and logistics", True),
        ("Secretary for Transport and Housing", True),  # 4 of 5 words: 0.8
        ("Secretary for Transport", False),  # 3 of 5
        ("Secretary for Transport and Logistics of Hong Kong", False),  # 5 of 8
        (None, False),
    ],
)
def test_title_overlap_threshold(predicted: str | None, matches: bool) -> None:
    gold = [_gold()]
    tables = _tables(gold)
    tables["people"]["title"] = [predicted, None]
    both = score(tables, gold).fields["people.name+title"]
    assert both.tp == (2 if matches else 1)
    assert score(tables, gold).fields["people.name"].tp == 2


def test_null_titles_match_each_other_only() -> None:
    assert title_overlap(None, None) == 1.0
    assert title_overlap("", None) == 1.0
    assert title_overlap("Chairman", None) == 0.0
    assert title_overlap("The Chairman", "chairman") == 1.0


def test_acronyms_match_on_their_own() -> None:
    gold = [_gold()]
    tables = _tables(gold)
    tables["organisations"] = pd.DataFrame(
        [
            {"doc_id": "100_synthetic", "name": "Bureau of Transport", "acronym": "t.l.b."},
            {"doc_id": "100_synthetic", "name": "Airport Authority Hong Kong", "acronym": "AAHK"},
        ]
    )
    report = score(tables, gold)
    acronym, name = report.fields["organisations.acronym"], report.fields["organisations.name"]
    # TLB pairs on the acronym although its name differs; AAHK has no gold acronym: FP.
    assert (acronym.tp, acronym.fp, acronym.fn) == (1, 1, 0)
    assert (name.tp, name.fp, name.fn) == (1, 1, 1)


def test_dates_only_relative_and_partial_rows_count() -> None:
    gold = [_gold(), _gold(file="103_undated.txt", dates=None)]
    tables = _tables(gold)
    extra = [
        {"doc_id": "100_synthetic", "text": "March 5, 2024", "normalized": "2024-03-05"},
        {"doc_id": "100_synthetic", "text": "recent years", "normalized": None},
        {"doc_id": "103_undated", "text": "today", "normalized": "2024-03-05"},
    ]
    kinds = ["absolute", "relative", "relative"]
    rows = [row | {"kind": kind} for row, kind in zip(extra, kinds, strict=True)]
    tables["temporal_expressions"] = pd.concat([tables["temporal_expressions"], pd.DataFrame(rows)])
    dates = score(tables, gold).fields["dates.normalized"]
    assert (dates.tp, dates.fp, dates.fn) == (3, 0, 0)


def test_dates_need_equal_value_and_overlapping_text() -> None:
    gold = [_gold()]
    tables = _tables(gold)
    tables["temporal_expressions"] = pd.DataFrame(
        [
            {"doc_id": "100_synthetic", "text": "today", "normalized": "2024-03-05"},
            {"doc_id": "100_synthetic", "text": "next year", "normalized": "2025-03-05"},
            {"doc_id": "100_synthetic", "text": "the future", "normalized": "2023-12"},
        ]
    ).assign(kind="relative")
    dates = score(tables, gold).fields["dates.normalized"]
    assert (dates.tp, dates.fp, dates.fn) == (1, 2, 2)


@pytest.mark.parametrize(
    ("as_of", "precision", "agrees"),
    [
        (dt.date(2026, 1, 1), "year", True),
        (dt.date(2026, 6, 30), None, True),  # compared at the gold's precision: the year
        (dt.date(2025, 1, 1), "year", False),
        (None, None, False),
    ],
)
def test_year_precision_as_of(as_of: dt.date | None, precision: str | None, agrees: bool) -> None:
    gold = [_gold()]
    tables = _tables(gold)
    power = tables["metrics"]["metric"] == "computing_power"
    tables["metrics"]["as_of"] = tables["metrics"]["as_of"].where(~power, as_of)
    tables["metrics"]["as_of_precision"] = tables["metrics"]["as_of_precision"].where(~power, precision)
    fields = score(tables, gold).fields
    assert fields["metrics.value+qualifier+unit"].tp == 5
    assert fields["metrics.as_of"].tp == (5 if agrees else 4)


def test_coarser_prediction_disagrees_with_a_day() -> None:
    gold = [_gold()]
    tables = _tables(gold)
    tables["metrics"]["as_of_precision"] = "month"
    # the four day-precision gold as_of now disagree; the year one still agrees
    assert score(tables, gold).fields["metrics.as_of"].tp == 1


def test_value_qualifier_and_unit_must_all_agree() -> None:
    gold = [_gold()]
    tables = _tables(gold)
    metrics = tables["metrics"]
    metrics.loc[0, "qualifier"] = "exact"
    metrics.loc[1, "value"] = 100.00000001  # within 1e-6 relative
    metrics.loc[2, "unit"] = "ENTERPRISES"
    metrics.loc[3, "unit"] = "partners"
    vqu = score(tables, gold).fields["metrics.value+qualifier+unit"]
    assert (vqu.tp, vqu.fp, vqu.fn) == (3, 2, 2)


def test_named_metrics_need_the_name_and_value() -> None:
    gold = [_gold()]
    tables = _tables(gold)
    metrics = tables["metrics"]
    metrics.loc[metrics["metric"] == "partners", "metric"] = "partner_count"
    metrics.loc[0, "metric"] = "enterprises_met"  # not named in gold: a false positive
    named = score(tables, gold).fields["metrics.named"]
    assert (named.tp, named.fp, named.fn) == (1, 1, 1)


@pytest.mark.parametrize(
    ("predicted", "gold_date", "counts"),
    [
        (dt.date(2024, 3, 5), "2024-03-05", (1, 0, 0)),
        (pd.Timestamp("2024-03-05"), "2024-03-05", (1, 0, 0)),
        (dt.date(2024, 3, 6), "2024-03-05", (0, 1, 1)),
        (None, "2024-03-05", (0, 0, 1)),
        (None, None, (1, 0, 0)),
        (dt.date(2024, 3, 5), None, (0, 1, 0)),
    ],
)
def test_release_date(predicted: Any, gold_date: str | None, counts: tuple[int, ...]) -> None:
    gold = [_gold(release_date=gold_date)]
    tables = _tables([_gold()])
    tables["documents"]["release_date"] = [predicted]
    field = score(tables, gold).fields["release_date"]
    assert (field.tp, field.fp, field.fn) == counts


def test_issued_time_compares_hours_and_minutes() -> None:
    gold = [_gold()]
    tables = _tables(gold)
    tables["documents"]["issued_time"] = ["15:30:00"]
    assert score(tables, gold).fields["issued_time"].tp == 1
    tables["documents"]["issued_time"] = ["15:31"]
    assert score(tables, gold).fields["issued_time"].f1 == 0.0


def test_report_table_dict_and_targets() -> None:
    gold = [_gold()]
    ours = score(_tables(gold), gold)
    worse = _tables(gold)
    worse["organisations"] = worse["organisations"].iloc[:0]
    baseline = score(worse, gold)
    text = format_report(ours, baseline)
    lines = text.splitlines()
    assert len(lines) == 2 + len(FIELDS)
    assert len({len(line) for line in lines}) == 1  # aligned
    assert "+100.0" in next(line for line in lines if line.startswith("organisations.name"))
    assert any(failure.startswith("organisations:") for failure in check_targets(baseline))
    as_json = json.loads(json.dumps(report_to_dict(baseline)))
    assert as_json["fields"]["organisations.name"]["fn"] == 2
    assert as_json["misses"][0]["kind"] == "fn"


def test_matching_rules_are_documented() -> None:
    for field in FIELDS:
        assert f"{field}" in MATCHING_RULES or field.split(".")[0] in MATCHING_RULES
    assert isinstance(score({}, []), EvalReport)


def test_organisations_match_by_name_or_acronym_one_row_each() -> None:
    gold = [_gold()]
    tables = _tables(gold)
    tables["organisations"] = pd.DataFrame(
        [
            {"doc_id": "100_synthetic", "name": "TLB", "acronym": None},  # the acronym alone
            {"doc_id": "100_synthetic", "name": "Transport and Logistics Bureau", "acronym": None},
            {"doc_id": "100_synthetic", "name": "Airport Authority Hong Kong", "acronym": None},
        ]
    )
    orgs = score(tables, gold).fields["organisations"]
    # TLB pairs by acronym or by name, not both: the second row of one organisation is an FP.
    assert (orgs.tp, orgs.fp, orgs.fn) == (2, 1, 0)


def test_value_and_qualifier_field_ignores_the_unit() -> None:
    gold = [_gold()]
    tables = _tables(gold)
    tables["metrics"].loc[0, "unit"] = "delegations"
    tables["metrics"].loc[1, "unit"] = "firms"  # the same unit class as enterprises
    fields = score(tables, gold).fields
    assert fields["metrics.value+qualifier"].tp == 5
    assert fields["metrics.value+qualifier+unit"].tp == 4


def test_a_date_repeated_in_a_document_is_one_item() -> None:
    gold = [_gold()]
    tables = _tables(gold)
    again = tables["temporal_expressions"].iloc[[1]].assign(text="Next year")
    tables["temporal_expressions"] = pd.concat([tables["temporal_expressions"], again])
    dates = score(tables, gold).fields["dates.normalized"]
    assert (dates.tp, dates.fp, dates.fn) == (3, 0, 0)


def test_ratchet_rises_and_never_falls(tmp_path) -> None:
    from pipelines.evaluation import ratchet

    path = tmp_path / "ratchet.json"
    path.write_text(json.dumps({"before_tuning": {"f1": {}}, "ratchet": {"f1": {"people.name": 0.5}}}))
    gold = [_gold()]
    report = score(_tables(gold), gold)
    assert ratchet.failures(report, path) == []
    assert ratchet.raise_to(report, path)["people.name"] == (0.5, 1.0)
    tables = _tables(gold)
    tables["people"] = tables["people"].iloc[:1]
    worse = score(tables, gold)
    assert ratchet.raise_to(worse, path) == {}
    assert "people.name: F1 0.667 < ratchet 1.000" in ratchet.failures(worse, path)


def test_targets_hold_on_every_release_and_on_the_new_ones() -> None:
    gold = [_gold()]
    perfect = score(_tables(gold), gold)
    tables = _tables(gold)
    tables["metrics"] = tables["metrics"].iloc[:0]
    missed = score(tables, gold)
    assert check_targets_by_part({"all": perfect, "new": perfect}, True) == []
    failures = check_targets_by_part({"all": perfect, "new": missed}, True)
    assert failures and all(f.endswith("(new releases)") for f in failures)
    assert any(f.startswith("metrics.as_of:") for f in failures)
    # a folder with no first-ten releases has no separate new part
    assert check_targets_by_part({"all": perfect, "new": missed}, False) == []
