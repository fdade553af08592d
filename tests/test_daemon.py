"""`dagster dev` with its daemon picks up a new seed through the sensor, by itself."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from pipelines.schemas import METRICS
from pipelines.storage import Warehouse
from tests.conftest import ROOT, SEED

pytestmark = pytest.mark.slow
STARTUP_TIMEOUT = 120
PICKUP_TIMEOUT = 240


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_http(url: str, deadline: float, proc: subprocess.Popen) -> None:
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"dagster dev exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(1)
    raise AssertionError(f"{url} did not answer in time")


def _doc_count(wh: Warehouse, doc_id: str) -> int:
    if not wh.root.exists():
        return 0
    try:
        with wh.connect() as con:
            n = con.execute("SELECT count(*) FROM metrics WHERE doc_id = ?", [doc_id]).fetchone()
            return int(n[0]) if n else 0
    except Exception:
        return 0


def test_daemon_processes_a_new_seed(tmp_path: Path) -> None:
    home, seeds, warehouse = tmp_path / "home", tmp_path / "seeds", tmp_path / "warehouse"
    home.mkdir()
    seeds.mkdir()
    shutil.copy(ROOT / "dagster.yaml", home / "dagster.yaml")
    port = _free_port()
    env = os.environ | {
        "DAGSTER_HOME": str(home),
        "SEEDS_DIR": str(seeds),
        "WAREHOUSE_DIR": str(warehouse),
        "SEEDS_SENSOR_INTERVAL": "5",
    }
    dagster = Path(sys.executable).with_name("dagster")
    log = (tmp_path / "dagster.log").open("w")
    proc = subprocess.Popen(
        [str(dagster), "dev", "-m", "pipelines.defs", "-h", "127.0.0.1", "-p", str(port)],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: signal the group, not just the parent
    )
    try:
        _wait_http(f"http://127.0.0.1:{port}/server_info", time.monotonic() + STARTUP_TIMEOUT, proc)
        shutil.copy(SEED, seeds / "dropped in.txt")  # a name with a space, on purpose
        wh = Warehouse(warehouse)
        deadline = time.monotonic() + PICKUP_TIMEOUT
        while time.monotonic() < deadline:
            doc_ids = wh.document_ids(METRICS) if warehouse.exists() else set()
            if doc_ids and _doc_count(wh, min(doc_ids)):
                break
            time.sleep(3)
        with wh.connect() as con:
            rows = con.execute("SELECT metric, value, qualifier FROM metrics").fetchall()
            docs = con.execute("SELECT source_path, status FROM documents").fetchall()
        assert ("enterprises_met", 300.0, "nearly") in rows, (tmp_path / "dagster.log").read_text()[-3000:]
        assert docs and docs[0][0].endswith("dropped in.txt") and docs[0][1] == "ok"
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        log.close()
