"""Mixed and hostile inputs end to end: four formats of article in one folder, a saved page full
of active content, a local web server that must never be asked for anything, and a secret file
beside the packet that must never reach any output."""

from __future__ import annotations

import io
import shutil
import zipfile

import pytest
from pypdf import PdfReader
from support import DATA, SEEDS, epubcheck, epubcheck_problems, recording_server, squash

from brief.build import build

SECRET = "CANARY-5c1e7d-DO-NOT-LEAK"
ACTIVE = ("<script", "javascript:", "onclick", "onload", "onerror", "<iframe", "<embed", "<object", "/etc/passwd")


@pytest.fixture(scope="module")
def server():
    with recording_server() as served:
        yield served


@pytest.fixture(scope="module")
def packet_dir(tmp_path_factory, server):
    """The two seeds, the Markdown and HTML fixtures, and a lure page aimed at the server and the secret."""
    base, _ = server
    root = tmp_path_factory.mktemp("mixed")
    secret = root / "secret.txt"  # beside the packet folder, not in it
    secret.write_text(SECRET, encoding="utf-8")
    folder = root / "packet"
    folder.mkdir()
    for f in sorted(SEEDS.glob("*.txt")):
        shutil.copy(f, folder / f"a-{f.name}")
    for f in sorted((DATA / "mixed").iterdir()):
        shutil.copy(f, folder / f.name)
    (folder / "d-lure.html").write_text(
        f"""<!DOCTYPE html><html><head><title>Lure page</title>
<link rel="stylesheet" href="{base}/site.css"><link rel="attachment" href="{secret.as_uri()}">
<style>@import url("{base}/import.css"); body {{ background: url("{secret.as_uri()}"); }}</style>
<script src="{base}/app.js"></script></head>
<body><article><h1>Port officials review the night shift rota</h1>
<p>Harbour officials met on Tuesday to review how night shifts are staffed at the container terminal.</p>
<img src="{base}/pixel.png"><img src="{secret.as_uri()}">
<iframe src="{secret.as_uri()}"></iframe><object data="{base}/obj"></object><embed src="{secret.as_uri()}">
<p style="background: url('{base}/inline.png')">The review found that two crews were short-staffed on most weekends last winter.</p>
<p><a href="{secret.as_uri()}">Local file link</a> <a href="javascript:alert(1)">script link</a></p>
<p>A second meeting is planned for next month to agree a new rota with the dock workers' union.</p>
</article></body></html>""",
        encoding="utf-8",
    )
    return folder


@pytest.fixture(scope="module")
def built(packet_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    packet, outputs = build([packet_dir], out, title="Mixed packet")
    return packet, {o.path.suffix[1:]: o.path for o in outputs}


def test_all_articles_in_name_order(built):
    packet, _ = built
    assert [a.source for a in packet.articles] == [
        "a-000_2ecfcfe68c449655.txt",
        "a-002_4255cf75a3f68f5d.txt",
        "b-markdown.md",
        "c-saved-page.html",
        "d-lure.html",
    ]
    saved = packet.articles[3]
    assert saved.title == "Envoys agree to reopen harbour hotline after Lisbon talks"
    assert saved.byline == "Tomasz Kerrigan"


def test_pdf_prints_every_article(built):
    packet, outputs = built
    text = squash(" ".join(p.extract_text() for p in PdfReader(outputs["pdf"]).pages))
    for article in packet.articles:
        assert squash(article.title) in text
        assert squash(article.paragraphs[-1][:80]) in text


def test_epubcheck_passes_on_the_mixed_packet(built, tmp_path):
    _, outputs = built
    assert epubcheck_problems(epubcheck(outputs["epub"], tmp_path)) == []


def _epub_text(path) -> str:
    with zipfile.ZipFile(path) as z:
        return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if not n.endswith(".ttf"))


def test_no_active_content_in_epub_or_html(built):
    _, outputs = built
    for name, text in (("epub", _epub_text(outputs["epub"])), ("html", outputs["html"].read_text(encoding="utf-8"))):
        lowered = text.lower()
        for needle in ACTIVE:
            assert needle not in lowered, (name, needle)


def test_the_local_server_is_never_asked_for_anything(built, server):
    _, requests = server
    assert requests == []


def test_the_secret_file_never_reaches_an_output(built):
    _, outputs = built
    pdf_text = " ".join(p.extract_text() for p in PdfReader(outputs["pdf"]).pages)
    assert SECRET not in pdf_text
    assert SECRET.encode() not in outputs["pdf"].read_bytes()
    assert SECRET not in _epub_text(outputs["epub"])
    assert SECRET not in outputs["html"].read_text(encoding="utf-8")
    with zipfile.ZipFile(io.BytesIO(outputs["epub"].read_bytes())) as z:
        assert all(SECRET.encode() not in z.read(n) for n in z.namelist())
