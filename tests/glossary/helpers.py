"""Matching listed people against gold people the way a reader would: by name or alias."""

from __future__ import annotations

import re

from brief.model import Article, Mention, Part


def norm(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u00a0", " ")
    return " ".join(re.sub(r"[^\w' -]", " ", text.lower()).replace("-", " ").split())


def forms(name: str, aliases: list[str]) -> set[str]:
    return {norm(name), *(norm(a) for a in aliases)}


def _within(short: str, long: str) -> bool:
    """Whole-word containment of one multi-word form in another."""
    return len(short.split()) > 1 and f" {short} " in f" {long} "


def same(a: set[str], b: set[str]) -> bool:
    """Equal forms, or one multi-word form inside the other ("Lloyd Austin" in "Lloyd Austin III")."""
    if a & b:
        return True
    return any(_within(x, y) or _within(y, x) for x in a for y in b)


def surface(article: Article, m: Mention) -> str:
    if m.part is Part.BODY:
        text = article.paragraphs[m.index]
    elif m.part is Part.CAPTION:
        text = article.captions[m.index].text
    elif m.part is Part.TITLE:
        text = article.title
    elif m.part is Part.SUBTITLE:
        text = article.subtitle or ""
    else:
        text = article.byline or ""
    return text[m.start : m.end]
