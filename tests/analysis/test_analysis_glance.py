"""The "at a glance" helpers, sentence splitting and the packet-level convenience."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brief.analysis import WORDS_PER_MINUTE, analyse_packet_text, lead, reading_minutes, split_sentences
from brief.analysis.sentences import sentence_spans
from brief.glossary import analyse
from brief.model import Article
from brief.sources import read_sources

ROOT = Path(__file__).resolve().parents[2]


def _article(*paragraphs: str) -> Article:
    return Article(source="t.txt", slug="t", title="T", paragraphs=list(paragraphs))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two.", ["One.", "Two."]),
        ("U.S. Secretary Blinken met Dr. Kim. He left.", ["U.S. Secretary Blinken met Dr. Kim.", "He left."]),
        ("He said “Yes.” Then he left.", ["He said “Yes.”", "Then he left."]),
        ("Is it? Yes! Fine.", ["Is it?", "Yes!", "Fine."]),
        ("Lloyd J. Austin arrived on Mar. 17 in Seoul.", ["Lloyd J. Austin arrived on Mar. 17 in Seoul."]),
        ("It cost 3.5 billion won. Prices rose.", ["It cost 3.5 billion won.", "Prices rose."]),
        ("no capital. after this", ["no capital. after this"]),
        ("", []),
        ("   ", []),
    ],
)
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected


def test_kept_spans_are_never_cut():
    text = "“We are not there. We need time,” said Kim. Then he left."
    close = text.index("”") + 1
    assert [text[s:e] for s, e in sentence_spans(text, keep=[(0, close)])] == [
        "“We are not there. We need time,” said Kim.", "Then he left."]


def test_lead_two_sentences_across_paragraphs():
    a = _article("First sentence here.", "Second one. Third one.")
    assert lead(a) == "First sentence here. Second one."
    assert lead(a, sentences=1) == "First sentence here."
    assert lead(a, sentences=5) == "First sentence here. Second one. Third one."
    assert lead(a, sentences=0) == ""
    assert lead(_article()) == ""


def test_lead_of_the_seeds_starts_their_bodies():
    articles = read_sources([ROOT / "seeds"])
    for article in articles:
        text = lead(article, sentences=1)
        assert article.paragraphs[0].startswith(text)
        assert text.endswith(".")
    diplomat = next(a for a in articles if a.source.startswith("002"))
    assert lead(diplomat, sentences=1).startswith("U.S. Secretary of State Antony Blinken")
    assert "two-day visit to Japan." in lead(diplomat, sentences=1)


@pytest.mark.parametrize(("words", "minutes"), [(0, 1), (1, 1), (230, 1), (231, 2), (460, 2), (1211, 6)])
def test_reading_minutes(words, minutes):
    assert WORDS_PER_MINUTE == 230
    assert reading_minutes(_article(" ".join(["word"] * words))) == minutes


def test_analyse_packet_text_is_both_finders():
    articles = read_sources([ROOT / "seeds"])
    glossary = analyse(articles)
    statements, events = analyse_packet_text(articles, glossary, dt.date(2021, 3, 18))
    assert {s.speaker for s in statements} >= {"Kim Yo Jong", "Antony Blinken"}
    assert [e.start for e in events] == sorted(e.start for e in events)
    assert any(e.label == "Wednesday" and e.start == dt.date(2021, 3, 17) for e in events)
