"""Dagster's PostgreSQL event log with the two settings a range run over thousands of partitions
needs (used when DAGSTER_PG_* is set: `pipelines.instance`).

- Planned events: one per asset holding the run's partition subset, as the batching SQLite log
  (`pipelines.dagster_storage`) does; the stock PostgreSQL storage writes one per asset per
  partition, each on its own connection. Same trade: a failed range run leaves its partitions
  missing rather than failed.
- Connections: the stock storage opens a new connection for every statement (`NullPool`: about
  15 ms each on loopback); this one keeps a small pool per instance, as the stock storage does
  inside the webserver (`optimize_for_webserver`).

Materializations are already stored in batches by the stock code (`store_event_batch`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dagster._serdes import ConfigurableClassData
from dagster_postgres.event_log.event_log import PostgresEventLogStorage
from dagster_postgres.utils import create_pg_engine, get_token_provider_from_config, pg_url_from_config

POOL_SIZE = 2


class BatchingPostgresEventLogStorage(PostgresEventLogStorage):
    def __init__(self, postgres_url: str, *args: Any, **kwargs: Any) -> None:
        super().__init__(postgres_url, *args, **kwargs)
        self._engine.dispose()
        self._engine = create_pg_engine(
            self.postgres_url,
            self._token_provider,
            isolation_level="AUTOCOMMIT",
            pool_size=POOL_SIZE,
            max_overflow=4,
            pool_pre_ping=True,
        )

    @classmethod
    def from_config_value(  # type: ignore[override]
        cls, inst_data: ConfigurableClassData | None, config_value: Mapping[str, Any]
    ) -> BatchingPostgresEventLogStorage:
        return cls(
            pg_url_from_config(config_value),
            should_autocreate_tables=config_value.get("should_autocreate_tables", True),
            inst_data=inst_data,
            token_provider=get_token_provider_from_config(config_value),
        )

    @property
    def supports_partition_subset_in_asset_materialization_planned_events(self) -> bool:
        return True
