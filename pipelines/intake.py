"""Reading seed files without ever raising: unreadable or hostile files become rejected rows.

Seeds are only read: opened read-only, never written, renamed or moved. What a seed can be, and
what happens to it:

- a regular file inside SEEDS_DIR: read (at most `max_bytes`), then `process.document_row`;
- a symbolic link: followed only when its target is inside SEEDS_DIR, else rejected without
  reading the target ("symbolic link out of the seeds folder"); a link to nothing is
  "broken symbolic link", a loop of links "symbolic link loop";
- larger than `max_bytes`: rejected unread ("larger than the limit of N MB"); its hash is still
  computed, reading it in blocks, when it is not larger than HASH_LIMIT;
- not a regular file (a folder, a named pipe, a device): rejected without opening it for reading
  data ("cannot be read: a named pipe, not a file"), so a pipe never blocks a run;
- no permission, or any other OS error: "cannot be read: Permission denied" and the like;
- an object under an s3:// SEEDS_DIR: read in one GET, with the same size limit; gone since the
  listing: "file vanished before it could be read"; a failed request: "cannot be read: <why>".

`mark_duplicates` then rejects the second and later copies of the same bytes.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path

from pipelines import process
from pipelines.seedsource import ObjectReader, SeedPath, is_s3

Row = dict[str, object]
_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
)
_BLOCK = 1 << 20
HASH_LIMIT = 256 * 1024 * 1024  # oversized files are hashed up to this size


def limit_text(max_bytes: int) -> str:
    """'20 MB', '1.5 MB', '64 KB': the size limit as a person writes it."""
    mb = max_bytes / (1024 * 1024)
    if mb >= 1:
        return f"{mb:g} MB"
    return f"{max_bytes / 1024:g} KB"


def display_path(path: Path) -> str:
    """The path as text that can be stored: a name with bytes that are not UTF-8 keeps them
    as \\x escapes instead of failing to encode later."""
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")


def read_seed(doc_id: str, path: SeedPath, *, max_bytes: int) -> Row:
    """Read a seed's bytes without ever raising: unreadable files become rejected rows."""
    source = path if isinstance(path, str) else display_path(path)
    try:
        if is_s3(path):
            return _read_object(doc_id, str(path), max_bytes)
        return _read(doc_id, Path(path), source, max_bytes)
    except Exception as err:  # the promise is "never raise": anything unforeseen is a reason too
        detail = err.strerror if isinstance(err, OSError) and err.strerror else str(err) or type(err).__name__
        return _rejected(doc_id, source, f"cannot be read: {detail}")


def _read(doc_id: str, path: Path, source: str, max_bytes: int) -> Row:
    if path.is_symlink():
        try:
            resolved = path.resolve(strict=True)
        except FileNotFoundError:
            return _rejected(doc_id, source, "broken symbolic link")
        except (RuntimeError, OSError) as err:  # RuntimeError: a loop, before Python 3.13
            if isinstance(err, RuntimeError) or err.errno == errno.ELOOP:
                return _rejected(doc_id, source, "symbolic link loop")
            raise
        if not resolved.is_relative_to(path.parent.resolve()):
            return _rejected(doc_id, source, "symbolic link out of the seeds folder")
    else:
        resolved = path
    try:
        # O_NONBLOCK: opening a named pipe must not wait for a writer; regular files ignore it.
        fd = os.open(resolved, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return _rejected(doc_id, source, "file vanished before it could be read")
    except IsADirectoryError:
        return _rejected(doc_id, source, "cannot be read: a folder, not a file")
    except OSError as err:  # no permission; or swapped for a link after listing (O_NOFOLLOW)
        return _rejected(doc_id, source, f"cannot be read: {err.strerror or err}")
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = next((what for test, what in _KINDS if test(info.st_mode)), "not a regular file")
            return _rejected(doc_id, source, f"cannot be read: {kind}, not a file")
        with os.fdopen(os.dup(fd), "rb", buffering=0) as fh:
            if info.st_size > max_bytes:
                return _oversized(doc_id, source, fh, max_bytes, info.st_size)
            data = _read_at_most(fh, max_bytes + 1)
            if len(data) > max_bytes:  # it grew after fstat
                fh.seek(0)
                return _oversized(doc_id, source, fh, max_bytes, os.fstat(fh.fileno()).st_size)
    finally:
        os.close(fd)
    return process.document_row(doc_id, source, data, max_bytes=max_bytes)


def _read_object(doc_id: str, uri: str, max_bytes: int) -> Row:
    try:
        reader = ObjectReader(uri)
    except FileNotFoundError:
        return _rejected(doc_id, uri, "file vanished before it could be read")
    with reader:
        if reader.size > max_bytes:
            return _oversized(doc_id, uri, reader, max_bytes, reader.size)
        data = _read_at_most(reader, max_bytes + 1)
    return process.document_row(doc_id, uri, data, max_bytes=max_bytes)


def _read_at_most(fh, limit: int) -> bytes:  # type: ignore[no-untyped-def]
    chunks: list[bytes] = []
    remaining = limit
    while remaining > 0:
        chunk = fh.read(min(remaining, _BLOCK))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _oversized(doc_id: str, source: str, fh, max_bytes: int, size: int) -> Row:  # type: ignore[no-untyped-def]
    """Rejected for its size. Its hash is computed in blocks up to HASH_LIMIT (a 200 MB log);
    beyond that (a sparse 100 GB file) reading it all is not worth it: no hash."""
    row = _rejected(doc_id, source, f"larger than the limit of {limit_text(max_bytes)}") | {"n_bytes": size}
    if size > HASH_LIMIT:
        return row
    digest = hashlib.sha256()
    read = 0
    for block in iter(lambda: fh.read(_BLOCK), b""):
        digest.update(block)
        read += len(block)
        if read > HASH_LIMIT:  # it grew while being read
            return row
    return row | {"content_sha256": digest.hexdigest(), "n_bytes": read}


def _rejected(doc_id: str, source: str, reason: str) -> Row:
    return {"doc_id": doc_id, "source_path": source, "content_sha256": "",
            "n_bytes": 0, "status": "rejected", "reject_reason": reason, "warnings": []}  # fmt: skip


# -- duplicates -------------------------------------------------------------------------------

DUPLICATE = "duplicate of "


def known_hashes(
    documents: Iterable[Mapping[str, object]], live: Collection[str] | None = None
) -> dict[str, str]:
    """content_sha256 -> doc_id of the documents already in the warehouse that count as originals:
    not rejected, with a hash, still a seed (`live`, when given). With several (there should not
    be), the first doc_id in sorted order."""
    known: dict[str, str] = {}
    for doc in documents:
        doc_id, sha = str(doc["doc_id"]), str(doc.get("content_sha256") or "")
        if not sha or doc.get("status") == "rejected" or (live is not None and doc_id not in live):
            continue
        if sha not in known or doc_id < known[sha]:
            known[sha] = doc_id
    return known


def mark_duplicates(rows: list[Row], known: Mapping[str, str]) -> list[str]:
    """Reject, in place, every row whose bytes another document already has.

    Of all documents holding the same bytes (this run's rows that are not rejected, and `known`:
    content_sha256 -> doc_id of documents already in the warehouse that are not rejected), the
    first doc_id in sorted order is the original; every other row becomes
    `status='rejected'`, `reject_reason='duplicate of <original>'`, without its text (its title,
    encoding and dates stay, to tell a person what the file was). Rows already rejected keep their
    own reason. Entries of `known` for doc_ids among `rows` are ignored: those documents are
    being read again and their rows here are the fresh truth.

    The result is the same whatever the order of `rows` and whether a document came in this run
    or an earlier one, so a re-run on unchanged input gives identical rows. Returns the doc_ids
    of `known` that are now duplicates of a row of this run (a new file that sorts before an old
    copy): their warehouse rows are stale until they are read again.
    """
    in_run = {str(r["doc_id"]) for r in rows}
    holders: dict[str, set[str]] = {}
    for sha, doc_id in known.items():
        if sha and doc_id not in in_run:
            holders.setdefault(sha, set()).add(doc_id)
    for row in rows:
        sha = str(row.get("content_sha256") or "")
        if sha and row.get("status") != "rejected":
            holders.setdefault(sha, set()).add(str(row["doc_id"]))
    stale: list[str] = []
    for row in sorted(rows, key=lambda r: str(r["doc_id"])):
        sha = str(row.get("content_sha256") or "")
        if not sha or row.get("status") == "rejected":
            continue
        original = min(holders[sha])
        if original != row["doc_id"]:
            row.update(status="rejected", reject_reason=DUPLICATE + original, text=None)
    for sha, doc_id in known.items():
        if sha in holders and doc_id not in in_run and min(holders[sha]) != doc_id:
            stale.append(doc_id)
    return sorted(stale)
