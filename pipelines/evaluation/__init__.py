"""Evaluation against the labelled gold corpus: scoring, the spaCy-only baseline, reports.

No Dagster here: the pipeline's assets and CLI import these plain functions. The baseline
(`pipelines.evaluation.baseline`: spaCy, dateparser) is not imported here, so scoring and
reporting need only pandas.
"""

from pipelines.evaluation.report import (
    TARGETS,
    check_targets,
    check_targets_by_part,
    format_report,
    report_to_dict,
)
from pipelines.evaluation.scoring import (
    FIELDS,
    MATCHING_RULES,
    EvalReport,
    FieldScore,
    gold_as_tables,
    score,
)

__all__ = [
    "FIELDS",
    "MATCHING_RULES",
    "TARGETS",
    "EvalReport",
    "FieldScore",
    "check_targets",
    "check_targets_by_part",
    "format_report",
    "gold_as_tables",
    "report_to_dict",
    "score",
]
