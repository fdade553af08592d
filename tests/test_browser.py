"""Browser tests in headless Chromium (Debian's `chromium`; `scripts/install_browser.sh` installs it).

1. `dagster dev` on 127.0.0.1: the asset graph shows every asset (GraphQL and the rendered DOM), a
   run of `process_documents` launched through the GraphQL API succeeds, the metrics read back
   through DuckDB are the seed's, and a screenshot of the graph is kept (artifacts/asset_graph.png).
2. A review page opened in Chromium: every metric, mention and date has a highlight whose rendered
   text is the row's text; screenshot kept (artifacts/review_page.png).

UPDATE_SCREENSHOTS=1 also copies the screenshots to docs/screenshots/ (the README shows them).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import multiprocessing
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipelines.defs import build_defs
from pipelines.review_sync import sync_reviews
from pipelines.runner import build_warehouse
from pipelines.storage import Warehouse
from tests.conftest import SEED
from tests.ui_helpers import (
    ROOT,
    DagsterServer,
    chromium_or_skip,
    dump_dom,
    free_port,
    parse_highlights,
    save_artifact,
    screenshot,
)

pytestmark = pytest.mark.slow

SEED_ID = SEED.stem
DAGSTER_YAML = """\
telemetry:
  enabled: false
run_coordinator:
  module: dagster.core.run_coordinator
  class: QueuedRunCoordinator
  config:
    max_concurrent_runs: 1
"""
LOCATION = "pipelines.defs"
REPOSITORY = "__repository__"


def _expected_assets() -> dict[str, str]:
    graph = build_defs().resolve_asset_graph()
    return {k.to_user_string(): graph.get(k).group_name for k in graph.get_all_asset_keys()}


def _stop(proc: subprocess.Popen) -> None:
    """Stop the whole process group of `dagster dev` (webserver, daemon, code servers, runs)."""
    if proc.poll() is not None:
        return
    for sig, wait in ((signal.SIGTERM, 20), (signal.SIGKILL, 10)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait)
            break
        except subprocess.TimeoutExpired:
            continue
    with contextlib.suppress(ProcessLookupError):  # children may outlive the leader
        os.killpg(proc.pid, signal.SIGKILL)


def _stop_sensors(server: DagsterServer) -> list[str]:
    """Stop the seeds sensor and the automation sensor, so the only runs are the test's own."""
    data = server.graphql(
        """query($sel: RepositorySelector!) { repositoryOrError(repositorySelector: $sel) {
             ... on Repository { sensors { name sensorState { id status } } } } }""",
        {"sel": {"repositoryLocationName": LOCATION, "repositoryName": REPOSITORY}},
    )
    stopped = []
    for sensor in data["repositoryOrError"]["sensors"]:
        if sensor["sensorState"]["status"] == "RUNNING":
            server.graphql(
                "mutation($id: String!) { stopSensor(id: $id) { __typename } }",
                {"id": sensor["sensorState"]["id"]},
            )
            stopped.append(sensor["name"])
    return stopped


def _launch(server: DagsterServer, job: str, tags: dict[str, str]) -> str:
    launched = server.graphql(
        """mutation($p: ExecutionParams!) { launchRun(executionParams: $p) {
             __typename ... on LaunchRunSuccess { run { runId } } ... on PythonError { message }
             ... on InvalidSubsetError { message }
             ... on RunConfigValidationInvalid { errors { message } } } }""",
        {
            "p": {
                "selector": {
                    "repositoryLocationName": LOCATION,
                    "repositoryName": REPOSITORY,
                    "jobName": job,
                },
                "executionMetadata": {"tags": [{"key": k, "value": v} for k, v in tags.items()]},
                # In-process: the default multiprocess executor starts a process per step (~35 with
                # the checks), minutes on 2 cores, and its parallel checks hit the first-run race
                # that test_first_connects_race pins.
                "runConfigData": {"execution": {"config": {"in_process": {}}}},
            }
        },
    )["launchRun"]
    assert launched["__typename"] == "LaunchRunSuccess", launched
    return launched["run"]["runId"]


def _wait_idle(server: DagsterServer, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        data = server.graphql(
            """{ runsOrError(filter: {statuses: [QUEUED, NOT_STARTED, STARTING, STARTED, CANCELING]}) {
                 ... on Runs { results { runId } } } }"""
        )
        if not data["runsOrError"]["results"]:
            return
        time.sleep(1)
    raise AssertionError("runs still in progress")


def _wait_run(server: DagsterServer, run_id: str, timeout: float = 240) -> str:
    deadline = time.monotonic() + timeout
    status = "?"
    while time.monotonic() < deadline:
        data = server.graphql(
            "query($id: ID!) { runOrError(runId: $id) { ... on Run { status } } }", {"id": run_id}
        )
        status = data["runOrError"]["status"]
        if status in ("SUCCESS", "FAILURE", "CANCELED"):
            return status
        time.sleep(1)
    raise AssertionError(f"run {run_id} still {status} after {timeout:.0f} s")


def _asset_names_in_dom(dom: str) -> list[str]:
    # Asset nodes render their key in a div whose CSS-module class starts with AssetNode_assetName.
    names = re.findall(r'class="AssetNode_assetName[^"]*"[^>]*>([^<]+)<', dom)
    return [n.strip() for n in names]


def _matches(shown: str, name: str) -> bool:
    """The graph shortens long names in the middle ("tempo…_expressions")."""
    if "…" not in shown:
        return shown == name
    head, tail = shown.split("…", 1)
    return name.startswith(head) and name.endswith(tail) and len(name) >= len(head) + len(tail)


def test_dagster_ui_graph_and_launch(tmp_path: Path) -> None:
    chromium_or_skip()
    home, seeds, warehouse = tmp_path / "dagster_home", tmp_path / "seeds", tmp_path / "warehouse"
    for d in (home, seeds, warehouse):
        d.mkdir()
    (home / "dagster.yaml").write_text(DAGSTER_YAML)
    port = free_port()
    env = os.environ | {
        "DAGSTER_HOME": str(home),
        "SEEDS_DIR": str(seeds),
        "WAREHOUSE_DIR": str(warehouse),
        "PYTHONPATH": str(ROOT),
    }
    log = (tmp_path / "dagster_dev.log").open("w")
    timings: dict[str, float] = {}
    t0 = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-m", "dagster", "dev", "-m", LOCATION, "-h", "127.0.0.1", "-p", str(port)],
        cwd=tmp_path,  # not ROOT: its dagster.yaml would be reported as misplaced
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    server = DagsterServer(port)
    try:
        server.wait_ready(proc, timeout=90)
        timings["serve"] = time.monotonic() - t0
        assert server.graphql("mutation { setNuxSeen }")["setNuxSeen"] is True
        assert set(_stop_sensors(server)) <= {"seeds_sensor", "crossdoc_automation"}
        _wait_idle(server)

        # Every asset of the code location, by GraphQL, with its group, kinds and owners.
        expected = _expected_assets()
        nodes = server.graphql(
            "{ assetNodes { assetKey { path } groupName kinds owners { ... on TeamAssetOwner { team } } } }"
        )["assetNodes"]
        by_name = {"/".join(n["assetKey"]["path"]): n for n in nodes}
        assert {k: n["groupName"] for k, n in by_name.items()} == expected
        for name, node in by_name.items():
            if name != "review_pages":
                assert {"duckdb", "parquet"} <= set(node["kinds"]), name
            assert node["owners"], name

        # A materialisation launched through the API: the seed's partition, job process_documents.
        (seeds / SEED.name).write_bytes(SEED.read_bytes())
        added = server.graphql(
            """mutation($sel: RepositorySelector!, $key: String!) {
                 addDynamicPartition(repositorySelector: $sel, partitionsDefName: "documents",
                                     partitionKey: $key) { __typename ... on PythonError { message } } }""",
            {"sel": {"repositoryLocationName": LOCATION, "repositoryName": REPOSITORY}, "key": SEED_ID},
        )["addDynamicPartition"]
        assert added["__typename"] == "AddDynamicPartitionSuccess", added
        t1 = time.monotonic()
        run_id = _launch(server, "process_documents", {"dagster/partition": SEED_ID})
        assert _wait_run(server, run_id) == "SUCCESS", (tmp_path / "dagster_dev.log").read_text()[-4000:]
        timings["run"] = time.monotonic() - t1
        crossdoc = _launch(server, "refresh_crossdoc", {})
        assert _wait_run(server, crossdoc) == "SUCCESS", (tmp_path / "dagster_dev.log").read_text()[-4000:]
        mat = server.graphql(
            """{ assetOrError(assetKey: {path: ["metrics"]}) { ... on Asset {
                 assetMaterializations(limit: 1) { runId partition } } } }"""
        )["assetOrError"]["assetMaterializations"]
        assert mat == [{"runId": run_id, "partition": SEED_ID}]
        _wait_idle(server)

        # The asset graph as a person sees it: every group expanded, every asset drawn.
        groups = sorted(set(expected.values()))
        url = f"{server.base}/asset-groups?expanded=" + ",".join(f"global@global:{g}" for g in groups)
        profile = tmp_path / "chromium"
        dom = dump_dom(url, profile)
        shown = _asset_names_in_dom(dom)
        missing = [n for n in expected if not any(_matches(s, n) for s in shown)]
        assert not missing, f"asset graph DOM lacks {missing}; shows {shown}"
        assert len(shown) == len(expected), shown
        png = screenshot(url, tmp_path / "asset_graph.png", profile)
        save_artifact(png, "asset_graph.png")
        timings["total"] = time.monotonic() - t0

        # What the run wrote, read through the DuckDB views.
        with Warehouse(warehouse).connect() as con:
            rows = con.execute(
                "SELECT metric, value, qualifier, unit, as_of, as_of_precision, since FROM metrics"
            ).fetchall()
            series = con.execute("SELECT metric FROM metric_timeseries").fetchall()
        assert ("enterprises_met", 300.0, "nearly", "enterprises", dt.date(2023, 12, 6), "day",
                dt.date(2022, 12, 1)) in rows  # fmt: skip
        assert ("partners", 30.0, "approx", "enterprises", dt.date(2023, 12, 6), "day", None) in rows
        assert ("computing_power", 3000.0, "exact", "PFLOPS", dt.date(2026, 1, 1), "year", None) in rows
        assert sum(1 for r in rows if r[1] == 100.0 and r[2] == "more_than") == 3
        assert ("enterprises_met",) in series
        print(f"dagster dev timings (s): {', '.join(f'{k}={v:.1f}' for k, v in timings.items())}")
    finally:
        _stop(proc)
        log.close()


def test_review_page_in_browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chromium_or_skip()
    monkeypatch.chdir(tmp_path)  # so source_path reads "seeds/<file>" on the page (and screenshot)
    seeds = Path("seeds")
    seeds.mkdir()
    (seeds / SEED.name).write_bytes(SEED.read_bytes())
    wh = Warehouse(tmp_path / "warehouse")
    build_warehouse(seeds, wh.root, max_bytes=1 << 24)
    (page,) = sync_reviews(wh, tmp_path / "review").written
    profile = tmp_path / "chromium"

    dom = dump_dom(page.as_uri(), profile, budget_ms=3000)
    assert 'data-ready="1"' in dom, "the page's inline script did not run"
    parsed = parse_highlights(dom)
    with wh.connect() as con:
        text = con.execute("SELECT text FROM documents").fetchone()[0]  # type: ignore[index]
        wanted = {
            "metrics": con.execute("SELECT char_start, char_end, quantity FROM metrics").fetchall(),
            "mentions": con.execute("SELECT char_start, char_end, text FROM mentions").fetchall(),
            "temporal_expressions": con.execute(
                "SELECT char_start, char_end, text FROM temporal_expressions"
            ).fetchall(),
        }
    assert parsed.text == text
    by_key = {h.key: h for h in parsed.highlights.values()}
    for table, rows in wanted.items():
        assert rows, table
        for start, end, written in rows:
            h = by_key.get((table, start, end))
            assert h is not None, f"no highlight for {table} [{start}, {end}) {written!r}"
            assert h.text == written, (table, start, end)
            assert h.attrs["data-label"] and h.attrs["title"]
    assert len(by_key) == sum(len(r) for r in wanted.values())

    # Screenshot with the hover box of the 'nearly 300' metric open (#tip-<id>).
    start, end, _ = next(r for r in wanted["metrics"] if r[2] == "nearly 300")
    ann = by_key[("metrics", start, end)].ann
    png = screenshot(f"{page.as_uri()}#tip-{ann}", tmp_path / "review_page.png", profile, size="1400,1400",
                     budget_ms=3000)  # fmt: skip
    save_artifact(png, "review_page.png")


def _connect_and_count(root: str, barrier, results) -> None:
    barrier.wait()
    try:
        with Warehouse(Path(root)).connect() as con:
            con.execute("SELECT count(*) FROM metrics").fetchone()
        results.put("ok")
    except Exception as err:  # the failure is the result
        results.put(f"{type(err).__name__}: {err}")


def test_first_connects_race(tmp_path: Path) -> None:
    """What the first run launched from the UI on a fresh warehouse does: several processes open
    the warehouse at once (asset checks run as parallel steps under the multiprocess executor)."""
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(4), ctx.Queue()
    procs = [ctx.Process(target=_connect_and_count, args=(str(tmp_path), barrier, results)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=60)
    outcomes = [results.get(timeout=5) for _ in procs]
    assert outcomes == ["ok"] * 4, outcomes
