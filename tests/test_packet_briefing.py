"""The briefing pages, read back from the seeds' PDF: read-ahead, contents at a glance, key
people, timeline, and the quote index at the back."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from pypdf import PdfReader
from support import DATA, squash

from brief.briefing import QUOTE_MIN_WORDS, QUOTES_PER_CARD

SPEAKERS_TO_CHECK = ["Shin Beom-chul", "Choi Kang", "Kim Hyung-suk", "Kim Young-jun", "Kim Yo Jong"]


@pytest.fixture(scope="module")
def pdf(seeds_build):
    return PdfReader(seeds_build[1]["pdf"].path)


def bookmarks(pdf) -> dict[str, int]:
    return {item.title: pdf.get_destination_page_number(item) for item in pdf.outline if not isinstance(item, list)}


def section_text(pdf, title: str, until: str) -> str:
    """The text of the pages from the outline entry ``title`` up to the one before ``until``."""
    numbers = bookmarks(pdf)
    start, end = numbers[title], numbers[until]
    return "\n".join(pdf.pages[i].extract_text() for i in range(start, max(end, start + 1)))


def test_read_ahead_is_page_two_and_the_first_article_starts_by_page_six(pdf, seeds_build):
    packet, _ = seeds_build
    numbers = bookmarks(pdf)
    assert numbers["Read-ahead"] == 1  # zero-based: the page after the cover
    assert numbers[packet.articles[0].title] <= 5


def test_read_ahead_shows_the_meeting_and_the_news(pdf, seeds_build):
    packet, _ = seeds_build
    text = squash(section_text(pdf, "Read-ahead", "Contents at a glance"))
    meeting = packet.meeting
    for line in (meeting.purpose, meeting.when, meeting.where, meeting.bluf, *meeting.talking_points, *meeting.questions):
        assert squash(line) in text, line
    assert squash("Sung Kim (not in the articles)") in text  # an attendee the articles never name
    for article in packet.articles:
        assert squash(article.title) in text
        assert squash(article.paragraphs[0].split(". ")[0]) in text  # its lead


def test_attendees_link_to_their_cards(pdf, seeds_build):
    """Each attendee the articles name is a link to the page of their key-people card."""
    packet, _ = seeds_build
    page = pdf.pages[bookmarks(pdf)["Read-ahead"]]
    targets = [pdf.get_destination_page_number(pdf.named_destinations[a["/Dest"]]) if isinstance(a.get("/Dest"), str)
               else None for a in (annot.get_object() for annot in page.get("/Annots", []))]
    people_page = bookmarks(pdf)["Key people"]
    matched = [a for a in packet.briefing.attendees if a.person]
    assert len(matched) == 4
    assert targets.count(people_page) >= len(matched)


def test_contents_at_a_glance_one_row_per_article_with_its_start_page(pdf, seeds_build):
    packet, _ = seeds_build
    numbers = bookmarks(pdf)
    text = squash(section_text(pdf, "Contents at a glance", "Key people"))
    for g in packet.briefing.glance:
        article = next(a for a in packet.articles if a.slug == g.article)
        row = re.search(re.escape(squash(f"[{g.number}]{article.title}")) + r"(.{0,160}?)p\.(\d+)", text)
        assert row, article.title
        assert squash(article.outlet) in row.group(1)
        assert int(row.group(2)) == numbers[article.title] + 1


def test_key_people_cards_are_bounded_and_quote_whole_sentences(pdf, seeds_build):
    packet, _ = seeds_build
    text = section_text(pdf, "Key people", "Timeline")
    cards = packet.briefing.cards
    assert len(cards) <= 12
    assert [c.person for c in cards if c.attending] == ["Antony Blinken", "Lloyd Austin III", "Chung Eui-yong", "Suh Wook"]
    rest = [c.mentions for c in cards if not c.attending]
    assert rest == sorted(rest, reverse=True)
    quotes = re.findall(r"“([^”]+)”", " ".join(text.split()))
    assert quotes, "no quote on any card"
    for card in cards:
        assert len(card.quotes) <= QUOTES_PER_CARD
    for quote in quotes:
        words = re.sub(r"-\s", "", quote).split()
        assert len(words) >= QUOTE_MIN_WORDS, quote
        assert quote[0].isupper() or quote.startswith("["), quote


def test_every_quote_is_in_the_index_under_its_speaker(pdf, seeds_build):
    packet, _ = seeds_build
    expected = json.loads((DATA / "analysis" / "seed_quotes.json").read_text(encoding="utf-8"))["statements"]
    flat = squash(section_text(pdf, "Quote index", "Sources"))
    names = [name for name, _ in packet.briefing.quotes]
    heads = sorted((flat.index(squash(name)), name) for name in names)
    blocks = {name: flat[at : (heads[i + 1][0] if i + 1 < len(heads) else len(flat))] for i, (at, name) in enumerate(heads)}
    checked = 0
    for quote in expected:
        if quote["speaker"] not in SPEAKERS_TO_CHECK:
            continue
        snippet = squash(quote["snippet"][:50])
        assert snippet in blocks[quote["speaker"]], (quote["speaker"], quote["snippet"])
        checked += 1
    assert checked >= 10


def test_timeline_is_in_date_order_with_inferred_dates_marked(pdf, seeds_build):
    packet, _ = seeds_build
    text = section_text(pdf, "Timeline", packet.articles[0].title)
    flat = squash(text)
    assert len(packet.briefing.front_events) <= 25
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


def test_roles_are_dated(pdf, seeds_build):
    packet, _ = seeds_build
    text = squash(section_text(pdf, "Key people", "Timeline"))
    assert squash("US Secretary of State (as of 18 March 2021)") in text
