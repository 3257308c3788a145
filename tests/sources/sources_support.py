"""Paths and comparisons shared by the reader tests (gold corpus, own fixtures)."""

from __future__ import annotations

import re
from pathlib import Path

from brief.model import Article
from brief.sources import read_sources
from support import CORPUS, ROOT, load_gold
from support import gold_text_path as text_path

GOLD_FILES = sorted((CORPUS / "gold").glob("*.json"))
FIXTURES = ROOT / "tests" / "data" / "sources"
SEEDS = ROOT / "seeds"


def read_one(path: Path) -> Article:
    [article] = read_sources([path])
    return article


def squash(text: str) -> str:
    """Text compared as words: inline marks, escapes and any kind of spacing ignored."""
    text = re.sub(r"</?sup>", "", text).replace("**", "").replace("\\", "")
    text = re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", text)
    # An emphasis mark whose pair is on another line ("*The United States is …" over three lines).
    text = re.sub(r"(?<!\w)\*+|\*+(?!\w)", "", text)
    text = re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", text)  # invisible characters the reader drops
    return " ".join(text.split())


def everything(article: Article) -> str:
    """All printed text of an article except captions, squashed, one paragraph a line."""
    parts = [article.title, article.subtitle or "", *article.paragraphs]
    return "\n".join(squash(p) for p in parts)
