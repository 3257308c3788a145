"""The people of a packet: names with evidence, merged across articles, bare surnames resolved.

Merging is deliberately cautious. Two full names are one person only when their words agree
("Lloyd Austin" and "Lloyd Austin III"); a surname alone ("Kim", "Defense Minister Suh") is given
to one named person by the text's own order: the one most recently introduced in the article,
as a news writer expects the reader to resolve it. People who merely share a family name
(Choi Kang, Choi Si-young) are never merged.
"""

from __future__ import annotations

import regex as re  # Unicode classes (\p{Lu}): names and acronyms in any script
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Article, Part, Person
from .names import RUN, Sighting, lexicon, names_a_publication, sightings, with_evidence
from .text import Passage, sentence_at, sentence_index, tidy

BYLINE_ROLE = "Author (byline)"
# "State Department photo by …", "Photo: …", "Yonhap / …", "AP Photo/…"
_CREDIT = re.compile(
    r"\b(?:photo|photograph|image|picture|video)s?\s*(?:by\s+|:\s*|/\s*)|\bby\s+|\s*/\s*", re.IGNORECASE
)
_TWO_NAMES = re.compile(r"\p{Lu}\p{Ll}+[-‐]\p{Lu}")  # "Biden-Harris", not "Jae-in" or "Jean-Pierre"…
_ADMINISTRATION_AFTER = re.compile(r"(?:['’]s)?\s+administration\b")
_LETTER_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_STOP = {"of", "the", "for", "and", "a", "an", "at", "in", "to", "who", "as", "under"}


@dataclass
class _Cluster:
    """Everything known about one person while the packet is read (kept up to date on each add)."""

    key: str
    sightings: list[Sighting] = field(default_factory=list)
    # role, evidence sentence, (stated with a surname only, reading order)
    # (role, evidence sentence, (stated with a surname only, reading order), Article.slug)
    roles: list[tuple[str, str, tuple, str]] = field(default_factory=list)
    credited_in: list[tuple[int, str]] = field(default_factory=list)  # (article order, slug), no span
    credited_as: list[str] = field(default_factory=list)  # the name as a credit line gives it
    aliases: list[str] = field(default_factory=list)
    # The words a bare surname may take: the family name, and surnames the text used alone.
    family: set[str] = field(default_factory=set)
    full: list[Sighting] = field(default_factory=list)
    named_by: str | None = None  # evidence for someone the text names without a role ("Biden administration")
    _intro_full: dict[str, tuple] = field(default_factory=dict)
    _intro_any: dict[str, tuple] = field(default_factory=dict)

    def add(self, s: Sighting) -> None:
        self.sightings.append(s)
        if s.role:
            at = s.role_at if s.role_at is not None else s.start
            self.roles.append((s.role, sentence_at(s.passage.text, at), (s.single, s.order), s.passage.article))
        if s.single:
            self.family.add(s.tokens[0])
        else:
            self.full.append(s)
            self.family.add(s.tokens[0] if _family_first(s.tokens) else s.tokens[-1])
        place, slug = _place(s), s.passage.article
        for intros in (self._intro_any, *([self._intro_full] if not s.single else [])):
            if slug not in intros or place < intros[slug]:
                intros[slug] = place

    def intro(self, slug: str) -> tuple | None:
        """Where the article first names this person in full (or, failing that, at all)."""
        return self._intro_full.get(slug) or self._intro_any.get(slug)


def find_people(articles: list[Article], passages: list[Passage], vocabulary: frozenset[str]) -> list[Person]:
    """Everyone the text gives evidence for, alphabetically; ``vocabulary`` is the packet's
    lower-case words (text.lower_case_words)."""
    named = _capitalised_words(articles, passages)
    seen = [t for p in passages for s in sightings(p) if (t := _trim_headline_words(s, vocabulary, named))]
    seen = _without_titled_common_words(seen, vocabulary)
    # "the Al Akhbar website" anywhere in the packet: "according to Al Akhbar" is the publication.
    publications = {s.key for s in seen if not s.single and names_a_publication(s.passage.text, s.end)}
    seen = [s for s in seen if s.key not in publications]
    offices = {a.slug: a.byline_office for a in articles if a.byline_office}
    clusters: dict[str, _Cluster] = {}
    # "Mr. Fetterman" in an article makes its "John Fetterman" a person too.
    # "Major Biden" in an article makes its "Beau Biden" a person too.
    honoured = {(s.passage.article, s.tokens[0]) for s in seen if s.single and (s.evidence or s.title)}
    for s in seen:
        if s.passage.part is Part.BYLINE:
            # "Antony J. Blinken, Secretary of State": an author line's office is the author's role.
            office = offices.get(s.passage.article)
            s.evidence, s.role, s.role_at = True, office or BYLINE_ROLE, s.start
        surname = s.tokens[0] if _family_first(s.tokens) else s.tokens[-1]
        if not s.single and _restated((s.passage.article, s.tokens[0]) in honoured, s):
            s.evidence = True  # "President Ursula — Ursula von der Leyen": the speaker restarts with the full name
        if not s.single and (s.evidence or (s.passage.article, surname) in honoured) and _may_introduce(s):
            clusters.setdefault(s.key, _Cluster(s.key))
        elif not s.single and _heads_administration(s):
            # "the Barack Obama administration": a government named for the person at its head.
            cluster = clusters.setdefault(s.key, _Cluster(s.key))
            cluster.named_by = cluster.named_by or sentence_at(s.passage.text, s.start)
    _credits(articles, clusters)
    for s in seen:
        if not s.single and s.key in clusters:
            clusters[s.key].add(s)
            if native := _native_form(s):
                _alias(clusters[s.key], native)
    for s in seen:  # "Defense Minister Suh", "Mr. Kim": a surname under a title or an honorific
        if s.single and (s.title or s.evidence):
            target = _resolve(s, clusters, titled=True)
            if target is None and _may_introduce(s) and (s.title or _honorific_before(s)):
                target = clusters.setdefault(s.key, _Cluster(s.key))
            if target is not None:
                target.add(s)
                _alias(target, s.tokens[0])
                if s.title:
                    _alias(target, f"{s.title} {s.tokens[0]}")
    for s in seen:  # "Kim said": a bare surname
        if s.single and not s.title:
            target = _resolve(s, clusters, titled=False)
            if target is None and _heads_administration(s):
                # "the Biden administration": the government of the person the surname names.
                target = clusters.setdefault(s.key, _Cluster(s.key))
                target.named_by = target.named_by or sentence_at(s.passage.text, s.start)
            if target is not None:
                target.add(s)
                _alias(target, s.tokens[0])
    return sorted((_person(c) for c in clusters.values()), key=lambda p: (p.name.casefold(), p.name))


def _restated(titled_first: bool, s: Sighting) -> bool:
    """A full name right after a dash that follows its own first word ("Ursula — Ursula von der
    Leyen"), that first word titled somewhere in the article: a spoken repair."""
    return titled_first and re.search(rf"\b{re.escape(s.tokens[0])}\s*[—–-]+\s*$", s.passage.text[max(0, s.start - 60) : s.start]) is not None


def _without_titled_common_words(seen: list[Sighting], vocabulary: frozenset[str]) -> list[Sighting]:
    """"Executive Summary", "Head Start", "Ambassador Extraordinary": a word the packet prints in
    lower case, capitalised only after a title word, is a compound noun, not a titled surname.
    A real one is printed elsewhere too: "Todd Young", "Young said"."""
    def name_like(s: Sighting) -> bool:
        # "Todd Young" is a name; "Early Head Start", "Policy Coordination" are common words capitalised
        if s.single:  # "Young said", not "Customs and Border Protection" or "Office of Policy Coordination"
            text = s.passage.text
            joined = _JOINED_AFTER.match(text, s.end) or _JOINED_BEFORE.search(text, max(0, s.start - 60), s.start)
            return not s.title and not _opens_sentence(s) and not joined
        return s.tokens[0].lower() not in vocabulary  # a given name is no common word

    elsewhere = Counter(t for s in seen if name_like(s) for t in s.tokens)
    def compound(s: Sighting) -> bool:
        # "the major Federal programs", "co-chair Pillar": after a title in lower case, any
        # common word is the next word of the phrase
        return s.tokens[0].lower() in vocabulary and (not elsewhere[s.tokens[0]] or s.title.islower())

    return [s for s in seen if not (s.single and s.title and compound(s))]


_JOINED_AFTER = re.compile(r"\s+(?:and|of|for|&)\s+(?:the\s+)?\p{Lu}")
_JOINED_BEFORE = re.compile(r"\p{Lu}[\w.’'-]*\s+(?:and|of|for|&)\s+(?:the\s+)?$")


def _opens_sentence(s: Sighting) -> bool:
    before = s.passage.text[: s.start].rstrip(" “\"‘'(")
    return not before or before[-1] in ".?!:"


def _honorific_before(s: Sighting) -> bool:
    """"Mr. Fetterman": an honorific right before the surname says a person is meant."""
    before = s.passage.text[max(0, s.start - 6) : s.start].split()
    return bool(before) and lexicon().is_honorific(before[-1])


_CAPITALISED = re.compile(r"\p{Lu}[\p{Ll}\p{M}’'\-]+")


def _capitalised_words(articles: list[Article], passages: list[Passage]) -> dict[str, frozenset[str]]:
    """{article slug: the capitalised words of its running text and its speakers' labels}."""
    words: dict[str, set[str]] = {a.slug: {w.title() for label in a.speakers.values() for w in label.split()} for a in articles}
    for p in passages:
        if p.part is Part.BODY:
            words.setdefault(p.article, set()).update(_CAPITALISED.findall(p.text))
    return {slug: frozenset(w) for slug, w in words.items()}


def _trim_headline_words(s: Sighting, vocabulary: frozenset[str], named: dict[str, frozenset[str]]) -> Sighting | None:
    """In a headline every word is capitalised, so a name runs on into the words after it
    ("President Biden Providing an Update") and a title into a common noun ("in Official
    Greeting"). A word the packet prints in lower case elsewhere is a common word, not a name;
    a lone word the article's text never prints is no one the article is about."""
    if s.passage.part is Part.BYLINE or not (s.passage.part is Part.TITLE or _title_case(s.passage.text)):
        return s
    if s.single:
        token = s.tokens[0]
        known = named.get(s.passage.article, frozenset())
        # Named in the text, or the office a transcript's label names ("THE PRESIDENT:" under
        # "Remarks by President Lindqvist").
        spoken_of = token in known or (s.title is not None and s.title.split()[-1].title() in known)
        return None if token.lower() in vocabulary or not spoken_of else s
    first, keep = 0, len(s.tokens)
    if any(_common(t, vocabulary) for t in s.tokens[1:-1] if len(t) > 2 and not t.endswith(".")):
        return None  # "President Biden Announces Erika L. Moritsugu": a verb inside, two names or none
    while keep - first > 1 and _common(s.tokens[keep - 1], vocabulary):
        keep -= 1
    while keep - first > 1 and s.tokens[first].lower() in vocabulary:
        first += 1  # "(NSC Coordinator for) Strategic Communications John Kirby"
    if (first, keep) == (0, len(s.tokens)):
        return s
    text = s.passage.text
    start = s.start
    for token in s.tokens[:first]:
        start = text.index(token, start) + len(token)
    start = text.index(s.tokens[first], start)
    last = s.tokens[keep - 1]
    end = text.index(last, start) + len(last)
    return with_evidence(Sighting(s.passage, start, end, tidy(text[start:end]), s.tokens[first:keep]))


def _common(token: str, vocabulary: frozenset[str]) -> bool:
    """Printed in lower case in the packet, or its stem is: a headline's verb ("Announces",
    "Empowers") is "announce", "empower" in running text."""
    word = token.lower()
    return word in vocabulary or (word.endswith("s") and (word[:-1] in vocabulary or (word.endswith("es") and word[:-2] in vocabulary)))


def _heads_administration(s: Sighting) -> bool:
    """"Biden" in "(the) Biden administration", not at a headline or a sentence's start."""
    if not _ADMINISTRATION_AFTER.match(s.passage.text, s.end):
        return False
    if _TWO_NAMES.search(s.form):
        return False  # "the Biden-Harris administration": two people's, not one person's
    return s.tokens[0].casefold() not in lexicon().not_person_words and _may_introduce(s)


def _may_introduce(s: Sighting) -> bool:
    """Headlines are set in title case, where every word looks like a name: there only a name
    under a title ("Remarks by President Andrzej Duda of Poland") introduces a person."""
    p = s.passage
    if p.part is Part.BYLINE:
        return True  # "Colin Manning, Hayley J. Fowler": a byline is all names
    if p.part is Part.TITLE or _title_case(p.text):
        return s.title is not None
    return True


@lru_cache(maxsize=1024)
def _title_case(text: str) -> bool:
    """Asked for every name in a passage, so counted once per text. A sentence (it ends in a
    full stop) is running text however many names it holds; headings and headlines have none."""
    if text.rstrip(" ”’\"')").endswith("."):
        return False
    words = _LETTER_WORD.findall(text)
    long_words = [w for w in words if len(w) >= 4]
    if len(words) > 20 or len(long_words) < 3:
        return False
    return sum(w[0].isupper() for w in long_words) / len(long_words) >= 0.85


def _family_first(tokens: tuple[str, ...]) -> bool:
    """Korean order: "Chung Eui-yong", "Kim Yo Jong" put the family name first."""
    return len(tokens) >= 2 and tokens[0] in lexicon().korean_family_names


def _place(s: Sighting) -> tuple:
    """Reading order at sentence grain: later sentences win, and within one the first name does."""
    index = sentence_index(s.passage.text, s.start) or 0
    return (s.passage.key, index, s.start)


def _resolve(s: Sighting, clusters: dict[str, _Cluster], titled: bool) -> _Cluster | None:
    """The person a surname stands for, or None when the text does not settle it."""
    token = s.tokens[0]
    candidates = [c for c in clusters.values() if token in c.family]
    if titled:
        candidates += [
            c for c in clusters.values()
            if c not in candidates and any(token in (f.tokens[0], f.tokens[-1]) for f in c.full)
        ]
    if not candidates:
        return None
    if titled and len(candidates) > 1:
        title_words = _content_words(s.title or "")
        overlap = [c for c in candidates if title_words & _content_words(" ".join(r[0] for r in c.roles))]
        candidates = overlap or candidates
    if len(candidates) == 1:
        return candidates[0]
    here = _place(s)
    introduced = [(c.intro(s.passage.article), c) for c in candidates]
    before = [(i, c) for i, c in introduced if i is not None and i < here]
    if before:
        # The latest sentence that introduced one; in that sentence, the first name.
        latest = max(i[:2] for i, _ in before)
        return min(((i, c) for i, c in before if i[:2] == latest), key=lambda ic: ic[0])[1]
    after = [(i, c) for i, c in introduced if i is not None]
    if after:
        return min(after, key=lambda ic: ic[0])[1]
    return None


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"\p{L}+", text.lower()) if w not in _STOP}


def _credits(articles: list[Article], clusters: dict[str, _Cluster]) -> None:
    """Photographers named in caption credits ("State Department photo by Ron Przysucha")."""
    for order, article in enumerate(articles):
        for caption in article.captions:
            credit = caption.credit or ""
            m = _CREDIT.search(credit)
            name = RUN.match(credit, m.end()) if m else None
            if not name or len(name.group().split()) < 2:
                continue
            source = credit[: m.start()].strip().removeprefix("Credit:").strip(" :")
            key = "".join(name.group().split()).replace("-", "").casefold()
            cluster = clusters.setdefault(key, _Cluster(key))
            cluster.credited_as.append(" ".join(name.group().split()))
            if source and "photo" not in source.lower():
                source += " photo"
            role = f"photographer ({source})" if source else "photographer"
            # A credit sorts after everything in its article: a role printed in the text comes first.
            cluster.roles.append((role, " ".join(credit.split()), (False, ((order, 9, 0), 0)), article.slug))
            cluster.credited_in.append((order, article.slug))


# Words that make another post of a title: a vice president is not the president.
_OTHER_POST = frozenset("vice deputy former acting assistant under then ex principal associate first lady".split())


@lru_cache(maxsize=4096)
def _covers(fuller: str, role: str) -> bool:
    """Whether ``fuller`` states the post ``role`` states, perhaps more fully."""
    a, b = _content_words(fuller), _content_words(role)
    return b <= a and not ((a - b) & _OTHER_POST)


# "Yoon Suk Yeol (윤석열)": the name in its own script, in brackets right after the name.
_NATIVE = re.compile(r"\s*\(\s*((?:(?!\p{Latin})[\p{L}\p{M}])+(?:[\s·・\-]+(?:(?!\p{Latin})[\p{L}\p{M}])+)*)\s*\)")


def _native_form(s: Sighting) -> str | None:
    """The name as its own script writes it, when the text gives it beside the romanised one."""
    m = _NATIVE.match(s.passage.text, s.end)
    return m.group(1) if m else None


def _alias(cluster: _Cluster, form: str) -> None:
    if form not in cluster.aliases:
        cluster.aliases.append(form)


def _person(c: _Cluster) -> Person:
    ordered = sorted(c.sightings, key=lambda s: s.order)
    full = [s.form for s in ordered if not s.single]
    candidates = full or c.credited_as or [s.form for s in ordered]
    name = max(candidates, key=lambda f: (len(f.split()), len(f)))  # fullest; first of equals
    aliases = [a for a in dict.fromkeys([*full, *c.credited_as, *c.aliases]) if a != name]
    role, evidence, others, role_article = None, c.named_by, [], None
    if c.roles:
        # The role the text gives most often, counting a fuller statement of the same post
        # ("US Secretary of State" for "Secretary") as that post; among equals the fullest, then
        # one stated beside the full name, then the first.
        stated = sorted(c.roles, key=lambda r: r[2])
        counts = Counter(r[0] for r in stated)
        support = {r: sum(n for o, n in counts.items() if _covers(r, o)) for r in counts}
        role, evidence, _, role_article = max(stated, key=lambda r: (support[r[0]], len(r[0].split())))
        # The others (shorter or different), once each, in reading order.
        chosen = re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.IGNORECASE).casefold()
        for other, *_ in sorted(c.roles, key=lambda r: r[2]):
            plain = re.sub(r"^(?:the|a|an)\s+", "", other, flags=re.IGNORECASE).casefold()
            if plain != chosen and other not in others:
                others.append(other)
    mentions = [s.passage.mention(s.start, s.end) for s in ordered]
    slugs = sorted({(s.passage.order, s.passage.article) for s in ordered} | set(c.credited_in))
    return Person(
        name=name,
        role=role,
        aliases=aliases,
        articles=list(dict.fromkeys(slug for _, slug in slugs)),
        mentions=mentions,
        evidence=evidence,
        other_roles=others,
        role_article=role_article,
    )
