"""Decoding, language and intake, one input at a time (the whole corpus: test_bad_inputs.py)."""

from __future__ import annotations

import codecs
import gzip
import hashlib
import io
import os
import random
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines import intake
from pipelines.extract import language
from pipelines.extract.decode import decode_bytes
from tests.conftest import SEED

ENGLISH = (
    "The Secretary for Transport said \u201cthe new ferry pier will open in May\u201d \u2013 "
    "about 3 000 passengers a day are expected at the caf\u00e9-lined waterfront.\n"
) * 4
TRADITIONAL = (
    "香港特別行政區政府今日宣布，財政司司長將於下週出席會議，討論經濟發展與創新科技產業的長遠規劃。" * 3
)
SIMPLIFIED = (
    "香港特别行政区政府今日宣布，财政司司长将于下周出席会议，讨论经济发展与创新科技产业的长远规划。" * 3
)


def _zip(name: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(name, "<w:document/>")
    return buf.getvalue()


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ENGLISH.encode(), "utf-8"),
        (codecs.BOM_UTF8 + ENGLISH.encode(), "utf-8-sig"),
        (ENGLISH.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + ENGLISH.encode("utf-16-be"), "utf-16"),
        (ENGLISH.encode("utf-16-le"), "utf-16-le"),
        (ENGLISH.encode("utf-16-be"), "utf-16-be"),
        (ENGLISH.encode("utf-32"), "utf-32"),
        (ENGLISH.encode("utf-32-le"), "utf-32-le"),
        (ENGLISH.encode("utf-32-be"), "utf-32-be"),
        (ENGLISH.encode("cp1252"), "cp1252"),
        ("He said \u201chello\u201d.".encode("cp1252"), "cp1252"),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_english_in_every_encoding_decodes_to_the_same_text(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.reason is None
    assert decoded.encoding == encoding
    assert decoded.text is not None and decoded.text.lstrip("\ufeff") in (
        ENGLISH,
        "He said \u201chello\u201d.",
    )


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (TRADITIONAL.encode("big5"), "not English: Traditional Chinese"),
        (TRADITIONAL.encode("big5hkscs"), "not English: Traditional Chinese"),
        (SIMPLIFIED.encode("gb18030"), "not English: Simplified Chinese"),
        (SIMPLIFIED.encode("gb2312"), "not English: Simplified Chinese"),
        (TRADITIONAL.encode(), "not English: Traditional Chinese"),
        (SIMPLIFIED.encode(), "not English: Simplified Chinese"),
        (TRADITIONAL.encode("utf-16"), "not English: Traditional Chinese"),
        (TRADITIONAL.encode("utf-16-le"), "not English: Traditional Chinese"),
        (SIMPLIFIED.encode("utf-16-be"), "not English: Simplified Chinese"),
        # UTF-8 Chinese once read as cp1252 and saved again: still Chinese underneath.
        (TRADITIONAL.encode().decode("cp1252", "replace").encode(), "not English: Traditional Chinese"),
        (("日本語のテキストです。これは試験です。" * 5).encode("shift_jis"), "not English: Japanese"),
        (("정부는 오늘 새로운 정책을 발표했습니다. " * 5).encode(), "not English: Korean"),
        (("Правительство объявило сегодня о новых мерах поддержки. " * 5).encode(), "not English: Cyrillic"),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_other_languages_are_rejected_with_their_name(data: bytes, reason: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.text is None
    assert decoded.reason == reason


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b" \n\t\r\n  ", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "not text: looks like PDF"),
        (b"\n\n%PDF-1.4\nrest", "not text: looks like PDF"),
        (_zip("word/document.xml"), "not text: looks like a Word document (DOCX)"),
        (_zip("xl/workbook.xml"), "not text: looks like an Excel workbook (XLSX)"),
        (_zip("notes.txt"), "not text: looks like a ZIP archive"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not text: looks like a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "not text: looks like a JPEG image"),
        (gzip.compress(b"hello world", mtime=0), "not text: looks like a gzip archive"),
        (b"\x7fELF\x02\x01\x01" + bytes(64), "not text: looks like a program (ELF)"),
        (b"{\\rtf1\\ansi hello}", "not text: looks like an RTF document"),
        (b"SQLite format 3\x00" + bytes(84), "not text: looks like an SQLite database"),
        (bytes(100), "not text: binary data"),
        (
            b"Some text\x00\x00\x00\x00\x01\x02\x03 with a binary\x00\x00\x00\x00\x00 block" * 20,
            "not text: binary data",
        ),
        (random.Random(7).randbytes(5000), "not text: binary data"),
        # A byte-order mark, then bytes that are not in that encoding: offsets count the mark.
        (codecs.BOM_UTF8 + b"abc\xff", "undecodable bytes at offset 6 (utf-8-sig with BOM)"),
        (codecs.BOM_UTF16_LE + b"a\x00b\x00\x00\xd8c\x00", "undecodable bytes at offset 6 (utf-16 with BOM)"),
        (codecs.BOM_UTF16_BE + b"\x00a\x00", "undecodable bytes at offset 4 (utf-16 with BOM)"),
        # A UTF-8 text cut off in the middle of a character.
        (ENGLISH.encode() + "香".encode()[:2], f"undecodable bytes at offset {len(ENGLISH.encode())}"),
        # Valid UTF-8 but for bytes that are not a character in any reading (0x81 is no cp1252).
        (
            ENGLISH.encode() + b" \x81 " + ENGLISH.encode(),
            f"undecodable bytes at offset {len(ENGLISH.encode()) + 1}",
        ),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_junk_is_rejected_with_a_reason_a_person_understands(data: bytes, reason: str) -> None:
    decoded = decode_bytes(data)
    assert (decoded.text, decoded.reason) == (None, reason)


def test_stray_cp1252_bytes_in_utf8_are_read_as_cp1252() -> None:
    data = ENGLISH.encode() + b"\x93quoted\x94 " + ENGLISH.encode()
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8+cp1252"
    assert decoded.text == ENGLISH + "\u201cquoted\u201d " + ENGLISH


def test_english_quoting_a_few_chinese_characters_stays_english() -> None:
    text = SEED.read_text(encoding="utf-8")
    quoting = text.replace("Hong Kong's innovation", "Hong Kong's (香港) innovation", 1)
    for data, encoding in [
        (quoting.encode(), "utf-8"),
        (quoting.encode("big5", errors="replace"), "big5hkscs"),
        (text.replace("Hong Kong", "Hong Kong (香港)", 1).encode("gb18030"), "gb18030"),
    ]:
        decoded = decode_bytes(data)
        assert decoded.reason is None and decoded.encoding == encoding
        assert "香港" in str(decoded.text)


def test_bilingual_page_with_the_full_english_text_is_english() -> None:
    english = SEED.read_text(encoding="utf-8")  # ~470 words; a translation is ~750 characters
    assert language.detect(english + "\n" + TRADITIONAL * 6).is_english
    assert not language.detect(TRADITIONAL * 10 + "\nEnds/Wednesday, December 6, 2023").is_english


def test_chinese_variant_heuristic() -> None:
    assert language.chinese_variant(TRADITIONAL) == "Traditional Chinese"
    assert language.chinese_variant(SIMPLIFIED) == "Simplified Chinese"
    assert language.chinese_variant("香港") == "Chinese"  # the same in both systems
    assert not language.TRADITIONAL & language.SIMPLIFIED


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_decode_never_raises(data: bytes) -> None:
    decoded = decode_bytes(data)
    assert (decoded.text is None) == (decoded.reason is not None)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=500), st.sampled_from(["utf-8", "utf-16", "utf-32", "utf-16-le", "gb18030"]))
def test_decode_of_any_text_never_raises(text: str, encoding: str) -> None:
    decode_bytes(text.encode(encoding, errors="replace"))
    language.detect(text)


# -- intake ------------------------------------------------------------------------------------

MB = 1024 * 1024


def test_limit_text() -> None:
    assert intake.limit_text(20 * MB) == "20 MB"
    assert intake.limit_text(int(1.5 * MB)) == "1.5 MB"
    assert intake.limit_text(64 * 1024) == "64 KB"


def test_read_seed_keeps_the_hash_of_the_original_bytes(tmp_path: Path) -> None:
    data = ENGLISH.encode("utf-16")
    (tmp_path / "a.txt").write_bytes(data)
    (tmp_path / "zh.txt").write_bytes(TRADITIONAL.encode("big5"))
    ok = intake.read_seed("a", tmp_path / "a.txt", max_bytes=MB)
    zh = intake.read_seed("zh", tmp_path / "zh.txt", max_bytes=MB)
    assert ok["content_sha256"] == hashlib.sha256(data).hexdigest() and ok["n_bytes"] == len(data)
    assert zh["status"] == "rejected" and zh["reject_reason"] == "not English: Traditional Chinese"
    assert zh["content_sha256"] == hashlib.sha256(TRADITIONAL.encode("big5")).hexdigest()


def test_read_seed_of_an_oversized_file_hashes_it_without_keeping_it(tmp_path: Path) -> None:
    data = b"x" * (64 * 1024 + 1)
    (tmp_path / "big.txt").write_bytes(data)
    row = intake.read_seed("big", tmp_path / "big.txt", max_bytes=64 * 1024)
    assert row["reject_reason"] == "larger than the limit of 64 KB"
    assert row["content_sha256"] == hashlib.sha256(data).hexdigest() and row["n_bytes"] == len(data)


def test_read_seed_of_links_pipes_and_folders(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    (seeds / "sub").mkdir(parents=True)
    (tmp_path / "secret.txt").write_text("outside")
    (seeds / "out.txt").symlink_to(tmp_path / "secret.txt")
    (seeds / "broken.txt").symlink_to(seeds / "missing.txt")
    (seeds / "loop.txt").symlink_to(seeds / "loop.txt")
    (seeds / "folder.txt").symlink_to(seeds / "sub")
    os.mkfifo(seeds / "sub" / "pipe")
    (seeds / "pipe.txt").symlink_to(seeds / "sub" / "pipe")
    (seeds / "sub" / "inside.txt").write_text(ENGLISH)
    (seeds / "inside.txt").symlink_to(seeds / "sub" / "inside.txt")
    expected = {
        "out": "symbolic link out of the seeds folder",
        "broken": "broken symbolic link",
        "loop": "symbolic link loop",
        "folder": "cannot be read: a folder, not a file",
        "pipe": "cannot be read: a named pipe, not a file",
        "vanished": "file vanished before it could be read",
    }
    for name, reason in expected.items():
        row = intake.read_seed(name, seeds / f"{name}.txt", max_bytes=MB)
        assert (row["status"], row["reject_reason"]) == ("rejected", reason), name
    assert intake.read_seed("inside", seeds / "inside.txt", max_bytes=MB)["status"] == "warning"


def test_read_seed_of_a_huge_sparse_file_does_not_read_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(intake, "HASH_LIMIT", 1024 * 1024)
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(4 * 1024 * 1024)
    row = intake.read_seed("huge", path, max_bytes=64 * 1024)
    assert (row["reject_reason"], row["content_sha256"], row["n_bytes"]) == (
        "larger than the limit of 64 KB",
        "",
        4 * 1024 * 1024,
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_read_seed_without_permission(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(ENGLISH)
    path.chmod(0)
    row = intake.read_seed("locked", path, max_bytes=MB)
    assert row["reject_reason"] == "cannot be read: Permission denied"


def test_read_seed_path_with_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(raw, "wb") as fh:
        fh.write(SEED.read_bytes())
    row = intake.read_seed("cafe", Path(os.fsdecode(raw)), max_bytes=MB)
    assert row["status"] == "ok"
    assert str(row["source_path"]).endswith("caf\\xe9.txt")
    str(row["source_path"]).encode("utf-8")  # storable


# -- duplicates --------------------------------------------------------------------------------


def _row(doc_id: str, sha: str, status: str = "ok") -> dict[str, object]:
    return {"doc_id": doc_id, "content_sha256": sha, "status": status, "text": "t", "warnings": []}


def test_mark_duplicates_keeps_the_first_doc_id_in_sorted_order() -> None:
    rows = [_row("c", "h1"), _row("a", "h1"), _row("b", "h2"), _row("d", "h1", "rejected")]
    rows[3]["reject_reason"] = "not English: Traditional Chinese"
    assert intake.mark_duplicates(rows, {}) == []
    by_id = {r["doc_id"]: r for r in rows}
    assert by_id["a"]["status"] == "ok" and by_id["b"]["status"] == "ok"
    assert (by_id["c"]["status"], by_id["c"]["reject_reason"], by_id["c"]["text"]) == (
        "rejected",
        "duplicate of a",
        None,
    )
    assert by_id["d"]["reject_reason"] == "not English: Traditional Chinese"


def test_mark_duplicates_against_the_warehouse() -> None:
    # "m" is in the warehouse already: a later name is its duplicate, an earlier one is not.
    later, earlier = [_row("z", "h")], [_row("a", "h")]
    assert intake.mark_duplicates(later, {"h": "m"}) == []
    assert later[0]["reject_reason"] == "duplicate of m"
    assert intake.mark_duplicates(earlier, {"h": "m"}) == ["m"]  # "m" is now the stale copy
    assert earlier[0]["status"] == "ok"
    # A document being read again is not its own duplicate, nor held by its old hash.
    again = [_row("m", "h")]
    assert intake.mark_duplicates(again, {"h": "m"}) == [] and again[0]["status"] == "ok"
    # Unreadable files (no hash) are never duplicates of each other.
    blank = [_row("x", "", "rejected"), _row("y", "", "rejected")]
    intake.mark_duplicates(blank, {})
    assert all("reject_reason" not in r for r in blank)


def test_known_hashes() -> None:
    docs = [
        _row("b", "h1"),
        _row("a", "h1"),
        _row("c", "h2", "rejected"),
        _row("d", "", "rejected"),
        _row("gone", "h3"),
    ]
    assert intake.known_hashes(docs) == {"h1": "a", "h3": "gone"}
    assert intake.known_hashes(docs, live={"a", "b", "c", "d"}) == {"h1": "a"}


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from("abcdefgh"), st.sampled_from(["h1", "h2", "h3", ""])), max_size=8),
    st.dictionaries(st.sampled_from(["h1", "h2", "h3"]), st.sampled_from("abcdefgh"), max_size=3),
)
def test_mark_duplicates_leaves_one_original_per_hash(pairs: list, known: dict) -> None:
    rows = [_row(d, h) for d, h in dict(pairs).items()]
    shuffled = list(reversed([dict(r) for r in rows]))
    intake.mark_duplicates(rows, known)
    intake.mark_duplicates(shuffled, known)
    assert sorted(rows, key=lambda r: r["doc_id"]) == sorted(shuffled, key=lambda r: r["doc_id"])
    originals = [r for r in rows if r["status"] == "ok" and r["content_sha256"]]
    assert len({r["content_sha256"] for r in originals}) == len(originals)
    for r in rows:
        if r["status"] == "rejected":
            original = str(r["reject_reason"]).removeprefix("duplicate of ")
            assert original < r["doc_id"]
