"""Any text at all: the finders never raise, spans stay in their paragraph, periods run forwards."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from brief.analysis import find_events, find_statements, lead, reading_minutes
from brief.analysis.sentences import sentence_spans
from brief.model import Article, Mention, Part, Person

# Words that exercise the rules (quotes, speech verbs, names, pronouns, dates) mixed with noise.
_WORDS = [
    "said", "says", "told", "added", "according", "to", "saying", "he", "she", "Kim", "Jane", "Doe",
    "Jane Doe", "Kim Yo Jong", "a", "senior", "official", "and", "the", "that", "U.S.", "Dr.",
    "March", "May", "17", "18,", "2021", "16–18,", "2016", "between", "2017", "Wednesday", "last",
    "next", "year", "month", "week", "three", "years", "ago", "yesterday", "the same day", "in",
    "June", "1990s", "2,000", "troops", "“", "”", '"', ",", ".", "?", "!", ":", "—", "-", "’s",
    "administration", "who", "also", "[W]e", "\u00a0", "\n",
]
_paragraph = st.lists(
    st.one_of(st.sampled_from(_WORDS), st.text(max_size=6)), max_size=40
).map(lambda words: " ".join(words))
_paragraphs = st.lists(_paragraph, min_size=0, max_size=5)
_dates = st.one_of(st.none(), st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2098, 12, 31)))


def _people(paragraphs: list[str]) -> list[Person]:
    """Jane Doe written in full, and a "Kim" mention wherever a bare Kim appears (as the glossary would)."""
    kim = Person("Kim Yo Jong", None)
    for i, text in enumerate(paragraphs):
        start = text.find("Kim")
        if start >= 0:
            kim.mentions.append(Mention("p", Part.BODY, i, start, start + 3))
    kim.mentions.append(Mention("p", Part.BODY, 99, 0, 3))  # a paragraph that does not exist
    return [Person("Jane Doe", None), kim]


@settings(max_examples=50, deadline=None)
@given(_paragraphs)
def test_statements_never_raise_and_stay_in_their_paragraph(paragraphs):
    article = Article(source="p.txt", slug="p", title="P", paragraphs=paragraphs)
    for s in find_statements([article], _people(paragraphs)):
        text = paragraphs[s.index]
        assert 0 <= s.start <= s.end <= len(text)
        assert text[s.start:s.end] == s.text
        assert s.speaker in {"Jane Doe", "Kim Yo Jong"}


@settings(max_examples=50, deadline=None)
@given(_paragraphs, _dates, _dates)
def test_events_never_raise_and_run_forwards(paragraphs, date, packet):
    article = Article(source="p.txt", slug="p", title="P", paragraphs=paragraphs, date=date)
    events = find_events([article], packet)
    for e in events:
        assert e.start <= e.end
        assert e.precision in {"day", "month", "year"}
        assert e.sentence in paragraphs[e.index]
        assert e.label in e.sentence
    assert [e.start for e in events] == sorted(e.start for e in events)
    keys = [(e.start, e.end, e.sentence) for e in events]
    assert len(keys) == len(set(keys))


@settings(max_examples=50, deadline=None)
@given(_paragraph)
def test_sentences_tile_the_text(text):
    spans = sentence_spans(text)
    previous_end = 0
    for s, e in spans:
        assert previous_end <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        previous_end = e
    # every non-space character belongs to some sentence
    covered = {i for s, e in spans for i in range(s, e)}
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


@settings(max_examples=50, deadline=None)
@given(_paragraphs)
def test_glance_never_raises(paragraphs):
    article = Article(source="p.txt", slug="p", title="P", paragraphs=paragraphs)
    assert reading_minutes(article) >= 1
    assert isinstance(lead(article), str)
