"""The HTML reader: a web page saved from a browser → an :class:`Article`.

A saved page is the article plus everything around it: menus, share bars, comment
threads, related-story lists, and active content (scripts, event handlers, frames,
plug-ins, style sheets that fetch from the network). The reader works in three steps:

1. **Harvest** a fixed list of metadata values from the page head (``og:title``,
   ``og:site_name``, ``<meta name=author>``, the canonical address, publication time).
   They are read as plain strings; addresses are kept only when they are ``http(s)``.
2. **Sanitise** with :data:`CLEANER` (lxml_html_clean). Scripts, ``on…`` handlers,
   ``javascript:`` addresses, comments, ``<style>`` and ``style=``, ``<link>``, ``<meta>``,
   frames, forms and their controls, and every embedding element (``img``, ``iframe``,
   ``object``, ``embed``, media, ``svg``, ``noscript``) are removed *with their content*,
   and only a short list of descriptive attributes survives (no ``href``/``src``: the packet
   never follows a link of a source page, so no address in a page reaches it).
   The page structure (``<html>``, ``<head>``, ``<title>``) is kept because the extractor uses it.
3. **Extract** the article with trafilatura from the sanitised tree (comments and tables
   off), with photo captions taken out of ``<figure>`` beforehand so they do not end up in
   the body. Paragraphs then go through the same line rules as the plain-text reader
   (page litter, bylines, date lines, credit lines, the repeated headline).

Missing fields fall back in order: title ← extractor, ``og:title``, ``<h1>``, ``<title>``
(with a " | Site" tail cut), first sentence; outlet ← ``og:site_name``, extractor, the
``<title>`` tail; date ← ``article:published_time``, the article's ``<time datetime>``,
extractor; url ← canonical link, ``og:url``, extractor.
"""

from __future__ import annotations

import copy
import datetime as dt
import re

import lxml.etree
import lxml.html
import trafilatura
from lxml_html_clean import Cleaner

from ..dates import MONTHS, dates_in
from ..errors import BriefError
from ..model import Article, Caption
from .frontmatter import web_address
from .header import byline_name, date_and_byline, date_line
from .inline import strip_active_markup
from .litter import clean_space, credit_line, line_litter, same_text, split_trailing_credit
from .text import fallback_title

NO_TEXT = "no article text found in this HTML page"

# Attributes that describe rather than act: the extractor reads classes and ids to find
# comments and navigation, ``datetime`` gives dates. Nothing here holds an address.
SAFE_ATTRS = frozenset({"class", "id", "datetime", "lang", "dir", "rel", "role", "itemprop", "itemscope", "itemtype"})
# Removed together with everything inside them.
KILL_TAGS = (
    "script", "style", "noscript", "template", "picture", "video", "audio", "svg", "math", "canvas",
    "iframe", "frame", "frameset", "object", "applet", "map", "button", "select", "textarea", "dialog",
)
# Elements with fallback content that a malformed page may leave open over the article.
_MAY_SWALLOW = ("video", "audio", "object", "applet", "canvas", "map", "picture")
# Empty (void) elements that only point somewhere. The tag goes, anything the parser
# wrongly nested in it stays: libxml2 does not know <embed> is void and puts the rest of
# the article inside it.
REMOVE_TAGS = ("img", "source", "track", "embed", "param", "area", "base", "input", "keygen")

CLEANER = Cleaner(
    scripts=True,
    javascript=True,  # on… handlers and javascript: addresses
    comments=True,
    style=True,  # <style> elements
    inline_style=True,  # style= attributes (url(…) fetches)
    links=True,  # every <link>: stylesheets, attachments, prefetches
    meta=True,  # <meta http-equiv=refresh> and friends; useful values are harvested first
    page_structure=False,  # keep <html>/<head>/<title>: the extractor reads the title
    processing_instructions=True,
    embedded=True,
    frames=True,
    forms=True,
    annoying_tags=True,
    remove_unknown_tags=False,  # custom elements (<article-body>, <amp-…>) hold article text
    kill_tags=KILL_TAGS,
    remove_tags=REMOVE_TAGS,
    safe_attrs_only=True,
    safe_attrs=SAFE_ATTRS,
)

# A site name after the headline in <title>: "Headline | The Ledger", "Headline - Ledger".
_TITLE_TAIL = re.compile(r"\s+(?:\||-|–|—|::|·)\s+")
SITE_MAX_WORDS = 6
_ISO_DATE = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
# Elements whose text is one paragraph in the extractor's output (its own XML vocabulary).
_BLOCKS = frozenset({"p", "head", "item", "quote", "code", "list", "div", "body", "cell", "row"})
_SKIP = frozenset({"graphic", "table", "ref"})
_CREDIT_CLASS = re.compile(r"credit|copyright|byline|source|attribution", re.I)
_CREDIT_PREFIX = re.compile(r"(?P<text>.*?[.!?”\"])\s+(?P<credit>(?:photo|image|picture|credit|photograph)s?(?:\s+by)?\s*:?\s.+)", re.I | re.S)


def looks_like_html_document(text: str) -> bool:
    """Whether ``text`` starts as an HTML document does (doctype or <html>), BOM and comments aside."""
    head = text.lstrip("\ufeff \t\r\n")
    # Browsers write "<!-- saved from url=… -->" and XML tools "<?xml …?>" in front of the doctype.
    while head.startswith(("<!--", "<?")):
        end = head.find("-->" if head.startswith("<!--") else "?>")
        if end < 0:
            return False
        head = head[end + 3 if head.startswith("<!--") else end + 2 :].lstrip()
    lower = head[:20].lower()
    return lower.startswith("<!doctype html") or re.match(r"<html[\s>]", lower) is not None


_ANY_TAG = re.compile(r"<(?:[A-Za-z][\w:-]*|/[A-Za-z][\w:-]*|!--|!doctype)[\s>/]", re.I)


def has_tags(text: str) -> bool:
    """Whether ``text`` contains anything shaped like an HTML tag or comment."""
    return _ANY_TAG.search(text) is not None


def read_html(text: str, source: str) -> Article:
    """Read one saved page. ``slug`` is left empty: only the caller knows its position."""
    root = _parse(text)
    meta = _harvest(root)
    # Read before cleaning: the cleaner drops HTML5 tags such as <article> (keeping their
    # content), and the <time> inside the article is the one that dates it, not a menu's.
    page_date = _time_element_date(root)
    _unwrap_misnested(root)
    try:
        clean = CLEANER.clean_html(root)
    except (ValueError, TypeError, lxml.etree.LxmlError):
        raise BriefError(NO_TEXT) from None
    captions = _take_captions(clean)
    h1 = _first_text(clean, "//h1")
    document = _extract(clean)
    if document is None:
        raise BriefError(NO_TEXT)

    page_headline, page_site = _cut_site(meta.get("page_title"), h1)
    site = meta.get("site") or page_site
    # A candidate that is only the site's name ("U.S. Department of the Treasury" as the h1 of
    # every page, the site half of "Site | Headline") is no headline.
    candidates = [_plain(document.title), meta.get("title"), h1, page_headline]
    title = next((c for c in candidates if c and not (site and same_text(c, site))), None)
    title = _cut_site(title, h1 or meta.get("title"))[0] if title else None
    byline = _author(meta.get("author")) or _author(document.author)
    found: dict = {}
    paragraphs = _paragraphs(document.body, title, byline, captions, found)
    byline = byline or found.get("byline") or _byline_element(clean)
    if not paragraphs:
        raise BriefError(NO_TEXT)
    outlet = meta.get("site") or _plain(document.sitename) or _cut_site(meta.get("page_title"), title)[1]
    date = meta.get("date") or page_date or _as_date(document.date) or found.get("date")
    return Article(
        source=source,
        slug="",
        title=title or fallback_title(paragraphs[0]),
        paragraphs=paragraphs,
        subtitle=None,
        byline=byline,
        date=date if isinstance(date, dt.date) else None,
        captions=captions,
        outlet=outlet or None,
        url=meta.get("url") or web_address(document.url),
    )


def _parse(text: str) -> lxml.html.HtmlElement:
    # Control characters other than tab and newline are not text; libxml2 rejects some of them.
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", " ", text)
    data = text.encode("utf-8", errors="replace")
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True)
    try:
        root = lxml.html.document_fromstring(data, parser=parser)
    except (lxml.etree.LxmlError, ValueError):
        raise BriefError(NO_TEXT) from None
    if root is None:
        raise BriefError(NO_TEXT)
    return root


def _unwrap_misnested(root: lxml.html.HtmlElement) -> None:
    """Keep article text that an unclosed <video>, <object>, … swallowed.

    The cleaner removes these elements with their content (fallback text such as "Your
    browser does not play video"). Left unclosed in a malformed page, one of them holds the
    rest of the article; when it holds paragraphs, only its tag goes.
    """
    for el in list(root.iter(*_MAY_SWALLOW)):
        if el.getparent() is not None and next(el.iter("p"), None) is not None:
            el.drop_tag()


def _plain(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = clean_space(strip_active_markup(value))
    return text or None


def _as_date(value: object) -> dt.date | None:
    if not isinstance(value, str) or not value.strip():
        return None
    m = _ISO_DATE.search(value)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    found = list(dates_in(value))
    return found[0] if found else None


def _harvest(root: lxml.html.HtmlElement) -> dict:
    """Metadata values from <meta>/<link>/<title>, read before the cleaner removes them."""
    metas: dict[str, str] = {}
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = el.get("content")
        if key and content and key not in metas:
            metas[key] = content
    found: dict = {}
    title = _plain(metas.get("og:title") or metas.get("twitter:title"))
    if title:
        found["title"] = title
    author = metas.get("author") or metas.get("article:author") or metas.get("byl") or metas.get("dc.creator")
    if author and web_address(author) is None:
        found["author"] = _plain(author)
    site = _plain(metas.get("og:site_name") or metas.get("application-name"))
    if site:
        found["site"] = site
    for key in ("article:published_time", "datepublished", "pubdate", "date", "dc.date", "dc.date.issued"):
        date = _as_date(metas.get(key))
        if date:
            found["date"] = date
            break
    canonical = next(
        (el.get("href") for el in root.iter("link") if "canonical" in (el.get("rel") or "").lower().split()), None
    )
    url = web_address(canonical) or web_address(metas.get("og:url"))
    if url:
        found["url"] = url
    page_title = _first_text(root, "//title")
    if page_title:
        found["page_title"] = page_title
    return found


def _first_text(root: lxml.html.HtmlElement, path: str) -> str | None:
    for el in root.xpath(path):
        text = _plain(el.text_content())
        if text:
            return text
    return None


def _cut_site(title: str | None, headline: str | None) -> tuple[str | None, str | None]:
    """("Headline | The Ledger", …) → ("Headline", "The Ledger") when the tail reads as a site name.

    The tail is cut only when the rest is the page's headline, or the tail is a short name,
    so a title with a dash of its own ("Talks resume - again") is left whole.
    """
    if not title:
        return None, None
    pieces = _TITLE_TAIL.split(title)
    if len(pieces) < 2:
        return title, None
    head, tail = " - ".join(pieces[:-1]), pieces[-1]
    first, rest = pieces[0], " - ".join(pieces[1:])
    if headline and same_text(first, headline) and len(rest.split()) <= SITE_MAX_WORDS:
        return first, rest
    if headline and same_text(head, headline):
        return head, tail
    if headline is None and len(tail.split()) <= SITE_MAX_WORDS and len(head.split()) > len(tail.split()):
        return head, tail
    if headline is None and len(first.split()) <= SITE_MAX_WORDS and len(rest.split()) > len(first.split()):
        return rest, first  # "U.S. Central Command | Nov. 2: Military airstrikes continue …": the site first
    return title, None


def _time_element_date(root: lxml.html.HtmlElement) -> dt.date | None:
    """The first <time datetime> of the page's main article (a page may hold many <article>
    teasers: the one with the most text is the story), else of <main>, else of the page."""
    articles = sorted(root.iter("article"), key=lambda el: len(el.text_content()), reverse=True)
    scopes = [*articles[:1], *root.iter("main"), root]
    for scope in scopes:
        for el in scope.iter("time"):
            date = _as_date(el.get("datetime"))
            if date:
                return date
    return None


def _author(value: str | None) -> str | None:
    text = _plain(value)
    if not text or text.casefold() in MONTHS:
        return None  # "January": the extractor read a date line's first word as the author
    return byline_name(text) or byline_name("By " + text) or None


def _byline_element(root: lxml.html.HtmlElement) -> str | None:
    """The name in the page's byline box (class "byline" or "author…"), which extractors may
    leave out: "January 17, 2017 at 6:08 PM ET by Kori Schulman"."""
    for el in root.xpath('//*[contains(@class, "byline") or contains(@class, "author")]'):
        text = _plain(el.text_content())
        if not text or len(text.split()) > BYLINE_BOX_MAX_WORDS:
            continue
        pair = date_and_byline(text)
        name = (pair[1] if pair else None) or byline_name(text)
        if name:
            return name
    return None


BYLINE_BOX_MAX_WORDS = 20


def _take_captions(root: lxml.html.HtmlElement) -> list[Caption]:
    """The captions of the page's figures, credits split off; the figures leave the tree."""
    captions: list[Caption] = []
    for figure in list(root.iter("figure")):
        caption = _caption(figure)
        if caption and not any(same_text(caption.text, c.text) for c in captions):
            captions.append(caption)
        if figure.getparent() is not None:
            figure.drop_tree()
    return captions


def _caption(figure: lxml.html.HtmlElement) -> Caption | None:
    credit = None
    for el in list(figure.iter()):
        if el is figure or not isinstance(el.tag, str):
            continue
        if el.tag in ("small", "cite") or _CREDIT_CLASS.search(el.get("class") or ""):
            credit = credit or _plain(el.text_content())
            el.drop_tree()
    holder = next(figure.iter("figcaption"), None)
    text = _plain(holder.text_content()) if holder is not None else None
    if not text:
        return None
    if credit is None:
        m = _CREDIT_PREFIX.fullmatch(text)
        if m and credit_line(m["credit"]) is not None:
            text, credit = m["text"], m["credit"]
        else:
            text, credit = split_trailing_credit(text)
    if credit:
        credit = credit_line(credit) or credit
    return Caption(text, credit or None)


def _extract(root: lxml.html.HtmlElement):
    try:
        return trafilatura.bare_extraction(
            copy.deepcopy(root),
            output_format="python",
            include_comments=False,
            include_tables=False,
            include_images=False,  # captions are taken from <figure> beforehand
            include_links=False,
            with_metadata=True,
        )
    except (ValueError, TypeError, AttributeError, lxml.etree.LxmlError):
        # The extractor has no documented error type; a page it cannot take apart has no text for us.
        return None


def _lines(body) -> list[list[str]]:
    """The extractor's body as blocks of lines: block elements and newlines split blocks,
    <lb/> splits lines inside a block."""
    blocks: list[list[str]] = []
    line: list[str] = []
    current: list[str] = []

    def end_line() -> None:
        text = clean_space("".join(line))
        if text:
            current.append(text)
        line.clear()

    def end_block() -> None:
        nonlocal current
        end_line()
        if current:
            blocks.append(current)
        current = []

    def add(text: str | None) -> None:
        # The extractor's own fallback gives one element with a line per paragraph.
        pieces = (text or "").split("\n")
        line.append(pieces[0])
        for piece in pieces[1:]:
            end_block()
            line.append(piece)

    skipping = 0
    for event, el in lxml.etree.iterwalk(body, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _SKIP:
                skipping += 1
            if skipping:
                continue
            if tag in _BLOCKS:
                end_block()
            elif tag == "lb":
                end_line()
            add(el.text)
        else:
            if tag in _SKIP:
                skipping -= 1
            if skipping:
                continue
            if tag in _BLOCKS:
                end_block()
            if el is not body:
                add(el.tail)
    end_block()
    return blocks


def _paragraphs(body, title: str | None, byline: str | None, captions: list[Caption], found: dict) -> list[str]:
    """Body paragraphs with header lines and litter taken out; a byline or date line seen
    on the way goes into ``found``."""
    if body is None:
        return []
    paragraphs: list[str] = []
    for block in _lines(body):
        kept = []
        for line in block:
            line = clean_space(strip_active_markup(line))
            if not line or line_litter(line) or credit_line(line) is not None:
                continue
            if title and same_text(line, title):
                continue
            if date_line(line):
                found.setdefault("date", date_line(line))
                continue
            if byline_name(line):
                found.setdefault("byline", byline_name(line))
                continue
            if byline and same_text(line, byline):
                continue
            if any(same_text(line, c.text) for c in captions):
                continue
            kept.append(line)
        text = " ".join(kept)
        if text and not (len(kept) == 1 and line_litter(text)):
            paragraphs.append(text)
    return paragraphs
