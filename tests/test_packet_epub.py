"""The e-reader packet, opened as the zip it is and checked by the real EPUBCheck."""

from __future__ import annotations

import zipfile

import pytest
from lxml import etree
from support import epubcheck, epubcheck_problems, squash

NS = {
    "x": "http://www.w3.org/1999/xhtml",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "ncx": "http://www.daisy.org/z3986/2005/ncx/",
}


@pytest.fixture(scope="module")
def book(seeds_build):
    _, outputs = seeds_build
    return outputs["epub"].path


@pytest.fixture(scope="module")
def files(book) -> dict[str, bytes]:
    with zipfile.ZipFile(book) as z:
        return {name: z.read(name) for name in z.namelist()}


@pytest.fixture(scope="module")
def opf(files):
    return etree.fromstring(files["EPUB/content.opf"])


def xhtml(files, name):
    return etree.fromstring(files["EPUB/" + name])


def test_epubcheck_reports_no_errors_or_warnings(book, tmp_path_factory):
    report = epubcheck(book, tmp_path_factory.mktemp("epubcheck"))
    assert report["checker"]["nFatal"] == 0
    assert epubcheck_problems(report) == []


def test_mimetype_comes_first_and_uncompressed(book):
    with zipfile.ZipFile(book) as z:
        first = z.infolist()[0]
    assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED


def test_one_xhtml_per_article_plus_cover_glossary_nav_and_ncx(files, opf, seeds_build):
    packet, _ = seeds_build
    names = set(files)
    for article in packet.articles:
        assert f"EPUB/{article.slug}.xhtml" in names
    for name in ("cover.xhtml", "readahead.xhtml", "glance.xhtml", "people.xhtml", "timeline.xhtml", "glossary.xhtml",
                 "quotes.xhtml", "sources.xhtml", "nav.xhtml", "toc.ncx"):
        assert "EPUB/" + name in names
    spine = [ref.get("idref") for ref in opf.findall(".//opf:spine/opf:itemref", NS)]
    n = len(packet.articles)
    # The EPUB follows the briefing's section order, as the PDF does.
    assert spine[:6] == ["cover", "nav", "read-ahead", "at-a-glance", "key-people", "timeline"]
    assert spine[6 : 6 + n] == [a.slug for a in packet.articles]
    assert spine[6 + n :] == ["glossary", "quotes", "sources", "licence"]


def test_metadata_title_language_identifier_and_modified(opf, seeds_build):
    packet, _ = seeds_build
    assert opf.findtext(".//dc:title", namespaces=NS) == "US–South Korea 2+2 talks"
    assert opf.findtext(".//dc:language", namespaces=NS) == "en"
    assert opf.findtext(".//dc:identifier", namespaces=NS) == packet.identifier
    modified = opf.find(".//opf:meta[@property='dcterms:modified']", NS).text
    assert modified == packet.stamp.strftime("%Y-%m-%dT%H:%M:%SZ")


def test_identifier_is_stable_across_builds_of_the_same_packet(seeds_build):
    from brief.build import load_packet
    from support import SEEDS

    packet, _ = seeds_build
    assert load_packet([SEEDS], title="US–South Korea 2+2 talks").identifier == packet.identifier


def test_articles_text_is_in_the_book(files, seeds_expected):
    text = squash(" ".join(etree.fromstring(v).xpath("string()") for k, v in files.items() if k.endswith(".xhtml")))
    for sample in seeds_expected["titles"] + seeds_expected["body_samples"]:
        assert squash(sample) in text


def test_first_mentions_pop_up_notes_that_lead_to_entries_that_lead_back(files, seeds_build):
    """Mention → pop-up note in the same file → full glossary entry → back to the mention."""
    packet, _ = seeds_build
    glossary = xhtml(files, "glossary.xhtml")
    checked = 0
    for article in packet.articles:
        doc = xhtml(files, f"{article.slug}.xhtml")
        refs = doc.xpath("//x:a[@class='gl']", namespaces=NS)
        assert refs
        for ref in refs:
            assert ref.get("{http://www.idpf.org/2007/ops}type") == "noteref"
            note_id = ref.get("href").removeprefix("#")
            note = doc.xpath(f"//x:aside[@id='{note_id}']", namespaces=NS)
            assert note and note[0].get("{http://www.idpf.org/2007/ops}type") == "footnote", note_id
            links = note[0].xpath(".//x:a/@href", namespaces=NS)
            assert f"#{ref.get('id')}" in links  # the way back from the note
            entry_href = next(h for h in links if h.startswith("glossary.xhtml#"))
            entry = glossary.xpath(f"//*[@id='{entry_href.split('#')[1]}']")
            assert entry, entry_href
            back = entry[0].xpath(".//x:a[@class='ref']/@href", namespaces=NS)
            assert f"{article.slug}.xhtml#{ref.get('id')}" in back, (entry_href, back)
            checked += 1
    assert checked >= 20


def test_note_shows_the_definition(files, seeds_build):
    packet, _ = seeds_build
    text = " ".join(xhtml(files, f"{a.slug}.xhtml").xpath("string(//x:section[@class='notes'])", namespaces=NS)
                    for a in packet.articles)
    assert "THAAD (Terminal High Altitude Area Defense):" in " ".join(text.split())


def test_accessibility_metadata(opf):
    props = {}
    for meta in opf.findall(".//opf:meta[@property]", NS):
        props.setdefault(meta.get("property"), []).append(meta.text)
    assert props["schema:accessMode"] == ["textual"]
    assert props["schema:accessModeSufficient"] == ["textual"]
    assert {"structuralNavigation", "tableOfContents"} <= set(props["schema:accessibilityFeature"])
    assert props["schema:accessibilityHazard"] == ["none"]
    assert props["schema:accessibilitySummary"][0]
    assert props["dcterms:conformsTo"] == ["EPUB Accessibility 1.1 - WCAG 2.1 Level AA"]


def test_fonts_embedded_with_their_licence(files, opf):
    fonts = [i for i in opf.findall(".//opf:manifest/opf:item", NS) if i.get("media-type") == "font/ttf"]
    assert len(fonts) == 4
    for item in fonts:
        assert files["EPUB/" + item.get("href")][:4] == b"\x00\x01\x00\x00"  # a TrueType file
    licence = xhtml(files, "licence.xhtml").xpath("string()")
    assert "SIL Open Font License" in licence and "Version 1.1" in licence


def test_sizes_follow_the_reader_settings(files):
    """No absolute font sizes in the e-reader stylesheet, so the reader's own size setting works."""
    import re

    css = files["EPUB/styles/ereader.css"].decode()
    assert not re.search(r"font-size:\s*[\d.]+(px|pt)", css)


def test_nav_lists_every_article_and_section(files, seeds_expected):
    nav = xhtml(files, "nav.xhtml")
    labels = [squash(a.xpath("string()")) for a in nav.xpath("//x:nav//x:a", namespaces=NS)]
    for title in seeds_expected["titles"] + seeds_expected["sections"][2:]:
        assert squash(title) in labels
    ncx = etree.fromstring(files["EPUB/toc.ncx"])
    assert len(ncx.findall(".//ncx:navPoint", NS)) >= len(seeds_expected["titles"]) + 4


def test_epub_glossary_shows_roles_organisations_and_other_names(files, seeds_build):
    packet, _ = seeds_build
    glossary = xhtml(files, "glossary.xhtml")
    for person in packet.glossary.people:
        entry = " ".join(glossary.xpath(f"string(//*[@id='{person.anchor}'])").split())
        assert (person.role or "Role not stated") in entry, person.name
        if person.organisation:
            assert f"Organisation: {person.organisation}" in entry, person.name
    for org in packet.glossary.organisations:
        entry = " ".join(glossary.xpath(f"string(//*[@id='{org.anchor}'])").split())
        for alias in org.aliases:
            assert alias in entry, (org.name, alias)
