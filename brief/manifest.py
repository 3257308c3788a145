"""The optional packet manifest, ``brief.toml`` in the source folder.

It carries what no article can say about the packet (title, audience, handling marking,
article order) and corrects what a reader inferred about an article (outlet, author, date).
Unknown keys are errors, not silently ignored: a typo in a handling marking must not pass.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import BriefError
from .model import SECTIONS, Article, Meeting

MANIFEST_FILE = "brief.toml"
_PACKET_KEYS = {"title": str, "subtitle": str, "date": dt.date, "audience": str, "marking": str, "order": list,
                "key_people": int, "sections": list}
_ARTICLE_KEYS = {"title": str, "outlet": str, "url": str, "author": str, "date": dt.date}
_MEETING_KEYS = {"purpose": str, "when": str, "where": str, "attendees": list, "bluf": str, "talking_points": list,
                 "questions": list}
DEFAULT_KEY_PEOPLE = 12


@dataclass
class Manifest:
    path: Path
    title: str | None = None
    subtitle: str | None = None
    date: dt.date | None = None
    audience: str | None = None
    marking: str | None = None
    order: list[str] = field(default_factory=list)
    articles: dict[str, dict] = field(default_factory=dict)  # file name -> overrides
    key_people: int = DEFAULT_KEY_PEOPLE  # how many key-people cards the front matter shows
    sections: list[str] = field(default_factory=lambda: list(SECTIONS))
    meeting: Meeting | None = None


def find_manifest(paths: list[Path]) -> Path | None:
    for p in paths:
        if p.is_dir() and (p / MANIFEST_FILE).is_file():
            return p / MANIFEST_FILE
    return None


def load_manifest(path: Path) -> Manifest:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        reason, line = toml_error(exc)
        raise BriefError(f"not valid TOML: {reason}", path=path, line=line) from None
    except UnicodeDecodeError:
        raise BriefError("not UTF-8 text", path=path) from None
    articles = data.pop("articles", {})
    meeting = data.pop("meeting", None)
    manifest = Manifest(path=path, **_checked(data, _PACKET_KEYS, path, "packet"))
    if meeting is not None:
        manifest.meeting = _meeting(meeting, path)
    manifest.sections = check_sections(manifest.sections, path)
    if manifest.key_people < 0:
        raise BriefError("key_people must be 0 or more", path=path)
    if not isinstance(articles, dict):
        raise BriefError("[articles] must be a table of file names", path=path)
    for name, overrides in articles.items():
        if not isinstance(overrides, dict):
            raise BriefError(f"[articles.{name!r}] must be a table", path=path)
        manifest.articles[name] = _checked(overrides, _ARTICLE_KEYS, path, f"articles.{name!r}")
    if not all(isinstance(name, str) for name in manifest.order):
        raise BriefError("order must be a list of file names", path=path)
    return manifest


def apply_manifest(manifest: Manifest, articles: list[Article]) -> list[Article]:
    """Articles in the manifest's order (unlisted ones after, as read), with its overrides applied."""
    by_source = {a.source: a for a in articles}
    for name in [*manifest.order, *manifest.articles]:
        if name not in by_source:
            raise BriefError(f"names {name!r}, which is not among the packet's articles", path=manifest.path)
    ordered = [by_source[name] for name in dict.fromkeys(manifest.order)]
    ordered += [a for a in articles if a.source not in manifest.order]
    result = []
    for article in ordered:
        overrides = dict(manifest.articles.get(article.source, {}))
        if "author" in overrides:
            overrides["byline"] = overrides.pop("author")
        result.append(dataclasses.replace(article, **overrides))
    return result


def _checked(table: dict, allowed: dict[str, type], path: Path, where: str) -> dict:
    for key, value in table.items():
        if key not in allowed:
            known = ", ".join(sorted(allowed))
            raise BriefError(f"unknown key {key!r} in {where} (known: {known})", path=path)
        expected = allowed[key]
        if expected is dt.date and isinstance(value, dt.datetime):
            table[key] = value = value.date()
        if not isinstance(value, expected) or (expected is dt.date and isinstance(value, dt.datetime)):
            raise BriefError(f"{where} key {key!r} must be a {_type_name(expected)}", path=path)
    return table


def _type_name(t: type) -> str:
    return {str: "string", dt.date: "date (YYYY-MM-DD, unquoted)", list: "list", int: "whole number"}[t]


def _meeting(table: object, path: Path) -> Meeting:
    if not isinstance(table, dict):
        raise BriefError("[meeting] must be a table", path=path)
    values = _checked(dict(table), _MEETING_KEYS, path, "meeting")
    for key in ("attendees", "talking_points", "questions"):
        items = values.get(key, [])
        if not all(isinstance(item, str) and item.strip() for item in items):
            raise BriefError(f"meeting key {key!r} must be a list of strings", path=path)
        values[key] = tuple(" ".join(item.split()) for item in items)
    return Meeting(**values)


def check_sections(sections: list, path: Path | None = None) -> list[str]:
    """The sections as given, checked: known names, each once (the same rule for --sections)."""
    names = [str(s).strip().lower() for s in sections]
    unknown = [n for n in names if n not in SECTIONS]
    if unknown:
        raise BriefError(f"unknown section {unknown[0]!r} (known: {', '.join(SECTIONS)})", path=path)
    if len(set(names)) != len(names):
        raise BriefError("a section is named twice", path=path)
    if "articles" not in names:
        raise BriefError("sections must include 'articles'", path=path)
    return names


def toml_error(exc: tomllib.TOMLDecodeError) -> tuple[str, int | None]:
    """tomllib's reason and line; the line goes in front of the message as ``file:line:``."""
    match = re.search(r"^(.*?)\s*\(at line (\d+), column \d+\)", str(exc))
    if not match:
        return str(exc), None
    return match.group(1), int(match.group(2))


EXAMPLE = """\
# brief.toml — the packet manifest. Every key is optional; delete what you do not need.

# The packet's title and subtitle, printed on the cover and in the running heads.
title = "US–South Korea 2+2 talks"
subtitle = "Seoul, 17–18 March 2021"

# The date the packet is for (default: the newest article's date).
# date = 2021-03-19

# Who the packet is for, printed on the cover.
# audience = "Delegation staff"

# A handling marking printed at the top and bottom of every PDF page and on the EPUB cover.
# marking = "FOR OFFICIAL USE ONLY"

# Article order by file name; files not listed follow in name order.
# order = ["second-article.txt", "first-article.txt"]

# How many key people the briefing pages show (the rest stay in the glossary).
# key_people = 12

# Which sections to print, in this order (default: all of them, in this order).
# sections = ["read-ahead", "glance", "people", "timeline", "articles", "glossary", "quotes", "sources"]

# The meeting this packet prepares for: fills the read-ahead page after the cover. Without it,
# the read-ahead page is the news in one screen: each article's headline and lead.
# [meeting]
# purpose = "Prepare the minister's bilateral with the US Secretary of State"
# when = "19 March 2021, 10:00"
# where = "Foreign Ministry, Seoul"
# attendees = ["Antony Blinken", "Chung Eui-yong", "Lloyd Austin"]
# bluf = "Seoul wants the alliance stressed without naming China."
# talking_points = ["Welcome the cost-sharing deal", "Keep the door open to talks with the North"]
# questions = ["Will Washington ask Seoul to join a regional coalition?"]

# Per-article corrections of what the reader inferred.
# [articles."first-article.txt"]
# outlet = "The Korea Herald"
# author = "Choi Si-young"
# date = 2021-03-18
# url = "https://example.org/article"
"""


def write_example(folder: Path) -> Path:
    """Write a commented example manifest, refusing to overwrite one the user already has."""
    if folder.exists() and not folder.is_dir():
        raise BriefError("is a file, not a folder", path=folder)
    target = folder / MANIFEST_FILE
    if target.exists():
        raise BriefError("already exists; not overwriting it", path=target)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(target, "x", encoding="utf-8") as f:
            f.write(EXAMPLE)
    except OSError as exc:
        raise BriefError(f"cannot write: {exc.strerror or exc}", path=target) from None
    return target
