"""Front matter: the ``---``-fenced ``key: value`` header Markdown converters write.

Articles saved by static-site tools start with a header such as ``title: …`` and
``date: 2021-04-02``. Left in, it would be read as a paragraph; read, it gives the real
headline, date, author, outlet and address, which the page text itself often lacks.

A ``---`` line is also a Markdown rule, so a block counts as front matter only when the
line after the opening fence is a ``key: value`` pair. Once it does, the block must be
well formed: closed by ``---`` (or ``...``) within MAX_LINES lines, every line a pair, a
list item, an indented continuation or a ``#`` comment, and quotes closed. Anything else is
a :class:`BriefError` with the line number, since guessing would print the header as text
or lose the article's title.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from ..dates import dates_in
from ..errors import BriefError

_FENCE = re.compile(r"-{3,}\s*")
_PAIR = re.compile(r"(?P<key>[A-Za-z][\w -]*?)\s*:(?:\s+(?P<value>.*)|\s*)")
MAX_LINES = 60

# Keys naming the outlet and the address, under the names various tools give them.
OUTLET_KEYS = ("outlet", "source", "publication", "publisher", "site", "site_name", "sitename")
URL_KEYS = ("url", "canonical_url", "canonical", "link", "permalink", "original_url")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(lower-case keys → scalar values, the text after the header); ({}, text) if none.

    Only simple one-line scalars are kept; lists and nested values are ignored. Lines of the
    header are replaced by blank lines so line numbers in messages stay right. Raises
    :class:`BriefError` (with the line, without the path) for a malformed header.
    """
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None or not _FENCE.fullmatch(lines[start].strip()):
        return {}, text
    if start + 1 >= len(lines) or not _PAIR.fullmatch(lines[start + 1].strip()) or lines[start + 1][:1].isspace():
        return {}, text  # a rule line over ordinary text, not front matter
    for end in range(start + 1, min(len(lines), start + 1 + MAX_LINES)):
        if _FENCE.fullmatch(lines[end].strip()) or lines[end].strip() == "...":
            break
    else:
        raise BriefError("front matter opened here is not closed by a '---' line", line=start + 1)
    values: dict[str, str] = {}
    for number, line in enumerate(lines[start + 1 : end], start=start + 2):
        stripped = line.strip()
        if not stripped or line[:1].isspace() or stripped.startswith(("-", "#")):
            continue
        m = _PAIR.fullmatch(stripped)
        if not m:
            raise BriefError(f"front matter line is not 'key: value': {_short(stripped)}", line=number)
        value = (m["value"] or "").strip()
        if value and value[0] in "\"'":
            if len(value) < 2 or value[-1] != value[0]:
                raise BriefError(f"front matter value has an unclosed quote: {_short(stripped)}", line=number)
            value = value[1:-1].strip()
        if value and value not in "|>":
            values[m["key"].strip().lower()] = value
    return values, "\n" * (end + 1) + "\n".join(lines[end + 1 :])


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def front_date(values: dict[str, str]) -> dt.date | None:
    """The ``date`` (or ``published``) value as a date, when it is a full date."""
    for key in ("date", "published", "pubdate"):
        if key in values:
            found = list(dates_in(values[key]))
            if found:
                return found[0]
    return None


def front_value(values: dict[str, str], keys: tuple[str, ...]) -> str | None:
    """The first of ``keys`` that has a value."""
    return next((values[k] for k in keys if values.get(k)), None)


def web_address(value: object) -> str | None:
    """``value`` when it is an absolute http(s) address without spaces or markup; else None.

    Only such addresses reach the packet, where a writer may make them links: a
    ``javascript:`` or ``file:`` address from a source file never does.
    """
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value or any(ch.isspace() or ch in "<>\"'`\\" for ch in value):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    return value if parts.scheme.lower() in ("http", "https") and parts.netloc else None
