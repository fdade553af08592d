"""Bytes -> text, or a reason in words why the bytes are not a press release we can read.

The order of the tests, each one cheap:

1. nothing but whitespace: "empty";
2. a known file signature (PDF, ZIP/Word, images, archives ...): "not text: looks like ...";
3. a byte-order mark: UTF-8, UTF-16 or UTF-32 as the mark says;
4. UTF-32 / UTF-16 without a mark, from the pattern of NUL bytes in mostly-ASCII text;
5. control bytes (NUL, BEL, ...) in more than a few per cent of the file: "not text: binary data";
6. strict UTF-8;
7. UTF-8 with a few stray Windows-1252 bytes (a smart quote pasted into a UTF-8 file): those
   bytes are read as cp1252 ("utf-8+cp1252"); any other broken UTF-8 is
   "undecodable bytes at offset N";
8. legacy encodings: cp1252, Big5-HKSCS and GB18030 are each tried and the one whose non-ASCII
   characters look most like real text wins (charset-normalizer, a library made for this, decides
   when none is convincing: Shift-JIS, EUC-KR ...);
9. the decoded text: mostly unprintable -> "not text: binary data"; mostly in another script ->
   "not English: Traditional Chinese" and the like (`pipelines.extract.language`).

Mojibake inside decoded text (UTF-8 once read as cp1252) is repaired later, by `clean_text`.
"""

from __future__ import annotations

import codecs
import re
import threading
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

from pipelines.extract.language import not_english_reason

# (mark, the encoding's name as recorded, the codec that reads what follows the mark)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32-le"),  # before UTF-16 LE: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
)
_MAGIC = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"(\xb5/\xfd", "a zstd archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"{\\rtf", "an RTF document"),
    (b"\x7fELF", "a program (ELF)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"PAR1", "a Parquet file"),
    (b"OggS", "an Ogg audio file"),
)
PDF_WINDOW = 1024  # PDF readers accept the %PDF- header anywhere in the first kilobyte
# Bytes that never occur in text: C0 controls other than tab, LF, FF, CR and ESC (ANSI colour
# codes in logs), and DEL.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
BINARY_SHARE = 0.05
# cp1252 has no character for these five bytes.
_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")
STRAY_BYTES_MAX = 0.01  # share of a UTF-8 file that may be stray cp1252 bytes
PLAUSIBLE = 0.8  # share of non-ASCII characters that must look like real text


@dataclass(frozen=True)
class Decoded:
    text: str | None
    encoding: str | None
    reason: str | None = None  # set when the bytes are rejected


def _reject(reason: str, encoding: str | None = None) -> Decoded:
    return Decoded(text=None, encoding=encoding, reason=reason)


BINARY = "not text: binary data"


def decode_bytes(data: bytes) -> Decoded:
    """Decode a seed file's bytes, or say in words why they are not an English text."""
    decoded = _decode(data)
    if decoded.text is None:
        return decoded
    if _unprintable_share(decoded.text) > BINARY_SHARE:
        return _reject(BINARY, decoded.encoding)
    reason = not_english_reason(decoded.text)
    if reason:
        return _reject(reason, decoded.encoding)
    return decoded


def _decode(data: bytes) -> Decoded:
    if not data.strip():
        return _reject("empty")
    what = sniff_binary(data)
    if what:
        return _reject(f"not text: looks like {what}")
    for bom, name, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(text=data[len(bom) :].decode(codec), encoding=name)
            except UnicodeDecodeError as err:
                return _reject(f"undecodable bytes at offset {err.start + len(bom)} ({name} with BOM)")
    wide = _wide_unicode(data)
    if wide is not None:
        return wide
    if _control_share(data) > BINARY_SHARE:
        return _reject(BINARY)
    try:
        return Decoded(text=data.decode("utf-8"), encoding="utf-8")
    except UnicodeDecodeError as err:
        utf8_error = err
    return (
        _utf8_with_stray_bytes(data)
        or _legacy(data)
        or _reject(f"undecodable bytes at offset {utf8_error.start}")
    )


def sniff_binary(data: bytes) -> str | None:
    """What a file with a known binary signature is ("PDF", "a PNG image" ...), else None."""
    if b"%PDF-" in data[:PDF_WINDOW] or data.startswith(b"%PDF"):
        return "PDF"
    for magic, what in _MAGIC:
        if data.startswith(magic):
            if what == "a ZIP archive":
                return _zip_kind(data)
            return what
    if re.match(rb"BZh[1-9]1AY&SY", data):
        return "a bzip2 archive"
    if re.match(rb"ID3[\x02-\x04]\x00", data):
        return "an MP3 audio file"
    if data[4:8] == b"ftyp":
        return "a video or audio file (MP4)"
    if data.startswith(b"RIFF") and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}[data[8:12]]
    return None


def _zip_kind(data: bytes) -> str:
    if b"word/" in data:
        return "a Word document (DOCX)"
    if b"xl/" in data:
        return "an Excel workbook (XLSX)"
    if b"ppt/" in data:
        return "a PowerPoint file (PPTX)"
    if b"mimetypeapplication/vnd.oasis" in data[:200]:
        return "an OpenDocument file"
    if b"PK\x05\x06" not in data[-(1 << 16) - 22 :]:  # no directory at the end: cut short
        return "a ZIP archive (or a Word/Excel file)"
    return "a ZIP archive"


def _control_share(data: bytes) -> float:
    sample = data[: 1 << 20]
    return (len(sample) - len(sample.translate(None, _CONTROL_BYTES))) / len(sample)


# C0/C1 controls other than the ones text uses (tab, newlines, form feed, escape).
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f-\x9f]")


def _unprintable_share(text: str) -> float:
    """Share of control, unassigned, private-use and surrogate characters."""
    sample = text[: 1 << 18]
    if not sample:
        return 0.0
    # Controls (category Cc) are all below U+00A0, where every other code point is assigned; above
    # U+0370, each distinct character is asked its category once, and counted where it occurs.
    bad = len(_CONTROL_CHARS.findall(sample))
    if max(sample) >= "\u0370":
        bad += sum(
            sample.count(ch)
            for ch in set(sample)
            if ch >= "\u0370" and unicodedata.category(ch) in ("Cn", "Co", "Cs")
        )
    return bad / len(sample)


# -- UTF-16 / UTF-32 without a byte-order mark ----------------------------------------------------


def _wide_unicode(data: bytes) -> Decoded | None:
    """UTF-32/UTF-16 text without a BOM. In mostly-ASCII text the high bytes of each code unit
    are NUL in a regular pattern (every 2nd, or 3 in 4 bytes), unlike binary data's NULs. UTF-16
    Chinese has no NULs but, read as bytes, looks like control characters: it is taken when
    nearly every code unit decodes to a character that text in the language would use."""
    sample = data[:4096]
    n = len(sample)
    if n < 8:
        return None
    if sample.count(0) >= n // 4:
        for codec, width, nul_slots in (
            ("utf-32-le", 4, (1, 2, 3)),
            ("utf-32-be", 4, (0, 1, 2)),
            ("utf-16-le", 2, (1,)),
            ("utf-16-be", 2, (0,)),
        ):
            if len(data) % width:
                continue
            units = n // width
            nul = sum(sample[i::width][:units].count(0) for i in nul_slots) / (units * len(nul_slots))
            other = [i for i in range(width) if i not in nul_slots]
            filled = sum(units - sample[i::width][:units].count(0) for i in other) / (units * len(other))
            if nul > 0.9 and filled > 0.9:
                try:
                    return Decoded(text=data.decode(codec), encoding=codec)
                except UnicodeDecodeError:
                    continue
    if len(data) % 2 or (b"\x00" not in sample and _control_share(sample) <= BINARY_SHARE):
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            head = sample[: n - n % 2].decode(codec, errors="strict")
        except UnicodeDecodeError:
            continue
        if head and sum(map(_texty, head)) / len(head) >= 0.9:
            try:
                return Decoded(text=data.decode(codec), encoding=codec)
            except UnicodeDecodeError:
                continue
    return None


def _texty(ch: str) -> bool:
    """A character ordinary text is made of (for telling UTF-16 from binary data)."""
    code = ord(ch)
    if code < 0x80:
        return ch.isprintable() or ch in "\t\n\r"
    return bool(_LATIN_TEXT.match(ch) or _CJK_TEXT.match(ch)) or any(
        _common_han(ch, codec) for codec in ("big5", "gb18030")
    )


# -- UTF-8 with stray bytes ---------------------------------------------------------------------

_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_STRAYS = threading.local()


def _read_stray_as_cp1252(err: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a single stray byte that is a cp1252 character becomes it; anything
    else (a cut-off sequence, a byte cp1252 lacks) is noted as the first undecodable offset."""
    assert isinstance(err, UnicodeDecodeError)
    byte = err.object[err.start]
    if err.end - err.start == 1 and byte not in _CP1252_HOLES and err.reason != "unexpected end of data":
        _STRAYS.count += 1
        return bytes([byte]).decode("cp1252"), err.end
    if _STRAYS.first_bad is None:
        _STRAYS.first_bad = err.start
    _STRAYS.count += 1
    return "\ufffd", err.end


codecs.register_error("pipelines.cp1252-strays", _read_stray_as_cp1252)


def _utf8_with_stray_bytes(data: bytes) -> Decoded | None:
    """UTF-8 with a few bytes that are not: None when the file is not UTF-8 at all (no valid
    multi-byte sequence, or too many broken ones: another encoding). Stray single bytes are read
    as cp1252 (a smart quote, a dash, an accented letter); anything else broken is
    "undecodable bytes at offset N"."""
    if not _UTF8_MULTIBYTE.search(data):
        return None
    _STRAYS.count, _STRAYS.first_bad = 0, None
    text = data.decode("utf-8", errors="pipelines.cp1252-strays")
    if _STRAYS.count > max(2, STRAY_BYTES_MAX * len(data)):
        return None
    if _STRAYS.first_bad is not None:
        return _reject(f"undecodable bytes at offset {_STRAYS.first_bad}")
    return Decoded(text=text, encoding="utf-8+cp1252")


# -- legacy encodings ---------------------------------------------------------------------------

_LATIN_TEXT = re.compile(
    r"[\u00c0-\u00ff\u2010-\u2027\u20ac\u00a0\u00a3\u00a5\u00a9\u00ae\u00b0\u00b7\u2122]"
)
_CJK_TEXT = re.compile(r"[\u3000-\u303f\uff00-\uffef]")


def _plausible_share(text: str, codec: str) -> float:
    """Share of the non-ASCII characters that look like text written in that encoding: for
    cp1252, accented letters and typographic punctuation; for Big5/GB18030, the common
    characters of the standard (Big5 level 1, GB2312 level 1) and CJK punctuation."""
    non_ascii = [ch for ch in text[: 1 << 18] if ord(ch) > 0x7F]
    if not non_ascii:
        return 0.0
    good = 0
    for ch in non_ascii:
        if codec == "cp1252":
            good += bool(_LATIN_TEXT.match(ch)) and ch not in "\u00d7\u00f7"
        else:
            good += bool(_CJK_TEXT.match(ch)) or _common_han(ch, codec)
    return good / len(non_ascii)


def _common_han(ch: str, codec: str) -> bool:
    try:
        if codec == "gb18030":
            lead = ch.encode("gb2312")[0]
            return 0xB0 <= lead <= 0xD7  # GB2312 level 1: the 3,755 most used characters
        lead = ch.encode("big5")[0]
        return 0xA4 <= lead <= 0xC6  # Big5 level 1: the 5,401 most used characters
    except UnicodeEncodeError:
        return False


def _legacy(data: bytes) -> Decoded | None:
    best: tuple[float, str, str] | None = None
    for codec in ("cp1252", "big5hkscs", "gb18030"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _plausible_share(text, codec)
        if best is None or score > best[0]:
            best = (score, codec, text)
    if best is not None and best[0] >= PLAUSIBLE:
        return Decoded(text=best[2], encoding=best[1])
    match = from_bytes(data).best()
    if match is None:
        return None
    return Decoded(text=str(match), encoding=match.encoding)
