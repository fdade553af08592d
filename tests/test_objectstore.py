"""The warehouse root as a URI: a copied local warehouse still answers; an S3 warehouse (moto in
server mode on loopback, a real HTTP server in its own process) holds the same rows as a local
build, survives the server dying mid-publish, and `pipelines sql` on it stays read-only."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pyarrow.fs as pafs
import pytest

from benchmarks.generate import generate_corpus
from pipelines.cli import main
from pipelines.objectstore import MANIFEST, S3Store, s3_filesystem
from pipelines.runner import build_warehouse
from pipelines.schemas import PER_DOCUMENT, TABLES
from pipelines.sqlguard import open_read_only
from pipelines.storage import BUCKETS, PUBLISHED, Warehouse, bucket_name
from tests.conftest import SEED, seed_warehouse
from tests.s3server import Proxy

MB = 1 << 24
Rows = dict[str, list[tuple]]


def table_rows(wh: Warehouse) -> Rows:
    """Every row of every view, sorted."""
    with wh.connect() as con:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}


def _seeds(tmp_path_factory: pytest.TempPathFactory, name: str, n: int, seed: int, bad: float) -> Path:
    """The seed release and `n` generated ones."""
    seeds = tmp_path_factory.mktemp(name) / "seeds"
    generate_corpus(seeds, n, seed=seed, bad_fraction=bad)
    (seeds / "_truth.jsonl").unlink()
    shutil.copy(SEED, seeds / SEED.name)
    return seeds


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed release and a dozen generated ones (good and bad files)."""
    return _seeds(tmp_path_factory, "corpus", 12, seed=12, bad=0.2)


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed release and four generated ones."""
    return _seeds(tmp_path_factory, "small", 4, seed=7, bad=0.0)


# -- a local warehouse is portable -----------------------------------------------------------
def test_copied_warehouse_answers_plain_duckdb_and_pipelines_sql(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a").mkdir()
    built = seed_warehouse(tmp_path / "a")
    expected = table_rows(Warehouse(built))
    moved = tmp_path / "elsewhere" / "copy"
    shutil.copytree(built, moved)
    shutil.rmtree(tmp_path / "a")
    # plain duckdb, as documented: from the warehouse folder, or with file_search_path
    monkeypatch.chdir(moved)
    with duckdb.connect("warehouse.duckdb", read_only=True) as con:
        assert con.execute("SELECT * FROM metrics ORDER BY ALL").fetchall() == expected["metrics"]
    monkeypatch.chdir(tmp_path)
    with duckdb.connect(str(moved / "warehouse.duckdb"), read_only=True) as con:
        con.execute("SET file_search_path = ?", [str(moved)])
        assert con.execute("SELECT * FROM documents ORDER BY ALL").fetchall() == expected["documents"]
    # pipelines sql, and every view
    monkeypatch.setenv("WAREHOUSE_DIR", str(moved))
    assert main(["sql", "SELECT count(*) AS n FROM metrics", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == str(len(expected["metrics"]))
    assert table_rows(Warehouse(moved)) == expected


# -- S3 ----------------------------------------------------------------------------------------
def _objects(uri: str) -> dict[str, set[str]]:
    """Object names under each table's folder, and the names its manifest refers to."""
    fs, prefix = s3_filesystem(), uri.removeprefix("s3://") + f"/{PUBLISHED}"
    found: dict[str, set[str]] = {"stored": set(), "named": set()}
    for table in TABLES:
        selector = pafs.FileSelector(f"{prefix}/{table}", allow_not_found=True)
        names = {i.base_name for i in fs.get_file_info(selector)}
        found["stored"] |= {f"{table}/{n}" for n in names if n != MANIFEST}
        if MANIFEST in names:
            with fs.open_input_stream(f"{prefix}/{table}/{MANIFEST}") as f:
                manifest = json.loads(f.read())
            named = {e["object"] for e in manifest["files"].values()} | set(manifest["retired"])
            found["named"] |= {f"{table}/{n}" for n in named}
    return found


@pytest.mark.cluster
def test_s3_build_equals_local_build(corpus: Path, s3_uri: str, tmp_path: Path) -> None:
    build_warehouse(corpus, tmp_path / "local", max_bytes=MB)
    build_warehouse(corpus, s3_uri, max_bytes=MB, local_dir=tmp_path / "s3-local")
    local, remote = (
        table_rows(Warehouse(tmp_path / "local")),
        table_rows(Warehouse(s3_uri, local_dir=tmp_path / "s3-local")),
    )
    assert set(local) == set(TABLES)
    for table in TABLES:
        assert remote[table] == local[table], table
    assert sum(map(len, local.values())) > 100 and local["metrics"]
    assert not list((tmp_path / "s3-local").rglob("*.parquet"))  # every bucket is in S3
    objects = _objects(s3_uri)
    assert objects["stored"] and objects["stored"] == objects["named"]


def _buckets(wh: Warehouse) -> dict[tuple[str, int], list[str]]:
    """Each per-document table's buckets as published (rows as sorted reprs)."""
    out = {}
    for table in PER_DOCUMENT:
        snap = wh.snapshot(table)
        for b in range(BUCKETS):
            data = snap.read(bucket_name(b))
            out[(table.name, b)] = sorted(map(repr, data.to_pylist())) if data is not None else []
    return out


def _edit(seeds: Path) -> None:
    """A new version of the corpus: two files changed, one added (each bucket then goes from its
    old content to its new one in one commit per table)."""
    files = sorted(p for p in seeds.iterdir() if p.name != SEED.name)
    for path in files[:2]:
        path.write_text(path.read_text(errors="replace") + "\nThe scheme received 42 applications.\n")
    (seeds / "new_release.txt").write_text(SEED.read_text(encoding="utf-8").replace("300", "350"))


@pytest.mark.cluster
@pytest.mark.parametrize("kill_after", [1, 7])
def test_s3_server_killed_mid_publish(
    small_corpus: Path,
    s3_port: int,
    s3_uri: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kill_after: int,
) -> None:
    """The S3 endpoint dies after the n-th object of a rebuild, before that object's manifest:
    readers still see only committed states (each bucket wholly old or wholly new; after the first
    object, exactly the previous build), and a re-run after the restart converges."""
    proxy = Proxy(s3_port)
    proxy.start()
    monkeypatch.setenv("AWS_ENDPOINT_URL", f"http://127.0.0.1:{proxy.port}")
    local = tmp_path / "s3-local"
    try:
        seeds = tmp_path / "seeds"
        shutil.copytree(small_corpus, seeds)
        build_warehouse(seeds, s3_uri, max_bytes=MB, local_dir=local)
        before, before_buckets = (
            table_rows(Warehouse(s3_uri, local_dir=local)),
            _buckets(Warehouse(s3_uri, local_dir=local)),
        )
        _edit(seeds)
        build_warehouse(seeds, tmp_path / "v2", max_bytes=MB)
        v2, v2_buckets = table_rows(Warehouse(tmp_path / "v2")), _buckets(Warehouse(tmp_path / "v2"))

        written: list[str] = []

        def stop_server(key: str) -> None:
            written.append(key)
            if len(written) == kill_after:
                proxy.kill()

        monkeypatch.setattr(S3Store, "on_object_written", stop_server)
        with pytest.raises(OSError):
            build_warehouse(seeds, s3_uri, max_bytes=MB, local_dir=local)
        monkeypatch.setattr(S3Store, "on_object_written", None)
        assert len(written) == kill_after

        proxy.start()  # the same endpoint again; the objects written before the kill are there
        objects = _objects(s3_uri)
        assert objects["stored"] - objects["named"]  # the last object written, never named
        wh = Warehouse(s3_uri, local_dir=local)
        after = table_rows(wh)  # every view reads: no manifest names a missing object
        if kill_after == 1:
            assert after == before
        for key, rows in _buckets(wh).items():
            assert rows in (before_buckets[key], v2_buckets[key]), key  # never half a bucket

        monkeypatch.setenv("WAREHOUSE_GC_GRACE_S", "0")
        build_warehouse(seeds, s3_uri, max_bytes=MB, local_dir=local)
        assert table_rows(Warehouse(s3_uri, local_dir=local)) == v2
        objects = _objects(s3_uri)
        assert objects["stored"] == objects["named"]  # the dead run's objects were collected
    finally:
        proxy.stop()


@pytest.mark.cluster
def test_pipelines_sql_on_s3_is_read_only(
    s3_uri: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    build_warehouse(seeds, s3_uri, max_bytes=MB, local_dir=tmp_path / "local")
    monkeypatch.setenv("WAREHOUSE_URI", s3_uri)
    monkeypatch.setenv("WAREHOUSE_DIR", str(tmp_path / "local"))
    stored = _objects(s3_uri)

    assert main(["sql", "SELECT count(*) AS n FROM metrics", "--format", "csv"]) == 0
    assert int(capsys.readouterr().out.splitlines()[1]) > 0
    for sql, message in [
        ("CREATE TABLE t AS SELECT 1", "CREATE is not allowed"),
        ("DROP VIEW metrics", "DROP is not allowed"),
        ("COPY metrics TO 'x.parquet'", "COPY"),
        (f"SELECT * FROM read_parquet('{s3_uri}/{PUBLISHED}/metrics/*.parquet')", "reading files"),
        ("INSTALL httpfs", "extensions cannot be installed"),
    ]:
        assert main(["sql", sql]) == 2, sql
        out, err = capsys.readouterr()
        assert err.startswith("refused: ") and message in err and out == ""

    wh = Warehouse(s3_uri, local_dir=tmp_path / "local")
    with open_read_only(wh) as con:  # the second lock, for SQL that passed no screen
        assert con.execute("SELECT count(*) FROM documents").fetchone() == (1,)
        with pytest.raises(duckdb.Error, match="read-only"):
            con.execute("CREATE TABLE t AS SELECT 1")
        with pytest.raises(duckdb.Error, match="read-only"):
            con.execute("DROP VIEW metrics")
        with pytest.raises(duckdb.Error):
            con.execute(f"SELECT * FROM read_parquet('{s3_uri}/{PUBLISHED}/metrics/*.parquet')").fetchall()
        with pytest.raises(duckdb.Error):
            con.execute(f"COPY (SELECT 1) TO '{tmp_path}/out.csv'")
        with pytest.raises(duckdb.Error, match="locked"):
            con.execute("SET enable_external_access = true")
    assert _objects(s3_uri) == stored and not (tmp_path / "out.csv").exists()
