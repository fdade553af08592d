"""Sentence splitting with spaCy's rule-based sentencizer (no model needed), spans kept exact."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_suffix_regex

# "3 000P." and "Site 3B." end sentences: split a full stop after a digit-letter token too.
_EXTRA_SUFFIXES = (r"(?<=[0-9][A-Za-z])\.",)
# Abbreviations of the legal and administrative style that never end a sentence.
ABBREVIATIONS = ("Cap.", "No.", "Nos.", "para.", "Para.", "paras.", "Art.", "Ch.", "Ord.", "Vol.",
                 "Fig.", "Sec.", "s.", "ss.", "approx.", "Govt.", "Dept.", "Est.", "Rd.", "St.")  # fmt: skip


@lru_cache(maxsize=1)
def sentencizer() -> Language:
    nlp = spacy.blank("en")
    suffixes = list(nlp.Defaults.suffixes or []) + list(_EXTRA_SUFFIXES)
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    for abbreviation in ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.add_pipe("sentencizer")
    return nlp


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of `text`, trailing spaces excluded."""
    doc = sentencizer()(text)
    for sent in doc.sents:
        start = sent.start_char
        end = sent.end_char
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            yield start, end
