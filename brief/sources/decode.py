"""Turn a file's bytes into clean text, or say plainly why it is not text.

Scraped articles arrive in whatever encoding the scraper or a Windows editor chose:
UTF-8 with or without a byte-order mark, UTF-16 from "Save as Unicode", or cp1252 from
older tools. Everything downstream wants one form: ``\\n`` line ends and NFC-composed
characters, so that "é" typed two ways compares equal in the glossary.
"""

from __future__ import annotations

import codecs
import unicodedata

from ..errors import BriefError

# Byte-order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Above this share of control characters or undecodable bytes the "text" is really
# binary data (an image or archive renamed to .txt). Real text has almost none.
_MAX_JUNK_SHARE = 0.05

BINARY = "not a text file (binary data)"


def decode_bytes(data: bytes) -> str:
    """The text of ``data`` with newlines normalised and NFC applied.

    Raises :class:`BriefError` (without a path; the caller adds it) for binary data.
    Empty input gives an empty string: whether that is an error is the caller's call.
    """
    text = _decode(data)
    if _looks_binary(text):
        raise BriefError(BINARY)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _decode(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise BriefError(BINARY) from None
    # Without a byte-order mark, NUL bytes mean binary data (or BOM-less UTF-16, which no
    # scraper writes); text encodings we accept never contain them.
    if b"\0" in data:
        raise BriefError(BINARY)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; they become U+FFFD and count as junk below.
        return data.decode("cp1252", errors="replace")


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    junk = sum(1 for ch in text if ch == "\ufffd" or (unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v"))
    return junk / len(text) > _MAX_JUNK_SHARE
