"""Keep a folder of review pages in step with the warehouse, rendering only what changed.

Each page's signature is a hash of everything drawn on it: the document's rows in every table
it shows, the cross-document entity ids, and the renderer: `pipelines.review`, its template and
its static files (a new layout re-renders every page). A bucket's signature hashes the identity
of its files in those tables (locally inode, size and modification time; on S3 the versioned
object name) and the entity ids they refer to: a bucket whose signature is unchanged is skipped
without loading its rows (a one-file change loads one bucket). Pages whose signature is
unchanged are left alone, pages of documents no longer in the warehouse are removed, and
`index.html` is rewritten. Signatures live in `<folder>/.signatures.json`, written atomically
after the pages.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pipelines import review, stages
from pipelines.schemas import DOCUMENTS
from pipelines.storage import Warehouse, bucket_of

SIGNATURES = ".signatures.json"
_RENDERER = hashlib.sha256(b"".join(f.read_bytes() for f in review.renderer_files())).hexdigest()
_SHOWN = (DOCUMENTS, *review.SHOWN_TABLES)


@dataclass(frozen=True)
class SyncResult:
    written: list[Path]
    removed: list[Path]
    unchanged: int
    index: Path

    @property
    def total(self) -> int:
        return len(self.written) + self.unchanged


@dataclass
class Signatures:
    buckets: dict[str, str] = field(default_factory=dict)  # bucket number -> signature
    pages: dict[str, str] = field(default_factory=dict)  # doc_id -> signature


def signature(data: review.DocumentData) -> str:
    return hashlib.sha256(f"{_RENDERER}\n{data!r}".encode()).hexdigest()


def sync_reviews(wh: Warehouse, out_dir: Path) -> SyncResult:
    """Render the pages of new and changed documents (on every core for many), remove the pages
    of documents that left the warehouse, rewrite the index."""
    out_dir.mkdir(parents=True, exist_ok=True)
    known = _read_signatures(out_dir)
    ids = review.entity_ids(wh)
    chunks = stages.chunks_by_bucket(sorted(wh.document_ids(DOCUMENTS)))
    now = Signatures()
    written: list[Path] = []
    for bucket, part, part_written in stages.map_chunks(_sync_bucket, chunks, wh, out_dir, ids, known):
        now.buckets[bucket.key] = bucket.signature
        now.pages |= part
        written += part_written
    removed = [p for p in out_dir.glob("*.html") if p.name != "index.html" and p.stem not in now.pages]
    for page in removed:
        page.unlink(missing_ok=True)
    review.atomic_write_text(out_dir / SIGNATURES, json.dumps(asdict(now), sort_keys=True))
    index = review.write_index(out_dir, wh)
    return SyncResult(sorted(written), sorted(removed), len(now.pages) - len(written), index)


@dataclass(frozen=True)
class _Bucket:
    key: str
    signature: str


def _bucket_signature(wh: Warehouse, bucket: int, chunk: list[str], ids: Mapping[str, str]) -> str:
    digest = hashlib.sha256(f"{_RENDERER}\n{sorted(chunk)}".encode())
    for table in _SHOWN:
        snap = wh.snapshot(table)
        # Buckets are replaced (a new inode, a new object), never written in place.
        identity = wh.bucket_identity(table, bucket, snap)
        if identity is None:
            digest.update(b"-")
            continue
        digest.update(identity.encode())
        if table.resolves_entities:
            keys = wh._read_bucket(table, bucket, ["entity_key"], snap).column("entity_key").to_pylist()
            digest.update(repr(sorted({ids.get(str(k)) or "" for k in keys})).encode())
    return digest.hexdigest()


def _sync_bucket(
    chunk: list[str], wh: Warehouse, out_dir: Path, ids: Mapping[str, str], known: Signatures
) -> tuple[_Bucket, dict[str, str], list[Path]]:
    """One bucket's pages: all skipped when the bucket's signature is unchanged and its pages are
    there; else each page rendered unless its own signature is unchanged."""
    number = bucket_of(chunk[0])
    bucket = _Bucket(str(number), _bucket_signature(wh, number, chunk, ids))
    previous = {d: known.pages.get(d) for d in chunk}
    if known.buckets.get(bucket.key) == bucket.signature and all(
        sig and (out_dir / f"{d}.html").exists() for d, sig in previous.items()
    ):
        return bucket, {d: str(sig) for d, sig in previous.items()}, []
    pages: dict[str, str] = {}
    written: list[Path] = []
    for data in review.load_documents(wh, chunk, ids):
        doc_id = str(data.doc["doc_id"])
        pages[doc_id] = signature(data)
        path = out_dir / f"{doc_id}.html"
        if previous.get(doc_id) == pages[doc_id] and path.exists():
            continue
        review.atomic_write_text(path, review.render_document(data))
        written.append(path)
    return bucket, pages, written


def _read_signatures(out_dir: Path) -> Signatures:
    try:
        data = json.loads((out_dir / SIGNATURES).read_text(encoding="utf-8"))
        return Signatures(dict(data["buckets"]), dict(data["pages"]))
    except (OSError, ValueError, KeyError, TypeError):
        return Signatures()
