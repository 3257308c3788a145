"""A very long paragraph is analysed like any other (every finder looks at bounded windows)."""

from __future__ import annotations

from brief.analysis import find_statements
from brief.glossary import analyse
from brief.model import Article


def test_one_paragraph_of_the_seeds_twenty_times_over(corpus):
    seeds = [corpus[s][1] for s in ("seed_000", "seed_002")]
    paragraph = " ".join([" ".join(p for a in seeds for p in a.paragraphs)] * 20)
    article = Article(source="long.txt", slug="long", title="Long", paragraphs=[paragraph])
    glossary = analyse([article])
    names = {p.name for p in glossary.people}
    assert {"Chung Eui-yong", "Choi Kang"} <= names
    statements = find_statements([article], glossary.people)
    assert statements and all(paragraph[s.start : s.end] == s.text for s in statements)


def test_two_thousand_repeated_sentences():
    paragraph = " ".join(["Foreign Minister Chung Eui-yong said the talks went well."] * 2000)
    article = Article(source="long.txt", slug="long", title="Long", paragraphs=[paragraph])
    glossary = analyse([article])
    assert [p.name for p in glossary.people] == ["Chung Eui-yong"]
    assert glossary.people[0].role == "Foreign Minister"
    assert len(glossary.people[0].mentions) == 2000
