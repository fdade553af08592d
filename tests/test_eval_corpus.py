"""The labelled corpus in ../shared: our scores meet the targets and beat the spaCy baseline."""

from __future__ import annotations

import json

from pipelines.commands.evaluate import warehouse_tables
from pipelines.evaluation import check_targets, score
from pipelines.evaluation.baseline import baseline_tables
from pipelines.stages import list_seeds
from tests.conftest import shared_corpus


def test_targets_met_and_baseline_beaten() -> None:
    corpus = shared_corpus()
    gold = json.loads((corpus / "gold.json").read_text())
    ours = score(warehouse_tables(corpus / "docs"), gold)
    assert check_targets(ours) == []
    base = score(baseline_tables([s.path for s in list_seeds(corpus / "docs")]), gold)
    for field in ("people.name+title", "organisations.name"):
        assert ours.f1(field) - base.f1(field) >= 0.10, field
