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

from .header import author_line, byline_name
from .litter import clean_space
from .similar import groups, shingles

CHROME_MAX_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?…\"”’)]$")
_TURN = re.compile(r"^(?:Q\b|[^\W\d_a-z][^\n:]{0,60}:\s)")


def chrome_key(line: str) -> str:
    """A line as compared across articles: spacing, case and curly quotes ignored."""
    return clean_space(line).replace("\u2019", "'").casefold()


def could_be_chrome(line: str) -> bool:
    """Furniture-shaped: short, no sentence. An author line is never furniture, however many
    articles one author signs ("Antony J. Blinken, Secretary of State" over each statement)."""
    text = clean_space(line)
    words = text.split()
    return (0 < len(words) <= CHROME_MAX_WORDS and not _SENTENCE_END.search(text) and not _TURN.match(text)
            and not byline_name(text) and not author_line(text))


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


SAME_STORY_SHARE = 0.3  # of its word runs the shorter text shares, at least: copies of one story


def _stories(texts: list[str]) -> list[list[str]]:
    """The lines of each story: texts that share much of their wording are merged into one."""
    leader = groups([shingles(text) for text in texts], SAME_STORY_SHARE)
    merged: dict[int, list[str]] = {}
    for i, text in enumerate(texts):
        merged.setdefault(leader[i], []).extend(text.split("\n"))
    return list(merged.values())


def is_prose(line: str) -> bool:
    """A line of running text: enough words, most of them lower-case (headings and menus are capitalised)."""
    words = [w for w in clean_space(line).split() if w[:1].isalpha()]
    return len(words) >= 8 and sum(w[0].islower() for w in words) >= 0.5 * len(words)
