"""Browser tests in headless Chromium (Debian's `chromium`; `scripts/install_browser.sh` installs it).

1. The user's path through `dagster dev` on 127.0.0.1, clicked through Playwright (PyPI
   `playwright` driving Debian's chromium by `executable_path`; it never downloads a browser): the
   asset lineage shows every asset, "Materialize all" and its partitions dialog launch a backfill,
   the backfill is followed to success, `metric_timeseries` shows its preview and chart,
   `documents` lists the folder's rejected file, and a review page shows a metric's row on hover.
   Screenshots kept in artifacts/: asset_graph.png, metric_timeseries_chart.png, review_page.png.
2. A review page opened in Chromium: every metric, mention and date has a highlight whose rendered
   text is the row's text.

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
    launch_browser,
    parse_highlights,
    playwright_or_skip,
    save_artifact,
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
    dequeue_interval_seconds: 1
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


def _matches(shown: str, name: str) -> bool:
    """The graph shortens long names in the middle ("tempo…_expressions")."""
    if "…" not in shown:
        return shown == name
    head, tail = shown.split("…", 1)
    return name.startswith(head) and name.endswith(tail) and len(name) >= len(head) + len(tail)


def _start_dagster(tmp_path: Path, seeds: Path, warehouse: Path) -> tuple[subprocess.Popen, DagsterServer]:
    home = tmp_path / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text(DAGSTER_YAML)
    port = free_port()
    env = os.environ | {
        "DAGSTER_HOME": str(home),
        "SEEDS_DIR": str(seeds),
        "WAREHOUSE_DIR": str(warehouse),
        "PYTHONPATH": str(ROOT),  # the runs import this checkout's pipelines
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "dagster", "dev", "-m", LOCATION, "-h", "127.0.0.1", "-p", str(port)],
        cwd=tmp_path,  # not ROOT: its dagster.yaml would be reported as misplaced
        env=env,
        stdout=(tmp_path / "dagster_dev.log").open("w"),
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    return proc, DagsterServer(port)


def _add_partitions(server: DagsterServer, keys: list[str]) -> None:
    """What the seeds sensor does for new files (the test stops it: the person clicks instead)."""
    for key in keys:
        added = server.graphql(
            """mutation($sel: RepositorySelector!, $key: String!) {
                 addDynamicPartition(repositorySelector: $sel, partitionsDefName: "documents",
                                     partitionKey: $key) { __typename ... on PythonError { message } } }""",
            {"sel": {"repositoryLocationName": LOCATION, "repositoryName": REPOSITORY}, "key": key},
        )["addDynamicPartition"]
        assert added["__typename"] == "AddDynamicPartitionSuccess", added


def _check_graphql_catalogue(server: DagsterServer, expected: dict[str, str]) -> None:
    """Every asset of the code location, by GraphQL, with its group, kinds and owners."""
    nodes = server.graphql(
        "{ assetNodes { assetKey { path } groupName kinds owners { ... on TeamAssetOwner { team } } } }"
    )["assetNodes"]
    by_name = {"/".join(n["assetKey"]["path"]): n for n in nodes}
    assert {k: n["groupName"] for k, n in by_name.items()} == expected
    for name, node in by_name.items():
        if name != "review_pages":
            assert {"duckdb", "parquet"} <= set(node["kinds"]), name
        assert node["owners"], name


def _shown_asset_names(page) -> list[str]:  # (playwright Page)
    # Asset nodes render their key in a div whose CSS-module class starts with AssetNode_assetName.
    return [n.strip() for n in page.locator('[class*="AssetNode_assetName"]').all_inner_texts()]


def test_user_path_through_the_dagster_ui(tmp_path: Path) -> None:
    """What a person does in the UI, clicked in Chromium through Playwright: the lineage, Materialize
    all, the partitions dialog, the backfill followed to success, the chart and preview of
    metric_timeseries, the rejected file listed on documents, and a review page's hover box.
    The README's screenshots are taken on the way."""
    sync_api = playwright_or_skip()
    seeds, warehouse = tmp_path / "seeds", tmp_path / "warehouse"
    seeds.mkdir()
    warehouse.mkdir()
    timings: dict[str, float] = {}
    t0 = time.monotonic()
    proc, server = _start_dagster(tmp_path, seeds, warehouse)
    try:
        server.wait_ready(proc, timeout=180)
        timings["serve"] = time.monotonic() - t0
        assert server.graphql("mutation { setNuxSeen }")["setNuxSeen"] is True  # no first-visit pop-up
        assert set(_stop_sensors(server)) <= {"seeds_sensor", "crossdoc_automation"}
        expected = _expected_assets()
        _check_graphql_catalogue(server, expected)
        # A folder with one good release and one file that will be rejected.
        (seeds / SEED.name).write_bytes(SEED.read_bytes())
        (seeds / "empty.txt").write_bytes(b"")
        _add_partitions(server, sorted([SEED_ID, "empty"]))

        with sync_api.sync_playwright() as pw:
            browser = launch_browser(pw)
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            page.set_default_timeout(60_000)

            # 1. The asset lineage, every group open.
            groups = sorted(set(expected.values()))
            lineage = f"{server.base}/asset-groups?expanded=" + ",".join(f"global@global:{g}" for g in groups)
            page.goto(lineage)
            materialize_all = page.get_by_role("button", name=re.compile("Materialize all"))
            materialize_all.wait_for()
            page.locator('[class*="AssetNode_assetName"]').nth(len(expected) - 1).wait_for()
            shown = _shown_asset_names(page)
            missing = [n for n in expected if not any(_matches(s, n) for s in shown)]
            assert not missing, f"the lineage lacks {missing}; shows {shown}"

            # 2. Materialize all -> the partitions dialog: pick All, launch the backfill.
            materialize_all.click()
            dialog = page.get_by_role("dialog")
            sync_api.expect(dialog).to_contain_text(f"materialize {len(expected)} assets")
            dialog.get_by_role("button", name="All", exact=True).click()
            sync_api.expect(dialog).to_contain_text("2 partitions")
            sync_api.expect(dialog).to_contain_text(SEED_ID)
            dialog.get_by_role("button", name="Launch backfill").click()
            t1 = time.monotonic()

            # 3. Follow it: the toast's View link opens the backfill, which ends Succeeded.
            toast = page.get_by_text(re.compile(r"Created backfill"))
            toast.wait_for()
            page.get_by_role("link", name="View").first.click()
            page.wait_for_url(re.compile(r"/runs/b/"))
            # Its table: one line per asset, "<asset> 100% completed"; the cross-document ones last.
            body = page.locator("body")

            def done(asset: str) -> re.Pattern:
                return re.compile(rf"\b{asset}\s+100% completed")

            sync_api.expect(body).to_contain_text(done("review_pages"), use_inner_text=True, timeout=300_000)
            sync_api.expect(body).to_contain_text(
                re.compile(r"\bStatus\s+Succeeded\b"), use_inner_text=True, timeout=120_000
            )
            timings["backfill"] = time.monotonic() - t1
            for asset in expected:
                sync_api.expect(body).to_contain_text(done(asset), use_inner_text=True)
            page.get_by_role("tab", name="Runs").click()  # the runs it launched, each a Success
            sync_api.expect(body).to_contain_text(re.compile(r"\bSuccess\b"), use_inner_text=True)
            assert "Failure" not in body.inner_text()

            # The lineage again, now materialised: the README's screenshot.
            page.goto(lineage)
            page.locator('[class*="AssetNode_assetName"]').nth(len(expected) - 1).wait_for()
            page.mouse.move(1, 999)  # no node under the pointer
            page.wait_for_load_state("networkidle")  # the nodes' status arrives after the graph
            page.wait_for_timeout(2500)  # and the graph fits itself to the window
            png = tmp_path / "asset_graph.png"
            page.screenshot(path=str(png))
            save_artifact(png, "asset_graph.png")

            # 4. metric_timeseries: its latest materialisation's preview and chart.
            page.goto(f"{server.base}/assets/metric_timeseries")
            page.get_by_role("tab", name="Events").click()
            preview = page.get_by_role("row").filter(has_text="preview").first
            sync_api.expect(preview).to_contain_text("enterprises_met")
            sync_api.expect(preview).to_contain_text("OASES")
            page.get_by_role("row").filter(has_text="chart").get_by_text("[Show Markdown]").click()
            chart = page.get_by_role("dialog")
            image = chart.locator('img[src^="data:image/svg+xml"]')
            sync_api.expect(image).to_be_visible()
            assert image.evaluate("img => img.complete && img.naturalWidth") > 300, "the chart did not draw"
            sync_api.expect(chart).to_contain_text("3,000 (exact)")
            page.wait_for_timeout(1000)  # the dialog fades in
            png = tmp_path / "metric_timeseries_chart.png"
            page.screenshot(path=str(png))
            save_artifact(png, "metric_timeseries_chart.png")
            chart.get_by_role("button", name="Close").click()

            # 5. documents: the rejected file of the folder, listed on the materialisation.
            page.goto(f"{server.base}/assets/documents")
            page.get_by_role("tab", name="Events").click()
            rejected = page.get_by_role("row").filter(has_text="rejected_files").first
            sync_api.expect(rejected).to_contain_text("empty.txt")
            sync_api.expect(rejected).to_contain_text(": empty")

            # 6. A review page: hover the 'nearly 300' metric, its row shows.
            review = warehouse / "review" / f"{SEED_ID}.html"
            assert review.exists(), sorted(p.name for p in (warehouse / "review").glob("*"))
            page.set_viewport_size({"width": 1400, "height": 1400})
            page.goto(review.as_uri())
            sync_api.expect(page.locator("body")).to_have_attribute("data-ready", "1")
            metric = page.locator('mark[data-table="metrics"]', has_text=re.compile(r"^nearly 300$"))
            metric.hover()
            tip = page.locator("#tip")
            sync_api.expect(tip).to_be_visible()
            sync_api.expect(tip).to_contain_text("metric: enterprises_met")
            sync_api.expect(tip).to_contain_text("qualifier: nearly")
            png = tmp_path / "review_page.png"
            page.screenshot(path=str(png))
            save_artifact(png, "review_page.png")
            browser.close()
        timings["total"] = time.monotonic() - t0

        # What the backfill wrote, read through the DuckDB views.
        with Warehouse(warehouse).connect() as con:
            rows = con.execute(
                "SELECT metric, value, qualifier, unit, as_of, as_of_precision, since FROM metrics"
            ).fetchall()
            series = con.execute("SELECT metric FROM metric_timeseries").fetchall()
            statuses = dict(con.execute("SELECT doc_id, status FROM documents").fetchall())
        assert ("enterprises_met", 300.0, "nearly", "enterprises", dt.date(2023, 12, 6), "day",
                dt.date(2022, 12, 1)) in rows  # fmt: skip
        assert ("computing_power", 3000.0, "exact", "PFLOPS", dt.date(2026, 1, 1), "year", None) in rows
        assert ("enterprises_met",) in series
        assert statuses == {SEED_ID: "ok", "empty": "rejected"}
        print(f"user path timings (s): {', '.join(f'{k}={v:.1f}' for k, v in timings.items())}")
    finally:
        _stop(proc)


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
