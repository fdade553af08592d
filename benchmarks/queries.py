"""The five typical DuckDB queries of the benchmark, as named SQL over the warehouse views.

Placeholders (``{org}``, ``{date_from}``, ...) are filled with SQL literals by `render`, so the
timed text is exactly what a user would type into ``pipelines sql``. `parameters` picks values
that exist in the warehouse being measured (the organisation is the most frequent metric
subject that is a known organisation).
"""

from __future__ import annotations

import duckdb

QUERIES: dict[str, str] = {
    # Latest value of every tracked metric per subject (warehouse/queries/latest_metrics.sql).
    "latest_per_metric": """
SELECT metric, subject, as_of, value, qualifier, value_low, value_high, unit, doc_ids
FROM metric_timeseries
QUALIFY row_number() OVER (PARTITION BY metric, subject ORDER BY as_of DESC) = 1
ORDER BY metric, subject
""",
    # Every fact about one organisation, by name or acronym (warehouse/queries/facts_about_org.sql).
    "facts_about_org": """
SELECT m.doc_id, m.metric, m.quantity, m.unit, m.as_of, m.sentence
FROM metrics m
JOIN entities e ON m.subject IN (e.name, e.acronym)
WHERE e.label = 'ORG' AND {org} IN (e.acronym, e.name)
ORDER BY m.as_of DESC, m.doc_id, m.char_start
""",
    # People by role across releases (warehouse/queries/people_by_title.sql).
    "people_by_title": """
SELECT title, name, honorific, organisation, count(*) AS releases
FROM people WHERE title IS NOT NULL
GROUP BY ALL ORDER BY releases DESC, title, name
""",
    # Every counted fact whose date falls in a window.
    "metrics_between_dates": """
SELECT doc_id, metric, subject, value, qualifier, unit, as_of, sentence
FROM metrics
WHERE as_of BETWEEN {date_from} AND {date_to}
ORDER BY as_of, metric, doc_id
""",
    # Full-text search over sentences.
    "sentence_ilike": """
SELECT doc_id, sentence_idx, text
FROM sentences
WHERE text ILIKE {pattern}
ORDER BY doc_id, sentence_idx
""",
}

DEFAULTS: dict[str, str] = {
    "org": "OASES",
    "date_from": "DATE '2024-01-01'",
    "date_to": "DATE '2024-03-31'",
    "pattern": "%artificial intelligence%",
}

# The most frequent metric subject that names a known organisation (by name or acronym).
PICK_ORG = """
SELECT m.subject, count(*) AS n
FROM metrics m
WHERE m.subject IN (
    SELECT name FROM entities WHERE label = 'ORG'
    UNION SELECT acronym FROM entities WHERE label = 'ORG' AND acronym IS NOT NULL
)
GROUP BY 1 ORDER BY n DESC, 1 LIMIT 1
"""


def literal(value: str) -> str:
    """A SQL string literal; values that already are typed literals (DATE '...') pass as they are."""
    if value.startswith("DATE '") and value.endswith("'"):
        return value
    return "'" + value.replace("'", "''") + "'"


def parameters(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Values for the placeholders that exist in this warehouse (defaults where none does)."""
    params = dict(DEFAULTS)
    row = con.execute(PICK_ORG).fetchone()
    if row and row[0]:
        params["org"] = str(row[0])
    return params


def render(name: str, params: dict[str, str]) -> str:
    """The query's SQL with its placeholders replaced by literals."""
    return QUERIES[name].format(**{k: literal(v) for k, v in params.items()}).strip()
