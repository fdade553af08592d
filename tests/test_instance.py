"""The instance's dagster.yaml: the project's by default, PostgreSQL storage from DAGSTER_PG_*."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml

from pipelines.instance import PROJECT_DAGSTER_YAML, ensure_instance_yaml, instance_yaml


def test_default_is_the_project_file_unchanged() -> None:
    assert instance_yaml({}) == PROJECT_DAGSTER_YAML.read_text()


def test_url_or_variables_give_postgres_storage_by_reference() -> None:
    config = yaml.safe_load(instance_yaml({"DAGSTER_PG_URL": "postgresql+psycopg2://u:secret@db/x"}))
    url = {"postgres_url": {"env": "DAGSTER_PG_URL"}}
    run_storage = {"module": "dagster_postgres.run_storage", "class": "PostgresRunStorage", "config": url}
    assert config["run_storage"] == run_storage
    assert config["event_log_storage"]["class"] == "BatchingPostgresEventLogStorage"
    assert config["event_log_storage"]["config"] == config["schedule_storage"]["config"] == url
    assert config["run_coordinator"]["config"]["max_concurrent_runs"] == 1
    env = {"DAGSTER_PG_HOST": "db", "DAGSTER_PG_PASSWORD": "secret"}
    text = instance_yaml(env)
    assert "secret" not in text
    db = yaml.safe_load(text)["event_log_storage"]["config"]["postgres_db"]
    assert db == {
        "hostname": {"env": "DAGSTER_PG_HOST"},
        "port": 5432,
        "username": "postgres",
        "password": {"env": "DAGSTER_PG_PASSWORD"},
        "db_name": "postgres",
        "scheme": "postgresql+psycopg2",
    }


def test_switches_a_file_it_wrote_and_leaves_a_hand_edited_one(tmp_path: Path) -> None:
    path = ensure_instance_yaml(tmp_path, {})
    assert path.read_text() == PROJECT_DAGSTER_YAML.read_text()
    ensure_instance_yaml(tmp_path, {"DAGSTER_PG_URL": "postgresql+psycopg2://x"})
    assert "postgres_url" in path.read_text()
    ensure_instance_yaml(tmp_path, {})
    assert path.read_text() == PROJECT_DAGSTER_YAML.read_text()
    path.write_text("telemetry:\n  enabled: false\n")
    ensure_instance_yaml(tmp_path, {"DAGSTER_PG_URL": "postgresql+psycopg2://x"})
    assert path.read_text() == "telemetry:\n  enabled: false\n"


def test_a_bare_postgresql_url_is_refused_with_the_driver_to_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ValueError, match="postgresql\\+psycopg2://"):
        instance_yaml({"DAGSTER_PG_URL": "postgresql://u@db/x"})
