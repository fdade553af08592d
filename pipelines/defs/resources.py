"""The warehouse as a Dagster resource; its folders default to SEEDS_DIR / WAREHOUSE_DIR."""

from pathlib import Path

import dagster as dg

from pipelines.config import Settings
from pipelines.storage import Warehouse


class WarehouseResource(dg.ConfigurableResource):
    seeds_dir: str
    warehouse_dir: str
    max_seed_bytes: int

    @classmethod
    def from_env(cls) -> "WarehouseResource":
        s = Settings.from_env()
        return cls(
            seeds_dir=str(s.seeds_dir),
            warehouse_dir=str(s.warehouse_dir),
            max_seed_bytes=s.max_seed_bytes,
        )

    @property
    def warehouse(self) -> Warehouse:
        return Warehouse(Path(self.warehouse_dir))

    @property
    def seeds_path(self) -> Path:
        return Path(self.seeds_dir)
