"""A seeds folder full of junk next to good releases, through Dagster and through the runner.

Every file is made here (nothing binary is committed). Each bad or hostile file must end with the
expected status and reason; the good ones are processed as usual; nothing raises; the seeds are
left exactly as they were; a second build of the same folder gives identical rows.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import inspect
import io
import logging
import os
import random
import shutil
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import pyarrow.parquet as pq
import pytest

from pipelines import stages
from pipelines.defs.assets import REJECTED_SQL, REJECTS_LISTED
from pipelines.defs.resources import WarehouseResource
from pipelines.materialize import materialize_all
from pipelines.runner import build_warehouse
from pipelines.schemas import DOCUMENTS, METRICS, TABLES
from pipelines.storage import Warehouse
from tests.conftest import SEED

MAX_BYTES = 2 * 1024 * 1024
LIMIT = "larger than the limit of 2 MB"
# The second good release, written for these tests in the government's format.
RELEASE = """\
Secretary for Environment and Ecology visits community recycling centre in Sha Tin (with photos)

     The Secretary for Environment and Ecology, Mr Tse Chin-wan, visited the community recycling \
centre in Sha Tin today (March 14) to learn about its operation. The centre is run by the \
Environmental Protection Department (EPD) and opened in October last year.
     Mr Tse was briefed by staff of the EPD on the centre's collection services. Since its \
opening, the centre has collected more than 1 200 tonnes of recyclables, and about 45 000 \
residents have registered with its reward scheme.
     Mr Tse said that the Government will open three more community recycling centres by the end \
of 2025, so that residents in every district can hand in recyclables close to home. He thanked \
the staff and the volunteers for \u201ctheir hard work\u201d \u2013 and the residents for taking part.

Ends/Thursday, March 14, 2024
Issued at HKT 18:30
"""
FOOTER = "Ends/Thursday, March 14, 2024\nIssued at HKT 18:30\n"
CHINESE_TRADITIONAL = """\
環境及生態局局長參觀沙田社區回收中心（附圖）

　　環境及生態局局長謝展寰今日（三月十四日）參觀沙田社區回收中心，了解中心的運作。中心由環境保護署管理，於去年十月開始運作。
　　謝展寰聽取環境保護署職員介紹中心的回收服務。中心自開業以來已收集超過一千二百公噸可回收物，約四萬五千名居民已登記參加獎賞計劃。
　　謝展寰表示，政府將於二零二五年年底前再開設三個社區回收中心，讓每區居民都可以就近交回可回收物。他感謝職員和義工的努力。

完
2024年3月14日（星期四）
香港時間18時30分
"""
CHINESE_SIMPLIFIED = """\
环境及生态局局长参观沙田社区回收中心（附图）

　　环境及生态局局长谢展寰今日（三月十四日）参观沙田社区回收中心，了解中心的运作。中心由环境保护署管理，于去年十月开始运作。
　　谢展寰听取环境保护署职员介绍中心的回收服务。中心自开业以来已收集超过一千二百公吨可回收物，约四万五千名居民已登记参加奖赏计划。
　　谢展寰表示，政府将于二零二五年年底前再开设三个社区回收中心，让每区居民都可以就近交回可回收物。他感谢职员和义工的努力。

完
2024年3月14日（星期四）
香港时间18时30分
"""


def variant(n: int, text: str = RELEASE) -> str:
    """The release with a different tonnage, so that each copy has its own bytes."""
    return text.replace("1 200 tonnes", f"1 2{n:02d} tonnes")


def _zip(members: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in members.items():
            z.writestr(name, body)
    return buf.getvalue()


@dataclass(frozen=True)
class Case:
    name: str  # file name in the seeds folder
    status: str | None  # ok | warning | rejected; None: not a seed at all (not listed)
    reason: str | None = None  # exact reject_reason
    warning: str | None = None  # a warning the row must carry
    encoding: str | None = None


GOOD = [Case("000_55ad8ffe8ce86c12.txt", "ok", encoding="utf-8"), Case("good-recycling.txt", "ok")]
NO_FOOTER = "no footer: release date unknown"


def build_corpus(seeds: Path, outside: Path) -> list[Case]:
    """Write the good seeds and every bad one into `seeds`; returns what each should become."""
    cases: list[Case] = list(GOOD)
    shutil.copy(SEED, seeds / SEED.name)
    (seeds / "good-recycling.txt").write_text(RELEASE, encoding="utf-8")
    rng = random.Random(2024)

    def add(name: str, data: bytes | str, status: str | None, **kw: str) -> None:
        path = seeds / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8", newline="")
        else:
            path.write_bytes(data)
        cases.append(Case(name, status, **kw))

    # -- nothing, or not text at all
    add("empty.txt", b"", "rejected", reason="empty")
    add("whitespace-only.txt", b"  \n\t\r\n   \n", "rejected", reason="empty")
    add("bom-only.txt", codecs.BOM_UTF8 + b"\n", "rejected", reason="empty")
    add("invisible-only.txt", "\u200b\u00a0\u3000\n\u200b", "rejected", reason="empty")
    pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n"
    add("annual-report.pdf.txt", pdf, "rejected", reason="not text: looks like PDF")
    docx = _zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})
    add("letter.docx.txt", docx, "rejected", reason="not text: looks like a Word document (DOCX)")
    add("bundle.txt", _zip({"a.txt": "hello"}), "rejected", reason="not text: looks like a ZIP archive")
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02" + bytes(40)
    add("photo.txt", png, "rejected", reason="not text: looks like a PNG image")
    add(
        "scan.txt",
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(60),
        "rejected",
        reason="not text: looks like a JPEG image",
    )
    add(
        "release.txt.gz.txt",
        gzip.compress(RELEASE.encode(), mtime=0),
        "rejected",
        reason="not text: looks like a gzip archive",
    )
    add(
        "tool.txt",
        b"\x7fELF\x02\x01\x01\x00" + bytes(120),
        "rejected",
        reason="not text: looks like a program (ELF)",
    )
    add("random.txt", b"\x00\x01" + rng.randbytes(8000), "rejected", reason="not text: binary data")
    nul_heavy = RELEASE.encode()[:300] + bytes(3000) + RELEASE.encode()[300:]
    add("nul-heavy.txt", nul_heavy, "rejected", reason="not text: binary data")
    # -- encodings
    add("utf16-le-bom.txt", codecs.BOM_UTF16_LE + variant(1).encode("utf-16-le"), "ok", encoding="utf-16")
    add("utf16-be-bom.txt", codecs.BOM_UTF16_BE + variant(2).encode("utf-16-be"), "ok", encoding="utf-16")
    add("utf16-le-nobom.txt", variant(3).encode("utf-16-le"), "ok", encoding="utf-16-le")
    add("utf16-be-nobom.txt", variant(4).encode("utf-16-be"), "ok", encoding="utf-16-be")
    add("utf32-bom.txt", variant(5).encode("utf-32"), "ok", encoding="utf-32")
    add("utf32-le-nobom.txt", variant(6).encode("utf-32-le"), "ok", encoding="utf-32-le")
    add("utf8-bom.txt", codecs.BOM_UTF8 + variant(7).encode(), "ok", encoding="utf-8-sig")
    add("cp1252-smart-quotes.txt", variant(8).encode("cp1252"), "ok", encoding="cp1252")
    add("utf8-with-cp1252-quotes.txt", _utf8_with_cp1252_quotes(variant(9)), "ok", encoding="utf-8+cp1252")
    cut = variant(10).encode()[:-40] + "香".encode()[:2]
    add("truncated-utf8.txt", cut, "rejected", reason=f"undecodable bytes at offset {len(cut) - 2}")
    add("crlf.txt", variant(11).replace("\n", "\r\n"), "ok", encoding="utf-8")
    add(
        "big5-chinese.txt",
        CHINESE_TRADITIONAL.encode("big5"),
        "rejected",
        reason="not English: Traditional Chinese",
    )
    add(
        "gb18030-chinese.txt",
        CHINESE_SIMPLIFIED.encode("gb18030"),
        "rejected",
        reason="not English: Simplified Chinese",
    )
    add("chinese-twin-utf8.txt", CHINESE_TRADITIONAL, "rejected", reason="not English: Traditional Chinese")
    add("simplified-utf8.txt", CHINESE_SIMPLIFIED, "rejected", reason="not English: Simplified Chinese")
    add(
        "chinese-utf16-nobom.txt",
        CHINESE_TRADITIONAL.encode("utf-16-le"),
        "rejected",
        reason="not English: Traditional Chinese",
    )
    add(
        "japanese.txt",
        "政府は本日、新しいリサイクルセンターを開設しました。" * 6,
        "rejected",
        reason="not English: Japanese",
    )
    add(
        "russian.txt",
        "Правительство сегодня открыло новый центр переработки. " * 6,
        "rejected",
        reason="not English: Cyrillic",
    )
    quoting = variant(12).replace("in Sha Tin today", "in Sha Tin (沙田) today")
    add("english-quoting-chinese.txt", quoting, "ok", encoding="utf-8")
    # UTF-8 once read as cp1252 and saved again as UTF-8.
    mojibake = variant(13).encode().decode("cp1252", errors="replace").encode()
    add("mojibake.txt", mojibake, "ok", warning="repaired", encoding="utf-8")
    # -- not quite a press release
    add("no-footer.txt", variant(14).replace(FOOTER, ""), "warning", warning=NO_FOOTER)
    feb30 = variant(15).replace("Thursday, March 14, 2024", "Friday, February 30, 2024")
    add(
        "february-30.txt",
        feb30,
        "warning",
        warning="footer date not a real date: 'Ends/Friday, February 30, 2024'",
    )
    monday = variant(16).replace("Ends/Thursday", "Ends/Monday")
    add("weekday-mismatch.txt", monday, "warning", warning="footer weekday Monday does not match 2024-03-14")
    add("title-only.txt", RELEASE.splitlines()[0] + "\n", "warning", warning=NO_FOOTER)
    add("one-line.txt", "Press release", "warning", warning=NO_FOOTER)
    add("footer-only.txt", FOOTER, "warning", warning="no title line")
    long_line = ("The Government will continue to support recycling in every district. " * 15000)[:1_000_000]
    add("long-line.txt", long_line, "warning", warning=NO_FOOTER)
    log = "".join(f"2024-03-14 18:{i % 60:02d}:00,123 INFO pipelines.run step {i} done\n" for i in range(400))
    add("app.log", log, "warning", warning=NO_FOOTER)
    ansi = "".join(f"\x1b[32mINFO\x1b[0m worker {i} finished in {i * 3} ms\n" for i in range(200))
    add("colour.log", ansi, "warning", warning=NO_FOOTER)
    html = (
        "<!DOCTYPE html>\n<html><head><title>Recycling</title></head>\n<body><h1>Recycling</h1>"
        "<p>The Government will open three more community recycling centres.</p></body></html>\n"
    )
    add("page.html", html, "warning", warning=NO_FOOTER)
    add("data.json", '{"title": "Recycling", "items": [1, 2, 3], "ok": true}\n', "warning", warning=NO_FOOTER)
    add("too-big.txt", b"x" * (MAX_BYTES + 1), "rejected", reason=LIMIT)
    # -- names and kinds of file
    add("press release with spaces.txt", variant(18), "ok")
    add("新聞稿 release.txt", variant(19), "ok")
    add("zz-same-bytes.txt", RELEASE, "duplicate")  # the same bytes as good-recycling.txt
    (outside / "secret.txt").write_text(variant(20))
    (seeds / "link-outside.txt").symlink_to(outside / "secret.txt")
    cases.append(Case("link-outside.txt", "rejected", reason="symbolic link out of the seeds folder"))
    (seeds / "broken-link.txt").symlink_to(seeds / "nowhere.txt")
    cases.append(Case("broken-link.txt", "rejected", reason="broken symbolic link"))
    if list_seeds_survives_a_link_loop(seeds.parent / "probe"):
        (seeds / "link-loop.txt").symlink_to(seeds / "link-loop.txt")
        cases.append(Case("link-loop.txt", "rejected", reason="symbolic link loop"))
    (seeds / ".hidden").mkdir()
    os.mkfifo(seeds / ".hidden" / "pipe")
    (seeds / "link-to-pipe.txt").symlink_to(seeds / ".hidden" / "pipe")
    cases.append(Case("link-to-pipe.txt", "rejected", reason="cannot be read: a named pipe, not a file"))
    (seeds / "link-to-folder.txt").symlink_to(seeds / ".hidden")
    cases.append(Case("link-to-folder.txt", "rejected", reason="cannot be read: a folder, not a file"))
    (seeds / "folder.txt").mkdir()  # not a file: not a seed (stages.list_seeds skips it)
    cases.append(Case("folder.txt", None))
    os.mkfifo(seeds / "pipe.txt")  # neither; a run must not block on it
    cases.append(Case("pipe.txt", None))
    if os.geteuid() != 0:
        add("locked.txt", variant(21), "rejected", reason="cannot be read: Permission denied")
        (seeds / "locked.txt").chmod(0)
    return cases


def _utf8_with_cp1252_quotes(text: str) -> bytes:
    """UTF-8 but for the curly quotes, pasted in from a cp1252 file."""
    return text.encode().replace("\u201c".encode(), b"\x93").replace("\u201d".encode(), b"\x94")


def duplicates_wired() -> bool:
    """Whether stages.run_documents rejects duplicates yet (intake.mark_duplicates)."""
    return "mark_duplicates" in inspect.getsource(stages)


def _snapshot(folder: Path) -> dict[str, tuple]:
    """Everything about the seeds that a run must not change (not following links)."""
    out = {}
    for entry in sorted(folder.rglob("*")):
        st = entry.lstat()
        body = b""
        if stat.S_ISREG(st.st_mode) and os.access(entry, os.R_OK):
            body = hashlib.sha256(entry.read_bytes()).digest()
        elif stat.S_ISLNK(st.st_mode):
            body = os.readlink(entry).encode()
        out[str(entry.relative_to(folder))] = (st.st_mode, st.st_size, st.st_mtime_ns, st.st_ino, body)
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Case]]:
    base = tmp_path_factory.mktemp("bad_inputs")
    seeds, outside = base / "seeds", base / "outside"
    seeds.mkdir()
    outside.mkdir()
    return seeds, build_corpus(seeds, outside)


def _doc_id(seeds: Path, name: str) -> str:
    return next(s.doc_id for s in stages.list_seeds(seeds) if s.path.name == name)


def _rows(wh_dir: Path, table=DOCUMENTS) -> list[dict]:
    return sorted(Warehouse(wh_dir).read_table(table).to_pylist(), key=lambda r: repr(sorted(r.items())))


@pytest.fixture(scope="module")
def dagster_build(corpus, tmp_path_factory: pytest.TempPathFactory):
    seeds, _ = corpus
    before = _snapshot(seeds)
    wh_dir = tmp_path_factory.mktemp("bad_inputs_wh") / "warehouse"
    resource = WarehouseResource(seeds_dir=str(seeds), warehouse_dir=str(wh_dir), max_seed_bytes=MAX_BYTES)
    with dg.instance_for_test() as instance:
        results = materialize_all(instance, resource)
        logs = [entry for r in results for entry in instance.all_logs(r.run_id)]
    assert _snapshot(seeds) == before, "the seeds folder changed"
    return wh_dir, results, logs


def test_corpus_is_big_enough(corpus) -> None:
    _, cases = corpus
    bad = [c for c in cases if c not in GOOD]
    assert len(bad) >= 30


def test_every_file_gets_the_expected_status_and_reason(corpus, dagster_build) -> None:
    seeds, cases = corpus
    wh_dir, results, _ = dagster_build
    assert all(r.success for r in results)
    rows = {r["doc_id"]: r for r in Warehouse(wh_dir).read_table(DOCUMENTS).to_pylist()}
    listed = {s.path.name: s.doc_id for s in stages.list_seeds(seeds)}
    assert len(rows) == len(listed), "one row per seed"
    good_id = listed["good-recycling.txt"]
    problems = []
    for case in cases:
        if case.status is None:
            assert case.name not in listed
            continue
        row = rows[listed[case.name]]
        status, reason = case.status, case.reason
        if status == "duplicate":
            status, reason = ("rejected", f"duplicate of {good_id}") if duplicates_wired() else ("ok", None)
        got = (row["status"], row["reject_reason"])
        if got != (status, reason):
            problems.append(f"{case.name}: expected {(status, reason)}, got {got} {row['warnings']}")
        if case.warning and not any(case.warning in w for w in row["warnings"]):
            problems.append(f"{case.name}: no warning {case.warning!r} in {row['warnings']}")
        if case.encoding and row["encoding"] != case.encoding:
            problems.append(f"{case.name}: encoding {row['encoding']} != {case.encoding}")
        if row["status"] != "rejected" or row["n_bytes"]:
            path = seeds / case.name
            assert row["content_sha256"] == hashlib.sha256(path.read_bytes()).hexdigest(), case.name
    assert not problems, "\n".join(problems)


def test_text_survives_every_encoding(corpus, dagster_build) -> None:
    seeds, cases = corpus
    wh_dir, _, _ = dagster_build
    rows = {r["doc_id"]: r for r in Warehouse(wh_dir).read_table(DOCUMENTS).to_pylist()}
    for case in cases:
        if case.encoding and case.name.startswith(("utf", "cp1252", "crlf")):
            row = rows[_doc_id(seeds, case.name)]
            assert "\u201ctheir hard work\u201d \u2013" in row["text"], case.name
            assert row["release_date"].isoformat() == "2024-03-14" and row["title"].endswith("Sha Tin")


def test_good_seeds_are_processed_with_their_metrics(corpus, dagster_build) -> None:
    seeds, _ = corpus
    wh_dir, _, _ = dagster_build
    metrics = Warehouse(wh_dir).read_table(METRICS).to_pylist()
    for name, value in [(SEED.name, 300.0), ("good-recycling.txt", 45000.0)]:
        doc_id = _doc_id(seeds, name)
        values = {m["value"] for m in metrics if m["doc_id"] == doc_id}
        assert value in values, (name, values)
    rejected = {
        r["doc_id"] for r in Warehouse(wh_dir).read_table(DOCUMENTS).to_pylist() if r["status"] == "rejected"
    }
    assert not rejected & {m["doc_id"] for m in metrics}


def _failed(event: dg.DagsterEvent) -> bool:
    """A step or run that failed, or an asset check that found a broken warehouse (a WARN-level
    check only reports findings, such as the rejected files)."""
    if event.is_failure or event.event_type_value in ("STEP_FAILURE", "RUN_FAILURE"):
        return True
    if event.event_type_value == "ASSET_CHECK_EVALUATION":
        evaluation = event.event_specific_data
        return not evaluation.passed and evaluation.severity != dg.AssetCheckSeverity.WARN
    return False


def test_no_exception_reaches_the_run_and_no_check_fails(dagster_build) -> None:
    _, results, _ = dagster_build
    failures = [e for r in results for e in r.all_events if _failed(e)]
    assert not failures, [str(f.message or f.event_specific_data)[:500] for f in failures]


def test_no_error_or_traceback_in_the_run_logs(dagster_build) -> None:
    _, _, logs = dagster_build
    assert logs
    errors = [e.message for e in logs if e.level >= logging.ERROR or "Traceback" in (e.message or "")]
    assert not errors, errors[:3]


def _rejected_rows(wh_dir: Path) -> list[dict]:
    return [r for r in Warehouse(wh_dir).read_table(DOCUMENTS).to_pylist() if r["status"] == "rejected"]


def test_documents_metadata_lists_the_rejected_files(dagster_build) -> None:
    wh_dir, results, _ = dagster_build
    rejected = _rejected_rows(wh_dir)
    metas = [
        e.event_specific_data.materialization.metadata
        for r in results
        for e in r.all_events
        if e.event_type_value == "ASSET_MATERIALIZATION"
        and e.event_specific_data.materialization.asset_key.to_user_string() == "documents"
    ]
    assert metas  # one per partition of the run, each with the run's summary
    for meta in metas:
        assert meta["rejected"].value == len(rejected)
        listing = meta["rejected_files"].value
        first = sorted(rejected, key=lambda r: r["source_path"])[:REJECTS_LISTED]
        for r in first:
            assert f"`{r['source_path']}`: {r['reject_reason']}" in listing
        more = len(rejected) - len(first)
        assert (f"and {more} more: `{REJECTED_SQL}`" in listing) == (more > 0)


def test_an_asset_check_reports_the_rejected_files(dagster_build) -> None:
    wh_dir, results, _ = dagster_build
    rejected = _rejected_rows(wh_dir)
    evaluations = [
        e.event_specific_data
        for r in results
        for e in r.all_events
        if e.event_type_value == "ASSET_CHECK_EVALUATION"
        and e.event_specific_data.asset_key.to_user_string() == "documents"
    ]
    reporting = [
        ev for ev in evaluations if not ev.passed and ev.metadata["offending_rows"].value == len(rejected)
    ]
    assert reporting, "no check on documents counts the rejected files"


def test_runner_gives_identical_rows_and_a_rerun_changes_nothing(
    corpus, dagster_build, tmp_path: Path
) -> None:
    seeds, _ = corpus
    wh_dir, _, _ = dagster_build
    other = tmp_path / "warehouse"
    build_warehouse(seeds, other, max_bytes=MAX_BYTES)
    assert _rows(other) == _rows(wh_dir)
    files = {p: p.read_bytes() for p in sorted((other / "_published").rglob("bucket=*.parquet"))}
    assert files
    build_warehouse(seeds, other, max_bytes=MAX_BYTES)
    assert _rows(other) == _rows(wh_dir)
    for table in ("sections", "sentences", "mentions", "metrics", "entities", "metric_timeseries"):
        assert _rows(other, TABLES[table]) == _rows(wh_dir, TABLES[table]), table
    for path, data in files.items():
        assert pq.read_table(path).equals(pq.read_table(io.BytesIO(data))), path


def list_seeds_survives_a_link_loop(folder: Path) -> bool:
    """stages.list_seeds follows links to tell files from folders; a loop made it raise."""
    folder.mkdir(exist_ok=True)
    loop = folder / "loop.txt"
    if not loop.is_symlink():
        loop.symlink_to(loop)
    try:
        stages.list_seeds(folder)
    except OSError:
        return False
    return True


def test_symlink_loop_does_not_stop_the_run(tmp_path: Path) -> None:
    assert list_seeds_survives_a_link_loop(tmp_path / "seeds")
    assert [s.path.name for s in stages.list_seeds(tmp_path / "seeds")] == ["loop.txt"]


def test_undecodable_file_name_does_not_stop_the_run(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    with open(os.fsencode(seeds) + b"/caf\xe9 release.txt", "wb") as fh:
        fh.write(variant(30).encode())
    stages.list_seeds(seeds)
    build_warehouse(seeds, tmp_path / "warehouse", max_bytes=MAX_BYTES)
    rows = Warehouse(tmp_path / "warehouse").read_table(DOCUMENTS).to_pylist()
    assert sorted(r["status"] for r in rows) == ["ok", "ok"]
