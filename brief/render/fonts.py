"""The theme's fonts: what they can draw, and what a packet needs of them.

A character no font has prints as an empty box, and nobody notices until the meeting. So
before rendering, every character of every article is looked up in the cmaps of the faces the
theme's stylesheet declares, and what none of them has is named in a warning. The EPUB embeds
the same faces cut down to the characters the book uses.
"""

from __future__ import annotations

import functools
import io
import os
import unicodedata
import warnings
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import tinycss2

from ..cache import NO_CACHE, Cache
from ..errors import BriefWarning
from ..model import Article

# Characters that are drawn as nothing at all (spaces, joiners, marks of direction).
_INVISIBLE = {"Zs", "Zl", "Zp", "Cc", "Cf"}


@dataclass(frozen=True)
class Face:
    """One @font-face rule of a stylesheet whose source is a local font file."""

    family: str
    path: Path
    rule: str  # the rule's own text, to copy into a stylesheet that embeds this face


def faces(stylesheet: Path, base: Path | None = None) -> list[Face]:
    """The @font-face rules of ``stylesheet`` whose ``src`` is a local file, in order.

    URLs resolve against ``base`` (the stylesheet's folder by default): the EPUB's stylesheet
    is written for the book's layout, not the theme's.
    """
    rules = tinycss2.parse_stylesheet(stylesheet.read_text(encoding="utf-8"), skip_comments=True,
                                      skip_whitespace=True)
    found = []
    for rule in rules:
        if rule.type != "at-rule" or rule.lower_at_keyword != "font-face" or rule.content is None:
            continue
        family, src = None, None
        for decl in tinycss2.parse_declaration_list(rule.content, skip_comments=True, skip_whitespace=True):
            if decl.type != "declaration":
                continue
            if decl.lower_name == "font-family":
                family = "".join(t.value for t in decl.value if t.type in ("string", "ident")).strip()
            elif decl.lower_name == "src":
                src = next((t for t in decl.value if t.type == "url"
                            or (t.type == "function" and t.lower_name == "url")), None)
        if family and src is not None:
            url = src.value if src.type == "url" else src.arguments[0].value
            path = Path(os.path.normpath((base or stylesheet.parent) / unquote(url)))
            if path.is_file():
                found.append(Face(family, path, rule.serialize()))
    return found


def covered(theme_faces: list[Face]) -> frozenset[int]:
    """Every code point some face of the theme has a glyph for."""
    points: set[int] = set()
    for face in theme_faces:
        points |= _cmap(face.path, face.path.stat().st_mtime_ns)
    return frozenset(points)


@functools.lru_cache(maxsize=64)
def _cmap(path: Path, _mtime: int) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    with TTFont(path, lazy=True) as font:
        return frozenset(font.getBestCmap() or {})


def missing(text: str, points: frozenset[int]) -> list[str]:
    """The distinct characters of ``text`` that would print as boxes, in order of first use."""
    return [c for c in dict.fromkeys(text) if ord(c) not in points and unicodedata.category(c) not in _INVISIBLE]


def script_of(char: str) -> str:
    """A reader's name for what a character is: its script for letters, else its kind."""
    category = unicodedata.category(char)
    if category == "Co":
        return "private use"
    if category == "Cn":
        return "unassigned"
    name = unicodedata.name(char, "")
    if category[0] in "LM" and name:
        word = name.split()[0]
        return word if word in ("CJK",) else word.capitalize()
    return {"S": "symbol", "N": "number", "P": "punctuation"}.get(category[0], "other")


def article_text(article: Article) -> str:
    parts = [article.title, article.subtitle or "", article.byline or "", *article.paragraphs, *article.notes]
    parts += [c.text + " " + (c.credit or "") for c in article.captions]
    return "\n".join(parts)


def warn_missing(articles: list[Article], stylesheet: Path) -> None:
    """One warning per article that has characters no face of the theme draws."""
    points = covered(faces(stylesheet))
    for article in articles:
        chars = missing(article_text(article), points)
        if not chars:
            continue
        shown = ", ".join(f"{c} U+{ord(c):04X} ({script_of(c)})" for c in chars[:8])
        more = f" and {len(chars) - 8} more" if len(chars) > 8 else ""
        warnings.warn(BriefWarning(
            f"{len(chars)} character{'s' if len(chars) != 1 else ''} no bundled font draws, printed as "
            f"empty boxes: {shown}{more}", path=article.source))


def subset(face: Face, chars: set[int], cache: Cache = NO_CACHE) -> bytes | None:
    """The face cut to the code points of ``chars`` it has, or None when it has none of them.

    The file's own timestamp is kept, so the same book gives the same bytes. Cutting a face
    with its kerning takes a third of a second, so the result is cached by font and characters.
    """
    from fontTools import subset as ft_subset
    from fontTools import version as ft_version
    from fontTools.ttLib import TTFont

    wanted = chars & _cmap(face.path, face.path.stat().st_mtime_ns)
    if not wanted:
        return None
    key = cache.key("font-subset", ft_version, face.path.read_bytes(), ",".join(map(str, sorted(wanted))))
    if (cached := cache.get("fonts", key)) is not None:
        return cached
    options = ft_subset.Options()
    options.name_IDs = ["*"]  # the copyright and licence records travel with the font
    options.notdef_outline = True
    with TTFont(face.path, recalcTimestamp=False) as font:
        subsetter = ft_subset.Subsetter(options)
        subsetter.populate(unicodes=sorted(wanted))
        subsetter.subset(font)
        out = io.BytesIO()
        font.save(out)
    cache.put("fonts", key, out.getvalue())
    return out.getvalue()


def needed(theme_faces: list[Face], text: str) -> dict[Face, set[int]]:
    """{face: the code points of ``text`` it must draw}, for the faces a book of ``text`` needs.

    The first family is the reading face and draws all it can; a later family (Hangul, Arabic…)
    is needed only for characters the reading face lacks, so a packet in English carries no
    Korean font merely because the Korean face also has a space.
    """
    if not theme_faces:
        return {}
    points = {ord(c) for c in text}
    primary = theme_faces[0].family
    reading = covered([f for f in theme_faces if f.family == primary])
    out = {}
    for face in theme_faces:
        want = points if face.family == primary else points - reading
        if want & _cmap(face.path, face.path.stat().st_mtime_ns):
            out[face] = want
    return out
