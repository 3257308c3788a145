"""Saved web pages: what the HTML reader keeps, what it removes, and how files are routed to it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pytest
from sources_support import FIXTURES, ROOT

from brief.errors import BriefError
from brief.model import Caption
from brief.sources import read_file, read_sources
from brief.sources.html import read_html
from brief.sources.text import read_text

MIXED = ROOT / "tests" / "data" / "mixed"
SAVED_PAGE = MIXED / "c-saved-page.html"
# What active content in the fixtures says or points at: none of it may reach an Article.
PAYLOADS = ("alert(", "javascript:", "/etc/passwd", "127.0.0.1", "<script", "document.cookie", "onclick",
            "onload", "@import", "data:text", "Template text", "SVG text", "Math text", "Fallback object")


def _fields(article) -> list[str]:
    values = []
    for f in dataclasses.fields(article):
        value = getattr(article, f.name)
        if isinstance(value, list):
            for item in value:
                values.extend([item.text, item.credit or ""] if isinstance(item, Caption) else [item])
        elif value is not None:
            values.append(str(value))
    return values


def test_saved_page_fields():
    a = read_file(SAVED_PAGE)
    assert a.title == "Envoys agree to reopen harbour hotline after Lisbon talks"
    assert a.byline == "Tomasz Kerrigan"
    assert a.date == dt.date(2024, 5, 14)
    assert a.outlet == "The Meridian Ledger"
    assert a.url == "https://ledger.example.org/world/2024/05/14/harbour-hotline"
    assert a.captions == [
        Caption(
            "Delegates from Vardania and the Ostrel Republic meet at the Palácio das Necessidades in Lisbon, May 13, 2024.",
            "Inês Carvalho / Meridian Ledger",
        )
    ]


def test_saved_page_body():
    a = read_file(SAVED_PAGE)
    assert len(a.paragraphs) == 6
    assert a.paragraphs[0].startswith("LISBON — Senior envoys from Vardania")  # &mdash; decoded
    assert "Portugal’s foreign ministry" in a.paragraphs[1]
    assert a.paragraphs[2].startswith("“We have not solved every question")
    assert a.paragraphs[-1].endswith("Coastal Security Institute in Rotterdam.")
    text = "\n".join(a.paragraphs)
    for litter in ("Skip to main content", "Subscribe", "Twitter", "Comments (3)", "harbourwatcher",
                   "not part of the article", "Related stories", "All rights reserved", "Tags:", "Delegates from"):
        assert litter not in text
    for p in a.paragraphs:
        assert p == p.strip() and "<" not in p and "&" not in p and "  " not in p


@pytest.mark.parametrize("path", [SAVED_PAGE, FIXTURES / "hostile.html"], ids=["saved-page", "hostile"])
def test_no_active_content_survives(path):
    a = read_file(path)
    for value in _fields(a):
        for payload in PAYLOADS:
            assert payload.lower() not in value.lower(), (payload, value)


def test_hostile_page_keeps_its_article():
    a = read_file(FIXTURES / "hostile.html")
    assert a.title == "Border commission sets date for river survey"
    assert a.byline == "Halvard Imre" and a.date == dt.date(2023, 11, 2)
    assert a.url is None  # the page's only addresses are 127.0.0.1, file: and javascript:
    assert len(a.paragraphs) == 3
    assert a.paragraphs[0].startswith("The joint border commission of Corvania and Lestra")


def test_malformed_page_reads():
    a = read_file(FIXTURES / "malformed.html")
    assert a.title == "Island councils agree to pool ferry funds"
    assert a.byline == "Oona Pellervo"
    assert a.paragraphs[0] == (
        "Leaders of four island councils agreed on Friday to pool their ferry subsidies into a single fund, "
        "after a meeting in Skarvik that ran late into the evening."
    )
    assert any(p.startswith("Council officials said the first vessel") for p in a.paragraphs)


@pytest.mark.parametrize(
    "page",
    [
        "<p>Unclosed <b>bold <i>and italic</p></div></div>",
        "<html><body><div><p>Text<div></p></span></body>",
        "<<<>>><p>>>",
        "<!DOCTYPE html><html><head><title></title></head><body></body></html>",
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>Declared text of a page.</p></body></html>",
        "<html><body>" + "<div>" * 3000 + "Deep text inside many divs." + "</div>" * 3000 + "</body></html>",
        "<p>\x00\x01 control characters</p>",
    ],
    ids=["unclosed", "bad-nesting", "angle-brackets", "empty-title", "xml-declaration", "deep", "controls"],
)
def test_odd_pages_never_crash(page):
    try:
        a = read_html(page, "odd.html")
    except BriefError as exc:
        assert exc.message == "no article text found in this HTML page"
    else:
        assert a.title and a.paragraphs and all(p for p in a.paragraphs)


def test_page_without_title_or_h1():
    a = read_html(
        "<html><body><div class='story'><p>Delegates from the two coastal states met on Tuesday and agreed "
        "to share storm data. They will meet again in June.</p></div></body></html>",
        "x.html",
    )
    assert a.title == "Delegates from the two coastal states met on Tuesday and agreed to share storm…"
    assert len(a.paragraphs) == 1


def test_title_element_loses_site_name():
    a = read_html(
        "<html><head><title>Ferry talks stall again | Island Post</title></head><body>"
        "<p>The ferry talks stalled again on Monday after a short meeting, officials said.</p></body></html>",
        "x.html",
    )
    assert a.title == "Ferry talks stall again" and a.outlet == "Island Post"


def test_page_with_no_text_is_an_error(tmp_path):
    path = tmp_path / "empty-page.html"
    path.write_text("<!DOCTYPE html><html><head><title>x</title><script>alert(1)</script></head><body></body></html>")
    with pytest.raises(BriefError) as err:
        read_sources([path])
    assert str(err.value) == f"{path}: no article text found in this HTML page"


def test_txt_holding_a_page_goes_to_the_html_reader(tmp_path):
    path = tmp_path / "saved.txt"
    path.write_bytes(b"\xef\xbb\xbf\n  " + SAVED_PAGE.read_bytes())
    a = read_file(path)
    assert a.title == "Envoys agree to reopen harbour hotline after Lisbon talks"
    assert a.outlet == "The Meridian Ledger" and "<" not in "".join(a.paragraphs)


def test_html_without_tags_is_plain_text(tmp_path):
    path = tmp_path / "note.html"
    path.write_text("Ferry Talks Resume\n\nThe talks resumed on Monday & went well, officials said.\n")
    a = read_file(path)
    assert a.title == "Ferry Talks Resume"
    assert a.paragraphs == ["The talks resumed on Monday & went well, officials said."]


@pytest.mark.parametrize(
    "text, html",
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", True),
        ("  \n<!doctype HTML>\n<p>x</p>", True),
        ("<html lang=en><p>x</p>", True),
        ("<!-- saved from url=(0042)https://example.org/ -->\n<html><p>x</p>", True),
        ("\ufeff<HTML>\n<p>x</p>", True),
        ("<p>Just a paragraph tag in text</p>", False),
        ("Talks resume\n\nThe <html> tag was mentioned.", False),
        ("<htmlish>", False),
    ],
)
def test_txt_content_sniffing(tmp_path, text, html):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    from brief.sources import reader_for

    assert (reader_for(".txt", path.read_text(encoding="utf-8")) is read_html) is html
    assert reader_for(".html", "no tags at all") is read_text


def test_folder_mixing_formats_reads_in_name_order(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(MIXED, folder)
    (folder / "a-plain.txt").write_text(
        "Harbour Pilots Sign Training Pact\n\nPilots from three ports signed a training pact on Tuesday.\n",
        encoding="utf-8",
    )
    (folder / "d-page-as-text.txt").write_text(
        "<!DOCTYPE html><html><head><title>Lighthouse keepers meet</title></head><body><h1>Lighthouse keepers meet</h1>"
        "<p>Keepers from the northern coast met in Tromsø to compare notes on automated lamps.</p></body></html>",
        encoding="utf-8",
    )
    articles = read_sources([folder])
    assert [a.source for a in articles] == ["a-plain.txt", "b-markdown.md", "c-saved-page.html", "d-page-as-text.txt"]
    assert [a.slug[:3] for a in articles] == ["a1-", "a2-", "a3-", "a4-"]
    assert articles[2].outlet == "The Meridian Ledger"
    assert articles[3].title == "Lighthouse keepers meet"
    assert articles[3].paragraphs == ["Keepers from the northern coast met in Tromsø to compare notes on automated lamps."]


def test_html_in_markdown_loses_scripts(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        "# Dock Workers Return\n\nThe dock workers returned on Monday.\n\n<script>\nalert('x')\n</script>\n\n"
        "<!-- editor note -->\nThe strike ended after talks.\n\n<style>p { color: red }</style>\n",
        encoding="utf-8",
    )
    a = read_file(path)
    assert a.paragraphs == ["The dock workers returned on Monday.", "The strike ended after talks."]


STORY = "".join(
    f"<p>{s}</p>" for s in (
        "The harbour authority reported on Monday that insurance costs for ships calling at the port rose again.",
        "Premiums climbed by a fifth over two years, and three insurers stopped covering older tankers entirely.",
        "The report, the first of its kind, covers every ship that called at the port between 2018 and 2022.",
        "Officials said they would publish the data each year so that shipowners could compare the costs.",
    )
)
TEASERS = "".join(
    f'<article class="teaser"><time datetime="2025-02-0{n}T10:00:00Z">February {n}, 2025</time>'
    f'<a href="/news/{n}">Other news {n}</a></article>' for n in (7, 8)
)


def test_a_site_name_is_never_the_title_and_the_main_articles_time_dates_it():
    """Every page's h1 is the site's name and the menu holds dated teasers: the og:title is the
    headline, and the <time> in the article with the most text is the date."""
    page = (
        '<html><head><title>Port Report: Insurance Costs Rise | Harbour Authority</title>'
        '<meta property="og:site_name" content="Harbour Authority">'
        '<meta property="og:title" content="Port Report: Insurance Costs Rise"></head><body>'
        f'<header><h1>Harbour Authority</h1><nav>{TEASERS}</nav></header>'
        f'<main><article class="story"><time datetime="2025-01-16T22:00:00Z">January 16, 2025</time>{STORY}</article></main>'
        "</body></html>"
    )
    a = read_html(page, "report.html")
    assert a.title == "Port Report: Insurance Costs Rise"
    assert a.date == dt.date(2025, 1, 16)
    assert a.outlet == "Harbour Authority"


def test_a_site_name_before_the_headline_in_the_page_title_is_cut():
    page = ("<html><head><title>Harbour Command | Nov. 2: Patrols continue along the northern coast</title></head>"
            f"<body><div>{STORY}</div></body></html>")
    a = read_html(page, "release.html")
    assert a.title == "Nov. 2: Patrols continue along the northern coast"


def test_a_month_the_extractor_reads_as_an_author_is_none():
    """"January 17, 2017 at 6:00 AM ET by Kori Schulman": the extractor may return "January"."""
    from brief.sources import html
    assert html._author("January") is None
    assert html._author("Ana Ruiz") == "Ana Ruiz"


def test_a_byline_box_the_extractor_leaves_out_gives_the_author():
    page = ("<html><head><title>Port Report</title></head><body>"
            '<div class="blog-author-pane">January 17, 2017 at 6:08 PM ET by <a class="author-link">Ana Ruiz</a></div>'
            f"<article>{STORY}</article></body></html>")
    assert read_html(page, "post.html").byline == "Ana Ruiz"
