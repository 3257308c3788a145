"""The stand-alone HTML page: parsed, every internal link must land on an element that exists."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html


@pytest.fixture(scope="module")
def doc(seeds_build):
    _, outputs = seeds_build
    return lxml_html.parse(str(outputs["html"].path)).getroot()


def test_language_title_and_inlined_stylesheet(doc):
    assert doc.get("lang") == "en"
    assert doc.findtext(".//title") == "US–South Korea 2+2 talks"
    assert doc.xpath("//link[@rel='stylesheet']") == []  # nothing to fetch: the CSS is inlined
    assert "font-family" in doc.xpath("string(//style)")


def test_every_internal_link_has_a_target(doc):
    ids = set(doc.xpath("//@id"))
    hrefs = [h for h in doc.xpath("//a/@href") if h.startswith("#")]
    assert len(hrefs) > 40
    missing = sorted({h[1:] for h in hrefs} - ids)
    assert missing == []


def test_ids_are_unique(doc):
    ids = doc.xpath("//@id")
    assert len(ids) == len(set(ids))


def test_articles_in_order_with_their_glossary_links(doc, seeds_build):
    packet, _ = seeds_build
    articles = doc.xpath("//article")
    assert [a.get("id") for a in articles] == [a.slug for a in packet.articles]
    for article in articles:
        assert article.xpath(".//a[@class='gl' and starts-with(@href, '#person-')]")
        assert article.xpath(".//a[@class='gl' and starts-with(@href, '#term-')]")
