"""Kill the materialising process (SIGKILL) at 20 moments; the warehouse must survive each.

A worker process (tests/crash_worker.py) runs `pipelines.runner.build_warehouse` over ~40 seeds
and is killed after a delay spread from 0 to 90% of its normal duration, measured first for each
kind of run. Half the runs start from an empty folder, half from a warehouse built from an older
version of the seeds (some documents changed, some gone, some new; such an update builds fewer
documents, so it is shorter), so a kill lands in the middle of replacing, pruning and
republishing. After each kill:

- every Parquet file in the warehouse reads completely (a reader never sees half a file);
- the warehouse opens (`Warehouse.connect`) and every view in `TABLES` reads;
- no temporary file is visible to the views (they read `*.parquet`, temporaries end in `.tmp`);
- no half-written rows: each document's rows, in every per-document table, are exactly the rows
  of the old build or of the new one for that document, never a mix; each cross-document table
  is the old or the new one as a whole;
- a re-run completes and the warehouse is then exactly that of an uninterrupted build into
  another folder: every table, every document's own file, every view.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

from pipelines import stages
from pipelines.quality import all_rules, evaluate
from pipelines.runner import build_warehouse
from pipelines.schemas import TABLES
from pipelines.storage import Warehouse
from tests.test_bad_inputs import RELEASE, SEED, variant

ROOT = Path(__file__).resolve().parents[1]
WORKER = ROOT / "tests" / "crash_worker.py"
KILLS = 20
MAX_BYTES = 4 * 1024 * 1024

pytestmark = pytest.mark.slow


def _seed_variant(n: int) -> str:
    return SEED.read_text(encoding="utf-8").replace("nearly 300 enterprises", f"nearly {300 + n} enterprises")


def write_seeds(folder: Path, version: str) -> None:
    """Version "new": 40 releases. Version "old": 30 of them (5 with other numbers) and 5 more
    that the new version no longer has."""
    for p in folder.iterdir():
        p.unlink()
    for i in range(20):
        changed = version == "old" and i >= 15
        (folder / f"oases-{i:02d}.txt").write_text(
            _seed_variant(i + (100 if changed else 0)), encoding="utf-8"
        )
        if version == "new" or i < 15:
            (folder / f"recycling-{i:02d}.txt").write_text(variant(i), encoding="utf-8")
    if version == "old":
        for i in range(5):
            (folder / f"gone-{i}.txt").write_text(variant(50 + i, RELEASE), encoding="utf-8")


def _key(row: dict) -> str:
    return repr(sorted(row.items()))


def _sorted(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=_key)


def published(wh: Warehouse) -> dict[str, list[dict]]:
    return {name: _sorted(wh.read_table(t).to_pylist()) for name, t in TABLES.items()}


def per_document(rows: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        out[str(r["doc_id"])].append(r)
    return {k: _sorted(v) for k, v in out.items()}


def views(wh: Warehouse) -> dict[str, list[tuple]]:
    with wh.connect() as con:
        return {name: sorted(map(repr, con.execute(f"SELECT * FROM {name}").fetchall())) for name in TABLES}


def parquet_files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*.parquet"))


def state(root: Path) -> dict:
    wh = Warehouse(root)
    return {
        "published": published(wh),
        "views": views(wh),
        "files": parquet_files(root),
    }


class BuildServer:
    """tests/crash_worker.py --serve: forks one build process per request, already warmed up."""

    def __init__(self, seeds: Path) -> None:
        self.seeds = seeds
        env = dict(os.environ, PIPELINES_WORKERS="1", PYTHONWARNINGS="ignore")
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKER), "--serve", "--max-bytes", str(MAX_BYTES)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )
        self.ready = False  # it imports while the test builds its references

    def _read(self) -> str:
        line = self.proc.stdout.readline().strip()  # type: ignore[union-attr]
        assert line, "the build server died"
        return line

    def _ask(self, *words: str) -> str:
        if not self.ready:
            assert self._read() == "ready"
            self.ready = True
        self.proc.stdin.write("\t".join(words) + "\n")  # type: ignore[union-attr]
        self.proc.stdin.flush()  # type: ignore[union-attr]
        return self._read()

    def run(self, warehouse: Path) -> int:
        """Start a build into `warehouse`; returns the build process's id."""
        return int(self._ask("run", str(self.seeds), str(warehouse)).removeprefix("pid "))

    def wait(self, pid: int) -> int:
        """Its exit code; -9 when it was killed by SIGKILL."""
        return int(self._ask("wait", str(pid)).removeprefix("exit "))

    def close(self) -> None:
        self.proc.stdin.close()  # type: ignore[union-attr]
        self.proc.wait(timeout=30)
        self.proc.stdout.close()  # type: ignore[union-attr]


def check_after_kill(root: Path, old: dict, new: dict, fresh: bool) -> None:
    if not root.exists():
        return
    # The views glob *.parquet; a killed write leaves a temporary *.tmp file, never a *.parquet.
    for tmp in root.rglob("*.tmp"):
        assert not tmp.name.endswith(".parquet"), tmp
    wh = Warehouse(root)
    seen = views(wh)  # opens, and every view reads
    assert set(seen) == set(TABLES)
    # published() reads every published file in full. Besides them, only the staging folder of
    # the killed intake may hold Parquet files (the next run removes it).
    now = published(wh)
    for path in parquet_files(root):
        assert path.startswith(("_published/", "_staging/")), path
    for name, table in TABLES.items():
        if table.per_document:
            docs_now = per_document(now[name])
            docs_old = {} if fresh else per_document(old["published"][name])
            docs_new = per_document(new["published"][name])
            for doc_id, rows in docs_now.items():
                assert rows in (docs_new.get(doc_id), docs_old.get(doc_id)), (name, doc_id)
        else:
            allowed = [new["published"][name], [] if fresh else old["published"][name], []]
            assert now[name] in allowed, name


def test_sigkill_at_20_moments_leaves_a_readable_warehouse_and_a_rerun_completes(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    server = BuildServer(seeds)
    write_seeds(seeds, "old")
    build_warehouse(seeds, tmp_path / "ref_old", max_bytes=MAX_BYTES)
    old = state(tmp_path / "ref_old")
    write_seeds(seeds, "new")
    assert len(list(seeds.iterdir())) == 40
    build_warehouse(seeds, tmp_path / "ref_new", max_bytes=MAX_BYTES)
    new = state(tmp_path / "ref_new")
    assert old["published"]["documents"] != new["published"]["documents"]

    # An uninterrupted update of the old warehouse: the same data as a fresh build (its files
    # may differ: a bucket emptied by pruning stays as an empty file).
    shutil.copytree(tmp_path / "ref_old", tmp_path / "ref_update")
    build_warehouse(seeds, tmp_path / "ref_update", max_bytes=MAX_BYTES)
    update = state(tmp_path / "ref_update")
    assert {k: v for k, v in update.items() if k != "files"} == {k: v for k, v in new.items() if k != "files"}

    try:
        run_kills(server, tmp_path, old, new, update)
    finally:
        server.close()


def timed_build(server: BuildServer, root: Path, template: Path | None = None) -> float:
    """The shorter of two builds into `root` (started from a copy of `template`, if given): the
    kills are spread over a build's normal duration, and a slow first build would push the late
    kills past the end of a normal one."""
    durations = []
    for attempt in range(2):
        target = root if attempt else root.with_name(root.name + "-timing")
        if template is not None:
            shutil.copytree(template, target)
        began = time.monotonic()
        assert server.wait(server.run(target)) == 0
        durations.append(time.monotonic() - began)
    return min(durations)


def run_kills(server: BuildServer, tmp_path: Path, old: dict, new: dict, update: dict) -> None:
    # The normal duration of each kind of build (fresh, and an update of the old warehouse, which
    # builds fewer documents), and that a build in a process of its own gives the same warehouse.
    fresh_duration = timed_build(server, tmp_path / "uninterrupted")
    assert state(tmp_path / "uninterrupted") == new
    update_duration = timed_build(server, tmp_path / "uninterrupted-update", tmp_path / "ref_old")
    assert {k: v for k, v in state(tmp_path / "uninterrupted-update").items() if k != "files"} == {
        k: v for k, v in update.items() if k != "files"
    }

    hits, leftovers, began = 0, 0, time.monotonic()
    pending: tuple[int, int, Path, bool] | None = None  # a re-run in progress

    def delay(i: int, fresh: bool) -> float:
        # Spread over the first 90% of a build of that kind: a build that runs a little faster
        # than the measured one (or a kill that lands late) still finds it running.
        return 0.9 * (fresh_duration if fresh else update_duration) * i / KILLS

    def finish(i: int, pid: int, root: Path, fresh: bool) -> None:
        assert server.wait(pid) == 0, f"re-run after kill {i} failed"
        assert state(root) == (new if fresh else update), f"kill {i} at {delay(i, fresh):.2f}s"
        shutil.rmtree(root)

    for i in range(KILLS):
        root = tmp_path / f"crash-{i:02d}"
        fresh = i % 2 == 0
        if not fresh:
            shutil.copytree(tmp_path / "ref_old", root)
        pid = server.run(root)
        time.sleep(delay(i, fresh))
        os.kill(pid, signal.SIGKILL)  # a build that already ended is a zombie: no error
        hits += server.wait(pid) == -signal.SIGKILL
        check_after_kill(root, old, new, fresh)
        leftovers += len(list(root.rglob("*.tmp"))) if root.exists() else 0
        if pending:  # the previous re-run ran while this build was being killed and checked
            finish(*pending)
        pending = (i, server.run(root), root, fresh)
    if pending:
        finish(*pending)
    durations = f"fresh build {fresh_duration:.2f}s, update {update_duration:.2f}s"
    assert hits >= KILLS - 2, f"only {hits} kills hit a running build ({durations})"
    print(
        f"{durations}; {hits} kills hit; {leftovers} temporary files left by kills; "
        f"kills, checks and re-runs {time.monotonic() - began:.1f}s"
    )


def test_a_kill_between_two_steps_leaves_the_views_consistent(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write_seeds(seeds, "old")
    build_warehouse(seeds, tmp_path / "warehouse", max_bytes=MAX_BYTES)
    write_seeds(seeds, "new")
    wh = Warehouse(tmp_path / "warehouse")
    listed = stages.list_seeds(seeds)
    wh.prune({s.doc_id for s in listed})
    stages.run_documents(wh, listed, max_bytes=MAX_BYTES)  # ... and the run is killed here
    with wh.connect() as con:
        broken = {f"{rule.table}.{rule.name}": n for rule in all_rules() if (n := evaluate(con, rule))}
    assert not broken
