"""Inline Markdown and HTML marks that converters leave in otherwise plain text.

Texts converted from web pages to Markdown carry ``**bold**``, ``*italic*``,
``21<sup>st</sup>`` and backslash escapes. The packet has its own typography, so the marks
are dropped and the words kept. Runs on a whole paragraph (hard wraps already joined),
because a bold span may open on one line and close on the next.
"""

from __future__ import annotations

import re

from .litter import clean_space, unescape_markdown

# Simple inline tags whose content is kept: superscripts of ordinals, emphasis, line breaks.
_TAGS = re.compile(r"</?(?:sup|sub|em|strong|b|i|u|small|span|mark)(?:\s[^<>]*)?>|<br\s*/?>", re.I)
_BOLD = re.compile(r"\*\*|__(?=\S)|(?<=\S)__")
# *italic* with word-ish content; a lone asterisk (a footnote mark, "5*3") stays.
_ITALIC = re.compile(r"(?<![\w*\\])\*(?=\S)([^*\n]+?)(?<=[^\s\\])\*(?![\w*])")
_LINK = re.compile(r"\[([^\]\n]+)\]\((?:https?://|/|#)[^)\s]*\)")
_ATX = re.compile(r"#{1,6}\s+(?=\S)")


def strip_heading_mark(line: str) -> str:
    """ "## Heading ##" → "Heading": a Markdown heading line keeps its words."""
    stripped = line.lstrip()
    m = _ATX.match(stripped)
    if not m:
        return line
    return re.sub(r"\s+#+\s*$", "", stripped[m.end():])


def unmark(text: str) -> str:
    """Plain words of a paragraph: tags, bold/italic marks, link targets and escapes removed."""
    text = _TAGS.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _BOLD.sub("", text)
    text = _ITALIC.sub(r"\1", text)
    return clean_space(unescape_markdown(text))
