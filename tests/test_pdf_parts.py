"""The PDF laid out in parts and assembled (issue: speed): the joined file must read as one
document — links, outline, structure tree, folios — and an edit must lay out only what changed.
"""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pikepdf
import pytest
from click.testing import CliRunner
from pypdf import PdfReader

import brief.render.pdf as pdf_module
from brief.build import load_packet
from brief.cache import Cache
from brief.cli import main
from brief.paths import styles_dir
from brief.render import render_pdf
from brief.render.theme import folio_split, page_starting_classes
from support import SEEDS


@pytest.fixture(autouse=True)
def in_parts(monkeypatch):
    """The seeds are small enough to be laid out whole; these tests are about parts."""
    monkeypatch.setattr(pdf_module, "WHOLE_BELOW_CHARS", 0)


@pytest.fixture(scope="module")
def seeds_pdf() -> tuple[bytes, int, object]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pdf_module, "WHOLE_BELOW_CHARS", 0)
        packet = load_packet([SEEDS])
        data, pages = render_pdf(packet)
    return data, pages, packet


def _stamped(data: bytes) -> bool:
    """Whether the first page has a folio drawn on after assembly (the packet was laid out in parts)."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        resources = pdf.pages[0].Resources
        return "/XObject" in resources and "/BriefFolio1" in resources.XObject


def _page_texts(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def test_every_page_has_its_folio_as_an_artifact(seeds_pdf):
    data, pages, _ = seeds_pdf
    texts = _page_texts(data)
    assert len(texts) == pages
    for number, text in enumerate(texts, start=1):
        assert f"{number} of {pages}" in text, number
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        content = b"".join(s.read_bytes() for s in (page.obj.Contents if isinstance(page.obj.Contents, pikepdf.Array)
                                                     else [page.obj.Contents]))
        assert re.search(rb"/Artifact <</Type /Pagination /Subtype /Footer>> BDC\s*q /BriefFolio\d+ Do Q\s*EMC", content)


def test_links_between_parts_land_where_their_anchor_is(seeds_pdf):
    data, _, packet = seeds_pdf
    pdf = pikepdf.open(io.BytesIO(data))
    flat = list(pdf.Root.Names.Dests.Names)
    dests = {str(flat[i]): flat[i + 1] for i in range(0, len(flat), 2)}
    assert list(dests) == sorted(dests, key=lambda name: name.encode())  # a name tree is sorted
    page_index = {page.objgen: i for i, page in enumerate(pdf.pages)}
    links = [annot for page in pdf.pages for annot in page.obj.get("/Annots", []) if "/Dest" in annot]
    assert links
    assert all(str(link.Dest) in dests for link in links)  # no link into the void
    texts = _page_texts(data)
    contents = next(i for i, t in enumerate(texts) if "Contents at a glance" in t)
    for article in packet.articles:  # contents -> article: the page the article's title heads
        target = page_index[dests[article.slug][0].objgen]
        assert target > contents
        assert " ".join(article.title.split()[:3]) in " ".join(texts[target].split()), article.title


def test_one_structure_tree_with_a_parent_for_every_page_and_link(seeds_pdf):
    data, pages, _ = seeds_pdf
    pdf = pikepdf.open(io.BytesIO(data))
    root = pdf.Root.StructTreeRoot
    assert pdf.Root.MarkInfo.Marked and str(pdf.Root.Lang)
    nums = list(root.ParentTree.Nums)
    keys = [int(k) for k in nums[::2]]
    assert keys == sorted(set(keys)) and int(root.ParentTreeNextKey) == keys[-1] + 1
    document = root.K[0]
    assert str(document.S) == "/Document" and all(kid.P.objgen == document.objgen for kid in document.K)
    for page in pdf.pages:
        assert int(page.obj.StructParents) in keys
        for annot in page.obj.get("/Annots", []):
            assert int(annot.StructParent) in keys
    # Every page's marked content belongs to elements of this one tree.
    arrays = dict(zip(keys, nums[1::2]))
    for page in pdf.pages:
        for element in arrays[int(page.obj.StructParents)]:
            assert element.Pg.objgen == page.objgen


def test_the_outline_lists_the_articles_in_order_at_their_pages(seeds_pdf):
    data, _, packet = seeds_pdf
    reader = PdfReader(io.BytesIO(data))
    top = [item for item in reader.outline if not isinstance(item, list)]
    titles = [item.title for item in top]
    assert [t for t in titles if t in {a.title for a in packet.articles}] == [a.title for a in packet.articles]
    assert "Glossary" in titles and titles.index("Glossary") > titles.index(packet.articles[-1].title)
    for item in top:
        page = reader.get_destination_page_number(item)
        assert item.title.split()[0] in (reader.pages[page].extract_text() or "")


def test_an_edited_article_is_the_only_article_laid_out_again(tmp_path, monkeypatch):
    laid_out: list[str] = []
    real = pdf_module.lay_out_part

    def recording(html, *args):
        found = re.search(r'<article class="article" id="([^"]+)"', html)
        laid_out.append(found.group(1) if found else "sections")
        return real(html, *args)

    monkeypatch.setattr(pdf_module, "lay_out_part", recording)
    cache = Cache(tmp_path / "cache")
    packet = load_packet([SEEDS])
    first, _ = render_pdf(packet, cache=cache)
    assert sorted(x for x in laid_out if x != "sections") == sorted(a.slug for a in packet.articles)
    laid_out.clear()
    packet.articles[-1].paragraphs[-1] += " One more sentence at the end."
    again, _ = render_pdf(packet, cache=cache)
    assert again != first
    assert [x for x in laid_out if x != "sections"] == [packet.articles[-1].slug]
    # From a cold cache the same packet gives the same bytes.
    assert render_pdf(packet, cache=Cache(tmp_path / "cold"))[0] == again


def test_folio_rules_are_read_from_the_theme():
    theme = """
    @page { margin: 20mm; @top-center { content: "Draft"; } }
    @page :right { @bottom-right { content: "page " counter(page) " of " counter(pages); } }
    @page chapter { @bottom-left { content: string(title); } }
    """
    part = folio_split(theme, "part")
    folios = folio_split(theme, "folios")
    assert "@page :right { @bottom-right { content: none; } }" in part
    assert "top-center" not in part and "bottom-left" not in part
    assert "@page  { @top-center { content: none; } }" in folios
    assert "@page chapter { @bottom-left { content: none; } }" in folios
    assert "bottom-right" not in folios


def test_a_theme_with_its_page_number_elsewhere(tmp_path):
    theme = tmp_path / "theme"
    shutil.copytree(styles_dir(), theme)
    css = (theme / "print.css").read_text(encoding="utf-8")
    css = css.replace('@bottom-center { content: counter(page) " of " counter(pages);',
                      '@bottom-right { content: "folio " counter(page);')
    assert "folio " in css
    (theme / "print.css").write_text(css, encoding="utf-8")
    data, pages = render_pdf(load_packet([SEEDS]), styles=theme)
    texts = _page_texts(data)
    for number, text in enumerate(texts, start=1):
        assert f"folio {number}" in text and f"{number} of {pages}" not in text


def test_one_or_two_processes_give_the_same_parts_and_bytes(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    for out, jobs in ((one, "1"), (two, "2")):
        result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(out), "--pdf", "--jobs", jobs, "--no-cache"])
        assert result.exit_code == 0, result.output
    first = (one / "briefing.pdf").read_bytes()
    assert _stamped(first)  # laid out in parts
    assert first == (two / "briefing.pdf").read_bytes()


def test_a_small_packet_is_laid_out_whole_with_the_same_pages(monkeypatch):
    packet = load_packet([SEEDS])
    parts, pages = render_pdf(packet)
    monkeypatch.setattr(pdf_module, "WHOLE_BELOW_CHARS", 10**9)
    whole, whole_pages = render_pdf(packet)
    assert _stamped(parts) and not _stamped(whole)
    assert whole_pages == pages
    norm = lambda pdf: [" ".join(t.replace("\u2010", "-").split()) for t in _page_texts(pdf)]  # noqa: E731
    assert norm(whole) == norm(parts)  # the page numbers WeasyPrint fills in are the ones brief found


def test_a_failure_laying_out_an_article_in_a_worker_is_one_line(tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(out), "--pdf", "-q", "--no-cache"]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def broken(html, *args):
        raise RuntimeError("the layout engine broke")

    monkeypatch.setattr(pdf_module, "lay_out_part", broken)  # the forked workers inherit the patch
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(out), "--pdf", "--jobs", "2", "--no-cache"])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("brief: error:")]
    assert len(errors) == 1 and "the layout engine broke" in errors[0]
    assert "Traceback" not in result.output
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_the_parts_make_the_pages_one_layout_of_the_whole_makes(tmp_path):
    """Laid out in parts and joined, the packet reads page for page as WeasyPrint's one layout
    of the whole print HTML (with the same page numbers written in) does."""
    import json

    import weasyprint

    from brief.render.html import render_html

    cache = Cache(tmp_path / "cache")
    packet = load_packet([SEEDS])
    data, pages = render_pdf(packet, cache=cache)
    settled = json.loads(next((tmp_path / "cache" / "numbers").iterdir()).read_bytes())
    from weasyprint.text.fonts import FontConfiguration

    theme, fonts = styles_dir(), FontConfiguration()
    whole = weasyprint.HTML(string=render_html(packet, medium="print", pages=settled),
                            base_url=theme.as_uri() + "/").render(
        stylesheets=[weasyprint.CSS(filename=str(theme / "print.css"), font_config=fonts)],
        font_config=fonts).write_pdf()

    def texts(pdf: bytes) -> list[str]:
        # One glyph serves the hyphen and U+2010: which one a page's text map names may differ.
        return [" ".join(t.replace("\u2010", "-").split()) for t in _page_texts(pdf)]

    assert len(texts(whole)) == pages
    assert texts(data) == texts(whole)


def test_building_again_unchanged_lays_out_nothing(tmp_path, monkeypatch):
    calls: list[int] = []
    real = pdf_module.lay_out_part
    monkeypatch.setattr(pdf_module, "lay_out_part", lambda *a: calls.append(1) or real(*a))
    cache = Cache(tmp_path / "cache")
    packet = load_packet([SEEDS])
    first = render_pdf(packet, cache=cache)
    assert calls
    calls.clear()
    assert render_pdf(packet, cache=cache) == first and calls == []
