"""Section headings inside an article's body: "Laying the Groundwork", "A European phenomenon".

Every reader hands the body over as paragraphs; a saved page, a Markdown file and a PDF alike lose
the mark that set a subheading apart. What is left is its shape: a short line with no closing stop,
standing between two paragraphs of running text, the one before it finished. A transcript's turns
and a list's items are never headings, and a question ("More rain ahead?") stays a paragraph: a
rhetorical one-line question is as common in commentary as a heading that asks.
"""

from __future__ import annotations

from .chrome import is_prose
from .header import author_line, date_line
from .litter import clean_space

HEADING_MAX_WORDS = 12
PROSE_MIN_WORDS = 15  # the paragraphs around a heading are the story's, not a list's items


def section_headings(paragraphs: list[str], speakers: dict[int, str]) -> list[int]:
    """The indexes of the paragraphs that are section headings."""
    if speakers:
        return []
    return [i for i in range(1, len(paragraphs) - 1) if _is_heading(paragraphs, i)]


def _is_heading(paragraphs: list[str], i: int) -> bool:
    text = clean_space(paragraphs[i])
    words = text.split()
    if not 0 < len(words) <= HEADING_MAX_WORDS or not (text[0].isupper() or text[0].isdigit()):
        return False
    # A date, or a name with an office ("Prime Minister Kishida, President Yoon and President" where a
    # hard wrap split a sentence), is no heading either.
    if text[-1] in ".!?;:,…\"”’)" or date_line(text) is not None or author_line(text) is not None:
        return False
    before, after = clean_space(paragraphs[i - 1]), clean_space(paragraphs[i + 1])
    # The paragraph before is finished, or opens what follows ("… since the last release:").
    return _running_text(before) and before[-1] in ".!?:\"”’)" and _running_text(after)


def _running_text(paragraph: str) -> bool:
    return len(paragraph.split()) >= PROSE_MIN_WORDS and is_prose(paragraph)
