"""The one schema of every warehouse table.

Each table is defined here once. The Parquet writer casts rows to `arrow_schema(...)`, the DuckDB
views select `columns`, the asset checks read `key` and `spans`, the Dagster metadata and the docs
(`pipelines schema`) render `description`s. Nothing else declares a column.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

HK_TZ = "Asia/Hong_Kong"


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    description: str
    nullable: bool = True


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    per_document: bool = True
    group: str = "entities"
    # (start, end, text column) triples whose span must slice documents.text to the text column.
    spans: tuple[tuple[str, str, str], ...] = ()
    # Columns the DuckDB view adds by joining the cross-document alias table.
    resolves_entities: bool = False
    # The Dagster asset that writes the table, when it has none of its own (checks attach there).
    written_by: str | None = None

    @property
    def asset(self) -> str:
        """The Dagster asset the table's rows and checks belong to."""
        return self.written_by or self.name

    @property
    def versioned(self) -> bool:
        """Rows derived from a document's text carry the version they were read from."""
        return self.per_document and self.name != "documents"

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


def _c(name: str, type_: pa.DataType, description: str, nullable: bool = True) -> Column:
    return Column(name, type_, description, nullable)


STR, INT, F64, BOOL, DATE = pa.string(), pa.int32(), pa.float64(), pa.bool_(), pa.date32()
DOC_ID = _c("doc_id", STR, "Stable document id: the seed file name, slugged.", nullable=False)
SPAN = (
    _c("char_start", INT, "Start offset (inclusive) in documents.text.", nullable=False),
    _c("char_end", INT, "End offset (exclusive) in documents.text.", nullable=False),
)
ENTITY_KEY = _c("entity_key", STR, "Document-level canonical key; entities maps it to entity_id.", False)
SOURCE = _c(
    "source_sha256",
    STR,
    "content_sha256 of the document version the row was read from; the views show only rows of "
    "the current version, so a run killed between two steps never mixes versions.",
    nullable=False,
)
PRECISION = "Granularity of the date before it: day, month or year."

DOCUMENTS = Table(
    name="documents",
    group="raw",
    description="One row per seed file: where it came from, how it decoded, its title and dates.",
    key=("doc_id",),
    columns=(
        DOC_ID,
        _c("source_path", STR, "Path of the seed file as found in SEEDS_DIR.", nullable=False),
        _c("content_sha256", STR, "SHA-256 of the file's original bytes.", nullable=False),
        _c("n_bytes", pa.int64(), "Size of the file in bytes.", nullable=False),
        _c("encoding", STR, "Encoding the bytes were decoded with."),
        _c("title", STR, 'Title line without the "(with photo/photos/video)" suffix.'),
        _c("with_photo", BOOL, 'True when the title carried a "(with photo...)" suffix.'),
        _c("release_date", DATE, "Date from the `Ends/<Weekday>, <Month> <D>, <YYYY>` footer."),
        _c("issued_time", STR, "HH:MM from the `Issued at HKT HH:MM` footer."),
        _c(
            "issued_at",
            pa.timestamp("us", tz=HK_TZ),
            "release_date + issued_time in Asia/Hong_Kong (null unless both are known).",
        ),
        _c("status", STR, "ok, warning (processed with warnings) or rejected.", nullable=False),
        _c("reject_reason", STR, "Why the file was rejected, in words (null unless rejected)."),
        _c("warnings", pa.list_(STR), "What was odd but handled (missing footer, repairs...)."),
        _c("n_repairs", INT, "How many mojibake / invisible-character repairs cleaning made."),
        _c("text", STR, "The cleaned text every char_start/char_end in the warehouse points into."),
    ),
)

SECTIONS = Table(
    name="sections",
    group="cleaned",
    description="Title, body paragraphs and footer lines of each document's cleaned text.",
    key=("doc_id", "section_idx"),
    spans=(("char_start", "char_end", "text"),),
    columns=(
        DOC_ID,
        _c("section_idx", INT, "0-based position of the section in the document.", False),
        _c("kind", STR, "title, body, table (a table row) or footer.", nullable=False),
        _c("text", STR, "The section's cleaned text.", nullable=False),
        *SPAN,
        SOURCE,
    ),
)

SENTENCES = Table(
    name="sentences",
    group="cleaned",
    description="Sentences of every section, split by spaCy's rule-based sentencizer.",
    key=("doc_id", "sentence_idx"),
    spans=(("char_start", "char_end", "text"),),
    columns=(
        DOC_ID,
        _c("section_idx", INT, "Section the sentence belongs to.", nullable=False),
        _c("sentence_idx", INT, "0-based position of the sentence in the document.", False),
        _c("kind", STR, "Kind of the section: title, body, table (a table row) or footer.", nullable=False),
        _c("text", STR, "The sentence.", nullable=False),
        *SPAN,
        SOURCE,
    ),
)

MENTIONS = Table(
    name="mentions",
    description="Every entity mention, with its span and the entity it refers to.",
    key=("doc_id", "char_start", "char_end", "label"),
    spans=(("char_start", "char_end", "text"),),
    resolves_entities=True,
    columns=(
        DOC_ID,
        _c("section_idx", INT, "Section of the mention.", nullable=False),
        _c("sentence_idx", INT, "Sentence of the mention.", nullable=False),
        *SPAN,
        _c("text", STR, "The mention as written.", nullable=False),
        _c("label", STR, "PERSON, ORG, GPE, EVENT or PROGRAMME.", nullable=False),
        ENTITY_KEY,
        _c("method", STR, "Rule that found it (honorific, title, acronym, gazetteer, coref...)."),
        SOURCE,
    ),
)

# Where an entity of a document is first (and most fully) named.
FIRST_MENTION = (
    _c("sentence_idx", INT, "Sentence of that mention.", nullable=False),
    *SPAN,
    SOURCE,
)

PEOPLE = Table(
    name="people",
    description="Every person named in a document, once per document, with role and organisation.",
    key=("doc_id", "entity_key"),
    spans=(("char_start", "char_end", "mention"),),
    resolves_entities=True,
    columns=(
        DOC_ID,
        ENTITY_KEY,
        _c("name", STR, "Fullest form of the name written, without honorific.", nullable=False),
        _c("honorific", STR, "Mr, Ms, Mrs, Miss, Dr, Professor ... or null."),
        _c("title", STR, "Role as written in apposition or before the name, or null."),
        _c("organisation", STR, "Organisation of the role or the committee listed, or null."),
        _c("n_mentions", INT, "Mentions of the person in the document (coreference included)."),
        _c("mention", STR, "Text of the first, fullest mention.", nullable=False),
        *FIRST_MENTION,
    ),
)

ORGANISATIONS = Table(
    name="organisations",
    description="Every named organisation, once per document, full name and acronym.",
    key=("doc_id", "entity_key"),
    spans=(("char_start", "char_end", "mention"),),
    resolves_entities=True,
    columns=(
        DOC_ID,
        ENTITY_KEY,
        _c("name", STR, "Full name as written (acronym expanded where the text defines it).", False),
        _c("acronym", STR, "Acronym defined beside the name, or null."),
        _c("n_mentions", INT, "Mentions of the organisation in the document, acronyms included."),
        _c("mention", STR, "Text of the first mention.", nullable=False),
        *FIRST_MENTION,
    ),
)

TEMPORAL = Table(
    name="temporal_expressions",
    description="Dates and date phrases, resolved against the release date.",
    key=("doc_id", "char_start", "char_end"),
    spans=(("char_start", "char_end", "text"),),
    columns=(
        DOC_ID,
        _c("sentence_idx", INT, "Sentence of the expression.", nullable=False),
        *SPAN,
        _c("text", STR, "The expression as written.", nullable=False),
        _c(
            "kind",
            STR,
            "relative (today, next year), partial (October 2), absolute, or span (the first 11 "
            "months of 2024: a year's first months, dated by the year).",
            False,
        ),
        _c("normalized", STR, "YYYY-MM-DD, YYYY-MM or YYYY; null if it needs an unknown date."),
        _c("precision", STR, PRECISION),
        _c("date_start", DATE, "First day the expression covers."),
        _c("date_end", DATE, "Last day the expression covers."),
        SOURCE,
    ),
)

METRICS = Table(
    name="metrics",
    group="metrics",
    description="Every counted fact: value, qualifier as an interval, unit, date and source span.",
    key=("doc_id", "char_start", "char_end"),
    spans=(("char_start", "char_end", "quantity"),),
    columns=(
        DOC_ID,
        _c("metric", STR, "snake_case name: enterprises_met, partners, computing_power, ...", False),
        _c("subject", STR, "Who or what the number is about."),
        _c("value", F64, "The number as stated (42000000000 for '$42 billion').", False),
        _c(
            "qualifier",
            STR,
            "exact, approx, nearly, more_than, at_least, less_than, at_most.",
            False,
        ),
        _c("value_low", F64, "Lower end of the qualifier's interval (see README)."),
        _c("value_high", F64, "Upper end of the qualifier's interval; null = unbounded."),
        _c("unit", STR, "enterprises, persons, jobs, members, HKD, PFLOPS, percent, ...", False),
        _c("as_of", DATE, "Date the fact holds for (first day of as_of_precision's period)."),
        _c("as_of_precision", STR, PRECISION),
        _c("since", DATE, "Start of the period the count runs from, or null."),
        _c("since_precision", STR, PRECISION),
        _c("quantity", STR, "The quantity as written ('nearly 300', '3 000P').", nullable=False),
        _c("sentence_idx", INT, "Sentence of the fact.", nullable=False),
        _c("sentence", STR, "The sentence the fact was read from.", nullable=False),
        *SPAN,
        SOURCE,
    ),
)

EXTRACTION_ERRORS = Table(
    name="extraction_errors",
    group="raw",
    written_by="documents",
    description=(
        "One row per document a step could not read: the exception, in words. That step's tables "
        "hold no rows for the document; its other tables and every other document are complete. "
        "A re-run that reads the document clears the row."
    ),
    key=("doc_id", "step"),
    columns=(
        DOC_ID,
        _c("step", STR, "The step that failed: sections, entities, temporal or metrics.", False),
        _c("error", STR, "Exception type and message.", nullable=False),
        SOURCE,
    ),
)

ENTITIES = Table(
    name="entities",
    description="One row per distinct entity across all documents, with its aliases.",
    key=("entity_id",),
    per_document=False,
    columns=(
        _c("entity_id", STR, "Stable id: the same entity gets it in every run and document.", False),
        _c("label", STR, "PERSON, ORG, GPE, EVENT or PROGRAMME.", nullable=False),
        _c("name", STR, "Canonical name (fullest form).", nullable=False),
        _c("acronym", STR, "Acronym, for organisations that have one."),
        _c("aliases", pa.list_(STR), "Every other form seen (acronyms, short names, titles)."),
        _c("entity_keys", pa.list_(STR), "Document-level keys merged into this entity."),
        _c("n_documents", INT, "Documents that mention it.", nullable=False),
        _c("n_mentions", INT, "Mentions across all documents.", nullable=False),
        _c("first_seen", DATE, "Earliest release date of a document mentioning it."),
        _c("last_seen", DATE, "Latest release date of a document mentioning it."),
    ),
)

METRIC_TIMESERIES = Table(
    name="metric_timeseries",
    group="metrics",
    description="One row per (metric, subject, as_of) across documents, newest first.",
    key=("metric", "subject", "as_of"),
    per_document=False,
    columns=(
        _c("metric", STR, "Metric name.", nullable=False),
        _c("subject", STR, "Subject (canonical entity name where resolved)."),
        _c("as_of", DATE, "Date the value holds for."),
        _c("as_of_precision", STR, PRECISION),
        _c("unit", STR, "Unit of the value.", nullable=False),
        _c("value", F64, "Value stated (the latest release's, if releases disagree).", False),
        _c("qualifier", STR, "Qualifier of that value.", nullable=False),
        _c("value_low", F64, "Lower end of the interval."),
        _c("value_high", F64, "Upper end of the interval; null = unbounded."),
        _c("n_statements", INT, "How many sentences state it.", nullable=False),
        _c("doc_ids", pa.list_(STR), "Documents that state it, newest first."),
        _c("latest_release_date", DATE, "Release date of the newest stating document."),
    ),
)

ENTITY_KEYS = Table(
    name="entity_keys",
    description="Maps each document-level entity_key to its cross-document entity_id.",
    key=("entity_key",),
    per_document=False,
    written_by="entities",
    columns=(
        _c("entity_key", STR, "Document-level key.", nullable=False),
        _c("entity_id", STR, "Cross-document entity id.", nullable=False),
    ),
)

PER_DOCUMENT: tuple[Table, ...] = (
    DOCUMENTS,
    SECTIONS,
    SENTENCES,
    MENTIONS,
    PEOPLE,
    ORGANISATIONS,
    TEMPORAL,
    METRICS,
    EXTRACTION_ERRORS,
)
CROSS_DOCUMENT: tuple[Table, ...] = (ENTITIES, ENTITY_KEYS, METRIC_TIMESERIES)
TABLES: dict[str, Table] = {t.name: t for t in (*PER_DOCUMENT, *CROSS_DOCUMENT)}


def arrow_schema(table: Table) -> pa.Schema:
    return pa.schema([pa.field(c.name, c.type, nullable=c.nullable) for c in table.columns])


def to_arrow(table: Table, rows: list[dict]) -> pa.Table:
    """Rows (dicts) -> an Arrow table of exactly the table's schema; unknown keys are refused."""
    names = set(table.column_names)
    for row in rows[:1]:
        extra = set(row) - names
        if extra:
            raise ValueError(f"{table.name}: unknown columns {sorted(extra)}")
    columns = {c.name: [r.get(c.name) for r in rows] for c in table.columns}
    return pa.table(columns, schema=arrow_schema(table))


def markdown(table: Table) -> str:
    lines = [f"### `{table.name}`", "", table.description, ""]
    lines += [
        f"Key: `{', '.join(table.key)}`.",
        "",
        "| column | type | description |",
        "|---|---|---|",
    ]
    for c in table.columns:
        lines.append(f"| `{c.name}` | {c.type} | {c.description} |")
    return "\n".join(lines) + "\n"
