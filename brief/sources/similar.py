"""How much wording two texts share: runs of words ("shingles") in common.

Two copies of one story — the same wire report run by two outlets, a page saved twice with
different furniture — share most of their runs of eight words in a row; two different stories
share almost none, even from one site with one house style. The share is taken of the shorter
text, so a copy trimmed by one outlet still counts as a copy.
"""

from __future__ import annotations

import re

SHINGLE_WORDS = 8  # a run of this many words in a row is the story's own, not a stock phrase


def shingles(text: str) -> frozenset[int]:
    """Every run of SHINGLE_WORDS words, hashed; line breaks, spacing and case do not matter."""
    words = text.casefold().split()
    return frozenset(hash(tuple(words[i : i + SHINGLE_WORDS])) for i in range(len(words) - SHINGLE_WORDS + 1))


def shared(a: frozenset[int], b: frozenset[int]) -> float:
    """The share of the smaller set's runs that the other has too (0 when either is empty)."""
    smaller = min(len(a), len(b))
    return len(a & b) / smaller if smaller else 0.0


def names(text: str) -> frozenset[str]:
    """The capitalised words and the numbers of a text: what a copy of one story keeps and a
    release written from a template (one disaster declaration per state) changes."""
    return frozenset(re.findall(r"(?<![\w’'-])(?:[^\W\d_a-z][^\W\d_]+|\d[\d,.]*\d)", text))


def same_names(a: frozenset[str], b: frozenset[str]) -> bool:
    """The smaller set's names are (nearly) all in the other: SAME_NAMES_SHARE or more."""
    smaller, larger = (a, b) if len(a) <= len(b) else (b, a)
    return not smaller or len(smaller & larger) / len(smaller) >= SAME_NAMES_SHARE


SAME_NAMES_SHARE = 0.9


def groups(items: list[frozenset[int]], threshold: float, alike=None) -> list[int]:
    """For each item, the index of the first item of its group: items that share at least
    ``threshold`` of their runs with another member are one group (and, given ``alike``,
    for which ``alike(i, j)`` holds too)."""
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if shared(items[i], items[j]) >= threshold and (alike is None or alike(i, j)):
                ri, rj = root(i), root(j)
                parent[max(ri, rj)] = min(ri, rj)
    return [root(i) for i in range(len(items))]
