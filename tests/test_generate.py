"""Tests for the synthetic press-release generator (benchmarks/generate.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import json
import os
import random
import re
import statistics
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

# pysbd installs a stray top-level "benchmarks" package into site-packages; make sure the
# project's own package wins whatever way pytest is started.
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
gen = importlib.import_module("benchmarks.generate")

N = 1000
NBSP = "\u00a0"
MONTHS = {m: i for i, m in enumerate(gen.MONTHS, start=1)}
RELEASE_RE = re.compile(
    r"(?P<title>\S[^\n]*)\n"
    r"\n"
    r"(?P<body>(?:\u00a0{5}\S[^\n]*\n)+)"
    r"\n"
    r"Ends/(?P<weekday>[A-Z][a-z]+), (?P<month>[A-Z][a-z]+) (?P<day>[1-9]\d?), (?P<year>\d{4})\n"
    r"Issued at HKT (?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)"
)
SUFFIX_RE = re.compile(r" \(with (?:photos?|video|photos?/video)\)$")
NAME_RE = re.compile(r"bench_\d{6}_[0-9a-f]{8}\.txt")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Any]]:
    out = tmp_path_factory.mktemp("corpus")
    return out, gen.generate_corpus(out, N, seed=0)


def _files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.name != gen.TRUTH_FILE}


def _good(corpus: tuple[Path, list[Any]]) -> list[Any]:
    return [r for r in corpus[1] if r.kind == "good"]


def _parse(data: bytes) -> re.Match[str]:
    match = RELEASE_RE.fullmatch(data.decode("utf-8"))
    assert match is not None, data[:300]
    return match


def _release_date(match: re.Match[str]) -> dt.date:
    return dt.date(int(match["year"]), MONTHS[match["month"]], int(match["day"]))


def _plain(text: str) -> str:
    return " ".join(text.replace(NBSP, " ").split())


# --- determinism and file layout ------------------------------------------------------


def test_same_seed_gives_identical_files(tmp_path: Path) -> None:
    gen.generate_corpus(tmp_path / "a", 150, seed=7)
    gen.generate_corpus(tmp_path / "b", 150, seed=7)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    truth_a = (tmp_path / "a" / gen.TRUTH_FILE).read_bytes()
    assert truth_a == (tmp_path / "b" / gen.TRUTH_FILE).read_bytes()


def test_different_seed_gives_different_files(tmp_path: Path) -> None:
    a = gen.generate_corpus(tmp_path / "a", 50, seed=1)
    b = gen.generate_corpus(tmp_path / "b", 50, seed=2)
    assert [r.name for r in a] != [r.name for r in b]
    assert sum(x.data == y.data for x, y in zip(a, b, strict=True)) < 5


def test_independent_of_hash_seed(tmp_path: Path) -> None:
    code = (
        "import hashlib, sys; from pathlib import Path; "
        "from benchmarks.generate import generate_corpus; "
        "rs = generate_corpus(Path(sys.argv[1]), 60, seed=3); "
        "print(hashlib.sha256(b''.join(r.name.encode() + r.data for r in rs)).hexdigest())"
    )
    env = dict(os.environ, PYTHONHASHSEED="12345", PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-c", code, str(tmp_path / "sub")]
    other = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    mine = gen.generate_corpus(tmp_path / "here", 60, seed=3)
    digest = hashlib.sha256(b"".join(r.name.encode() + r.data for r in mine)).hexdigest()
    assert other.stdout.strip() == digest


def test_writes_n_files_and_truth(corpus: tuple[Path, list[Any]]) -> None:
    out, releases = corpus
    files = _files(out)
    assert len(releases) == N
    assert len(files) == N
    assert all(NAME_RE.fullmatch(name) for name in files)
    assert {r.name: r.data for r in releases} == files
    rows = [json.loads(line) for line in (out / gen.TRUTH_FILE).read_text().splitlines()]
    assert [row["name"] for row in rows] == [r.name for r in releases]
    assert [row["kind"] for row in rows] == [r.kind for r in releases]


def test_generate_release_api() -> None:
    release = gen.generate_release(random.Random(5), 123)
    assert release.kind == "good"
    assert re.fullmatch(r"bench_000123_[0-9a-f]{8}\.txt", release.name)
    assert release == gen.generate_release(random.Random(5), 123)
    _parse(release.data)
    with pytest.raises(ValueError):
        gen.generate_release(random.Random(5), 1, "duplicate")


# --- the format of good releases --------------------------------------------------------


def test_every_good_file_matches_the_format(corpus: tuple[Path, list[Any]]) -> None:
    for release in _good(corpus):
        match = _parse(release.data)
        date = _release_date(match)
        assert match["weekday"] == date.strftime("%A")
        assert date.isoformat() == release.facts["release_date"]
        assert f"{match['hh']}:{match['mm']}" == release.facts["issued_time"]
        paragraphs = match["body"].splitlines()
        assert 3 <= len(paragraphs) <= 8
        title = match["title"]
        assert bool(SUFFIX_RE.search(title)) == release.facts["with_photo"]
        assert SUFFIX_RE.sub("", title) == release.facts["title"]


def test_titles_and_templates_vary(corpus: tuple[Path, list[Any]]) -> None:
    titles = [r.facts["title"] for r in _good(corpus)]
    assert len(set(titles)) > 0.75 * len(titles)
    for start in ("Speech by ", "LCQ", "Appointments to", "CHP ", "Missing ", "Appeal "):
        assert any(t.startswith(start) for t in titles), start
    assert any(" attends " in t for t in titles)
    assert sum(r.facts["with_photo"] for r in _good(corpus)) > 100


def test_mean_word_count_is_realistic(corpus: tuple[Path, list[Any]]) -> None:
    counts = [len(_parse(r.data)["body"].split()) for r in _good(corpus)]
    assert 300 <= statistics.mean(counts) <= 700
    assert max(counts) <= 800


def test_some_good_files_carry_mojibake(corpus: tuple[Path, list[Any]]) -> None:
    texts = [r.data.decode() for r in _good(corpus)]
    noisy = [t for t in texts if "\u201a\u00c4\u010d" in t or "\u00e2\u20ac" in t]
    assert 0.01 * len(texts) < len(noisy) < 0.12 * len(texts)


# --- bad files ----------------------------------------------------------------------


def test_bad_fraction_and_kinds(corpus: tuple[Path, list[Any]]) -> None:
    kinds = Counter(r.kind for r in corpus[1])
    assert N - kinds["good"] == round(N * 0.02)
    assert set(kinds) == {"good", *gen.BAD_KINDS}


def test_bad_fraction_zero_and_custom(tmp_path: Path) -> None:
    assert {r.kind for r in gen.generate_corpus(tmp_path / "z", 40, bad_fraction=0.0)} == {"good"}
    kinds = Counter(r.kind for r in gen.generate_corpus(tmp_path / "h", 40, bad_fraction=0.5))
    assert kinds["good"] == 20


def test_bad_files_are_what_they_claim(corpus: tuple[Path, list[Any]]) -> None:
    by_name = {r.name: r for r in corpus[1]}
    for release in corpus[1]:
        data, kind = release.data, release.kind
        if kind == "empty":
            assert data == b""
        elif kind == "whitespace":
            assert data and not data.decode().strip()
        elif kind == "pdf":
            assert data.startswith(b"%PDF-1.7")
        elif kind == "utf16":
            assert data.startswith(b"\xff\xfe")
            assert RELEASE_RE.fullmatch(data.decode("utf-16"))
        elif kind == "big5":
            assert re.search("[\u4e00-\u9fff]", data.decode("big5"))
            with pytest.raises(UnicodeDecodeError):
                data.decode("utf-8")
        elif kind == "no_footer":
            text = data.decode()
            assert "Ends/" not in text and "Issued at HKT" not in text
            assert text.split("\n")[2].startswith(NBSP * 5)
        elif kind == "duplicate":
            source = by_name[release.facts["duplicate_of"]]
            assert source.kind == "good" and source.data == data
            assert source.name != release.name


# --- ground truth -------------------------------------------------------------------


def test_facts_recorded_for_every_good_file(corpus: tuple[Path, list[Any]]) -> None:
    for release in _good(corpus):
        facts = release.facts
        assert facts["people"] or facts["organisations"], release.name
        assert set(facts) >= {"people", "organisations", "metrics", "release_date", "dates"}
        for person in facts["people"]:
            assert set(person) == {"name", "honorific", "title", "organisation"}
        for metric in facts["metrics"]:
            assert set(metric) >= {"metric", "value", "qualifier", "unit"}
            assert isinstance(metric["value"], int) and metric["value"] > 0
            assert metric["qualifier"] in gen.QUALIFIER_WORDS
    with_metrics = sum(bool(r.facts["metrics"]) for r in _good(corpus))
    assert with_metrics > 0.8 * len(_good(corpus))


def test_planted_facts_appear_in_the_text(corpus: tuple[Path, list[Any]]) -> None:
    for release in _good(corpus):
        text = _plain(release.data.decode())
        facts = release.facts
        for person in facts["people"]:
            assert person["name"] in text, (release.name, person)
            if person["honorific"]:
                assert f"{person['honorific']} " in text
        for org in facts["organisations"]:
            assert org["name"] in text, (release.name, org)
            if org["acronym"]:
                assert f"{org['name']} ({org['acronym']})" in text
        for date in facts["dates"]:
            assert date["text"] in text, (release.name, date)


def test_acronyms_are_defined_before_use(corpus: tuple[Path, list[Any]]) -> None:
    for release in _good(corpus):
        body = _plain(_parse(release.data)["body"])
        for org in release.facts["organisations"]:
            if org["acronym"]:
                first_use = re.search(rf"\b{re.escape(org['acronym'])}\b", body)
                assert first_use is not None
                definition = body.index(f"{org['name']} ({org['acronym']})")
                assert definition < first_use.start(), (release.name, org)


def test_relative_dates_resolve_against_the_release_date(corpus: tuple[Path, list[Any]]) -> None:
    for release in _good(corpus):
        year = int(release.facts["release_date"][:4])
        for date in release.facts["dates"]:
            text, normalized = date["text"], date["normalized"]
            if text.lower().startswith("today"):
                assert normalized == release.facts["release_date"]
            elif text.endswith("last year"):
                assert normalized.startswith(str(year - 1))
            elif text == "next year":
                assert normalized == str(year + 1)


def test_number_styles_are_exercised(corpus: tuple[Path, list[Any]]) -> None:
    text = "\n".join(_plain(r.data.decode()) for r in _good(corpus))
    for pattern in (
        r"\b\d{1,3} 000\b",  # space as thousands separator
        r"\b\d{1,3},000\b",
        r"\bHK\$\d+(?:\.\d)? million\b",
        r"\$\d+ billion\b",
        r"\d+ per cent\b",
        r"\b\d 000P\b",
        r"\baged \d+\b",
        r"\b[23]\d{3} \d{4}\b",  # telephone numbers
        r"Room \d+, \d+/F",
        r"\b20\d\d-\d\d\b",  # scheme years
        r"\bnearly \d",
        r"\bup to \d",
        r"\bat least \d",
        r"\b(?:two|three|four|five|six|seven|eight|nine) \w+",
        r"last night \([A-Z][a-z]+ \d+\)",
        r"[A-Z][a-z]+ last year",
        r"early 20\d\d",
    ):
        assert re.search(pattern, text), pattern


def test_no_footer_facts_have_no_release_date(corpus: tuple[Path, list[Any]]) -> None:
    for release in corpus[1]:
        if release.kind == "no_footer":
            assert release.facts["release_date"] is None
            assert all(d["normalized"] is None for d in release.facts["dates"])


# --- command line -------------------------------------------------------------------


def test_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cli"
    assert gen.main([str(out), "--n", "40", "--seed", "2", "--bad-fraction", "0.25"]) == 0
    printed = capsys.readouterr().out
    assert "wrote 40 files" in printed
    assert "good: 30" in printed
    assert len(_files(out)) == 40
