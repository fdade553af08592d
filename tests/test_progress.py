"""Long work reports its progress: every step reaches done == total."""

from __future__ import annotations

from pathlib import Path

from pipelines import progress
from pipelines.runner import build_warehouse


def test_every_step_reports_completion(seed_dir: Path, tmp_path: Path, monkeypatch) -> None:
    seen: dict[str, tuple[int, int]] = {}
    monkeypatch.setattr(
        progress, "_reporter", lambda step, done, total: seen.__setitem__(step, (done, total))
    )
    build_warehouse(seed_dir, tmp_path / "wh", max_bytes=1 << 24)
    assert set(seen) == {
        "documents",
        "sections/sentences",
        "mentions/people/organisations",
        "temporal_expressions",
        "metrics",
    }
    assert all(done == total == 1 for done, total in seen.values())


def test_show_progress_installs_and_removes_a_display() -> None:
    with progress.show_progress():
        assert progress._reporter is not None
        progress.report("step", 1, 2)
    assert progress._reporter is None
