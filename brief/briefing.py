"""The briefing: what the pages before and after the articles show, chosen before any writer runs.

A pile of articles is not a briefing book. Read-aheads open with one page — why we meet, who is
in the room, what to say, what the news says — then a short guide to the material, and keep the
reference matter at the back. This stage makes those choices from the analysed packet; the
templates only lay them out.

    prepare(packet, key_people=12, sections=SECTIONS) -> Briefing

The rules, stated once:

- **Numbers**: articles are numbered in packet order; cards, quotes and the timeline refer to an
  article as ``[n]``, the number the contents give it.
- **Read-ahead**: with a ``[meeting]`` table, its purpose, time, place, attendees (each matched
  to a glossary person or marked as not in the articles), bottom line, talking points and
  questions; always, the news in one line per article (outlet, date, headline) with its lead
  sentence, articles on one story grouped (their headline and lead share STORY_SHARE of their
  content words).
- **Key people**: attendees first, then by prominence — mentions (a transcript turn counts as
  one) plus references, then quotes — up to ``key_people`` cards.
- **Quotes on a card**: at most QUOTES_PER_CARD, each a whole sentence of at least
  QUOTE_MIN_WORDS words (it starts with a capital and ends with a stop); of those, the ones that
  name the most glossary entries (people, bodies, terms), earlier first among equals, from
  different articles where there is a choice. Every statement is in the quote index at the back;
  a transcript's turn by its first sentence of QUOTE_MIN_WORDS words or more (courtesies aside).
- **Timeline**: the front shows the FRONT_EVENTS most central events — reported by the most
  articles, then nearest the packet's date — in date order; the back keeps the rest.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .analysis import lead, reading_minutes
from .analysis.sentences import sentence_spans
from .dates import packet_date
from .model import (
    SECTIONS,
    Attendee,
    Briefing,
    Card,
    Event,
    Glance,
    Headline,
    Meeting,
    Packet,
    Person,
    Statement,
)

QUOTES_PER_CARD = 2
QUOTE_MIN_WORDS = 8
FRONT_EVENTS = 25
STORY_SHARE = 0.3
_CONTENT = re.compile(r"[^\W\d_]{4,}")


def prepare(packet: Packet, key_people: int = 12, sections: Sequence[str] = SECTIONS) -> Briefing:
    """The packet's briefing pages, chosen by the rules in the module docstring."""
    numbers = {a.slug: n for n, a in enumerate(packet.articles, start=1)}
    attendees = match_attendees(packet.meeting, packet.glossary.people)
    front, back = split_timeline(packet.events, packet.date)
    glance = [Glance(a.slug, numbers[a.slug], reading_minutes(a), a.date or packet_date([a])) for a in packet.articles]
    dated = {g.article: g.dated for g in glance}
    return Briefing(
        sections=tuple(sections),
        numbers=numbers,
        stories=stories(packet, numbers, dated),
        attendees=attendees,
        glance=glance,
        cards=cards(packet, attendees, key_people),
        front_events=front,
        back_events=back,
        quotes=quote_index(packet),
        minutes=sum(reading_minutes(a) for a in packet.articles),
        role_dates={p.name: dated[p.role_article] for p in packet.glossary.people if dated.get(p.role_article)},
    )


def stories(packet: Packet, numbers: dict[str, int], dated: dict) -> list[list[Headline]]:
    """Headlines grouped by story, each group in packet order, groups by their first article."""
    lines = [Headline(a.slug, numbers[a.slug], lead(a, sentences=1), dated.get(a.slug)) for a in packet.articles]
    words = [frozenset(w.casefold() for w in _CONTENT.findall(f"{a.title} {line.lead}")) for a, line in zip(packet.articles, lines)]
    group = list(range(len(lines)))
    for i in range(len(lines)):
        for j in range(i + 1, len(lines)):
            union = words[i] | words[j]
            if union and len(words[i] & words[j]) / len(union) >= STORY_SHARE:
                old, new = max(group[i], group[j]), min(group[i], group[j])
                group = [new if g == old else g for g in group]
    grouped: dict[int, list[Headline]] = {}
    for g, line in zip(group, lines):
        grouped.setdefault(g, []).append(line)
    return [grouped[g] for g in sorted(grouped)]


def match_attendees(meeting: Meeting | None, people: Sequence[Person]) -> list[Attendee]:
    """Each attendee's glossary person: the same name or alias, else a unique surname match."""
    if meeting is None:
        return []
    found = []
    for name in meeting.attendees:
        key = _fold(name)
        exact = [p for p in people if key in {_fold(f) for f in (p.name, *p.aliases)}]
        surname = key.split()[-1] if key else ""
        by_surname = [p for p in people if surname and surname in {_fold(w) for w in re.split(r"[\s,]+", p.name)}]
        match = exact[0] if exact else (by_surname[0] if len(by_surname) == 1 else None)
        found.append(Attendee(name, match.name if match else None))
    return found


def _fold(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").casefold().split())


def prominence(person: Person, said: int) -> tuple[int, int]:
    return (len(person.mentions) + len(person.references), said)


def cards(packet: Packet, attendees: list[Attendee], limit: int) -> list[Card]:
    """Attendees first (in the manifest's order), then the most prominent people, ``limit`` in all."""
    said: dict[str, list[Statement]] = {}
    for st in packet.statements:
        said.setdefault(st.speaker, []).append(st)
    people = {p.name: p for p in packet.glossary.people}
    attending = [a.person for a in attendees if a.person]
    in_text = [p for p in packet.glossary.people if _in_running_text(p) or p.name in said]
    ranked = sorted(in_text, key=lambda p: (tuple(-x for x in prominence(p, len(said.get(p.name, [])))), p.name))
    chosen = list(dict.fromkeys([*attending, *(p.name for p in ranked)]))[: max(limit, len(attending))]
    return [
        Card(name, len(people[name].mentions) + len(people[name].references),
             choose_quotes(said.get(name, []), packet), name in attending)
        for name in chosen
    ]


def _in_running_text(person: Person) -> bool:
    return any(m.part.value in ("body", "subtitle", "caption", "speaker") for m in person.mentions)


def choose_quotes(statements: Sequence[Statement], packet: Packet) -> tuple[Statement, ...]:
    """At most QUOTES_PER_CARD whole-sentence quotes of QUOTE_MIN_WORDS words or more, the ones
    naming the most glossary entries first; one per article while other articles offer one."""
    names = _entry_names(packet)
    candidates = []
    for order, st in enumerate(statements):
        for sentence in whole_sentences(st.text):
            if len(sentence.split()) >= QUOTE_MIN_WORDS:
                weight = sum(1 for n in names if n in sentence)
                candidates.append((-weight, order, sentence, st))
    candidates.sort(key=lambda c: (c[0], c[1]))
    chosen: list[Statement] = []
    for _, _, sentence, st in candidates:
        if len(chosen) == QUOTES_PER_CARD:
            break
        if any(c.article == st.article for c in chosen) and any(o[3].article not in {c.article for c in chosen} for o in candidates):
            continue
        chosen.append(Statement(st.speaker, sentence, st.article, st.index, st.start, st.end, st.continuation))
    if len(chosen) < QUOTES_PER_CARD:  # no other article offered one: take the next from the same
        for _, _, sentence, st in candidates:
            if len(chosen) == QUOTES_PER_CARD:
                break
            if all(c.text != sentence for c in chosen):
                chosen.append(Statement(st.speaker, sentence, st.article, st.index, st.start, st.end, st.continuation))
    return tuple(chosen)


def whole_sentences(text: str) -> list[str]:
    """The sentences of a quote that are whole: a capital (or digit, or opening quote) first and
    a full stop, question or exclamation mark last — not a fragment such as "causing a stink"."""
    out = []
    for a, b in sentence_spans(text):
        sentence = " ".join(text[a:b].split())
        bare = sentence.strip("“”\"'‘’[] ")
        if bare and bare[-1] not in ".?!" and b >= len(text.rstrip()):
            # "“We will …,” Blinken said": the quote ends where the attribution's comma stood.
            sentence, bare = sentence.rstrip(",;: ") + ".", bare.rstrip(",;: ") + "."
        if bare and (bare[0].isupper() or bare[0].isdigit()) and bare[-1] in ".?!":
            out.append(sentence)
    return out


def _entry_names(packet: Packet) -> list[str]:
    g = packet.glossary
    return [*(p.name.split()[-1] for p in g.people), *(o.name for o in g.organisations), *(t.term for t in g.terms)]


def split_timeline(events: Sequence[Event], date) -> tuple[list[Event], list[Event]]:
    """(front, back): the FRONT_EVENTS most central events and the rest, each in date order."""
    def centrality(i_event: tuple[int, Event]) -> tuple:
        i, e = i_event
        distance = abs((e.start - date).days) if date else 0
        return (-e.reports, distance, i)

    ranked = sorted(enumerate(events), key=centrality)
    front = {i for i, _ in ranked[:FRONT_EVENTS]}
    return [e for i, e in enumerate(events) if i in front], [e for i, e in enumerate(events) if i not in front]


# A turn shorter than this, stage directions aside, is talk, not a statement: "Yeah.", "(Laughs.)",
# "Thank you.", "Your turn."
TURN_MIN_WORDS = 4


# "(As interpreted.)", "(Laughs.)", "[inaudible]": how it was said, not what
_STAGE_DIRECTION = re.compile(r"\([^()]*\)|\[[^\]]*\]")


def _said_nothing(turn: str) -> bool:
    spoken = _STAGE_DIRECTION.sub(" ", turn)
    return len(re.findall(r"\w+(?:['’]\w+)*", spoken)) < TURN_MIN_WORDS


def _first_statement(turn: str) -> str | None:
    """The turn's first whole sentence of QUOTE_MIN_WORDS words or more, stage directions
    ("(As interpreted.)", "[inaudible]") left out; None when it has only short courtesies."""
    spoken = " ".join(_STAGE_DIRECTION.sub(" ", turn).split())
    return next((s for s in whole_sentences(spoken) if len(s.split()) >= QUOTE_MIN_WORDS), None)


def quote_index(packet: Packet) -> list[tuple[str, list[Statement]]]:
    """Every statement, grouped by speaker, speakers in the order of the glossary. A transcript's
    turn is indexed by its opening sentence (the whole turn is in the article it links to)."""
    said: dict[str, list[Statement]] = {}
    for st in packet.statements:
        if st.turn:
            if st.continuation or _said_nothing(st.text):
                continue
            opening = _first_statement(st.text)
            if opening is None:
                continue  # "Thank you, Mr. President." and no more: a courtesy, not a statement
            st = Statement(st.speaker, opening, st.article, st.index, st.start, st.end, st.continuation, st.turn)
        said.setdefault(st.speaker, []).append(st)
    return [(p.name, said[p.name]) for p in packet.glossary.people if p.name in said]
