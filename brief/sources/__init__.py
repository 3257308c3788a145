"""Readers: the files the user names → cleaned :class:`~brief.model.Article` objects.

``read_sources`` takes files and folders. A folder contributes its article files sorted by
name (so numbering the files orders the packet); other files in it, such as the packet's
``brief.toml``, hidden files and sub-folders, are passed over silently. A file named
explicitly must be an article file, since naming it says the user wants it read.

Each suffix maps to a reader in :data:`READERS`, a function ``(text, source_name) ->
Article``; a new format is one more entry. Every problem the user can fix is a
:class:`BriefError` naming the file, never a traceback.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path

from ..errors import BriefError
from ..model import Article, slugify
from .decode import decode_bytes
from .text import read_text

Reader = Callable[[str, str], Article]


def _html_not_supported(text: str, source: str) -> Article:
    raise BriefError("HTML input is not supported yet")


READERS: dict[str, Reader] = {
    ".txt": read_text,
    # Markdown-ish text (as converters write it) reads well with the plain-text reader,
    # which drops inline marks and escapes, until a dedicated reader exists.
    ".md": read_text,
    ".markdown": read_text,
    ".html": _html_not_supported,
    ".htm": _html_not_supported,
}
SUFFIXES_SHOWN = ".txt, .md, .html"
SLUG_TITLE_CHARS = 40


def read_sources(paths: Sequence[Path]) -> list[Article]:
    """Every article in ``paths``, in order; slugs are ``a<n>-<title>`` numbered across all."""
    articles: list[Article] = []
    for path in map(Path, paths):
        for file in article_files(path):
            article = read_file(file)
            n = len(articles) + 1
            articles.append(dataclasses.replace(article, slug=f"a{n}-{slugify(article.title)[:SLUG_TITLE_CHARS].strip('-')}"))
    return articles


def article_files(path: Path) -> list[Path]:
    """The article files ``path`` stands for: itself, or a folder's files sorted by name."""
    if path.is_dir():
        try:
            entries = list(path.iterdir())
        except OSError as exc:
            raise BriefError(f"cannot read this folder ({exc.strerror or exc})", path=path) from None
        files = sorted(
            (p for p in entries if not p.name.startswith(".") and p.suffix.lower() in READERS and p.is_file()),
            key=lambda p: (p.name.casefold(), p.name),
        )
        if not files:
            raise BriefError(f"no articles ({SUFFIXES_SHOWN}) in this folder", path=path)
        return files
    if not path.exists():
        raise BriefError("no such file or folder", path=path)
    if path.suffix.lower() not in READERS:
        raise BriefError(f"not an article file (use {SUFFIXES_SHOWN})", path=path)
    return [path]


def read_file(path: Path) -> Article:
    """One article file, decoded and read by the reader for its suffix."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BriefError(f"cannot read this file ({exc.strerror or exc})", path=path) from None
    try:
        text = decode_bytes(data)
        if not text.strip():
            raise BriefError("file is empty")
        return READERS[path.suffix.lower()](text, path.name)
    except BriefError as exc:
        if exc.path is not None:
            raise
        raise BriefError(exc.message, path=path, line=exc.line) from None
