"""Real S3-compatible servers on loopback for the `cluster` tests: moto in server mode in its
own process (`pipelines.loopback.moto_server`, shared with `make cluster-demo`), optionally behind
a TCP proxy process that a test can kill and restart."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pipelines.loopback import S3_CREDENTIALS, _stop, free_port, moto_server, new_bucket, s3_environ

__all__ = ["CREDENTIALS", "Proxy", "free_port", "moto_server", "new_bucket", "s3_environ"]

HERE = Path(__file__).resolve().parent
CREDENTIALS = S3_CREDENTIALS


class Proxy:
    """tests/tcp_proxy.py in its own process, from `port` to moto's port."""

    def __init__(self, target: int) -> None:
        self.port, self.target = free_port(), target
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "tcp_proxy.py"), str(self.port), str(self.target)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None and self.proc.stdout.readline().strip() == "ready"

    def kill(self) -> None:
        """SIGKILL: the endpoint is gone mid-request, as when a server dies."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def stop(self) -> None:
        if self.proc is not None:
            _stop(self.proc)
