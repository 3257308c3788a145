"""How the bundled fonts were made: run once by a maintainer, never by a build.

    python styles/fonts/make_fonts.py SOURCES_DIR

SOURCES_DIR holds the unpacked npm packages named in FONTS.md (`npm pack NAME@VERSION`,
then `tar xzf`). The Latin faces are copied whole. The CJK faces are cut to the characters
of each region's national standard character set, taken from Python's own codecs (GB 2312
for simplified Han, Big5 level 1 for traditional Han, JIS X 0208 for Japanese kanji and the
kana, KS X 1001 for Hangul): the whole fonts weigh 8 to 15 MB each, these sets cover the
names and text of news, and a character outside them is named by the build's missing-glyph
warning, never printed as a silent box.

Every file keeps its own family name, so no face is split across files that share a name.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

WHOLE = {
    # target file: path inside SOURCES_DIR
    "source-serif-4-regular.ttf": "source-serif-4/400Regular/SourceSerif4_400Regular.ttf",
    "source-serif-4-italic.ttf": "source-serif-4/400Regular_Italic/SourceSerif4_400Regular_Italic.ttf",
    "source-serif-4-bold.ttf": "source-serif-4/700Bold/SourceSerif4_700Bold.ttf",
    "source-serif-4-bold-italic.ttf": "source-serif-4/700Bold_Italic/SourceSerif4_700Bold_Italic.ttf",
    "source-sans-3-semibold.ttf": "source-sans-3/600SemiBold/SourceSans3_600SemiBold.ttf",
    "noto-naskh-arabic-regular.ttf": "noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf",
    "noto-naskh-arabic-bold.ttf": "noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf",
    "noto-serif-hebrew-regular.ttf": "noto-serif-hebrew/400Regular/NotoSerifHebrew_400Regular.ttf",
    "noto-serif-hebrew-bold.ttf": "noto-serif-hebrew/700Bold/NotoSerifHebrew_700Bold.ttf",
}


def _decodable(codec: str, leads: range, trails) -> set[str]:
    """Every single character a double-byte codec can decode from the given byte pairs."""
    found = set()
    for lead in leads:
        for trail in trails:
            try:
                text = bytes((lead, trail)).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(text) == 1:
                found.add(text)
    return found


def _han(chars: set[str]) -> set[str]:
    return {c for c in chars if 0x3400 <= ord(c) <= 0x9FFF or 0xF900 <= ord(c) <= 0xFAFF}


def _span(first: int, last: int) -> set[str]:
    return {chr(c) for c in range(first, last + 1)}


EUC_TRAILS = range(0xA1, 0xFF)
BIG5_TRAILS = list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF))
# CJK punctuation, full-width forms and the ideographic space: each region's face draws its own.
CJK_COMMON = _span(0x3000, 0x303F) | _span(0xFF00, 0xFFEF)

SUBSETS = {
    "noto-serif-kr-regular.ttf": (
        "noto-serif-kr/400Regular/NotoSerifKR_400Regular.ttf",
        lambda: {c for c in _decodable("euc_kr", range(0xB0, 0xC9), EUC_TRAILS) if 0xAC00 <= ord(c) <= 0xD7A3}
        | _span(0x3131, 0x318E) | CJK_COMMON,
    ),
    "noto-serif-sc-regular.ttf": (
        "noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf",
        lambda: _han(_decodable("gb2312", range(0xB0, 0xF8), EUC_TRAILS)) | CJK_COMMON,
    ),
    "noto-serif-tc-regular.ttf": (
        "noto-serif-tc/400Regular/NotoSerifTC_400Regular.ttf",
        lambda: _han(_decodable("big5", range(0xA4, 0xC7), BIG5_TRAILS)) | CJK_COMMON,
    ),
    "noto-serif-jp-regular.ttf": (
        "noto-serif-jp/400Regular/NotoSerifJP_400Regular.ttf",
        lambda: _han(_decodable("euc_jp", range(0xB0, 0xF5), EUC_TRAILS))
        | _span(0x3041, 0x30FF) | _span(0x31F0, 0x31FF) | CJK_COMMON,
    ),
}


def subset(source: Path, target: Path, chars: set[str]) -> None:
    from fontTools import subset as ft_subset
    from fontTools.ttLib import TTFont

    options = ft_subset.Options()
    options.hinting = False  # screens are not the target; hints double the size of CJK outlines
    options.name_IDs = ["*"]  # keep the copyright and licence records
    options.name_languages = ["*"]
    options.layout_features = ["*"]  # vertical forms, locl and friends
    options.notdef_outline = True
    font = TTFont(source)
    subsetter = ft_subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(c) for c in chars))
    subsetter.subset(font)
    font.save(target)


def main(sources: Path) -> None:
    for name, rel in WHOLE.items():
        shutil.copyfile(sources / rel, HERE / name)
    for name, (rel, chars) in SUBSETS.items():
        subset(sources / rel, HERE / name, chars())
    for path in sorted(HERE.glob("*.ttf")):
        print(f"{path.name:36} {path.stat().st_size // 1024:6} KiB")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
