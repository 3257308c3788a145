"""Reading aids found in the article text: who said what, what happened when, and a glance.

    analyse_packet_text(articles, glossary, packet_date) -> (statements, events)
    find_statements(articles, people) -> list[Statement]     (brief.analysis.quotes)
    find_events(articles, packet_date=None) -> list[Event]   (brief.analysis.timeline)
    lead(article, sentences=2) -> str                        the opening sentences of the body
    reading_minutes(article) -> int                          at 230 words a minute, at least 1

Like the glossary, everything here is rules over the text; nothing is guessed by a model.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from ..model import Article, Event, Glossary, Statement
from .quotes import SPEECH_PARTICIPLES, SPEECH_VERBS, find_statements
from .sentences import sentence_spans, split_sentences
from .timeline import find_events

__all__ = [
    "SPEECH_PARTICIPLES",
    "SPEECH_VERBS",
    "WORDS_PER_MINUTE",
    "analyse_packet_text",
    "find_events",
    "find_statements",
    "lead",
    "reading_minutes",
    "sentence_spans",
    "split_sentences",
]

WORDS_PER_MINUTE = 230  # an adult's silent reading speed for non-fiction


def analyse_packet_text(
    articles: Sequence[Article], glossary: Glossary, packet_date: dt.date | None
) -> tuple[list[Statement], list[Event]]:
    """The packet's statements (packet order) and timeline (date order)."""
    return find_statements(articles, glossary.people), find_events(articles, packet_date)


def lead(article: Article, sentences: int = 2) -> str:
    """The first ``sentences`` sentences of the body, read on into the next paragraphs if the
    first is shorter; "" for an article without body text."""
    if sentences < 1:
        return ""
    taken: list[str] = []
    for paragraph in article.paragraphs:
        for s, e in sentence_spans(paragraph):
            taken.append(paragraph[s:e])
            if len(taken) == sentences:
                return " ".join(taken)
    return " ".join(taken)


def reading_minutes(article: Article) -> int:
    """Minutes to read the body at :data:`WORDS_PER_MINUTE`, rounded up, never less than 1."""
    return max(1, math.ceil(article.word_count / WORDS_PER_MINUTE))
