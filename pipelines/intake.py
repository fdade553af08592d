"""Reading a seed file without ever raising: unreadable or hostile files become rejected rows."""

from __future__ import annotations

from pathlib import Path

from pipelines import process

Row = dict[str, object]


def read_seed(doc_id: str, path: Path, *, max_bytes: int) -> Row:
    """Read a seed's bytes without ever raising: unreadable files become rejected rows."""
    source = str(path)
    try:
        resolved = path.resolve(strict=True)
        if not resolved.is_relative_to(path.parent.resolve()):
            return _rejected(doc_id, path, "symbolic link out of the seeds folder")
        if resolved.stat().st_size > max_bytes:
            return _rejected(doc_id, path, f"larger than the limit of {max_bytes // (1024 * 1024)} MB")
        data = resolved.read_bytes()
    except FileNotFoundError:
        return _rejected(doc_id, path, "file vanished or is a broken link")
    except (PermissionError, IsADirectoryError, OSError) as err:
        return _rejected(doc_id, path, f"cannot be read: {err.strerror or err}")
    return process.document_row(doc_id, source, data, max_bytes=max_bytes)


def _rejected(doc_id: str, path: Path, reason: str) -> Row:
    return {"doc_id": doc_id, "source_path": str(path), "content_sha256": "",
            "n_bytes": 0, "status": "rejected", "reject_reason": reason, "warnings": []}  # fmt: skip
