"""The printed packet: the packet's HTML laid out by WeasyPrint with the print stylesheet."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..cache import NO_CACHE, Cache
from ..model import Packet
from ..paths import styles_dir
from .html import render_html

PAPER_SIZES = {"a4": "A4", "letter": "letter"}


def render_pdf(packet: Packet, paper: str = "a4", styles: Path | None = None,
               cache: Cache = NO_CACHE) -> tuple[bytes, int]:
    """(PDF bytes, page count). ``styles`` is a theme folder holding print.css and its fonts.

    The finished PDF is cached under everything that shapes it (the print HTML, the theme's
    files, the paper, the packet's timestamp and identifier, the versions of brief, WeasyPrint
    and fontTools): building again with nothing changed that the PDF shows costs no layout.
    """
    if paper not in PAPER_SIZES:
        raise ValueError(f"unknown paper size {paper!r}")
    folder = (styles or styles_dir()).resolve()
    html = render_html(packet, medium="print", paper=paper)
    key = cache.key("pdf", html, _theme_fingerprint(folder), paper, packet.identifier,
                    str(int(packet.stamp.timestamp())), *_engine_versions())
    if (hit := cache.get("pdf", key)) is not None:
        return hit[4:], int.from_bytes(hit[:4], "big")
    data, pages = _lay_out(packet, html, paper, folder)
    cache.put("pdf", key, pages.to_bytes(4, "big") + data)
    return data, pages


def _lay_out(packet: Packet, html: str, paper: str, folder: Path) -> tuple[bytes, int]:
    import weasyprint  # imported here: it takes most of a second, and only PDF needs it
    from weasyprint.text.fonts import FontConfiguration

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
        document = weasyprint.HTML(string=html, base_url=folder.as_uri() + "/", url_fetcher=fetcher).render(
            stylesheets=stylesheets, font_config=fonts)
        # PDF/UA-1: a tagged PDF (structure tree, language, title shown) that screen readers can use.
        data = document.write_pdf(pdf_identifier=packet.identifier.encode(), pdf_variant="pdf/ua-1")
    return data, len(document.pages)


def _theme_fingerprint(folder: Path) -> str:
    """Every file of the theme by name, size and modification time: editing any misses the cache."""
    return "\n".join(f"{p.relative_to(folder)}:{p.stat().st_size}:{p.stat().st_mtime_ns}"
                     for p in sorted(folder.rglob("*")) if p.is_file())


def _engine_versions() -> tuple[str, ...]:
    from importlib.metadata import version

    return tuple(f"{name}={version(name)}" for name in ("weasyprint", "fonttools", "pydyf"))


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
