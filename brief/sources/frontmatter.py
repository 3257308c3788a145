"""Front matter: the ``---``-fenced YAML header that static-site tools and archives write.

Articles saved by static-site tools and archive scrapers start with a header such as
``title: …`` and ``date: 2021-04-02``. Left in, it would be read as a paragraph; read, it gives
the real headline, date, author, outlet and address, which the page text itself often lacks.

The header is YAML, written by YAML dumpers: quoted scalars that run over several lines, with
escapes (``"Remarks by President\\_Biden …\\`` continued on the next line), lists of authors and
tags, timestamps. So it is read by a real YAML parser (PyYAML's safe loader, which builds only
plain data), never by hand.

A ``---`` line is also a Markdown rule, so a block counts as front matter only when the line
after the opening fence looks like ``key:``. Once it does, the block must be closed by ``---``
(or ``...``) within MAX_LINES lines and be a YAML mapping; otherwise a :class:`BriefError` gives
the line, since guessing would print the header as text or lose the article's title.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

import yaml

from ..dates import dates_in
from ..errors import BriefError

_FENCE = re.compile(r"-{3,}\s*")
_KEY = re.compile(r"[\"']?[A-Za-z_][\w -]*[\"']?\s*:(?:\s|$)")
MAX_LINES = 300

# Keys naming each field, under the names various tools give them.
TITLE_KEYS = ("title", "headline")
SUBTITLE_KEYS = ("subtitle", "description", "summary", "dek")
AUTHOR_KEYS = ("author", "authors", "byline", "creator")
DATE_KEYS = ("date", "published", "published_time", "pubdate", "date_published", "published_at")
OUTLET_KEYS = ("outlet", "source", "publication", "publisher", "site", "site_name", "sitename")
URL_KEYS = ("url", "source_url", "canonical_url", "canonical", "link", "permalink", "original_url")
SECTION_KEYS = ("section", "category", "categories", "tags")


def split_front_matter(text: str) -> tuple[dict[str, object], str]:
    """(lower-case keys → YAML values, the text after the header); ({}, text) if none.

    Lines of the header are replaced by blank lines so line numbers in messages stay right.
    Raises :class:`BriefError` (with the line, without the path) for a malformed header.
    """
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None or not _FENCE.fullmatch(lines[start].strip()):
        return {}, text
    if start + 1 >= len(lines) or lines[start + 1][:1].isspace() or not _KEY.match(lines[start + 1]):
        return {}, text  # a rule line over ordinary text, not front matter
    for end in range(start + 1, min(len(lines), start + 1 + MAX_LINES)):
        if _FENCE.fullmatch(lines[end].strip()) or lines[end].strip() == "...":
            break
    else:
        raise BriefError("front matter opened here is not closed by a '---' line", line=start + 1)
    values = _parse("\n".join(lines[start + 1 : end]), first_line=start + 2)
    return values, "\n" * (end + 1) + "\n".join(lines[end + 1 :])


def _parse(block: str, first_line: int) -> dict[str, object]:
    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError as exc:
        # The problem mark is where the parser gave up; when that is the end of the block (an
        # unclosed quote or bracket), the context mark, where the broken construct opens, says more.
        mark = getattr(exc, "problem_mark", None)
        if mark is None or mark.index >= len(block.rstrip()):
            mark = getattr(exc, "context_mark", None) or mark
        line = first_line + mark.line if mark is not None else first_line
        problem = getattr(exc, "problem", None) or "cannot be parsed"
        raise BriefError(f"front matter is not valid YAML ({problem})", line=line) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise BriefError("front matter is not a list of 'key: value' pairs", line=first_line)
    return {str(k).strip().lower(): v for k, v in data.items()}


def front_text(values: dict[str, object], keys: tuple[str, ...]) -> str | None:
    """The first of ``keys`` with a usable value, as one line of text.

    Strings are tidied (YAML's escaped NBSPs and folded lines become single spaces); a list of
    names becomes "A, B and C"; anything else (numbers, mappings) is not text and is skipped.
    """
    for key in keys:
        text = _as_text(values.get(key))
        if text:
            return text
    return None


def _as_text(value: object) -> str | None:
    if isinstance(value, str):
        return " ".join(value.split()) or None
    if isinstance(value, list):
        items = [t for t in (_as_text(v) for v in value if isinstance(v, str)) if t]
        if not items:
            return None
        return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
    return None


def front_date(values: dict[str, object]) -> dt.date | None:
    """The publication date: a YAML date or timestamp, or a string holding a full date."""
    for key in DATE_KEYS:
        value = values.get(key)
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            found = next(iter(dates_in(value)), None)
            if found:
                return found
    return None


def front_section(values: dict[str, object]) -> str | None:
    """A section label from ``section``/``category``/the first tag: "press-briefings" → "Press briefings"."""
    for key in SECTION_KEYS:
        value = values.get(key)
        first = value[0] if isinstance(value, list) and value else value
        text = _as_text(first) if isinstance(first, str) else None
        if text:
            if re.fullmatch(r"[a-z0-9]+(?:[-_][a-z0-9]+)*", text):  # a slug, as archives write tags
                text = re.sub(r"[-_]", " ", text).capitalize()
            return text
    return None


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
