"""Settings read from the environment, shared by the CLI, the Dagster definitions and the tests."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

MAX_SEED_MB_DEFAULT = 20


@dataclass(frozen=True)
class Settings:
    seeds_dir: Path
    warehouse_dir: Path
    max_seed_bytes: int

    @classmethod
    def from_env(cls) -> Settings:
        max_mb = float(os.environ.get("MAX_SEED_MB", MAX_SEED_MB_DEFAULT))
        return cls(
            seeds_dir=Path(os.environ.get("SEEDS_DIR", "seeds")).resolve(),
            warehouse_dir=Path(os.environ.get("WAREHOUSE_DIR", "warehouse")).resolve(),
            max_seed_bytes=int(max_mb * 1024 * 1024),
        )
