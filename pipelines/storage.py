"""Parquet storage of the warehouse, and the DuckDB views over it.

Layout under WAREHOUSE_DIR:
- `_published/<table>/bucket=NNN.parquet`: per-document tables, documents hashed by id into a fixed
  number of buckets. Changing or removing a document rewrites the one bucket it hashes to (read,
  drop its old rows, append its new ones, rename into place), under a per-table lock. A query
  opens a few dozen files however many documents there are, and a bulk build writes each bucket
  once per table instead of one file per document.
- `_published/<table>/part.parquet`: cross-document tables.
- `warehouse.duckdb`: views named after the tables.

Every file is written beside its final name and renamed into place, so a reader sees the old file
or the new one, never half of one.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipelines.schemas import DOCUMENTS, PER_DOCUMENT, TABLES, Table, arrow_schema

BUCKETS = 32
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

    # -- per-document tables (bucket files) -------------------------------------------------
    def published_dir(self, table: Table) -> Path:
        return self.root / PUBLISHED / table.name

    def bucket_path(self, table: Table, bucket: int) -> Path:
        return self.published_dir(table) / f"bucket={bucket:03d}.parquet"

    def _read_bucket(self, table: Table, bucket: int, columns: Sequence[str] | None = None) -> pa.Table:
        path = self.bucket_path(table, bucket)
        schema = arrow_schema(table)
        if columns:
            schema = pa.schema([schema.field(c) for c in columns])
        if not path.exists():
            return schema.empty_table()
        return pq.read_table(path, columns=list(columns) if columns else None).cast(schema)

    @contextmanager
    def _locked(self, table: Table) -> Iterator[None]:
        """Serialises read-modify-write of a table's buckets across processes."""
        folder = self.published_dir(table)
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            yield

    def replace_documents(self, table: Table, doc_ids: Iterable[str], data: pa.Table | None = None) -> None:
        """Make `data` the rows of `doc_ids` (None: remove them), rewriting only the buckets
        these documents hash to, each by one atomic rename. Every row of `data` must belong to
        one of `doc_ids`."""
        schema = arrow_schema(table)
        data = schema.empty_table() if data is None else data.cast(schema)
        by_bucket: dict[int, list[str]] = {}
        for doc_id in set(doc_ids):
            by_bucket.setdefault(bucket_of(doc_id), []).append(doc_id)
        if set(data["doc_id"].unique().to_pylist()) - {d for ids in by_bucket.values() for d in ids}:
            raise ValueError(f"{table.name}: rows of documents not being replaced")
        with self._locked(table):
            for bucket, ids in sorted(by_bucket.items()):
                members = pa.array(sorted(ids), pa.string())
                old = self._read_bucket(table, bucket)
                keep = old.filter(pc.invert(pc.is_in(old["doc_id"], value_set=members)))
                new = data.filter(pc.is_in(data["doc_id"], value_set=members))
                atomic_write_parquet(pa.concat_tables([keep, new]), self.bucket_path(table, bucket))
            self._ensure_empty(table)

    def read_documents(self, table: Table, doc_ids: Iterable[str]) -> pa.Table:
        """Rows of these documents (reads only the buckets they hash to)."""
        wanted = sorted(set(doc_ids))
        buckets = sorted({bucket_of(d) for d in wanted})
        parts = [self._read_bucket(table, b) for b in buckets]
        data = pa.concat_tables(parts) if parts else arrow_schema(table).empty_table()
        return data.filter(pc.is_in(data["doc_id"], value_set=pa.array(wanted, pa.string())))

    def read_grouped(self, table: Table, doc_ids: Sequence[str]) -> dict[str, list[dict]]:
        """Rows of these documents, grouped by doc_id."""
        grouped: dict[str, list[dict]] = {d: [] for d in doc_ids}
        for row in self.read_documents(table, doc_ids).to_pylist():
            grouped[row["doc_id"]].append(row)
        return grouped

    def document_ids(self, table: Table) -> set[str]:
        ids: set[str] = set()
        for b in range(BUCKETS):
            ids.update(self._read_bucket(table, b, ["doc_id"]).column("doc_id").to_pylist())
        return ids

    def delete_documents(self, doc_ids: Iterable[str]) -> None:
        """Remove documents from every table, `documents` last: a document's derived rows never
        outlive its `documents` row, even when a delete is killed half-way."""
        doomed = set(doc_ids)
        for table in reversed(PER_DOCUMENT):
            self.replace_documents(table, doomed)

    def prune(self, live: set[str]) -> set[str]:
        """Remove every document that is not live from every table; returns what was removed.

        Derived rows are written after and deleted before their `documents` row, so the ids in
        `documents` are all the ids there are: one table is read, not every table."""
        stale = self.document_ids(DOCUMENTS) - live
        if stale:
            self.delete_documents(stale)
        return stale

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
