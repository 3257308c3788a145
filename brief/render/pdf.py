"""The printed packet: the packet's HTML laid out by WeasyPrint with the print stylesheet."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..model import Packet
from ..paths import styles_dir
from .html import render_html

PAPER_SIZES = {"a4": "A4", "letter": "letter"}


def render_pdf(packet: Packet, paper: str = "a4", styles: Path | None = None) -> tuple[bytes, int]:
    """(PDF bytes, page count). ``styles`` is a theme folder holding print.css and its fonts."""
    import weasyprint  # imported here: it takes most of a second, and only PDF needs it
    from weasyprint.text.fonts import FontConfiguration

    if paper not in PAPER_SIZES:
        raise ValueError(f"unknown paper size {paper!r}")
    folder = (styles or styles_dir()).resolve()
    fetcher = url_fetcher_for([folder])
    fonts = FontConfiguration()  # without it @font-face rules are ignored
    stylesheets = [
        weasyprint.CSS(filename=str(folder / "print.css"), url_fetcher=fetcher, font_config=fonts),
        # The one setting that comes from the command line rather than the theme.
        weasyprint.CSS(string=f"@page {{ size: {PAPER_SIZES[paper]}; }}", font_config=fonts),
    ]
    with _quiet_weasyprint(), _source_date(packet):
        # One layout: every page number the packet prints (contents, key people, glossary) is a
        # CSS target-counter that WeasyPrint fills in while it paginates, so nothing is laid
        # out twice to learn where things landed.
        html = weasyprint.HTML(string=render_html(packet, medium="print", paper=paper),
                               base_url=folder.as_uri() + "/", url_fetcher=fetcher)
        document = html.render(stylesheets=stylesheets, font_config=fonts)
        # PDF/UA-1: a tagged PDF (structure tree, language, title shown) that screen readers can use.
        data = document.write_pdf(pdf_identifier=packet.identifier.encode(), pdf_variant="pdf/ua-1")
    return data, len(document.pages)


def url_fetcher_for(roots: list[Path]):
    """A WeasyPrint URL fetcher that reads only files under ``roots``.

    Article text is untrusted: nothing it contains may make the renderer read the network
    or a local file outside the theme (and the packet's own folder, when one is allowed).
    """
    from weasyprint import URLFetcher

    allowed = [r.resolve() for r in roots]

    class PacketFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            if url.startswith("file:"):
                path = Path(unquote(urlsplit(url).path)).resolve()
                if any(path == root or root in path.parents for root in allowed):
                    return super().fetch(url, headers)
            raise ValueError(f"brief does not fetch {url!r}: only the theme folder is readable")

    return PacketFetcher(allowed_protocols=["file"], allow_redirects=False)


@contextlib.contextmanager
def _source_date(packet: Packet) -> Iterator[None]:
    """Pin the clock the font subsetter stamps into embedded fonts, so PDFs are reproducible."""
    saved = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(packet.stamp.timestamp()))
    try:
        yield
    finally:
        if saved is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = saved


@contextlib.contextmanager
def _quiet_weasyprint(level: int = logging.ERROR) -> Iterator[None]:
    """WeasyPrint logs refused fetches and font fallbacks as warnings; a build reports its own errors."""
    logger = logging.getLogger("weasyprint")
    saved = logger.level
    logger.setLevel(level)
    try:
        yield
    finally:
        logger.setLevel(saved)
