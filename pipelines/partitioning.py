"""What a partition of the per-document assets is: one document (default, dynamic partitions keyed
by doc_id), or, with PARTITION_BY=bucket, one of PARTITION_BUCKETS static buckets of documents for
archives past Dagster's advised ~100,000 dynamic partitions (README "Beyond ~100,000 documents").

A partition bucket is the storage hash (`storage.bucket_of`) taken modulo PARTITION_BUCKETS, a
multiple of the storage's BUCKETS: every partition lies inside one storage bucket, so a bucket
run rewrites one Parquet file per table, and nothing in storage or the views changes.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable

from pipelines.storage import BUCKETS

PARTITION_BY_ENV = "PARTITION_BY"
BUCKETS_ENV = "PARTITION_BUCKETS"
DOCUMENT, BUCKET = "document", "bucket"
DEFAULT_BUCKETS = 4096


def partition_by() -> str:
    mode = os.environ.get(PARTITION_BY_ENV, DOCUMENT).strip().lower() or DOCUMENT
    if mode not in (DOCUMENT, BUCKET):
        raise ValueError(f"{PARTITION_BY_ENV}={mode!r}: expected {DOCUMENT!r} or {BUCKET!r}")
    return mode


def by_bucket() -> bool:
    return partition_by() == BUCKET


def partition_buckets() -> int:
    n = int(os.environ.get(BUCKETS_ENV, DEFAULT_BUCKETS))
    if n < BUCKETS or n % BUCKETS:
        raise ValueError(f"{BUCKETS_ENV}={n}: must be a multiple of the storage's {BUCKETS} buckets")
    return n


def _hash(doc_id: str) -> int:
    """The hash `storage.bucket_of` takes modulo BUCKETS (a test pins the two together)."""
    return int.from_bytes(hashlib.blake2b(doc_id.encode(), digest_size=4).digest())


def bucket_keys(n: int | None = None) -> list[str]:
    n = n or partition_buckets()
    width = len(str(n - 1))
    return [f"{b:0{width}d}" for b in range(n)]


def bucket_key(doc_id: str, n: int | None = None) -> str:
    n = n or partition_buckets()
    return f"{_hash(doc_id) % n:0{len(str(n - 1))}d}"


def documents_in(keys: Iterable[str], doc_ids: Iterable[str], n: int | None = None) -> list[str]:
    """The documents of `doc_ids` that fall in the partition buckets `keys`, sorted."""
    n = n or partition_buckets()
    wanted = {int(k) for k in keys}
    return sorted(d for d in doc_ids if _hash(d) % n in wanted)
