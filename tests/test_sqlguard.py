"""`pipelines sql` is read-only: writes, attachments, extensions, settings and file reads are
refused with a clear message, through `check_read_only` and through the command line."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import pytest

from pipelines.cli import main
from pipelines.schemas import TABLES
from pipelines.sqlguard import SqlRefused, check_read_only, open_read_only
from pipelines.storage import Warehouse
from tests.conftest import seed_warehouse

READ_ONLY = "the warehouse is read-only"
FILES = "reading files directly is not allowed"


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("sqlguard")
    (base / "secret.csv").write_text("secret\n42\n")
    return seed_warehouse(base)


@pytest.fixture
def cli(warehouse: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("WAREHOUSE_DIR", str(warehouse))

    def run(sql: str, *extra: str) -> tuple[int, str, str]:
        code = main(["sql", sql, *extra])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


REFUSED = [
    # statements that write
    ("DROP VIEW metrics", "DROP is not allowed: " + READ_ONLY),
    ("drop view metrics", "DROP is not allowed: " + READ_ONLY),
    ("INSERT INTO documents VALUES ('x')", "INSERT is not allowed: " + READ_ONLY),
    ("UPDATE documents SET status = 'ok'", "UPDATE is not allowed: " + READ_ONLY),
    ("DELETE FROM documents", "DELETE is not allowed: " + READ_ONLY),
    ("TRUNCATE documents", "TRUNCATE is not allowed: " + READ_ONLY),
    ("CREATE TABLE t AS SELECT 1", "CREATE is not allowed: " + READ_ONLY),
    ("CREATE OR REPLACE VIEW metrics AS SELECT 1", "CREATE is not allowed: " + READ_ONLY),
    ("CREATE MACRO m(x) AS x + 1", "CREATE is not allowed: " + READ_ONLY),
    ("ALTER VIEW metrics RENAME TO m2", "ALTER is not allowed: " + READ_ONLY),
    ("COMMENT ON VIEW metrics IS 'x'", "COMMENT is not allowed: " + READ_ONLY),
    ("CHECKPOINT", "CHECKPOINT is not allowed: " + READ_ONLY),
    ("VACUUM", "VACUUM is not allowed: " + READ_ONLY),
    ("BEGIN TRANSACTION", "BEGIN is not allowed: transactions are not needed"),
    # other databases, files, extensions, settings
    ("ATTACH '/tmp/other.duckdb' AS other", "ATTACH is not allowed: only the warehouse can be queried"),
    ("DETACH warehouse", "DETACH is not allowed"),
    ("USE memory", "USE is not allowed"),
    ("COPY (SELECT * FROM documents) TO '/tmp/out.csv'", "COPY is not allowed: COPY reads or writes files"),
    ("COPY documents TO 'out.parquet' (FORMAT parquet)", "COPY is not allowed: COPY reads or writes files"),
    ("COPY documents FROM '/tmp/in.csv'", "COPY is not allowed"),
    ("EXPORT DATABASE '/tmp/dump'", "EXPORT DATABASE is not allowed: EXPORT DATABASE writes files"),
    ("IMPORT DATABASE '/tmp/dump'", "IMPORT DATABASE is not allowed: IMPORT DATABASE reads files"),
    ("INSTALL httpfs", "INSTALL is not allowed: extensions cannot be installed or loaded here"),
    ("FORCE INSTALL httpfs", "FORCE INSTALL is not allowed: extensions cannot be"),
    ("LOAD httpfs", "LOAD is not allowed: extensions cannot be installed or loaded here"),
    ("UPDATE EXTENSIONS", "UPDATE EXTENSIONS is not allowed"),
    ("SET enable_external_access = true", "SET is not allowed: settings are fixed"),
    ("RESET threads", "RESET is not allowed: settings are fixed"),
    ("SET VARIABLE x = 1", "SET VARIABLE is not allowed: settings are fixed"),
    ("PRAGMA enable_profiling", "PRAGMA is not allowed"),
    ("CALL pragma_version()", "CALL is not allowed"),
    ("PREPARE q AS SELECT 1", "PREPARE is not allowed"),
    ("EXECUTE q", "EXECUTE is not allowed"),
    ("PIVOT documents ON status USING count(*)", "a PIVOT without IN (...) is not allowed"),
    # several statements: any one that writes refuses them all
    ("SELECT 1; DROP VIEW metrics", "DROP is not allowed"),
    ("SELECT * FROM documents; COPY documents TO '/tmp/x.csv'; SELECT 2", "COPY is not allowed"),
    ("EXPLAIN ANALYZE SELECT 1; INSTALL httpfs", "INSTALL is not allowed"),
    # reading files: functions, literals, quoted names, hidden in subqueries and CTEs
    ("SELECT * FROM read_csv('/etc/passwd')", FILES + " (read_csv)"),
    ("SELECT * FROM READ_CSV_AUTO('/etc/passwd')", FILES + " (read_csv_auto)"),
    ("SELECT * FROM \"read_parquet\"('x.parquet')", FILES + " (read_parquet)"),
    ("SELECT * FROM main.read_text('/etc/hostname')", FILES + " (read_text)"),
    ("SELECT content FROM read_blob('/etc/hostname')", FILES + " (read_blob)"),
    ("SELECT * FROM glob('/*')", FILES + " (glob)"),
    ("SELECT * FROM parquet_metadata('x.parquet')", FILES + " (parquet_metadata)"),
    ("SELECT * FROM sniff_csv('x.csv')", FILES + " (sniff_csv)"),
    ("SELECT * FROM '/etc/passwd.csv'", FILES + " ('/etc/passwd.csv')"),
    ("FROM 'data.parquet'", FILES + " ('data.parquet')"),
    ('SELECT * FROM "x.csv"', FILES + " ('x.csv')"),
    ("SELECT * FROM 'https://example.org/x.csv'", FILES + " ('https://example.org/x.csv')"),
    ("SELECT * FROM documents JOIN 'other.parquet' USING (doc_id)", FILES + " ('other.parquet')"),
    ("SHOW 'x.csv'", FILES + " ('x.csv')"),
    ("DESCRIBE 'x.parquet'", FILES + " ('x.parquet')"),
    ("SUMMARIZE SELECT * FROM '/etc/passwd'", FILES + " ('/etc/passwd')"),
    ("DESCRIBE SELECT * FROM read_csv('x')", FILES + " (read_csv)"),
    ("SELECT (SELECT count(*) FROM read_json('x.json'))", FILES + " (read_json)"),
    ("WITH x AS (SELECT * FROM read_ndjson('x')) SELECT * FROM x", FILES + " (read_ndjson)"),
    ("SELECT * FROM documents WHERE doc_id IN (SELECT * FROM read_csv('x'))", FILES + " (read_csv)"),
    ("EXPLAIN ANALYZE SELECT * FROM read_csv('/etc/passwd')", FILES + " (read_csv)"),
    ("SELECT * FROM query('SELECT * FROM read_csv(''x'')')", "table function query() is not allowed"),
    ("SELECT * FROM sqlite_scan('x.db', 't')", FILES + " (sqlite_scan)"),
    ("SELECT getenv('HOME')", "function getenv() is not allowed"),
    # nothing, or not SQL
    ("", "no statement"),
    ("  ;  ", "no statement"),
    ("SELEC * FROM documents", "cannot parse: "),
]


@pytest.mark.parametrize(("sql", "message"), REFUSED)
def test_check_read_only_refuses(sql: str, message: str) -> None:
    with pytest.raises(SqlRefused) as refused:
        check_read_only(sql)
    assert str(refused.value).startswith(message) or message in str(refused.value)


ALLOWED = [
    "SELECT metric, value FROM metrics",
    "select count(*) from documents",
    "FROM documents SELECT doc_id",
    "WITH m AS (SELECT * FROM metrics) SELECT count(*) FROM m",
    "SELECT * FROM metric_timeseries ORDER BY as_of DESC LIMIT 3",
    "SHOW TABLES",
    "DESCRIBE documents",
    "SHOW documents",
    'DESCRIBE "metrics"',
    "SUMMARIZE metrics",
    "EXPLAIN SELECT * FROM documents",
    "EXPLAIN ANALYZE SELECT count(*) FROM sentences",
    "VALUES (1, 'a')",
    "SELECT * FROM range(3)",
    "SELECT table_name FROM information_schema.tables",
    "SELECT * FROM duckdb_views() WHERE NOT internal",
    "SELECT 'read_csv(' AS text, 'x.csv' AS name",
    "SELECT count(*) FROM documents; SELECT count(*) FROM metrics",
    "PIVOT documents ON status IN ('ok', 'warning') USING count(*)",
]


@pytest.mark.parametrize("sql", ALLOWED)
def test_check_read_only_allows_queries(sql: str) -> None:
    check_read_only(sql)


@pytest.mark.parametrize(("sql", "message"), [r for r in REFUSED if r[0]])  # "": the interactive shell
def test_cli_refuses_with_exit_code_2(cli, warehouse: Path, sql: str, message: str) -> None:
    before = _fingerprint(warehouse)
    code, out, err = cli(sql)
    assert code == 2
    assert err.startswith("refused: ") and message in err
    assert "Traceback" not in err and out == ""
    assert _fingerprint(warehouse) == before


def test_cli_runs_read_only_queries(cli) -> None:
    code, out, err = cli("SELECT metric, value FROM metrics ORDER BY value DESC LIMIT 1", "--format", "csv")
    assert code == 0 and err == ""
    assert out.splitlines()[0] == '"metric","value"'
    code, out, _ = cli("SHOW TABLES", "--format", "csv")
    assert code == 0 and set(TABLES) <= {line.strip('"') for line in out.splitlines()[1:]}


def test_cli_drop_view_leaves_the_view(cli, warehouse: Path) -> None:
    code, _, err = cli("DROP VIEW metrics")
    assert code == 2 and err.startswith("refused: DROP is not allowed")
    with Warehouse(warehouse).connect() as con:
        assert con.execute("SELECT count(*) FROM metrics").fetchone()[0] > 0


def test_connection_is_read_only_even_for_sql_that_passed_no_guard(warehouse: Path) -> None:
    """The second lock: what the screen would miss, the connection itself refuses."""
    outside = warehouse.parent / "secret.csv"
    with open_read_only(Warehouse(warehouse)) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
        for table in TABLES:
            con.execute(f"SELECT * FROM {table}").fetchall()
        with pytest.raises(duckdb.Error, match="read-only"):
            con.execute("CREATE TABLE t AS SELECT 1")
        with pytest.raises(duckdb.Error, match="read-only"):
            con.execute("DROP VIEW metrics")
        with pytest.raises(duckdb.PermissionException):
            con.execute(f"SELECT * FROM read_csv('{outside}')").fetchall()
        with pytest.raises(duckdb.PermissionException):
            con.execute(f"SELECT * FROM '{warehouse}/../secret.csv'").fetchall()
        with pytest.raises(duckdb.PermissionException):
            con.execute(f"COPY (SELECT 1) TO '{warehouse.parent}/out.csv'")
        with pytest.raises(duckdb.Error, match="locked"):
            con.execute("SET enable_external_access = true")
        with pytest.raises(duckdb.Error):
            con.execute("INSTALL httpfs")
    assert not (warehouse.parent / "out.csv").exists()


def test_open_read_only_uses_a_read_only_connection(warehouse: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, object] = {}
    real_connect = duckdb.connect

    def spy(*args, **kwargs):
        seen.update(kwargs)
        return real_connect(*args, **kwargs)

    monkeypatch.setattr(duckdb, "connect", spy)
    with open_read_only(Warehouse(warehouse)):
        pass
    assert seen.get("read_only") is True
