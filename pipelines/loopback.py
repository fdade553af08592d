"""Real servers on 127.0.0.1 for the cluster tests, `make cluster-demo` and the benchmarks: a Dask
scheduler with its workers, and a PostgreSQL server in a temporary folder. Each is a context
manager that stops exactly the processes it started."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

HOST = "127.0.0.1"
ROOT = Path(__file__).resolve().parents[1]
START_TIMEOUT_S = 60.0
PG_BIN = Path(os.environ.get("PG_BIN", "/usr/local/bin"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def _env() -> dict[str, str]:
    """The workers import this checkout's `pipelines`, whatever their working folder."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def _stop(proc: subprocess.Popen, timeout: float = 10.0) -> None:
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@dataclass
class DaskCluster:
    address: str
    scheduler: subprocess.Popen
    workers: list[subprocess.Popen] = field(default_factory=list)

    def wait_for_workers(self, n: int, timeout: float = START_TIMEOUT_S) -> None:
        from distributed import Client

        with Client(self.address, timeout=timeout, set_as_default=False) as c:
            c.wait_for_workers(n, timeout=timeout)

    def kill_worker(self, index: int) -> None:
        """SIGKILL: the worker has no chance to hand its tasks back."""
        self.workers[index].kill()
        self.workers[index].wait()


@contextmanager
def dask_cluster(n_workers: int = 2, *, log_dir: Path | None = None) -> Iterator[DaskCluster]:
    """`dask scheduler` and `n_workers` x `dask worker --nthreads 1 --no-nanny` (one process each,
    so killing one removes a worker for good), all on 127.0.0.1."""
    port = free_port()
    address = f"tcp://{HOST}:{port}"
    logs = log_dir or Path(tempfile.mkdtemp(prefix="dask-logs-"))
    logs.mkdir(parents=True, exist_ok=True)
    base = [sys.executable, "-m", "dask"]

    def start(args: list[str], name: str) -> subprocess.Popen:
        with open(logs / f"{name}.log", "wb") as out:
            return subprocess.Popen(base + args, env=_env(), stdout=out, stderr=subprocess.STDOUT)

    scheduler = start(["scheduler", "--host", HOST, "--port", str(port), "--no-dashboard"], "scheduler")
    cluster = DaskCluster(address, scheduler)
    try:
        for i in range(n_workers):
            args = ["worker", address, "--host", HOST, "--nthreads", "1", "--no-nanny", "--no-dashboard"]
            cluster.workers.append(start([*args, "--name", f"worker-{i}"], f"worker-{i}"))
        cluster.wait_for_workers(n_workers)
        yield cluster
    finally:
        for proc in [*cluster.workers, scheduler]:
            _stop(proc)


@dataclass(frozen=True)
class Postgres:
    url: str
    host: str
    port: int
    user: str
    db: str


def _as_postgres(cmd: list[str]) -> list[str]:
    """initdb refuses to run as root: run the server's commands as the `postgres` user."""
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


def postgres_available() -> str | None:
    """None when a server can be started here, else why not."""
    missing = [b for b in ("initdb", "pg_ctl") if not (PG_BIN / b).exists() and not shutil.which(b)]
    if missing:
        return f"PostgreSQL binaries not found ({', '.join(missing)}; set PG_BIN)"
    if os.geteuid() == 0 and not shutil.which("runuser"):
        return "running as root without runuser to start PostgreSQL as `postgres`"
    return None


def _pg(name: str) -> str:
    return str(PG_BIN / name) if (PG_BIN / name).exists() else name


@contextmanager
def postgres_server() -> Iterator[Postgres]:
    """A fresh cluster (initdb, trust auth on loopback) in a temporary folder, on a free port;
    stopped and removed afterwards."""
    data = Path(tempfile.mkdtemp(prefix="pgdata-"))
    if os.geteuid() == 0:
        shutil.chown(data, "postgres", "postgres")
    port = free_port()
    run = {"check": True, "stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE}
    subprocess.run(
        _as_postgres([_pg("initdb"), "-D", str(data / "db"), "-U", "postgres", "-A", "trust"]), **run
    )
    opts = f"-p {port} -h {HOST} -k {data}"
    start = [_pg("pg_ctl"), "-D", str(data / "db"), "-l", str(data / "log"), "-o", opts, "-w", "start"]
    subprocess.run(_as_postgres(start), **run)
    try:
        yield Postgres(
            f"postgresql+psycopg2://postgres@{HOST}:{port}/postgres", HOST, port, "postgres", "postgres"
        )
    finally:
        with suppress(subprocess.CalledProcessError):
            stop = [_pg("pg_ctl"), "-D", str(data / "db"), "-m", "fast", "-w", "stop"]
            subprocess.run(_as_postgres(stop), **run)
        shutil.rmtree(data, ignore_errors=True)


def wait_until(predicate: Callable[[], bool], timeout: float = START_TIMEOUT_S, every: float = 0.05) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(every)
    return False
