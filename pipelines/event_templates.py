"""Serialise a range run's materialization events once per asset instead of once per partition.

A run over N document partitions hands the event log N materializations per asset that differ
only in their partition key and timestamp (the metadata of a range run is the run's, copied into
every partition). Dagster's `serialize_value` walks the whole event each time (about 0.35 ms,
the largest single cost of storing an event). Here the event is serialised once with a sentinel
partition and timestamp, and each later event of the same shape is that JSON with its own two
values put in: the same string, byte for byte, as `serialize_value(event)`.

Safety: a shape's template is used only after it has reproduced the first event of that shape
exactly, with each sentinel occurring once; an event of any other kind, or of a shape that
failed that check, goes through `serialize_value`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from dagster._core.events import DagsterEventType, StepMaterializationData
from dagster._core.events.log import EventLogEntry
from dagster._serdes import serialize_value

_PARTITION = "\x00partition\x00"
_TIMESTAMP = 1.2345678901234567e-300
_PARTITION_JSON = json.dumps(_PARTITION)
_TIMESTAMP_JSON = repr(_TIMESTAMP)
_MATERIALIZATION = DagsterEventType.ASSET_MATERIALIZATION.value


def _shape(event: EventLogEntry) -> EventLogEntry | None:
    """The event with the sentinel partition and timestamp, or None when it is not a partitioned
    step materialization. `_replace` builds the tuples without re-running their validation."""
    dagster_event = event.dagster_event
    if dagster_event is None or dagster_event.event_type_value != _MATERIALIZATION:
        return None
    data = dagster_event.event_specific_data
    if not isinstance(data, StepMaterializationData) or not isinstance(data.materialization.partition, str):
        return None
    if type(event.timestamp) is not float:
        return None
    materialization = data.materialization._replace(partition=_PARTITION)
    return event._replace(
        timestamp=_TIMESTAMP,
        dagster_event=dagster_event._replace(
            event_specific_data=data._replace(materialization=materialization)
        ),
    )


# A template cut at its two sentinels: (head, middle, tail, partition comes first).
Template = tuple[str, str, str, bool]


def _compile(serialized_shape: str) -> Template | None:
    if serialized_shape.count(_PARTITION_JSON) != 1 or serialized_shape.count(_TIMESTAMP_JSON) != 1:
        return None
    p, t = serialized_shape.index(_PARTITION_JSON), serialized_shape.index(_TIMESTAMP_JSON)
    (first, first_len), (second, second_len) = sorted([(p, len(_PARTITION_JSON)), (t, len(_TIMESTAMP_JSON))])
    return (
        serialized_shape[:first],
        serialized_shape[first + first_len : second],
        serialized_shape[second + second_len :],
        p < t,
    )


def _fill(template: Template, event: EventLogEntry) -> str:
    head, middle, tail, partition_first = template
    partition = json.dumps(event.dagster_event.event_specific_data.materialization.partition)  # type: ignore[union-attr]
    timestamp = json.dumps(event.timestamp)
    if partition_first:
        return head + partition + middle + timestamp + tail
    return head + timestamp + middle + partition + tail


@dataclass
class EventTemplates:
    """`serialize(event)` == `serialize_value(event)`, from a template per asset when it can."""

    # asset key -> (the shape, its repr, its template or None when the template failed its check)
    _by_asset: dict[object, tuple[EventLogEntry, str, Template | None]] = field(default_factory=dict)
    templated: int = 0

    def serialize(self, event: EventLogEntry) -> str:
        shaped = _shape(event)
        if shaped is None:
            return serialize_value(event)
        key = event.dagster_event.asset_key  # type: ignore[union-attr]
        known = self._by_asset.get(key)
        # Equal is not enough: IntMetadataValue(1) == FloatMetadataValue(1.0), and 1 == 1.0 inside
        # JSON metadata, yet they serialise apart; the repr tells those types apart.
        written = repr(shaped)
        if known is not None and known[1] == written and known[0] == shaped:
            if known[2] is None:
                return serialize_value(event)
            self.templated += 1
            return _fill(known[2], event)
        exact = serialize_value(event)
        template = _compile(serialize_value(shaped))
        if template is not None and _fill(template, event) != exact:
            template = None
        self._by_asset[key] = (shaped, written, template)
        return exact
