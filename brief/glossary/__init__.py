"""The glossary analyser: people with their roles, organisations, and the terms a reader may not know.

    analyse(articles, extra_terms=None) -> Glossary
    load_terms(extra=None) -> dict[str, TermEntry]

Everything is found by rules over the text (no statistical model: the ones available name
"Cheong Wa Dae" a person and miss North Korean names); definitions come from the curated
``terms.toml`` and the user's ``glossary.toml``, never from guesswork.
"""

from __future__ import annotations

from pathlib import Path

from ..model import Article, Glossary
from .catalogue import find_terms
from .organisations import find_organisations
from .people import find_people
from .references import resolve_references
from .speakers import attach_speakers
from .terms import TermEntry, load_terms
from .text import lower_case_words, passages

__all__ = ["TermEntry", "analyse", "load_terms"]


def analyse(articles: list[Article], extra_terms: Path | None = None) -> Glossary:
    """The packet's glossary; ``extra_terms`` is a glossary.toml that adds to the curated entries."""
    entries = load_terms(extra_terms)
    every = [p for order, article in enumerate(articles) for p in passages(article, order)]
    vocabulary = lower_case_words(every)
    people = attach_speakers(articles, find_people(articles, every, vocabulary))
    resolve_references(every, people)
    organisations = find_organisations(articles, every, people)
    # A surname set in capitals is a transcript's speaker label ("MR. KIRBY"), not an acronym.
    names = frozenset(w.upper() for person in people for w in person.name.split() if len(w) > 2 and w.isalpha())
    return Glossary(people=people, terms=find_terms(every, entries, names, vocabulary), organisations=organisations)
