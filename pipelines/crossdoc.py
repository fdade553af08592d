"""Cross-document tables: `entities` (aliases merged across documents) and `metric_timeseries`."""

from __future__ import annotations

import hashlib
from collections import defaultdict

import duckdb
import pyarrow as pa

from pipelines.schemas import (
    DOCUMENTS,
    ENTITIES,
    ENTITY_KEYS,
    MENTIONS,
    METRIC_TIMESERIES,
    METRICS,
    ORGANISATIONS,
    PEOPLE,
    to_arrow,
)
from pipelines.storage import Warehouse

Row = dict[str, object]


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def entity_id(canonical_key: str) -> str:
    return "E" + hashlib.blake2b(canonical_key.encode(), digest_size=6).hexdigest()


def build_entities(
    key_stats: list[Row], orgs: list[Row], people: list[Row], release: dict[str, object]
) -> tuple[list[Row], list[Row]]:
    """Merge document-level keys into entities: an acronym and its full name are one entity in
    every document; identical names are one entity. Ids hash the canonical (fullest) key.

    `key_stats`: one row per entity_key with its distinct `texts`, distinct `doc_ids` and
    mention count `n` (aggregated in DuckDB, so memory follows the entities, not the mentions)."""
    uf = _UnionFind()
    for o in orgs:
        uf.find(str(o["entity_key"]))
        if o["acronym"]:
            uf.union(str(o["entity_key"]), f"org:{str(o['acronym']).lower()}")
    names: dict[str, set[str]] = {}
    stats: dict[str, dict[str, object]] = {}
    for row in key_stats:
        key = str(row["entity_key"])
        uf.find(key)
        names[key] = set(row["texts"])  # type: ignore[arg-type]
        stats[key] = {"docs": set(row["doc_ids"]), "n": row["n"]}  # type: ignore[arg-type]
    clusters: dict[str, list[str]] = defaultdict(list)
    for key in list(uf.parent):
        clusters[uf.find(key)].append(key)
    acronyms = {str(o["entity_key"]): o["acronym"] for o in orgs if o["acronym"]}
    full_names = {str(o["entity_key"]): str(o["name"]) for o in (*orgs, *people)}
    entities, key_rows = [], []
    for keys in clusters.values():
        used = [k for k in keys if k in names]
        if not used:
            continue
        canonical = max(used, key=lambda k: (len(k), k))
        eid = entity_id(canonical)
        docs = set().union(*(stats[k]["docs"] for k in used))  # type: ignore[arg-type]
        dates = sorted(d for d in (release.get(str(x)) for x in docs) if d is not None)
        name = full_names.get(canonical) or max(names[canonical], key=len)
        aliases = sorted(set().union(*(names[k] for k in used)) - {name})
        entities.append(
            {"entity_id": eid, "label": canonical.split(":", 1)[0].upper(), "name": name,
             "acronym": next((acronyms[k] for k in used if k in acronyms), None),
             "aliases": aliases, "entity_keys": sorted(used), "n_documents": len(docs),
             "n_mentions": sum(int(stats[k]["n"]) for k in used),  # type: ignore[call-overload]
             "first_seen": dates[0] if dates else None, "last_seen": dates[-1] if dates else None}
        )  # fmt: skip
        key_rows += [{"entity_key": k, "entity_id": eid} for k in used]
    entities.sort(key=lambda e: (str(e["label"]), str(e["name"])))
    key_rows.sort(key=lambda r: str(r["entity_key"]))
    return entities, key_rows


def subject_names(entities: list[Row]) -> dict[str, str]:
    """Every written form of an organisation, event or programme -> one display name (the
    acronym where there is one), so 'OASES' and its full name make one series."""
    out: dict[str, str] = {}
    for e in entities:
        if e["label"] == "PERSON" or e["label"] == "GPE":
            continue
        display = str(e["acronym"] or e["name"])
        for form in (e["name"], e["acronym"], *(e["aliases"] or [])):
            if form:
                out.setdefault(str(form), display)
    return out


def build_timeseries(
    metrics: list[Row], release: dict[str, object], subjects: dict[str, str] | None = None
) -> list[Row]:
    """One row per (metric, subject, as_of): the newest statement's value, every stating doc."""
    subjects = subjects or {}
    groups: dict[tuple, list[Row]] = defaultdict(list)
    for m in metrics:
        subject = subjects.get(str(m["subject"]), m["subject"]) if m["subject"] else None
        groups[(m["metric"], subject, m["as_of"])].append(m)
    rows = []
    for (metric, subject, as_of), items in groups.items():
        items.sort(key=lambda m: (str(release.get(str(m["doc_id"])) or ""), str(m["doc_id"])), reverse=True)
        top = items[0]
        doc_ids = list(dict.fromkeys(str(m["doc_id"]) for m in items))
        rows.append(
            {"metric": metric, "subject": subject, "as_of": as_of,
             "as_of_precision": top["as_of_precision"], "unit": top["unit"], "value": top["value"],
             "qualifier": top["qualifier"], "value_low": top["value_low"],
             "value_high": top["value_high"], "n_statements": len(items), "doc_ids": doc_ids,
             "latest_release_date": release.get(doc_ids[0])}
        )  # fmt: skip
    rows.sort(key=lambda r: (str(r["metric"]), str(r["subject"] or "")))
    rows.sort(key=lambda r: (r["as_of"] is not None, str(r["as_of"] or "")), reverse=True)
    return rows


def _aggregate(data: pa.Table, sql: str) -> list[Row]:
    """Run `sql` over the Arrow table `t` in an in-memory DuckDB."""
    with duckdb.connect() as con:
        con.register("t", data)
        return con.sql(sql).to_arrow_table().to_pylist()


def _release_dates(wh: Warehouse) -> dict[str, object]:
    docs = wh.read_table(DOCUMENTS, ["doc_id", "release_date"]).to_pylist()
    return {str(d["doc_id"]): d["release_date"] for d in docs}


def run_entities_table(wh: Warehouse) -> dict[str, int]:
    mentions = wh.read_table(MENTIONS, ["doc_id", "entity_key", "text"])
    key_stats = _aggregate(
        mentions,
        "SELECT entity_key, list(DISTINCT text) AS texts, list(DISTINCT doc_id) AS doc_ids, "
        "count(*) AS n FROM t GROUP BY entity_key",
    )
    orgs = _aggregate(
        wh.read_table(ORGANISATIONS, ["entity_key", "name", "acronym"]),
        "SELECT DISTINCT entity_key, name, acronym FROM t",
    )
    people = _aggregate(
        wh.read_table(PEOPLE, ["entity_key", "name"]), "SELECT DISTINCT entity_key, name FROM t"
    )
    entities, keys = build_entities(key_stats, orgs, people, _release_dates(wh))
    wh.write_table(ENTITIES, to_arrow(ENTITIES, entities))
    wh.write_table(ENTITY_KEYS, to_arrow(ENTITY_KEYS, keys))
    return {"entities": len(entities), "entity_keys": len(keys)}


def run_timeseries(wh: Warehouse) -> dict[str, int]:
    needed = ["doc_id", "metric", "subject", "as_of", "as_of_precision", "unit", "value",
              "qualifier", "value_low", "value_high"]  # fmt: skip
    metrics = wh.read_table(METRICS, needed).to_pylist()
    entities = wh.read_table(ENTITIES, ["label", "name", "acronym", "aliases"]).to_pylist()
    rows = build_timeseries(metrics, _release_dates(wh), subject_names(entities))
    data: pa.Table = to_arrow(METRIC_TIMESERIES, rows)
    wh.write_table(METRIC_TIMESERIES, data)
    return {"metric_timeseries": len(rows)}
