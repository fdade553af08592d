"""The invented releases of `tests/data/invented/`, `invented2/` (14 each), `invented3/` (12)
and `invented4/` (10), written and labelled by the corpus rules by sessions that never saw the
extraction rules (README "Accuracy"): a floor under each field, at the figure reached after the
rules they exposed were fixed, so a rule change that breaks what they caught shows here, in
every checkout (the labelled corpus in ../shared may be absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.commands.evaluate import warehouse_tables
from pipelines.evaluation import score

DATA = Path(__file__).parent / "data"
# F1 per set (`make eval-invented`), measured at the commit that raised it.
FLOORS = {
    # Two floors of this set went down once, on purpose: its labels leave out "a year earlier"
    # (the other two blind sets label it, as the corpus README labels "a year ago") and an
    # organisation named inside a title ("Head of Airport Command of the C&ED"; the real corpus
    # lists every such organisation).
    "invented": {
        "release_date": 1.0,
        "people.name": 1.0,
        "people.name+title": 0.875,
        "organisations": 0.981,
        "metrics.value+qualifier": 0.981,
        "metrics.value+qualifier+unit": 0.934,
        "metrics.as_of": 0.903,
        "dates.normalized": 0.901,
    },
    # Scored before any change (commit b59ac68): people.name 0.975, name+title 0.825,
    # organisations 0.970, value+qualifier 0.916, +unit 0.785, as_of 0.506, dates 0.896.
    "invented2": {
        "release_date": 1.0,
        "people.name": 1.0,
        "people.name+title": 0.974,
        "organisations": 1.0,
        "metrics.value+qualifier": 0.948,
        "metrics.value+qualifier+unit": 0.834,
        "metrics.as_of": 0.759,
        "dates.normalized": 0.960,
    },
    # 12 releases. Scored before any change for them (commit 5bba144): people.name 0.985,
    # name+title 0.892, organisations 0.918, value+qualifier 0.935, +unit 0.853, as_of 0.772,
    # dates 0.917 (at the commit this round started from, 716a4a0: 0.926, 0.839 and 0.736 for
    # the three metric fields, the rest the same).
    "invented3": {
        "release_date": 1.0,
        "people.name": 1.0,
        "people.name+title": 0.969,
        "organisations": 0.970,
        "metrics.value+qualifier": 0.946,
        "metrics.value+qualifier+unit": 0.871,
        "metrics.as_of": 0.806,
        "dates.normalized": 0.942,
    },
    # 10 releases. Scored before any change for them (commit aafd0a1): people.name 1.000,
    # name+title 0.882, organisations 0.841, value+qualifier 0.926, +unit 0.834, as_of 0.640,
    # dates 0.974 (at 716a4a0: 0.923, 0.831 and 0.630 for the three metric fields).
    "invented4": {
        "release_date": 1.0,
        "people.name": 1.0,
        "people.name+title": 0.882,
        "organisations": 0.969,
        "metrics.value+qualifier": 0.940,
        "metrics.value+qualifier+unit": 0.860,
        "metrics.as_of": 0.711,
        "dates.normalized": 0.974,
    },
}
SIZES = {"invented": 14, "invented2": 14, "invented3": 12, "invented4": 10}
CASES = [(name, field) for name, floor in FLOORS.items() for field in sorted(floor)]


@pytest.fixture(scope="module")
def reports() -> dict:
    out = {}
    for name in FLOORS:
        gold = json.loads((DATA / name / "gold.json").read_text(encoding="utf-8"))
        out[name] = score(warehouse_tables(DATA / name / "docs"), gold)
    return out


@pytest.mark.parametrize(("name", "field"), CASES)
def test_field_at_or_above_its_floor(reports: dict, name: str, field: str) -> None:
    f1 = reports[name].f1(field)
    assert f1 >= FLOORS[name][field] - 5e-4, f"{name} {field}: {f1:.3f} < {FLOORS[name][field]}"


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_every_invented_release_is_read(name: str) -> None:
    gold = json.loads((DATA / name / "gold.json").read_text(encoding="utf-8"))
    files = sorted(p.name for p in (DATA / name / "docs").iterdir())
    assert files == sorted(g["file"] for g in gold) and len(files) == SIZES[name]
