"""The e-reader packet: EPUB 3 built with EbookLib from the same templates as the PDF.

One XHTML file per article keeps page turns fast on slow readers; the glossary and sources
get a file each. EbookLib stamps the clock into the book and the zip, so the finished
archive is repacked with the packet's own timestamp: same packet, same bytes.
"""

from __future__ import annotations

import io
import zipfile

from ebooklib import epub
from ..model import Packet
from ..paths import styles_dir
from .html import context, environment
from .links import glossary_entries

STYLESHEET = "styles/ereader.css"
FONT_STYLESHEET = "styles/ereader-fonts.css"
# Only the Latin subset of the reading face: the e-reader's own fonts cover everything else,
# and each face costs about 55 KB.
FONTS = [f"source-serif-4-latin-{weight}-{style}.ttf" for weight in (400, 700) for style in ("normal", "italic")]
FONT_LICENCE = "OFL-SourceSerif4.txt"

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


def render_epub(packet: Packet) -> bytes:
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
    font_css = epub.EpubItem(uid="style-fonts", file_name=FONT_STYLESHEET, media_type="text/css",
                             content=(theme / "ereader-fonts.css").read_bytes())
    book.add_item(css)
    book.add_item(font_css)
    for i, name in enumerate(FONTS):
        book.add_item(epub.EpubItem(uid=f"font-{i}", file_name=f"fonts/{name}", media_type="font/ttf",
                                    content=(theme / "fonts" / name).read_bytes()))

    def page(uid: str, title: str, file_name: str, template: str, **extra) -> epub.EpubHtml:
        item = epub.EpubHtml(uid=uid, title=title, file_name=file_name, lang=packet.language)
        item.content = env.get_template(template).render(ctx, **extra)
        item.add_item(font_css)
        item.add_item(css)
        book.add_item(item)
        return item

    cover = page("cover", "Cover", "cover.xhtml", "epub/cover.html")
    glance = page("at-a-glance", "At a glance", "glance.xhtml", "epub/glance.html")
    people = page("key-people", "Key people", "people.xhtml", "epub/people.html")
    timeline = page("timeline", "Timeline", "timeline.xhtml", "epub/timeline.html") if packet.events else None
    briefing = [item for item in (glance, people, timeline) if item is not None]
    chapters = [
        page(item["article"].slug, item["article"].title, files[item["article"].slug], "epub/article.html", item=item)
        for item in ctx["articles"]
    ]
    glossary = page("glossary", "Glossary", "glossary.xhtml", "epub/glossary.html")
    sources = page("sources", "Sources", "sources.xhtml", "epub/sources.html")
    licence = page("licence", "Font licence", "licence.xhtml", "epub/licence.html",
                   licences=[(theme / "fonts" / FONT_LICENCE).read_text(encoding="utf-8")])

    book.toc = [
        *(epub.Link(b.file_name, b.title, f"toc-{b.id}") for b in briefing),
        *(epub.Link(c.file_name, c.title, c.id) for c in chapters),
        (
            epub.Section("Glossary", href=glossary.file_name),
            [
                epub.Link(f"{glossary.file_name}#people", "People", "toc-people"),
                epub.Link(f"{glossary.file_name}#organisations", "Organisations", "toc-organisations"),
                epub.Link(f"{glossary.file_name}#terms", "Terms", "toc-terms"),
            ],
        ),
        epub.Link(sources.file_name, "Sources", "toc-sources"),
    ]
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav(title="Contents"))
    book.spine = [cover, "nav", *briefing, *chapters, glossary, sources, licence]

    raw = io.BytesIO()
    epub.write_epub(raw, book, {"mtime": packet.stamp, "raise_exceptions": True})
    return _repack(raw.getvalue(), packet.stamp.timetuple()[:6])


def _file_map(packet: Packet) -> dict[str, str]:
    """Which XHTML file holds each anchor the templates link to."""
    files = {a.slug: f"{a.slug}.xhtml" for a in packet.articles}
    for anchor in ("glossary", "people", "organisations", "terms"):
        files[anchor] = "glossary.xhtml"
    for entry in glossary_entries(packet):
        files[entry.anchor] = "glossary.xhtml"
    files["sources"] = "sources.xhtml"
    files["cover"] = "cover.xhtml"
    files["at-a-glance"] = "glance.xhtml"
    files["key-people"] = "people.xhtml"
    files["timeline"] = "timeline.xhtml"
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

