"""Progress of long work, shown by the command line (a bar per step with counts and rate).

Library code reports through `report(step, done, total)`; nothing is shown unless a command line
installs a display with `show_progress()`. Dagster runs in the same process report too.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

Reporter = Callable[[str, int, int], None]
_reporter: Reporter | None = None


def report(step: str, done: int, total: int) -> None:
    if _reporter is not None:
        _reporter(step, done, total)


@contextlib.contextmanager
def show_progress() -> Iterator[None]:
    """A rich progress display: one bar per step, documents done / total, rate, elapsed."""
    global _reporter
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TaskID,
        TextColumn,
        TimeElapsedColumn,
    )

    columns = (
        TextColumn("{task.description:<22}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:>8} docs/s"),
        TimeElapsedColumn(),
    )
    tasks: dict[str, TaskID] = {}
    with Progress(*columns, transient=False) as bar:

        def reporter(step: str, done: int, total: int) -> None:
            if step not in tasks:
                tasks[step] = bar.add_task(step, total=total, rate="")
            task = tasks[step]
            bar.update(task, completed=done, total=total)
            elapsed = bar.tasks[task].elapsed or 0.0
            bar.update(task, rate=f"{done / elapsed:,.0f}" if elapsed > 0 else "")

        _reporter = reporter
        try:
            yield
        finally:
            _reporter = None
