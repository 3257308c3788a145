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


# Elements whose content is program or style, never words: dropped whole wherever they appear.
_ACTIVE = ("script", "style")


def strip_active_markup(text: str) -> str:
    """``text`` without <script>/<style> elements and HTML comments; line count kept.

    Markdown may carry raw HTML, and a scrape may keep a page's inline script. As a browser
    does, an element that is never closed runs to the end of the text. Each removed span is
    replaced by its newlines only, so line numbers in messages stay right. One pass with
    ``str.find``: linear in the length of the text.
    """
    lower = text.lower()
    if "<script" not in lower and "<style" not in lower and "<!--" not in lower:
        return text
    out: list[str] = []
    pos = 0
    # Next occurrence of each opener; looked up again only once passed, so no rescans.
    following = {name: lower.find("<" + name) for name in (*_ACTIVE, "!--")}
    while True:
        for name, at in following.items():
            if 0 <= at < pos:
                following[name] = lower.find("<" + name, pos)
        starts = [(at, name) for name, at in following.items() if at >= 0]
        if not starts:
            out.append(text[pos:])
            break
        start, name = min(starts)
        out.append(text[pos:start])
        if name == "!--":
            close = lower.find("-->", start + 4)
            end = len(text) if close < 0 else close + 3
        else:
            close = lower.find("</" + name, start + 1 + len(name))
            gt = lower.find(">", close) if close >= 0 else -1
            end = len(text) if gt < 0 else gt + 1
        out.append("\n" * text.count("\n", start, end))
        pos = end
    return "".join(out)
