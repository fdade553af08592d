"""Parquet storage of the warehouse, and the DuckDB views over it.

The warehouse root is a local folder (WAREHOUSE_DIR, the default) or an S3 prefix
(WAREHOUSE_URI=s3://bucket/prefix); `pipelines.objectstore` keeps the files and publishes writes
atomically for readers on either. Layout under the root:
- `_published/<table>/bucket=NNN.parquet`: per-document tables, documents hashed by id into a fixed
  number of buckets. Changing or removing a document rewrites the one bucket it hashes to (read,
  drop its old rows, append its new ones, rename into place), under a per-table lock. A query
  opens a few dozen files however many documents there are, and a bulk build writes each bucket
  once per table instead of one file per document.
- `_published/<table>/part.parquet`: cross-document tables.
- `warehouse.duckdb` (always in the local folder): views named after the tables. Local views read
  globs relative to the root (each connection sets `file_search_path`), so a copied or moved
  warehouse still answers; S3 views read Arrow datasets registered in each connection from the
  tables' manifests.

Locally every file is written beside its final name and renamed into place, so a reader sees the
old file or the new one, never half of one; on S3 a table's manifest is swapped last instead.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from pipelines.objectstore import (
    MANIFEST,
    LocalStore,
    LocalTable,
    LockFactory,
    S3Store,
    S3Table,
    atomic_write_parquet,
    file_lock,
    is_remote,
    open_store,
)
from pipelines.s3conditional import lock_from_env
from pipelines.schemas import DOCUMENTS, PER_DOCUMENT, TABLES, Table, arrow_schema

__all__ = ["BUCKETS", "Warehouse", "atomic_write_parquet", "bucket_of"]

BUCKETS = 32
DB_NAME = "warehouse.duckdb"
PUBLISHED = "_published"
EMPTY = "_empty.parquet"


def bucket_of(doc_id: str) -> int:
    return int.from_bytes(hashlib.blake2b(doc_id.encode(), digest_size=4).digest()) % BUCKETS


def bucket_name(bucket: int) -> str:
    return f"bucket={bucket:03d}.parquet"


def sql_strings(values: Iterable[str]) -> str:
    """Values as a SQL list of string literals, for `IN (...)` ('NULL' when there are none)."""
    return ", ".join("'" + v.replace("'", "''") + "'" for v in sorted(values)) or "NULL"


Snapshot = LocalTable | S3Table


class Warehouse:
    """Reads and writes the warehouse's Parquet files; the only writer of its views.

    `root`: a local folder, or `s3://bucket/prefix` with `local_dir` the local folder for what
    cannot live in object storage (the views database, staging, file locks, review pages);
    `lock` replaces the S3 writers' file locks (default: leases on S3 when WAREHOUSE_LOCK=s3,
    see `pipelines.s3conditional`)."""

    def __init__(
        self, root: str | Path, *, local_dir: Path | None = None, lock: LockFactory | None = None
    ) -> None:
        self.remote = is_remote(root)
        if self.remote:
            self.uri = str(root).rstrip("/")
            digest = hashlib.sha256(self.uri.encode()).hexdigest()[:16]
            fallback = Path(tempfile.gettempdir()) / "pipelines-s3" / digest
            self.root = Path(local_dir) if local_dir else fallback
            published = f"{self.uri}/{PUBLISHED}"
            lock = lock or lock_from_env(self.uri)  # WAREHOUSE_LOCK=s3: leases under the URI
            self.store: LocalStore | S3Store = open_store(published, local_dir=self.root, lock=lock)
        else:
            self.root = Path(root)
            self.uri = str(self.root)
            self.store = LocalStore(self.root / PUBLISHED)
        self._lock = lock

    def __reduce__(self) -> tuple[Any, ...]:  # workers rebuild it (no live S3 client in the pickle)
        return (_rebuild, (self.uri if self.remote else self.root, self.root, self._lock))

    @property
    def db_path(self) -> Path:
        return self.root / DB_NAME

    def snapshot(self, table: Table) -> Snapshot:
        """The table's files as published now (S3: as of its manifest, read once)."""
        return self.store.snapshot(table.name)

    # -- per-document tables (bucket files) -------------------------------------------------
    def _read_bucket(
        self,
        table: Table,
        bucket: int,
        columns: Sequence[str] | None = None,
        snap: Snapshot | None = None,
    ) -> pa.Table:
        schema = arrow_schema(table)
        if columns:
            schema = pa.schema([schema.field(c) for c in columns])
        data = (snap or self.snapshot(table)).read(bucket_name(bucket), columns)
        return schema.empty_table() if data is None else data.cast(schema)

    def bucket_identity(self, table: Table, bucket: int, snap: Snapshot | None = None) -> str | None:
        """Changes whenever the bucket is rewritten (None: no such bucket)."""
        return (snap or self.snapshot(table)).identity(bucket_name(bucket))

    def replace_documents(
        self,
        table: Table,
        doc_ids: Iterable[str],
        data: pa.Table | None = None,
        *,
        where: tuple[str, str] | None = None,
    ) -> None:
        """Make `data` the rows of `doc_ids` (None: remove them), rewriting only the buckets
        these documents hash to: locally each by one atomic rename, on S3 all by one manifest
        swap. Every row of `data` must belong to one of `doc_ids`. `where=(column, value)`:
        replace only those documents' rows with that value (a table several steps write)."""
        schema = arrow_schema(table)
        data = schema.empty_table() if data is None else data.cast(schema)
        by_bucket: dict[int, list[str]] = {}
        for doc_id in set(doc_ids):
            by_bucket.setdefault(bucket_of(doc_id), []).append(doc_id)
        if set(data["doc_id"].unique().to_pylist()) - {d for ids in by_bucket.values() for d in ids}:
            raise ValueError(f"{table.name}: rows of documents not being replaced")

        def apply(tx: Snapshot) -> None:  # run again on S3 when another writer committed first
            for bucket, ids in sorted(by_bucket.items()):
                members = pa.array(sorted(ids), pa.string())
                old = self._read_bucket(table, bucket, snap=tx)
                replaced = pc.is_in(old["doc_id"], value_set=members)
                if where is not None:
                    replaced = pc.and_(replaced, pc.equal(old[where[0]], where[1]))
                keep = old.filter(pc.invert(replaced))
                new = data.filter(pc.is_in(data["doc_id"], value_set=members))
                tx.write(bucket_name(bucket), pa.concat_tables([keep, new]))
            self._ensure_empty(table, tx)

        self.store.commit(table.name, apply)  # type: ignore[arg-type]

    def read_documents(self, table: Table, doc_ids: Iterable[str]) -> pa.Table:
        """Rows of these documents (reads only the buckets they hash to)."""
        wanted = sorted(set(doc_ids))
        snap = self.snapshot(table)
        parts = [self._read_bucket(table, b, snap=snap) for b in sorted({bucket_of(d) for d in wanted})]
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
        snap = self.snapshot(table)
        for b in range(BUCKETS):
            ids.update(self._read_bucket(table, b, ["doc_id"], snap).column("doc_id").to_pylist())
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

    def _ensure_empty(self, table: Table, tx: Snapshot | None = None) -> None:
        """An empty file in every table, so that a glob over it always matches."""
        if tx is not None and isinstance(tx, S3Table):
            if EMPTY not in tx.files:
                tx.write(EMPTY, arrow_schema(table).empty_table())
            return
        if isinstance(self.store, S3Store):
            if EMPTY not in self.snapshot(table).names():
                self.store.write(table.name, EMPTY, arrow_schema(table).empty_table())
            return
        path = self.store.folder(table.name) / EMPTY
        if not path.exists():
            atomic_write_parquet(arrow_schema(table).empty_table(), path)

    # -- cross-document tables -----------------------------------------------------------
    def write_table(self, table: Table, data: pa.Table) -> None:
        if isinstance(self.store, S3Store):

            def apply(tx: S3Table) -> None:
                tx.write("part.parquet", data.cast(arrow_schema(table)))
                self._ensure_empty(table, tx)

            self.store.commit(table.name, apply)
            return
        self.store.write(table.name, "part.parquet", data.cast(arrow_schema(table)))
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
        snap = self.snapshot(table)
        parts = [p for p in (snap.read(n, wanted) for n in snap.names()) if p is not None]
        if not parts:
            return schema.empty_table().select(list(columns) if columns else wanted)
        data = pa.concat_tables(parts).cast(schema)
        if table.versioned:
            docs = self.read_table(TABLES["documents"], ["doc_id", "content_sha256"])
            current = pc.binary_join_element_wise(docs["doc_id"], docs["content_sha256"], "\x00")
            keys = pc.binary_join_element_wise(data["doc_id"], data["source_sha256"], "\x00")
            data = data.filter(pc.is_in(keys, value_set=current))
        return data.select(list(columns)) if columns else data

    def published_rows(self, table: Table) -> int:
        snap = self.snapshot(table)
        return sum(snap.rows(n) for n in snap.names())

    # -- DuckDB --------------------------------------------------------------------------
    def _source(self, table: Table, *, union: bool = True) -> str:
        """What a view reads: locally a glob relative to the root (portable), on S3 the Arrow
        dataset registered as `src_<table>` in every connection."""
        if self.remote:
            return f"src_{table.name}"
        glob = f"{PUBLISHED}/{table.name}/*.parquet"
        return f"read_parquet('{glob}', union_by_name = true)" if union else f"read_parquet('{glob}')"

    def view_sql(self, table: Table, source_of: Callable[..., str] | None = None) -> str:
        return f"CREATE OR REPLACE VIEW {table.name} AS {self.view_select(table, source_of)}"

    def view_select(self, table: Table, source_of: Callable[..., str] | None = None) -> str:
        """The SELECT behind `table`'s view, reading the sources `source_of` names."""
        source_of = source_of or self._source
        cols = ", ".join(f't."{c}"' for c in table.column_names)
        source = source_of(table)
        if table.versioned:  # only rows read from the document's current version
            docs = source_of(TABLES["documents"], union=False)
            source = (
                f"(SELECT x.* FROM {source} AS x SEMI JOIN {docs} AS d "
                "ON d.doc_id = x.doc_id AND d.content_sha256 = x.source_sha256)"
            )
        if not table.resolves_entities:
            return f"SELECT {cols} FROM {source} AS t"
        keys = source_of(TABLES["entity_keys"], union=False)
        return (
            f"SELECT {cols}, k.entity_id FROM {source} AS t "
            f"LEFT JOIN {keys} AS k ON k.entity_key = t.entity_key"
        )

    def documents_select(self, table: Table, doc_ids: Collection[str]) -> str:
        """What `table`'s view shows of `doc_ids` only. Locally it reads just the bucket files that
        hold them (a run over a few documents checks a few files, not the corpus); on S3 it
        filters the view."""
        ids = sql_strings(doc_ids)
        if self.remote:
            return f"SELECT * FROM main.{table.name} WHERE doc_id IN ({ids})"
        wanted = {bucket_name(bucket_of(d)) for d in doc_ids}

        def source_of(t: Table, *, union: bool = True) -> str:
            if not t.per_document:
                return self._source(t, union=union)
            present = [n for n in self.store.snapshot(t.name).names() if n in wanted] or [EMPTY]
            files = ", ".join(f"'{PUBLISHED}/{t.name}/{n}'" for n in present)
            return f"read_parquet([{files}]{', union_by_name = true' if union else ''})"

        return f"SELECT * FROM ({self.view_select(table, source_of)}) WHERE doc_id IN ({ids})"

    def duckdb_script(self) -> str:
        """SQL that gives a plain DuckDB the views of this warehouse. S3 (needs httpfs and an S3
        secret): each table's files are resolved from its manifest when the script runs (run
        it again to see newer data), as `pipelines sql` does when it connects."""
        if not self.remote:  # the views as they are, their globs relative to the root
            root = str(self.root.resolve()).replace("'", "''")
            views = [self.view_sql(t) + ";" for t in TABLES.values()]
            return "\n".join([f"SET file_search_path = '{root}';", *views]) + "\n"
        base = f"{self.uri}/{PUBLISHED}"

        def source_of(table: Table, *, union: bool = True) -> str:
            options = ", union_by_name = true" if union else ""
            return f"read_parquet(getvariable('src_{table.name}'){options})"

        lines = [
            f"-- views of {self.uri}: needs LOAD httpfs and CREATE SECRET (TYPE s3, ...) first",
            *(
                f"SET VARIABLE src_{t.name} = (SELECT list_transform(objects, o -> "
                f"'{base}/{t.name}/' || o) FROM read_json('{base}/{t.name}/{MANIFEST}'));"
                for t in TABLES.values()
            ),
            *(self.view_sql(t, source_of) + ";" for t in TABLES.values()),
        ]
        return "\n".join(lines) + "\n"

    def _attach_sources(self, con: duckdb.DuckDBPyConnection, *, empty: bool = False) -> None:
        """Make the views' sources resolvable in this connection: locally the root as DuckDB's
        file_search_path; on S3 each table's manifest, read now, as an Arrow dataset."""
        if not self.remote:
            root = str(self.root.resolve())
            if con.execute("SELECT current_setting('file_search_path')").fetchone() != (root,):
                con.execute("SET file_search_path = ?", [root])
            return
        assert isinstance(self.store, S3Store)
        for table in TABLES.values():
            schema = arrow_schema(table)
            source = schema.empty_table() if empty else self.store.dataset(table.name, schema)
            con.register(f"src_{table.name}", source)

    def create_views(self) -> None:
        """(Re)create every view. Views read file globs (S3: manifests), so new data needs no
        new view."""
        for table in TABLES.values():
            self._ensure_empty(table)
        self.root.mkdir(parents=True, exist_ok=True)
        with duckdb.connect(str(self.db_path)) as con:
            self._attach_sources(con, empty=True)
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
        with file_lock(self.root / PUBLISHED / ".views.lock"):
            if current():
                return False
            self.create_views()
            marker.write_text(signature)
        return True

    def connect(
        self, *, read_only: bool = True, config: dict[str, Any] | None = None
    ) -> duckdb.DuckDBPyConnection:
        self.create_views_if_needed()
        con = duckdb.connect(str(self.db_path), read_only=read_only, config=config or {})
        try:
            self._attach_sources(con)
        except BaseException:
            con.close()
            raise
        return con


def _rebuild(root: str | Path, local_dir: Path, lock: LockFactory | None) -> Warehouse:
    return Warehouse(root, local_dir=local_dir, lock=lock)
