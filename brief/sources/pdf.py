"""The PDF reader: a text-based PDF (a report, a statement, a saved article) → an :class:`Article`.

A PDF holds positioned lines, not paragraphs. pdfminer.six lays each page out into text boxes
with their position and type size (measured against pypdf on real PDFs, it keeps paragraph
breaks and gives the geometry that running heads and page numbers need; pypdf runs paragraphs
together). The reader then:

1. drops the page furniture: boxes in the top or bottom band of the page that repeat, numbers
   aside, on most pages (running heads and feet), and bare page numbers ("3", "Page 3 of 7");
2. rebuilds paragraphs: lines of a box are joined, a word hyphenated at a line end is joined
   when the break was the typesetter's (a U+2010 or soft hyphen, or an ASCII hyphen where the
   document spells the word unhyphenated elsewhere), and a paragraph cut by a page break is
   joined with its continuation on the next page;
3. takes the title from the document's metadata, unless it is a file name a converter left
   there, else from the largest type on the first page; author and date from the metadata, a
   date line on the first page winning over the file's creation time;
4. hands the result to the plain-text reader (:mod:`.text`), so the same litter, byline, date,
   caption and transcript rules apply as to any scraped article.

A PDF without a text layer (a scan) is refused with "no text layer; OCR it first".
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections import Counter
from dataclasses import dataclass

import yaml

from ..errors import BriefError
from ..model import Article
from .litter import clean_space
from .text import read_text

NO_TEXT_LAYER = "no text layer; OCR it first"
NOT_A_PDF = "not a readable PDF file"
BAND = 0.15  # of the page height at the top and bottom where running heads and feet sit
FURNITURE_SHARE = 0.5  # of the pages a head or foot repeats on
MAX_PAGES = 2000

_PAGE_NUMBER = re.compile(r"(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?", re.IGNORECASE)
_HYPHENS = ("\u2010", "\u00ad", "-")
_CONVERTER_TITLE = re.compile(r"(?:microsoft word\s*-\s*)?.+\.(?:docx?|odt|rtf|txt|pages|indd)$|^untitled", re.IGNORECASE)


@dataclass
class _Box:
    page: int
    text: str
    top: float  # distance from the top of the page, as a share of its height
    bottom: float
    size: float  # the median type size of its characters


def read_pdf(data: bytes, source: str) -> Article:
    """Read one PDF file's bytes. ``slug`` is left empty: only the caller knows its position.

    A damaged PDF can fail anywhere in pdfminer (a bad stream, a broken cross-reference, a
    decompression error) in ways it does not wrap. Whatever it is, the user gets one line.
    """
    try:
        boxes, meta, pages = _layout(data)
    except BriefError:
        raise
    except Exception as exc:  # noqa: BLE001 - untrusted binary input: every failure is "not readable"
        raise BriefError(f"{NOT_A_PDF} ({type(exc).__name__})") from None
    return _article(boxes, meta, pages, source)


def _article(boxes: list[_Box], meta: dict, pages: int, source: str) -> Article:
    if not any(b.text.strip() for b in boxes):
        raise BriefError(NO_TEXT_LAYER)
    boxes = _without_furniture(boxes, pages)
    title = _title(meta, boxes)
    header = {"title": title, "author": _meta_text(meta, "Author")}
    if _first_page_date(boxes) is None:
        # A date printed on the first page says when the article ran (the text reader finds it);
        # the metadata says only when the file was made, the next best thing.
        header["date"] = _meta_date(meta)
    header = {k: v for k, v in header.items() if v}
    paragraphs = _paragraphs(boxes, title)
    front = "---\n" + yaml.safe_dump(header, allow_unicode=True, width=10_000) + "---\n\n" if header else ""
    return read_text(front + "\n\n".join(paragraphs) + "\n", source)


def _layout(data: bytes) -> tuple[list[_Box], dict, int]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTChar, LTTextBox, LTTextLine
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser

    document = PDFDocument(PDFParser(io.BytesIO(data)))
    meta = document.info[0] if document.info else {}
    boxes: list[_Box] = []
    pages = 0
    for number, page in enumerate(extract_pages(io.BytesIO(data), laparams=LAParams(), maxpages=MAX_PAGES)):
        pages += 1
        height = page.height or 1
        for element in page:
            if not isinstance(element, LTTextBox):
                continue
            sizes = sorted(c.size for line in element if isinstance(line, LTTextLine) for c in line if isinstance(c, LTChar))
            text = "\n".join(line.get_text().rstrip("\n") for line in element if isinstance(line, LTTextLine))
            boxes.append(_Box(number, text, (height - element.y1) / height, (height - element.y0) / height,
                              sizes[len(sizes) // 2] if sizes else 0.0))
    return boxes, meta, pages


def _furniture_key(text: str) -> str:
    """A head or foot compared across pages: spacing, case and numbers ignored."""
    return re.sub(r"\d+", "#", clean_space(text).casefold())


def _without_furniture(boxes: list[_Box], pages: int) -> list[_Box]:
    in_band = [b for b in boxes if b.top < BAND or b.bottom > 1 - BAND]
    counts = Counter(_furniture_key(b.text) for b in in_band)
    repeated = {k for k, n in counts.items() if pages > 1 and n >= max(2, FURNITURE_SHARE * pages)}
    kept = []
    for b in boxes:
        banded = b.top < BAND or b.bottom > 1 - BAND
        if banded and (_furniture_key(b.text) in repeated or _PAGE_NUMBER.fullmatch(clean_space(b.text))):
            continue
        kept.append(b)
    return kept


def _meta_text(meta: dict, key: str) -> str | None:
    value = meta.get(key)
    if isinstance(value, bytes):
        value = _pdf_string(value)
    if not isinstance(value, str):
        return None
    text = clean_space(value)
    return text or None


def _pdf_string(raw: bytes) -> str:
    """A PDF text string: UTF-16 with a byte-order mark, else PDFDocEncoding (close to Latin-1)."""
    if raw.startswith((b"\xfe\xff", b"\xff\xfe")):
        return raw.decode("utf-16", errors="replace")
    return raw.decode("latin-1", errors="replace")


def _meta_date(meta: dict) -> str | None:
    """The creation date "D:20210318…" as YYYY-MM-DD, when the metadata has one."""
    raw = _meta_text(meta, "CreationDate") or ""
    m = re.match(r"(?:D:)?((?:19|20)\d\d)(\d\d)(\d\d)", raw)
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def _first_page_date(boxes: list[_Box]) -> dt.date | None:
    from .header import date_line

    for b in boxes:
        if b.page > 0:
            break
        for line in b.text.split("\n"):
            found = date_line(line)
            if found:
                return found
    return None


def _title(meta: dict, boxes: list[_Box]) -> str | None:
    """The metadata title, unless a converter's file name; else the largest type on page one."""
    title = _meta_text(meta, "Title")
    if title and not _CONVERTER_TITLE.search(title):
        return title
    first = [b for b in boxes if b.page == 0 and len(b.text.split()) <= 30 and b.text.strip()]
    if not first:
        return None
    biggest = max(first, key=lambda b: b.size)
    body_size = Counter(round(b.size) for b in boxes).most_common(1)[0][0]
    return clean_space(biggest.text) if biggest.size > body_size * 1.15 else None


def _paragraphs(boxes: list[_Box], title: str | None) -> list[str]:
    """Each box a paragraph, its lines joined; one cut by a page break joined to its rest."""
    vocabulary = _words(" ".join(b.text for b in boxes))
    out: list[tuple[int, str]] = []
    for b in boxes:
        text = _join_lines(b.text.split("\n"), vocabulary)
        if not text or (title and clean_space(text) == title):
            continue
        if out and out[-1][0] < b.page and _continues(out[-1][1], text):
            out[-1] = (b.page, _join_lines([out[-1][1], text], vocabulary))
        else:
            out.append((b.page, text))
    return [text for _, text in out]


def _continues(before: str, after: str) -> bool:
    """A paragraph that stops without a full stop and a next one that starts in lower case."""
    end = before.rstrip()[-1:]
    return bool(end) and end not in ".!?:”\"’)" and after[:1].islower()


def _words(text: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in re.findall(r"[^\W\d_]+", text))


def _join_lines(lines: list[str], vocabulary: frozenset[str]) -> str:
    out = ""
    for raw in lines:
        line = clean_space(raw)
        if not line:
            continue
        if out and out[-1] in _HYPHENS and line[:1].islower():
            stem = re.search(r"([^\W\d_]+)\W$", out)
            joined = (stem.group(1) if stem else "") + re.match(r"[^\W\d_]*", line).group()
            if out[-1] != "-" or joined.casefold() in vocabulary:
                out = out[:-1] + line  # the typesetter's hyphen: "Aus‐" + "tin" is "Austin"
                continue
            out += line  # a real hyphen: "well-" + "being"
            continue
        out = f"{out} {line}" if out else line
    return out
