"""docs/SCHEMA.md is generated from the one schema definition and must stay in step with it."""

from __future__ import annotations

from pipelines.schemas import TABLES, arrow_schema, markdown
from tests.conftest import ROOT


def test_schema_doc_is_current() -> None:
    doc = (ROOT / "docs" / "SCHEMA.md").read_text(encoding="utf-8")
    for table in TABLES.values():
        assert markdown(table) in doc, f"docs/SCHEMA.md is stale for {table.name}: regenerate it"


def test_every_table_has_described_columns_and_a_key() -> None:
    for table in TABLES.values():
        names = arrow_schema(table).names
        assert len(names) == len(set(names)), table.name
        assert set(table.key) <= set(names), table.name
        assert all(c.description for c in table.columns), table.name
