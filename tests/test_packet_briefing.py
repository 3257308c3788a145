"""The briefing pages before the articles, read back from the PDF: at a glance, key people, timeline."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pypdf import PdfReader
from support import DATA, squash

SPEAKERS_TO_CHECK = ["Shin Beom-chul", "Choi Kang", "Kim Hyung-suk", "Kim Young-jun", "Kim Yo Jong"]


@pytest.fixture(scope="module")
def pdf(seeds_build):
    return PdfReader(seeds_build[1]["pdf"].path)


def section_text(pdf, title: str, until: str) -> str:
    """The text of the pages from the outline entry ``title`` up to the one before ``until``."""
    numbers = {item.title: pdf.get_destination_page_number(item) for item in pdf.outline if not isinstance(item, list)}
    return "\n".join(pdf.pages[i].extract_text() for i in range(numbers[title], numbers[until]))


def test_at_a_glance_lists_each_article_with_its_facts(pdf, seeds_build):
    packet, _ = seeds_build
    glance = squash(section_text(pdf, "At a glance", "Contents"))
    words = sum(a.word_count for a in packet.articles)
    assert squash(f"{len(packet.articles)} articles · {words:,} words") in glance
    assert squash(f"{len(packet.glossary.people)} people") in glance
    assert squash(f"{len(packet.glossary.terms)} terms") in glance
    for article in packet.articles:
        at = glance.index(squash(article.title))
        item = glance[at : at + 900]
        assert squash(article.outlet) in item
        if article.byline:
            assert squash("By " + article.byline) in item
        minutes = -(-article.word_count // 230)
        assert squash(f"{minutes} min read") in item
        first_sentence = article.paragraphs[0].split(". ")[0]
        assert squash(first_sentence) in item


def test_each_quote_sits_on_its_speakers_card(pdf, seeds_build):
    packet, _ = seeds_build
    expected = json.loads((DATA / "analysis" / "seed_quotes.json").read_text(encoding="utf-8"))["statements"]
    text = section_text(pdf, "Key people", "Timeline")
    # A card starts with the person's name followed by their role line.
    flat = squash(text)
    people = packet.glossary.people
    heads = sorted(
        (flat.index(squash(p.name + (p.role or "Role not stated in the articles"))), p.name)
        for p in people
        if squash(p.name + (p.role or "Role not stated in the articles")) in flat
    )
    blocks = {name: flat[at : (heads[i + 1][0] if i + 1 < len(heads) else len(flat))] for i, (at, name) in enumerate(heads)}
    checked = 0
    for quote in expected:
        if quote["speaker"] not in SPEAKERS_TO_CHECK:
            continue
        snippet = squash(quote["snippet"][:50])
        assert snippet in blocks[quote["speaker"]], (quote["speaker"], quote["snippet"])
        others = [n for n, b in blocks.items() if n != quote["speaker"] and snippet in b]
        assert others == [], (quote["snippet"], others)
        checked += 1
    assert checked >= 10


def test_key_people_most_mentioned_first(seeds_build):
    from brief.render.html import key_people

    packet, _ = seeds_build
    counts = [c["mentions"] for c in key_people(packet)]
    assert counts == sorted(counts, reverse=True)
    assert key_people(packet)[0]["person"].name == "Antony Blinken"


def test_timeline_is_in_date_order_with_inferred_dates_marked(pdf, seeds_build):
    packet, _ = seeds_build
    text = section_text(pdf, "Timeline", seeds_expected_first_article(packet))
    flat = squash(text)
    expected = json.loads((DATA / "analysis" / "seed_timeline.json").read_text(encoding="utf-8"))["events"]
    positions = []
    for event in expected:
        at = flat.index(squash(event["sentence_starts"][:40]), positions[-1] if positions else 0)
        positions.append(at)
    starts = [dt.date.fromisoformat(e["start"]) for e in expected]
    assert starts == sorted(starts)
    assert positions == sorted(positions)
    assert squash("inferred from “Wednesday”") in flat
    assert squash("inferred from “May next year”") in flat


def seeds_expected_first_article(packet) -> str:
    return packet.articles[0].title
