"""The whole chain over a seeds folder without Dagster: used by `pipelines eval` and benchmarks.

The Dagster assets call the same stage functions in the same order (see `pipelines.defs`)."""

from __future__ import annotations

from pathlib import Path

from pipelines import crossdoc, stages
from pipelines.schemas import EXTRACTION_ERRORS
from pipelines.seedsource import SeedPath
from pipelines.storage import Warehouse


def build_warehouse(
    seeds_dir: SeedPath, warehouse: Path | str, *, max_bytes: int, local_dir: Path | None = None
) -> dict[str, int]:
    """`warehouse`: a folder or `s3://bucket/prefix` (then `local_dir` holds the local by-products)."""
    wh = Warehouse(warehouse, local_dir=local_dir)
    seeds = stages.list_seeds(seeds_dir)
    ids = [s.doc_id for s in seeds]
    wh.prune(set(ids))
    counts: dict[str, int] = {}
    counts |= stages.run_documents(wh, seeds, max_bytes=max_bytes, live=set(ids))
    counts |= stages.run_sections(wh, ids)
    counts |= stages.run_entities(wh, ids)
    counts |= stages.run_temporal(wh, ids)
    counts |= stages.run_metrics(wh, ids)
    counts[EXTRACTION_ERRORS.name] = wh.published_rows(EXTRACTION_ERRORS)  # of every step
    counts |= crossdoc.run_entities_table(wh)
    counts |= crossdoc.run_timeseries(wh)
    wh.create_views()
    return counts
