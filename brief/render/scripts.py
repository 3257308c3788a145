"""Runs of text in another script, marked with their language in the finished HTML.

A Korean name in an English sentence needs ``lang="ko"``: the stylesheet then picks the Korean
face for its Han characters, hyphenation leaves it alone and a screen reader switches voice.
Arabic and Hebrew runs are isolated in ``<bdi>`` so the punctuation around them stays where the
sentence put it. The language is a best guess from the letters alone: a run of Han characters
with no kana or Hangul is Chinese, simplified or traditional when its characters say so.
"""

from __future__ import annotations

import regex

_CJK = r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}ー々〆・]"
_WORDS = r"(?:{0}+(?:[\s\-'’.·]+{0}+)*)"
RUNS = regex.compile(
    "|".join(
        f"(?P<{name}>{_WORDS.format(letters)})"
        for name, letters in (
            ("cjk", _CJK),
            ("cyrillic", r"\p{Cyrillic}"),
            ("greek", r"\p{Greek}"),
            ("arabic", r"[\p{Arabic}]"),
            ("hebrew", r"\p{Hebrew}"),
        )
    )
)
# Our own markup: a tag, or the text between tags. Article text inside is already escaped,
# so a "<" in text can only be markup.
_TOKENS = regex.compile(r"(<[^>]*>)")
_TAG_NAME = regex.compile(r"</?\s*([a-zA-Z0-9]+)")
_SKIP = {"head", "title", "style", "script"}
_RIGHT_TO_LEFT = {"arabic", "hebrew"}


def language(script: str, run: str) -> str:
    """The BCP 47 tag for a run of one script, from the letters only some languages use."""
    if script == "cjk":
        if regex.search(r"\p{Hangul}", run):
            return "ko"
        if regex.search(r"[\p{Hiragana}\p{Katakana}]", run):
            return "ja"
        simplified = any(_only_in(c, "gb2312", "big5") for c in run)
        traditional = any(_only_in(c, "big5", "gb2312") for c in run)
        if simplified != traditional:
            return "zh-Hans" if simplified else "zh-Hant"
        return "zh"
    if script == "cyrillic":
        for letters, tag in (("іїєґІЇЄҐ", "uk"), ("ђјљњћџЂЈЉЊЋЏ", "sr"), ("ўЎ", "be"), ("өүӨҮ", "mn"),
                             ("ыэъёЫЭЪЁ", "ru")):
            if any(c in letters for c in run):
                return tag
        # "Володимир Зеленський" has no letter only Ukrainian uses: say the script, not a
        # language that may be the wrong one.
        return "und-Cyrl"
    if script == "arabic":
        if any(c in "ٹڈڑںےۓ" for c in run):
            return "ur"
        if any(c in "پچژگکی" for c in run):
            return "fa"
        return "ar"
    return {"greek": "el", "hebrew": "he"}[script]


def _only_in(char: str, codec: str, other: str) -> bool:
    if not regex.match(r"\p{Han}", char):
        return False
    return _encodes(char, codec) and not _encodes(char, other)


def _encodes(char: str, codec: str) -> bool:
    try:
        char.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def mark_runs(html: str, xhtml: bool = False, base: str = "en") -> str:
    """``html`` with each foreign-script run of its body text wrapped in a lang-marked element.

    Text in the head (the title) and in attributes is left alone. ``xhtml`` adds ``xml:lang``,
    which EPUB 2 reading systems still read. Runs in the document's own language are left bare.
    """
    if not RUNS.search(html):
        return html
    out = []
    skipping = 0
    for token in _TOKENS.split(html):
        if token.startswith("<"):
            name = _TAG_NAME.match(token)
            if name and name.group(1).lower() in _SKIP and not token.endswith("/>"):
                skipping += -1 if token.startswith("</") else 1
            out.append(token)
        elif skipping or not token:
            out.append(token)
        else:
            out.append(RUNS.sub(lambda m: _wrap(m, xhtml, base), token))
    return "".join(out)


def _wrap(match: regex.Match, xhtml: bool, base: str) -> str:
    script = match.lastgroup
    tag = language(script, match.group())
    if tag.split("-")[0] == base.split("-")[0] != "und":
        return match.group()
    element = "bdi" if script in _RIGHT_TO_LEFT else "span"
    attrs = f'lang="{tag}"' + (f' xml:lang="{tag}"' if xhtml else "")
    return f"<{element} {attrs}>{match.group()}</{element}>"
