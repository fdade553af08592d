"""Build a warehouse in a process of its own, for tests/test_crash.py to kill at some moment.

python tests/crash_worker.py SEEDS WAREHOUSE [--max-bytes N]
    one build (`pipelines.runner.build_warehouse`), prints "done" at the end.

python tests/crash_worker.py --serve [--max-bytes N]
    a fork server: imports and warms up once, prints "ready", then reads commands:
    "run SEEDS WAREHOUSE" forks a child that builds and answers "pid N" at once;
    "wait N" waits for that child and answers "exit CODE" (negative: killed by that signal).
    Each build is then a process of its own that starts in milliseconds, so the test's kill
    moments are moments of the build, not of Python's imports.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _build(seeds: Path, warehouse: Path, max_bytes: int) -> None:
    from pipelines.runner import build_warehouse

    build_warehouse(seeds, warehouse, max_bytes=max_bytes)


def _warm_up() -> None:
    """Load what the first document would load (spaCy, rules), without touching any file."""
    from pipelines import process

    doc = process.document_row(
        "warm", "warm", b"Title\n\nMr Chan said 3 000 people came today.\n", max_bytes=1024
    )
    process.section_rows(doc)


def serve(max_bytes: int) -> int:
    _warm_up()
    print("ready", flush=True)
    for line in sys.stdin:
        command, *args = line.split("\t")
        args = [a.rstrip("\n") for a in args]
        if command == "run":
            pid = os.fork()
            if pid == 0:  # the child: build, then leave without running the parent's cleanups
                code = 0
                try:
                    _build(Path(args[0]), Path(args[1]), max_bytes)
                except BaseException as err:
                    print(f"build failed: {err!r}", file=sys.stderr, flush=True)
                    code = 1
                finally:
                    os._exit(code)
            print(f"pid {pid}", flush=True)
        elif command == "wait":
            _, status = os.waitpid(int(args[0]), 0)
            print(f"exit {os.waitstatus_to_exitcode(status)}", flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("seeds", type=Path, nargs="?")
    parser.add_argument("warehouse", type=Path, nargs="?")
    parser.add_argument("--max-bytes", type=int, default=20 * 1024 * 1024)
    parser.add_argument("--serve", action="store_true", help="fork a build per command on stdin")
    args = parser.parse_args(argv)
    os.environ.setdefault("PIPELINES_WORKERS", "1")  # one process per build: the kill hits the writer
    sys.path.insert(0, str(ROOT))
    if args.serve:
        return serve(args.max_bytes)
    if args.seeds is None or args.warehouse is None:
        parser.error("SEEDS and WAREHOUSE are required without --serve")
    _build(args.seeds, args.warehouse, args.max_bytes)
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
