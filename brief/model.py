"""The document model every stage shares.

Readers (``brief.sources``) fill in :class:`Article`; the analyser (``brief.glossary``)
adds a :class:`Glossary`; writers (``brief.render``) only read a :class:`Packet`.
Plain dataclasses keep the stages independent: a reader never knows about PDF, a
writer never parses text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from enum import Enum


@dataclass(frozen=True)
class Caption:
    """A photo caption kept once, with its credit split off ("Yonhap", "State Department photo by …")."""

    text: str
    credit: str | None = None


@dataclass(frozen=True)
class AlsoReported:
    """A near-copy of an article (the same wire story run by another outlet), folded under it."""

    source: str
    title: str
    outlet: str | None = None
    date: dt.date | None = None
    url: str | None = None


@dataclass
class Article:
    """One cleaned article. ``paragraphs`` is body text only; litter is gone."""

    source: str  # file name relative to the packet folder, used in messages and the sources page
    slug: str  # stable identifier for anchors and EPUB file names ("a1-gaps-to-fill")
    title: str
    paragraphs: list[str]
    subtitle: str | None = None
    byline: str | None = None
    byline_office: str | None = None  # the office an author line gives ("Secretary of State")
    section: str | None = None
    date: dt.date | None = None
    captions: list[Caption] = field(default_factory=list)
    outlet: str | None = None
    url: str | None = None
    # Transcripts: {paragraph index: the speaker label that opens it} ("MS. JEAN-PIERRE", "Q").
    # A paragraph without a label continues the turn before it; empty for any other article.
    speakers: dict[int, str] = field(default_factory=dict)
    # Body paragraphs that are section headings ("A European phenomenon"), by index.
    headings: list[int] = field(default_factory=list)
    also_reported: list[AlsoReported] = field(default_factory=list)  # near-copies folded under this one
    notes: list[str] = field(default_factory=list)  # footnotes of a Word file, "[1] …", printed after the body

    @property
    def is_transcript(self) -> bool:
        return bool(self.speakers)

    def speaker_of(self, index: int) -> str | None:
        """The speaker of body paragraph ``index``: the last label at or before it."""
        opened = [i for i in self.speakers if i <= index]
        return self.speakers[max(opened)] if opened else None

    @property
    def word_count(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)


@dataclass(frozen=True)
class LeftOut:
    """A source file the packet does not include, and why: the sources page and the summary say so."""

    source: str  # the file's name, as Article.source gives an article's
    reason: str


class Part(str, Enum):
    """Which part of an article a mention sits in."""

    TITLE = "title"
    SUBTITLE = "subtitle"
    CAPTION = "caption"
    BODY = "body"
    BYLINE = "byline"
    SPEAKER = "speaker"  # a transcript turn's label: index is the turn's paragraph, the span empty


@dataclass(frozen=True)
class Mention:
    """Where an entry is mentioned: ``text[start:end]`` of paragraph ``index`` of ``part``.

    Writers use the span to link the first mention; they never search the text themselves.
    """

    article: str  # Article.slug
    part: Part
    index: int  # paragraph index for BODY, caption index for CAPTION, 0 otherwise
    start: int
    end: int
    # What stands for the entry there: "name" (a form of it), "pronoun" ("he"), "description"
    # ("the top US envoy"), "group" ("the leaders": several people at once) or "quote" (a quote
    # continued without a new attribution, the span being the quoted words).
    kind: str = "name"


@dataclass
class Person:
    name: str  # as the text gives it in its fullest form, family name first where written so
    role: str | None  # as the text states it; None when the text gives none
    aliases: list[str] = field(default_factory=list)  # other forms used ("Blinken", "Minister Chung")
    articles: list[str] = field(default_factory=list)  # Article.slug, in packet order
    mentions: list[Mention] = field(default_factory=list)
    evidence: str | None = None  # the sentence the role came from
    organisation: str | None = None  # Organisation.name the role ties them to, if any
    other_roles: list[str] = field(default_factory=list)  # shorter or different roles other articles give
    # Pronouns, descriptions and continued quotes resolved to this person; not counted in ``mentions``.
    references: list[Mention] = field(default_factory=list)
    role_article: str | None = None  # Article.slug of the article that states ``role``: roles go stale

    @property
    def anchor(self) -> str:
        return "person-" + slugify(self.name)


@dataclass
class Organisation:
    """A named body; ``aliases`` are the other names the articles use for it (Blue House = Cheong Wa Dae)."""

    name: str
    aliases: list[str] = field(default_factory=list)
    acronym: str | None = None
    articles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    members: list[str] = field(default_factory=list)  # Person.name of the people who belong to it
    evidence: str | None = None  # the sentence that names it (or defines an alias) first
    references: list[Mention] = field(default_factory=list)  # "the ministry", resolved to it

    @property
    def anchor(self) -> str:
        return "org-" + slugify(self.name)


@dataclass(frozen=True)
class Statement:
    """Words an article attributes to a person, direct ("…," said X) or continuing the previous quote."""

    speaker: str  # Person.name
    text: str  # the quoted words, without the quotation marks
    article: str  # Article.slug
    index: int  # body paragraph index
    start: int  # span of the quoted words within the paragraph
    end: int
    continuation: bool = False  # tied to the speaker of the previous quote, not named beside it
    turn: bool = False  # a transcript paragraph the speaker's label opens or continues, not a quotation


@dataclass(frozen=True)
class Event:
    """A dated happening an article mentions, for the timeline."""

    start: dt.date  # first day of the period the text names
    end: dt.date  # last day (same as start for a single day)
    precision: str  # "day", "month" or "year"
    label: str  # the date as written ("March 18, 2021", "2016", "Wednesday")
    sentence: str  # the sentence it comes from
    article: str  # Article.slug
    index: int  # body paragraph index
    inferred: bool = False  # resolved from a relative date ("Wednesday", "last year")
    # The same happening as other articles report it: (Article.slug, paragraph index) of each.
    also: tuple[tuple[str, int], ...] = ()

    @property
    def reports(self) -> int:
        return 1 + len(self.also)


class Found(str, Enum):
    """How a term was found, which the glossary shows and the tests check."""

    PRINTED = "printed"  # the acronym itself is in the text (THAAD)
    SPELLED_OUT = "spelled-out"  # only the expansion is in the text (Special Measures Agreement)
    DEFINED = "defined"  # the text defines it ("Republic of Korea (ROK)")


@dataclass
class Term:
    term: str  # the acronym, or the term itself when it has none
    expansion: str | None
    definition: str | None  # None: undefined, named in the build summary
    found: Found
    articles: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    evidence: str | None = None
    familiar: bool = False  # every reader knows it (US, UN): print does not spell it out

    @property
    def anchor(self) -> str:
        return "term-" + slugify(self.term)

    @property
    def defined_by_text(self) -> bool:
        """The articles spell it out themselves ("Bilateral Trade Agreement (BTA)") and brief's
        lists have no definition: the text's expansion is what the reader gets."""
        return self.definition is None and self.found is Found.DEFINED and bool(self.expansion)

    @property
    def defined(self) -> bool:
        return self.definition is not None or self.defined_by_text


@dataclass
class Glossary:
    people: list[Person] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)

    @property
    def undefined_terms(self) -> list[Term]:
        return [t for t in self.terms if not t.defined]


@dataclass(frozen=True)
class Meeting:
    """The meeting a packet prepares for, as the manifest's ``[meeting]`` table states it."""

    purpose: str | None = None
    when: str | None = None
    where: str | None = None
    attendees: tuple[str, ...] = ()
    bluf: str | None = None  # the bottom line up front, in the user's words
    talking_points: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()


# What a packet can print, in the default order; the manifest's ``sections`` or --sections
# choose and order them.
SECTIONS = ("read-ahead", "glance", "people", "timeline", "articles", "glossary", "quotes", "sources")


@dataclass(frozen=True)
class Headline:
    """One article on the read-ahead page: the news in one line and its lead."""

    article: str  # Article.slug
    number: int
    lead: str
    dated: dt.date | None = None  # the article's date, else the newest date written in it


@dataclass(frozen=True)
class Attendee:
    name: str  # as the manifest gives it
    person: str | None  # Person.name of the glossary person it is, or None: not in the articles


@dataclass(frozen=True)
class Card:
    """A key person as the briefing shows them: the chosen quotes only."""

    person: str  # Person.name
    mentions: int
    quotes: tuple[Statement, ...]
    attending: bool = False


@dataclass(frozen=True)
class Glance:
    """A row of the at-a-glance table."""

    article: str  # Article.slug
    number: int
    minutes: int
    dated: dt.date | None  # the article's date, else the newest date written in it


@dataclass
class Briefing:
    """What the briefing pages show, chosen before any writer runs (brief.briefing).

    Writers only lay these choices out; everything here refers back to the packet's articles,
    people and events.
    """

    sections: tuple[str, ...] = SECTIONS
    numbers: dict[str, int] = field(default_factory=dict)  # Article.slug -> its number in contents and references
    stories: list[list[Headline]] = field(default_factory=list)  # the read-ahead's news, grouped by story
    attendees: list[Attendee] = field(default_factory=list)
    glance: list[Glance] = field(default_factory=list)
    cards: list[Card] = field(default_factory=list)
    front_events: list[Event] = field(default_factory=list)  # the most central, in date order
    back_events: list[Event] = field(default_factory=list)  # the rest, in date order
    quotes: list[tuple[str, list[Statement]]] = field(default_factory=list)  # (Person.name, all their statements)
    minutes: int = 0  # reading time of the whole packet
    # Person.name -> the date of the article that states their role: roles go stale.
    role_dates: dict[str, dt.date] = field(default_factory=dict)


@dataclass
class Packet:
    title: str
    date: dt.date
    articles: list[Article]
    glossary: Glossary
    language: str = "en"
    subtitle: str | None = None
    audience: str | None = None  # who the packet is for, printed on the cover
    marking: str | None = None  # handling marking ("FOR OFFICIAL USE ONLY") on every page and the cover
    left_out: list[LeftOut] = field(default_factory=list)  # files that could not be read, or duplicates
    statements: list[Statement] = field(default_factory=list)  # quotes, in packet order
    events: list[Event] = field(default_factory=list)  # the timeline, in date order
    meeting: Meeting | None = None
    briefing: Briefing = field(default_factory=Briefing)
    # The instant written into the files as their creation/modification time. The build sets it
    # from SOURCE_DATE_EPOCH, else from ``date``; never from the clock, so builds are reproducible.
    timestamp: dt.datetime | None = None

    @property
    def stamp(self) -> dt.datetime:
        if self.timestamp is not None:
            return self.timestamp
        return dt.datetime.combine(self.date, dt.time(0, 0), tzinfo=dt.timezone.utc)

    @property
    def identifier(self) -> str:
        """A URN that stays the same across builds of the same packet (same title and articles)."""
        h = hashlib.sha256()
        h.update(self.title.encode())
        for a in self.articles:
            h.update(b"\0" + a.title.encode() + b"\0" + "\n".join(a.paragraphs).encode())
        return "urn:uuid:" + str(uuid.UUID(bytes=h.digest()[:16], version=5))


def slugify(text: str) -> str:
    """ASCII, lower-case, hyphenated: safe as an XML id and a file name."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug or "x"
