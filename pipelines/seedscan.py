"""What changed in the seeds folder since the last look: added, changed (by content hash), removed."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from pipelines.stages import list_seeds


@dataclass(frozen=True)
class SeedDiff:
    added: list[str]
    changed: list[str]
    removed: list[str]

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed)


def fingerprint(path: Path) -> str:
    """sha256 of the file's bytes; a marker for files that cannot be read (still a document)."""
    try:
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        return digest.hexdigest()
    except OSError as err:
        return f"unreadable:{type(err).__name__}"


def snapshot(seeds_dir: Path) -> dict[str, str]:
    return {s.doc_id: fingerprint(s.path) for s in list_seeds(seeds_dir)}


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
