"""Article text is untrusted: it is printed, never obeyed, and the renderer reads nothing it names."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from lxml import html as lxml_html
from pypdf import PdfReader
from support import recording_server, squash

from brief.model import Article, Caption, Glossary, Packet
from brief.paths import styles_dir
from brief.render import render_epub, render_html, render_pdf
from brief.render.pdf import url_fetcher_for

SECRET = "TOP-SECRET-CANARY-7731"


@pytest.fixture
def server():
    with recording_server() as served:
        yield served


@pytest.fixture
def secret(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(SECRET, encoding="utf-8")
    return path


def hostile_packet(base_url: str, secret_path) -> Packet:
    lure = (
        f'<script>alert(1)</script><img src="{base_url}/pixel.png">'
        f'<link rel="stylesheet" href="{base_url}/evil.css">'
        f'<iframe src="file://{secret_path}"></iframe><object data="file://{secret_path}"></object>'
    )
    article = Article(
        source="hostile.txt",
        slug="a1-hostile",
        title=f"<b>Bold</b> claims {lure}",
        subtitle="<style>body{display:none}</style>",
        byline='"><script>x()</script>',
        paragraphs=[f"Paragraph one {lure}", "Plain second paragraph & <em>fake emphasis</em>."],
        captions=[Caption(f"Caption {lure}", credit="<i>credit</i>")],
        url="javascript:alert(1)",
    )
    return Packet(title="Packet <script>", date=dt.date(2021, 3, 18), articles=[article], glossary=Glossary())


def test_html_prints_markup_as_text(tmp_path, secret):
    page = render_html(hostile_packet("http://127.0.0.1:9", secret), medium="web")
    doc = lxml_html.fromstring(page)
    for tag in ("script", "img", "iframe", "object", "link", "em", "b", "i"):
        assert doc.xpath(f"//{tag}") == [], tag
    assert len(doc.xpath("//style")) == 1  # our own stylesheet, not the article's
    assert doc.xpath("//a[starts-with(@href, 'javascript:')]") == []
    text = doc.text_content()
    assert "<script>alert(1)</script>" in text and "<em>fake emphasis</em>" in text


def test_pdf_prints_markup_as_text_and_fetches_nothing(server, secret):
    base, requests = server
    data, _ = render_pdf(hostile_packet(base, secret))
    path = secret.parent / "hostile.pdf"
    path.write_bytes(data)
    text = squash(" ".join(p.extract_text() for p in PdfReader(path).pages))
    assert squash("<script>alert(1)</script>") in text
    assert requests == []
    assert SECRET.encode() not in data and squash(SECRET) not in text


def test_epub_prints_markup_as_text(secret):
    import io
    import zipfile

    data = render_epub(hostile_packet("http://127.0.0.1:9", secret))
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        article = z.read("EPUB/a1-hostile.xhtml").decode()
    assert "<script" not in article and "&lt;script&gt;" in article
    assert SECRET not in article


def test_theme_cannot_reach_the_network_or_other_files(tmp_path, server, secret):
    """Even a stylesheet that asks for them gets neither the web nor a file outside its folder."""
    base, requests = server
    theme = tmp_path / "theme"
    shutil.copytree(styles_dir(), theme)
    css = theme / "print.css"
    css.write_text(
        f'@import url("{base}/imported.css");\n'
        f'@font-face {{ font-family: Evil; src: url("{base}/font.woff2"); }}\n'
        f'body::before {{ content: url("file://{secret}"); }}\n'
        f'body {{ background: url("{base}/bg.png"); font-family: Evil; }}\n' + css.read_text(),
        encoding="utf-8",
    )
    data, _ = render_pdf(hostile_packet(base, secret), styles=theme)
    assert requests == []
    assert SECRET.encode() not in data


def test_fetcher_refuses_everything_outside_its_roots(tmp_path, secret):
    root = tmp_path / "theme"
    root.mkdir()
    (root / "ok.css").write_text("p{}", encoding="utf-8")
    fetch = url_fetcher_for([root]).fetch
    assert fetch((root / "ok.css").as_uri()) is not None
    for url in (
        secret.as_uri(),
        (root / ".." / "secret.txt").as_uri(),
        "http://127.0.0.1:9/x.css",
        "https://example.org/x.css",
        "data:text/css,p{}",
    ):
        with pytest.raises(ValueError):
            fetch(url)
