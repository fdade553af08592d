"""The Dagster instance's `dagster.yaml`: the project's (SQLite, batching event log) by default, or
PostgreSQL storage when DAGSTER_PG_URL or DAGSTER_PG_HOST is set, so that several daemons and
webservers share runs, event logs and schedules.

The generated file refers to the variables (`env:`), never copies a password. Only a file this
module or the Makefile wrote is replaced; a hand-edited `dagster.yaml` is left alone.

    python -m pipelines.instance [DAGSTER_HOME]     # writes DAGSTER_HOME/dagster.yaml
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Mapping
from pathlib import Path

import yaml

PROJECT_DAGSTER_YAML = Path(__file__).resolve().parents[1] / "dagster.yaml"
PG_URL = "DAGSTER_PG_URL"
PG_HOST = "DAGSTER_PG_HOST"
# dagster-postgres' `postgres_db` fields: (variable, default when the variable is unset)
PG_FIELDS = {
    "hostname": (PG_HOST, None),
    "port": ("DAGSTER_PG_PORT", 5432),
    "username": ("DAGSTER_PG_USER", "postgres"),
    "password": ("DAGSTER_PG_PASSWORD", ""),
    "db_name": ("DAGSTER_PG_DB", "postgres"),
}
# dagster-postgres installs psycopg2; SQLAlchemy 2.1 reads a bare postgresql:// as psycopg 3.
DRIVER_SCHEME = "postgresql+psycopg2"
MARKER = "# Written by pipelines.instance"


def postgres_storage(environ: Mapping[str, str] = os.environ) -> dict | None:
    """The instance's `storage:` block for PostgreSQL, or None when none is configured."""
    if url := environ.get(PG_URL):
        _check_driver(url)
        return {"postgres": {"postgres_url": {"env": PG_URL}}}
    if not environ.get(PG_HOST):
        return None
    db = {k: {"env": var} if environ.get(var) else default for k, (var, default) in PG_FIELDS.items()}
    return {"postgres": {"postgres_db": {**db, "scheme": DRIVER_SCHEME}}}


def _check_driver(url: str) -> None:
    scheme = url.split("://", 1)[0]
    if scheme in ("postgresql", "postgres") and importlib.util.find_spec("psycopg") is None:
        raise ValueError(
            f"{PG_URL}: write it as {DRIVER_SCHEME}://user:password@host:port/db (the driver "
            "dagster-postgres installs); a bare postgresql:// asks SQLAlchemy for psycopg 3"
        )


def postgres_blocks(pg: dict) -> dict:
    """Run, event log and schedule storage on one PostgreSQL database (`pg`: the `storage:
    postgres:` config); the event log is `pipelines.dagster_pg`'s, which plans a range run with
    one event per asset and keeps its connections (README "Scaling out" has the figures)."""
    blocks = {
        "run_storage": ("dagster_postgres.run_storage", "PostgresRunStorage"),
        "event_log_storage": ("pipelines.dagster_pg", "BatchingPostgresEventLogStorage"),
        "schedule_storage": ("dagster_postgres.schedule_storage", "PostgresScheduleStorage"),
    }
    return {k: {"module": m, "class": c, "config": dict(pg)} for k, (m, c) in blocks.items()}


def instance_yaml(environ: Mapping[str, str] = os.environ) -> str:
    project = PROJECT_DAGSTER_YAML.read_text()
    storage = postgres_storage(environ)
    if storage is None:
        return project
    config = yaml.safe_load(project)
    config.pop("event_log_storage", None)  # the batching SQLite event log
    config |= postgres_blocks(storage["postgres"])
    head = f"{MARKER} from dagster.yaml and the DAGSTER_PG_* variables: PostgreSQL storage.\n"
    return head + yaml.safe_dump(config, sort_keys=False)


def ensure_instance_yaml(home: Path, environ: Mapping[str, str] = os.environ) -> Path:
    """Write HOME/dagster.yaml for the current settings unless someone edited it by hand."""
    path = Path(home) / "dagster.yaml"
    wanted = instance_yaml(environ)
    if path.exists():
        current = path.read_text()
        ours = current == PROJECT_DAGSTER_YAML.read_text() or current.startswith(MARKER)
        if current == wanted or not ours:
            return path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(wanted)
    return path


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    home = Path(args[0] if args else os.environ.get("DAGSTER_HOME", ".dagster_home"))
    print(ensure_instance_yaml(home))


if __name__ == "__main__":
    main()
