"""Readers: the files the user names → cleaned :class:`~brief.model.Article` objects.

``read_sources`` takes files and folders. A folder contributes its article files sorted by
name (so numbering the files orders the packet); other files in it, such as the packet's
``brief.toml``, hidden files and sub-folders, are passed over silently. A file named
explicitly must be an article file, since naming it says the user wants it read.

Each suffix maps to a reader in :data:`READERS`, a function ``(text, source_name) ->
Article``; a new format is one more entry. The content can overrule the suffix (see
:func:`reader_for`): a ``.txt`` that is really a saved web page is read as HTML, and a
``.html`` without a single tag as plain text.

One bad file never stops a packet: :func:`read_packet` leaves out a file it cannot read (not
text, empty, a broken header, no article text) with a :class:`BriefWarning` naming the file
and line, and builds from the rest; only when nothing is readable is it a :class:`BriefError`.
A second copy of an article is left out the same way. Run with warnings turned into errors
(``brief build --strict``) and the first such problem stops the build instead.
"""

from __future__ import annotations

import dataclasses
import pickle
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..cache import NO_CACHE, Cache
from ..errors import BriefError, BriefWarning
from ..model import AlsoReported, Article, LeftOut, slugify
from .decode import decode_bytes
from .docx import read_docx
from .html import has_tags, looks_like_html_document, read_html
from .chrome import shared_lines
from .headings import section_headings
from .litter import clean_space
from .similar import groups, names, same_names, shingles
from .pdf import read_pdf
from .text import read_text

Reader = Callable[[str, str], Article]
BinaryReader = Callable[[bytes, str], Article]


READERS: dict[str, Reader] = {
    ".txt": read_text,
    # Markdown-ish text (as converters write it) reads well with the plain-text reader,
    # which drops inline marks and escapes, until a dedicated reader exists.
    ".md": read_text,
    ".markdown": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
}
# Formats that are not text: their readers take the file's bytes.
BINARY_READERS: dict[str, BinaryReader] = {".pdf": read_pdf, ".docx": read_docx}
SUFFIXES_SHOWN = ".txt, .md, .html, .pdf, .docx"
SLUG_TITLE_CHARS = 40
# Files that sit beside articles by design and are passed over without a word: the packet's own
# settings, and pictures saved with a page.
IGNORED_SUFFIXES = frozenset(
    {".toml", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp", ".tif", ".tiff", ".ico", ".css", ".js"}
)


@dataclass
class Reading:
    """What a packet's sources gave: the articles in order, and the files left out."""

    articles: list[Article] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)
    folded: list[tuple[str, str]] = field(default_factory=list)  # (near-copy's source, source it is folded under)


def read_sources(paths: Sequence[Path]) -> list[Article]:
    """The articles of :func:`read_packet`, for callers that need no account of the rest."""
    return read_packet(paths).articles


def read_packet(paths: Sequence[Path], cache: Cache = NO_CACHE) -> Reading:
    """Every readable article in ``paths``, in order; slugs are ``a<n>-<title>`` numbered across all.

    A file that cannot be read, and an article whose body text is the same as an earlier one's
    (spacing aside: the same story saved twice, or as .txt and as .html), are left out with a
    :class:`BriefWarning`, and the numbering closes up. All files are decoded first, so that
    lines of site furniture several articles share are known before any is read (see
    :mod:`.chrome`). With a ``cache``, a file read before with the same bytes and the same
    shared lines is not read again (its warnings are repeated): a rebuild after one edit reads one.
    """
    files: list[Path] = []
    problems: list[BriefError] = []
    for path in map(Path, paths):
        readable, unread = folder_files(path)
        files += readable
        problems += [BriefError(reason, path=f) for f, reason in unread]
    loaded: dict[Path, str | bytes | BriefError] = {}
    for file in files:
        try:
            loaded[file] = load(file)
        except BriefError as exc:
            loaded[file] = exc
    chrome = shared_lines(t for f, t in loaded.items() if isinstance(t, str) and reader_for(f.suffix, t) is read_text)
    reading = Reading()
    seen: dict[str, Path] = {}
    for file in files:
        try:
            text = loaded[file]
            if isinstance(text, BriefError):
                raise text
            article = _read_cached(file, text, chrome, cache)
        except BriefError as exc:
            problems.append(exc)
            continue
        key = body_key(article)
        if key in seen:
            problems.append(BriefError(f"same text as {seen[key]}", path=file))
            continue
        seen[key] = file
        reading.articles.append(article)
    reading.articles, reading.folded = fold_near_copies(reading.articles)
    if not reading.articles and len(problems) == 1:
        raise problems[0]  # the packet was this one file: its problem is the error
    for problem in problems:
        warnings.warn(BriefWarning(f"{problem.message}; left out", path=problem.path, line=problem.line), stacklevel=2)
        reading.left_out.append(LeftOut(Path(problem.path or "").name, problem.message))
    if not reading.articles:
        raise BriefError(f"none of the {len(problems)} files could be read (each is named above)", path=Path(paths[0]))
    return reading


NEAR_COPY_SHARE = 0.5  # of the shorter article's eight-word runs the other has: one story, reported twice


def fold_near_copies(articles: list[Article]) -> tuple[list[Article], list[tuple[str, str]]]:
    """Articles that report one story in nearly the same words (a wire story two outlets ran),
    each group printed once: the fullest copy, in the place of the group's first, with the
    others listed under it as also reported. Returns the articles and (folded, kept) sources."""
    texts = [" ".join(a.paragraphs) for a in articles]
    named = [names(t) for t in texts]
    # A release written from a template shares its wording with the next one but not its names.
    leader = groups([shingles(t) for t in texts], NEAR_COPY_SHARE, lambda i, j: same_names(named[i], named[j]))
    members: dict[int, list[int]] = {}
    for i, lead in enumerate(leader):
        members.setdefault(lead, []).append(i)
    kept: list[Article] = []
    folded: list[tuple[str, str]] = []
    for lead in sorted(members):
        group = [articles[i] for i in members[lead]]
        fullest = max(group, key=lambda a: (a.word_count, -group.index(a)))
        others = [a for a in group if a is not fullest]
        also = [AlsoReported(a.source, a.title, a.outlet, a.date, a.url) for a in others]
        kept.append(dataclasses.replace(fullest, also_reported=[*fullest.also_reported, *also]))
        folded += [(a.source, fullest.source) for a in others]
    return [dataclasses.replace(a, slug=_slug(n, a)) for n, a in enumerate(kept, start=1)], folded


def _slug(number: int, article: Article) -> str:
    return f"a{number}-{slugify(article.title)[:SLUG_TITLE_CHARS].strip('-')}"


def body_key(article: Article) -> str:
    """The body text with all spacing normalised: what two copies of one article share."""
    return clean_space(" ".join(article.paragraphs))


def reader_for(suffix: str, text: str) -> Reader:
    """The reader for a file: chosen by its suffix, unless the content plainly says otherwise."""
    reader = READERS[suffix.lower()]
    if reader is read_text and looks_like_html_document(text):
        return read_html
    if reader is read_html and not has_tags(text):
        return read_text
    return reader


def article_files(path: Path) -> list[Path]:
    """The article files ``path`` stands for: itself, or a folder's files sorted by name."""
    return folder_files(path)[0]


def folder_files(path: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """(the files of ``path`` brief reads, sorted by name; the others with the reason they are
    left out). Every file is accounted for: hidden files, sub-folders, settings and pictures are
    passed over by rule, anything else that is not an article is named with the reason."""
    try:
        return _folder_files(path)
    except OSError as exc:  # a name too long, a folder we may not enter: say which path
        raise BriefError(f"cannot read this path ({exc.strerror or exc})", path=path) from None


def _readable(suffix: str) -> bool:
    return suffix.lower() in READERS or suffix.lower() in BINARY_READERS


def _folder_files(path: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    if path.is_dir():
        try:
            entries = sorted(path.iterdir(), key=lambda p: (p.name.casefold(), p.name))
        except OSError as exc:
            raise BriefError(f"cannot read this folder ({exc.strerror or exc})", path=path) from None
        files, unread = [], []
        for p in entries:
            if p.name.startswith(".") or not p.is_file() or p.suffix.lower() in IGNORED_SUFFIXES:
                continue
            if _readable(p.suffix):
                files.append(p)
            else:
                kind = p.suffix.lower() or "files without a suffix"
                unread.append((p, f"{kind} files are not articles (brief reads {SUFFIXES_SHOWN})"))
        if not files:
            raise BriefError(f"no articles ({SUFFIXES_SHOWN}) in this folder", path=path)
        return files, unread
    if not path.exists():
        raise BriefError("no such file or folder", path=path)
    if not _readable(path.suffix):
        raise BriefError(f"not an article file (use {SUFFIXES_SHOWN})", path=path)
    return [path], []


def read_file(path: Path) -> Article:
    """One article file, decoded and read by the reader for its suffix."""
    return read_loaded(path, load(path))


def load(path: Path) -> str | bytes:
    """The file's text, decoded, or its bytes for a binary format (PDF, Word); a
    :class:`BriefError` naming it when it cannot be read."""
    if path.suffix.lower() in BINARY_READERS:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise BriefError(f"cannot read this file ({exc.strerror or exc})", path=path) from None
        if not data.strip():
            raise BriefError("file is empty", path=path)
        return data
    return load_text(path)


def load_text(path: Path) -> str:
    """The file's text, decoded; a :class:`BriefError` naming it when it is not readable text."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BriefError(f"cannot read this file ({exc.strerror or exc})", path=path) from None
    try:
        text = decode_bytes(data)
    except BriefError as exc:
        raise BriefError(exc.message, path=path) from None
    if not text.strip():
        raise BriefError("file is empty", path=path)
    return text


def _read_cached(path: Path, content: str | bytes, chrome: frozenset[str], cache: Cache) -> Article:
    """:func:`read_loaded`, from the cache when this content was read before under the same
    shared lines. The cache is the user's own folder and holds only what brief wrote there."""
    shared = "\n".join(sorted(chrome)) if isinstance(content, str) and reader_for(path.suffix, content) is read_text else ""
    key = cache.key("read", path.suffix.lower(), path.name, content, shared)
    if (hit := cache.get("read", key)) is not None:
        try:
            article, said = pickle.loads(hit)
        except Exception:  # an entry from another version of the model: read again
            pass
        else:
            for message, line in said:
                warnings.warn(BriefWarning(message, path=path, line=line), stacklevel=3)
            return article
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        article = read_loaded(path, content, chrome)
    said = []
    for w in caught:
        if isinstance(w.message, BriefWarning):
            said.append((w.message.message, w.message.line))
        warnings.warn(w.message, stacklevel=3)
    cache.put("read", key, pickle.dumps((article, said)))
    return article


def read_loaded(path: Path, content: str | bytes, chrome: frozenset[str] = frozenset()) -> Article:
    """The article in ``content`` (read from ``path``); ``chrome`` holds lines other articles share."""
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            if isinstance(content, bytes):
                article = BINARY_READERS[path.suffix.lower()](content, path.name)
            else:
                reader = reader_for(path.suffix, content)
                article = reader(content, path.name, chrome=chrome) if reader is read_text else reader(content, path.name)
    except BriefError as exc:
        if exc.path is not None:
            raise
        raise BriefError(exc.message, path=path, line=exc.line) from None
    if not article.headings:
        article.headings = section_headings(article.paragraphs, article.speakers)
    # A reader's warnings know the line, not the file: name the file, then pass them on.
    for w in caught:
        message = w.message
        if isinstance(message, BriefWarning) and message.path is None:
            message = BriefWarning(message.message, path=path, line=message.line)
        warnings.warn(message, stacklevel=2)
    return article
