"""The chain's steps over a set of documents: read inputs from the warehouse, call the library,
replace the documents' rows in the buckets they hash to (atomically, a bucket at a time).
Dagster assets call these; so does the plain runner (`pipelines.runner`) used by eval and the
benchmarks."""

from __future__ import annotations

import gc
import multiprocessing
import os
import shutil
import time
import traceback
import uuid
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pyarrow as pa
import pyarrow.parquet as pq

from pipelines import executors, intake, process, progress, seedsource
from pipelines.s3conditional import CLIENT_ENV
from pipelines.schemas import (
    DOCUMENTS,
    EXTRACTION_ERRORS,
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
from pipelines.seedsource import SeedPath
from pipelines.storage import Warehouse, atomic_write_parquet, bucket_of

Row = dict[str, object]
T = TypeVar("T")
PARALLEL_MIN = 200  # documents; below this, forking costs more than it saves
STAGING = "_staging"  # seeds read but not yet published (removed when the read ends): `Staging`


@dataclass(frozen=True)
class Seed:
    doc_id: str
    path: SeedPath  # a file, or an s3://bucket/key object


def list_seeds(location: SeedPath) -> list[Seed]:
    """Every visible file directly in SEEDS_DIR (a folder or an s3:// prefix), with its document
    id, sorted by id."""
    found = seedsource.listing(location, identities=False)
    return sorted((Seed(process.doc_id_for(Path(f.name)), f.path) for f in found), key=lambda s: s.doc_id)


@dataclass(frozen=True)
class Step:
    """One stage of the chain: pure `fn(doc_row, *input_rows) -> rows per output table`."""

    name: str  # what `extraction_errors.step` says when `fn` fails on a document
    inputs: tuple[Table, ...]
    outputs: tuple[Table, ...]
    fn: Callable[..., tuple[list[Row], ...]]


def workers() -> int:
    return max(1, int(os.environ.get("PIPELINES_WORKERS", os.cpu_count() or 1)))


def chunks_by_bucket(ids: list[str]) -> list[list[str]]:
    """Documents grouped by published bucket, so each chunk reads and republishes few files."""
    by_bucket: dict[int, list[str]] = {}
    for doc_id in ids:
        by_bucket.setdefault(bucket_of(doc_id), []).append(doc_id)
    return [by_bucket[b] for b in sorted(by_bucket)]


def _run_chunk(ids: list[str], wh: Warehouse, step: Step) -> dict[str, int]:
    """Read a chunk's inputs, extract, replace the chunk's rows in each output table (one bucket
    write per table); returns rows written per table."""
    docs = wh.read_grouped(DOCUMENTS, ids)
    upstream = [wh.read_grouped(t, ids) for t in step.inputs]
    written: dict[str, dict[str, list[Row]]] = {t.name: {} for t in step.outputs}
    errors: list[Row] = []
    for doc_id in ids:
        rows = docs.get(doc_id) or []
        if not rows or rows[0]["status"] == "rejected" or not rows[0].get("text"):
            results: tuple[list[Row], ...] = tuple([] for _ in step.outputs)
        else:
            version = rows[0]["content_sha256"]
            inputs = ([r for r in u[doc_id] if r["source_sha256"] == version] for u in upstream)
            try:
                results = step.fn(rows[0], *inputs)
            except Exception as exc:  # one document's failure must not cost the others theirs
                results = tuple([] for _ in step.outputs)
                errors.append(
                    {"doc_id": doc_id, "step": step.name, "error": describe(exc), "source_sha256": version}
                )
            for table_rows in results:
                for row in table_rows:
                    row["source_sha256"] = version
        for table, table_rows in zip(step.outputs, results, strict=True):
            written[table.name][doc_id] = table_rows
    counts = {}
    for table in step.outputs:
        data = to_arrow(table, [r for d in ids for r in written[table.name][d]])
        wh.replace_documents(table, ids, data)  # documents left without rows included
        counts[table.name] = data.num_rows
    if errors or wh.read_documents(EXTRACTION_ERRORS, ids).num_rows:  # new ones, or old to clear
        data = to_arrow(EXTRACTION_ERRORS, errors)
        wh.replace_documents(EXTRACTION_ERRORS, ids, data, where=("step", step.name))
    counts[EXTRACTION_ERRORS.name] = len(errors)
    return counts


ERROR_MAX_CHARS = 500


_PROJECT = Path(__file__).resolve().parent.parent


def describe(exc: BaseException) -> str:
    """An exception in words, with the project's line that raised it (a rule, not the `re` call
    a RecursionError ends in): what `extraction_errors` keeps."""
    frames = traceback.extract_tb(exc.__traceback__) if exc.__traceback__ else []
    ours = [f for f in frames if _ours(f.filename)]
    at = "".join(f" (at {Path(f.filename).name}:{f.lineno} in {f.name})" for f in (ours or frames)[-1:])
    message = str(exc)
    if len(message) > ERROR_MAX_CHARS:
        message = message[:ERROR_MAX_CHARS] + "..."
    return f"{type(exc).__name__}: {message}{at}"


def _ours(filename: str) -> bool:
    path = Path(filename).resolve()
    return path.is_relative_to(_PROJECT) and "site-packages" not in path.parts


def map_chunks(
    fn: Callable[..., T], chunks: Sequence[list[Any]], *args: object, cluster: bool = False
) -> Iterator[T]:
    """`fn(chunk, *args)` for each chunk, in order: on every core (forked workers) when the
    chunks hold many documents, else in this process. `args` reach the workers through the fork,
    not pickled with every chunk, so they may be large (every entity id of the warehouse).

    `cluster=True` (the per-document steps): with DASK_SCHEDULER_ADDRESS set, each chunk is a
    task on that Dask cluster instead (`pipelines.executors`), whatever the number of documents;
    `fn` and `args` are then pickled, so they must be small and importable by the workers."""
    if cluster and (address := executors.scheduler_address()):
        yield from executors.map_on_cluster(address, fn, chunks, args)
        return
    if workers() < 2 or sum(map(len, chunks)) < PARALLEL_MIN:
        for chunk in chunks:
            yield fn(chunk, *args)
        return
    context = multiprocessing.get_context("fork")
    # Frozen objects are left alone by the workers' garbage collector, which would otherwise
    # touch every object inherited from this process and copy its pages (copy-on-write).
    gc.freeze()
    try:
        with ProcessPoolExecutor(
            workers(), mp_context=context, initializer=_keep_args, initargs=args
        ) as pool:
            futures = [pool.submit(_call_with_args, fn, chunk) for chunk in chunks]
            for future in futures:
                yield future.result()
    finally:
        gc.unfreeze()


_WORKER_ARGS: tuple[object, ...] = ()


def _keep_args(*args: object) -> None:
    global _WORKER_ARGS
    _WORKER_ARGS = args


def _call_with_args(fn: Callable[..., T], chunk: list[Any]) -> T:
    return fn(chunk, *_WORKER_ARGS)


def _run_step(wh: Warehouse, step: Step, doc_ids: Iterable[str]) -> dict[str, int]:
    """Run a step over documents. Each chunk is one bucket and writes it as it completes, so
    memory stays flat however large the corpus."""
    chunks = chunks_by_bucket(sorted(set(doc_ids)))
    counts = {t.name: 0 for t in (*step.outputs, EXTRACTION_ERRORS)}
    total, done = sum(map(len, chunks)), 0
    label = "/".join(t.name for t in step.outputs)
    results = map_chunks(_run_chunk, chunks, wh, step, cluster=True)
    for chunk, written in zip(chunks, results, strict=True):
        for name, n in written.items():
            counts[name] += n
        done += len(chunk)
        progress.report(label, done, total)
    return counts


def run_documents(
    wh: Warehouse, seeds: Iterable[Seed], *, max_bytes: int, live: Collection[str] | None = None
) -> dict[str, int]:
    """Read seed files, reject byte-identical copies of another seed ("duplicate of <doc_id>"),
    then publish. `live`: the doc_ids still seeds.

    Streams: each chunk of seeds is read (on every core for many) into a staging file, and only
    the few columns that decide duplicates stay in memory. Once every chunk is read, duplicates
    are marked and each chunk moves from staging into its bucket, so a reader never sees a
    duplicate as an original, and memory does not grow with the corpus."""
    by_id = {s.doc_id: s.path for s in seeds}
    chunks = chunks_by_bucket(sorted(by_id))
    staging = Staging.create(wh)
    try:
        light: list[Row] = []
        jobs = [[(d, by_id[d]) for d in chunk] for chunk in chunks]
        for rows in map_chunks(_stage_chunk, jobs, max_bytes, staging, cluster=True):
            light += rows
            progress.report(DOCUMENTS.name, len(light), len(by_id))
        previous = wh.read_table(DOCUMENTS, ["doc_id", "content_sha256", "status"]).to_pylist()
        intake.mark_duplicates(light, intake.known_hashes(previous, live=live))
        duplicates = {
            str(r["doc_id"]): r
            for r in light
            if str(r.get("reject_reason") or "").startswith(intake.DUPLICATE)
        }
        for chunk in chunks:
            data = staging.read(chunk[0])
            if duplicates.keys() & set(chunk):
                rows = data.to_pylist()
                for row in rows:
                    if (dup := duplicates.get(str(row["doc_id"]))) is not None:
                        row.update(status="rejected", reject_reason=dup["reject_reason"], text=None)
                data = to_arrow(DOCUMENTS, rows)
            wh.replace_documents(DOCUMENTS, chunk, data)
    finally:
        staging.remove()
    return {DOCUMENTS.name: len(by_id)}


STAGING_MAX_AGE_S = 86_400.0  # S3 staging older than this belongs to a run that died


@dataclass(frozen=True)
class Staging:
    """Where the seed-reading tasks leave each chunk's `documents` rows until the run publishes
    them: a folder under the local warehouse folder, or, for an S3 warehouse, a prefix under its
    URI (`<uri>/_staging/<run>/`), so that Dask workers on other machines write where the run
    reads. Small and picklable: it travels with every task."""

    location: str  # a local folder, or `bucket/prefix/_staging/<run>` on S3
    remote: bool = False

    @classmethod
    def create(cls, wh: Warehouse) -> Staging:
        run = f"{os.getpid()}-{uuid.uuid4().hex}"
        if wh.remote:
            base = f"{wh.uri.removeprefix('s3://')}/{STAGING}"
            _remove_abandoned_s3_staging(base)
            return cls(f"{base}/{run}", remote=True)
        _remove_abandoned_staging(wh.root / STAGING)
        folder = wh.root / STAGING / run
        folder.mkdir(parents=True)
        return cls(str(folder))

    def _name(self, doc_id: str) -> str:
        return f"{bucket_of(doc_id):03d}.parquet"  # a chunk is one bucket

    def write(self, doc_id: str, data: pa.Table) -> None:
        if self.remote:  # one PUT: the object appears whole or not at all
            pq.write_table(
                data, f"{self.location}/{self._name(doc_id)}", filesystem=_s3(), compression="zstd"
            )
        else:
            atomic_write_parquet(data, Path(self.location) / self._name(doc_id))

    def read(self, doc_id: str) -> pa.Table:
        if self.remote:
            return pq.read_table(f"{self.location}/{self._name(doc_id)}", filesystem=_s3())
        return pq.read_table(Path(self.location) / self._name(doc_id))

    def remove(self) -> None:
        if self.remote:
            with suppress(OSError):
                _s3().delete_dir(self.location)
        else:
            shutil.rmtree(self.location, ignore_errors=True)


_S3: dict[tuple[str | int | None, ...], Any] = {}


def _s3() -> Any:
    """pyarrow's S3 filesystem from the AWS variables, one per process (forks make their own) and
    per setting of those variables."""
    from pipelines.objectstore import s3_filesystem

    key = (os.getpid(), *(os.environ.get(v) for v in CLIENT_ENV))
    if key not in _S3:
        _S3.clear()
        _S3[key] = s3_filesystem()
    return _S3[key]


def _remove_abandoned_staging(folder: Path) -> None:
    """Staging folders of processes that died (killed mid-read) are removed."""
    for entry in folder.iterdir() if folder.is_dir() else []:
        pid = entry.name.split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(entry, ignore_errors=True)


def _remove_abandoned_s3_staging(base: str) -> None:
    """On S3 the process that wrote a staging prefix may run on another machine, so liveness
    cannot be asked: objects older than STAGING_MAX_AGE_S (a day; no run reads seeds that long)
    are deleted. One LIST per seed-reading run."""
    import pyarrow.fs as pafs

    now = time.time()
    with suppress(OSError):
        for info in _s3().get_file_info(pafs.FileSelector(base, recursive=True, allow_not_found=True)):
            old = info.mtime is not None and now - info.mtime.timestamp() > STAGING_MAX_AGE_S
            if info.type == pafs.FileType.File and old:
                with suppress(OSError):
                    _s3().delete_file(info.path)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _stage_chunk(job: list[tuple[str, SeedPath]], max_bytes: int, staging: Staging) -> list[Row]:
    """Read a chunk of seeds into its staging file; returns what duplicate detection needs."""
    rows = [intake.read_seed(d, path, max_bytes=max_bytes) for d, path in job]
    staging.write(job[0][0], to_arrow(DOCUMENTS, rows))
    return [{k: r.get(k) for k in ("doc_id", "content_sha256", "status", "reject_reason")} for r in rows]


def _sections(doc: Row) -> tuple[list[Row], ...]:
    return process.section_rows(doc)


def _entities(doc: Row, sentences: list[Row]) -> tuple[list[Row], ...]:
    return process.entity_rows(doc, sentences)


def _temporal(doc: Row, sentences: list[Row]) -> tuple[list[Row], ...]:
    return (process.temporal_rows(doc, sentences),)


def _metrics(doc: Row, *upstream: list[Row]) -> tuple[list[Row], ...]:
    return (process.metric_rows(doc, *upstream),)


SECTIONS_STEP = Step("sections", (), (SECTIONS, SENTENCES), _sections)
ENTITIES_STEP = Step("entities", (SENTENCES,), (MENTIONS, PEOPLE, ORGANISATIONS), _entities)
TEMPORAL_STEP = Step("temporal", (SENTENCES,), (TEMPORAL,), _temporal)
METRICS_STEP = Step("metrics", (SENTENCES, MENTIONS, ORGANISATIONS, TEMPORAL), (METRICS,), _metrics)


def run_sections(wh: Warehouse, doc_ids: Iterable[str]) -> dict[str, int]:
    return _run_step(wh, SECTIONS_STEP, doc_ids)


def run_entities(wh: Warehouse, doc_ids: Iterable[str]) -> dict[str, int]:
    return _run_step(wh, ENTITIES_STEP, doc_ids)


def run_temporal(wh: Warehouse, doc_ids: Iterable[str]) -> dict[str, int]:
    return _run_step(wh, TEMPORAL_STEP, doc_ids)


def run_metrics(wh: Warehouse, doc_ids: Iterable[str]) -> dict[str, int]:
    return _run_step(wh, METRICS_STEP, doc_ids)
