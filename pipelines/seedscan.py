"""What changed in the seeds folder since the last look: added, changed (by content hash), removed.

A look at the folder lists it (`os.scandir`), stats every file and hashes only the files whose
identity changed since the last look in this process: (inode, size, mtime_ns, ctime_ns). Any write
to a file moves its ctime, which no program can set back, so an unchanged identity means unchanged
bytes; a new process (a restarted code server) hashes every file once. At 10,000 seeds a look costs
the listing and the stats, not reading 10,000 files. On an s3:// prefix the listing gives each
object's ETag and size instead (`pipelines.seedsource`), and only changed objects are read.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from pipelines import process, seedsource
from pipelines.seedsource import Identity, ObjectReader, SeedPath, is_s3


@dataclass(frozen=True)
class SeedDiff:
    added: list[str]
    changed: list[str]
    removed: list[str]

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed)


def fingerprint(path: SeedPath) -> str:
    """sha256 of the file's or object's bytes; a marker for seeds that cannot be read (still a
    document)."""
    try:
        digest = hashlib.sha256()
        with ObjectReader(str(path)) if is_s3(path) else open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest()
    except OSError as err:
        return f"unreadable:{type(err).__name__}"


class HashCache:
    """path -> (identity, sha256) of the files seen by the last look, in this process."""

    def __init__(self) -> None:
        self.entries: dict[str, tuple[Identity, str]] = {}
        self.hashed = 0  # files read by the last look

    def snapshot(self, seeds: SeedPath) -> dict[str, str]:
        out: dict[str, str] = {}
        seen: dict[str, tuple[Identity, str]] = {}
        self.hashed = 0
        for found in seedsource.listing(seeds):
            path, ident = str(found.path), found.identity  # ident None: hash (mark) it every time
            cached = self.entries.get(path)
            if ident is not None and cached is not None and cached[0] == ident:
                digest = cached[1]
            else:
                digest = fingerprint(found.path)
                self.hashed += 1
                # Deleted between the listing and the read: removed, not "changed to unreadable"
                # (a run for it would find neither the file nor, soon, its partition). A broken
                # link is still there: a document, rejected as unreadable.
                if digest.startswith("unreadable:") and not seedsource.exists(found.path):
                    continue
            out[process.doc_id_for(Path(found.name))] = digest
            if ident is not None:
                seen[path] = (ident, digest)
        self.entries = seen
        return out


_CACHE = HashCache()


def snapshot(seeds: SeedPath, cache: HashCache | None = None) -> dict[str, str]:
    """{doc_id: sha256} of every seed; files unchanged since the last look are not read again."""
    return (cache or _CACHE).snapshot(seeds)


def diff(previous: dict[str, str], current: dict[str, str]) -> SeedDiff:
    return SeedDiff(
        added=sorted(set(current) - set(previous)),
        changed=sorted(k for k in set(current) & set(previous) if current[k] != previous[k]),
        removed=sorted(set(previous) - set(current)),
    )


def token(current: dict[str, str]) -> str:
    """A short id of one state of the folder, so each state is processed once (run keys)."""
    blob = "\n".join(f"{k}={v}" for k, v in sorted(current.items()))
    return hashlib.sha256(blob.encode()).hexdigest()[:16]
