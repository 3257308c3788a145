"""The e-reader packet: EPUB 3 built with EbookLib from the same templates as the PDF.

One XHTML file per article keeps page turns fast on slow readers; the glossary and sources
get a file each. EbookLib stamps the clock into the book and the zip, so the finished
archive is repacked with the packet's own timestamp: same packet, same bytes.
"""

from __future__ import annotations

import io
import zipfile

from ebooklib import epub
from ..cache import NO_CACHE, Cache
from ..model import Packet
from ..paths import styles_dir
from .fonts import faces, needed, subset
from .html import context, environment
from .scripts import mark_runs
from .links import glossary_entries

STYLESHEET = "styles/ereader.css"
FONT_STYLESHEET = "styles/ereader-fonts.css"

# What a reading system or a library catalogue needs to know before offering the book to a
# reader who uses assistive technology (schema.org accessibility properties, EPUB Accessibility 1.1).
ACCESSIBILITY = [
    ("schema:accessMode", "textual"),
    ("schema:accessModeSufficient", "textual"),
    ("schema:accessibilityFeature", "structuralNavigation"),
    ("schema:accessibilityFeature", "tableOfContents"),
    ("schema:accessibilityFeature", "readingOrder"),
    ("schema:accessibilityFeature", "displayTransformability"),
    ("schema:accessibilityHazard", "none"),
    (
        "schema:accessibilitySummary",
        "Text only, no images. Headings mark every article and glossary section, the navigation "
        "document lists them, glossary notes pop up where a reading system supports them, and all "
        "sizes follow the reader's settings.",
    ),
    ("dcterms:conformsTo", "EPUB Accessibility 1.1 - WCAG 2.1 Level AA"),
    ("a11y:certifiedBy", "brief (self-assessed, not independently audited)"),
]


def render_epub(packet: Packet, cache: Cache = NO_CACHE) -> bytes:
    env = environment()
    files = _file_map(packet)
    slugs = {a.slug for a in packet.articles}

    def href(anchor: str) -> str:
        """An article is a file of its own (no fragment); anything else is an anchor in a file."""
        name = files[anchor] if anchor in files else files[_owner(anchor, packet)]
        return name if anchor in slugs else f"{name}#{anchor}"

    ctx = context(packet, href=href, medium="ereader")
    book = epub.EpubBook()
    book.set_identifier(packet.identifier)
    book.set_title(packet.title)
    book.set_language(packet.language)
    book.add_metadata("DC", "date", packet.date.isoformat())
    if packet.subtitle:
        book.add_metadata("DC", "description", packet.subtitle)
    for outlet in dict.fromkeys(a.outlet for a in packet.articles if a.outlet):
        book.add_metadata("DC", "source", outlet)

    for prop, value in ACCESSIBILITY:
        book.add_metadata(None, "meta", value, {"property": prop})

    theme = styles_dir()
    css = epub.EpubItem(uid="style", file_name=STYLESHEET, media_type="text/css",
                        content=(theme / "ereader.css").read_bytes())
    # Filled in once every page is written: the faces are cut to the characters the book uses.
    font_css = epub.EpubItem(uid="style-fonts", file_name=FONT_STYLESHEET, media_type="text/css")
    book.add_item(css)
    book.add_item(font_css)
    written: list[str] = []

    def page(uid: str, title: str, file_name: str, template: str, **extra) -> epub.EpubHtml:
        item = epub.EpubHtml(uid=uid, title=title, file_name=file_name, lang=packet.language)
        item.content = mark_runs(env.get_template(template).render(ctx, **extra), xhtml=True, base=packet.language)
        written.append(item.content)
        item.add_item(font_css)
        item.add_item(css)
        book.add_item(item)
        return item

    cover = page("cover", "Cover", "cover.xhtml", "epub/cover.html")
    b = packet.briefing
    # The sections in the briefing's order; articles each a file, back matter after them.
    spine: list = []
    toc: list = []
    for name in b.sections:
        if name == "articles":
            for item in ctx["articles"]:
                a = item["article"]
                chapter = page(a.slug, a.title, files[a.slug], "epub/article.html", item=item)
                spine.append(chapter)
                toc.append(epub.Link(chapter.file_name, chapter.title, chapter.id))
        elif name == "glossary":
            glossary = page("glossary", "Glossary", "glossary.xhtml", "epub/glossary.html")
            spine.append(glossary)
            toc.append((
                epub.Section("Glossary", href=glossary.file_name),
                [
                    epub.Link(f"{glossary.file_name}#people", "People", "toc-people"),
                    epub.Link(f"{glossary.file_name}#organisations", "Organisations", "toc-organisations"),
                    epub.Link(f"{glossary.file_name}#terms", "Terms", "toc-terms"),
                ],
            ))
        elif _has_content(name, b):
            for uid, title, template in _SECTION_PAGES[name](b):
                item = page(uid, title, files[uid], template)
                spine.append(item)
                toc.append(epub.Link(item.file_name, title, f"toc-{uid}"))
    licence = page("licence", "Font licences", "licence.xhtml", "epub/licence.html",
                   licences=[p.read_text(encoding="utf-8") for p in sorted((theme / "fonts").glob("OFL-*.txt"))])
    font_css.content = _embed_fonts(book, theme / "ereader-fonts.css", "".join(written), cache)
    book.toc = toc
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav(title="Contents"))
    book.spine = [cover, "nav", *spine, licence]

    raw = io.BytesIO()
    epub.write_epub(raw, book, {"mtime": packet.stamp, "raise_exceptions": True})
    return _repack(raw.getvalue(), packet.stamp.timetuple()[:6])


def _embed_fonts(book: epub.EpubBook, stylesheet, text: str, cache: Cache) -> bytes:
    """Add each face of ``stylesheet`` the book's text needs, cut to that text; return the
    stylesheet with the rules of the faces left out removed (a rule may not name a missing file)."""
    import tinycss2

    kept: set[str] = set()
    # The book keeps its stylesheets in styles/ and its fonts in fonts/; the theme keeps its
    # fonts in fonts/ too, so the theme folder stands for the book's root.
    theme_faces = faces(stylesheet, base=stylesheet.parent / "styles")
    wanted = needed(theme_faces, text)
    for i, face in enumerate(theme_faces):
        data = subset(face, wanted[face], cache) if face in wanted else None
        if data is None:
            continue
        kept.add(face.rule)
        book.add_item(epub.EpubItem(uid=f"font-{i}", file_name=f"fonts/{face.path.name}",
                                    media_type="font/ttf", content=data))
    rules = tinycss2.parse_stylesheet(stylesheet.read_text(encoding="utf-8"))
    out = [r for r in rules if not (r.type == "at-rule" and r.lower_at_keyword == "font-face" and r.serialize() not in kept)]
    return tinycss2.serialize(out).encode("utf-8")


# Each section other than the articles and the glossary: (uid, title, template) of its files.
_SECTION_PAGES = {
    "read-ahead": lambda b: [("read-ahead", "Read-ahead", "epub/readahead.html")],
    "glance": lambda b: [("at-a-glance", "Contents at a glance", "epub/glance.html")],
    "people": lambda b: [("key-people", "Key people", "epub/people.html")],
    "timeline": lambda b: [("timeline", "Timeline", "epub/timeline.html")],
    "quotes": lambda b: [("quotes", "Quote index", "epub/quotes.html")],
    "sources": lambda b: ([("timeline-more", "Timeline, continued", "epub/timeline-more.html")]
                          if b.back_events and "timeline" in b.sections else []) + [("sources", "Sources", "epub/sources.html")],
}


def _has_content(name: str, b) -> bool:
    return {"people": bool(b.cards), "timeline": bool(b.front_events), "quotes": bool(b.quotes)}.get(name, True)


def _file_map(packet: Packet) -> dict[str, str]:
    """Which XHTML file holds each anchor the templates link to."""
    files = {a.slug: f"{a.slug}.xhtml" for a in packet.articles}
    for anchor in ("glossary", "people", "organisations", "terms"):
        files[anchor] = "glossary.xhtml"
    for entry in glossary_entries(packet):
        files[entry.anchor] = "glossary.xhtml"
        files["card-" + entry.anchor] = "people.xhtml"
    files.update({
        "sources": "sources.xhtml", "cover": "cover.xhtml", "read-ahead": "readahead.xhtml",
        "at-a-glance": "glance.xhtml", "key-people": "people.xhtml", "timeline": "timeline.xhtml",
        "timeline-more": "timeline-more.xhtml", "quotes": "quotes.xhtml",
    })
    return files


def _owner(anchor: str, packet: Packet) -> str:
    """The article a first-mention mark ("m-<slug>-<entry>") or a paragraph ("<slug>-p3") sits in."""
    for a in packet.articles:
        if anchor.startswith(f"m-{a.slug}-") or anchor.startswith(f"{a.slug}-p"):
            return a.slug
    raise KeyError(anchor)


def _repack(data: bytes, when: tuple[int, ...]) -> bytes:
    """The same archive with fixed entry times and attributes; ``mimetype`` first and stored, as OCF requires."""
    when = max(when, (1980, 1, 1, 0, 0, 0))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=when)
            fixed.external_attr = 0o644 << 16
            fixed.create_system = 3
            stored = info.filename == "mimetype"
            fixed.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename), compresslevel=None if stored else 9)
    return out.getvalue()

