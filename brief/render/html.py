"""The packet as HTML: one Jinja2 environment, one context, shared by every writer.

The PDF is this HTML laid out by WeasyPrint; the EPUB is the same templates cut into one
file per article. Templates live in ``templates/`` and stylesheets in ``styles/``, so the
look of a packet is data, not code.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import jinja2
from markupsafe import Markup

from ..model import Packet, Person
from ..paths import styles_dir, templates_dir
from .scripts import mark_runs
from .links import article_runs, first_marks, first_mentions, glossary_entries, later_mentions

MEDIA = ("print", "web", "ereader")
# Where each section starts and what it is called, for the contents and the EPUB's navigation.
SECTION_ANCHORS = {
    "read-ahead": "read-ahead", "glance": "at-a-glance", "people": "key-people", "timeline": "timeline",
    "glossary": "glossary", "quotes": "quotes", "sources": "sources",
}
SECTION_TITLES = {
    "read-ahead": "Read-ahead", "glance": "Contents at a glance", "people": "Key people", "timeline": "Timeline",
    "glossary": "Glossary", "quotes": "Quote index", "sources": "Sources",
}


@functools.cache
def environment() -> jinja2.Environment:
    """Autoescaping is on for every template: article text is untrusted input. One environment
    per process, so each template is compiled once, not at every render."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["long_date"] = long_date
    env.filters["event_date"] = event_date
    return env


def long_date(value) -> str:
    """18 March 2021: unambiguous for readers on both sides of the Atlantic."""
    return f"{value.day} {value:%B %Y}" if value else ""


def context(packet: Packet, href: Callable[[str], str], medium: str, pages: dict[str, int] | None = None) -> dict:
    """Everything the templates read. ``href`` maps an anchor to a link target for the medium.

    Only print marks later mentions at all, and lists the page of each article's first mention
    (``pages``: the page each anchor landed on, once the PDF writer knows).
    """
    # Parts of a PDF being numbered print "?" for a page not found yet; a packet laid out whole
    # (no ``pages``) leaves data-page empty for WeasyPrint to fill in.
    known, unknown = (pages or {}), ("" if pages is None else "?")
    firsts = first_mentions(packet)
    later = later_mentions(packet, firsts) if medium == "print" else {}
    entries = {e.anchor: e for e in glossary_entries(packet)}
    marks = {f.entry + "@" + slug: f.mark for slug, fs in firsts.items() for f in fs}
    return {
        "packet": packet,
        "medium": medium,
        "href": href,
        "articles": [
            {
                "article": a,
                "runs": article_runs(a, firsts.get(a.slug, []), later.get(a.slug, [])),
                # The glossary entries first mentioned here, in reading order: the EPUB's pop-up notes.
                "notes": [{"mark": f.mark, "entry": entries[f.entry]} for f in firsts.get(a.slug, [])],
            }
            for a in packet.articles
        ],
        "people": packet.glossary.people,
        "organisations": packet.glossary.organisations,
        "org_anchor": {o.name: o.anchor for o in packet.glossary.organisations},
        "person_anchor": {p.name: p.anchor for p in packet.glossary.people},
        "terms": packet.glossary.terms,
        "titles": {a.slug: a.title for a in packet.articles},
        "backlink": lambda entry, slug: marks.get(entry.anchor + "@" + slug, slug),
        "roles": _role_line,
        # The briefing stage's choices (brief.briefing): templates only lay them out.
        "b": packet.briefing,
        "people_by_name": {p.name: p for p in packet.glossary.people},
        "articles_by_slug": {a.slug: a for a in packet.articles},
        "card_anchor": lambda person: "card-" + person.anchor,
        "section_anchor": SECTION_ANCHORS,
        "section_title": SECTION_TITLES,
        "expansions": expansions(packet, firsts) if medium in ("print", "web") else {},
        "page_marks": first_marks(packet, firsts) if medium == "print" else {},
        "page_of": lambda anchor: known.get(anchor, unknown),
        "part_mark": Markup(PART_MARK) if medium == "print" else "",
    }


def expansions(packet: Packet, firsts: dict) -> dict[str, str]:
    """{mark of a first mention: the expansion to print before it}.

    In print the first use of an acronym in each article is spelled out, "Terminal High Altitude
    Area Defense (THAAD)", unless the article spells it out itself or every reader knows it.
    """
    terms = {t.anchor: t for t in packet.glossary.terms}
    out: dict[str, str] = {}
    for article in packet.articles:
        text = " ".join([article.subtitle or "", *(c.text for c in article.captions), *article.paragraphs]).casefold()
        for first in firsts.get(article.slug, []):
            term = terms.get(first.entry)
            if term is None or term.familiar or not term.expansion or term.expansion.casefold() == term.term.casefold():
                continue
            if term.expansion.casefold() in text:
                continue
            out[first.mark] = term.expansion
    return out


def event_date(event) -> str:
    """How the timeline prints a date: "2016", "2016–2017", "June 2020", "17 March 2021"."""
    start, end = event.start, event.end
    if event.precision == "year":
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    if event.precision == "month":
        return f"{start:%B %Y}" if (start.year, start.month) == (end.year, end.month) else f"{start:%B %Y}–{end:%B %Y}"
    if start == end:
        return long_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {start:%B %Y}"
    return f"{long_date(start)} – {long_date(end)}"


def _role_line(person: Person) -> str:
    return person.role or "Role not stated in the articles"


PART_MARK = "<!--brief:part-->"


def render_html(
    packet: Packet,
    medium: str = "web",
    paper: str = "a4",
    pages: dict[str, int] | None = None,
) -> str:
    """The whole packet as one HTML document.

    For the web the reading stylesheet is inlined, so the file stands alone and fetches
    nothing; the PDF writer hands print.css to WeasyPrint itself. In print every top-level
    block follows ``PART_MARK`` and each page reference carries ``pages[anchor]``, the page
    the PDF writer found that anchor on (empty until it knows).
    """
    if medium not in MEDIA:
        raise ValueError(f"unknown medium {medium!r}")
    stylesheet = None
    if medium == "web":
        # Our own theme file, not article text: safe to print unescaped inside <style>.
        stylesheet = Markup((styles_dir() / "ereader.css").read_text(encoding="utf-8"))
    env = environment()
    ctx = context(packet, href=lambda anchor: "#" + anchor, medium=medium, pages=pages)
    html = env.get_template("packet.html").render(ctx, paper=paper, stylesheet=stylesheet)
    return mark_runs(html, base=packet.language)

