"""References that do not repeat a name: pronouns, descriptions, groups and continued quotes.

Resolved paragraph by paragraph, in reading order, the way a news reader does it:

- "he"/"she" is the first person named (outside quotation marks) earlier in its sentence; failing
  that, the subject of the nearest earlier sentence that has one — the speaker of an attributed
  quote, else the first person named. A sentence whose subject is someone unnamed ("a senior
  official said") stops the search: "He added" after it is nobody in the glossary.
- "the top US envoy" is the person most recently named in the article whose role is of that kind
  (``references.toml``) and whose country, if both say one, agrees.
- "the leaders" is everyone named in the latest sentence that named several people.
- A paragraph that opens with a quote and attributes it to no one continues the quote that closed
  the paragraph before, and is a reference to its speaker.

The results are ``Person.references``; ``Person.mentions`` stay the places the name is printed.
"""

from __future__ import annotations

import regex as re  # Unicode classes (\p{Lu}): names and acronyms in any script
import tomllib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ..model import Mention, Part, Person
from .names import lexicon
from .organisations import data as org_data
from .text import Passage, sentence_span_at, sentence_spans

_DATA = Path(__file__).with_name("references.toml")
_PRONOUN = re.compile(r"(?<![\w’'\-])([Hh]e|[Ss]he)(?![\w’'\-])")
_NUMBERS = r"(?:two|three|four|five|six|both|\d+)"
UNNAMED = -1


@dataclass(frozen=True)
class Words:
    descriptions: dict
    modifiers: frozenset
    female: tuple
    male: tuple
    modifier_nouns: frozenset
    unnamed: frozenset


@cache
def words() -> Words:
    raw = tomllib.loads(_DATA.read_text(encoding="utf-8"))
    return Words(
        descriptions={k: tuple(v) for k, v in raw["descriptions"].items()},
        modifiers=frozenset(raw["description_modifiers"]),
        female=tuple(raw["female"]),
        male=tuple(raw["male"]),
        modifier_nouns=frozenset(raw["modifier_nouns"]),
        unnamed=frozenset(raw["unnamed_nouns"]),
    )


@cache
def _singular_re() -> re.Pattern:
    nouns = "|".join(sorted(words().descriptions, key=len, reverse=True))
    mods = "|".join(sorted(words().modifiers))
    countries = "|".join(re.escape(c) for c in sorted(org_data().countries, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w’'\-])[Tt]he\s+(?:(?:{mods})\s+)*(?:(?P<country>{countries})\s+)?(?:(?:{mods})\s+)*"
        rf"(?P<noun>{nouns})(?![\w’'\-])(?!\s+(?:of|for|to|at)\b)(?!\s+\p{{Lu}})"
    )


@cache
def _plural_re() -> re.Pattern:
    nouns = "|".join(sorted(words().descriptions, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w’'\-])[Tt]he\s+(?:{_NUMBERS}\s+)?(?:\p{{L}}[\w\-]*\s+){{0,3}}?(?P<noun>(?i:{nouns}))s(?![\w’'\-])(?!\s+of\b)"
    )


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted words (marks included); an unclosed quote runs to the end."""
    spans, open_at = [], None
    for m in re.finditer(r"[“”\"]", text):
        mark = m.group()
        if open_at is None and mark in "“\"":
            open_at = m.start()
        elif open_at is not None and mark in "”\"":
            spans.append((open_at, m.end()))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """``spans`` are in order and do not overlap (as quote_spans gives them): a binary search."""
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


@dataclass
class _Sentence:
    people: list[int] = field(default_factory=list)  # person indexes, in order, outside quotes
    speaker: int | None = None
    unnamed: bool = False

    @property
    def subject(self) -> int | None:
        if self.speaker is not None:
            return self.speaker
        if self.people:
            return self.people[0]
        return UNNAMED if self.unnamed else None


def resolve_references(passages: list[Passage], people: list[Person]) -> None:
    """Fill ``Person.references`` for every article's body, in place."""
    gender = {i: _gender_of(p) for i, p in enumerate(people)}
    names: dict[tuple[str, int], list[tuple[int, int, int]]] = {}
    for i, p in enumerate(people):
        for m in p.mentions:
            if m.part is Part.BODY:
                names.setdefault((m.article, m.index), []).append((m.start, m.end, i))
    history: list[_Sentence] = []
    seen: list[tuple[tuple, int]] = []  # (reading place, person) of every name so far in the article
    article = None
    last_speaker: int | None = None
    for p in passages:
        if p.part is not Part.BODY:
            continue
        if p.article != article:
            article, history, seen, last_speaker = p.article, [], [], None
        text = p.text
        quotes = quote_spans(text)
        here = sorted(names.get((p.article, p.index), []))
        starts = [s for s, _, _ in here]
        continued = _continued_quote(text, quotes, here)
        if continued and last_speaker is not None:
            people[last_speaker].references.append(_mention(p, *continued, "quote"))
        # Only the paragraph just before, if it quoted someone, can be continued.
        last_speaker = None
        for a, b in sentence_spans(text):
            sentence = _Sentence(unnamed=_has_unnamed_subject(text[a:b]))
            items = [(s, e, "name", i) for s, e, i in here[bisect_left(starts, a) : bisect_left(starts, b)]]
            items += [(m.start(), m.end(), "pronoun", m.group(1).lower()) for m in _PRONOUN.finditer(text, a, b)]
            items += [(m.start(), m.end(), "description", m) for m in _singular_re().finditer(text, a, b)]
            items += [(m.start(), m.end(), "group", m) for m in _plural_re().finditer(text, a, b)]
            for start, end, kind, what in sorted(items, key=lambda x: x[0]):
                quoted = _inside(start, quotes)
                if kind == "name":
                    seen.append(((p.key, start), what))
                    if quoted or _modifier(text, end):
                        continue
                    sentence.people.append(what)
                    if _attributed(text, start, end):
                        sentence.speaker = what if sentence.speaker is None else sentence.speaker
                        last_speaker = what if quotes else last_speaker
                    continue
                if quoted:
                    continue
                if kind == "pronoun":
                    who = _pronoun(what, sentence, history, gender)
                    if who is None:
                        continue
                    gender[who] = gender[who] or ("f" if what == "she" else "m")
                    people[who].references.append(_mention(p, start, end, "pronoun"))
                    sentence.people.append(who)
                    if _attributed(text, start, end):
                        sentence.speaker = who if sentence.speaker is None else sentence.speaker
                        last_speaker = who if quotes else last_speaker
                elif kind == "description":
                    who = _description(what, people, seen)
                    if who is not None:
                        people[who].references.append(_mention(p, start, end, "description"))
                        seen.append(((p.key, start), who))
                        sentence.people.append(who)
                else:
                    for who in _group(what, people, history):
                        people[who].references.append(_mention(p, start, end, "group"))
            history.append(sentence)


def _mention(p: Passage, start: int, end: int, kind: str) -> Mention:
    return Mention(p.article, p.part, p.index, start, end, kind=kind)


def _gender_of(person: Person) -> str | None:
    role = " ".join(r for r in (person.role, *person.other_roles) if r).lower()
    if any(re.search(rf"\b{w}\b", role) for w in words().female):
        return "f"
    if any(re.search(rf"\b{w}\b", role) for w in words().male):
        return "m"
    return None


_NEXT_WORD = re.compile(r"(?:['’]s)?\s+(\p{Ll}+)")
# A speech verb ends within this many characters before a name it attributes.
_VERB_WINDOW = 60


def _modifier(text: str, end: int) -> bool:
    """"Biden" in "the Biden administration" modifies a noun; nobody acts there."""
    m = _NEXT_WORD.match(text, end)
    return bool(m and m.group(1) in words().modifier_nouns)


@dataclass(frozen=True)
class _Speech:
    """The speech-verb patterns, compiled once."""

    before: re.Pattern  # "…,” said |Kim"
    after: re.Pattern  # "Kim| also said"
    anywhere: re.Pattern  # any speech verb, any case
    unnamed_before: re.Pattern  # "a senior official said"
    unnamed_after: re.Pattern  # "said an analyst"


@cache
def _speech() -> _Speech:
    verbs = lexicon().speech_verb_pattern
    nouns = "|".join(sorted(words().unnamed, key=lambda n: (-len(n), n)))
    desc = rf"\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Ss]ome|[Tt]he)\s+(?:[\w’'\-]+\s+){{0,5}}?(?:{nouns})\b"
    return _Speech(
        before=re.compile(rf"[,”\"]\s*(?:{verbs})\s+$"),
        after=re.compile(rf"\s+(?:also\s+)?(?:{verbs})\b"),
        anywhere=re.compile(rf"\b(?:{verbs})\b", re.IGNORECASE),
        unnamed_before=re.compile(rf"{desc}(?:,[^,]*,)?\s+(?:{verbs})\b"),
        unnamed_after=re.compile(rf"\b(?:{verbs})\s+{desc}"),
    )


def _attributed(text: str, start: int, end: int) -> bool:
    speech = _speech()
    if speech.before.search(text, max(0, start - _VERB_WINDOW), start):
        return True
    return bool(speech.after.match(text, end))


def _has_unnamed_subject(sentence: str) -> bool:
    """"a senior Cheong Wa Dae official said", "said an analyst": someone the text does not name."""
    speech = _speech()
    return bool(speech.unnamed_before.search(sentence) or speech.unnamed_after.search(sentence))


def _compatible(who: int, pronoun: str, gender: dict) -> bool:
    g = gender.get(who)
    return g is None or g == ("f" if pronoun == "she" else "m")


def _pronoun(pronoun: str, sentence: _Sentence, history: list[_Sentence], gender: dict) -> int | None:
    for who in sentence.people:
        if _compatible(who, pronoun, gender):
            return who
    if sentence.unnamed:
        return None
    for earlier in reversed(history[-8:]):
        subject = earlier.subject
        if subject == UNNAMED:
            return None
        if subject is None:
            continue
        if _compatible(subject, pronoun, gender):
            return subject
        for who in earlier.people:
            if _compatible(who, pronoun, gender):
                return who
    return None


def _country(text: str) -> str | None:
    """The country the longest country word in ``text`` names ("South Korean" over "Korean")."""
    found = [m.group() for m in _country_words().finditer(text)]
    return org_data().countries[max(found, key=len)] if found else None


@cache
def _country_words() -> re.Pattern:
    words = "|".join(re.escape(w) for w in sorted(org_data().countries, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{words})(?![\w])")


def _kind_fits(person: Person, noun: str) -> bool:
    role = " ".join(r for r in (person.role, *person.other_roles) if r).lower()
    return any(re.search(rf"\b{re.escape(k)}\b", role) for k in words().descriptions[noun.lower()])


def _description(m: re.Match, people: list[Person], seen: list[tuple[tuple, int]]) -> int | None:
    noun = m.group("noun")
    country = org_data().countries.get(m.group("country")) if m.group("country") else None
    for _, who in reversed(seen):
        person = people[who]
        if not _kind_fits(person, noun):
            continue
        theirs = _country(" ".join(r for r in (person.role, *person.other_roles) if r))
        if country and theirs and theirs != country:
            continue
        return who
    return None


def _group(m: re.Match, people: list[Person], history: list[_Sentence]) -> list[int]:
    """Everyone named in the latest sentence that named several people, of the kind if that says."""
    for earlier in reversed(history):
        named = list(dict.fromkeys(earlier.people))
        if len(named) >= 2:
            fitting = [w for w in named if _kind_fits(people[w], m.group("noun"))]
            return fitting if len(fitting) >= 2 else named
    return []


def _continued_quote(text: str, quotes: list[tuple[int, int]], names: list) -> tuple[int, int] | None:
    """The opening quote of a paragraph that names no speaker for it, as (start, end)."""
    if not quotes or text[: quotes[0][0]].strip():
        return None
    start, end = quotes[0]
    # Any speech verb between the quote and the end of its sentence attributes it ("…,” a senior
    # official said), whoever the speaker is.
    span = sentence_span_at(text, end - 1)
    stop = span[1] if span else len(text)
    if _speech().anywhere.search(text, end, stop):
        return None
    if any(_attributed(text, s, e) for s, e, _ in names if not _inside(s, quotes)):
        return None
    return start, end
