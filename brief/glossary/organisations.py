"""The organisations of a packet: each body once, under every name the articles use for it.

Two sources, as for terms. ``organisations.toml`` knows the names no rule can tie together
(Cheong Wa Dae is the Blue House, the Ministry of Foreign Affairs the Foreign Ministry) and the
posts that belong to a body. Rules find the rest: a capitalised name whose head is an
organisation noun ("Asan Institute for Policy Studies", "Korea National Defense University"),
an alias the text gives itself ("the X, also known as the Y"), and "the Biden administration".

A country printed before a national body ("South Korea's Defense Ministry") is kept apart from
its name, so "the Defense Ministry" later in the article is the same body, while Japan's
Defense Ministry in another article is a different one.
"""

from __future__ import annotations

import regex as re  # Unicode classes (\p{Lu}): names and acronyms in any script
import tomllib
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from ..model import Article, Mention, Organisation, Part, Person
from .mentions import normal_form
from .names import lexicon
from .places import places
from .text import Passage, phrase_pattern, sentence_at, tidy

_DATA = Path(__file__).with_name("organisations.toml")

# Nouns that make a capitalised name the name of a body.
HEADS = frozenset({
    "ministry", "institute", "university", "agency", "committee", "council", "commission",
    "department", "office", "center", "centre", "foundation", "command", "assembly", "party",
    "bank", "association", "organization", "organisation", "academy", "secretariat", "service",
    "forum", "court", "corporation", "bureau", "authority", "administration", "parliament",
    "congress", "senate", "cabinet", "army", "navy", "school", "college", "board", "union",
})
_CONNECTORS = {"of", "for", "on", "and", "the", "&"}
# A capitalised word; a full stop belongs to it only inside an abbreviation ("U.S."), so a name
# never runs across a sentence end ("… the Congress. He said").
_WORD = r"(?:(?:\p{Lu}\.){2,}|\p{Lu}(?:[\w’'\-&]|\.(?=\w))*)"
# A capitalised phrase that may hold "of/for/on/and/the" between capitalised words.
_PHRASE = re.compile(rf"(?<![\w’'\-]){_WORD}(?:\s+(?:(?:of|for|on|and|the|&)\s+)*{_WORD})*")
_ADMINISTRATION = re.compile(r"(?<![\w’'\-])((?:\p{Lu}[\w’'\-]*\s+){0,2}\p{Lu}[\w’'\-]*)\s+administration\b")
_ALSO = re.compile(
    r"(?:the\s+)?(?P<a>\p{Lu}[^,()]{2,80}?)\s*(?:,\s*|\(\s*)(?:also\s+|better\s+|widely\s+)?"
    r"(?:called|known\s+as|referred\s+to\s+as|or)\s+(?:the\s+)?(?P<b>\p{Lu}[\w’'\- ]{2,80}?)(?=\s*[,.;)]|\s+\p{Ll})"
)
_POSSESSIVE = re.compile(r"['’]s?$")  # "Biden's", "Koreas'": the word without its possessive
# "the ministry", "The committee": a body named earlier, by its head noun alone.
_BACK = re.compile(r"(?<![\w’'\-])[Tt]he\s+(" + "|".join(sorted(HEADS)) + r")\b(?!\s+(?:of|for)\s+\p{Lu})")


@dataclass(frozen=True)
class Known:
    name: str
    aliases: tuple[str, ...]
    acronym: str | None
    titles: tuple[str, ...]
    national: bool


@dataclass(frozen=True)
class Data:
    known: tuple[Known, ...]
    countries: dict  # printed word -> country

    def entry(self, name: str) -> Known | None:
        return next((k for k in self.known if k.name == name), None)


@cache
def data() -> Data:
    raw = tomllib.loads(_DATA.read_text(encoding="utf-8"))
    # Every country's names, adjectives and capital (see places.py); the file's own [countries]
    # says what a word several countries share ("Korean") means in these texts.
    countries = dict(places().country_of)
    for country, words in raw.pop("countries", {}).items():
        for w in words:
            countries[w] = country
    known = tuple(
        Known(
            name=name,
            aliases=tuple(t.get("aliases", [])),
            acronym=t.get("acronym"),
            titles=tuple(t.get("titles", [])),
            national=bool(t.get("national", False)),
        )
        for name, t in raw.items()
    )
    return Data(known, countries)


@dataclass
class _Sighting:
    passage: Passage | None
    start: int
    end: int
    form: str  # as printed, without a country in front
    base: str  # the name it is listed under
    country: str | None = None
    member: str | None = None  # a person's surname ("Biden" in "the Biden administration")
    kind: str = "name"


@dataclass
class _Body:
    base: str
    country: str | None
    sightings: list[_Sighting] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    articles: list[tuple[int, str]] = field(default_factory=list)


# A country word is a few words long: it is looked for in this many characters before a name.
_COUNTRY_WINDOW = 60


@lru_cache(maxsize=4096)
def _country_before(text: str, start: int) -> tuple[str, int] | None:
    """("South Korea", where it starts) when "South Korea's" / "South Korean" is printed right before.

    Cached: a name's country is asked for when it is found and again when its forms are listed.
    """
    m = _country_re().search(text, max(0, start - _COUNTRY_WINDOW), start)
    return (data().countries[m.group("word")], m.start()) if m else None


@cache
def _country_re() -> re.Pattern:
    """Any country word, then an optional possessive and the space up to the name.

    The leftmost match in the window is the longest word ("South Korean", not "Korean").
    """
    words = "|".join(re.escape(w) for w in sorted(data().countries, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<![\w’'.])(?P<word>{words})(?:['’]s)?\s+$")


@cache
def _known_re() -> re.Pattern:
    """Every listed name and alias, longest first; any spacing, either apostrophe or hyphen."""
    forms = {f for k in data().known for f in (k.name, *k.aliases)}
    body = "|".join(phrase_pattern(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w’'\-.])(?:{body})(?![\w’'\-])")


@cache
def _known_names() -> dict[str, str]:
    """{a listed name or alias, normalised: the name it is listed under}."""
    names: dict[str, str] = {}
    for k in data().known:
        for f in (k.name, *k.aliases):
            names.setdefault(normal_form(f), k.name)
    return names


def _known_base(form: str) -> str | None:
    """The listed name for ``form`` as printed ("Korea- US …", "Workers’ Party"), or None."""
    return _known_names().get(normal_form(form))


def _rule_names(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Capitalised names headed by an organisation noun, trimmed of titles and sentence openers."""
    lex = lexicon()
    found = []
    for m in _phrases(text):
        words = list(re.finditer(r"\S+", m.group()))
        heads = [i for i, w in enumerate(words) if w.group().lower().strip(".,") in HEADS]
        if not heads:
            continue
        # The name ends at the last head or the "of/for …" phrase after it, before any title word,
        # a word for its people ("Supreme Court Justices") or a day ("Oval Office on Friday").
        end_i = heads[-1]
        i = end_i + 1
        while i < len(words):
            w = words[i].group()
            if w.lower() in _CONNECTORS:
                i += 1
                continue
            bare = _POSSESSIVE.sub("", w.strip(".,")).lower()
            # Right after "of" a post's word is what the body is for ("Department of Justice");
            # elsewhere it is a title that follows the name ("Foreign Ministry Spokesperson").
            is_object = words[i - 1].group().lower() in ("of", "for")
            if (lex.is_head(bare) and bare not in HEADS and not is_object) or bare in _MEMBERS or bare in _CALENDAR:
                break
            end_i = i
            i += 1
        while words[end_i].group().lower() in _CONNECTORS:
            end_i -= 1
        if all(w.group().lower() in _RANKS or w.group().lower() in HEADS for w in words[: end_i + 1]):
            continue  # "Senior Administration (Officials)": a description of people, not a body's name
        # It starts after any title word or sentence opener in front.
        start_i = 0
        for j in range(heads[0]):
            w = words[j].group()
            if (lex.is_head(w) and w.lower() not in HEADS) or w.lower() in lex.leading_words or w.lower() in _CONNECTORS:
                start_i = j + 1
        if start_i > heads[0]:
            continue
        start, end = m.start() + words[start_i].start(), m.start() + words[end_i].end()
        # "the Department of Energy’s budget": the body is named without the possessive.
        end -= len(text[start:end]) - len(_POSSESSIVE_END.sub("", text[start:end].rstrip(".,")))
        name = tidy(text[start:end])
        country = _country_before(text, start)
        # "South Korean Defense Ministry": a country adjective in front is not part of the name.
        lead = re.match(r"((?:\p{Lu}[\w.’'\-]*\s+){1,2})", name)
        if lead:
            for n in (2, 1):
                ws = name.split()
                if len(ws) > n + 1:
                    qualifier = " ".join(ws[:n])
                    bare = qualifier[:-2] if qualifier.endswith(("'s", "’s")) else qualifier
                    # An adjective ("Japanese"), a possessive or an abbreviation ("US", "ROK", "U.S.")
                    # qualifies the body; a plain name ("Japan Coast Guard") may be part of it.
                    if bare in data().countries and (qualifier != bare or not bare[0:1].isupper() or
                                                     bare.endswith(("an", "ese")) or bare.replace(".", "").isupper()):
                        name = " ".join(ws[n:])
                        start = start + text[start:end].index(ws[n])
                        break
        if country is None and len(name.split()) < 2:
            continue
        if len(name.split()) < 2 or any(a < end and start < b for a, b in taken):
            continue
        found.append((start, end, name))
    return found


class _Span:
    """A stretch of ``text`` with the part of re.Match that _rule_names uses."""

    def __init__(self, text: str, start: int, end: int):
        self._text, self._start, self._end = text, start, end

    def group(self) -> str:
        return self._text[self._start : self._end]

    def start(self) -> int:
        return self._start


_AND = re.compile(r"\s+(?:and|&)\s+")
# Plural nouns for a body's people: they follow its name but are not part of it.
_MEMBERS = frozenset("officials members member justices secretaries staff employees workers leaders officers".split())
_RANKS = frozenset("senior top deputy acting former chief principal assistant associate special ranking".split())
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)
_POSSESSIVE_END = re.compile(r"['’]s?$")


def _phrases(text: str) -> list[_Span]:
    """Capitalised phrases, split where "and" joins two names rather than two words of one:
    before "the" ("the Department of Justice and the Department of Labor") and between two
    parts that each have a head noun ("Senate Democrats and the House"), but not inside
    "Department of Health and Human Services"."""
    out = []
    for m in _PHRASE.finditer(text):
        start = m.start()
        for joint in _AND.finditer(text, m.start(), m.end()):
            left = text[start : joint.start()].lower().split()
            right = text[joint.end() : m.end()].lower().split()
            if right and (right[0] == "the" or left[-1] in HEADS or (set(left) & HEADS and set(right) & HEADS)):
                out.append(_Span(text, start, joint.start()))
                start = joint.end() + (4 if right[0] == "the" else 0)
        out.append(_Span(text, start, m.end()))
    return out


def _sightings(p: Passage) -> list[_Sighting]:
    text = p.text
    out: list[_Sighting] = []
    taken: list[tuple[int, int]] = []
    for m in _known_re().finditer(text):
        base = _known_base(m.group())
        if base is None:
            continue
        country = _country_before(text, m.start())
        out.append(_Sighting(p, m.start(), m.end(), tidy(m.group()), base, country[0] if country else None))
        taken.append(m.span())
    for start, end, name in _rule_names(text, taken):
        country = _country_before(text, start)
        out.append(_Sighting(p, start, end, name, _known_base(name) or name, country[0] if country else None))
        taken.append((start, end))
    for m in _ADMINISTRATION.finditer(text):
        words = m.group(1).split()
        while words and (words[0].lower() in lexicon().leading_words or words[0].lower() in _CONNECTORS):
            words.pop(0)
        if not words or any(_POSSESSIVE.sub("", w.lower()) in lexicon().not_person_words or w.lower() in _RANKS for w in words):
            continue  # "the Korea administration", "a senior administration official": no one's government
        start = m.start(1) + m.group(1).index(words[0])
        name = " ".join(words) + " administration"
        out.append(_Sighting(p, start, m.end(), name, name, member=" ".join(words)))
    return out


def find_organisations(articles: list[Article], passages: list[Passage], people: list[Person]) -> list[Organisation]:
    """Every body the articles name, with its other names, mentions and the people who belong to it."""
    seen = [s for p in passages for s in _sightings(p)]
    aliases = _aliases_in_text(passages)
    for s in seen:
        s.base = aliases.get(s.base, s.base)
    bodies = [b for b in _group(seen) if not _headline_only(b)]
    _credits(articles, bodies)
    # "the ministry": the latest body of that kind named before it in the same article.
    for p in passages:
        if p.part is not Part.BODY:
            continue
        for m in _BACK.finditer(p.text):
            body = _latest(bodies, p, m.start(), m.group(1).lower())
            if body is not None:
                body.sightings.append(_Sighting(p, m.start(), m.end(), tidy(m.group()), body.base, kind="description"))
    counts: dict[str, int] = {}
    for b in bodies:
        counts[b.base] = counts.get(b.base, 0) + 1
    result = [_organisation(b, aliases, counts[b.base]) for b in bodies]
    _link(result, bodies, people)
    return sorted(result, key=lambda o: (o.name.casefold(), o.name))


def _headline_only(body: _Body) -> bool:
    """Named only in headlines and not a body on file: a headline capitalises every word, so its
    "Tuition-Free Community College" is a subject, not an institution."""
    return all(s.passage.part in (Part.TITLE, Part.SUBTITLE) for s in body.sightings) and _known_base(body.base) is None


def _aliases_in_text(passages: list[Passage]) -> dict[str, str]:
    """"Cheong Wa Dae, also known as the Blue House": {other name: the name to list it under}."""
    found: dict[str, str] = {}
    for p in passages:
        for m in _ALSO.finditer(p.text):
            a, b = tidy(m.group("a")), tidy(m.group("b"))
            a = re.sub(r"^(?:The|the)\s+", "", a)
            words = a.split()
            # Only the capitalised tail of the first part is a name.
            while words and not words[0][:1].isupper():
                words.pop(0)
            a = " ".join(words)
            if not a or not b or a == b:
                continue
            main = _known_base(a) or _known_base(b) or a
            for other in (a, b):
                if other != main:
                    found[other] = main
    return found


def _group(seen: list[_Sighting]) -> list[_Body]:
    national = {k.name for k in data().known if k.national}
    bodies: dict[tuple[str, str | None], _Body] = {}
    unplaced = []
    for s in seen:
        country = s.country if s.base in national else None
        if s.base in national and country is None:
            unplaced.append(s)
            continue
        body = bodies.setdefault((s.base, country), _Body(s.base, country))
        body.sightings.append(s)
    for s in unplaced:
        options = [b for (base, _), b in bodies.items() if base == s.base]
        if len(options) > 1:
            here = s.passage.key
            before = [b for b in options if any(x.passage and x.passage.article == s.passage.article and
                                                 x.passage.key <= here for x in b.sightings)]
            options = before[-1:] or options[:1]
        body = options[0] if options else bodies.setdefault((s.base, None), _Body(s.base, None))
        body.sightings.append(s)
    return list(bodies.values())


def _credits(articles: list[Article], bodies: list[_Body]) -> None:
    """Bodies named only in a photo credit ("State Department photo by …") list the article."""
    for order, article in enumerate(articles):
        for caption in article.captions:
            for m in _known_re().finditer(caption.credit or ""):
                base = _known_base(m.group())
                if base is None:  # printed in a way the list does not know: no body to credit
                    continue
                body = next((b for b in bodies if b.base == base), None)
                if body is None:
                    body = _Body(base, None)
                    bodies.append(body)
                body.forms.append(tidy(m.group()))
                body.articles.append((order, article.slug))


def _latest(bodies: list[_Body], p: Passage, at: int, head: str) -> _Body | None:
    best, best_place = None, None
    for b in bodies:
        if head not in b.base.lower().split() and not b.base.lower().endswith(head):
            continue
        for s in b.sightings:
            if s.kind != "name" or s.passage is None or s.passage.article != p.article:
                continue
            place = (s.passage.key, s.start)
            if place < (p.key, at) and (best_place is None or place > best_place):
                best, best_place = b, place
    return best


def _display(body: _Body, bodies_with_base: int) -> str:
    if body.country and bodies_with_base > 1:
        return f"{body.base} ({body.country})"
    return body.base


def _organisation(body: _Body, aliases: dict[str, str], same_base: int) -> Organisation:
    named = [s for s in body.sightings if s.kind == "name"]
    ordered = sorted(named, key=lambda s: (s.passage.key, s.start))
    forms = []
    for s in ordered:
        forms.append(s.form)
        if s.country and s.passage is not None:
            lead = _country_before(s.passage.text, s.start)
            if lead:
                forms.append(tidy(s.passage.text[lead[1] : s.end]))
    forms += body.forms
    forms += [other for other, main in aliases.items() if main == body.base]
    known = data().entry(body.base)
    name = _display(body, same_base)
    slugs = sorted({(s.passage.order, s.passage.article) for s in ordered} | set(body.articles))
    evidence = sentence_at(ordered[0].passage.text, ordered[0].start) if ordered else None
    return Organisation(
        name=name,
        aliases=[f for f in dict.fromkeys(forms) if f != name],
        acronym=known.acronym if known else None,
        articles=list(dict.fromkeys(slug for _, slug in slugs)),
        mentions=[s.passage.mention(s.start, s.end) for s in ordered],
        evidence=evidence,
        references=[
            Mention(s.passage.article, s.passage.part, s.passage.index, s.start, s.end, kind="description")
            for s in sorted((s for s in body.sightings if s.kind != "name"), key=lambda s: (s.passage.key, s.start))
        ],
    )


def _link(orgs: list[Organisation], bodies: list[_Body], people: list[Person]) -> None:
    """Person.organisation from the role's words; Organisation.members the other way round."""
    by_base: dict[str, list[Organisation]] = {}
    for b, o in zip(bodies, orgs, strict=True):
        by_base.setdefault(b.base, []).append(o)
    for person in people:
        org = _org_of(person, orgs, by_base)
        if org is None:
            continue
        person.organisation = org.name
        if person.name not in org.members:
            org.members.append(person.name)
    for body in bodies:
        for s in body.sightings:
            if s.member is None:
                continue
            org = by_base[body.base][0]
            person = _person_named(people, s.member)
            if org is not None and person is not None:
                if person.organisation is None:
                    person.organisation = org.name
                if person.name not in org.members:
                    org.members.append(person.name)


def _org_of(person: Person, orgs: list[Organisation], by_base: dict) -> Organisation | None:
    roles = [r for r in (person.role, *person.other_roles) if r]
    for role in roles:
        best = None
        for o in orgs:
            for form in (o.name, *o.aliases):
                if len(form) < 3 or " administration" in form:
                    continue
                m = _name_in_role(form).search(role)
                if m and (best is None or m.start() < best[0]):
                    best = (m.start(), o)
        if best:
            return best[1]
    for role in roles:
        for k in data().known:
            if k.name not in by_base:
                continue
            # Case matters for a body every country has: "Foreign Minister" is a title, "as foreign
            # minister" may be any country's. A body of one country is its posts in any case
            # ("vice unification minister").
            if any(_title_in_role(t, not k.national).search(role) for t in k.titles):
                options = by_base[k.name]
                if len(options) == 1:
                    return options[0]
    return None


@lru_cache(maxsize=1024)
def _name_in_role(form: str) -> re.Pattern:
    return re.compile(rf"(?<![\w’'\-]){phrase_pattern(form)}(?![\w’'\-])")


@lru_cache(maxsize=1024)
def _title_in_role(title: str, ignore_case: bool) -> re.Pattern:
    return re.compile(rf"(?<!\w){phrase_pattern(title)}(?!\w)", re.IGNORECASE if ignore_case else 0)


def _person_named(people: list[Person], words: str) -> Person | None:
    """The one person whose name or alias is ``words`` or ends with it ("Biden")."""
    matches = [p for p in people if words in (p.name, *p.aliases) or p.name.endswith(" " + words)]
    return matches[0] if len(matches) == 1 else None
