"""Gathering articles the way users find them: by address and by feed.

    add_pages(urls, folder, now=None) -> list[Added]     brief add URL...
    add_feed(url, folder, limit=None, since=None, now=None) -> list[Added]
                                                          brief add --feed URL

Each page is fetched (:mod:`.fetch`: http and https only, with timeouts, a size cap and
checked redirects), read by the HTML reader — the same sanitiser and extractor a saved page
goes through — and saved as a Markdown article with YAML front matter (:mod:`.save`), which
the Markdown reader reads back as it reads any saved file. ``build`` never fetches.
"""

from __future__ import annotations

from .feeds import add_feed
from .save import Added, add_pages

__all__ = ["Added", "add_feed", "add_pages"]
