"""The printed packet, read back from the PDF itself: what the reader at the meeting table sees."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from support import squash

from brief.model import Part


@pytest.fixture(scope="module")
def pdf(seeds_build):
    _, outputs = seeds_build
    return PdfReader(outputs["pdf"].path)


@pytest.fixture(scope="module")
def pages(pdf) -> list[str]:
    return [page.extract_text() or "" for page in pdf.pages]


@pytest.fixture(scope="module")
def text(pages) -> str:
    return squash("\n".join(pages))


def test_page_count_reported_matches_file(seeds_build, pdf):
    assert seeds_build[1]["pdf"].pages == len(pdf.pages)


def test_titles_and_bodies_are_printed(text, seeds_expected):
    for sample in seeds_expected["titles"] + seeds_expected["body_samples"]:
        assert squash(sample) in text, sample


def test_no_page_litter(pages, seeds_expected):
    for page in pages:
        lines = [line.strip() for line in page.splitlines()]
        for litter in seeds_expected["litter"]:
            assert litter not in lines


def test_doubled_caption_printed_once_and_title_not_repeated(text, pages, seeds_expected):
    assert text.count(squash(seeds_expected["doubled_caption"])) == 1
    # The repeated headline survives only as the article's own title: once on the cover's source
    # list, once in the contents, once as the heading, plus in running heads and the sources page,
    # but never twice in a row on the article's first page.
    first_page = next(p for p in pages if squash(seeds_expected["repeated_title"]) in squash(p) and "After a joint" in p)
    assert squash(first_page).count(squash(seeds_expected["repeated_title"])) <= 2


def _glossary_pages(pdf, pages) -> str:
    """The text from the page the outline's "Glossary" bookmark points at to the end."""
    entry = next(item for item in pdf.outline if not isinstance(item, list) and item.title == "Glossary")
    return "\n".join(pages[pdf.get_destination_page_number(entry) :])


def test_glossary_explains_required_terms(pdf, pages, seeds_expected):
    glossary = squash(_glossary_pages(pdf, pages))
    for term, expansion in seeds_expected["terms"].items():
        assert squash(term) in glossary
        assert squash(expansion) in glossary, term


def test_glossary_names_every_person_with_a_role(pdf, pages, seeds_expected):
    glossary = squash(_glossary_pages(pdf, pages))
    for name, role in seeds_expected["people"].items():
        assert squash(name) in glossary, name
        # The role follows the name within its entry. The name may also turn up earlier inside
        # another entry's role ("under President Moon Jae-in"), so any printing of it may qualify.
        starts = [m.start() for m in re.finditer(re.escape(squash(name)), glossary)]
        assert any(squash(role) in glossary[at : at + 400] for at in starts), (name, role)


def _outline_titles(outline) -> list[str]:
    titles = []
    for item in outline:
        if isinstance(item, list):
            titles += _outline_titles(item)
        else:
            titles.append(item.title)
    return titles


def test_outline_has_every_article_and_section(pdf, seeds_expected):
    titles = _outline_titles(pdf.outline)
    for expected in seeds_expected["titles"] + seeds_expected["sections"]:
        assert any(squash(expected) == squash(t) for t in titles), (expected, titles)


def test_contents_page_numbers_are_where_articles_start(pdf, pages, seeds_build):
    packet, _ = seeds_build
    contents_index = next(i for i, p in enumerate(pages) if "Contents at a glance" in p)
    contents = squash(pages[contents_index])
    bookmarks = {squash(item.title): pdf.get_destination_page_number(item) for item in pdf.outline if not isinstance(item, list)}
    for article in packet.articles:
        t = squash(article.title)
        match = re.search(re.escape(t) + r".{0,200}?p\.(\d+)", contents)
        assert match, article.title
        printed = int(match.group(1))
        start = bookmarks[t]  # the page of the article's heading
        # That page opens with the heading and prints the start of the body.
        assert t in squash(pages[start])[: len(t) + 40], article.title  # after a kicker at most
        assert squash(article.paragraphs[0][:60]) in squash(pages[start])
        assert printed == start + 1, (article.title, printed, start + 1)


def test_document_title_and_language(pdf):
    assert pdf.metadata.title == "US–South Korea 2+2 talks"
    assert pdf.trailer["/Root"].get("/Lang") == "en"


def test_page_numbers_n_of_n(pages):
    total = len(pages)
    assert squash(f"2 of {total}") in squash(pages[1])
    assert squash(f"{total} of {total}") in squash(pages[-1])


def _font_names(pdf) -> set[str]:
    names = set()
    for page in pdf.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object()["/BaseFont"]).split("+")[-1])
    return names


def test_bundled_fonts_are_embedded(pdf):
    """The theme's own faces, not whatever the machine falls back to (which differs between machines)."""
    names = _font_names(pdf)
    assert any(n.startswith("Source-Serif-4") for n in names), names
    assert not any("DejaVu" in n for n in names), names


def test_a4_by_default_and_letter_on_request(pdf, tmp_path):
    from brief.build import build
    from support import SEEDS

    width, height = (float(x) for x in pdf.pages[0].mediabox[2:])
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (210, 297)
    _, outputs = build([SEEDS], tmp_path, formats=("pdf",), paper="letter")
    letter = PdfReader(outputs[0].path).pages[0].mediabox
    assert (float(letter[2]), float(letter[3])) == (612.0, 792.0)


def surface(article, m) -> str:
    """The text a mention covers."""
    if m.part is Part.BODY:
        return article.paragraphs[m.index][m.start : m.end]
    if m.part is Part.CAPTION:
        return article.captions[m.index].text[m.start : m.end]
    return (article.subtitle or "")[m.start : m.end]


def _page_numbers(listed: str) -> list[int]:
    """ "3–5,7" → [3, 4, 5, 7]"""
    numbers = []
    for part in listed.strip(",").split(","):
        a, _, b = part.partition("–")
        numbers += list(range(int(a), int(b or a) + 1))
    return numbers


def test_glossary_page_references_point_at_pages_that_print_the_entry(seeds_build, pdf, pages):
    """Each entry lists the pages that mention it; every one of those pages really does."""
    packet, _ = seeds_build
    glossary = squash(_glossary_pages(pdf, pages))
    in_text = {"body", "caption", "subtitle"}  # bylines and credits are not counted as mentions in print
    articles = {a.slug: a for a in packet.articles}
    g = packet.glossary
    entries = [(e, e.name if hasattr(e, "name") else e.term) for e in [*g.people, *g.organisations, *g.terms]]
    # Where each entry's heading is printed, in glossary order: an entry's text runs to the next one.
    starts, cursor = [], glossary.index("people")
    for _, heading in entries:
        cursor = glossary.index(squash(heading), cursor)
        starts.append(cursor)
        cursor += 1
    starts.append(len(glossary))
    checked = 0
    for i, (entry, heading) in enumerate(entries):
        block = glossary[starts[i] : starts[i + 1]]
        m = re.search(r"mentionedonpp?\.([\d,–]+)", block)
        if not m:
            continue
        forms = {surface(articles[x.article], x) for x in entry.mentions if x.part.value in in_text}
        for number in _page_numbers(m.group(1)):
            page = squash(pages[number - 1])
            assert any(squash(f) in page for f in forms), (heading, number)
            checked += 1
    assert checked >= 40


def test_tagged_pdf_ua(seeds_build):
    """Structure tree, marked content, language and the PDF/UA-1 claim in the XMP metadata.

    No PDF/UA validator (veraPDF) runs here, so this checks the markers, not full conformance.
    """
    import pikepdf

    with pikepdf.open(seeds_build[1]["pdf"].path) as pdf:
        root = pdf.Root
        assert "/StructTreeRoot" in root
        assert bool(root.MarkInfo.Marked)
        assert str(root.Lang) == "en"
        assert bool(root.ViewerPreferences.DisplayDocTitle)
        xmp = str(pdf.open_metadata())
        assert 'pdfuaid:part="1"' in xmp or "<pdfuaid:part>1</pdfuaid:part>" in xmp


def test_glossary_shows_organisations_with_their_other_names_and_people(seeds_build, pdf, pages):
    packet, _ = seeds_build
    glossary = squash(_glossary_pages(pdf, pages))
    organisations = glossary[glossary.index("organisations") :]
    assert packet.glossary.organisations
    for org in packet.glossary.organisations:
        at = organisations.index(squash(org.name))
        entry = organisations[at : at + 400]
        for alias in org.aliases:
            assert squash(alias) in entry, (org.name, alias)
    blue_house = next(o for o in packet.glossary.organisations if "Cheong Wa Dae" in [o.name, *o.aliases])
    assert blue_house  # the two names the seeds use for one office are one entry
    for person in packet.glossary.people:
        if person.organisation:
            at = glossary.index(squash(person.name))
            assert squash("Organisation: " + person.organisation) in glossary[at : at + 600], person.name


def test_first_use_of_an_acronym_is_spelled_out_in_print(text, seeds_build):
    """"THAAD" becomes "Terminal High Altitude Area Defense (THAAD)" once per article that
    prints it bare; an acronym every reader knows (US) and one the article spells out itself
    (ROK, beside "Republic of Korea") are left alone."""
    assert text.count(squash("Terminal High Altitude Area Defense (THAAD)")) == 1
    assert text.count(squash("Democratic People's Republic of Korea (DPRK)")) == 1
    assert squash("United States (US)") not in text
    assert squash("Republic of Korea (ROK)") not in text
