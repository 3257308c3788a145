"""The pieces of an article the analyser reads, and the small text facts every finder needs.

Articles arrive clean but not tidy: hard line wraps, non-breaking spaces and headings in capitals
survive the readers. Every pattern here treats any run of white space (``\\s`` covers U+00A0 and
line breaks) as one space, so a name split over two lines is still one name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..analysis.sentences import sentence_spans as split_spans
from ..model import Article, Mention, Part

_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Passage:
    """One searchable string of an article, with the coordinates a Mention needs."""

    article: str  # Article.slug
    order: int  # the article's position in the packet
    part: Part
    index: int
    text: str

    def mention(self, start: int, end: int) -> Mention:
        return Mention(self.article, self.part, self.index, start, end)

    @property
    def key(self) -> tuple[int, int, int]:
        """Reading order across the packet: article, then part as printed, then paragraph."""
        return (self.order, _PART_ORDER[self.part], self.index)


_PART_ORDER = {Part.TITLE: 0, Part.SUBTITLE: 1, Part.BYLINE: 2, Part.CAPTION: 3, Part.BODY: 4}


def passages(article: Article, order: int) -> Iterator[Passage]:
    """Title, subtitle, byline, captions and paragraphs, in the order a reader meets them.

    Caption credits are not passages: a Mention cannot point into them (see people.credit_people).
    """
    slug = article.slug
    yield Passage(slug, order, Part.TITLE, 0, article.title or "")
    if article.subtitle:
        yield Passage(slug, order, Part.SUBTITLE, 0, article.subtitle)
    if article.byline:
        yield Passage(slug, order, Part.BYLINE, 0, article.byline)
    for i, caption in enumerate(article.captions):
        yield Passage(slug, order, Part.CAPTION, i, caption.text)
    for i, paragraph in enumerate(article.paragraphs):
        yield Passage(slug, order, Part.BODY, i, paragraph)


@lru_cache(maxsize=4096)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence boundaries, not fooled by "U.S. Secretary", "Joseph R. Biden" or "Mr. Kim".

    The statements' splitter (brief.analysis.sentences), so the glossary and the statements cut
    a paragraph the same way; cached here because people and terms ask for the sentences of the
    same paragraph many times.
    """
    return tuple(split_spans(text))


@lru_cache(maxsize=4096)
def _sentence_starts(text: str) -> tuple[int, ...]:
    return tuple(a for a, _ in sentence_spans(text))


def sentence_index(text: str, pos: int) -> int | None:
    """The index in ``sentence_spans(text)`` of the sentence holding ``pos``, or None.

    A binary search: finders ask this for every name, so a scan would grow with the square of a
    long paragraph.
    """
    i = bisect_right(_sentence_starts(text), pos) - 1
    if i < 0:
        return None
    start, end = sentence_spans(text)[i]
    return i if start <= pos < end else None


def sentence_span_at(text: str, pos: int) -> tuple[int, int] | None:
    """``(start, end)`` of the sentence holding ``pos``, or None."""
    i = sentence_index(text, pos)
    return None if i is None else sentence_spans(text)[i]


def sentence_at(text: str, pos: int) -> str:
    """The sentence holding ``pos``, white space tidied for display."""
    span = sentence_span_at(text, pos)
    return tidy(text[span[0] : span[1]]) if span else tidy(text)


def tidy(text: str) -> str:
    """One space wherever the text had any white space, so evidence reads as one line."""
    return " ".join(text.split())


def is_heading(text: str) -> bool:
    """A line or paragraph set mostly in capitals is a heading, whose words are not acronyms."""
    letters = _LETTER.findall(text)
    if len(letters) < 8:
        return False
    upper = sum(1 for c in letters if c.isupper())
    return upper / len(letters) >= 0.75


@lru_cache(maxsize=4096)
def heading_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of the lines in ``text`` that are headings (the whole text if it is one)."""
    if is_heading(text):
        return ((0, len(text)),)
    ranges, pos = [], 0
    for line in text.split("\n"):
        if is_heading(line):
            ranges.append((pos, pos + len(line)))
        pos += len(line) + 1
    return tuple(ranges)


def inside(pos: int, ranges) -> bool:
    return any(a <= pos < b for a, b in ranges)


def phrase_pattern(phrase: str) -> str:
    """A regex for ``phrase`` that allows any white space between words and either apostrophe."""
    parts = []
    for word in phrase.split():
        piece = re.escape(word).replace("'", "['’]").replace("’", "['’]")
        parts.append(piece.replace(r"\-", r"[-‐‑]\s*"))
    return r"\s+".join(parts)


def lower_case_words(passages: list[Passage]) -> frozenset[str]:
    """Words the packet prints in lower case in running text: common words, not names. People
    and terms both ask it ("Head Start", "WINNING"), so the glossary computes it once."""
    return frozenset(w for p in passages if p.part is Part.BODY for w in _LOWER_WORD.findall(p.text))


_LOWER_WORD = regex.compile(r"(?<![\w’'\-])\p{Ll}[\p{Ll}\p{M}]+(?![\w’'\-])")
