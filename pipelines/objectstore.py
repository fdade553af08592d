"""Where the warehouse's Parquet files live, and how a write becomes visible to readers.

Both stores hold, per table, a set of named files (`bucket=NNN.parquet`, `part.parquet`,
`_empty.parquet`), read through a snapshot and written in a transaction that holds the table's
lock:

- `LocalStore` (a folder, the default): a file is written beside its final name and renamed into
  place; a reader sees the old file or the new one. Nothing more than that happens per write.
- `S3Store` (`s3://bucket/prefix`, pyarrow's S3 filesystem; endpoint, region and credentials from
  the standard AWS variables). An object store has atomic single-object PUT and no rename, so a
  write never overwrites: each file version is a new object with a version in its name, and a
  table's manifest object (`_manifest.json`) names the current object of each file. A transaction
  PUTs its objects first and the manifest last, in one request: a reader reads the manifest once
  and then only objects it names, so it sees every file of one committed state and never half an
  object. The manifest PUT is conditional on the ETag the transaction read
  (`pipelines.s3conditional`): a writer on another machine that committed meanwhile makes it fail,
  and the transaction is run again on the new manifest, so no writer's files are ever dropped.
  Objects a commit replaces stay GRACE seconds (readers holding the older manifest read them
  meanwhile) and are then deleted; objects of a transaction that died before its manifest PUT
  are never named and are deleted by a later commit's sweep (a LIST, at most once per GRACE per
  table) once they are GRACE seconds old.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, suppress
from pathlib import Path
from random import random
from typing import Any, ClassVar
from urllib.parse import urlsplit

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from pipelines.s3conditional import REQUESTS, CommitConflict

MANIFEST = "_manifest.json"
GRACE_DEFAULT_S = 3600.0
COMMIT_ATTEMPTS = 12  # a transaction that keeps losing the race to other writers fails after this


def atomic_write_parquet(data: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        pq.write_table(data, tmp, compression="zstd")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


@contextmanager
def file_lock(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def is_remote(root: str | Path) -> bool:
    return isinstance(root, str) and root.startswith("s3://")


# -- local folder ------------------------------------------------------------------------------
class LocalTable:
    """A table's folder: snapshot and transaction at once (every file is renamed into place)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def names(self) -> list[str]:
        return sorted(p.name for p in self.folder.glob("*.parquet")) if self.folder.is_dir() else []

    def read(self, name: str, columns: Sequence[str] | None = None) -> pa.Table | None:
        path = self.folder / name
        if not path.exists():
            return None
        return pq.read_table(path, columns=list(columns) if columns else None)

    def write(self, name: str, data: pa.Table) -> None:
        atomic_write_parquet(data, self.folder / name)

    def rows(self, name: str) -> int:
        return pq.read_metadata(self.folder / name).num_rows

    def identity(self, name: str) -> str | None:
        """Changes whenever the file is replaced (a rename gives a new inode)."""
        try:
            st = (self.folder / name).stat()
        except FileNotFoundError:
            return None
        return f"{st.st_ino}:{st.st_size}:{st.st_mtime_ns}"


class LocalStore:
    remote = False

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.uri = str(self.root)

    def folder(self, table: str) -> Path:
        return self.root / table

    def snapshot(self, table: str) -> LocalTable:
        return LocalTable(self.folder(table))

    def commit(self, table: str, apply: Callable[[LocalTable], None]) -> None:
        """`apply(table)` under the table's lock: read-modify-write of its files, serialised
        across the processes of this machine."""
        with file_lock(self.folder(table) / ".lock"):
            apply(LocalTable(self.folder(table)))

    def write(self, table: str, name: str, data: pa.Table) -> None:
        LocalTable(self.folder(table)).write(name, data)


# -- S3 ----------------------------------------------------------------------------------------
def s3_filesystem() -> pafs.S3FileSystem:
    """pyarrow's S3 filesystem from the standard AWS variables (unset ones: the SDK's defaults)."""
    kwargs: dict[str, Any] = {}
    endpoint = os.environ.get("AWS_ENDPOINT_URL_S3") or os.environ.get("AWS_ENDPOINT_URL")
    if endpoint:
        parts = urlsplit(endpoint if "://" in endpoint else f"https://{endpoint}")
        kwargs.update(endpoint_override=parts.netloc, scheme=parts.scheme)
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
    if region:
        kwargs["region"] = region
    if os.environ.get("AWS_ACCESS_KEY_ID") and os.environ.get("AWS_SECRET_ACCESS_KEY"):
        kwargs.update(
            access_key=os.environ["AWS_ACCESS_KEY_ID"],
            secret_key=os.environ["AWS_SECRET_ACCESS_KEY"],
            session_token=os.environ.get("AWS_SESSION_TOKEN"),
        )
    return pafs.S3FileSystem(**kwargs)


def _versioned(name: str) -> str:
    """`bucket=007.parquet` -> `bucket=007.<time><random>.parquet` (sorts by write time)."""
    stem = name.removesuffix(".parquet")
    return f"{stem}.{time.time_ns():016x}{uuid.uuid4().hex[:8]}.parquet"


class S3Table:
    """One table as of one manifest; writes made through it become visible at `commit`."""

    def __init__(self, store: S3Store, table: str, manifest: dict[str, Any], etag: str | None) -> None:
        self.store, self.table, self.manifest, self.etag = store, table, manifest, etag
        self.files: dict[str, dict[str, Any]] = dict(manifest.get("files", {}))
        self.pending: dict[str, dict[str, Any]] = {}

    def names(self) -> list[str]:
        return sorted(self.files)

    def key(self, obj: str) -> str:
        return f"{self.store.prefix}/{self.table}/{obj}"

    def paths(self) -> list[str]:
        return [self.key(self.files[n]["object"]) for n in self.names()]

    def read(self, name: str, columns: Sequence[str] | None = None) -> pa.Table | None:
        entry = self.files.get(name)
        if entry is None:
            return None
        cols = list(columns) if columns else None
        return pq.read_table(self.key(entry["object"]), columns=cols, filesystem=self.store.fs)

    def rows(self, name: str) -> int:
        return int(self.files[name]["rows"])

    def identity(self, name: str) -> str | None:
        entry = self.files.get(name)
        return None if entry is None else str(entry["object"])

    def write(self, name: str, data: pa.Table) -> None:
        obj = _versioned(name)
        pq.write_table(data, self.key(obj), filesystem=self.store.fs, compression="zstd")
        if S3Store.on_object_written is not None:
            S3Store.on_object_written(self.key(obj))
        self.pending[name] = self.files[name] = {"object": obj, "rows": data.num_rows}

    def commit(self) -> None:
        """PUT the new manifest if the table's manifest is still the one read (the commit point;
        else CommitConflict), then delete what its GC dropped."""
        if not self.pending:
            return
        now = time.time()
        old = self.manifest.get("files", {})
        retired = dict(self.manifest.get("retired", {}))
        retired |= {old[n]["object"]: now for n in self.pending if n in old}
        expired = {obj for obj, at in retired.items() if now - at > self.store.grace}
        live = {e["object"] for e in self.files.values()}
        swept = float(self.manifest.get("swept", 0.0))
        orphans: set[str] = set()
        if now - swept > self.store.grace:  # a LIST at most once per GRACE per table
            orphans, swept = self.store.orphans(self.table, live | set(retired), now), now
        manifest = {
            "format": 1,
            "table": self.table,
            "committed": now,
            "swept": swept,
            "files": self.files,
            "objects": [self.files[n]["object"] for n in self.names()],  # for plain SQL readers
            "retired": {o: at for o, at in retired.items() if o not in expired},
        }
        self.etag = self.store.put_manifest(self.table, manifest, expected=self.etag)
        self.manifest, self.pending = manifest, {}
        for obj in sorted(expired | orphans):
            self.store.delete(self.key(obj))


LockFactory = Callable[[str], AbstractContextManager[None]]


class S3Store:
    remote = True
    # Called after each data object is written and before the manifest names it (fault tests).
    on_object_written: ClassVar[Callable[[str], None] | None] = None

    def __init__(self, uri: str, *, lock_dir: Path | None = None, lock: LockFactory | None = None) -> None:
        parts = urlsplit(uri)
        if not parts.netloc:
            raise ValueError(f"not an s3://bucket/prefix URI: {uri!r}")
        self.uri = uri.rstrip("/")
        self.prefix = f"{parts.netloc}/{parts.path.strip('/')}".rstrip("/")
        digest = hashlib.sha256(self.uri.encode()).hexdigest()[:16]
        self.lock_dir = (lock_dir or Path(tempfile.gettempdir()) / "pipelines-locks") / digest
        self._lock = lock or (lambda table: file_lock(self.lock_dir / f"{table}.lock"))
        self.grace = float(os.environ.get("WAREHOUSE_GC_GRACE_S", GRACE_DEFAULT_S))
        self._fs: pafs.S3FileSystem | None = None
        self._pid = 0
        self.objects = REQUESTS
        self.conflicts = 0  # commits refused because another writer committed first

    @property
    def fs(self) -> pafs.S3FileSystem:
        if self._fs is None or self._pid != os.getpid():  # a forked worker makes its own client
            self._fs, self._pid = s3_filesystem(), os.getpid()
        return self._fs

    def manifest_key(self, table: str) -> str:
        return f"{self.prefix}/{table}/{MANIFEST}"

    def snapshot(self, table: str) -> S3Table:
        got = self.objects.get(self.manifest_key(table))  # body and ETag of one version
        if got is None:
            return S3Table(self, table, {}, None)
        return S3Table(self, table, json.loads(got[0]), got[1])

    def commit(self, table: str, apply: Callable[[S3Table], None]) -> None:
        """Under the table's lock: read the manifest, `apply` (writes objects), commit. When
        another writer committed since the read (CommitConflict: a writer on another machine, or
        one whose lease was taken over), `apply` runs again on the new manifest, after a random
        pause; it must be a pure read-modify-write of the snapshot. An exception leaves the
        manifest as it was (the objects written are orphans, collected later)."""
        for attempt in range(1, COMMIT_ATTEMPTS + 1):
            with self._lock(table):
                snap = self.snapshot(table)
                apply(snap)
                try:
                    snap.commit()
                    return
                except CommitConflict:
                    self.conflicts += 1
                    if attempt == COMMIT_ATTEMPTS:
                        raise
            time.sleep(min(0.05 * 2**attempt, 2.0) * random())

    def write(self, table: str, name: str, data: pa.Table) -> None:
        self.commit(table, lambda tx: tx.write(name, data))

    def put_manifest(self, table: str, manifest: dict[str, Any], *, expected: str | None) -> str:
        """One conditional PUT: only if the manifest is still `expected` (None: still absent)."""
        body = json.dumps(manifest, sort_keys=True).encode()
        return self.objects.put(self.manifest_key(table), body, expected=expected)

    def orphans(self, table: str, known: set[str], now: float) -> set[str]:
        """Objects of the table no manifest names, written more than GRACE seconds ago."""
        found = self.fs.get_file_info(pafs.FileSelector(f"{self.prefix}/{table}", allow_not_found=True))
        return {
            info.base_name
            for info in found
            if info.base_name.endswith(".parquet")
            and info.base_name not in known
            and info.mtime is not None
            and now - info.mtime.timestamp() > self.grace
        }

    def delete(self, key: str) -> None:
        with suppress(FileNotFoundError):
            self.fs.delete_file(key)

    def dataset(self, table: str, schema: pa.Schema) -> ds.Dataset:
        """The table's files as of its manifest now, as an Arrow dataset (no request per file)."""
        paths = self.snapshot(table).paths()
        return ds.FileSystemDataset.from_paths(
            paths, schema=schema, format=ds.ParquetFileFormat(), filesystem=self.fs
        )


def open_store(
    root: str | Path, *, local_dir: Path | None = None, lock: LockFactory | None = None
) -> LocalStore | S3Store:
    """`s3://bucket/prefix` -> S3Store (file locks under `local_dir`, or `lock(table)`: a
    context manager shared by every writer, e.g. a lock of the cluster's scheduler); anything
    else: a local folder."""
    if is_remote(root):
        lock_dir = None if local_dir is None else Path(local_dir) / "_locks"
        return S3Store(str(root), lock_dir=lock_dir, lock=lock)
    return LocalStore(Path(root))
