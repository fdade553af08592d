"""Where the seeds are: a local folder (SEEDS_DIR, the default) or an S3 prefix
(SEEDS_DIR=s3://bucket/prefix; endpoint, region and credentials from the standard AWS variables).

A seed is named by a `Path` in a folder or by its `s3://bucket/key` string. On S3:
- the seeds are the objects directly under the prefix (not in "sub-folders"), names starting
  with "." left out, as in a folder;
- a listing gives each object's identity (ETag and size: any new PUT changes the ETag unless the
  bytes are the same), so the sensor reads only objects whose identity changed, as it stats files;
- an object is read in one GET (`open_object`): its bytes are one version even if it is
  overwritten meanwhile.
Workers on any machine read the same objects, so a Dask cluster needs no shared volume.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipelines.s3conditional import REQUESTS, as_os_error, error_code, split_key

SeedPath = Path | str  # str: s3://bucket/key
Identity = tuple[Any, ...]

_OBJECTS = REQUESTS


def is_s3(location: SeedPath | str) -> bool:
    return isinstance(location, str) and location.startswith("s3://")


def resolve(location: str) -> SeedPath:
    """SEEDS_DIR as given: an s3:// URI stays a string, anything else is an absolute path."""
    return location.rstrip("/") if is_s3(location) else Path(location).resolve()


@dataclass(frozen=True)
class Listed:
    name: str  # the file's or object's base name
    path: SeedPath
    identity: Identity | None  # None: cannot be statted (a broken link): read it every time


def listing(location: SeedPath, *, identities: bool = True) -> list[Listed]:
    """Every seed directly in the folder or under the prefix, with its identity (files: only
    when `identities`, a stat each; objects: always, the listing gives it), unsorted."""
    if is_s3(location):
        return list(_list_objects(str(location)))
    folder = Path(location)
    if not folder.is_dir():
        return []
    found = []
    for e in os.scandir(folder):
        # is_symlink first: is_file() follows the link and raises on a loop
        if e.name.startswith(".") or not (e.is_symlink() or e.is_file()):
            continue
        ident: Identity | None = None
        if identities:
            try:
                st = os.stat(e.path)  # follows a symbolic link, as reading it does
                ident = (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
            except OSError:
                pass  # a broken link, an unreadable file
        found.append(Listed(e.name, Path(e.path), ident))
    return found


def _list_objects(uri: str) -> Iterator[Listed]:
    bucket, prefix = split_key(uri.removeprefix("s3://"))
    prefix = f"{prefix.strip('/')}/" if prefix.strip("/") else ""
    pages = _OBJECTS.client.get_paginator("list_objects_v2")
    try:
        for page in pages.paginate(Bucket=bucket, Prefix=prefix, Delimiter="/"):
            for obj in page.get("Contents", []):
                name = obj["Key"][len(prefix) :]
                if name and not name.startswith("."):
                    yield Listed(name, f"s3://{bucket}/{obj['Key']}", (obj["ETag"], obj["Size"]))
    except Exception as err:
        if error_code(err) == "NoSuchBucket":
            return
        raise as_os_error("LIST", uri, err) from err


class ObjectReader:
    """An object's body as a readable stream (`read(n)`), with its size; closed on exit."""

    def __init__(self, uri: str) -> None:
        bucket, key = split_key(uri.removeprefix("s3://"))
        try:
            got = _OBJECTS.client.get_object(Bucket=bucket, Key=key)
        except Exception as err:
            if error_code(err) in {"NoSuchKey", "404"}:
                raise FileNotFoundError(uri) from err
            raise as_os_error("GET", uri, err) from err
        self.body, self.size = got["Body"], int(got["ContentLength"])

    def read(self, n: int = -1) -> bytes:
        return bytes(self.body.read(None if n < 0 else n))

    def __enter__(self) -> ObjectReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.body.close()


def exists(path: SeedPath) -> bool:
    """The name is still there (a broken link counts: it is still a document)."""
    if is_s3(path):
        return _OBJECTS.head(str(path).removeprefix("s3://")) is not None
    return os.path.lexists(path)
