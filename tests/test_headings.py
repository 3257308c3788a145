"""Section headings inside articles: found in the text whatever the reader, set apart in every
output, and never mistaken for a bookmark of the PDF's outline."""

from __future__ import annotations

import shutil

import pytest
from lxml import html as lxml_html
from pypdf import PdfReader
from documents import make_docx
from support import DATA, squash

from brief.build import build
from brief.sources import read_sources
from brief.sources.headings import section_headings

CORPUS = DATA / "corpus" / "texts"
STORY = "The harbour board met on Tuesday and agreed to keep the night ferry running through the winter months."
MORE = "Officials said the cost would be met from the port's reserves, and that fares would not rise before spring."


@pytest.mark.parametrize(
    "middle, heading",
    [
        ("What the board decided", True),
        ("III. ECONOMIC PROSPERITY AND TRADE", True),
        ("What comes next?", False),  # a one-line question may be the writer's, not a heading
        ("He said no.", False),
        ("March 4, 2025", False),
        ("Antony J. Blinken, Secretary of State", False),
    ],
)
def test_a_short_line_between_paragraphs_of_running_text(middle, heading):
    assert (section_headings([STORY, middle, MORE], {}) == [1]) is heading


def test_no_headings_at_the_edges_or_in_a_transcript():
    assert section_headings(["What the board decided", STORY, MORE], {}) == []
    assert section_headings([STORY, "What the board decided", MORE], {0: "MODERATOR"}) == []


def test_word_heading_styles_are_headings(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Harbour Board Keeps the Night Ferry", style="Title")
    document.add_paragraph(STORY)
    document.add_paragraph("Who pays", style="Heading 2")
    document.add_paragraph(MORE)
    document.save(str(tmp_path / "a.docx"))
    (article,) = read_sources([tmp_path / "a.docx"])
    assert article.headings == [1] and article.paragraphs[1] == "Who pays"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("headed")
    for name in ("53_gv-europe-anti-immigration-2012.md", "68_planetary-press-forest-lands-2020.txt"):
        shutil.copy(CORPUS / name, folder / name)
    out = tmp_path_factory.mktemp("out")
    packet, outputs = build([folder], out, formats=("pdf", "html"))
    return packet, {o.path.suffix[1:]: o.path for o in outputs}


HEADINGS = ["Economic downturn not the only reason", "A European phenomenon", "Laying the Groundwork", "Policy Shortcomings"]


def test_headings_are_set_apart_in_the_html(built):
    _, paths = built
    doc = lxml_html.parse(str(paths["html"])).getroot()
    assert [squash(h.text_content()) for h in doc.xpath("//article//h2[@class='subhead']")] == list(map(squash, HEADINGS))
    assert not [p for p in doc.xpath("//article//p") if squash(p.text_content()) in map(squash, HEADINGS)]


def test_headings_print_but_make_no_bookmarks(built):
    packet, paths = built
    reader = PdfReader(str(paths["pdf"]))
    text = squash(" ".join(page.extract_text() for page in reader.pages))
    assert all(squash(h) in text for h in HEADINGS)

    def titles(outline):
        for item in outline:
            yield from titles(item) if isinstance(item, list) else [item.title]

    assert not set(titles(reader.outline)) & set(HEADINGS)
    assert [a.title for a in packet.articles if a.headings] == [a.title for a in packet.articles]
