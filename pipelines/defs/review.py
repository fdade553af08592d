"""`review_pages`: one HTML review page per document (`pipelines.review`), under WAREHOUSE_DIR/review/.

Not partitioned: it follows the per-document tables and `entities` like the other cross-document
assets, and re-renders only the pages whose content changed (`pipelines.review_sync`)."""

from pathlib import Path

import dagster as dg

from pipelines.defs.assets import CODE_VERSION, OWNERS, crossdoc_condition
from pipelines.defs.resources import WarehouseResource
from pipelines.review_sync import sync_reviews

REVIEW_DIR = "review"
PAGES_LISTED = 20


def review_dir(warehouse_dir: str | Path) -> Path:
    return Path(warehouse_dir) / REVIEW_DIR


@dg.asset(
    name="review_pages",
    description="One self-contained HTML page per document with every mention, date and metric "
    "highlighted at its span and the extracted row on hover: the way a person checks the "
    "extraction. Written to WAREHOUSE_DIR/review/<doc_id>.html (index.html lists them); only "
    "pages of new or changed documents are rendered again.",
    group_name="review",
    owners=OWNERS,
    kinds={"html"},
    code_version=CODE_VERSION,
    deps=["metrics", "mentions", "temporal_expressions", "people", "organisations", "entities"],
    automation_condition=crossdoc_condition(),
)
def review_pages(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    out_dir = review_dir(warehouse.warehouse_dir)
    result = sync_reviews(warehouse.warehouse, out_dir)
    if result.removed:
        context.log.info(f"removed {len(result.removed)} pages of documents no longer in the warehouse")
    meta: dict[str, dg.MetadataValue] = {
        "pages_written": dg.MetadataValue.int(len(result.written)),
        "pages_unchanged": dg.MetadataValue.int(result.unchanged),
        "pages_removed": dg.MetadataValue.int(len(result.removed)),
        "pages_total": dg.MetadataValue.int(result.total),
        "review_dir": dg.MetadataValue.path(str(out_dir)),
        "index": dg.MetadataValue.path(str(result.index)),
    }
    if result.written:
        first = result.written[0]
        meta["example_page"] = dg.MetadataValue.path(str(first))
        meta["example_url"] = dg.MetadataValue.url(first.resolve().as_uri())
        listed = "\n".join(f"- `{p}`" for p in result.written[:PAGES_LISTED])
        more = len(result.written) - PAGES_LISTED
        meta["pages"] = dg.MetadataValue.md(listed + (f"\n- ... and {more} more" if more > 0 else ""))
    return dg.MaterializeResult(metadata=meta)
