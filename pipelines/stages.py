"""The chain's steps over a set of documents: read inputs from the warehouse, call the library,
write each document's rows atomically, republish the buckets touched. Dagster assets call these;
so does the plain runner (`pipelines.runner`) used by eval and the benchmarks."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from pipelines import intake, process
from pipelines.schemas import (
    DOCUMENTS,
    MENTIONS,
    METRICS,
    ORGANISATIONS,
    PEOPLE,
    SECTIONS,
    SENTENCES,
    TEMPORAL,
    Table,
    to_arrow,
)
from pipelines.storage import Warehouse

Row = dict[str, object]


@dataclass(frozen=True)
class Seed:
    doc_id: str
    path: Path


def list_seeds(seeds_dir: Path) -> list[Seed]:
    """Every visible file directly in SEEDS_DIR, with its document id, sorted by id."""
    if not seeds_dir.is_dir():
        return []
    seeds = [
        Seed(process.doc_id_for(Path(e.name)), Path(e.path))
        for e in os.scandir(seeds_dir)
        if not e.name.startswith(".") and (e.is_file() or e.is_symlink())
    ]
    return sorted(seeds, key=lambda s: s.doc_id)


def _rows(wh: Warehouse, table: Table, doc_id: str) -> list[Row]:
    return wh.read_documents(table, [doc_id]).to_pylist()


def _write(
    wh: Warehouse, outputs: Sequence[Table], results: dict[str, tuple[list[Row], ...]]
) -> dict[str, int]:
    counts = {t.name: 0 for t in outputs}
    fresh: dict[str, dict[str, pa.Table]] = {t.name: {} for t in outputs}
    for doc_id, per_table in results.items():
        for table, rows in zip(outputs, per_table, strict=True):
            data = to_arrow(table, rows)
            wh.write_document(table, doc_id, data)
            fresh[table.name][doc_id] = data
            counts[table.name] += len(rows)
    for table in outputs:
        wh.publish(table, touched=list(results), fresh=fresh[table.name])
    return counts


def run_documents(wh: Warehouse, seeds: Iterable[Seed], *, max_bytes: int) -> dict[str, int]:
    results: dict[str, tuple[list[Row], ...]] = {}
    for seed in seeds:
        results[seed.doc_id] = ([intake.read_seed(seed.doc_id, seed.path, max_bytes=max_bytes)],)
    return _write(wh, [DOCUMENTS], results)


def _per_document(
    wh: Warehouse,
    doc_ids: Iterable[str],
    inputs: Sequence[Table],
    outputs: Sequence[Table],
    fn: Callable[..., tuple[list[Row], ...]],
) -> dict[str, int]:
    results: dict[str, tuple[list[Row], ...]] = {}
    for doc_id in doc_ids:
        docs = _rows(wh, DOCUMENTS, doc_id)
        if not docs or docs[0]["status"] == "rejected" or not docs[0].get("text"):
            results[doc_id] = tuple([] for _ in outputs)
            continue
        results[doc_id] = fn(docs[0], *(_rows(wh, t, doc_id) for t in inputs))
    return _write(wh, outputs, results)


def run_sections(wh: Warehouse, doc_ids: Iterable[str]) -> dict[str, int]:
    return _per_document(wh, doc_ids, [], [SECTIONS, SENTENCES], process.section_rows)


def run_entities(wh: Warehouse, doc_ids: Iterable[str]) -> dict[str, int]:
    return _per_document(wh, doc_ids, [SENTENCES], [MENTIONS, PEOPLE, ORGANISATIONS], process.entity_rows)


def run_temporal(wh: Warehouse, doc_ids: Iterable[str]) -> dict[str, int]:
    return _per_document(wh, doc_ids, [SENTENCES], [TEMPORAL], lambda d, s: (process.temporal_rows(d, s),))


def run_metrics(wh: Warehouse, doc_ids: Iterable[str]) -> dict[str, int]:
    return _per_document(
        wh,
        doc_ids,
        [SENTENCES, MENTIONS, ORGANISATIONS],
        [METRICS],
        lambda d, s, m, o: (process.metric_rows(d, s, m, o),),
    )
