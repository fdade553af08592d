"""Freshness as a user sees it: with `dagster dev` (webserver + daemon) running, how long until a
file added to, changed in or removed from SEEDS_DIR shows in every DuckDB view.

For each corpus size: a generated corpus in `seeds/`, a warehouse and Dagster instance prebuilt by
`pipelines.materialize.materialize_all` (what `make run` does), then `dagster dev` started on
127.0.0.1 with a temporary DAGSTER_HOME, exactly as `make ui` starts it (the project's dagster.yaml,
sensors on by default). Once the instance is idle, the benchmark, from outside:

- **add**: writes a new release (a generated one, plus a probe paragraph: a council with a unique
  name that has received N applications) into the folder;
- **change**: rewrites an existing release with a new probe paragraph;
- **remove**: deletes one of the added releases;

and polls the views through a read-only DuckDB connection every 0.25 s until the document is there
at its new content hash (`documents`), its probe fact is in `metrics` and in `metric_timeseries`
(under the document's id) and the council is an entity (`entities`); for a removal, until the
document, its facts, its time-series entries and its council have left every view. The time is from
the file's appearance (an atomic rename into the folder) to the first poll that sees all of it.
Before each operation the benchmark waits until no run is queued or running, then a pause drawn
from a fixed random sequence, so drops fall at different points of the sensor's cycle.

    python -m benchmarks.freshness --sizes 10,10000 --repeats 5 [--workdir DIR] [--json FILE]

The 10,000-file prebuild takes two to six minutes; corpora are reused from --workdir, and with
--reuse the warehouse and instance a previous run left there (no prebuild).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.ui_helpers import DagsterServer, free_port

ROOT = Path(__file__).resolve().parents[1]
INDENT = "\u00a0" * 5
PROBE = "The {tag} Freshness Probe Council has received {value} applications so far."
ADD_TAGS = ("Amber", "Basalt", "Cobalt", "Dahlia", "Ember", "Fennel", "Garnet", "Hazel")
# A change writes a council that no earlier run wrote (--reuse keeps the files it changed).
CHANGE_TAGS = (
    "Kestrel", "Linden", "Marlin", "Nutmeg", "Onyx", "Pebble", "Quartz", "Russet", "Saffron",
    "Thistle", "Umber", "Violet", "Willow", "Yarrow", "Zephyr", "Acorn", "Bramble", "Cedar",
    "Dune", "Elder", "Flint", "Grove", "Heron", "Iris", "Juniper", "Kelp", "Larch", "Maple",
)  # fmt: skip
POLL_S = 0.25
TIMEOUT_S = 180.0
SETTLE_S = 20.0  # no run queued or running for this long: the instance is idle
TARGET_MEDIAN_S, TARGET_WORST_S = 15.0, 20.0
LOCATION, REPOSITORY = "pipelines.defs", "__repository__"
ACTIVE = "[QUEUED, NOT_STARTED, STARTING, STARTED, CANCELING]"

_T0 = time.perf_counter()


def log(msg: str) -> None:
    print(f"[freshness {time.perf_counter() - _T0:7.1f}s] {msg}", file=sys.stderr, flush=True)


# -- the corpus and the probe -----------------------------------------------------------------


def with_probe(original: bytes, tag: str, value: int) -> bytes:
    """The release with one more body paragraph before its footer: a new council and its count
    (a probe paragraph of an earlier change is dropped first)."""
    lines = original.decode("utf-8").split("\n")
    text = "\n".join(line for line in lines if "Freshness Probe Council" not in line)
    cut = text.rfind("\n\nEnds/")
    cut = cut if cut >= 0 else len(text.rstrip("\n"))
    probe = PROBE.format(tag=tag, value=value)
    return (text[:cut] + "\n" + INDENT + probe + text[cut:]).encode("utf-8")


def council(tag: str) -> str:
    return f"{tag} Freshness Probe Council"


@dataclass
class Corpus:
    seeds: list[Path]  # in the seeds folder from the start (the first n releases)
    spares: list[Path]  # good releases kept out of it, to be added


def prepare_corpus(folder: Path, n: int, spares: int) -> Corpus:
    """n releases plus `spares` good ones, generated once per folder (seed 0, 2 % broken files)."""
    from benchmarks.generate import generate_corpus

    gen = folder / "generated"
    truth = gen / "_truth.jsonl"
    total = n + 3 * spares + 10
    if not truth.exists() or len(truth.read_text(encoding="utf-8").splitlines()) != total:
        shutil.rmtree(gen, ignore_errors=True)
        log(f"n={n}: generating {total} releases ...")
        generate_corpus(gen, total)
    records = [json.loads(line) for line in truth.read_text(encoding="utf-8").splitlines() if line.strip()]
    first = [gen / r["name"] for r in records[:n]]
    rest = [gen / r["name"] for r in records[n:] if r["kind"] == "good"][:spares]
    good_first = [gen / r["name"] for r in records[:n] if r["kind"] == "good"]
    if len(rest) < spares or len(good_first) < spares:
        raise RuntimeError("not enough good releases in the generated corpus")
    return Corpus(first, rest)


# -- dagster dev ------------------------------------------------------------------------------


class Server(DagsterServer):
    """The tests' `dagster dev` client (GraphQL, readiness) plus what the benchmark polls."""

    def active_runs(self) -> int:
        query = f"{{ runsOrError(filter: {{statuses: {ACTIVE}}}) {{ ... on Runs {{ count }} }} }}"
        data = self.graphql(query)
        return int(data["runsOrError"]["count"])

    def run_count(self) -> int:
        return int(self.graphql("{ runsOrError { ... on Runs { count } } }")["runsOrError"]["count"])

    def failed_runs(self) -> int:
        data = self.graphql("{ runsOrError(filter: {statuses: [FAILURE]}) { ... on Runs { count } } }")
        return int(data["runsOrError"]["count"])

    def sensor_ticks(self, name: str, limit: int = 200) -> list[dict]:
        data = self.graphql(
            """query($s: SensorSelector!, $n: Int) { sensorOrError(sensorSelector: $s) {
                 ... on Sensor { sensorState { ticks(limit: $n) { status timestamp endTimestamp } } } } }""",
            {
                "s": {"repositoryLocationName": LOCATION, "repositoryName": REPOSITORY, "sensorName": name},
                "n": limit,
            },
        )
        return data["sensorOrError"]["sensorState"]["ticks"]

    def wait_idle(self, settle: float = SETTLE_S, timeout: float = 900) -> None:
        deadline = time.monotonic() + timeout
        quiet_since = time.monotonic()
        while time.monotonic() < deadline:
            if self.active_runs():
                quiet_since = time.monotonic()
            elif time.monotonic() - quiet_since >= settle:
                return
            time.sleep(1)
        raise RuntimeError("runs still queued or running")


def start_dagster(folder: Path, env: dict[str, str], port: int) -> subprocess.Popen:
    log_file = (folder / "dagster_dev.log").open("w")
    cmd = [sys.executable, "-m", "dagster", "dev", "-m", LOCATION, "-h", "127.0.0.1", "-p", str(port)]
    return subprocess.Popen(
        cmd,
        cwd=folder,
        env=env,
        stdout=log_file,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,  # signal the whole group: webserver, daemon, code servers, runs
    )


def stop(proc: subprocess.Popen) -> None:
    for sig, wait in ((signal.SIGTERM, 30), (signal.SIGKILL, 10)):
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout=wait)
            break
        except subprocess.TimeoutExpired:
            continue
    with suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)


# -- what the views show ----------------------------------------------------------------------


@dataclass
class Expect:
    doc_id: str
    present: bool
    sha256: str = ""
    tag: str = ""
    value: int = 0


SERIES_OF = "SELECT count(*) FROM metric_timeseries WHERE list_contains(doc_ids, ?)"


def views_show(db: Path, e: Expect) -> bool:
    """True when every view shows the expected state of the document (read-only connection)."""
    import duckdb

    try:
        con = duckdb.connect(str(db), read_only=True)
        # The views' globs are relative to the warehouse folder (README "Querying").
        con.execute("SET file_search_path = ?", [str(db.parent)])
    except duckdb.Error:
        return False
    try:
        one = lambda sql, *args: con.execute(sql, list(args)).fetchone()[0]  # noqa: E731
        if not e.present:
            return (
                one("SELECT count(*) FROM documents WHERE doc_id = ?", e.doc_id) == 0
                and one("SELECT count(*) FROM metrics WHERE doc_id = ?", e.doc_id) == 0
                and one(SERIES_OF, e.doc_id) == 0
                and one("SELECT count(*) FROM entities WHERE name = ?", council(e.tag)) == 0
            )
        return (
            one("SELECT count(*) FROM documents WHERE doc_id = ? AND content_sha256 = ?", e.doc_id, e.sha256)
            == 1
            and one("SELECT count(*) FROM metrics WHERE doc_id = ? AND value = ?", e.doc_id, e.value) > 0
            and one(
                "SELECT count(*) FROM metric_timeseries WHERE list_contains(doc_ids, ?) AND value = ?",
                e.doc_id,
                e.value,
            )
            > 0
            and one("SELECT count(*) FROM entities WHERE name = ?", council(e.tag)) == 1
        )
    except duckdb.Error:
        return False  # a view over files being replaced, or a database being created: poll again
    finally:
        con.close()


def wait_visible(db: Path, e: Expect, t0: float, timeout: float = TIMEOUT_S) -> float:
    while time.monotonic() - t0 < timeout:
        if views_show(db, e):
            return time.monotonic() - t0
        time.sleep(POLL_S)
    raise RuntimeError(f"{e} not in the views after {timeout:.0f} s")


def place(path: Path, data: bytes) -> float:
    """Write the file under a hidden name and rename it into place: it appears whole, at once."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return time.monotonic()


# -- one size ---------------------------------------------------------------------------------


@dataclass
class SizeResult:
    n: int
    times: dict[str, list[float]] = field(default_factory=dict)
    runs: dict[str, list[int]] = field(default_factory=dict)
    load: dict[str, list[float]] = field(default_factory=dict)  # 1-minute load average after each
    tick_s: list[float] = field(default_factory=list)
    failed_runs: int = 0
    prebuild_s: float = 0.0

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {"n": self.n, "prebuild_s": round(self.prebuild_s, 1)}
        for op, values in self.times.items():
            out[op] = {
                "median_s": round(statistics.median(values), 2),
                "worst_s": round(max(values), 2),
                "all_s": [round(v, 2) for v in values],
                "runs_launched": self.runs.get(op, []),
                "load_avg_1min": self.load.get(op, []),
            }
        if self.tick_s:
            out["sensor_tick_median_s"] = round(statistics.median(self.tick_s), 3)
            out["sensor_tick_max_s"] = round(max(self.tick_s), 3)
        out["failed_runs"] = self.failed_runs
        return out


def doc_id_of(path: Path) -> str:
    from pipelines.process import doc_id_for

    return doc_id_for(path)


def bench_size(
    n: int, repeats: int, workdir: Path, env_extra: dict[str, str], *, reuse: bool = False
) -> SizeResult:
    folder = workdir / f"n{n}"
    folder.mkdir(parents=True, exist_ok=True)
    corpus = prepare_corpus(folder, n, repeats)
    seeds, warehouse, home = folder / "seeds", folder / "warehouse", folder / "home"
    env = os.environ | {
        "DAGSTER_HOME": str(home),
        "SEEDS_DIR": str(seeds),
        "WAREHOUSE_DIR": str(warehouse),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        **env_extra,
    }
    result = SizeResult(n)
    if reuse and (warehouse / "warehouse.duckdb").exists() and (home / "dagster.yaml").exists():
        log(f"n={n}: reusing the warehouse and instance of a previous run in {folder}")
    else:
        for d in (seeds, warehouse, home):
            shutil.rmtree(d, ignore_errors=True)
            d.mkdir()
        for src in corpus.seeds:
            shutil.copyfile(src, seeds / src.name)
        shutil.copyfile(ROOT / "dagster.yaml", home / "dagster.yaml")
        log(f"n={n}: prebuilding the warehouse and the instance (materialize_all, as `make run`) ...")
        t = time.monotonic()
        code = (
            "from pipelines.materialize import instance_from_env, materialize_all as m; "
            "m(instance_from_env())"
        )
        with (folder / "prebuild.log").open("w") as out:
            subprocess.run(
                [sys.executable, "-c", code], env=env, cwd=folder, stdout=out, stderr=out, check=True
            )
        result.prebuild_s = time.monotonic() - t
        log(f"n={n}: prebuilt in {result.prebuild_s:.1f} s")
    log(f"n={n}: starting dagster dev ...")

    port = free_port()
    proc = start_dagster(folder, env, port)
    server = Server(port)
    db = warehouse / "warehouse.duckdb"
    rng = random.Random(n)
    interval = float(env.get("SEEDS_SENSOR_INTERVAL", "0") or 0) or _default_interval()
    try:
        server.wait_ready(proc, timeout=180)
        log(f"n={n}: serving; waiting until idle (the sensor's first look at {n} files) ...")
        server.wait_idle()
        runs_before = server.run_count()
        started = time.time()

        def measure(op: str, i: int, act: Callable[[], tuple[float, Expect]]) -> None:
            server.wait_idle(settle=3)
            time.sleep(rng.uniform(0, interval))
            before = server.run_count()
            t0, expect = act()
            seconds = wait_visible(db, expect, t0)
            server.wait_idle(settle=3)
            launched = server.run_count() - before
            result.times.setdefault(op, []).append(seconds)
            result.runs.setdefault(op, []).append(launched)
            load = round(os.getloadavg()[0], 1)
            result.load.setdefault(op, []).append(load)
            log(f"n={n}: {op} {i + 1}/{repeats}: {seconds:.2f} s ({launched} runs, load {load})")

        added: list[tuple[Path, str]] = []
        for i in range(repeats):
            src, tag, value = corpus.spares[i], ADD_TAGS[i], 5000 + i

            def add(src: Path = src, tag: str = tag, value: int = value) -> tuple[float, Expect]:
                data = with_probe(src.read_bytes(), tag, value)
                path = seeds / f"fresh-{src.name}"
                added.append((path, tag))
                t0 = place(path, data)
                return t0, Expect(doc_id_of(path), True, hashlib.sha256(data).hexdigest(), tag, value)

            measure("add", i, add)
        goods = [p for p in sorted(seeds.iterdir()) if not p.name.startswith("fresh-")]
        goods = [p for p in goods if _is_good(p)][:repeats]
        change_tags = random.Random(time.time_ns()).sample(CHANGE_TAGS, len(goods))
        for i, path in enumerate(goods):
            tag, value = change_tags[i], 6000 + i + 10 * CHANGE_TAGS.index(change_tags[i])

            def change(path: Path = path, tag: str = tag, value: int = value) -> tuple[float, Expect]:
                data = with_probe(path.read_bytes(), tag, value)
                t0 = place(path, data)
                return t0, Expect(doc_id_of(path), True, hashlib.sha256(data).hexdigest(), tag, value)

            measure("change", i, change)
        for i, (path, tag) in enumerate(added):

            def remove(path: Path = path, tag: str = tag) -> tuple[float, Expect]:
                path.unlink()
                return time.monotonic(), Expect(doc_id_of(path), False, tag=tag)

            measure("remove", i, remove)
        ticks = server.sensor_ticks("seeds_sensor")
        result.tick_s = [
            t["endTimestamp"] - t["timestamp"]
            for t in ticks
            if t.get("endTimestamp") and t["timestamp"] >= started
        ]
        result.failed_runs = server.failed_runs()
        log(f"n={n}: {server.run_count() - runs_before} runs while measuring, {result.failed_runs} failed")
    finally:
        stop(proc)
    return result


def _is_good(path: Path) -> bool:
    try:
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return "\n\nEnds/" in text and len(text) > 500


def _default_interval() -> float:
    from pipelines.defs.sensors import SENSOR_INTERVAL_S

    return float(SENSOR_INTERVAL_S)


# -- report -----------------------------------------------------------------------------------


def render(summaries: Sequence[dict[str, Any]]) -> str:
    lines = [
        "Freshness: a file added, changed or removed -> every view (s, from outside, dagster dev running)",
        "load: the machine's median 1-minute load average at the end of the operations (2 cores)",
        f"target: median <= {TARGET_MEDIAN_S:.0f} s, worst <= {TARGET_WORST_S:.0f} s",
        "",
        f"{'seeds':>7}  {'op':<7} {'median':>7} {'worst':>7}  {'all':<34} {'runs/op':<10} {'load':<5} met",
    ]
    for s in summaries:
        for op in ("add", "change", "remove"):
            if op not in s:
                continue
            r = s[op]
            met = r["median_s"] <= TARGET_MEDIAN_S and r["worst_s"] <= TARGET_WORST_S
            runs = ",".join(str(x) for x in r["runs_launched"])
            all_s = ", ".join(f"{v:.1f}" for v in r["all_s"])
            load = statistics.median(r["load_avg_1min"]) if r["load_avg_1min"] else float("nan")
            lines.append(
                f"{s['n']:>7}  {op:<7} {r['median_s']:>7.2f} {r['worst_s']:>7.2f}  {all_s:<34} {runs:<10} "
                f"{load:<5.1f} {'yes' if met else 'NO'}"
            )
        if "sensor_tick_median_s" in s:
            lines.append(
                f"{'':>7}  seeds sensor tick: median {s['sensor_tick_median_s']:.3f} s, "
                f"max {s['sensor_tick_max_s']:.3f} s; failed runs: {s['failed_runs']}; "
                f"prebuild {s['prebuild_s']:.0f} s"
            )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="10,10000", help="seeds in the folder, comma-separated")
    parser.add_argument("--repeats", type=int, default=5, help="operations of each kind per size")
    parser.add_argument("--workdir", type=Path, help="corpora and instances (default: a temp dir, removed)")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="keep the warehouse and instance a previous run left in --workdir (no prebuild)",
    )
    parser.add_argument(
        "--env", action="append", default=[], metavar="NAME=VALUE", help="extra environment for dagster dev"
    )
    args = parser.parse_args(argv)
    if args.repeats > len(ADD_TAGS):
        parser.error(f"--repeats at most {len(ADD_TAGS)}")
    env_extra = dict(item.split("=", 1) for item in args.env)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="freshness-"))
    summaries = []
    try:
        for n in (int(s) for s in args.sizes.split(",") if s.strip()):
            summaries.append(bench_size(n, args.repeats, workdir, env_extra, reuse=args.reuse).summary())
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    report = render(summaries)
    print(report)
    if args.json:
        meta = {"load_avg": os.getloadavg(), "git_head": _git_head()}
        args.json.write_text(json.dumps({"meta": meta, "sizes": summaries}, indent=2))
    return 0


def _git_head() -> str:
    with suppress(OSError, subprocess.CalledProcessError):
        cmd = ["git", "rev-parse", "--short", "HEAD"]
        out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True)
        return out.stdout.strip()
    return ""


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop dagster dev on the way out
    sys.exit(main())
