"""Pure extraction library: bytes -> cleaned text -> sections, sentences, entities, dates, metrics.

Nothing here imports Dagster; every function is testable on its own.
"""
