"""A handling marking from the manifest is on every printed page and on the e-book's cover."""

from __future__ import annotations

import shutil
import zipfile

from pypdf import PdfReader
from support import SEEDS, epubcheck, epubcheck_problems

from brief.build import build

MARKING = "FOR OFFICIAL USE ONLY"


def test_marking_on_every_pdf_page_and_the_epub_cover(tmp_path):
    src = tmp_path / "packet"
    shutil.copytree(SEEDS, src)
    manifest = src / "brief.toml"
    manifest.write_text(f'marking = "{MARKING}"\n' + manifest.read_text(encoding="utf-8"), encoding="utf-8")
    _, outputs = build([src], tmp_path / "out", formats=("pdf", "epub"))
    by_ext = {o.path.suffix: o.path for o in outputs}

    pages = [p.extract_text() for p in PdfReader(by_ext[".pdf"]).pages]
    for number, text in enumerate(pages, start=1):
        # top and bottom of the page: at least twice each page
        assert text.upper().count(MARKING) >= 2, (number, text[:200])

    with zipfile.ZipFile(by_ext[".epub"]) as z:
        cover = z.read("EPUB/cover.xhtml").decode()
    assert MARKING in cover
    assert epubcheck_problems(epubcheck(by_ext[".epub"], tmp_path)) == []
