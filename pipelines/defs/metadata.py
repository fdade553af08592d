"""Materialisation metadata built from the one schema definition."""

from __future__ import annotations

import dagster as dg
import pyarrow as pa

from pipelines.schemas import Table

PREVIEW_ROWS = 5
PREVIEW_CHARS = 80


def table_schema(table: Table) -> dg.TableSchema:
    return dg.TableSchema(
        columns=[
            dg.TableColumn(
                name=c.name,
                type=str(c.type),
                description=c.description,
                constraints=dg.TableColumnConstraints(nullable=c.nullable),
            )
            for c in table.columns
        ]
    )


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    text = text.replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"


def preview(data: pa.Table, limit: int = PREVIEW_ROWS) -> str:
    cols = [c for c in data.column_names if c != "text" or data.num_columns < 4]
    rows = data.select(cols).slice(0, limit).to_pylist()
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(_cell(r[c]) for c in cols) + " |" for r in rows]
    return "\n".join(lines)


def table_metadata(table: Table, data: pa.Table) -> dict[str, dg.MetadataValue]:
    return {
        "dagster/row_count": dg.MetadataValue.int(data.num_rows),
        "dagster/column_schema": dg.MetadataValue.table_schema(table_schema(table)),
        "preview": dg.MetadataValue.md(preview(data)),
    }
