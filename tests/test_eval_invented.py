"""The 14 invented releases of `tests/data/invented/` (written and labelled by the corpus rules
by someone who never saw the extraction rules; README "Accuracy"): a floor under each field, at
the figure reached when they were added, so a rule change that breaks what they caught shows
here, in every checkout (the labelled corpus in ../shared may be absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.commands.evaluate import warehouse_tables
from pipelines.evaluation import score

INVENTED = Path(__file__).parent / "data" / "invented"
# F1 on the 14 releases (`make eval-invented`), measured at the commit that added this test.
FLOOR = {
    "release_date": 1.0,
    "people.name": 1.0,
    "people.name+title": 0.875,
    "organisations": 0.980,
    "metrics.value+qualifier": 0.981,
    "metrics.value+qualifier+unit": 0.934,
    "metrics.as_of": 0.888,
    "dates.normalized": 0.908,
}


@pytest.fixture(scope="module")
def report():
    gold = json.loads((INVENTED / "gold.json").read_text(encoding="utf-8"))
    return score(warehouse_tables(INVENTED / "docs"), gold)


@pytest.mark.parametrize("field", sorted(FLOOR))
def test_field_at_or_above_its_floor(report, field: str) -> None:
    assert report.f1(field) >= FLOOR[field] - 5e-4, f"{field}: {report.f1(field):.3f} < {FLOOR[field]}"


def test_every_invented_release_is_read() -> None:
    gold = json.loads((INVENTED / "gold.json").read_text(encoding="utf-8"))
    files = sorted(p.name for p in (INVENTED / "docs").iterdir())
    assert files == sorted(g["file"] for g in gold) and len(files) == 14
