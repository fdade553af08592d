"""Dagster's SQLite event log, writing batches of asset events in bulk.

A run over N document partitions records, by default, one "planned" and one "materialized" event
per asset per partition. This subclass cuts both costs:
- planned events: one per asset holding the run's partition subset, as Dagster's own
  PostgreSQL storage can (`supports_partition_subset_in_asset_materialization_planned_events`);
  the one thing lost is that a failed range run does not mark its partitions failed (they stay
  missing, and the sensor or the daily reconcile re-runs them);
- materializations: Dagster hands them over in batches when DAGSTER_EVENT_BATCH_SIZE > 0, but
  its SQLite storage stores them one at a time, each on a fresh connection. Here a batch from one
  run is stored with multi-row inserts in one transaction per shard, the same rows in the same
  tables. Anything else goes through the stock code path.
- serialisation: the materializations of one asset in a range run differ only in partition and
  timestamp; each is serialised from its asset's template (`pipelines.event_templates`), the
  same JSON as Dagster's `serialize_value` at a fraction of the cost.

- connections: the stock storage creates an engine, opens a connection and closes it for every
  read and write (a single event costs four of them, about 18 ms in all). Here each process keeps
  one engine per shard for its last few shards (a small pool of open connections each), so an
  event costs its statements and commits. The engines belong to the process that made them: a
  forked child (the extraction workers) never uses, closes or checkpoints its parent's
  connections (SQLite's rule for fork), and `wipe` disposes of them before deleting files.

Selected in `dagster.yaml` (`event_log_storage`); `base_dir` defaults to the location the stock
`storage: sqlite` uses, `$DAGSTER_HOME/history/runs`.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
import sqlalchemy.exc as db_exc
from dagster import Field, StringSource
from dagster import _check as check
from dagster._core.events import ASSET_EVENTS
from dagster._core.events.log import EventLogEntry
from dagster._core.storage.event_log.schema import AssetKeyTable, SqlEventLogStorageTable
from dagster._core.storage.event_log.sqlite.sqlite_event_log import (
    SQLITE_BUSY_TIMEOUT_SECONDS,
    SqliteEventLogStorage,
)
from dagster._serdes import ConfigurableClassData

from pipelines.event_templates import EventTemplates

BATCH_SIZE_ENV = "DAGSTER_EVENT_BATCH_SIZE"
DEFAULT_BATCH_SIZE = "1000"


def enable_event_batching() -> None:
    """Ask Dagster to hand partition-range events over in batches (read per event by Dagster)."""
    os.environ.setdefault(BATCH_SIZE_ENV, DEFAULT_BATCH_SIZE)


def _is_asset_event(event: EventLogEntry) -> bool:
    return event.is_dagster_event and event.dagster_event_type in ASSET_EVENTS


ENGINES_KEPT = 8  # shards with an open engine per process: the index and the latest runs'
# Engines of other processes, never closed here: SQLite connections must not cross a fork.
_INHERITED: list[sa.Engine] = []


def _wal_normal_sync(dbapi_connection: Any, _record: Any) -> None:
    """In WAL mode (the stock storage's), synchronous=NORMAL syncs at checkpoints rather than at
    every commit: a crash of the process loses nothing, a power cut may lose the last events,
    never the database."""
    dbapi_connection.execute("PRAGMA synchronous=NORMAL")


class BatchingSqliteEventLogStorage(SqliteEventLogStorage):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._engines: OrderedDict[str, sa.Engine] = OrderedDict()
        self._engines_pid = os.getpid()
        self._engines_lock = threading.Lock()
        self._templates = EventTemplates()
        super().__init__(*args, **kwargs)

    def _engine(self, shard: str) -> sa.Engine:
        with self._engines_lock:
            if self._engines_pid != os.getpid():  # a forked child: leave the parent's alone
                _INHERITED.extend(self._engines.values())
                self._engines, self._engines_pid = OrderedDict(), os.getpid()
            engine = self._engines.pop(shard, None)
            if engine is None:
                engine = sa.create_engine(
                    self.conn_string_for_shard(shard),
                    pool_size=2,
                    max_overflow=8,
                    connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS, "check_same_thread": False},
                )
                sa.event.listen(engine, "connect", _wal_normal_sync)
            self._engines[shard] = engine  # most recently used last
            while len(self._engines) > ENGINES_KEPT:
                self._engines.popitem(last=False)[1].dispose()
            return engine

    @contextmanager
    def _connect(self, shard: str) -> Iterator[Any]:
        """The stock `_connect` (lock, create the shard's tables once, one transaction) on a kept
        engine instead of a new one per call."""
        with self._db_lock:
            engine = self._engine(shard)
            if shard not in self._initialized_dbs:
                self._initdb(engine)
                self._initialized_dbs.add(shard)
            with engine.connect() as conn, conn.begin():
                yield conn

    def dispose_engines(self) -> None:
        with self._engines_lock:
            for engine in self._engines.values():
                engine.dispose()
            self._engines.clear()

    def wipe(self) -> None:
        self.dispose_engines()  # no open connection to the files about to be deleted
        super().wipe()

    def dispose(self) -> None:
        self.dispose_engines()
        super().dispose()

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

    @property
    def supports_partition_subset_in_asset_materialization_planned_events(self) -> bool:
        return True

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
        """The stock `store_event` for each event, done in bulk: one multi-row insert into the
        run shard, one into the index shard (returning the new ids in order), the tags in one
        insert, and one upsert per asset key (the stock code rewrites that row once per event,
        each write overwriting the columns it sets; the end state is the same)."""
        if len(events) < 2:
            for event in events:
                self.store_event(event)
            return
        rows = [self._batch_row(e) for e in events]
        with self.run_connection(events[0].run_id) as conn:
            conn.execute(SqlEventLogStorageTable.insert(), rows)
        with self.index_transaction() as conn:
            inserted = conn.execute(
                SqlEventLogStorageTable.insert().returning(
                    SqlEventLogStorageTable.c.id, sort_by_parameter_order=True
                ),
                rows,
            )
            ids = [row[0] for row in inserted]
            self._store_asset_event_tags(conn, list(events), ids)
            has_index_cols = self._has_asset_key_index_cols_on_connection(conn)
            # An event's values are overwritten by a later event of the same asset and type (they
            # set the same columns), so only the last of each is computed and applied, in order.
            last: dict[tuple[str, str], tuple[EventLogEntry, int]] = {}
            for event, event_id in zip(events, ids, strict=True):
                dagster_event = check.not_none(event.dagster_event)
                key = check.not_none(dagster_event.asset_key).to_string()
                last.pop((key, dagster_event.event_type_value), None)
                last[(key, dagster_event.event_type_value)] = (event, event_id)
            merged: dict[str, dict[str, Any]] = {}
            for (asset_key, _), (event, event_id) in last.items():
                values = self._get_asset_entry_values(event, event_id, has_index_cols)
                if values:
                    merged.setdefault(asset_key, {}).update(values)
            for asset_key, values in merged.items():
                self._upsert_asset_key(conn, asset_key, values)

    def _batch_row(self, event: EventLogEntry) -> dict[str, Any]:
        """The stock `_event_to_row`, the event serialised from its asset's template
        (`pipelines.event_templates`: the same JSON; a test holds the two rows equal)."""
        dagster_event = check.not_none(event.dagster_event)
        asset_key = check.not_none(dagster_event.asset_key)
        return {
            "run_id": event.run_id,
            "event": self._templates.serialize(event),
            "dagster_event_type": dagster_event.event_type_value,
            "timestamp": self._event_insert_timestamp(event),
            "step_key": dagster_event.step_key,
            "asset_key": asset_key.to_string(),
            "partition": dagster_event.partition or None,
        }

    @staticmethod
    def _upsert_asset_key(conn: Any, asset_key: str, values: dict[str, Any]) -> None:
        try:  # as the stock code: SQLite undoes only the failed statement
            conn.execute(AssetKeyTable.insert().values(asset_key=asset_key, **values))
        except db_exc.IntegrityError:
            conn.execute(
                AssetKeyTable.update().values(**values).where(AssetKeyTable.c.asset_key == asset_key)
            )
