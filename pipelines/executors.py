"""Where the per-document work of a run executes: forked local processes (the default, in
`pipelines.stages.map_chunks`) or a Dask cluster when DASK_SCHEDULER_ADDRESS is set.

On the cluster each chunk (one storage bucket of documents) is one task. A task reads its inputs
and replaces its documents' rows through the same `Warehouse` API as a local process, each bucket
by one atomic commit keyed by the chunk: running a chunk twice writes the same rows again. So a
worker that dies mid-task costs a re-run of that task on another worker (the scheduler reschedules
it; `retries` covers exceptions), never a wrong or missing row. Dagster stays the orchestrator:
only the body of a step runs on the cluster.

`distributed` is imported only when a cluster is configured: the local path pays nothing.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from distributed import Client

SCHEDULER_ENV = "DASK_SCHEDULER_ADDRESS"
RETRIES_ENV = "DASK_TASK_RETRIES"
DEFAULT_RETRIES = 3
CONNECT_TIMEOUT_S = 30
T = TypeVar("T")


def scheduler_address() -> str | None:
    """The Dask scheduler to send chunks to (e.g. tcp://127.0.0.1:8786), or None: local processes."""
    return os.environ.get(SCHEDULER_ENV) or None


_CLIENTS: dict[str, Client] = {}


def client(address: str) -> Client:
    """One client per process and scheduler, kept for the life of the process (a run has five
    steps; connecting once saves a round of handshakes per step)."""
    if address not in _CLIENTS:
        from distributed import Client

        _CLIENTS[address] = Client(address, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
    return _CLIENTS[address]


def close_clients() -> None:
    """Disconnect from every scheduler (a stopped cluster, the end of a test)."""
    while _CLIENTS:
        _CLIENTS.popitem()[1].close()


def map_on_cluster(
    address: str, fn: Callable[..., T], chunks: Sequence[list[Any]], args: Sequence[object]
) -> Iterator[T]:
    """`fn(chunk, *args)` for each chunk on the cluster, results yielded in chunk order.

    Keys are unique per call (`pure=False` and a fresh prefix): a chunk is never answered from a
    result the cluster computed earlier against another state of the warehouse. Tasks still
    pending when the caller stops iterating (an error in the run) are cancelled."""
    dask = client(address)
    retries = int(os.environ.get(RETRIES_ENV, DEFAULT_RETRIES))
    prefix = f"{getattr(fn, '__name__', 'chunk')}-{uuid.uuid4().hex[:12]}"
    futures = [
        dask.submit(fn, chunk, *args, key=f"{prefix}-{i}", retries=retries, pure=False)
        for i, chunk in enumerate(chunks)
    ]
    try:
        for future in futures:
            yield future.result()
            future.release()
    finally:
        dask.cancel([f for f in futures if not f.done()])
