"""Release kinds the labelled corpus lacks (LegCo reply, health notice, police arrest), written
for these tests: what a reader would extract from them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipelines.runner import build_warehouse
from pipelines.storage import Warehouse

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def wh(tmp_path_factory: pytest.TempPathFactory) -> Warehouse:
    out = tmp_path_factory.mktemp("wh")
    build_warehouse(DATA, out, max_bytes=1 << 24)
    return Warehouse(out)


def rows(wh: Warehouse, sql: str) -> list[tuple]:
    with wh.connect() as con:
        return con.execute(sql).fetchall()


def test_people_with_roles(wh: Warehouse) -> None:
    people = set(rows(wh, "SELECT doc_id, name, honorific, title FROM people"))
    assert (
        "probe_legco_reply",
        "Algernon Yau",
        "Mr",
        "Secretary for Commerce and Economic Development",
    ) in people
    assert ("probe_legco_reply", "Chan Kin-por", None, None) in people  # "the Hon Chan Kin-por"
    assert ("probe_health", "Edwin Tsui", "Dr", "Controller of the Centre for Health Protection") in people
    assert ("probe_police", "Wong Ka-lok", None, "Superintendent") in people


def test_organisations(wh: Warehouse) -> None:
    orgs = set(rows(wh, "SELECT doc_id, name, acronym FROM organisations"))
    assert ("probe_legco_reply", "Trade and Industry Department", "TID") in orgs
    assert ("probe_legco_reply", "Hong Kong Trade Development Council", "HKTDC") in orgs
    assert ("probe_health", "Centre for Health Protection", "CHP") in orgs
    assert ("probe_health", "Department of Health", None) in orgs
    assert not [o for o in orgs if o[1].startswith(("Will ", "The "))]


def test_metrics(wh: Warehouse) -> None:
    facts = set(rows(wh, "SELECT doc_id, value, qualifier, unit FROM metrics"))
    assert ("probe_legco_reply", 12345.0, "exact", "applications") in facts
    assert ("probe_legco_reply", 1.2e9, "approx", "HKD") in facts
    assert ("probe_legco_reply", 1.2e6, "more_than", "persons") in facts
    assert ("probe_legco_reply", 15.0, "exact", "percent") in facts
    assert ("probe_health", 37.0, "exact", "cases") in facts
    assert ("probe_health", 650000.0, "approx", "doses") in facts
    assert ("probe_health", 80.0, "nearly", "percent") in facts
    assert ("probe_police", 3.0, "exact", "persons") in facts
    assert ("probe_police", 2.3e6, "approx", "HKD") in facts
    ages = [f for f in facts if f[1] in (5.0, 12.0, 25.0, 41.0, 56.0) and f[3] != "phones"]
    assert not ages, "ages are not counted facts"


def test_as_of_follows_the_sentence(wh: Warehouse) -> None:
    got = dict(rows(wh, "SELECT quantity, as_of FROM metrics WHERE doc_id = 'probe_legco_reply'"))
    assert got["12 345"] == dt.date(2023, 1, 1)  # "In 2023, the TID received 12 345 applications"
    assert got["$500 million"] == dt.date(2025, 6, 1)  # "will inject ... in the first half of next year"
    # No date in its sentence, but in the passage "In 2023, the TID received ..." (corpus README,
    # as_of: "else dated by the passage it sits in").
    assert got["about HK$1.2 billion"] == dt.date(2023, 1, 1)
    assert got["15 per cent"] == dt.date(2023, 1, 1)  # "over 2022" is the comparison, not the period
    assert got["some 2 000"] == dt.date(2023, 1, 1)  # "closed down last year"


def test_dates(wh: Warehouse) -> None:
    dates = set(rows(wh, "SELECT doc_id, text, normalized FROM temporal_expressions"))
    assert ("probe_police", "yesterday (May 3)", "2024-05-03") in dates
    assert ("probe_police", "April 28", "2024-04-28") in dates
    assert ("probe_health", "yesterday (January 11)", "2024-01-11") in dates
    assert ("probe_legco_reply", "last year", "2023") in dates
