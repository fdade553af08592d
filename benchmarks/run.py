"""`make bench`: speed, memory and freshness of the pipeline on generated corpora.

    python -m benchmarks.run [--sizes 1000,10000] [--repeats 3] [--baseline-docs 500]
                             [--query-size 100000] [--json out.json] [--workdir DIR]

For each corpus size (generated with `benchmarks.generate`, seed 0) it measures, each build in a
fresh subprocess (so wall time, CPU and peak memory belong to that build alone):

- the full build through Dagster (`materialize_all` with a fresh DAGSTER_HOME);
- the extraction library alone (`runner.build_warehouse`, no Dagster);
- the pure per-document functions of `pipelines.process` (no I/O, one core);
- spaCy `en_core_web_sm` NER alone (`baseline_tables`, 2 processes) on the first files;
- one changed file reaching the DuckDB views (`materialize_documents` + a DuckDB check);
- five typical queries over the views (`benchmarks.queries`).

Progress goes to stderr; the table (with the targets and PASS/FAIL) to stdout; `--json` writes
every figure. See benchmarks/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEED = 0
MAX_SEED_BYTES = 20 * 1024 * 1024
QUERY_RUNS = 5
CHANGE_SENTENCE = "A total of {value} guests attended."
CHANGE_VALUE = 123
INDENT = "\u00a0" * 5
SAMPLE_EVERY = 0.2  # seconds between samples of the process tree's memory
MIB = 1024 * 1024
GIB = 1024 * MIB

# Targets of the issue (2-core machine).
TARGET_SIZE = 10_000
TARGET_DOCS_PER_S = 100.0
TARGET_VS_BASELINE = 3.0
TARGET_PEAK_MIB = 1.5 * 1024
TARGET_CHANGE_S = 10.0
TARGET_QUERY_MS = 100.0
TARGET_QUERY_MS_LARGE = 1000.0
TARGET_SCALING = 1.15
MEMORY_NOISE_MIB = 64.0  # allocator and sampling noise allowed in the memory-growth target

_T0 = time.perf_counter()


def log(msg: str) -> None:
    print(f"[bench {time.perf_counter() - _T0:7.1f}s] {msg}", file=sys.stderr, flush=True)


def log_done(n: int, r: dict[str, Any], docs: int) -> None:
    secs = r["build_s"]
    log(f"n={n}:   {secs:.1f} s, {docs / secs:.1f} docs/s, peak {r['maxrss_mib']:.0f} MiB (maxrss)")


# =========================================================================== workers
# Each worker runs in its own interpreter (`python -m benchmarks.run _worker KIND PARAMS.json`),
# writes its result as JSON to params["out"] and exits.


def _imported(t0: float) -> dict[str, float]:
    return {"import_s": time.perf_counter() - t0}


def _self_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _resource(p: dict[str, Any]):
    from pipelines.defs.resources import WarehouseResource

    return WarehouseResource(
        seeds_dir=p["seeds"], warehouse_dir=p["warehouse"], max_seed_bytes=p["max_bytes"]
    )


def _run_seconds(instance: Any, results: Sequence[Any]) -> float:
    """Sum of the Dagster runs' own durations (start to end as the instance recorded them)."""
    total = 0.0
    for r in results:
        stats = instance.get_run_stats(r.run_id)
        if stats.start_time and stats.end_time:
            total += stats.end_time - stats.start_time
    return total


def _warehouse_counts(warehouse: str) -> dict[str, int]:
    from pipelines.storage import Warehouse

    with Warehouse(Path(warehouse)).connect() as con:
        return {
            t: int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0])  # type: ignore[index]
            for t in ("documents", "sentences", "people", "metrics", "metric_timeseries")
        }


def worker_dagster_build(p: dict[str, Any]) -> dict[str, Any]:
    t0 = time.perf_counter()
    import logging

    import dagster as dg

    from pipelines.materialize import materialize_all

    out = _imported(t0)
    logging.getLogger("dagster").setLevel(logging.WARNING)  # as `pipelines run` does
    instance = dg.DagsterInstance.get()
    t = time.perf_counter()
    results = materialize_all(instance, _resource(p))
    out["build_s"] = time.perf_counter() - t
    out["success"] = all(r.success for r in results)
    out["n_runs"] = len(results)
    out["run_s"] = _run_seconds(instance, results)
    out["self_rss_mib"] = _self_rss_mib()
    out["rows"] = _warehouse_counts(p["warehouse"])
    return out


def worker_dagster_change(p: dict[str, Any]) -> dict[str, Any]:
    t0 = time.perf_counter()
    import logging

    import dagster as dg

    from pipelines.materialize import materialize_documents
    from pipelines.storage import Warehouse

    out = _imported(t0)
    logging.getLogger("dagster").setLevel(logging.WARNING)
    instance = dg.DagsterInstance.get()
    t = time.perf_counter()
    results = materialize_documents(instance, [p["doc_id"]], _resource(p))
    out["change_s"] = time.perf_counter() - t
    out["success"] = all(r.success for r in results)
    out["n_runs"] = len(results)
    out["run_s"] = _run_seconds(instance, results)
    with Warehouse(Path(p["warehouse"])).connect() as con:
        out["visible_rows"] = con.execute(
            "SELECT count(*) FROM metrics WHERE doc_id = ? AND value = ? AND sentence LIKE 'A total of%'",
            [p["doc_id"], float(p["value"])],
        ).fetchone()[0]  # type: ignore[index]
        # The timeseries keeps one value per (metric, subject, as_of): the new fact's key must list
        # the changed document (its value may be another statement's of the same key).
        out["in_timeseries"] = con.execute(
            "SELECT count(*) FROM metric_timeseries t JOIN metrics m ON t.metric = m.metric"
            " AND t.subject IS NOT DISTINCT FROM m.subject AND t.as_of IS NOT DISTINCT FROM m.as_of"
            " WHERE m.doc_id = ? AND m.value = ? AND m.sentence LIKE 'A total of%'"
            " AND list_contains(t.doc_ids, m.doc_id)",
            [p["doc_id"], float(p["value"])],
        ).fetchone()[0]  # type: ignore[index]
    out["visible"] = out["visible_rows"] > 0
    out["self_rss_mib"] = _self_rss_mib()
    return out


def worker_runner_build(p: dict[str, Any]) -> dict[str, Any]:
    t0 = time.perf_counter()
    from pipelines.runner import build_warehouse

    out = _imported(t0)
    t = time.perf_counter()
    counts = build_warehouse(Path(p["seeds"]), Path(p["warehouse"]), max_bytes=p["max_bytes"])
    out["build_s"] = time.perf_counter() - t
    out["success"] = counts.get("documents", 0) == p["n"]
    out["rows"] = counts
    out["self_rss_mib"] = _self_rss_mib()
    return out


def _chain(process: Any) -> Callable[[tuple[str, str, bytes], dict[str, float]], None]:
    """One document through the pure functions, timing each; adapts to metric_rows' arity."""
    import inspect

    n_metric_args = len(inspect.signature(process.metric_rows).parameters)

    def one(item: tuple[str, str, bytes], acc: dict[str, float]) -> None:
        doc_id, source, data = item
        t = time.perf_counter()
        doc = process.document_row(doc_id, source, data, max_bytes=MAX_SEED_BYTES)
        t1 = time.perf_counter()
        acc["document_row"] += t1 - t
        if doc["status"] == "rejected" or not doc.get("text"):
            return
        _, sentences = process.section_rows(doc)
        t2 = time.perf_counter()
        acc["section_rows"] += t2 - t1
        mentions, _, orgs = process.entity_rows(doc, sentences)
        t3 = time.perf_counter()
        acc["entity_rows"] += t3 - t2
        temporal = process.temporal_rows(doc, sentences)
        t4 = time.perf_counter()
        acc["temporal_rows"] += t4 - t3
        process.metric_rows(*(doc, sentences, mentions, orgs, temporal)[:n_metric_args])
        acc["metric_rows"] += time.perf_counter() - t4

    return one


def worker_pure(p: dict[str, Any]) -> dict[str, Any]:
    t0 = time.perf_counter()
    from pipelines import process
    from pipelines.stages import list_seeds

    out = _imported(t0)
    seeds = list_seeds(Path(p["seeds"]))[: p["limit"]]
    items = [(s.doc_id, str(s.path), s.path.read_bytes()) for s in seeds]  # I/O before the clock
    one = _chain(process)
    acc = dict.fromkeys(("document_row", "section_rows", "entity_rows", "temporal_rows", "metric_rows"), 0.0)
    one(items[0], dict(acc))  # warm-up: lazy imports and caches (spaCy sentencizer...)
    t = time.perf_counter()
    for item in items:
        one(item, acc)
    out["total_s"] = time.perf_counter() - t
    out["n"] = len(items)
    out["stages_s"] = acc
    out["success"] = True
    if p.get("profile"):
        import cProfile
        import io
        import pstats

        prof = cProfile.Profile()
        scratch = dict(acc)
        prof.enable()
        for item in items:
            one(item, scratch)
        prof.disable()
        buf = io.StringIO()
        stats = pstats.Stats(prof, stream=buf).sort_stats("tottime")
        stats.print_stats(25)
        stats.sort_stats("cumulative").print_stats(40)
        Path(p["profile"]).write_text(buf.getvalue())
        top = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)[:8]  # type: ignore[attr-defined]
        out["profile_top"] = [
            {"function": f"{Path(f).name}:{line}({name})", "tottime_s": round(v[2], 3)}
            for (f, line, name), v in top
        ]
    out["self_rss_mib"] = _self_rss_mib()
    return out


def worker_baseline(p: dict[str, Any]) -> dict[str, Any]:
    t0 = time.perf_counter()
    from pipelines.evaluation.baseline import baseline_tables, load_baseline_model

    out = _imported(t0)
    t = time.perf_counter()
    load_baseline_model()  # first load (cold caches); baseline_tables loads it again, warm
    out["model_load_s"] = time.perf_counter() - t
    paths = [Path(x) for x in p["paths"]]
    t = time.perf_counter()
    tables = baseline_tables(paths, n_process=p["n_process"])
    out["build_s"] = time.perf_counter() - t
    out["rows"] = {k: len(v) for k, v in tables.items()}
    out["success"] = len(tables["documents"]) == len(paths)
    out["self_rss_mib"] = _self_rss_mib()
    return out


WORKERS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "dagster_build": worker_dagster_build,
    "dagster_change": worker_dagster_change,
    "runner_build": worker_runner_build,
    "pure": worker_pure,
    "baseline": worker_baseline,
}


def worker_main(kind: str, params_file: str) -> int:
    p = json.loads(Path(params_file).read_text())
    result = WORKERS[kind](p)
    Path(p["out"]).write_text(json.dumps(result, default=str))
    return 0


# =========================================================================== measuring a child


def _children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat[stat.rfind(b")") + 2 :].split()
        kids.setdefault(int(fields[1]), []).append(int(entry.name))
    return kids


def _pss_kib(pid: int) -> int:
    """Proportional set size (shared pages split between sharers), else the resident size."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    except (OSError, ValueError, IndexError):
        return 0


class TreeSampler(threading.Thread):
    """Samples the summed PSS of a process and all its descendants; keeps the peak."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak_kib = 0
        self.max_procs = 1
        self._stop_event = threading.Event()
        self.available = Path("/proc/self/stat").exists()

    def run(self) -> None:
        while self.available and not self._stop_event.is_set():
            kids = _children_map()
            tree, todo = [], [self.pid]
            while todo:
                pid = todo.pop()
                tree.append(pid)
                todo.extend(kids.get(pid, []))
            self.peak_kib = max(self.peak_kib, sum(_pss_kib(pid) for pid in tree))
            self.max_procs = max(self.max_procs, len(tree))
            self._stop_event.wait(SAMPLE_EVERY)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


class WorkerFailed(RuntimeError):
    pass


def spawn(kind: str, params: dict[str, Any], *, env: dict[str, str] | None = None, logs: Path) -> dict:
    """Run one worker in a fresh interpreter; add its wall time and peak memory to its result.

    `maxrss_mib` is the kernel's peak resident set of the child or of any descendant it waited for
    (wait4's rusage); `tree_peak_mib` is the peak of the summed PSS of the whole process tree,
    sampled every SAMPLE_EVERY seconds (what the build needs in RAM with worker processes)."""
    logs.mkdir(parents=True, exist_ok=True)
    stamp = f"{kind}-{time.time_ns()}"
    out = logs / f"{stamp}.json"
    log_path = logs / f"{stamp}.log"
    params_file = logs / f"{stamp}.params.json"  # a file: argv strings are limited to 128 KiB
    params_file.write_text(json.dumps(dict(params, out=str(out))))
    cmd = [sys.executable, "-m", "benchmarks.run", "_worker", kind, str(params_file)]
    full_env = dict(os.environ)
    full_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), full_env.get("PYTHONPATH")]))
    full_env.update(env or {})
    with open(log_path, "wb") as log_file:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=full_env, stdout=log_file, stderr=subprocess.STDOUT)
        sampler = TreeSampler(proc.pid)
        sampler.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        except BaseException:
            proc.kill()
            proc.wait()
            raise
        finally:
            sampler.stop()
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0 or not out.exists():
        tail = log_path.read_text(errors="replace")[-3000:]
        raise WorkerFailed(f"{kind} worker exited with {proc.returncode}; log {log_path}:\n{tail}")
    result = json.loads(out.read_text())
    result.update(
        wall_s=wall,
        maxrss_mib=usage.ru_maxrss / 1024,
        tree_peak_mib=sampler.peak_kib / 1024,
        cpu_s=usage.ru_utime + usage.ru_stime,
        max_procs=sampler.max_procs,
        load_1m=os.getloadavg()[0],
        log=str(log_path),
    )
    if not result.get("success", True):
        raise WorkerFailed(f"{kind} worker reported failure; log {log_path}: {result}")
    return result


# =========================================================================== corpus and helpers


def prepare_corpus(folder: Path, n: int) -> dict[str, Any]:
    """Generate (or reuse) the corpus of n files, seed SEED, in folder/seeds; truth beside it."""
    from benchmarks.generate import TRUTH_FILE, generate_corpus

    seeds = folder / "seeds"
    marker = folder / "corpus.json"
    truth = folder / TRUTH_FILE
    same = marker.exists() and json.loads(marker.read_text()) == {"n": n, "seed": SEED}
    if same and len([e for e in os.scandir(seeds) if not e.name.startswith(".")]) == n:
        log(f"n={n}: reusing corpus in {seeds}")
        return _corpus_info(seeds, truth, n, reused=True)
    shutil.rmtree(folder, ignore_errors=True)
    t = time.perf_counter()
    generate_corpus(seeds, n, SEED)
    (seeds / TRUTH_FILE).replace(truth)  # every visible file in SEEDS_DIR is a seed
    marker.write_text(json.dumps({"n": n, "seed": SEED}))
    log(f"n={n}: generated corpus in {time.perf_counter() - t:.1f}s -> {seeds}")
    return _corpus_info(seeds, truth, n, reused=False)


def _corpus_info(seeds: Path, truth: Path, n: int, *, reused: bool) -> dict[str, Any]:
    kinds: dict[str, int] = {}
    for line in truth.read_text(encoding="utf-8").splitlines():
        if line.strip():
            kind = json.loads(line)["kind"]
            kinds[kind] = kinds.get(kind, 0) + 1
    size = sum(e.stat().st_size for e in os.scandir(seeds))
    return {
        "n": n,
        "seeds": str(seeds),
        "truth": str(truth),
        "kinds": kinds,
        "mib": size / MIB,
        "reused": reused,
    }


def pick_change_target(corpus: dict[str, Any]) -> tuple[str, Path]:
    """The first good (plain UTF-8, dated) release: its doc_id and path."""
    from pipelines.process import doc_id_for

    for line in Path(corpus["truth"]).read_text(encoding="utf-8").splitlines():
        rec = json.loads(line) if line.strip() else None
        if rec and rec["kind"] == "good":
            path = Path(corpus["seeds"]) / rec["name"]
            return doc_id_for(path), path
    raise RuntimeError("no good release in the corpus to change")


def changed_text(original: bytes, value: int) -> bytes:
    """The release with one more body paragraph stating a new counted fact, before its footer."""
    text = original.decode("utf-8")
    cut = text.rfind("\n\nEnds/")
    cut = cut if cut >= 0 else len(text.rstrip("\n"))
    return (text[:cut] + "\n" + INDENT + CHANGE_SENTENCE.format(value=value) + text[cut:]).encode("utf-8")


def dagster_home(folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    # The project's instance settings, as `make run` and `make ui` use them.
    shutil.copyfile(ROOT / "dagster.yaml", folder / "dagster.yaml")
    return folder


def output_size(warehouse: Path) -> dict[str, float]:
    """On-disk MiB of the warehouse, and the uncompressed (Arrow) MiB of its published tables."""
    import pyarrow.parquet as pq

    disk = sum(p.stat().st_size for p in warehouse.rglob("*") if p.is_file())
    raw = 0
    for f in (warehouse / "_published").rglob("*.parquet"):
        md = pq.read_metadata(f)
        raw += sum(md.row_group(i).total_byte_size for i in range(md.num_row_groups))
    return {"disk_mib": disk / MIB, "published_uncompressed_mib": raw / MIB}


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def summarise(runs: list[dict[str, Any]], key: str, n_docs: int) -> dict[str, Any]:
    """Median of `key` over runs, docs/s from it, and the peak memory (max over runs)."""
    secs = median([r[key] for r in runs])
    return {
        "runs": len(runs),
        "seconds": secs,
        "seconds_all": [round(r[key], 3) for r in runs],
        "docs": n_docs,
        "docs_per_s": n_docs / secs if secs > 0 else None,
        "process_wall_s": median([r["wall_s"] for r in runs]),
        "import_s": median([r.get("import_s", 0.0) for r in runs]),
        "cpu_s": median([r["cpu_s"] for r in runs]),
        "maxrss_mib": max(r["maxrss_mib"] for r in runs),
        "tree_peak_mib": max(r["tree_peak_mib"] for r in runs),
        "peak_mib": max(max(r["maxrss_mib"], r["tree_peak_mib"]) for r in runs),
        "max_procs": max(r["max_procs"] for r in runs),
        "load_1m_max": max(r["load_1m"] for r in runs),
    }


def time_queries(warehouse: Path, runs: int = QUERY_RUNS) -> dict[str, Any]:
    """Each query: one warm-up, then `runs` timed executions, each in a fresh read-only connection
    (as `pipelines sql` opens one per command); the clock covers execute + fetch of every row."""
    from benchmarks import queries
    from pipelines.storage import Warehouse

    wh = Warehouse(warehouse)
    with wh.connect() as con:  # creates the views if needed; not timed
        params = queries.parameters(con)
    out: dict[str, Any] = {"params": params, "queries": {}}
    connects = []
    for name in queries.QUERIES:
        sql = queries.render(name, params)
        times, n_rows = [], 0
        for i in range(runs + 1):
            t = time.perf_counter()
            con = wh.connect(read_only=True)
            t1 = time.perf_counter()
            try:
                n_rows = len(con.execute(sql).fetchall())
            finally:
                con.close()
            if i:  # the first run is the warm-up
                times.append((time.perf_counter() - t1) * 1000)
                connects.append((t1 - t) * 1000)
        out["queries"][name] = {"ms": median(times), "ms_all": [round(x, 2) for x in times], "rows": n_rows}
    out["connect_ms"] = median(connects)
    out["max_ms"] = max(q["ms"] for q in out["queries"].values())
    return out


# =========================================================================== one corpus size


def bench_size(n: int, repeats: int, args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    folder = workdir / f"n{n}"
    logs = folder / "logs"
    corpus = prepare_corpus(folder, n)
    seeds = corpus["seeds"]
    res: dict[str, Any] = {"corpus": corpus, "repeats": repeats, "errors": {}}

    def guard(name: str, fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except Exception as err:  # record and go on: one broken figure should not hide the rest
            log(f"n={n}: {name} FAILED: {err}")
            res["errors"][name] = str(err)
            return None

    # -- full build through Dagster ----------------------------------------------------------
    def dagster_builds() -> dict[str, Any]:
        runs = []
        for i in range(repeats):
            home = dagster_home(folder / "dagster" / "home")
            wh = folder / "dagster" / "warehouse"
            shutil.rmtree(wh, ignore_errors=True)
            log(f"n={n}: Dagster full build {i + 1}/{repeats} ...")
            p = {"seeds": seeds, "warehouse": str(wh), "max_bytes": MAX_SEED_BYTES}
            env = {"DAGSTER_HOME": str(home), "SEEDS_DIR": seeds, "WAREHOUSE_DIR": str(wh)}
            r = spawn("dagster_build", p, env=env, logs=logs)
            log_done(n, r, n)
            runs.append(r)
        out = summarise(runs, "build_s", n)
        out["run_s"] = median([r["run_s"] for r in runs])
        out["rows"] = runs[-1]["rows"]
        out["output"] = output_size(folder / "dagster" / "warehouse")
        out["complete"] = runs[-1]["rows"]["documents"] == n
        return out

    res["dagster"] = guard("dagster", dagster_builds)

    # -- one changed file, on the last Dagster build -----------------------------------------
    def one_file_change() -> dict[str, Any]:
        doc_id, path = pick_change_target(corpus)
        original = path.read_bytes()
        home, wh = folder / "dagster" / "home", folder / "dagster" / "warehouse"
        env = {"DAGSTER_HOME": str(home), "SEEDS_DIR": seeds, "WAREHOUSE_DIR": str(wh)}
        runs = []
        try:
            for i in range(repeats):
                value = CHANGE_VALUE + i
                path.write_bytes(changed_text(original, value))
                log(f"n={n}: one-file change {i + 1}/{repeats} ({doc_id}: +{value} guests) ...")
                p = {"seeds": seeds, "warehouse": str(wh), "max_bytes": MAX_SEED_BYTES}
                r = spawn("dagster_change", p | {"doc_id": doc_id, "value": value}, env=env, logs=logs)
                log(f"n={n}:   {r['change_s']:.2f}s, visible in metrics view: {r['visible']}")
                runs.append(r)
        finally:
            path.write_bytes(original)
        return {
            "doc_id": doc_id,
            "runs": len(runs),
            "seconds": median([r["change_s"] for r in runs]),
            "seconds_all": [round(r["change_s"], 3) for r in runs],
            "run_s": median([r["run_s"] for r in runs]),
            "n_dagster_runs": runs[-1]["n_runs"],
            "visible": all(r["visible"] for r in runs),
            "in_timeseries": all(r["in_timeseries"] > 0 for r in runs),
            "process_wall_s": median([r["wall_s"] for r in runs]),
        }

    if res["dagster"] is not None:
        res["change"] = guard("change", one_file_change)

    # -- queries over the Dagster-built views ------------------------------------------------
    if res["dagster"] is not None:
        log(f"n={n}: queries ...")
        res["queries"] = guard("queries", lambda: time_queries(folder / "dagster" / "warehouse"))

    # -- extraction library alone (runner.build_warehouse) -----------------------------------
    def runner_builds() -> dict[str, Any]:
        runs = []
        for i in range(repeats):
            wh = folder / "runner" / "warehouse"
            shutil.rmtree(wh, ignore_errors=True)
            log(f"n={n}: library build (runner) {i + 1}/{repeats} ...")
            p = {"seeds": seeds, "warehouse": str(wh), "max_bytes": MAX_SEED_BYTES, "n": n}
            r = spawn("runner_build", p, logs=logs)
            log_done(n, r, n)
            runs.append(r)
        out = summarise(runs, "build_s", n)
        out["output"] = output_size(folder / "runner" / "warehouse")
        if not args.keep_warehouses:
            shutil.rmtree(folder / "runner", ignore_errors=True)
        return out

    res["library"] = guard("library", runner_builds)

    # -- pure per-document functions, no I/O, one core ---------------------------------------
    def pure() -> dict[str, Any]:
        limit = min(n, args.pure_docs)
        log(f"n={n}: pure per-document functions on {limit} files ...")
        p: dict[str, Any] = {"seeds": seeds, "limit": limit}
        if args.profile:
            p["profile"] = str(folder / "profile_pure.txt")
        r = spawn("pure", p, logs=logs)
        return {
            "runs": 1,
            "docs": r["n"],
            "seconds": r["total_s"],
            "docs_per_s": r["n"] / r["total_s"] if r["total_s"] > 0 else None,
            "ms_per_doc": 1000 * r["total_s"] / max(1, r["n"]),
            "stages_s": r["stages_s"],
            "profile_top": r.get("profile_top"),
            "profile_file": p.get("profile"),
        }

    if args.pure_docs > 0:
        res["pure"] = guard("pure", pure)

    # -- spaCy baseline ----------------------------------------------------------------------
    def baseline_runs() -> dict[str, Any]:
        from pipelines.stages import list_seeds

        paths = [str(s.path) for s in list_seeds(Path(seeds))][: args.baseline_docs]
        runs = []
        for i in range(repeats):
            log(f"n={n}: spaCy baseline, {len(paths)} files, {i + 1}/{repeats} ...")
            p = {"paths": paths, "n_process": args.baseline_processes}
            r = spawn("baseline", p, logs=logs)
            log_done(n, r, len(paths))
            runs.append(r)
        out = summarise(runs, "build_s", len(paths))
        out["n_process"] = args.baseline_processes
        out["model_load_s"] = median([r["model_load_s"] for r in runs])
        return out

    if args.baseline_docs > 0:
        res["baseline"] = guard("baseline", baseline_runs)

    res["ratios"] = _ratios(res)
    if not args.keep_warehouses:
        shutil.rmtree(folder / "dagster", ignore_errors=True)
    return res


def _ratios(res: dict[str, Any]) -> dict[str, float | None]:
    base = res.get("baseline")

    def ratio(ours: dict | None, key: str) -> float | None:
        if not ours or not base or not base.get(key) or ours.get(key) is None:
            return None
        return ours[key] / base[key]

    return {
        "dagster_vs_baseline_docs_per_s": ratio(res.get("dagster"), "docs_per_s"),
        "library_vs_baseline_docs_per_s": ratio(res.get("library"), "docs_per_s"),
        "pure_1core_vs_baseline_docs_per_s": ratio(res.get("pure"), "docs_per_s"),
        "dagster_vs_baseline_peak_mib": ratio(res.get("dagster"), "peak_mib"),
        "library_vs_baseline_peak_mib": ratio(res.get("library"), "peak_mib"),
    }


def bench_query_size(n: int, args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    """The large corpus, built by the extraction library alone, for the query timings."""
    folder = workdir / f"n{n}"
    corpus = prepare_corpus(folder, n)
    wh = folder / "runner" / "warehouse"
    shutil.rmtree(wh, ignore_errors=True)
    log(f"n={n}: library build (runner) for the query benchmark ...")
    p = {"seeds": corpus["seeds"], "warehouse": str(wh), "max_bytes": MAX_SEED_BYTES, "n": n}
    r = spawn("runner_build", p, logs=folder / "logs")
    log_done(n, r, n)
    out: dict[str, Any] = {"corpus": corpus, "library": summarise([r], "build_s", n)}
    out["library"]["output"] = output_size(wh)
    log(f"n={n}: queries ...")
    out["queries"] = time_queries(wh)
    if not args.keep_warehouses:
        shutil.rmtree(folder / "runner", ignore_errors=True)
    return out


# =========================================================================== targets


def _get(d: dict | None, *keys: str) -> Any:
    for k in keys:
        if not isinstance(d, dict):
            return None
        d = d.get(k)
    return d


def scaling(results: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """time(big)/time(small) divided by n(big)/n(small): 1.0 = linear, >1 = worse than linear."""
    sizes = sorted(int(s) for s in results)
    if len(sizes) < 2:
        return {}
    small, big = results[str(sizes[0])], results[str(sizes[-1])]
    factor = sizes[-1] / sizes[0]
    out: dict[str, Any] = {"from": sizes[0], "to": sizes[-1]}
    for name in ("dagster", "library"):
        a, b = _get(small, name, "seconds"), _get(big, name, "seconds")
        out[name] = (b / a) / factor if a and b else None
    qs = _get(small, "queries", "queries") or {}
    qb = _get(big, "queries", "queries") or {}
    out["queries"] = {k: (qb[k]["ms"] / qs[k]["ms"]) / factor for k in qs if k in qb and qs[k]["ms"]}
    out["change_time_ratio"] = (
        _get(big, "change", "seconds") / _get(small, "change", "seconds")
        if _get(small, "change", "seconds") and _get(big, "change", "seconds")
        else None
    )
    a, b = _get(small, "dagster", "peak_mib"), _get(big, "dagster", "peak_mib")
    oa = _get(small, "dagster", "output", "published_uncompressed_mib")
    ob = _get(big, "dagster", "output", "published_uncompressed_mib")
    if a and b and oa is not None and ob is not None:
        out["peak_growth_mib"] = b - a
        out["output_growth_mib"] = ob - oa
    return out


def _target(name: str, value: Any, shown: str, ok: bool | None) -> dict[str, Any]:
    result = "n/a" if ok is None else ("PASS" if ok else "FAIL")
    return {"target": name, "value": value, "shown": shown, "result": result}


def targets(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The issue's targets, PASS/FAIL; those "at 10,000" use the largest size when 10,000 is absent."""
    sizes = report["sizes"]
    ref_n = TARGET_SIZE if str(TARGET_SIZE) in sizes else max(int(s) for s in sizes)
    ref = sizes[str(ref_n)]
    at = f" (at {ref_n:,} files" + ("" if ref_n == TARGET_SIZE else f"; target is at {TARGET_SIZE:,}") + ")"
    rows = []
    dps = _get(ref, "dagster", "docs_per_s")
    rows.append(
        _target(
            f"full build through Dagster >= {TARGET_DOCS_PER_S:.0f} docs/s{at}",
            dps,
            _fmt(dps, "{:.1f} docs/s"),
            None if dps is None else dps >= TARGET_DOCS_PER_S,
        )
    )
    ratio = _get(ref, "ratios", "dagster_vs_baseline_docs_per_s")
    rows.append(
        _target(
            f"Dagster build >= {TARGET_VS_BASELINE:.0f}x the docs/s of spaCy NER{at}",
            ratio,
            _fmt(ratio, "{:.2f}x"),
            None if ratio is None else ratio >= TARGET_VS_BASELINE,
        )
    )
    rows.append(
        _target("`make eval` scores no lower than before", None, "not measured: run `make eval`", None)
    )
    peak = _get(ref, "dagster", "peak_mib")
    rows.append(
        _target(
            f"peak memory of the Dagster build < {TARGET_PEAK_MIB / 1024:.1f} GiB{at}",
            peak,
            _fmt(peak, "{:.0f} MiB"),
            None if peak is None else peak < TARGET_PEAK_MIB,
        )
    )
    sc = report.get("scaling") or {}
    span = f"{sc.get('from', 0):,} -> {sc.get('to', 0):,} files"
    if "peak_growth_mib" in sc:
        grow, out_grow = sc["peak_growth_mib"], sc["output_growth_mib"]
        rows.append(
            _target(
                f"peak memory grows no more than the outputs ({span})",
                grow,
                f"+{grow:.0f} MiB peak, +{out_grow:.0f} MiB outputs",
                grow <= max(out_grow, 0.0) + MEMORY_NOISE_MIB,
            )
        )
    change, visible = _get(ref, "change", "seconds"), _get(ref, "change", "visible")
    rows.append(
        _target(
            f"one changed file visible in the views < {TARGET_CHANGE_S:.0f} s{at}",
            change,
            _fmt(change, "{:.2f} s") + ("" if visible or change is None else " (NOT visible)"),
            None if change is None else change < TARGET_CHANGE_S and bool(visible),
        )
    )
    slowest = _get(ref, "queries", "max_ms")
    rows.append(
        _target(
            f"each typical query < {TARGET_QUERY_MS:.0f} ms{at}",
            slowest,
            _fmt(slowest, "slowest {:.1f} ms"),
            None if slowest is None else slowest < TARGET_QUERY_MS,
        )
    )
    large = report.get("query_size")
    slowest = _get(large, "queries", "max_ms")
    n_large = _get(large, "corpus", "n") or 100_000
    rows.append(
        _target(
            f"each typical query < {TARGET_QUERY_MS_LARGE:.0f} ms (at {n_large:,} files, library build)",
            slowest,
            _fmt(slowest, "slowest {:.1f} ms", "not measured (--query-size 0)"),
            None if slowest is None else slowest < TARGET_QUERY_MS_LARGE,
        )
    )
    limit = f"<= {TARGET_SCALING:.2f}x"
    for name in ("dagster", "library"):
        if sc.get(name) is not None:
            rows.append(
                _target(
                    f"scaling {span}: {name} build time per doc {limit}",
                    sc[name],
                    f"{sc[name]:.2f}x",
                    sc[name] <= TARGET_SCALING,
                )
            )
    for name, val in (sc.get("queries") or {}).items():
        rows.append(
            _target(
                f"scaling {span}: query {name} per doc {limit}", val, f"{val:.3f}x", val <= TARGET_SCALING
            )
        )
    return rows


# =========================================================================== output


def _fmt(value: Any, pattern: str, missing: str = "-") -> str:
    return missing if value is None else pattern.format(value)


def _build_line(label: str, d: dict[str, Any] | None) -> str:
    if not d:
        return f"  {label:<46} (not measured)"
    return (
        f"  {label:<46} {d['seconds']:9.2f} s {d['runs']:>4}  {_fmt(d.get('docs_per_s'), '{:9.1f}')}"
        f"  {d['peak_mib']:8.0f}  {d['maxrss_mib']:8.0f}  {d['tree_peak_mib']:8.0f}  {d['cpu_s']:8.1f}"
        f"  {d['load_1m_max']:5.1f}"
    )


def _size_lines(n: str, res: dict[str, Any]) -> list[str]:
    c = res["corpus"]
    lines = [
        "",
        f"== {int(n):,} files (seed {SEED}, {c['mib']:.1f} MiB, kinds {c['kinds']}) ==",
        f"  {'':<46} {'median':>11} {'runs':>4}  {'docs/s':>9}  {'peak MiB':>8}  "
        f"{'maxrss':>8}  {'tree PSS':>8}  {'CPU s':>8}  {'load':>5}",
        _build_line("full build through Dagster", res.get("dagster")),
        _build_line("extraction library (runner.build_warehouse)", res.get("library")),
    ]
    pure = res.get("pure")
    if pure:
        lines.append(
            f"  {'pure process.* functions (1 core, no I/O)':<46} {pure['seconds']:9.2f} s {1:>4}  "
            f"{pure['docs_per_s']:9.1f}  ({pure['docs']} files, {pure['ms_per_doc']:.1f} ms/doc)"
        )
        by_time = sorted(pure["stages_s"].items(), key=lambda kv: -kv[1])
        lines.append("    by function: " + ", ".join(f"{k} {v:.2f} s" for k, v in by_time))
    b = res.get("baseline")
    label = f"spaCy NER baseline ({b['docs']} files, {b['n_process']} proc)" if b else "spaCy NER baseline"
    lines.append(_build_line(label, b))
    d, lib = res.get("dagster"), res.get("library")
    if d:
        out = d["output"]
        lines.append(
            f"  Dagster: {d['run_s']:.2f} s in Dagster runs; process wall {d['process_wall_s']:.2f} s "
            f"(imports {d['import_s']:.2f} s); warehouse {out['disk_mib']:.1f} MiB on disk, "
            f"{out['published_uncompressed_mib']:.1f} MiB uncompressed"
        )
        lines.append(f"  rows: {d['rows']}")
    if d and lib:
        lines.append(f"  Dagster overhead over the library alone: {d['seconds'] - lib['seconds']:+.2f} s")
    r = res["ratios"]
    lines.append(
        f"  ours / baseline, docs/s: Dagster {_fmt(r['dagster_vs_baseline_docs_per_s'], '{:.2f}x')}, "
        f"library {_fmt(r['library_vs_baseline_docs_per_s'], '{:.2f}x')}, "
        f"pure 1-core {_fmt(r['pure_1core_vs_baseline_docs_per_s'], '{:.2f}x')}; "
        f"peak memory: Dagster {_fmt(r['dagster_vs_baseline_peak_mib'], '{:.2f}x')}, "
        f"library {_fmt(r['library_vs_baseline_peak_mib'], '{:.2f}x')}"
    )
    ch = res.get("change")
    if ch:
        lines.append(
            f"  one-file change -> views: {ch['seconds']:.2f} s, median of {ch['runs']} "
            f"({ch['n_dagster_runs']} Dagster runs, {ch['run_s']:.2f} s run time; "
            f"process wall {ch['process_wall_s']:.2f} s)"
        )
        lines.append(
            f"    new fact visible in metrics: {'yes' if ch['visible'] else 'NO'}; "
            f"its key lists the document in metric_timeseries: {'yes' if ch['in_timeseries'] else 'no'}"
        )
    lines += _query_lines(res.get("queries"))
    for name, err in res.get("errors", {}).items():
        lines.append(f"  ERROR in {name}: {err.splitlines()[0] if err else ''}")
    return lines


def _query_lines(q: dict[str, Any] | None) -> list[str]:
    if not q:
        return ["  queries: (not measured)"]
    head = (
        f"  queries, ms (median of {QUERY_RUNS} after a warm-up, fresh read-only connection each, "
        f"connect {q['connect_ms']:.1f} ms not included; org = {q['params']['org']!r}):"
    )
    body = [f"    {name:<24} {v['ms']:9.1f} ms  {v['rows']:>8} rows" for name, v in q["queries"].items()]
    return [head, *body]


def render_report(report: dict[str, Any]) -> str:
    meta = report["meta"]
    dirty = f"; uncommitted: {', '.join(meta['git_dirty'])}" if meta["git_dirty"] else ""
    lines = [
        "",
        f"benchmark started {meta['started']}, finished {meta['finished']}",
        f"git {meta['git_head']}{dirty}",
        f"host: {meta['cpus']} CPUs, python {meta['python']}; load average (1, 5, 15 min) at start "
        f"{meta['loadavg']}, at the end {meta['loadavg_end']} (column `load`: 1-min load as a build ended)",
    ]
    for n, res in report["sizes"].items():
        lines += _size_lines(n, res)
    large = report.get("query_size")
    if large:
        lib = large["library"]
        lines += [
            "",
            f"== {large['corpus']['n']:,} files, extraction library only (query benchmark) ==",
            _build_line("extraction library (runner.build_warehouse)", lib),
            *_query_lines(large.get("queries")),
        ]
    sc = report.get("scaling")
    if sc:
        lines += [
            "",
            f"== scaling {sc['from']:,} -> {sc['to']:,} files (time ratio / size ratio; 1.00 = linear) ==",
            f"  Dagster build {_fmt(sc.get('dagster'), '{:.2f}x')}, "
            f"library build {_fmt(sc.get('library'), '{:.2f}x')}; "
            f"one-file change time x{_fmt(sc.get('change_time_ratio'), '{:.2f}')} (not per doc)",
            "  queries: " + ", ".join(f"{k} {v:.3f}x" for k, v in (sc.get("queries") or {}).items()),
        ]
    lines += ["", "== targets ==", f"  {'target':<84} {'measured':<34} result"]
    lines += [f"  {t['target']:<84} {t['shown']:<34} {t['result']}" for t in report["targets"]]
    return "\n".join(lines) + "\n"


# =========================================================================== main


def _git() -> tuple[str, list[str]]:
    def run(*cmd: str) -> str:
        try:
            return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=10).stdout
        except (OSError, subprocess.SubprocessError):
            return ""

    head = run("git", "rev-parse", "--short", "HEAD").strip() or "?"
    dirty = [line[3:] for line in run("git", "status", "--porcelain").splitlines() if line.strip()]
    return head, dirty


def _ints(text: str) -> list[int]:
    return [int(x.replace("_", "")) for x in text.split(",") if x.strip()]


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", type=_ints, default=[1000, 10000], help="corpus sizes (default 1000,10000)")
    p.add_argument(
        "--repeats",
        type=_ints,
        default=[3],
        help="runs per median: one number, or one per size (e.g. 3,1); default 3",
    )
    p.add_argument("--baseline-docs", type=int, default=500, help="files for the spaCy baseline (0: skip)")
    p.add_argument("--baseline-processes", type=int, default=2)
    p.add_argument("--pure-docs", type=int, default=1000, help="files for the pure-function timing (0: skip)")
    p.add_argument(
        "--query-size", type=int, default=100_000, help="extraction-only corpus for the queries (0: skip)"
    )
    p.add_argument("--json", type=Path, help="write every figure to this file")
    p.add_argument("--workdir", type=Path, help="keep corpora and logs here (default: a temp dir, removed)")
    p.add_argument("--keep-warehouses", action="store_true", help="keep the built warehouses in the workdir")
    p.add_argument("--profile", action="store_true", help="cProfile the pure functions (profile_pure.txt)")
    args = p.parse_args(argv)
    if len(args.repeats) not in (1, len(args.sizes)) or min(args.repeats) < 1:
        p.error("--repeats takes one number >= 1, or one per size")
    if min(args.sizes) < 1:
        p.error("--sizes must be positive")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["_worker"]:
        return worker_main(argv[1], argv[2])
    args = parse_args(argv)
    repeats = args.repeats * len(args.sizes) if len(args.repeats) == 1 else args.repeats
    head, dirty = _git()
    report: dict[str, Any] = {
        "meta": {
            "started": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "loadavg": " ".join(f"{x:.2f}" for x in os.getloadavg()),
            "git_head": head,
            "git_dirty": dirty,
            "cpus": os.cpu_count(),
            "python": sys.version.split()[0],
            "args": {k: str(v) for k, v in vars(args).items()},
        },
        "sizes": {},
    }
    temp = args.workdir is None
    workdir = Path(tempfile.mkdtemp(prefix="bench-")) if temp else args.workdir.resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    log(f"workdir {workdir}")
    try:
        for n, rep in zip(args.sizes, repeats, strict=True):
            report["sizes"][str(n)] = bench_size(n, rep, args, workdir)
        if args.query_size > 0:
            try:
                report["query_size"] = bench_query_size(args.query_size, args, workdir)
            except Exception as err:
                log(f"query-size benchmark FAILED: {err}")
                report["query_size_error"] = str(err)
    finally:
        if temp:
            shutil.rmtree(workdir, ignore_errors=True)
    report["scaling"] = scaling(report["sizes"])
    report["targets"] = targets(report)
    report["meta"]["finished"] = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    report["meta"]["loadavg_end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    sys.stdout.write(render_report(report))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2, default=str))
        log(f"wrote {args.json}")
    errors = any(res.get("errors") for res in report["sizes"].values()) or "query_size_error" in report
    return 1 if errors else 0


if __name__ == "__main__":
    with contextlib.suppress(BrokenPipeError):
        sys.exit(main())
