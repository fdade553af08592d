"""Dagster's SQLite event log, writing batches of asset events in one transaction.

A run over N document partitions records one "planned" and one "materialized" event per asset per
partition. Dagster hands these over in batches when DAGSTER_EVENT_BATCH_SIZE > 0, but its SQLite
storage still stores them one at a time, each on a fresh engine and connection. This subclass
stores a batch from one run with one connection per shard and one transaction, the same rows in
the same tables. Anything else goes through the stock code path.

Selected in `dagster.yaml` (`event_log_storage`); `base_dir` defaults to the location the stock
`storage: sqlite` uses, `$DAGSTER_HOME/history/runs`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from dagster import Field, StringSource
from dagster._core.events import ASSET_EVENTS
from dagster._core.events.log import EventLogEntry
from dagster._core.storage.event_log.sqlite.sqlite_event_log import SqliteEventLogStorage
from dagster._core.storage.sqlalchemy_compat import db_result
from dagster._serdes import ConfigurableClassData

BATCH_SIZE_ENV = "DAGSTER_EVENT_BATCH_SIZE"
DEFAULT_BATCH_SIZE = "1000"


def enable_event_batching() -> None:
    """Ask Dagster to hand partition-range events over in batches (read per event by Dagster)."""
    os.environ.setdefault(BATCH_SIZE_ENV, DEFAULT_BATCH_SIZE)


def _is_asset_event(event: EventLogEntry) -> bool:
    return event.is_dagster_event and event.dagster_event_type in ASSET_EVENTS


class BatchingSqliteEventLogStorage(SqliteEventLogStorage):
    @classmethod
    def config_type(cls) -> dict:
        return {"base_dir": Field(StringSource, is_required=False)}

    @classmethod
    def from_config_value(  # type: ignore[override]
        cls, inst_data: ConfigurableClassData | None, config_value: dict
    ) -> BatchingSqliteEventLogStorage:
        base_dir = config_value.get("base_dir") or os.path.join(
            os.environ.get("DAGSTER_HOME", "."), "history", "runs"
        )
        return cls(base_dir=base_dir, inst_data=inst_data)

    def store_event_batch(self, events: Sequence[EventLogEntry]) -> None:
        """Consecutive asset events of one run go in together; anything else (asset-check plans
        mixed into the same batch) is stored one by one, in order."""
        pending: list[EventLogEntry] = []
        for event in events:
            if _is_asset_event(event) and (not pending or pending[0].run_id == event.run_id):
                pending.append(event)
                continue
            self._store_asset_events(pending)
            pending = []
            if _is_asset_event(event):
                pending.append(event)
            else:
                self.store_event(event)
        self._store_asset_events(pending)

    def _store_asset_events(self, events: Sequence[EventLogEntry]) -> None:
        if len(events) < 2:
            for event in events:
                self.store_event(event)
            return
        statements = [self.prepare_insert_event(e) for e in events]
        with self.run_connection(events[0].run_id) as conn:
            for statement in statements:
                conn.execute(statement)
        with self.index_transaction() as conn:
            ids = []
            for statement in statements:
                with db_result(conn, statement) as result:
                    ids.append(result.inserted_primary_key[0])
            self._store_asset_event_tags(conn, list(events), ids)
            for event, event_id in zip(events, ids, strict=True):
                self._store_asset_event(conn, event, event_id)
