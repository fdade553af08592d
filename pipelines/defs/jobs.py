"""Jobs: the per-document chain (partitioned) and the cross-document refresh."""

from __future__ import annotations

import dagster as dg

from pipelines.defs.assets import CROSS_DOCUMENT_ASSETS, PER_DOCUMENT_ASSETS
from pipelines.defs.review import review_pages

process_job = dg.define_asset_job(
    name="process_documents",
    selection=dg.AssetSelection.assets(*PER_DOCUMENT_ASSETS),
    description="Seed file -> documents -> sections/sentences -> entities, dates -> metrics.",
)
crossdoc_job = dg.define_asset_job(
    name="refresh_crossdoc",
    selection=dg.AssetSelection.assets(*CROSS_DOCUMENT_ASSETS, review_pages),
    description="Prunes removed documents, rebuilds entities and metric_timeseries, and brings "
    "the review pages up to date.",
)
