"""Fuzzing the readers and the glossary with random and mutated input.

Whatever a file holds, reading it either gives a well-formed Article or a BriefError; the
glossary built from any such Article points only inside its text. Examples are few and
bounded so the whole module stays well under a minute.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from brief.errors import BriefError
from brief.glossary import analyse
from brief.model import Article, Caption, Part
from brief.sources import READERS, read_file

ROOT = Path(__file__).resolve().parents[2]
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
PAGES = [
    (ROOT / "tests" / "data" / "mixed" / "c-saved-page.html").read_text(encoding="utf-8"),
    (ROOT / "tests" / "data" / "sources" / "hostile.html").read_text(encoding="utf-8"),
    (ROOT / "tests" / "data" / "sources" / "malformed.html").read_text(encoding="utf-8"),
]
MARKDOWN = [(ROOT / "tests" / "data" / "mixed" / "b-markdown.md").read_text(encoding="utf-8")]
SLOW = 5.0  # seconds one example may take: more means a rule went quadratic or hung
# BRIEF_FUZZ_EXAMPLES=2000 runs a longer search locally; the default keeps the suite quick.
FUZZ = settings(max_examples=int(os.environ.get("BRIEF_FUZZ_EXAMPLES", "60")), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# Pieces that make mutations interesting: markup, front-matter fences, litter, odd characters.
SNIPPETS = ["<", ">", "</p>", "<p>", "<script>", "</div>", "<!--", "-->", "&amp;", "&#", "\n", "\n\n", "---\n",
            "title: ", "By ", "(Yonhap)", "Photo: ", "Share", "\u00a0", "\ufeff", "\u200b", "é", "“", "\t", "|"]


@st.composite
def mutated(draw, originals: list[str]) -> str:
    """One of ``originals`` with a few random insertions, deletions, swaps and cuts."""
    text = draw(st.sampled_from(originals))
    for _ in range(draw(st.integers(0, 8))):
        if not text:
            break
        at = draw(st.integers(0, len(text) - 1))
        kind = draw(st.sampled_from(["insert", "snippet", "delete", "flip", "cut"]))
        if kind == "insert":
            text = text[:at] + draw(st.text(max_size=8)) + text[at:]
        elif kind == "snippet":
            text = text[:at] + draw(st.sampled_from(SNIPPETS)) + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 40)) :]
        elif kind == "flip":
            text = text[:at] + chr((ord(text[at]) ^ (1 << draw(st.integers(0, 7)))) or 32) + text[at + 1 :]
        else:
            text = text[:at] if draw(st.booleans()) else text[at:]
    return text


def check_article(article: Article) -> None:
    assert isinstance(article.title, str) and article.title.strip()
    assert isinstance(article.paragraphs, list) and article.paragraphs
    for p in article.paragraphs:
        assert isinstance(p, str) and p.strip()
        assert "<script" not in p.lower()
    for name in ("source", "slug"):
        assert isinstance(getattr(article, name), str)
    for name in ("subtitle", "byline", "section", "outlet", "url"):
        value = getattr(article, name)
        assert value is None or isinstance(value, str)
    assert article.url is None or article.url.startswith(("http://", "https://"))
    assert article.date is None or type(article.date) is dt.date
    assert all(isinstance(c, Caption) and isinstance(c.text, str) and (c.credit is None or isinstance(c.credit, str))
               for c in article.captions)


def check_glossary(article: Article) -> None:
    glossary = analyse([article])
    texts = {
        Part.TITLE: [article.title],
        Part.SUBTITLE: [article.subtitle or ""],
        Part.BYLINE: [article.byline or ""],
        Part.BODY: article.paragraphs,
        Part.CAPTION: [c.text for c in article.captions],
    }
    mentions = [m for p in glossary.people for m in p.mentions] + [m for t in glossary.terms for m in t.mentions]
    for m in mentions:
        assert m.article == article.slug
        assert 0 <= m.index < len(texts[m.part]), m
        assert 0 <= m.start < m.end <= len(texts[m.part][m.index]), m


def read_and_check(folder: Path, name: str, data: bytes) -> None:
    path = folder / name
    path.write_bytes(data)
    started = time.monotonic()
    try:
        article = read_file(path)
    except BriefError as exc:
        assert "\n" not in str(exc) and exc.path == str(path)
        return
    finally:
        assert time.monotonic() - started < SLOW, "reading took too long"
    article = dataclasses.replace(article, slug="a1-fuzz")
    check_article(article)
    started = time.monotonic()
    check_glossary(article)
    assert time.monotonic() - started < SLOW, "the glossary took too long"


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@FUZZ
@given(text=st.text(max_size=600), suffix=st.sampled_from(sorted(READERS)))
def test_random_text(folder, text, suffix):
    read_and_check(folder, "random" + suffix, text.encode("utf-8", errors="replace"))


@FUZZ
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".txt", ".html"]))
def test_random_bytes(folder, data, suffix):
    read_and_check(folder, "bytes" + suffix, data)


@FUZZ
@given(text=mutated(SEED_TEXTS + MARKDOWN), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_mutated_text_articles(folder, text, suffix):
    read_and_check(folder, "seed" + suffix, text.encode("utf-8", errors="replace"))


@FUZZ
@given(text=mutated(PAGES), suffix=st.sampled_from([".html", ".txt"]))
def test_mutated_pages(folder, text, suffix):
    read_and_check(folder, "page" + suffix, text.encode("utf-8", errors="replace"))


@FUZZ
@given(text=mutated(PAGES), encoding=st.sampled_from(["utf-16", "cp1252", "utf-8-sig"]))
def test_mutated_pages_in_other_encodings(folder, text, encoding):
    read_and_check(folder, "encoded.html", text.encode(encoding, errors="replace"))


@FUZZ
@given(text=mutated(PAGES))
def test_html_reader_called_directly(text):
    """The reader function on its own (no decoding step in front), as a new caller would use it."""
    started = time.monotonic()
    try:
        article = READERS[".html"](text, "direct.html")
    except BriefError:
        return
    assert time.monotonic() - started < SLOW
    check_article(dataclasses.replace(article, slug="a1-direct"))


@pytest.fixture(scope="module")
def binary_samples(tmp_path_factory):
    """A real PDF and a real .docx of the same short article, to mutate byte by byte."""
    import sys

    sys.path.insert(0, str(ROOT / "tests"))
    from documents import make_docx, make_pdf

    folder = tmp_path_factory.mktemp("binary")
    paragraphs = ["Envoys from the two ports met on Monday and agreed to resume talks.", "They will meet again in May."]
    return {
        ".pdf": make_pdf(folder / "a.pdf", "Harbour Talks Resume", paragraphs, "Harbour Ledger").read_bytes(),
        ".docx": make_docx(folder / "a.docx", "Harbour Talks Resume", "Jo Writer", paragraphs).read_bytes(),
    }


@FUZZ
@given(data=st.data(), suffix=st.sampled_from([".pdf", ".docx"]))
def test_mutated_pdf_and_word_files_read_or_fail_cleanly(tmp_path_factory, binary_samples, data, suffix):
    """Corrupted bytes anywhere in a PDF or Word file: an article or a one-line BriefError."""
    raw = bytearray(binary_samples[suffix])
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(raw) - 1))
        if data.draw(st.booleans()):
            raw[at] = data.draw(st.integers(0, 255))
        else:
            del raw[at : at + data.draw(st.integers(1, 200))]
    path = tmp_path_factory.mktemp("bin") / f"mutated{suffix}"
    path.write_bytes(bytes(raw))
    started = time.monotonic()
    try:
        article = read_file(path)
    except BriefError as exc:
        assert "\n" not in str(exc) and str(path) in str(exc)
    else:
        assert article.title and article.paragraphs
    assert time.monotonic() - started < SLOW
