"""The accuracy ratchet: the best F1 per field landed so far on the whole labelled corpus.

`ratchet.json` (beside this file) keeps those figures and the honest before-tuning figure of the
releases added last (scored before any rule was changed for them). The corpus test fails when a
field drops below its ratchet figure; `pipelines eval --raise-ratchet` raises the figures that
improved and never lowers one.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipelines.evaluation.scoring import EvalReport

PATH = Path(__file__).with_name("ratchet.json")
_EPS = 1e-9


def load(path: Path = PATH) -> dict[str, Any]:
    return json.loads(path.read_text())


def failures(report: EvalReport, path: Path = PATH) -> list[str]:
    """One message per field whose F1 fell below the best figure landed so far."""
    best = load(path)["ratchet"]["f1"]
    out = []
    for name, floor in best.items():
        got = report.fields[name].f1 if name in report.fields else None
        if got is None or got + _EPS < floor:
            out.append(f"{name}: F1 {got if got is None else round(got, 3)} < ratchet {floor:.3f}")
    return out


def raise_to(report: EvalReport, path: Path = PATH) -> dict[str, tuple[float, float]]:
    """Raise every ratchet figure that `report` beats (rounded down to 3 decimals, so a figure
    is never above what was measured); returns field -> (old, new) for the raised ones."""
    data = load(path)
    best: dict[str, float] = data["ratchet"]["f1"]
    raised = {}
    for name, score in report.fields.items():
        new = int(score.f1 * 1000 + _EPS) / 1000
        old = best.get(name, 0.0)
        if new > old:
            best[name] = new
            raised[name] = (old, new)
    if raised:
        path.write_text(json.dumps(data, indent=2) + "\n")
    return raised
