"""The chain's steps over a set of documents: read inputs from the warehouse, call the library,
write each document's rows atomically, republish the buckets touched. Dagster assets call these;
so does the plain runner (`pipelines.runner`) used by eval and the benchmarks."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Collection, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from pipelines import intake, process, progress
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
from pipelines.storage import Warehouse, bucket_of

Row = dict[str, object]
PARALLEL_MIN = 200  # documents; below this, forking costs more than it saves


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
        # is_symlink first: is_file() follows the link and raises on a loop
        if not e.name.startswith(".") and (e.is_symlink() or e.is_file())
    ]
    return sorted(seeds, key=lambda s: s.doc_id)


@dataclass(frozen=True)
class Step:
    """One stage of the chain: pure `fn(doc_row, *input_rows) -> rows per output table`."""

    inputs: tuple[Table, ...]
    outputs: tuple[Table, ...]
    fn: Callable[..., tuple[list[Row], ...]]


def workers() -> int:
    return max(1, int(os.environ.get("PIPELINES_WORKERS", os.cpu_count() or 1)))


def _chunks(ids: list[str]) -> list[list[str]]:
    """Documents grouped by published bucket, so each chunk reads and republishes few files."""
    by_bucket: dict[int, list[str]] = {}
    for doc_id in ids:
        by_bucket.setdefault(bucket_of(doc_id), []).append(doc_id)
    return [by_bucket[b] for b in sorted(by_bucket)]


def _run_chunk(root: Path, step: Step, ids: list[str]) -> dict[str, dict[str, pa.Table]]:
    """Read a chunk's inputs, extract, write each document's files; returns what was written."""
    wh = Warehouse(root)
    docs = wh.read_grouped(DOCUMENTS, ids)
    upstream = [wh.read_grouped(t, ids) for t in step.inputs]
    written: dict[str, dict[str, pa.Table]] = {t.name: {} for t in step.outputs}
    for doc_id in ids:
        rows = docs.get(doc_id) or []
        if not rows or rows[0]["status"] == "rejected" or not rows[0].get("text"):
            results: tuple[list[Row], ...] = tuple([] for _ in step.outputs)
        else:
            version = rows[0]["content_sha256"]
            inputs = ([r for r in u[doc_id] if r["source_sha256"] == version] for u in upstream)
            results = step.fn(rows[0], *inputs)
            for table_rows in results:
                for row in table_rows:
                    row["source_sha256"] = rows[0]["content_sha256"]
        for table, table_rows in zip(step.outputs, results, strict=True):
            data = to_arrow(table, table_rows)
            wh.write_document(table, doc_id, data)
            written[table.name][doc_id] = data
    return written


def _run_step(wh: Warehouse, step: Step, doc_ids: Iterable[str]) -> dict[str, int]:
    """Run a step over documents, on every core when there are many, publishing each chunk's
    buckets as it completes (memory stays flat however large the corpus)."""
    chunks = _chunks(sorted(set(doc_ids)))
    counts = {t.name: 0 for t in step.outputs}
    total, done = sum(map(len, chunks)), 0
    label = "/".join(t.name for t in step.outputs)

    def publish(written: dict[str, dict[str, pa.Table]]) -> None:
        nonlocal done
        for table in step.outputs:
            fresh = written[table.name]
            wh.publish(table, touched=list(fresh), fresh=fresh)
            counts[table.name] += sum(t.num_rows for t in fresh.values())
        done += len(written[step.outputs[0].name])
        progress.report(label, done, total)

    n = workers()
    if n < 2 or sum(map(len, chunks)) < PARALLEL_MIN:
        for chunk in chunks:
            publish(_run_chunk(wh.root, step, chunk))
        return counts
    with ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("fork")) as pool:
        futures = [pool.submit(_run_chunk, wh.root, step, chunk) for chunk in chunks]
        for future in futures:
            publish(future.result())
    return counts


def run_documents(
    wh: Warehouse, seeds: Iterable[Seed], *, max_bytes: int, live: Collection[str] | None = None
) -> dict[str, int]:
    """Read seed files (on every core for many), reject byte-identical copies of another seed
    ("duplicate of <doc_id>"), then write and publish. `live`: the doc_ids still seeds."""
    by_id = {s.doc_id: s for s in seeds}
    jobs = [[(d, by_id[d].path) for d in chunk] for chunk in _chunks(sorted(by_id))]
    if workers() < 2 or len(by_id) < PARALLEL_MIN:
        rows = [row for job in jobs for row in _read_rows(job, max_bytes)]
    else:
        with ProcessPoolExecutor(workers(), mp_context=multiprocessing.get_context("fork")) as pool:
            rows = [r for part in pool.map(_read_rows, jobs, [max_bytes] * len(jobs)) for r in part]
    previous = wh.read_table(DOCUMENTS, ["doc_id", "content_sha256", "status"]).to_pylist()
    intake.mark_duplicates(rows, intake.known_hashes(previous, live=live))
    by_doc = {str(r["doc_id"]): r for r in rows}
    done = 0
    for chunk in _chunks(sorted(by_doc)):
        written = {d: to_arrow(DOCUMENTS, [by_doc[d]]) for d in chunk}
        wh.write_documents(DOCUMENTS, written)
        wh.publish(DOCUMENTS, touched=list(written), fresh=written)
        done += len(written)
        progress.report(DOCUMENTS.name, done, len(by_doc))
    return {DOCUMENTS.name: len(by_doc)}


def _read_rows(job: list[tuple[str, Path]], max_bytes: int) -> list[Row]:
    return [intake.read_seed(d, p, max_bytes=max_bytes) for d, p in job]


def _sections(doc: Row) -> tuple[list[Row], ...]:
    return process.section_rows(doc)


def _entities(doc: Row, sentences: list[Row]) -> tuple[list[Row], ...]:
    return process.entity_rows(doc, sentences)


def _temporal(doc: Row, sentences: list[Row]) -> tuple[list[Row], ...]:
    return (process.temporal_rows(doc, sentences),)


def _metrics(doc: Row, *upstream: list[Row]) -> tuple[list[Row], ...]:
    return (process.metric_rows(doc, *upstream),)


SECTIONS_STEP = Step((), (SECTIONS, SENTENCES), _sections)
ENTITIES_STEP = Step((SENTENCES,), (MENTIONS, PEOPLE, ORGANISATIONS), _entities)
TEMPORAL_STEP = Step((SENTENCES,), (TEMPORAL,), _temporal)
METRICS_STEP = Step((SENTENCES, MENTIONS, ORGANISATIONS, TEMPORAL), (METRICS,), _metrics)


def run_sections(wh: Warehouse, doc_ids: Iterable[str]) -> dict[str, int]:
    return _run_step(wh, SECTIONS_STEP, doc_ids)


def run_entities(wh: Warehouse, doc_ids: Iterable[str]) -> dict[str, int]:
    return _run_step(wh, ENTITIES_STEP, doc_ids)


def run_temporal(wh: Warehouse, doc_ids: Iterable[str]) -> dict[str, int]:
    return _run_step(wh, TEMPORAL_STEP, doc_ids)


def run_metrics(wh: Warehouse, doc_ids: Iterable[str]) -> dict[str, int]:
    return _run_step(wh, METRICS_STEP, doc_ids)
