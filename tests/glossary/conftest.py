"""Glossaries of the gold texts, each analysed on its own and the seeds as one packet."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the corpus helper beside these tests

from corpus import gold_articles  # noqa: E402

from brief.glossary import analyse  # noqa: E402


@pytest.fixture(scope="session")
def corpus():
    """{gold stem: (gold, article, glossary of that article alone)}."""
    result = {}
    for gold, article in gold_articles():
        stem = article.slug.split("-", 1)[1]
        result[stem] = (gold, article, analyse([article]))
    return result


@pytest.fixture(scope="session")
def packet(corpus):
    """The two seeds and text 04 as one packet: merging across articles and the Suh trap."""
    articles = [corpus[s][1] for s in ("seed_000", "seed_002", "04_wh-trilateral-nsa-2021")]
    return articles, analyse(articles)
