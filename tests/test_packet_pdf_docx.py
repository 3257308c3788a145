"""Articles as Word and PDF files: a packet made from the seeds as .docx and .pdf, a paragraph
and a hyphenated word across a page break, and files that are left out with a warning."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from documents import make_docx, make_pdf, make_scanned_pdf, seed_paragraphs
from support import epubcheck, epubcheck_problems, squash, messages

from brief.build import build
from brief.cli import main
from brief.sources import read_file

TITLE_1 = "Gaps to fill in ‘ironclad’ alliance between Korea, US"
TITLE_2 = "US Secretaries of State and Defense Hold Talks in South Korea"
HEAD = "The Diplomat — Asia-Pacific news"


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("documents")
    make_docx(folder / "a-herald.docx", TITLE_1, "Choi Si-young", seed_paragraphs("000_2ecfcfe68c449655.txt"),
              caption="President Moon Jae-in (center) poses with the ministers at Cheong Wa Dae, March 18, 2021. (Yonhap)")
    make_pdf(folder / "b-diplomat.pdf", TITLE_2, seed_paragraphs("002_4255cf75a3f68f5d.txt"), HEAD)
    return folder


@pytest.fixture(scope="module")
def built(folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    packet, outputs = build([folder], out, formats=("epub",))
    return packet, outputs[0].path


def test_titles_and_metadata(built):
    packet, _ = built
    docx_article, pdf_article = packet.articles
    assert docx_article.title == TITLE_1 and docx_article.byline == "Choi Si-young"
    assert docx_article.captions and docx_article.captions[0].credit == "Yonhap"
    assert pdf_article.title == TITLE_2


def test_no_running_head_or_page_number_in_the_text(built):
    packet, _ = built
    pdf_article = packet.articles[1]
    text = "\n".join(pdf_article.paragraphs)
    assert HEAD not in text and "Diplomat — Asia" not in text
    assert not re.search(r"Page \d+ of \d+", text)
    assert not any(re.fullmatch(r"\d+", p.strip()) for p in pdf_article.paragraphs)


def test_the_seeds_glossary_survives_the_formats(built):
    packet, _ = built
    people = {p.name for p in packet.glossary.people}
    for name in ("Antony Blinken", "Chung Eui-yong", "Kim Yo Jong", "Shin Beom-chul"):
        assert any(name in p for p in people), name
    terms = {t.term for t in packet.glossary.terms}
    assert {"THAAD", "SMA", "OPCON"} <= terms


def test_epubcheck_passes(built, tmp_path):
    _, book = built
    assert epubcheck_problems(epubcheck(book, tmp_path)) == []


def test_a_paragraph_and_a_word_across_a_page_break(tmp_path):
    """A page so short that the paragraph breaks over it, with automatic hyphenation on."""
    words = ("The delegations agreed that the interoperability of their coastguards, the harmonisation "
             "of inspection regimes and the decarbonisation of shipping would be examined together ") * 6
    paragraphs = ["The talks opened on Monday in the port city.", words.strip() + ".", "They end on Friday."]
    path = make_pdf(tmp_path / "two-pages.pdf", "Harbour Talks Open", paragraphs, "Harbour Ledger", width_mm=110, height_mm=120)
    from pypdf import PdfReader

    assert len(PdfReader(path).pages) >= 2
    article = read_file(path)
    assert article.title == "Harbour Talks Open"
    assert [squash(p) for p in article.paragraphs] == [squash(p) for p in paragraphs]
    # Every hyphenated line end was joined back: the long words are whole.
    for word in ("interoperability", "harmonisation", "decarbonisation"):
        assert article.paragraphs[1].count(word) == 6, word


def test_scanned_pdf_and_spreadsheet_are_warnings_and_the_rest_builds(folder, tmp_path):
    import shutil

    mixed = tmp_path / "mixed"
    shutil.copytree(folder, mixed)
    make_scanned_pdf(mixed / "c-scan.pdf")
    (mixed / "d-figures.xlsx").write_bytes(b"PK\x03\x04 not really a spreadsheet")
    (mixed / "photo.jpg").write_bytes(b"\xff\xd8\xff")  # beside the articles by design: no warning
    result = CliRunner().invoke(main, ["build", str(mixed), "--html", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    warnings = messages(result.stderr)
    assert len(warnings) == 2, warnings
    [scan] = [w for w in warnings if "c-scan.pdf" in w]
    [sheet] = [w for w in warnings if "d-figures.xlsx" in w]
    assert "no text layer; OCR it first" in scan
    assert ".xlsx files are not articles" in sheet and ".pdf, .docx" in sheet
    assert "2 articles" in result.stdout


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_broken_files_are_one_line_errors(tmp_path, suffix):
    path = tmp_path / f"broken{suffix}"
    path.write_bytes(b"%PDF-1.7 truncated" if suffix == ".pdf" else b"PK\x03\x04 truncated zip")
    result = CliRunner().invoke(main, ["glossary", str(path)])
    assert result.exit_code == 1
    [line] = messages(result.stderr)
    assert line.startswith("brief: error: ") and f"broken{suffix}" in line
