"""Refuse SQL that would write, attach, export, install or read outside the warehouse.

Two locks, either enough on its own for what it covers:

1. `check_read_only` screens the text before it runs. DuckDB's own parser splits and classifies
   the statements (`duckdb.extract_statements`): only SELECT-like statements (SELECT, WITH,
   FROM ..., VALUES, SHOW, DESCRIBE, SUMMARIZE, EXPLAIN of those) pass, every one of them when
   there are several. Each SELECT is then parsed into its syntax tree (`json_serialize_sql`), and
   table functions other than a few harmless ones (range, unnest, duckdb_tables ...), scalar
   functions that read files or the environment, and table names that are file paths
   (`FROM 'file.csv'`, `FROM "x.parquet"`) are refused: the views are the interface.
2. `open_read_only` opens the database with read_only=True and, before any user SQL runs,
   limits file access to the warehouse folder (`enable_external_access = false` with the folder
   in `allowed_directories`: the views read their Parquet files there, nothing outside it can be read
   or written; an S3 warehouse's views read Arrow datasets registered before, so no file access
   is needed at all), turns off extension auto-install/auto-load and scans of Python variables, and
   locks the configuration so that no statement can undo it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import duckdb

from pipelines.storage import PUBLISHED, Warehouse

ST = duckdb.StatementType
ALLOWED = {ST.SELECT, ST.EXPLAIN}
READ_ONLY = "the warehouse is read-only; only SELECT, WITH, FROM, SHOW, DESCRIBE, SUMMARIZE and EXPLAIN run"
QUERY_THE_VIEWS = "query the views instead (SHOW TABLES lists them)"
# Why each kind of statement is refused, in words; the statement's own first words name it.
_WHY: dict[duckdb.StatementType, str] = {
    ST.COPY: "COPY reads or writes files; query the views, and save results with --format/--output",
    ST.COPY_DATABASE: "COPY FROM DATABASE writes a database",
    ST.EXPORT: "EXPORT DATABASE writes files",
    ST.ATTACH: "only the warehouse can be queried; other databases cannot be attached",
    ST.DETACH: "the warehouse cannot be detached",
    ST.EXTENSION: "extensions cannot be installed or loaded here",
    ST.LOAD: "extensions cannot be installed or loaded here",
    ST.SET: "settings are fixed in the read-only shell",
    ST.VARIABLE_SET: "settings are fixed in the read-only shell",
    ST.PRAGMA: "PRAGMA can change settings or read files; use SELECT * FROM duckdb_settings() to look",
    ST.CALL: "CALL runs procedures; use SELECT * FROM <function>() for table functions",
    ST.PREPARE: "send the query itself instead of preparing it",
    ST.EXECUTE: "send the query itself instead of executing a prepared one",
    ST.TRANSACTION: "transactions are not needed: nothing can change",
    ST.MULTI: "it runs several statements (a PIVOT without IN creates types); list the values: "
    "PIVOT t ON col IN ('a', 'b') ...",
}
# Where the first words say more than the statement type.
_WHY_VERB = {
    "IMPORT DATABASE": "IMPORT DATABASE reads files and creates tables; " + READ_ONLY,
    "CHECKPOINT": READ_ONLY,
    "USE": "only the warehouse's views can be queried",
}
# Table functions a query may call: generators and the catalogue. Everything else reads files,
# the network, or runs SQL given as a string (query, query_table), which the screen cannot see.
TABLE_FUNCTIONS = frozenset(
    {
        "range",
        "generate_series",
        "unnest",
        "repeat",
        "duckdb_tables",
        "duckdb_views",
        "duckdb_columns",
        "duckdb_schemas",
        "duckdb_functions",
        "duckdb_types",
        "duckdb_keywords",
        "duckdb_constraints",
        "duckdb_indexes",
        "duckdb_settings",
        "pragma_table_info",
        "pragma_show",
        "pragma_version",
        "pragma_database_size",
    }
)
FILE_FUNCTIONS = frozenset(
    {
        "read_parquet",
        "parquet_scan",
        "read_csv",
        "read_csv_auto",
        "sniff_csv",
        "read_json",
        "read_json_auto",
        "read_json_objects",
        "read_json_objects_auto",
        "read_ndjson",
        "read_ndjson_auto",
        "read_ndjson_objects",
        "read_text",
        "read_blob",
        "read_xlsx",
        "glob",
        "parquet_metadata",
        "parquet_schema",
        "parquet_file_metadata",
        "parquet_kv_metadata",
        "parquet_bloom_probe",
        "delta_scan",
        "iceberg_scan",
        "iceberg_metadata",
        "iceberg_snapshots",
        "st_read",
        "st_read_meta",
        "sqlite_scan",
        "sqlite_attach",
        "postgres_scan",
        "postgres_attach",
        "mysql_scan",
        "read_avro",
    }
)
# Scalar functions that reach outside the query.
SCALAR_REFUSED = frozenset({"getenv", *FILE_FUNCTIONS})
_FILE_FUNCS = re.compile(r"\b(" + "|".join(sorted(FILE_FUNCTIONS)) + r")\s*\(", re.IGNORECASE)
_FILE_LITERAL = re.compile(r"\b(FROM|JOIN)\s+'[^']*'", re.IGNORECASE)
_PATH_LIKE = re.compile(r"[./\\:~]")
_EXPLAIN = re.compile(r"^\s*EXPLAIN\s+(?:ANALY[SZ]E\s+|\([^)]*\)\s*)?", re.IGNORECASE)
_FIRST_WORDS = re.compile(
    r"^\s*(FORCE\s+INSTALL|[A-Za-z_]+(?:\s+(?:DATABASE|VARIABLE|EXTENSIONS))?)", re.IGNORECASE
)


class SqlRefused(ValueError):
    pass


def check_read_only(sql: str) -> None:
    """Raise SqlRefused, with the reason in words, unless every statement only reads the views."""
    try:
        statements = duckdb.extract_statements(sql)
    except (duckdb.Error, ValueError) as err:  # ValueError: a statement type the client lacks
        raise SqlRefused(f"cannot parse: {err}") from err
    if not statements:
        raise SqlRefused("no statement")
    for st in statements:
        _check_statement(st)


def _verb(query: str) -> str:
    m = _FIRST_WORDS.match(query)
    return re.sub(r"\s+", " ", m.group(1)).upper() if m else "this statement"


def _check_statement(st: duckdb.Statement) -> None:
    query = st.query
    try:
        kind = st.type
    except ValueError:  # a statement type newer than this client knows (UPDATE EXTENSIONS ...)
        raise SqlRefused(f"{_verb(query)} is not allowed: {READ_ONLY}") from None
    if kind not in ALLOWED:
        verb = "a PIVOT without IN (...)" if kind == ST.MULTI else _verb(query)
        why = _WHY_VERB.get(verb) or _WHY.get(kind, READ_ONLY)
        raise SqlRefused(f"{verb} is not allowed: {why}")
    if kind == ST.EXPLAIN:
        inner = _EXPLAIN.sub("", query, count=1)
        if inner == query:
            raise SqlRefused("EXPLAIN is allowed only as EXPLAIN [ANALYZE] <query>")
        check_read_only(inner)
        return
    _check_select(query)


def _check_select(query: str) -> None:
    tree = _syntax_tree(query)
    if tree is None:  # the tree is not available: fall back to reading the text
        if _FILE_FUNCS.search(query) or _FILE_LITERAL.search(query):
            raise SqlRefused(f"reading files directly is not allowed; {QUERY_THE_VIEWS}")
        return
    for kind, name in _references(tree):
        lowered = name.lower()
        if kind == "table_function" and lowered not in TABLE_FUNCTIONS:
            if lowered in FILE_FUNCTIONS:
                raise SqlRefused(f"reading files directly is not allowed ({name}); {QUERY_THE_VIEWS}")
            raise SqlRefused(f"table function {name}() is not allowed; {QUERY_THE_VIEWS}")
        if kind == "function" and lowered in SCALAR_REFUSED:
            raise SqlRefused(f"function {name}() is not allowed: it reaches outside the warehouse")
        if kind == "table" and _PATH_LIKE.search(name):
            raise SqlRefused(f"reading files directly is not allowed ({name!r}); {QUERY_THE_VIEWS}")


def _syntax_tree(query: str) -> dict | None:
    try:
        with duckdb.connect(":memory:", config={"enable_external_access": False}) as con:
            row = con.execute("SELECT json_serialize_sql(?::VARCHAR)", [query]).fetchone()
        tree = json.loads(row[0]) if row else None
    except (duckdb.Error, ValueError, TypeError):
        return None
    if not isinstance(tree, dict) or tree.get("error"):
        return None
    return tree


def _references(node: object) -> Iterator[tuple[str, str]]:
    """("table_function" | "function" | "table", name) for every reference in a syntax tree."""
    if isinstance(node, list):
        for item in node:
            yield from _references(item)
        return
    if not isinstance(node, dict):
        return
    if node.get("type") == "TABLE_FUNCTION" and isinstance(node.get("function"), dict):
        yield "table_function", str(node["function"].get("function_name", ""))
    elif node.get("type") == "BASE_TABLE":
        yield "table", str(node.get("table_name", ""))
    elif node.get("type") == "SHOW_REF" and node.get("table_name"):  # SHOW/DESCRIBE <name>
        yield "table", str(node["table_name"]).strip("\"'")
    elif node.get("class") == "FUNCTION" and "function_name" in node:
        yield "function", str(node["function_name"])
    for value in node.values():
        if isinstance(value, dict | list):
            yield from _references(value)


def open_read_only(wh: Warehouse) -> duckdb.DuckDBPyConnection:
    """The warehouse's views, read-only, with file access limited to the warehouse folder (an S3
    warehouse is read through Arrow datasets registered before the lock: no file access at all)."""
    con = wh.connect(
        read_only=True,
        config={
            "autoinstall_known_extensions": False,
            "autoload_known_extensions": False,
            "python_enable_replacements": False,
        },
    )
    try:
        roots = sorted({str(wh.root.absolute()) + "/", str(wh.root.resolve()) + "/"})
        # The views' globs are relative to the root (file_search_path): allow them as written.
        con.execute("SET allowed_directories = ?", [[*roots, f"{PUBLISHED}/"]])
        con.execute("SET enable_external_access = false")
        con.execute("SET lock_configuration = true")
    except duckdb.Error:
        con.close()
        raise
    return con
