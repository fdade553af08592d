"""Materialisation metadata of every asset, read back from the Dagster instance after a full build:
row count equal to the DuckDB view's, column schema equal to `pipelines.schemas`, a preview, and
the chart of metric_timeseries."""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import pyarrow as pa
import pytest

from pipelines.defs import build_defs
from pipelines.defs.charts import chart_markdown, chart_svg, series_of, timeseries_chart
from pipelines.defs.metadata import table_schema
from pipelines.defs.resources import WarehouseResource
from pipelines.materialize import materialize_all
from pipelines.schemas import TABLES, arrow_schema, to_arrow
from pipelines.storage import Warehouse
from tests.conftest import SEED

ASSETS = sorted(n for n, t in TABLES.items() if t.written_by is None)  # others: written by one


@dataclass
class Built:
    warehouse: Warehouse
    events: dict[str, dg.EventLogEntry]
    defs: dg.Definitions


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    root = tmp_path_factory.mktemp("metadata")
    seeds = root / "seeds"
    seeds.mkdir()
    (seeds / SEED.name).write_bytes(SEED.read_bytes())
    (seeds / "empty.txt").write_bytes(b"")  # a rejected document: a second partition, no rows below it
    resource = WarehouseResource(
        seeds_dir=str(seeds), warehouse_dir=str(root / "warehouse"), max_seed_bytes=1 << 24
    )
    with dg.instance_for_test() as instance:
        results = materialize_all(instance, resource)
        assert all(r.success for r in results)
        events = {}
        for name in ASSETS:
            event = instance.get_latest_materialization_event(dg.AssetKey(name))
            assert event is not None, f"no materialisation of {name}"
            events[name] = event
        yield Built(Warehouse(root / "warehouse"), events, build_defs(resource))


def _metadata(built: Built, name: str) -> dict[str, dg.MetadataValue]:
    mat = built.events[name].asset_materialization
    assert mat is not None
    return dict(mat.metadata)


@pytest.mark.parametrize("name", ASSETS)
def test_row_count_equals_view_rows(built: Built, name: str) -> None:
    meta = _metadata(built, name)
    with built.warehouse.connect() as con:
        (rows,) = con.execute(f"SELECT count(*) FROM {name}").fetchone()  # type: ignore[misc]
    assert rows > 0, f"{name}: the seed should give rows"
    assert meta["dagster/row_count"].value == rows


@pytest.mark.parametrize("name", ASSETS)
def test_column_schema_matches_the_one_schema(built: Built, name: str) -> None:
    schema = _metadata(built, name)["dagster/column_schema"].value
    assert isinstance(schema, dg.TableSchema)
    table = TABLES[name]
    got = [(c.name, c.type, c.description, c.constraints.nullable) for c in schema.columns]
    want = [(c.name, str(c.type), c.description, c.nullable) for c in table.columns]
    assert got == want
    # The types named are the Parquet files' own (the writer casts to the same schema).
    assert [str(f.type) for f in arrow_schema(table)] == [c.type for c in schema.columns]


@pytest.mark.parametrize("name", ASSETS)
def test_preview_is_markdown_of_first_rows(built: Built, name: str) -> None:
    preview = _metadata(built, name)["preview"]
    assert isinstance(preview, dg.MarkdownMetadataValue)
    lines = preview.value.splitlines()
    header = [c.strip() for c in lines[0].strip("|").split("|")]
    assert set(header) <= set(TABLES[name].column_names) and len(header) >= 2
    assert re.fullmatch(r"\|(---\|)+", lines[1])
    assert 1 <= len(lines) - 2 <= 5


_DEFINITION_CASES = list(ASSETS)


@pytest.mark.parametrize("name", _DEFINITION_CASES)
def test_definition_metadata_comes_from_the_one_schema(built: Built, name: str) -> None:
    graph = built.defs.resolve_asset_graph()
    node = graph.get(dg.AssetKey(name))
    table = TABLES[name]
    assert node.description == table.description
    assert node.group_name == table.group
    assert node.metadata["dagster/column_schema"].value == table_schema(table)
    assert {"duckdb", "parquet"} <= set(node.kinds)
    assert node.owners


def test_groups_read_as_the_chain(built: Built) -> None:
    groups = {k.to_user_string(): n.group_name for k, n in _nodes(built.defs)}
    assert groups["documents"] == "raw"
    assert groups["sections"] == groups["sentences"] == "cleaned"
    assert groups["mentions"] == groups["people"] == groups["organisations"] == "entities"
    assert groups["metrics"] == groups["metric_timeseries"] == "metrics"


def _nodes(defs: dg.Definitions):
    graph = defs.resolve_asset_graph()
    return [(k, graph.get(k)) for k in graph.get_all_asset_keys()]


def _chart_entries(meta: dict[str, dg.MetadataValue]) -> list[str]:
    return [
        v.value
        for v in meta.values()
        if isinstance(v, dg.MarkdownMetadataValue) and "data:image/svg+xml;base64," in v.value
    ]


def test_metric_timeseries_carries_a_chart(built: Built) -> None:
    charts = _chart_entries(_metadata(built, "metric_timeseries"))
    assert len(charts) == 1
    svg = _svg_of(charts[0])
    with built.warehouse.connect() as con:
        series = con.execute("SELECT DISTINCT metric, subject FROM metric_timeseries").fetchall()
    for metric, subject in series:
        assert f"{metric} · {subject}" in svg


def _svg_of(markdown: str) -> str:
    m = re.search(r"!\[[^\]]*\]\(data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)\)", markdown)
    assert m, markdown[:200]
    return base64.b64decode(m.group(1)).decode()


def test_timeseries_chart_of_the_warehouse(built: Built) -> None:
    data = built.warehouse.read_table(TABLES["metric_timeseries"])
    value = timeseries_chart(data)
    assert isinstance(value, dg.MarkdownMetadataValue)
    svg = _svg_of(value.value)
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    import xml.etree.ElementTree as ET

    tree = ET.fromstring(svg)  # well-formed
    # Full panel titles are the captions' tooltips (captions may be shortened to fit).
    titles = [t.text for t in tree.iter("{http://www.w3.org/2000/svg}title") if t.text and " · " in t.text]
    assert sorted(titles) == sorted(f"{r['metric']} · {r['subject']}" for r in data.to_pylist())
    for row in data.to_pylist():  # one table line per series
        assert f"| {row['metric']} | {row['subject']} | {row['unit']} |" in value.value


def _ts(rows: list[dict]) -> pa.Table:
    base = {"as_of_precision": "day", "unit": "enterprises", "qualifier": "exact", "n_statements": 1}
    return to_arrow(TABLES["metric_timeseries"], [base | r for r in rows])


def test_chart_series_over_time_and_edge_cases(tmp_path: Path) -> None:
    import datetime as dt

    data = _ts(
        [
            {"metric": "m", "subject": "A", "as_of": dt.date(2024, 1, 1), "value": 20.0},
            {"metric": "m", "subject": "A", "as_of": dt.date(2022, 1, 1), "value": 10.0},
            {"metric": "m", "subject": "B <&>", "as_of": dt.date(2023, 1, 1), "value": 5.0,
             "qualifier": "more_than", "value_low": 5.0},
            {"metric": "m", "subject": "A", "as_of": None, "value": 1.0},
        ]
    )  # fmt: skip
    series, undated = series_of(data)
    assert undated == 1
    assert [(s.subject, [p.value for p in s.points]) for s in series] == [
        ("A", [10.0, 20.0]),
        ("B <&>", [5.0]),
    ]
    svg = chart_svg(data)
    assert "B &lt;&amp;&gt;" in svg and "<polyline" in svg
    md = chart_markdown(data)
    assert "1 rows without an as_of date" in md
    many = _ts(
        [{"metric": f"m{i}", "subject": "S", "as_of": dt.date(2024, 1, 1), "value": 1.0} for i in range(30)]
    )
    assert "24 of 30 series shown" in chart_markdown(many)
    empty = chart_svg(arrow_schema(TABLES["metric_timeseries"]).empty_table())
    assert "no dated metric values" in empty
