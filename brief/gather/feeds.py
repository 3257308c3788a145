"""Adding the items of an RSS or Atom feed, read with feedparser."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .fetch import FetchError, fetch
from .save import Added, add_pages

FEED_TYPES = "application/rss+xml,application/atom+xml,application/xml,text/xml;q=0.9,*/*;q=0.5"


def add_feed(url: str, folder: Path, limit: int | None = None, since: dt.date | None = None,
             now: dt.datetime | None = None) -> list[Added]:
    """Each item's page, newest feeds first as the feed lists them: at most ``limit`` items,
    none published before ``since``. An unreadable feed is one Added with its error."""
    import feedparser

    try:
        response = fetch(url, accept=FEED_TYPES)
    except FetchError as exc:
        return [Added(url, error=str(exc))]
    feed = feedparser.parse(response.body)
    if not feed.entries and feed.bozo:
        return [Added(url, error="not an RSS or Atom feed")]
    links = []
    for entry in feed.entries:
        link = entry.get("link")
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        if since and published and dt.date(*published[:3]) < since:
            continue
        if link and link not in links:
            links.append(link)
    return add_pages(links[:limit] if limit is not None else links, folder, now=now)
