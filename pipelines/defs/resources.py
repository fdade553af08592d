"""The warehouse as a Dagster resource; its folders default to SEEDS_DIR / WAREHOUSE_DIR."""

from pathlib import Path

import dagster as dg

from pipelines.config import Settings
from pipelines.seedsource import SeedPath, resolve
from pipelines.storage import Warehouse


class WarehouseResource(dg.ConfigurableResource):
    seeds_dir: str
    warehouse_dir: str
    max_seed_bytes: int
    warehouse_uri: str = ""  # s3://bucket/prefix: the Parquet files there, warehouse_dir local

    @classmethod
    def from_env(cls) -> "WarehouseResource":
        s = Settings.from_env()
        return cls(
            seeds_dir=str(s.seeds_dir),
            warehouse_dir=str(s.warehouse_dir),
            max_seed_bytes=s.max_seed_bytes,
            warehouse_uri=s.warehouse_uri,
        )

    @property
    def warehouse(self) -> Warehouse:
        local = Path(self.warehouse_dir)
        return Warehouse(self.warehouse_uri or local, local_dir=local)

    @property
    def seeds_path(self) -> SeedPath:
        """The seeds folder, or the s3://bucket/prefix they are under."""
        return resolve(self.seeds_dir)
