"""`review_pages`: one HTML review page per document (`pipelines.review`), under WAREHOUSE_DIR/review/."""

from pathlib import Path

import dagster as dg

from pipelines.defs.assets import CODE_VERSION, OWNERS, documents_partitions
from pipelines.defs.resources import WarehouseResource
from pipelines.review import write_index, write_reviews
from pipelines.schemas import DOCUMENTS

REVIEW_DIR = "review"


def review_dir(warehouse_dir: str | Path) -> Path:
    return Path(warehouse_dir) / REVIEW_DIR


@dg.asset(
    name="review_pages",
    description="One self-contained HTML page per document with every mention, date and metric "
    "highlighted at its span and the extracted row on hover: the way a person checks the "
    "extraction. Written to WAREHOUSE_DIR/review/<doc_id>.html (index.html lists them).",
    group_name="review",
    owners=OWNERS,
    kinds={"html"},
    code_version=CODE_VERSION,
    deps=["metrics", "mentions", "temporal_expressions", "people", "organisations"],
    partitions_def=documents_partitions,
    backfill_policy=dg.BackfillPolicy.single_run(),
)
def review_pages(context: dg.AssetExecutionContext, warehouse: WarehouseResource) -> dg.MaterializeResult:
    wh = warehouse.warehouse
    out_dir = review_dir(warehouse.warehouse_dir)
    keys = sorted(context.partition_keys)
    present = wh.document_ids(DOCUMENTS)
    live = [k for k in keys if k in present]
    gone = [k for k in keys if k not in present]
    for k in gone:  # a partition whose document left the warehouse: no stale page either
        (out_dir / f"{k}.html").unlink(missing_ok=True)
    written = write_reviews(wh, live, out_dir)
    index = write_index(out_dir, wh)
    if gone:
        context.log.warning(f"no document rows for {len(gone)} partitions, pages removed: {gone[:20]}")
    total = sum(1 for p in out_dir.glob("*.html") if p.name != "index.html")
    meta: dict[str, dg.MetadataValue] = {
        "pages_written": dg.MetadataValue.int(len(written)),
        "pages_total": dg.MetadataValue.int(total),
        "review_dir": dg.MetadataValue.path(str(out_dir)),
        "index": dg.MetadataValue.path(str(index)),
    }
    if written:
        meta["example_page"] = dg.MetadataValue.path(str(written[0]))
        meta["example_url"] = dg.MetadataValue.url(written[0].resolve().as_uri())
        listed = "\n".join(f"- `{p}`" for p in written[:20])
        more = f"\n- ... and {len(written) - 20} more" if len(written) > 20 else ""
        meta["pages"] = dg.MetadataValue.md(listed + more)
    return dg.MaterializeResult(metadata=meta)
