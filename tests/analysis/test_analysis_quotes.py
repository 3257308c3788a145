"""Quote attribution: the seed packet against a golden list, then each rule on small texts."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from brief.analysis import find_statements
from brief.glossary import analyse
from brief.model import Article, Mention, Part, Person
from brief.sources import read_sources

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = json.loads((ROOT / "tests" / "data" / "analysis" / "seed_quotes.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def seed_statements():
    articles = read_sources([ROOT / "seeds"])
    glossary = analyse(articles)
    return articles, find_statements(articles, glossary.people)


def _source_of(articles, slug):
    return next(a.source for a in articles if a.slug == slug)


# -- the seeds ----------------------------------------------------------------------------------


@pytest.mark.parametrize("expected", GOLDEN["statements"], ids=lambda e: f"{e['speaker']}:{e['snippet'][:25]}")
def test_seed_quote_has_its_speaker(expected):
    articles, statements = seed_statements()
    matches = [s for s in statements if s.text.startswith(expected["snippet"])
               and _source_of(articles, s.article) == expected["source"]]
    assert [s.speaker for s in matches] == [expected["speaker"]], "attributed to the wrong person, or twice"
    assert matches[0].index == expected["paragraph"]
    assert matches[0].continuation is expected["continuation"]


def test_seed_statements_are_exactly_the_golden_ones():
    articles, statements = seed_statements()
    found = [(_source_of(articles, s.article), s.index, s.speaker) for s in statements]
    expected = [(e["source"], e["paragraph"], e["speaker"]) for e in GOLDEN["statements"]]
    assert found == expected  # same statements, same packet order, nobody extra


@pytest.mark.parametrize("snippet", GOLDEN["skipped"]["snippets"])
def test_seed_unnamed_speakers_and_scare_quotes_are_skipped(snippet):
    _, statements = seed_statements()
    assert not [s for s in statements if snippet in s.text]


def test_seed_required_speakers_present():
    _, statements = seed_statements()
    speakers = {s.speaker for s in statements}
    for name in ("Shin Beom-chul", "Choi Kang", "Kim Hyung-suk", "Kim Young-jun", "Kim Yo Jong",
                 "Chung Eui-yong", "Antony Blinken"):
        assert name in speakers


def test_seed_bare_kim_resolves_per_paragraph():
    """ "Kim also warned" is Kim Yo Jong; the last paragraph's "Kim said" is Kim Young-jun."""
    articles, statements = seed_statements()
    diplomat = next(a for a in articles if a.source.startswith("002"))
    by_paragraph = {}
    for s in statements:
        if s.article == diplomat.slug:
            by_paragraph.setdefault(s.index, set()).add(s.speaker)
    assert by_paragraph[14] == {"Kim Yo Jong"}
    last = len(diplomat.paragraphs) - 1
    assert by_paragraph[last] == {"Kim Young-jun"}


def test_seed_spans_are_the_quoted_words():
    articles, statements = seed_statements()
    paragraphs = {(a.slug, i): p for a in articles for i, p in enumerate(a.paragraphs)}
    for s in statements:
        text = paragraphs[(s.article, s.index)]
        assert text[s.start:s.end] == s.text
        assert text[s.start - 1] in "“\"" or text[: s.start].rstrip().endswith(("“", '"'))
        assert not s.text.endswith(",")


# -- the rules, on small texts --------------------------------------------------------------------


def _article(*paragraphs: str, slug: str = "t") -> Article:
    return Article(source="t.txt", slug=slug, title="T", paragraphs=list(paragraphs))


def _person(name: str, *spans: tuple[int, int, int], slug: str = "t") -> Person:
    """A person with body mentions (paragraph, start, end); the full name is also found in the text."""
    return Person(name=name, role=None, mentions=[Mention(slug, Part.BODY, i, s, e) for i, s, e in spans])


def _said(article, people):
    return [(s.speaker, s.text, s.index, s.continuation) for s in find_statements([article], people)]


def test_speaker_after_inverted_with_role():
    a = _article("“We are ready,” said Jane Doe, director of the institute.")
    assert _said(a, [_person("Jane Doe")]) == [("Jane Doe", "We are ready", 0, False)]


def test_speaker_after_bare_surname_uses_the_mention():
    text = "Jane Doe spoke first. “We are ready,” Doe said."
    doe = _person("Jane Doe", (0, 38, 41))
    assert _said(_article(text), [doe]) == [("Jane Doe", "We are ready", 0, False)]


def test_bare_surname_without_mention_is_not_guessed():
    a = _article("“We are ready,” Doe said.")
    assert _said(a, [_person("Jane Doe")]) == []


def test_speaker_before_said_colon_and_told_that():
    a = _article(
        "Jane Doe said in a statement: “The talks failed.”",
        "John Roe, a professor at the university, told The Diplomat that the plan was a “dead end.”",
    )
    people = [_person("Jane Doe"), _person("John Roe")]
    assert _said(a, people) == [
        ("Jane Doe", "The talks failed.", 0, False),
        ("John Roe", "dead end.", 1, False),
    ]


def test_participle_takes_the_main_clause_subject():
    a = _article("Jane Doe disagreed, previously saying, “It is unimaginable.”")
    assert _said(a, [_person("Jane Doe"), _person("John Roe")]) == [("Jane Doe", "It is unimaginable.", 0, False)]


def test_scare_quote_without_speech_verb_is_skipped():
    a = _article("The two have an “ironclad alliance” with each other.", "John Roe said nothing.")
    assert _said(a, [_person("John Roe")]) == []


def test_speech_verb_later_in_the_sentence_ties_a_short_quote():
    a = _article("The two have an “ironclad alliance” with each other, John Roe wrote.")
    assert _said(a, [_person("John Roe")]) == [("John Roe", "ironclad alliance", 0, False)]


def test_scare_quote_tied_by_speech_verb_in_the_sentence():
    a = _article("Jane Doe agreed that the alliance is the “linchpin for peace.”")
    assert _said(a, [_person("Jane Doe")]) == [("Jane Doe", "linchpin for peace.", 0, False)]


def test_name_modifying_a_noun_is_not_a_speaker():
    a = _article("The Doe administration has emphasized “human rights” as a priority.")
    doe = _person("Jane Doe", (0, 4, 7))
    assert _said(a, [doe]) == []


def test_unnamed_speaker_is_skipped_and_so_is_his_pronoun():
    a = _article(
        "“We are worried,” a senior official said. He added, “We will wait.”",
        "“Nothing changes.”",
    )
    assert _said(a, [_person("Jane Doe")]) == []


def test_pronoun_takes_the_latest_speaker():
    a = _article(
        "Jane Doe defined the drills as “hostile acts” in a statement.",
        "“They will regret it,” she warned. She added, “Soon.”",
    )
    assert _said(a, [_person("Jane Doe"), _person("John Roe")]) == [
        ("Jane Doe", "hostile acts", 0, False),
        ("Jane Doe", "They will regret it", 1, False),
        ("Jane Doe", "Soon.", 1, False),
    ]


def test_continuation_paragraph_and_second_sentence():
    a = _article(
        "“The first point,” said Jane Doe. “The second point.”",
        "“The third point.” Moon leaves office in May.",
    )
    assert _said(a, [_person("Jane Doe")]) == [
        ("Jane Doe", "The first point", 0, False),
        ("Jane Doe", "The second point.", 0, True),
        ("Jane Doe", "The third point.", 1, True),
    ]


def test_continuation_stops_when_someone_else_speaks_between():
    a = _article(
        "“The first point,” said Jane Doe.",
        "John Roe said the opposite.",
        "“The second point.”",
    )
    assert _said(a, [_person("Jane Doe"), _person("John Roe")]) == [("Jane Doe", "The first point", 0, False)]


def test_continuation_does_not_cross_articles():
    first = _article("“The first point,” said Jane Doe.", slug="one")
    second = _article("“A bare quote.”", slug="two")
    assert [s.article for s in find_statements([first, second], [_person("Jane Doe")])] == ["one"]


def test_quote_spanning_paragraphs_with_speaker_at_the_end():
    a = _article(
        "“The first paragraph of a long quote runs on",
        "“and the second one closes it,” said Jane Doe.",
    )
    assert _said(a, [_person("Jane Doe")]) == [
        ("Jane Doe", "The first paragraph of a long quote runs on", 0, True),
        ("Jane Doe", "and the second one closes it", 1, False),
    ]


def test_straight_quotes():
    a = _article('"We are ready," said Jane Doe. "So are they."')
    assert _said(a, [_person("Jane Doe")]) == [
        ("Jane Doe", "We are ready", 0, False),
        ("Jane Doe", "So are they.", 0, True),
    ]


def test_according_to():
    a = _article("According to Jane Doe, the plan is “dead on arrival.”")
    assert _said(a, [_person("Jane Doe")]) == [("Jane Doe", "dead on arrival.", 0, False)]


def test_mentions_inside_quotes_never_speak():
    a = _article("“John Roe said so,” said Jane Doe.")
    assert _said(a, [_person("Jane Doe"), _person("John Roe")]) == [("Jane Doe", "John Roe said so", 0, False)]


def test_exclamation_then_short_attribution():
    a = _article("“Never again!” Jane Doe said.")
    assert _said(a, [_person("Jane Doe")]) == [("Jane Doe", "Never again!", 0, False)]


def test_no_people_no_statements():
    assert find_statements([_article("“Hello,” she said.")], []) == []
    assert find_statements([], []) == []
