"""The print HTML cut into parts that WeasyPrint lays out one at a time, anywhere.

Every article starts a page, so an article laid out on its own makes the same pages it makes
inside the packet. That is what lets the PDF use both cores (articles go to a pool of
processes), keep each article's layout in the cache (editing one article lays out only that
one again), and lay out each page once: page numbers, the one thing a part cannot know alone,
are settled afterwards (``brief.render.pdf``) and the folio is stamped on at assembly
(``brief.render.assemble``).

A part is the document's head, a run of top-level blocks that starts where the theme starts a
page (a few articles, or one section with whatever shares its pages), and an invisible target
for every link that leaves the part, so WeasyPrint keeps those links; the assembler points them
at the real place.
"""

from __future__ import annotations

import hashlib
import html as htmllib
import re
from dataclasses import dataclass, field

from .html import PART_MARK

_ID = re.compile(r'\sid="([^"]+)"')
_LINK = re.compile(r'\shref="#([^"]+)"')
# Document metadata (dates) belongs to the packet, not to its parts: a part that carried them
# would miss the cache whenever the packet's date moved.
_DATED_META = re.compile(r'<meta name="dcterms\.[a-z]+" content="[^"]*">\n?')


@dataclass(frozen=True)
class Part:
    """One piece of the packet to lay out: ``html`` is a whole document."""

    html: str
    ids: frozenset[str]  # the anchors that really live here (not the stand-in targets)
    numbered: bool  # it prints page numbers of other parts, so it waits until they are known
    articles: bool  # it holds articles (whose pages the sections cite)


@dataclass
class Layout:
    """What laying out a part gives: its PDF and what the assembler needs to know of it."""

    pdf: bytes
    pages: int
    anchors: dict[str, int] = field(default_factory=dict)  # anchor -> index of its page in the part
    bookmarks: list = field(default_factory=list)  # WeasyPrint's tree, in PDF coordinates
    page_names: list[str] = field(default_factory=list)  # each page's @page name ("" for none)


def split(html: str, page_starts: frozenset[str], keep_dates: bool = False) -> list[Part]:
    """The packet's print HTML as parts in reading order. A part starts only at a block the
    theme starts on a new page (``page_starts``: its classes); a few articles share a part,
    every section starts its own."""
    head, *blocks = html.split(PART_MARK)
    tail = blocks.pop() if blocks else ""
    runs: list[list[str]] = []
    for block in blocks:
        if not block.strip():
            continue
        opening = _OPENING.match(block)
        classes = set(opening.group(1).split()) if opening else set()
        if runs and (not classes & page_starts
                     or (_is_article(block) and _is_article(runs[-1][0]) and not _full(runs[-1]))):
            runs[-1].append(block)
        else:
            runs.append([block])
    return [_part(head, "".join(run), tail, keep_dates and i == 0) for i, run in enumerate(runs)]


_OPENING = re.compile(r'\s*<\w+ class="([^"]*)"')


# Articles go to the layout a few at a time: each part pays for cutting and embedding its own
# fonts, and the cache keeps one entry per part. A run of articles ends after an article whose
# identifier hashes to 0 modulo ARTICLES_PER_PART (so an edit or a new article moves no other
# boundary) or once it holds MAX_PART_CHARS of HTML.
ARTICLES_PER_PART = 3
MAX_PART_CHARS = 150_000
_ARTICLE_ID = re.compile(r'<article class="article" id="([^"]+)"')


def _full(run: list[str]) -> bool:
    last = _ARTICLE_ID.search(run[-1])
    cut = last is not None and int(hashlib.sha256(last.group(1).encode()).hexdigest(), 16) % ARTICLES_PER_PART == 0
    return cut or sum(map(len, run)) >= MAX_PART_CHARS


def _is_article(block: str) -> bool:
    return _ARTICLE_ID.match(block.lstrip()) is not None


def _part(head: str, body: str, tail: str, keep_dates: bool) -> Part:
    ids = frozenset(_ID.findall(body))
    away = sorted(set(_LINK.findall(body)) - ids)
    # Zero-size, out of the flow and unseen: only there so links to other parts survive layout.
    stand_ins = ""
    if away:
        spans = "".join(f'<span id="{name}"></span>' for name in away)
        stand_ins = f'<div class="brief-link-targets" aria-hidden="true">{spans}</div>'
    if not keep_dates:
        head = _DATED_META.sub("", head)
    return Part(html=head + stand_ins + body + tail, ids=frozenset(htmllib.unescape(i) for i in ids),
                numbered='data-page="' in body, articles=_ARTICLE_ID.search(body) is not None)


# CSS every part is laid out with after the theme: the stand-in targets take no room.
PART_CSS = ".brief-link-targets { position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: hidden; }"
