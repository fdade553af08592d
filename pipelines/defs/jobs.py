"""Jobs: the per-document chain (partitioned), the cross-document refresh, and both in one run."""

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
update_job = dg.define_asset_job(
    name="update_documents",
    selection=dg.AssetSelection.assets(*PER_DOCUMENT_ASSETS, *CROSS_DOCUMENT_ASSETS, review_pages),
    description="The per-document chain for some documents, then entities, metric_timeseries and "
    "the review pages in the same run: what the seeds sensor asks for, so that a dropped file "
    "reaches every view in one run.",
)
