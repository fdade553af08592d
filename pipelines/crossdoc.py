"""Cross-document tables: `entities` (aliases merged across documents) and `metric_timeseries`."""

from __future__ import annotations

import hashlib
from collections import defaultdict

import pyarrow as pa

from pipelines.schemas import (
    ENTITIES,
    ENTITY_KEYS,
    METRIC_TIMESERIES,
    arrow_schema,
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


def cluster_roots(orgs: list[Row]) -> dict[str, str]:
    """entity_key -> the key naming its cluster, for the keys organisations link: an acronym and
    its full name are one entity in every document. Keys not in the result are clusters of one."""
    uf = _UnionFind()
    for o in orgs:
        uf.find(str(o["entity_key"]))
        if o["acronym"]:
            uf.union(str(o["entity_key"]), f"org:{str(o['acronym']).lower()}")
    return {key: uf.find(key) for key in list(uf.parent)}


def build_entities(
    key_stats: list[Row], orgs: list[Row], people: list[Row], cluster_stats: dict[str, Row]
) -> tuple[list[Row], list[Row]]:
    """Merge document-level keys into entities: keys linked by `cluster_roots` and identical
    names are one entity. Ids hash the canonical (fullest) key.

    `key_stats`: one row per entity_key with its distinct `texts` and mention count `n`;
    `cluster_stats`: per cluster root, `n_documents`, `first_seen`, `last_seen` (both aggregated
    in DuckDB, so memory follows the entities, not the mentions or the documents)."""
    roots = cluster_roots(orgs)
    names: dict[str, set[str]] = {}
    counts: dict[str, int] = {}
    for row in key_stats:
        key = str(row["entity_key"])
        names[key] = set(row["texts"])  # type: ignore[arg-type]
        counts[key] = int(row["n"])  # type: ignore[call-overload]
    clusters: dict[str, list[str]] = defaultdict(list)
    for key in [*roots, *(k for k in names if k not in roots)]:
        clusters[roots.get(key, key)].append(key)
    acronyms = {str(o["entity_key"]): o["acronym"] for o in orgs if o["acronym"]}
    full_names = {str(o["entity_key"]): str(o["name"]) for o in (*orgs, *people)}
    entities, key_rows = [], []
    for root, keys in clusters.items():
        used = [k for k in keys if k in names]
        if not used:
            continue
        canonical = max(used, key=lambda k: (len(k), k))
        eid = entity_id(canonical)
        stats = cluster_stats[root]
        name = full_names.get(canonical) or max(names[canonical], key=len)
        aliases = sorted(set().union(*(names[k] for k in used)) - {name})
        entities.append(
            {"entity_id": eid, "label": canonical.split(":", 1)[0].upper(), "name": name,
             "acronym": next((acronyms[k] for k in used if k in acronyms), None),
             "aliases": aliases, "entity_keys": sorted(used), "n_documents": stats["n_documents"],
             "n_mentions": sum(counts[k] for k in used),
             "first_seen": stats["first_seen"], "last_seen": stats["last_seen"]}
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


def run_entities_table(wh: Warehouse) -> dict[str, int]:
    """Every aggregate runs in DuckDB over the warehouse's views (Parquet streamed, current
    versions only); Python sees one row per entity key and per cluster, never the mentions."""
    with wh.connect() as con:
        orgs = (
            con.sql("SELECT DISTINCT entity_key, name, acronym FROM organisations")
            .to_arrow_table()
            .to_pylist()
        )
        people = con.sql("SELECT DISTINCT entity_key, name FROM people").to_arrow_table().to_pylist()
        roots = cluster_roots(orgs)
        con.register(
            "roots", pa.table({"entity_key": list(roots), "root": list(roots.values())}, schema=_ROOTS)
        )
        key_stats = con.sql(
            "SELECT entity_key, list(DISTINCT text) AS texts, count(*) AS n FROM mentions GROUP BY entity_key"
        ).to_arrow_table()
        cluster_stats = con.sql(
            "SELECT coalesce(r.root, m.entity_key) AS root, count(DISTINCT m.doc_id) AS n_documents, "
            "min(d.release_date) AS first_seen, max(d.release_date) AS last_seen FROM mentions m "
            "LEFT JOIN roots r USING (entity_key) LEFT JOIN documents d USING (doc_id) GROUP BY 1"
        ).to_arrow_table()
    by_root = {str(r["root"]): r for r in cluster_stats.to_pylist()}
    entities, keys = build_entities(key_stats.to_pylist(), orgs, people, by_root)
    wh.write_table(ENTITIES, to_arrow(ENTITIES, entities))
    wh.write_table(ENTITY_KEYS, to_arrow(ENTITY_KEYS, keys))
    return {"entities": len(entities), "entity_keys": len(keys)}


_ROOTS = pa.schema([("entity_key", pa.string()), ("root", pa.string())])


_TIMESERIES_SQL = """
WITH m AS (
    SELECT m.*, CASE WHEN m.subject IS NULL OR m.subject = '' THEN NULL
                     ELSE coalesce(s.display, m.subject) END AS canonical,
           coalesce(CAST(d.release_date AS VARCHAR), '') AS rel, d.release_date AS released
    FROM metrics m
    LEFT JOIN subjects s ON s.form = m.subject
    LEFT JOIN documents d ON d.doc_id = m.doc_id
), ranked AS (
    SELECT *, row_number() OVER w AS rank, count(*) OVER (PARTITION BY metric, canonical, as_of) AS n
    FROM m WINDOW w AS (  -- the newest document's value; its first statement if it has two
        PARTITION BY metric, canonical, as_of ORDER BY rel DESC, doc_id DESC, char_start, char_end)
), docs_of AS (  -- each stating document once, newest first
    SELECT metric, canonical, as_of, list(doc_id ORDER BY rel DESC, doc_id DESC) AS doc_ids
    FROM (SELECT DISTINCT metric, canonical, as_of, doc_id, rel FROM m)
    GROUP BY ALL
)
SELECT r.metric, r.canonical AS subject, r.as_of, r.as_of_precision, r.unit, r.value, r.qualifier,
       r.value_low, r.value_high, r.n AS n_statements, x.doc_ids, r.released AS latest_release_date
FROM ranked r JOIN docs_of x
  ON x.metric = r.metric AND x.canonical IS NOT DISTINCT FROM r.canonical
 AND x.as_of IS NOT DISTINCT FROM r.as_of
WHERE r.rank = 1
ORDER BY r.as_of IS NOT NULL DESC, CAST(r.as_of AS VARCHAR) DESC NULLS LAST, r.metric,
         coalesce(r.canonical, '')
"""


def run_timeseries(wh: Warehouse) -> dict[str, int]:
    """One row per (metric, subject, as_of), as one DuckDB query over the warehouse's views:
    memory and time follow the series, not Python objects per metric row."""
    entities = wh.read_table(ENTITIES, ["label", "name", "acronym", "aliases"]).to_pylist()
    names = subject_names(entities)
    subjects = pa.table({"form": list(names), "display": list(names.values())}, schema=_SUBJECTS)
    with wh.connect() as con:
        con.register("subjects", subjects)
        data = con.sql(_TIMESERIES_SQL).to_arrow_table()
    wh.write_table(METRIC_TIMESERIES, data.cast(arrow_schema(METRIC_TIMESERIES)))
    return {"metric_timeseries": data.num_rows}


_SUBJECTS = pa.schema([("form", pa.string()), ("display", pa.string())])
