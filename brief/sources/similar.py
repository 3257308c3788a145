"""How much wording two texts share: runs of words ("shingles") in common.

Two copies of one story — the same wire report run by two outlets, a page saved twice with
different furniture — share most of their runs of eight words in a row; two different stories
share almost none, even from one site with one house style. The share is taken of the shorter
text, so a copy trimmed by one outlet still counts as a copy.
"""

from __future__ import annotations

SHINGLE_WORDS = 8  # a run of this many words in a row is the story's own, not a stock phrase


def shingles(text: str) -> frozenset[int]:
    """Every run of SHINGLE_WORDS words, hashed; line breaks, spacing and case do not matter."""
    words = text.casefold().split()
    return frozenset(hash(tuple(words[i : i + SHINGLE_WORDS])) for i in range(len(words) - SHINGLE_WORDS + 1))


def shared(a: frozenset[int], b: frozenset[int]) -> float:
    """The share of the smaller set's runs that the other has too (0 when either is empty)."""
    smaller = min(len(a), len(b))
    return len(a & b) / smaller if smaller else 0.0


def groups(items: list[frozenset[int]], threshold: float) -> list[int]:
    """For each item, the index of the first item of its group: items that share at least
    ``threshold`` of their runs with another member are one group."""
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if shared(items[i], items[j]) >= threshold:
                ri, rj = root(i), root(j)
                parent[max(ri, rj)] = min(ri, rj)
    return [root(i) for i in range(len(items))]
