"""Parquet storage of the warehouse, and the DuckDB views over it.

Layout under WAREHOUSE_DIR:
- `<table>/doc_id=<doc_id>/part.parquet`: one Hive folder per document for per-document tables;
  the source of truth, replaced or removed one document at a time.
- `_published/<table>/bucket=NN.parquet`: the same rows compacted into a fixed number of buckets
  (documents hashed by id), rebuilt for the buckets a change touches. The DuckDB views read these,
  so a query opens a few dozen files instead of one per document.
- `_published/<table>/part.parquet`: cross-document tables.
- `warehouse.duckdb`: views named after the tables.

Every file is written beside its final name and renamed into place, so a reader sees the old file
or the new one, never half of one.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import uuid
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipelines.schemas import PER_DOCUMENT, TABLES, Table, arrow_schema

BUCKETS = 32
WRITE_THREADS = 4
BULK_READ_MIN = 16  # from this many documents on, read inputs from the published buckets
DB_NAME = "warehouse.duckdb"
PUBLISHED = "_published"
EMPTY = "_empty.parquet"


def bucket_of(doc_id: str) -> int:
    return int.from_bytes(hashlib.blake2b(doc_id.encode(), digest_size=4).digest()) % BUCKETS


def atomic_write_parquet(data: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        pq.write_table(data, tmp, compression="zstd")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


class Warehouse:
    """Reads and writes the warehouse's Parquet files; the only writer of its views."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @property
    def db_path(self) -> Path:
        return self.root / DB_NAME

    # -- per-document tables -------------------------------------------------------------
    def doc_path(self, table: Table, doc_id: str) -> Path:
        return self.root / table.name / f"doc_id={doc_id}" / "part.parquet"

    def write_document(self, table: Table, doc_id: str, data: pa.Table) -> None:
        atomic_write_parquet(data.cast(arrow_schema(table)), self.doc_path(table, doc_id))

    def write_documents(self, table: Table, parts: Mapping[str, pa.Table]) -> None:
        """Write many documents' files; pyarrow releases the GIL, so threads overlap the I/O."""
        if len(parts) < WRITE_THREADS * 4:
            for doc_id, data in parts.items():
                self.write_document(table, doc_id, data)
            return
        with ThreadPoolExecutor(WRITE_THREADS) as pool:
            list(pool.map(lambda item: self.write_document(table, *item), parts.items()))

    def read_documents(self, table: Table, doc_ids: Iterable[str]) -> pa.Table:
        parts = [pq.ParquetFile(p).read() for d in doc_ids if (p := self.doc_path(table, d)).exists()]
        if not parts:
            return arrow_schema(table).empty_table()
        return pa.concat_tables(parts).cast(arrow_schema(table))

    def read_grouped(self, table: Table, doc_ids: Sequence[str]) -> dict[str, list[dict]]:
        """Rows of these documents, grouped by doc_id. Many documents are read from the
        published buckets (a few files), a handful from their own files."""
        wanted = set(doc_ids)
        if len(wanted) < BULK_READ_MIN:
            data = self.read_documents(table, sorted(wanted))
        else:
            buckets = {bucket_of(d) for d in wanted}
            files = [p for b in sorted(buckets) if (p := self._bucket_path(table, b)).exists()]
            parts = [pq.ParquetFile(f).read() for f in files]
            data = pa.concat_tables(parts) if parts else arrow_schema(table).empty_table()
            mask = pc.is_in(data["doc_id"], value_set=pa.array(sorted(wanted), pa.string()))
            data = data.filter(mask)
        grouped: dict[str, list[dict]] = {d: [] for d in wanted}
        for row in data.to_pylist():
            grouped[row["doc_id"]].append(row)
        return grouped

    def document_ids(self, table: Table) -> set[str]:
        folder = self.root / table.name
        if not folder.is_dir():
            return set()
        return {e.name[len("doc_id=") :] for e in os.scandir(folder) if e.name.startswith("doc_id=")}

    def delete_documents(self, doc_ids: Iterable[str]) -> None:
        doomed = set(doc_ids)
        for table in PER_DOCUMENT:
            for doc_id in doomed:
                shutil.rmtree(self.doc_path(table, doc_id).parent, ignore_errors=True)
            self.publish(table, touched=doomed)

    def prune(self, live: set[str]) -> set[str]:
        """Remove every document that is not live from every table; returns what was removed."""
        stale = set().union(*(self.document_ids(t) for t in PER_DOCUMENT)) - live
        if stale:
            self.delete_documents(stale)
        return stale

    # -- published (compacted) copies ----------------------------------------------------
    def published_dir(self, table: Table) -> Path:
        return self.root / PUBLISHED / table.name

    def publish(
        self,
        table: Table,
        *,
        touched: Iterable[str] | None = None,
        fresh: Mapping[str, pa.Table] | None = None,
    ) -> None:
        """Rebuild the buckets holding `touched` documents (all buckets when None).

        `fresh` holds rows just written, so a bulk build does not read them back from disk.
        """
        fresh = fresh or {}
        all_ids = self.document_ids(table)
        wanted = {bucket_of(d) for d in (touched if touched is not None else all_ids)}
        if touched is None:
            wanted = set(range(BUCKETS))
        members: dict[int, list[str]] = {b: [] for b in wanted}
        for doc_id in sorted(all_ids):
            b = bucket_of(doc_id)
            if b in members:
                members[b].append(doc_id)
        for b, ids in members.items():
            parts = [fresh[d] if d in fresh else self.read_documents(table, [d]) for d in ids]
            data = pa.concat_tables(parts) if parts else arrow_schema(table).empty_table()
            atomic_write_parquet(data.cast(arrow_schema(table)), self._bucket_path(table, b))
        self._ensure_empty(table)

    def _bucket_path(self, table: Table, bucket: int) -> Path:
        return self.published_dir(table) / f"bucket={bucket:03d}.parquet"

    def _ensure_empty(self, table: Table) -> None:
        path = self.published_dir(table) / EMPTY
        if not path.exists():
            atomic_write_parquet(arrow_schema(table).empty_table(), path)

    # -- cross-document tables -----------------------------------------------------------
    def write_table(self, table: Table, data: pa.Table) -> None:
        atomic_write_parquet(data.cast(arrow_schema(table)), self.published_dir(table) / "part.parquet")
        self._ensure_empty(table)

    def read_table(self, table: Table, columns: Sequence[str] | None = None) -> pa.Table:
        """All rows of a table as published (per-document tables: every bucket); for derived
        tables only the rows of each document's current version, as the views show them.
        `columns`: read only these (the rest is never loaded)."""
        schema = arrow_schema(table)
        wanted = list(columns) if columns else schema.names
        if table.versioned and "source_sha256" not in wanted:
            wanted = [*wanted, "doc_id", "source_sha256"]
        wanted = list(dict.fromkeys(wanted))
        schema = pa.schema([schema.field(c) for c in wanted])
        folder = self.published_dir(table)
        files = sorted(p for p in folder.glob("*.parquet")) if folder.is_dir() else []
        if not files:
            return schema.empty_table().select(list(columns) if columns else wanted)
        data = pa.concat_tables(pq.read_table(f, columns=wanted) for f in files).cast(schema)
        if table.versioned:
            docs = self.read_table(TABLES["documents"], ["doc_id", "content_sha256"])
            current = pc.binary_join_element_wise(docs["doc_id"], docs["content_sha256"], "\x00")
            keys = pc.binary_join_element_wise(data["doc_id"], data["source_sha256"], "\x00")
            data = data.filter(pc.is_in(keys, value_set=current))
        return data.select(list(columns)) if columns else data

    # -- DuckDB --------------------------------------------------------------------------
    def view_sql(self, table: Table) -> str:
        glob = (self.published_dir(table) / "*.parquet").as_posix()
        cols = ", ".join(f't."{c}"' for c in table.column_names)
        source = f"read_parquet('{glob}', union_by_name = true)"
        if table.versioned:  # only rows read from the document's current version
            docs = (self.published_dir(TABLES["documents"]) / "*.parquet").as_posix()
            source = (
                f"(SELECT x.* FROM {source} AS x SEMI JOIN read_parquet('{docs}') AS d "
                "ON d.doc_id = x.doc_id AND d.content_sha256 = x.source_sha256)"
            )
        if not table.resolves_entities:
            return f"CREATE OR REPLACE VIEW {table.name} AS SELECT {cols} FROM {source} AS t"
        keys = (self.published_dir(TABLES["entity_keys"]) / "*.parquet").as_posix()
        return (
            f"CREATE OR REPLACE VIEW {table.name} AS SELECT {cols}, k.entity_id FROM {source} AS t "
            f"LEFT JOIN read_parquet('{keys}') AS k ON k.entity_key = t.entity_key"
        )

    def create_views(self) -> None:
        """(Re)create every view. Views read file globs, so new data needs no new view."""
        for table in TABLES.values():
            self._ensure_empty(table)
        with duckdb.connect(str(self.db_path)) as con:
            for table in TABLES.values():
                con.execute(self.view_sql(table))

    def views_signature(self) -> str:
        sql = "\n".join(self.view_sql(t) for t in TABLES.values())
        return hashlib.sha256(sql.encode()).hexdigest()[:16]

    def create_views_if_needed(self) -> bool:
        """Create the views unless the database already has these exact definitions.

        Views read file globs, so data changes never need this; only a new warehouse or a new
        schema does. Concurrent callers (parallel asset checks) serialise on a lock file, and the
        first one creates the views while the others wait and then find them there."""
        marker = self.root / PUBLISHED / "views.signature"
        signature = self.views_signature()

        def current() -> bool:
            return self.db_path.exists() and marker.exists() and marker.read_text() == signature

        if current():
            return False
        marker.parent.mkdir(parents=True, exist_ok=True)
        with open(self.root / PUBLISHED / ".views.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if current():
                return False
            self.create_views()
            marker.write_text(signature)
        return True

    def published_rows(self, table: Table) -> int:
        folder = self.published_dir(table)
        files = folder.glob("*.parquet") if folder.is_dir() else []
        return sum(pq.read_metadata(f).num_rows for f in files)

    def connect(self, *, read_only: bool = True) -> duckdb.DuckDBPyConnection:
        self.create_views_if_needed()
        return duckdb.connect(str(self.db_path), read_only=read_only)
