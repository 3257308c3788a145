"""Names are Unicode words: any Latin letter with any diacritic, apostrophes and hyphens."""

from __future__ import annotations

import pytest

from brief.glossary import analyse
from brief.model import Article

# (the name as printed, a sentence that introduces it with a role, the role)
CASES = [
    ("Nguyễn Hồng Diên", "Vietnamese Minister of Industry and Trade Nguyễn Hồng Diên met the delegation on Monday.",
     "Vietnamese Minister of Industry and Trade"),
    ("Hoàng Xuân Chiến", "\u201cWe will keep the ports open,\u201d said Hoàng Xuân Chiến, Vietnam\u2019s Deputy Minister of National Defence.",
     "Vietnam\u2019s Deputy Minister of National Defence"),
    ("Radosław Sikorski", "Polish Foreign Minister Radosław Sikorski arrived in Kyiv on Tuesday.", "Polish Foreign Minister"),
    ("Pedro Sánchez", "Spanish Prime Minister Pedro Sánchez called for new elections.", "Spanish Prime Minister"),
    ("Łukasz Kowalczyk", "Deputy Minister Łukasz Kowalczyk signed the order.", "Deputy Minister"),
    ("Đặng Thị Ngọc Thịnh", "Vice President Đặng Thị Ngọc Thịnh opened the forum.", "Vice President"),
    ("Recep Tayyip Erdoğan", "Turkish President Recep Tayyip Erdoğan spoke by phone with the chancellor.", "Turkish President"),
    ("Karine Jean-Pierre", "White House Press Secretary Karine Jean-Pierre took questions.", "White House Press Secretary"),
    ("Tip O\u2019Neill", "Former Speaker Tip O\u2019Neill was quoted in the memo.", "Former Speaker"),
    ("Ana María Ordoñez", "Ambassador Ana María Ordoñez presented her credentials.", "Ambassador"),
]


def _glossary(sentence: str):
    article = Article(source="a.txt", slug="a1-x", title="Talks in the capital", paragraphs=[sentence])
    return analyse([article])


@pytest.mark.parametrize(("name", "sentence", "role"), CASES, ids=[c[0] for c in CASES])
def test_diacritic_names_are_kept_whole_with_their_role(name, sentence, role):
    people = {p.name: p for p in _glossary(sentence).people}
    assert name in people, sorted(people)
    assert people[name].role == role
    # No fragment of the name is a person of its own ("Chi", "Xu", "Qu").
    assert all(p == name or p not in name for p in people)
