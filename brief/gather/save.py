"""Saving fetched pages as Markdown articles, once each.

A page becomes ``FOLDER/<date>-<slug>.md``: YAML front matter (``title``, ``author``, ``date``,
``outlet``, ``url``, ``fetched``) written by PyYAML's safe dumper, the photo captions with their
credits, then the article's paragraphs — the shape the Markdown reader reads back to the same
article. Nothing is added twice: not the same address (the page's canonical address, else the
one redirects ended at, compared without fragment, tracking parameters or a trailing slash),
and not the same text as an article already in the folder.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import yaml

from ..files import write_atomic
from ..errors import BriefError
from ..model import Article, slugify
from ..sources import body_key, read_packet
from ..sources.decode import decode_bytes
from ..sources.frontmatter import URL_KEYS, front_text, split_front_matter
from ..sources.html import read_html
from .fetch import FetchError, check_address, fetch

HTML_TYPES = ("text/html", "application/xhtml+xml")
SLUG_CHARS = 60
_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid")


@dataclass(frozen=True)
class Added:
    """What became of one address: a file written, a note (already there) or an error."""

    url: str
    path: Path | None = None
    note: str | None = None
    error: str | None = None


def add_pages(urls: Iterable[str], folder: Path, now: dt.datetime | None = None) -> list[Added]:
    """Fetch and save each address in turn; one address failing never stops the others."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise BriefError("is a file, not a folder", path=folder)
    folder.mkdir(parents=True, exist_ok=True)
    known = _Known.of(folder)
    fetched_at = (now or dt.datetime.now(dt.timezone.utc)).replace(microsecond=0)
    return [_add(url, folder, known, fetched_at) for url in urls]


def _add(url: str, folder: Path, known: _Known, fetched_at: dt.datetime) -> Added:
    try:
        check_address(url)
        if normal_url(url) in known.urls:
            return Added(url, note="already in the folder (same address); not added again")
        response = fetch(url)
        if response.content_type not in HTML_TYPES:
            raise FetchError(f"not an HTML page ({response.content_type or 'no content type'})")
        article = _read(response.body, response.charset, response.url)
    except FetchError as exc:
        return Added(url, error=str(exc))
    address = article.url or response.url
    if {normal_url(address), normal_url(response.url)} & known.urls:
        return Added(url, note="already in the folder (same address); not added again")
    if body_key(article) in known.texts:
        return Added(url, note="already in the folder (same text); not added again")
    path = _target(folder, article, fetched_at)
    write_atomic(path, markdown(article, address, fetched_at).encode("utf-8"))
    known.add(address, response.url, article)
    return Added(url, path=path)


def _read(body: bytes, charset: str | None, url: str) -> Article:
    try:
        text = body.decode(charset) if charset else decode_bytes(body)
    except (LookupError, UnicodeDecodeError):
        text = decode_bytes(body)
    except BriefError as exc:
        raise FetchError(exc.message) from None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return read_html(text, urlsplit(url).path.rsplit("/", 1)[-1] or "page.html")
    except BriefError as exc:
        raise FetchError(f"nothing to extract: {exc.message}") from None


def markdown(article: Article, url: str, fetched_at: dt.datetime) -> str:
    """The article as a Markdown file the Markdown reader reads back to the same article."""
    header = {
        "title": article.title,
        "author": article.byline,
        "date": article.date,
        "outlet": article.outlet,
        "url": url,
        "fetched": fetched_at.isoformat().replace("+00:00", "Z"),
    }
    front = yaml.safe_dump({k: v for k, v in header.items() if v}, allow_unicode=True, sort_keys=False, width=100)
    captions = [f"{c.text} ({c.credit})" if c.credit else c.text for c in article.captions]
    return "---\n" + front + "---\n\n" + "".join(f"{line}\n\n" for line in [*captions, *article.paragraphs])


def _target(folder: Path, article: Article, fetched_at: dt.datetime) -> Path:
    day = (article.date or fetched_at.date()).isoformat()
    stem = f"{day}-{slugify(article.title)[:SLUG_CHARS].strip('-')}"
    path, n = folder / f"{stem}.md", 2
    while path.exists():
        path, n = folder / f"{stem}-{n}.md", n + 1
    return path


def normal_url(url: str) -> str:
    """An address as compared for duplicates: no fragment, tracking parameters or trailing slash."""
    parts = urlsplit(url.strip())
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not k.lower().startswith(_TRACKING)])
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query, ""))


@dataclass
class _Known:
    """The addresses and texts already in the folder."""

    urls: set[str]
    texts: set[str]

    @classmethod
    def of(cls, folder: Path) -> _Known:
        urls: set[str] = set()
        for path in folder.glob("*.md"):
            try:
                meta, _ = split_front_matter(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, BriefError):
                continue
            address = front_text(meta, URL_KEYS)
            if address:
                urls.add(normal_url(address))
        texts: set[str] = set()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                texts = {body_key(a) for a in read_packet([folder]).articles}
        except BriefError:
            pass  # an empty folder, or nothing readable in it yet
        return cls(urls, texts)

    def add(self, address: str, final: str, article: Article) -> None:
        self.urls |= {normal_url(address), normal_url(final)}
        self.texts.add(body_key(article))
