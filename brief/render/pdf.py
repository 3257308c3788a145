"""The printed packet: the packet's HTML laid out by WeasyPrint with the print stylesheet."""

from __future__ import annotations

import atexit
import contextlib
import html as htmllib
import json
import logging
import os
import re
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, as_completed
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..cache import NO_CACHE, Cache
from ..model import Packet
from ..paths import styles_dir
from .assemble import assemble
from .theme import folio_split, page_rules_only, page_starting_classes
from .html import render_html
from .parts import PART_CSS, Layout, Part, split

PAPER_SIZES = {"a4": "A4", "letter": "letter"}


def render_pdf(packet: Packet, paper: str = "a4", styles: Path | None = None,
               cache: Cache = NO_CACHE, pool: Executor | None = None,
               tick: Callable[[int, int], None] | None = None) -> tuple[bytes, int]:
    """(PDF bytes, page count). ``styles`` is a theme folder holding print.css and its fonts.

    Each article is laid out once, on its own (``brief.render.parts``), in ``pool``'s
    processes when there is one; the sections around the articles are laid out once their
    page numbers are known; then the parts are joined (``brief.render.assemble``). Every
    part's layout is cached under what shapes it, so an edit lays out again only what it
    touched. ``tick(done, total)`` hears of each part laid out.
    """
    if paper not in PAPER_SIZES:
        raise ValueError(f"unknown paper size {paper!r}")
    folder = (styles or styles_dir()).resolve()
    theme = _theme_fingerprint(folder)
    stamp = int(packet.stamp.timestamp())
    engine = _Engine(folder, paper, theme, stamp, cache, pool, tick)
    # The numbers this packet settled on last time, if it was built before: after an edit that
    # moves no page they are right at once, and the sections come from the cache.
    memory = cache.key("numbers", packet.title, *(a.slug for a in packet.articles), theme, paper)
    recalled = cache.get("numbers", memory)
    pages: dict[str, int] = json.loads(recalled) if recalled else {}
    html = render_html(packet, medium="print", paper=paper, pages=pages)
    whole = len(html) < WHOLE_BELOW_CHARS
    if whole:
        html = render_html(packet, medium="print", paper=paper)  # page references left to WeasyPrint
    parts = [] if whole else split(html, engine.page_starts, keep_dates=True)
    key = cache.key("pdf", *([html] if whole else [part.html for part in parts]), theme, paper, packet.identifier, str(stamp), *_engine_versions())
    if (hit := cache.get("pdf", key)) is not None:
        return hit[4:], int.from_bytes(hit[:4], "big")
    if whole:
        data, total = lay_out_whole(html, str(folder), paper, stamp, packet.identifier)
        cache.put("pdf", key, total.to_bytes(4, "big") + data)
        return data, total
    parts, layouts, pages = _number_pages(packet, paper, parts, pages, engine)
    cache.put("numbers", memory, json.dumps(pages).encode())
    total = sum(layout.pages for layout in layouts)
    folios = engine.folios([name for layout in layouts for name in layout.page_names])
    data = assemble(layouts, [part.ids for part in parts], folios, packet.identifier)
    # Kept under the parts the next build will start from: these, with the numbers they settled on.
    cache.put("pdf", cache.key("pdf", *(part.html for part in parts), theme, paper, packet.identifier, str(stamp),
                               *_engine_versions()), total.to_bytes(4, "big") + data)
    return data, total


def _number_pages(packet: Packet, paper: str, parts: list[Part], pages: dict[str, int],
                  engine: "_Engine") -> tuple[list[Part], list[Layout], dict[str, int]]:
    """Lay out every part, writing into the sections the page each anchor they cite landed on
    (``parts`` print ``pages``, a first guess or none).

    Articles print no page numbers, so each is laid out once. First the articles and the
    sections before them (which decide where the articles start); then every section with
    the numbers found so far; then again the sections whose numbers changed (the contents,
    which cites the sections after the articles), until the numbers printed are the numbers
    found.
    """
    starts = engine.page_starts
    recalled = dict(pages)
    cited = {htmllib.unescape(name) for part in parts for name in _PAGE_REF.findall(part.html)}
    current: list[Layout | None] = [None] * len(parts)

    def lay_out(indices: list[int], write: list[bool]) -> None:
        for i, layout in zip(indices, engine.lay_out([parts[i] for i in indices], write)):
            current[i] = layout

    fixed = [i for i, part in enumerate(parts) if not part.numbered]
    last = max((i for i, part in enumerate(parts) if part.articles), default=-1)
    before = [i for i in range(last) if parts[i].numbered]
    # The parts that print no page numbers (the articles), written, and the sections before
    # them only measured: their length decides where the articles start, but the numbers they
    # print may not be known yet.
    lay_out(fixed + before, [True] * len(fixed) + [False] * len(before))
    for attempt in range(_MAX_PASSES):
        found = _anchor_pages(parts, current)
        wanted = {anchor: found[anchor] for anchor in sorted(cited) if anchor in found}
        if wanted == pages and all(layout and layout.pdf for layout in current):
            return parts, current, pages
        if wanted == pages:
            todo = list(range(len(parts)))
        else:
            # Pages not found yet (the sections after the articles, at first) keep last build's
            # numbers, if there was one: then every section can be laid out at once, and the
            # check above says whether the guess held.
            pages = {**{a: n for a, n in recalled.items() if a in cited}, **wanted}
            parts = split(render_html(packet, medium="print", paper=paper, pages=pages), starts, keep_dates=True)
            # Otherwise first the sections after the articles (they cite the articles, whose pages
            # are now known), then everything, until the numbers printed are the numbers found.
            todo = [i for i in range(last + 1, len(parts)) if parts[i].numbered] if attempt == 0 and not recalled \
                else list(range(len(parts)))
        if all(current):
            # Every part's length is known: start the folio pages meanwhile, on a spare process.
            engine.start_folios([name for layout in current for name in layout.page_names])
        lay_out(todo, [True] * len(todo))
    raise RuntimeError("the packet's page numbers did not settle")


_MAX_PASSES = 6
# A packet this small is quicker laid out whole in one pass, as one WeasyPrint document that
# fills in its own page references: below it, parts, the folio overlay and the numbering passes
# cost more than two processes save (measured: benchmarks/bench.py, README).
WHOLE_BELOW_CHARS = 250_000
_PAGE_REF = re.compile(r'href="#([^"]+)" data-page=')


def _anchor_pages(parts: list[Part], layouts: list[Layout | None]) -> dict[str, int]:
    """Every anchor's page number in the whole packet (1-based), from where each part put it.
    Parts not laid out yet (the sections after the articles, at first) count no pages."""
    found: dict[str, int] = {}
    start = 1
    for part, layout in zip(parts, layouts):
        if layout is None:
            continue
        for anchor, index in layout.anchors.items():
            if anchor in part.ids:
                found.setdefault(anchor, start + index)
        start += layout.pages
    return found


_KIND = {True: "part", False: "measure"}


class _Engine:
    """Lays out parts: from this build's memory, else the cache, else WeasyPrint (in the pool)."""

    def __init__(self, folder: Path, paper: str, theme: str, stamp: int, cache: Cache,
                 pool: Executor | None, tick: Callable[[int, int], None] | None):
        self.folder, self.paper, self.theme, self.stamp = folder, paper, theme, stamp
        self.cache, self.pool, self.tick = cache, pool, tick
        self.known: dict[str, Layout] = {}
        self.started: dict[str, Future] = {}
        self.done = 0
        self.page_starts = page_starting_classes((folder / "print.css").read_text(encoding="utf-8"))

    def lay_out(self, parts: list[Part], write: list[bool]) -> list[Layout]:
        """Each part's layout. Where ``write`` is false only its pages and anchors are needed
        (to learn how long a part is before its page numbers are known), not its PDF."""
        missing: dict[str, tuple[str, int, bool]] = {}
        for part, wanted in zip(parts, write):
            have = self.known.get(part.html)
            if (have is not None and (have.pdf or not wanted)) or (part.html in missing and not wanted):
                continue
            epoch = self._epoch(part)
            keys = {kind: self.cache.key(kind, part.html, self.theme, self.paper, str(epoch), *_engine_versions())
                    for kind in ("part", "measure")}
            hit = self.cache.get("part", keys["part"])
            if hit is None and not wanted:  # a written layout serves a measure too
                hit = self.cache.get("measure", keys["measure"])
            if hit is not None:
                self.known[part.html] = _unpack(hit)
            else:
                missing[part.html] = (keys[_KIND[wanted]], epoch, wanted)
        total = self.done + len(missing)
        for html, layout in self._run(missing):
            self.known[html] = layout
            key, _, wanted = missing[html]
            self.cache.put(_KIND[wanted], key, _pack(layout))
            self.done += 1
            if self.tick:
                self.tick(self.done, total)
        return [self.known[part.html] for part in parts]

    def _run(self, missing: dict[str, tuple[str, int, bool]]) -> Iterator[tuple[str, Layout]]:
        """Lay the parts out, longest first so the pool's processes finish together."""
        order = sorted(missing, key=len, reverse=True)
        jobs = [(html, str(self.folder), self.paper, missing[html][1], missing[html][2]) for html in order]
        if self.pool is None or len(order) < 2:
            for job in jobs:
                yield job[0], lay_out_part(*job)
            return
        futures = {self.pool.submit(_in_worker, *job): job[0] for job in jobs}
        for future in as_completed(futures):
            yield futures[future], future.result()

    def _epoch(self, part: Part) -> int:
        """The first part carries the packet's dates; the others are stamped the same every
        time (the clock only reaches their embedded fonts), so their cache outlives a new date."""
        return self.stamp if "dcterms.created" in part.html else 0

    def start_folios(self, page_names: list[str]) -> None:
        """Lay the folio pages out in the pool while the last parts are laid out, if the pool
        is there and the cache does not have them; :meth:`folios` uses them if the pages came
        out as expected."""
        key = self._folio_key(page_names)
        if self.pool is not None and key not in self.started and self.cache.get("folios", key) is None:
            self.started[key] = self.pool.submit(lay_out_folios, page_names, str(self.folder), self.paper)

    def folios(self, page_names: list[str]) -> bytes:
        key = self._folio_key(page_names)
        if (hit := self.cache.get("folios", key)) is not None:
            return hit
        started = self.started.get(key)
        data = started.result() if started else lay_out_folios(page_names, str(self.folder), self.paper)
        self.cache.put("folios", key, data)
        return data

    def _folio_key(self, page_names: list[str]) -> str:
        return self.cache.key("folios", self.theme, self.paper, "\n".join(page_names), *_engine_versions())


def _pack(layout: Layout) -> bytes:
    head = json.dumps({"pages": layout.pages, "anchors": layout.anchors, "bookmarks": layout.bookmarks,
                       "page_names": layout.page_names}).encode()
    return len(head).to_bytes(4, "big") + head + layout.pdf


def _unpack(data: bytes) -> Layout:
    size = int.from_bytes(data[:4], "big")
    head = json.loads(data[4:4 + size])
    return Layout(pdf=data[4 + size:], **head)


# ---- In the worker: WeasyPrint itself. Stylesheets are parsed once per process.

_STYLESHEETS: dict[tuple[str, str, str], tuple] = {}
# Let them go before the interpreter tears WeasyPrint's font machinery down under them.
atexit.register(_STYLESHEETS.clear)


def _stylesheets(folder: str, paper: str, role: str):
    """The theme and the paper, for a ``role``: "whole" the theme as it is, "part" with the folio
    left out (it is stamped on at assembly), "folios" only the folio."""
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    if (folder, paper, role) not in _STYLESHEETS:
        fetcher = url_fetcher_for([Path(folder)])
        fonts = FontConfiguration()  # without it @font-face rules are ignored
        theme = Path(folder) / "print.css"
        css = theme.read_text(encoding="utf-8")
        extra = f"@page {{ size: {PAPER_SIZES[paper]}; }}\n"
        if role != "whole":
            extra += folio_split(css, role)
        if role == "part":
            extra += PART_CSS
        if role == "folios":  # no element rules: nothing but the folio may reach those pages
            base = weasyprint.CSS(string=page_rules_only(css), base_url=theme.as_uri(), url_fetcher=fetcher,
                                  font_config=fonts)
        else:
            base = weasyprint.CSS(filename=str(theme), url_fetcher=fetcher, font_config=fonts)
        _STYLESHEETS[folder, paper, role] = (fonts, fetcher, [base, weasyprint.CSS(string=extra, font_config=fonts)])
    return _STYLESHEETS[folder, paper, role]


def _in_worker(html: str, folder: str, paper: str, epoch: int, write: bool = True) -> Layout:
    """What the pool runs (looked up by name there, so the worker runs this module's own)."""
    return lay_out_part(html, folder, paper, epoch, write)


def lay_out_part(html: str, folder: str, paper: str, epoch: int, write: bool = True) -> Layout:
    """One part laid out and, with ``write``, written as a tagged (PDF/UA-1) PDF."""
    import weasyprint

    fonts, fetcher, stylesheets = _stylesheets(folder, paper, "part")
    with _quiet_weasyprint(), _source_date(epoch):
        document = weasyprint.HTML(string=html, base_url=Path(folder).as_uri() + "/", url_fetcher=fetcher).render(
            stylesheets=stylesheets, font_config=fonts)
        data = document.write_pdf(pdf_variant="pdf/ua-1") if write else b""
    anchors: dict[str, int] = {}
    for index, page in enumerate(document.pages):
        for name in page.anchors:
            anchors.setdefault(name, index)
    return Layout(pdf=data, pages=len(document.pages), anchors=anchors,
                  bookmarks=_plain(document.make_bookmark_tree(0.75, transform_pages=True)),
                  page_names=[_page_name(page) for page in document.pages])


def lay_out_whole(html: str, folder: str, paper: str, epoch: int, identifier: str) -> tuple[bytes, int]:
    """The whole packet in one layout: the theme as it is (folio and all), page references
    filled in by WeasyPrint (CSS target-counter), tagged PDF/UA-1."""
    import weasyprint

    fonts, fetcher, stylesheets = _stylesheets(folder, paper, "whole")
    with _quiet_weasyprint(), _source_date(epoch):
        document = weasyprint.HTML(string=html, base_url=Path(folder).as_uri() + "/", url_fetcher=fetcher).render(
            stylesheets=stylesheets, font_config=fonts)
        data = document.write_pdf(pdf_identifier=identifier.encode(), pdf_variant="pdf/ua-1")
    return data, len(document.pages)


def lay_out_folios(page_names: list[str], folder: str, paper: str) -> bytes:
    """A PDF with one page per packet page bearing only its folio, each page given the same
    @page name as the page it will be drawn on, so the theme's rules for it apply."""
    import weasyprint

    fonts, fetcher, stylesheets = _stylesheets(folder, paper, "folios")
    blocks = "".join(f'<div style="page: {name or "auto"}; break-before: page"></div>' for name in page_names)
    with _quiet_weasyprint(), _source_date(0):
        document = weasyprint.HTML(string=f"<html><body>{blocks}</body></html>",
                                   base_url=Path(folder).as_uri() + "/", url_fetcher=fetcher).render(
            stylesheets=stylesheets, font_config=fonts)
        if len(document.pages) != len(page_names):
            raise RuntimeError("the folio pages do not match the packet's pages")
        return document.write_pdf()


def _page_name(page) -> str:
    page_type = getattr(page._page_box, "page_type", None)
    return getattr(page_type, "name", "") or ""


def _plain(bookmarks: list) -> list:
    """WeasyPrint's bookmark tree as JSON-ready lists."""
    return [[label, list(target), _plain(children), state] for label, target, children, state in bookmarks]


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
def _source_date(epoch: int) -> Iterator[None]:
    """Pin the clock the font subsetter stamps into embedded fonts, so PDFs are reproducible."""
    saved = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
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
