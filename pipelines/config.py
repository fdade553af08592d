"""Settings read from the environment, shared by the CLI, the Dagster definitions and the tests."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pipelines.seedsource import SeedPath, resolve

if TYPE_CHECKING:
    from pipelines.storage import Warehouse

MAX_SEED_MB_DEFAULT = 20


@dataclass(frozen=True)
class Settings:
    seeds_dir: SeedPath  # a folder, or an s3://bucket/prefix string
    warehouse_dir: Path
    max_seed_bytes: int
    # Where the Parquet files live: WAREHOUSE_URI (s3://bucket/prefix) or else WAREHOUSE_DIR.
    # With an s3:// URI, WAREHOUSE_DIR holds only local by-products (views database, staging,
    # locks, review pages).
    warehouse_uri: str = ""

    def warehouse(self) -> Warehouse:
        from pipelines.storage import Warehouse

        return Warehouse(self.warehouse_uri or self.warehouse_dir, local_dir=self.warehouse_dir)

    @classmethod
    def from_env(cls) -> Settings:
        max_mb = float(os.environ.get("MAX_SEED_MB", MAX_SEED_MB_DEFAULT))
        return cls(
            seeds_dir=resolve(os.environ.get("SEEDS_DIR", "seeds")),
            warehouse_dir=Path(os.environ.get("WAREHOUSE_DIR", "warehouse")).resolve(),
            max_seed_bytes=int(max_mb * 1024 * 1024),
            warehouse_uri=os.environ.get("WAREHOUSE_URI", ""),
        )
