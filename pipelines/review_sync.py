"""Keep a folder of review pages in step with the warehouse, rendering only what changed.

Each page's signature is a hash of everything drawn on it: the document's rows in every table
it shows, the cross-document entity ids, and the source of `pipelines.review` (a new layout
re-renders every page). Pages whose signature is unchanged are left alone, pages of documents
no longer in the warehouse are removed, and `index.html` is rewritten. The signatures live in
`<folder>/.signatures.json`, written atomically after the pages.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from pipelines import review, stages
from pipelines.schemas import DOCUMENTS
from pipelines.storage import Warehouse

SIGNATURES = ".signatures.json"
_RENDERER = hashlib.sha256(Path(review.__file__).read_bytes()).hexdigest()


@dataclass(frozen=True)
class SyncResult:
    written: list[Path]
    removed: list[Path]
    unchanged: int
    index: Path

    @property
    def total(self) -> int:
        return len(self.written) + self.unchanged


def signature(data: review.DocumentData) -> str:
    return hashlib.sha256(f"{_RENDERER}\n{data!r}".encode()).hexdigest()


def sync_reviews(wh: Warehouse, out_dir: Path) -> SyncResult:
    """Render the pages of new and changed documents (on every core for many), remove the pages
    of documents that left the warehouse, rewrite the index."""
    out_dir.mkdir(parents=True, exist_ok=True)
    known = _read_signatures(out_dir)
    live = sorted(wh.document_ids(DOCUMENTS))
    ids = review.entity_ids(wh)
    chunks = stages.chunks_by_bucket(live)
    signatures: dict[str, str] = {}
    written: list[Path] = []
    for part_signatures, part_written in stages.map_chunks(_sync_chunk, chunks, wh.root, out_dir, ids, known):
        signatures |= part_signatures
        written += part_written
    removed = [p for p in out_dir.glob("*.html") if p.name != "index.html" and p.stem not in signatures]
    for page in removed:
        page.unlink(missing_ok=True)
    review.atomic_write_text(out_dir / SIGNATURES, json.dumps(signatures, sort_keys=True))
    index = review.write_index(out_dir, wh)
    return SyncResult(sorted(written), sorted(removed), len(signatures) - len(written), index)


def _sync_chunk(
    chunk: list[str], root: Path, out_dir: Path, ids: Mapping[str, str], known: Mapping[str, str]
) -> tuple[dict[str, str], list[Path]]:
    signatures: dict[str, str] = {}
    written: list[Path] = []
    for data in review.load_documents(Warehouse(root), chunk, ids):
        doc_id = str(data.doc["doc_id"])
        signatures[doc_id] = signature(data)
        path = out_dir / f"{doc_id}.html"
        if known.get(doc_id) == signatures[doc_id] and path.exists():
            continue
        review.atomic_write_text(path, review.render_document(data))
        written.append(path)
    return signatures, written


def _read_signatures(out_dir: Path) -> dict[str, str]:
    try:
        data = json.loads((out_dir / SIGNATURES).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
