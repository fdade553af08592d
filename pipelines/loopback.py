"""Real servers on 127.0.0.1 for the cluster tests, `make cluster-demo` and the benchmarks: a Dask
scheduler with its workers, an S3-compatible server (moto in server mode), and a PostgreSQL server
in a temporary folder. Each is a context manager that stops exactly the processes it started:
each server runs in its own process group, and the group is signalled, so a child it spawned goes
with it (also when the caller fails or is interrupted)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
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


def _signal_group(proc: subprocess.Popen, sig: int) -> None:
    """`sig` to the process group `proc` leads (started with start_new_session=True), or to the
    process alone when it leads none (then it shares its group with us)."""
    with suppress(ProcessLookupError, PermissionError):
        try:
            os.killpg(proc.pid, sig)  # the group outlives an exited leader while members remain
        except ProcessLookupError:
            if proc.poll() is None:
                proc.send_signal(sig)


def _stop(proc: subprocess.Popen, timeout: float = 10.0) -> None:
    """SIGTERM to the process's group, SIGKILL after `timeout`; also reaps leftovers of the group
    when the leader has already exited."""
    if proc.poll() is not None:
        _signal_group(proc, signal.SIGKILL)
        return
    _signal_group(proc, signal.SIGTERM)
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        _signal_group(proc, signal.SIGKILL)
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
            return subprocess.Popen(
                base + args, env=_env(), stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )

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


# -- S3-compatible server (moto) ------------------------------------------------------------
S3_CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_REGION": "us-east-1",
}


def _wait_http(port: int, proc: subprocess.Popen, timeout: float = START_TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server on port {port} exited with {proc.returncode}")
        try:
            urllib.request.urlopen(f"http://{HOST}:{port}/", timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"no server on port {port} after {timeout} s")


@contextmanager
def moto_server(*, log: Path | None = None) -> Iterator[int]:
    """`moto_server` (moto[server]) on a free loopback port, in its own process group; yields the
    port, stops the server afterwards. Its objects live in its memory until then."""
    port = free_port()
    exe = Path(sys.executable).with_name("moto_server")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "moto.server"]
    out = open(log, "wb") if log else subprocess.DEVNULL  # noqa: SIM115 (closed below)
    try:
        proc = subprocess.Popen(
            [*cmd, "-H", HOST, "-p", str(port)], stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    finally:
        if log:
            out.close()
    try:
        _wait_http(port, proc)
        yield port
    finally:
        _stop(proc)


def s3_environ(port: int) -> dict[str, str]:
    """The AWS variables that point pyarrow (and the Dask workers started after they are set) at
    the moto server on `port`."""
    return {**S3_CREDENTIALS, "AWS_ENDPOINT_URL": f"http://{HOST}:{port}"}


def new_bucket(port: int, prefix: str = "wh") -> str:
    """A fresh bucket on the server at `port`; returns its name."""
    import pyarrow.fs as pafs

    name = f"{prefix}-{uuid.uuid4().hex[:12]}"
    pafs.S3FileSystem(
        endpoint_override=f"{HOST}:{port}",
        scheme="http",
        access_key=S3_CREDENTIALS["AWS_ACCESS_KEY_ID"],
        secret_key=S3_CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
        region=S3_CREDENTIALS["AWS_REGION"],
        allow_bucket_creation=True,
    ).create_dir(name)
    return name


# -- PostgreSQL --------------------------------------------------------------------------------
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
