"""Writers on several machines: S3 conditional writes, as a commit guard and as a lease lock.

Object stores have had compare-and-swap on single objects since 2024 (AWS S3: `If-None-Match: *`
creates only if absent, `If-Match: <ETag>` replaces or deletes only that version; MinIO, Ceph and
moto answer the same headers). Two uses, both through boto3 (pyarrow's filesystem sends neither
header):

- **Commit guard** (always on for an S3 warehouse): a table's manifest is PUT with `If-Match` on
  the ETag it was read with (`If-None-Match: *` when there was none). A writer whose snapshot is
  stale gets `CommitConflict` instead of silently dropping the other writer's files, and the
  store retries its read-modify-write on the new manifest. This alone makes any number of writers
  on any number of machines safe; under contention they redo work.
- **Lease lock** (`WAREHOUSE_LOCK=s3`): `<prefix>/_locks/<table>.lock`, created with
  `If-None-Match: *`, renewed by its holder every `ttl/3` seconds, deleted with `If-Match` on its own
  ETag. A writer that finds it held waits; a lease not renewed for `ttl` seconds by the server's
  clock (a holder that died) is taken over with `If-Match` on the stale ETag, so two waiters cannot
  both take it. Writers then queue instead of redoing work; the commit guard still catches a
  holder that was paused past its lease (the fencing a lease needs).
"""

from __future__ import annotations

import json
import os
import random
import socket
import threading
import time
from email.utils import parsedate_to_datetime
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

LEASE_TTL_S = 30.0
LEASE_TIMEOUT_S = 900.0
# The variables a cached S3 client depends on (a new client when one of them changes).
CLIENT_ENV = (
    "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL", "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ACCESS_KEY_ID"
)  # fmt: skip
CONFLICT_CODES = {"PreconditionFailed", "ConditionalRequestConflict", "412", "409"}


class CommitConflict(RuntimeError):
    """The object changed since it was read: another writer committed first."""


def s3_client() -> Any:
    """A boto3 S3 client from the standard AWS variables (as `objectstore.s3_filesystem`)."""
    import boto3  # only S3 warehouses import it

    endpoint = os.environ.get("AWS_ENDPOINT_URL_S3") or os.environ.get("AWS_ENDPOINT_URL")
    if endpoint and "://" not in endpoint:
        endpoint = f"https://{endpoint}"
    region = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
    return boto3.session.Session().client("s3", endpoint_url=endpoint or None, region_name=region)


def error_code(err: Exception) -> str:
    return str((getattr(err, "response", None) or {}).get("Error", {}).get("Code", ""))


def _status(err: Exception) -> str:
    return str((getattr(err, "response", None) or {}).get("ResponseMetadata", {}).get("HTTPStatusCode", ""))


def _is_conflict(err: Exception) -> bool:
    return error_code(err) in CONFLICT_CODES or _status(err) in {"412", "409"}


def as_os_error(verb: str, path: str, err: Exception) -> OSError:
    """A failed request as the OSError pyarrow raises for its own (an unreachable endpoint, a
    refused credential): callers handle storage errors in one way."""
    return OSError(f"S3 {verb} {path} failed: {err}")


def split_key(path: str) -> tuple[str, str]:
    """`bucket/a/b` -> (`bucket`, `a/b`)."""
    bucket, _, key = path.partition("/")
    return bucket, key


class S3Requests:
    """Single-object requests pyarrow cannot make: a read in one GET with its ETag, conditional
    PUT and DELETE, HEAD with the server's clock (one boto3 client per process)."""

    def __init__(self) -> None:
        self._client: Any = None
        self._key: tuple[Any, ...] = ()

    @property
    def client(self) -> Any:
        """One client per process (never shared across a fork) and per setting of the AWS
        variables (a test, or a long-lived process, pointed at another endpoint)."""
        key = (os.getpid(), *(os.environ.get(v) for v in CLIENT_ENV))
        if self._client is None or self._key != key:
            self._client, self._key = s3_client(), key
        return self._client

    def get(self, path: str) -> tuple[bytes, str] | None:
        """(body, ETag) of the object in one GET, or None when there is none. One request matters
        for an object that is overwritten: pyarrow's input stream HEADs the size and then GETs
        byte ranges, which can mix two versions (a truncated manifest under concurrent commits)."""
        bucket, key = split_key(path)
        try:
            got = self.client.get_object(Bucket=bucket, Key=key)
            return got["Body"].read(), str(got["ETag"])
        except Exception as err:
            if error_code(err) == "NoSuchKey" or _status(err) == "404":
                return None
            raise as_os_error("GET", path, err) from err

    def put(self, path: str, body: bytes, *, expected: str | None) -> str:
        """PUT `body` only if the object is still `expected` (an ETag; None: only if absent);
        returns the new ETag. Raises CommitConflict otherwise."""
        bucket, key = split_key(path)
        cond = {"IfMatch": expected} if expected else {"IfNoneMatch": "*"}
        try:
            return str(self.client.put_object(Bucket=bucket, Key=key, Body=body, **cond)["ETag"])
        except Exception as err:
            if _is_conflict(err):
                raise CommitConflict(f"{path} changed since it was read") from err
            raise as_os_error("PUT", path, err) from err

    def delete(self, path: str, *, expected: str) -> bool:
        """DELETE only this version; False when another writer replaced it meanwhile."""
        bucket, key = split_key(path)
        try:
            self.client.delete_object(Bucket=bucket, Key=key, IfMatch=expected)
            return True
        except Exception as err:
            if _is_conflict(err) or error_code(err) == "NoSuchKey":
                return False
            raise as_os_error("DELETE", path, err) from err

    def head(self, path: str) -> tuple[str, float, float] | None:
        """(ETag, age in seconds by the server's clock, server time) of the object, or None."""
        bucket, key = split_key(path)
        try:
            head = self.client.head_object(Bucket=bucket, Key=key)
        except Exception as err:
            if _status(err) == "404":
                return None
            raise as_os_error("HEAD", path, err) from err
        server_now = parsedate_to_datetime(head["ResponseMetadata"]["HTTPHeaders"]["date"]).timestamp()
        return str(head["ETag"]), server_now - head["LastModified"].timestamp(), server_now


# One per process: a boto3 client costs about 100 ms to make, more than the requests it sends.
REQUESTS = S3Requests()


class S3Lease:
    """One table's lease: a context manager (see the module's docstring)."""

    def __init__(self, path: str, *, ttl: float = LEASE_TTL_S, timeout: float = LEASE_TIMEOUT_S) -> None:
        self.path, self.ttl, self.timeout = path, ttl, timeout
        self.objects = REQUESTS
        self.etag: str | None = None
        self.lost = False
        self.waited = 0.0
        self._stop = threading.Event()
        self._renewer: threading.Thread | None = None

    def _body(self) -> bytes:
        owner = {"host": socket.gethostname(), "pid": os.getpid(), "at": time.time(), "ttl": self.ttl}
        return json.dumps(owner).encode()

    def acquire(self) -> None:
        start = time.monotonic()
        pause = 0.02
        while True:
            try:
                self.etag = self.objects.put(self.path, self._body(), expected=None)
                break
            except CommitConflict:
                pass
            held = self.objects.head(self.path)
            if held is not None and held[1] > self.ttl:  # its holder stopped renewing: take it over
                try:
                    self.etag = self.objects.put(self.path, self._body(), expected=held[0])
                    break
                except CommitConflict:
                    pass  # another waiter took it first
            if time.monotonic() - start > self.timeout:
                raise TimeoutError(f"lease {self.path} still held after {self.timeout:.0f} s")
            time.sleep(pause * (0.5 + random.random()))
            pause = min(pause * 2, 1.0)
        self.waited = time.monotonic() - start
        self._stop.clear()
        self._renewer = threading.Thread(target=self._renew, name=f"lease {self.path}", daemon=True)
        self._renewer.start()

    def _renew(self) -> None:
        while not self._stop.wait(self.ttl / 3):
            try:
                self.etag = self.objects.put(self.path, self._body(), expected=self.etag)
            except CommitConflict:
                self.lost = True  # taken over: the commit guard refuses our manifest if it moved
                return
            except Exception:  # a network error: try again next period, the lease may still hold
                continue

    def release(self) -> None:
        self._stop.set()
        if self._renewer is not None:
            self._renewer.join()
            self._renewer = None
        if self.etag is not None and not self.lost:
            self.objects.delete(self.path, expected=self.etag)
        self.etag = None

    def __enter__(self) -> S3Lease:
        self.acquire()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


class S3Leases:
    """A picklable lock factory (`objectstore.LockFactory`): `leases(table)` is the lease of that
    table under `<uri>/_locks/`. Sent to Dask workers with the warehouse."""

    def __init__(self, uri: str, *, ttl: float = LEASE_TTL_S) -> None:
        parts = urlsplit(uri)
        self.prefix = f"{parts.netloc}/{parts.path.strip('/')}".rstrip("/")
        self.ttl = ttl

    def __call__(self, table: str) -> S3Lease:
        return S3Lease(f"{self.prefix}/_locks/{table}.lock", ttl=self.ttl)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, S3Leases) and (self.prefix, self.ttl) == (other.prefix, other.ttl)

    def __hash__(self) -> int:
        return hash((self.prefix, self.ttl))


def lock_from_env(uri: str) -> S3Leases | None:
    """WAREHOUSE_LOCK=s3: leases under the warehouse URI; else None (the store's file locks)."""
    mode = os.environ.get("WAREHOUSE_LOCK", "file").strip().lower()
    if mode == "s3":
        return S3Leases(uri, ttl=float(os.environ.get("WAREHOUSE_LEASE_TTL_S", LEASE_TTL_S)))
    if mode not in {"", "file"}:
        raise ValueError(f"WAREHOUSE_LOCK={mode!r}: expected 'file' or 's3'")
    return None
