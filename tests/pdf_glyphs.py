"""Which glyph of which embedded font draws each character of a PDF, read from the PDF itself.

For every Type0 font: its ToUnicode CMap gives the character behind each code, its CIDFont's
CIDToGIDMap the glyph id, and the embedded TrueType program (FontFile2) the glyphs and cmap.
A character is drawn properly when its glyph is not glyph 0 (.notdef) and the font that draws
it has the character: in the embedded program's own cmap, or, for a shaped form (an Arabic
letter joined to its neighbours is a different glyph from the letter alone), in the cmap of
the bundled face the subset was cut from.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

import pikepdf
from fontTools.ttLib import TTFont


@dataclass
class Drawn:
    char: str
    font: str  # BaseFont without the subset tag: "Noto-Serif-KR"
    gid: int
    in_font: bool  # the drawing font has the character


def _hex_text(h: str) -> str:
    data = bytes.fromhex(h)
    return data.decode("utf-16-be", errors="replace") if data else ""


def to_unicode(cmap: bytes) -> dict[int, str]:
    """{code: text} from a ToUnicode CMap's bfchar and bfrange sections."""
    text = cmap.decode("latin-1")
    out: dict[int, str] = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for code, dst in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>", block):
            out[int(code, 16)] = _hex_text(dst)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi, rest in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]*>)", block):
            lo_i, hi_i = int(lo, 16), int(hi, 16)
            if rest.startswith("["):
                for i, dst in enumerate(re.findall(r"<([0-9a-fA-F]*)>", rest)):
                    out[lo_i + i] = _hex_text(dst)
            else:
                start = bytes.fromhex(rest[1:-1])
                for i in range(hi_i - lo_i + 1):
                    bumped = start[:-2] + (int.from_bytes(start[-2:], "big") + i).to_bytes(2, "big")
                    out[lo_i + i] = bumped.decode("utf-16-be", errors="replace")
    return out


def _cid_to_gid(cidfont) -> dict[int, int] | None:
    """None for /Identity (the glyph id is the code)."""
    mapping = cidfont.get("/CIDToGIDMap")
    if mapping is None or (isinstance(mapping, pikepdf.Name) and str(mapping) == "/Identity"):
        return None
    data = mapping.read_bytes()
    return {i // 2: int.from_bytes(data[i:i + 2], "big") for i in range(0, len(data), 2)}


def drawn_characters(pdf_path: Path, bundled: dict[str, set[int]]) -> list[Drawn]:
    """Every (character, font, glyph) the PDF's fonts can draw, with whether the font has it.

    ``bundled`` maps a face's PostScript name ("NotoSerifKR-Regular" style, hyphens dropped for
    comparison) to its full cmap, for shaped forms absent from a subset's cmap.
    """
    pdf = pikepdf.open(pdf_path)
    found: list[Drawn] = []
    seen = set()
    for page in pdf.pages:
        fonts = page.Resources.get("/Font", {})
        for _, font in fonts.items():
            if font.objgen in seen or font.get("/Subtype") != "/Type0":
                continue
            seen.add(font.objgen)
            cidfont = font.DescendantFonts[0]
            program = TTFont(io.BytesIO(cidfont.FontDescriptor.FontFile2.read_bytes()))
            own = program.getBestCmap() or {}
            order = program.getGlyphOrder()
            name = str(font.BaseFont)[1:].split("+", 1)[-1]
            full = bundled.get(_key(name), set())
            gids = _cid_to_gid(cidfont)
            for code, text in to_unicode(font.ToUnicode.read_bytes()).items():
                if len(text) != 1:
                    continue  # ligatures ("fi") and glyphs with no text of their own
                gid = code if gids is None else gids.get(code, 0)
                in_font = gid != 0 and gid < len(order) and (ord(text) in own or ord(text) in full)
                found.append(Drawn(text, name, gid, in_font))
    return found


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def bundled_cmaps(font_dir: Path) -> dict[str, set[int]]:
    """{normalised full font name: cmap code points} for the theme's font files."""
    out = {}
    for path in font_dir.glob("*.ttf"):
        with TTFont(path, lazy=True) as font:
            names = {font["name"].getDebugName(4) or "", font["name"].getDebugName(6) or ""}
            cmap = set(font.getBestCmap() or {})
        for n in names:
            out[_key(n)] = cmap
            out[_key(n).removesuffix("regular")] = cmap
    return out
