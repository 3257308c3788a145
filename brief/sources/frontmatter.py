"""Front matter: the ``---``-fenced ``key: value`` header Markdown converters write.

Articles saved by static-site tools start with a header such as ``title: …`` and
``date: 2021-04-02``. Left in, it would be read as a paragraph; read, it gives the real
headline and date, which the page text itself often lacks.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import dates_in

_FENCE = re.compile(r"-{3,}\s*")
_PAIR = re.compile(r"(?P<key>[A-Za-z][\w -]*?)\s*:\s*(?P<value>.*)")
MAX_LINES = 60


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(lower-case keys → scalar values, the text after the header); ({}, text) if none.

    Only simple one-line scalars are kept; lists and nested values are ignored. Lines of the
    header are replaced by blank lines so line numbers in messages stay right.
    """
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None or not _FENCE.fullmatch(lines[start].strip()):
        return {}, text
    for end in range(start + 1, min(len(lines), start + MAX_LINES)):
        if _FENCE.fullmatch(lines[end].strip()) or lines[end].strip() == "...":
            break
    else:
        return {}, text
    values: dict[str, str] = {}
    for line in lines[start + 1 : end]:
        m = _PAIR.fullmatch(line.strip())
        if not line.strip() or line[:1].isspace() or line.lstrip().startswith(("-", "#")):
            continue
        if not m:
            return {}, text  # not key: value pairs: a rule line, not front matter
        value = m["value"].strip().strip("\"'").strip()
        if value and value not in "|>":
            values[m["key"].strip().lower()] = value
    if not values:
        return {}, text
    return values, "\n" * (end + 1) + "\n".join(lines[end + 1 :])


def front_date(values: dict[str, str]) -> dt.date | None:
    """The ``date`` (or ``published``) value as a date, when it is a full date."""
    for key in ("date", "published", "pubdate"):
        if key in values:
            found = list(dates_in(values[key]))
            if found:
                return found[0]
    return None
