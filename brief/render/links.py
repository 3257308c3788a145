"""Cut article text into runs so templates can link each glossary entry's first mention.

The analyser already says where every mention is (``Mention`` spans); this module only picks,
per article, the first mention of each person and term that a reader meets in running text
(subtitle, then captions, then body) and splits the text around it. Templates turn a run with
an ``entry`` into a link; Python never builds markup.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Article, Mention, Organisation, Packet, Part, Person, Term

# A pronoun ("he"), a group ("the leaders") or a continued quote is a mention for counting,
# but a poor place for a link or a page reference.
UNMARKED_KINDS = {"pronoun", "group", "quote"}

# The order a reader meets the parts of an article on the page. Titles and bylines are not
# linked: a link inside a heading is noise, and the byline is not running text.
READING_ORDER = {Part.SUBTITLE: 0, Part.CAPTION: 1, Part.BODY: 2}


@dataclass(frozen=True)
class Run:
    """A stretch of text. A first mention has ``entry`` (the glossary anchor it links to) and
    ``mark`` (its id); a later mention has only ``mark``, so print can find its page."""

    text: str
    entry: str | None = None
    mark: str | None = None


@dataclass(frozen=True)
class FirstMention:
    mention: Mention
    entry: str  # the glossary entry's anchor ("person-antony-blinken")

    @property
    def mark(self) -> str:
        """The id the linked mention carries, so the glossary entry can link back to it."""
        return f"m-{self.mention.article}-{self.entry}"


def glossary_entries(packet: Packet) -> list[Person | Organisation | Term]:
    """Every glossary entry a mention can link to, in the order the glossary prints them."""
    g = packet.glossary
    return [*g.people, *g.organisations, *g.terms]


def first_mentions(packet: Packet) -> dict[str, list[FirstMention]]:
    """{article slug: its first mentions}, at most one per glossary entry per article."""
    found: dict[str, dict[str, Mention]] = {a.slug: {} for a in packet.articles}
    entries = glossary_entries(packet)
    for entry in entries:
        for m in entry.mentions:
            if m.part not in READING_ORDER or m.article not in found or m.kind in UNMARKED_KINDS:
                continue
            current = found[m.article].get(entry.anchor)
            if current is None or _order(m) < _order(current):
                found[m.article][entry.anchor] = m
    result: dict[str, list[FirstMention]] = {}
    for slug, by_entry in found.items():
        firsts = sorted((FirstMention(m, anchor) for anchor, m in by_entry.items()), key=lambda f: _order(f.mention))
        result[slug] = _without_overlaps(firsts)
    return result


@dataclass(frozen=True)
class LaterMention:
    mention: Mention
    entry: str
    mark: str  # "m-<slug>-<entry>-<n>": unique, so the PDF can tell which page it lands on


def later_mentions(packet: Packet, firsts: dict[str, list[FirstMention]]) -> dict[str, list[LaterMention]]:
    """Every other mention in running text that does not overlap a first mention or each other."""
    taken = {slug: [f.mention for f in fs] for slug, fs in firsts.items()}
    result: dict[str, list[LaterMention]] = {slug: [] for slug in firsts}
    entries = glossary_entries(packet)
    for entry in entries:
        running = sorted(
            (m for m in entry.mentions if m.part in READING_ORDER and m.article in taken and m.kind not in UNMARKED_KINDS),
            key=_order,
        )
        for n, m in enumerate(running):
            if any(_overlap(m, k) for k in taken[m.article]):
                continue
            taken[m.article].append(m)
            result[m.article].append(LaterMention(m, entry.anchor, f"m-{m.article}-{entry.anchor}-{n}"))
    return result


def first_marks(packet: Packet, firsts: dict[str, list[FirstMention]]) -> dict[str, list[str]]:
    """{entry anchor: the id of its first mention in each article, in packet order}.

    Print lists the page of each: every article starts on a page of its own, so these pages
    are distinct and ascending, and the layout engine fills them in (CSS target-counter) in
    the same single layout that places the articles.
    """
    out: dict[str, list[str]] = {}
    for article in packet.articles:
        for item in firsts.get(article.slug, []):
            out.setdefault(item.entry, []).append(item.mark)
    return out


def runs(text: str, part: Part, index: int, firsts: list[FirstMention], later: list[LaterMention] = ()) -> list[Run]:
    """``text`` split so each marked mention inside it is a run of its own."""
    spans = sorted(
        (f for f in [*firsts, *later] if f.mention.part is part and f.mention.index == index),
        key=lambda f: f.mention.start,
    )
    out: list[Run] = []
    at = 0
    for f in spans:
        start, end = f.mention.start, f.mention.end
        if start < at or end > len(text):
            continue  # a span that no longer fits the text is skipped, never misplaced
        if start > at:
            out.append(Run(text[at:start]))
        linked = isinstance(f, FirstMention)
        out.append(Run(text[start:end], entry=f.entry if linked else None, mark=f.mark))
        at = end
    if at < len(text) or not out:
        out.append(Run(text[at:]))
    return out


def article_runs(article: Article, firsts: list[FirstMention], later: list[LaterMention] = ()) -> dict[str, object]:
    """Every linkable part of one article as runs, keyed the way the templates read them."""
    return {
        "subtitle": runs(article.subtitle, Part.SUBTITLE, 0, firsts, later) if article.subtitle else None,
        "captions": [runs(c.text, Part.CAPTION, i, firsts, later) for i, c in enumerate(article.captions)],
        "paragraphs": [runs(p, Part.BODY, i, firsts, later) for i, p in enumerate(article.paragraphs)],
    }


def _order(m: Mention) -> tuple[int, int, int]:
    return (READING_ORDER[m.part], m.index, m.start)


def _overlap(a: Mention, b: Mention) -> bool:
    return a.part is b.part and a.index == b.index and a.start < b.end and b.start < a.end


def _without_overlaps(firsts: list[FirstMention]) -> list[FirstMention]:
    """Drop a first mention that overlaps an earlier one in the same text ("Kim" inside "Kim Jong Un")."""
    kept: list[FirstMention] = []
    for f in firsts:
        m = f.mention
        clash = any(
            k.mention.part is m.part
            and k.mention.index == m.index
            and k.mention.start < m.end
            and m.start < k.mention.end
            for k in kept
        )
        if not clash:
            kept.append(f)
    return kept
