"""Bytes -> text, or a reason in words why the bytes are not a press release we can read."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/Excel file)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"{\\rtf", "an RTF document"),
)


@dataclass(frozen=True)
class Decoded:
    text: str | None
    encoding: str | None
    reason: str | None = None  # set when the bytes are rejected


def _reject(reason: str) -> Decoded:
    return Decoded(text=None, encoding=None, reason=reason)


def decode_bytes(data: bytes) -> Decoded:
    """Decode a seed file's bytes: BOM, then strict UTF-8, then charset detection."""
    if not data.strip():
        return _reject("empty")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return _reject(f"not text: looks like {what}")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(text=data.decode(codec), encoding=codec)
            except UnicodeDecodeError as err:
                return _reject(f"undecodable bytes at offset {err.start} ({codec} with BOM)")
    try:
        return Decoded(text=data.decode("utf-8"), encoding="utf-8")
    except UnicodeDecodeError as err:
        utf8_error = err
    if b"\x00" in data[:4096] and data.count(b"\x00") > len(data) // 8:
        return _guess(data) or _reject("not text: binary data (NUL bytes)")
    return _guess(data) or _reject(f"undecodable bytes at offset {utf8_error.start}")


def _guess(data: bytes) -> Decoded | None:
    best = from_bytes(data).best()
    if best is None:
        return None
    return Decoded(text=str(best), encoding=best.encoding)
