"""Transcript speakers are people with their office as role; their turns are mentions and statements."""

from __future__ import annotations

from brief.analysis import find_statements
from brief.glossary import analyse
from brief.model import Part
from brief.sources import read_file

BRIEFING = """---
title: Press Briefing by Press Secretary Ana Kowalska and Trade Representative Tomás Ruiz
---

James S. Brady Press Briefing Room

1:15 P.M. EDT

MS. KOWALSKA:  Good afternoon. I have one item, and then the Trade Representative will take questions.

MR. RUIZ:  Thank you. The agreement cuts tariffs on grain and fertiliser.

It takes effect next month.

Q    Will the Senate vote on it?

MR. RUIZ:  It does not need a vote.

SENIOR ADMINISTRATION OFFICIAL:  I would add that the text is public.

MODERATOR:  Last question.

END  1:40 P.M. EDT
"""

REMARKS = """---
title: Remarks by President Lindqvist at the Harbour Summit
---

Port Authority Hall

10:02 A.M. CET

THE PRESIDENT:  Thank you all. The harbour is open again.

Q    When will the cranes arrive?

THE PRESIDENT:  In June.
"""


def _read(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    article = read_file(path)
    return article.__class__(**{**article.__dict__, "slug": "a1-x"})


def test_named_speakers_are_people_and_labels_without_a_name_are_not(tmp_path):
    article = _read(tmp_path, "b.md", BRIEFING)
    glossary = analyse([article])
    people = {p.name: p for p in glossary.people}
    assert set(people) == {"Ana Kowalska", "Tomás Ruiz"}
    assert people["Ana Kowalska"].role == "Press Secretary"
    assert people["Tomás Ruiz"].role == "Trade Representative"
    turns = [m for m in people["Tomás Ruiz"].mentions if m.part is Part.SPEAKER]
    assert [m.index for m in turns] == [1, 4]


def test_each_turn_is_a_statement_of_its_speaker(tmp_path):
    article = _read(tmp_path, "b.md", BRIEFING)
    glossary = analyse([article])
    said = [(s.speaker, s.text, s.continuation) for s in find_statements([article], glossary.people)]
    assert said == [
        ("Ana Kowalska", article.paragraphs[0], False),
        ("Tomás Ruiz", "Thank you. The agreement cuts tariffs on grain and fertiliser.", False),
        ("Tomás Ruiz", "It takes effect next month.", True),
        ("Tomás Ruiz", "It does not need a vote.", False),
    ]


def test_the_president_is_the_office_holder_the_article_is_about(tmp_path):
    article = _read(tmp_path, "r.md", REMARKS)
    glossary = analyse([article])
    [person] = glossary.people
    assert person.name == "Lindqvist" and person.role == "President"
    said = find_statements([article], glossary.people)
    assert [s.text for s in said] == ["Thank you all. The harbour is open again.", "In June."]
