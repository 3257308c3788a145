"""The Word reader: a .docx file (a colleague's notes, a press release) → an :class:`Article`.

A Word document says what each paragraph is through its style, so little needs guessing:

- the title is the first paragraph in the Title style, else the first Heading 1, else the core
  properties' title; the author and date come from the core properties (``creator``, ``created``);
- paragraphs in the Caption style are photo captions (a trailing "(Credit)" split off as usual);
- footnotes are kept as the article's notes, numbered as Word numbers them, with "[n]" where the
  text refers to them;
- other paragraphs are body text, through the same line litter and transcript rules as any text.

Read with python-docx; footnotes, which it does not expose, from the package's footnotes part.
"""

from __future__ import annotations

import datetime as dt
import io

from ..errors import BriefError
from ..model import Article, Caption
from .litter import clean_space, line_litter, split_trailing_credit
from .text import fallback_title
from .transcript import split_speakers

NOT_A_DOCX = "not a readable Word (.docx) file"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(data: bytes, source: str) -> Article:
    """Read one .docx file's bytes. ``slug`` is left empty: only the caller knows its position.

    A Word file is a zip of XML parts; a damaged one can fail in the zip, the decompressor or
    any XML part, in ways python-docx does not wrap. Whatever it is, the user gets one line.
    """
    try:
        return _read(data, source)
    except BriefError:
        raise
    except Exception as exc:  # noqa: BLE001 - untrusted binary input: every failure is "not readable"
        raise BriefError(f"{NOT_A_DOCX} ({type(exc).__name__})") from None


def _read(data: bytes, source: str) -> Article:
    import docx

    document = docx.Document(io.BytesIO(data))
    props = document.core_properties
    title: str | None = None
    captions: list[Caption] = []
    body: list[str] = []
    heads: list[int] = []  # body paragraphs set in a heading style
    for paragraph in document.paragraphs:
        text = clean_space(_text_with_note_marks(paragraph))
        if not text:
            continue
        style = (paragraph.style.name if paragraph.style is not None else "").casefold()
        if title is None and not body and style in ("title", "heading 1"):
            title = text
        elif style == "caption":
            captions.append(Caption(*split_trailing_credit(text)))
        elif not line_litter(text):
            if style.startswith("heading"):
                heads.append(len(body))
            body.append(text)
    if not body:
        raise BriefError("no article text in this Word file")
    paragraphs, speakers = split_speakers(body)
    title = title or clean_space(props.title or "") or fallback_title(paragraphs[0])
    return Article(
        source=source,
        slug="",
        title=title,
        paragraphs=paragraphs,
        byline=clean_space(props.author or "") or None,
        date=props.created.date() if isinstance(props.created, dt.datetime) else None,
        captions=captions,
        speakers=speakers,
        headings=[] if speakers else heads,  # a transcript's label-only paragraphs join the next: indexes move
        notes=_footnotes(document),
    )


def _text_with_note_marks(paragraph) -> str:
    """The paragraph's text, "[n]" where a footnote reference stands."""
    parts = []
    for element in paragraph._p.iter():
        if element.tag == _W + "t" and element.text:
            parts.append(element.text)
        elif element.tag == _W + "tab":
            parts.append(" ")
        elif element.tag == _W + "footnoteReference":
            parts.append(f"[{element.get(_W + 'id')}]")
    return "".join(parts)


def _footnotes(document) -> list[str]:
    """"[n] text" for each footnote, in Word's numbering (the separator notes 0 and -1 aside)."""
    from lxml import etree

    part = next((p for p in document.part.package.iter_parts() if str(p.partname) == "/word/footnotes.xml"), None)
    if part is None:
        return []
    root = etree.fromstring(part.blob, etree.XMLParser(resolve_entities=False, no_network=True))
    notes = []
    for note in root.iter(_W + "footnote"):
        number = note.get(_W + "id")
        if number is None or not number.lstrip("-").isdigit() or int(number) <= 0:
            continue
        text = clean_space("".join(t.text or "" for t in note.iter(_W + "t")))
        if text:
            notes.append(f"[{number}] {text}")
    return notes
