"""Transcripts' speakers as people: "MS. JEAN-PIERRE:" is Karine Jean-Pierre speaking.

The readers put each turn's label in ``Article.speakers`` ("PRESIDENT BIDEN", "MS. JEAN-PIERRE",
"THE PRESIDENT", "Q", "SENIOR ADMINISTRATION OFFICIAL"). A label names a person when it holds
a name ("BIDEN") or names the one office holder the article is about ("THE PRESIDENT" in
remarks by President Biden); "Q", "MODERATOR" and unnamed officials are roles, not people.

Each turn is a mention of its speaker (part SPEAKER, at the turn's paragraph, with an empty
span since the label is not in the paragraph's text), so speakers count as much as people named
in the text, and the statements finder reads who speaks from these mentions.
"""

from __future__ import annotations

from functools import lru_cache

import regex as re

from ..model import Article, Mention, Part, Person
from .names import lexicon

# Labels that stand for a role, never for one named person.
ANONYMOUS = frozenset(
    "q question moderator operator audience participant aide staff reporter journalist interpreter "
    "announcer interviewer host questioner crowd members".split()
)
_COURTESY = frozenset("mr mrs ms miss dr sir dame lord madam".split())
# Offices a courtesy title addresses ("MR. PRESIDENT", "MADAM SPEAKER"): a role, never a surname.
_ADDRESSED_OFFICES = frozenset("president vice-president chairman chairwoman chair secretary minister speaker ambassador "
                               "governor senator mayor premier chancellor".split())
_UNNAMED = re.compile(r"\b(?:official|officials|member|members|participant|participants|aide)\b", re.IGNORECASE)


def attach_speakers(articles: list[Article], people: list[Person]) -> list[Person]:
    """``people`` with every transcript turn added to its speaker, new people for named speakers
    the text never names otherwise; sorted as find_people sorts."""
    for article in articles:
        for index, label in sorted(article.speakers.items()):
            person = _speaker(label, article, people)
            if person is None:
                continue
            person.mentions.append(Mention(article.slug, Part.SPEAKER, index, 0, 0))
            if article.slug not in person.articles:
                person.articles.append(article.slug)
    order = {a.slug: i for i, a in enumerate(articles)}
    for person in people:
        person.articles.sort(key=lambda slug: order.get(slug, len(order)))
    return sorted(people, key=lambda p: (p.name.casefold(), p.name))


def _speaker(label: str, article: Article, people: list[Person]) -> Person | None:
    title, name = split_label(label)
    if not name:
        return _office_holder(title, article, people) if title else None
    surname = name[-1]
    known = [p for p in people if surname.casefold() in _name_words(p.name)]
    here = [p for p in known if article.slug in p.articles]
    if here or known:
        return (here or known)[0]
    person = Person(name=" ".join(name), role=" ".join(title) or None, evidence=label,
                    role_article=article.slug if title else None)
    people.append(person)
    return person


@lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    """The words of a glossary name, case-folded: asked once per label and person."""
    return frozenset(w.casefold() for w in re.split(r"[\s,]+", name))


def split_label(label: str) -> tuple[list[str], list[str]]:
    """("PRESIDENT BIDEN") → (["President"], ["Biden"]); (["Press", "Secretary"], []) for a role only.

    Words of a title (heads, modifiers, nationalities), courtesy titles and "the" are the title;
    the rest is the name. Anonymous labels give nothing.
    """
    lex = lexicon()
    words = [w.strip(".,") for w in label.split()]
    if not words or label.casefold().strip(". ") in ANONYMOUS or _UNNAMED.search(label) or all(w.lower() in ANONYMOUS for w in words):
        return [], []
    courtesy = any(w.lower() in _COURTESY for w in words)
    words = [w for w in words if w.lower() not in _COURTESY and w.lower() != "the"]
    # The title runs to its last head word before the name: "SURGEON GENERAL ADAMS" is the Surgeon
    # General, "ACTING SECRETARY WOLF" the Acting Secretary; the last word is always name.
    titled = [lex.is_title_word(w) or w.lower() in ("vice", "first", "lady", "prime") for w in words]
    if all(titled) and (not courtesy or (len(words) == 1 and words[0].lower() in _ADDRESSED_OFFICES)):
        cut = len(words)  # "THE PRESIDENT", "MR. PRESIDENT", "PRESS SECRETARY": a role only ("MR. KING" is a name)
    else:
        heads = [i for i, w in enumerate(words[:-1]) if lex.is_head(w)]
        cut = heads[-1] + 1 if heads else 0
        while cut < len(words) - 1 and (titled[cut] or words[cut].lower() in ("of", "for", "and")):
            cut += 1  # "SECRETARY OF STATE BLINKEN"
    title = [w.capitalize() for w in words[:cut]]
    name = [_name_case(w) for w in words[cut:]]
    return title, name


def _name_case(word: str) -> str:
    """"JEAN-PIERRE" → "Jean-Pierre", "O'CONNELL" → "O'Connell", "MCCARTHY" → "Mccarthy"."""
    return re.sub(r"\p{L}+", lambda m: m.group().capitalize(), word.lower())


def _office_holder(title: list[str], article: Article, people: list[Person]) -> Person | None:
    """The person of this article whose role is the office ("THE PRESIDENT" → President Biden)."""
    office = " ".join(title).casefold()
    holders = [
        p for p in people
        if article.slug in p.articles and any((r or "").casefold().split(" of ")[0].endswith(office) and
                                              (r or "").casefold().startswith(office) for r in (p.role, *p.other_roles))
    ]
    if len(holders) > 1:
        # "Remarks by President Biden and President Duda": the office holder named first is the host.
        in_title = [p for p in holders if any(m.article == article.slug and m.part is Part.TITLE for m in p.mentions)]
        holders = sorted(in_title, key=lambda p: min(m.start for m in p.mentions if m.article == article.slug and m.part is Part.TITLE))
    return holders[0] if holders else None
