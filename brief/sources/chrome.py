"""Site chrome: short lines that several articles of one packet share.

Pages scraped from one site carry the same furniture — a section menu, a slogan, a footer
line — in words no general rule can know ("Recent Features", "The Koreas"). A packet is often
several pages of one site, so the furniture gives itself away by repetition: a short line
printed around two or more articles is the site's, not the story's.

Only lines shaped like furniture count: at most CHROME_MAX_WORDS words, not ending like a
sentence, not a speaker's turn. The reader then drops such a line only outside the article
text proper (above its first paragraph of prose or below its last), so two stories that share
a subheading or a short quoted line keep it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .litter import clean_space

CHROME_MAX_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?…\"”’)]$")
_TURN = re.compile(r"^(?:Q\b|[^\W\d_a-z][^\n:]{0,60}:\s)")


def chrome_key(line: str) -> str:
    """A line as compared across articles: spacing, case and curly quotes ignored."""
    return clean_space(line).replace("\u2019", "'").casefold()


def could_be_chrome(line: str) -> bool:
    text = clean_space(line)
    words = text.split()
    return 0 < len(words) <= CHROME_MAX_WORDS and not _SENTENCE_END.search(text) and not _TURN.match(text)


def shared_lines(texts: Iterable[str]) -> frozenset[str]:
    """Keys of the furniture-shaped lines that two or more different stories among ``texts`` print.

    Copies of one story (the same file twice, a wire story two outlets ran) share their headline
    too; lines they share count once, so a headline is never taken for furniture.
    """
    stories = _stories(list(texts))
    counts: Counter[str] = Counter()
    for lines in stories:
        counts.update({chrome_key(line) for line in lines if could_be_chrome(line)})
    return frozenset(key for key, n in counts.items() if n >= 2)


SAME_STORY_SHARE = 0.3  # of its word sequences the shorter text shares, at least: copies of one story
SHINGLE_WORDS = 8  # a run of this many words in a row is the story's own, not a slogan's


def _shingles(text: str) -> frozenset[int]:
    """Every run of SHINGLE_WORDS words, hashed; line breaks and case do not matter."""
    words = text.casefold().split()
    return frozenset(hash(tuple(words[i : i + SHINGLE_WORDS])) for i in range(len(words) - SHINGLE_WORDS + 1))


def _stories(texts: list[str]) -> list[list[str]]:
    """The lines of each story: texts that share much of their wording are merged into one."""
    prose = [_shingles(text) for text in texts]
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            smaller = min(len(prose[i]), len(prose[j]))
            if smaller and len(prose[i] & prose[j]) >= SAME_STORY_SHARE * smaller:
                parent[root(j)] = root(i)
    merged: dict[int, list[str]] = {}
    for i, text in enumerate(texts):
        merged.setdefault(root(i), []).extend(text.split("\n"))
    return list(merged.values())


def is_prose(line: str) -> bool:
    """A line of running text: enough words, most of them lower-case (headings and menus are capitalised)."""
    words = [w for w in clean_space(line).split() if w[:1].isalpha()]
    return len(words) >= 8 and sum(w[0].islower() for w in words) >= 0.5 * len(words)
