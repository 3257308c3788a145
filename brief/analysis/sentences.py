"""Sentence spans for the analysers: where a sentence of a body paragraph starts and ends.

A full stop ends a sentence when white space and a capital, a digit or an opening quotation mark
follow it, unless the word before it is an abbreviation ("Dr.", "Gen.", "Mar.") or a run of
initials ("U.S.", "U.N.", "J."). Closing quotation marks and brackets right after the stop belong
to the sentence they close. The price of not cutting at "U.S. Secretary" is that a sentence
really ending in "U.S." runs on into the next one.

``keep`` lists spans (quotations, say) inside which no sentence may end, so a quotation of
several sentences stays inside the sentence that attributes it.
"""

from __future__ import annotations

import regex as re  # Unicode classes (\p{Lu}): names and acronyms in any script
from bisect import bisect_right
from collections.abc import Iterable

# Words whose full stop is part of the word, not the end of a sentence (compared in lower case).
ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt",
        "sen", "rep", "gov", "pres", "amb", "rev", "hon", "st", "jr", "sr", "no", "nos", "vs",
        "etc", "inc", "ltd", "co", "corp", "dept", "est", "approx", "fig", "vol", "pp", "ft",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }
)

_STOP = re.compile(r"[.!?]+[\"”’'\)\]]*(?=\s+[\"“‘'\(\[]?[\p{Lu}0-9])")
_WORD_BEFORE = re.compile(r"([\p{L}.]+)\.$")
_WORD_CHAR = re.compile(r"[\p{L}.]")
_LONGEST_WORD = 40
_INITIALS = re.compile(r"(?:\p{L}\.)*\p{L}")  # "U.S" before its last dot, "J", "e.g"


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the "." at ``dot`` belongs to an abbreviation or initials."""
    # Only the word before the dot matters: look at a bounded tail, not the whole text before it.
    lo = max(0, dot - _LONGEST_WORD)
    m = _WORD_BEFORE.search(text, lo, dot + 1)
    if not m:
        return False
    if m.start() == lo and lo > 0 and _WORD_CHAR.match(text, lo - 1):
        return False  # a word longer than the window: neither an abbreviation nor initials
    word = m.group(1)
    if word.lower() in ABBREVIATIONS:
        return True
    return bool(_INITIALS.fullmatch(word)) and (len(word) == 1 or "." in word)


def sentence_spans(text: str, keep: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """``(start, end)`` of every sentence of ``text``, white space trimmed, in order."""
    protected = sorted(keep)
    spans: list[tuple[int, int]] = []
    begin = 0
    # Stops come in order, so the protected spans opened before a stop are a growing prefix; the
    # stop is inside one of them when the furthest end among them lies beyond it.
    opened, reach = 0, -1
    for m in _STOP.finditer(text):
        if m.group().startswith(".") and not m.group().startswith("..") and _is_abbreviation(text, m.start()):
            continue
        while opened < len(protected) and protected[opened][0] < m.start():
            reach = max(reach, protected[opened][1])
            opened += 1
        if reach > m.end():
            continue
        spans.append((begin, m.end()))
        begin = m.end()
    spans.append((begin, len(text)))
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` as strings."""
    return [text[s:e] for s, e in sentence_spans(text)]


def sentence_at(spans: list[tuple[int, int]], position: int) -> tuple[int, int]:
    """The span holding ``position`` (or the nearest one before it); (0, 0) when there is none.

    ``spans`` are in order (as sentence_spans gives them): a binary search.
    """
    i = bisect_right(spans, (position, float("inf"))) - 1
    return spans[i] if i >= 0 else (0, 0)
