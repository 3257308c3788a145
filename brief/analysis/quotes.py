"""Who said what: quoted words in the body paragraphs, attributed to the glossary's people.

    find_statements(articles, people) -> list[Statement]   (packet order)

The rules, in the order they are tried for each quotation:

1. **Speaker after the quote**, in the same sentence: ``“…,” said Shin Beom-chul``,
   ``“…,” Chung said``, ``“…,” she warned``, ``“…,” a senior official said`` (unnamed: skipped).
2. **Speaker before the quote**, in the same sentence: ``Chung … said, “…”``, ``X told The
   Diplomat that … “…”``, ``X said in a statement: “…”``,
   ``Blinken agreed that … the “linchpin …”``.
   A participle (``…, previously saying, “…”``) takes the subject of its main clause; a verb after
   "and" (``Choi pointed out … and added that … “…”``) takes the subject of the verb before it.
3. **Speaker named later in the same quotation**: a paragraph that opens a quotation and does not
   close it continues into the next paragraph opening with a quotation mark; the first speaker
   found along that run is the speaker of every paragraph of it.
4. **Continuation**: a quotation opening its sentence (a paragraph that is only a quote, or a
   second quoted sentence after ``“…,” Kim said.``) with no speaker in its sentence belongs to the
   speaker of the previous quotation of the same article, unless someone else was given a speech
   role in between. ``continuation`` is True whenever the speaker is not named in the quote's own
   sentence.
5. Anything else is a scare quote ("ironclad alliance", "2+2") and is skipped.

Speakers: a name is whatever the glossary's :class:`Person` mentions cover, so a bare "Kim" is
the Kim the glossary resolved for that paragraph; a full ``Person.name`` written in the text
counts too (for people built by hand without mentions). "he"/"she" is the most recent speaker
(named or not) of the same or the previous paragraph. Someone the glossary does not know ("a
senior Cheong Wa Dae official", "Experts") is an unnamed speaker: the quote is skipped, and a
following "He added, “…”" is skipped with it.

Quotation marks: curly “ ” and straight ". Single quotes are left alone (’ is also the
apostrophe). Mentions inside quotation marks never name a speaker.
"""

from __future__ import annotations

import regex as re  # Unicode classes (\p{Lu}): names and acronyms in any script
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Article, Part, Person, Statement
from .sentences import sentence_at, sentence_spans

# Verbs that give their subject a speech role. They match in lower case only, so "United States"
# is no verb; nouns as common as the verb ("states", "claims", "continued" talks) are left out.
# Finite forms tie the subject written just before them (or the name just after them: "said Hong
# Min"); "according to" always looks after itself.
# "defined", "described", "called", "labeled" and "dubbed" characterise rather than report, but
# with quotation marks in the sentence ("defined the drills as “hostile acts”") they attribute the
# quoted words all the same.
SPEECH_VERBS = (
    "said", "says", "say", "told", "tells", "added", "adds", "noted", "stressed",
    "stresses", "emphasized", "emphasised", "emphasizes", "emphasises", "argued", "argues",
    "warned", "warns", "asked", "asks", "wrote", "writes", "stated", "explained",
    "explains", "agreed", "agrees", "insisted", "insists", "claimed", "declared",
    "remarked", "replied", "responded", "commented", "announced", "urged", "cautioned",
    "acknowledged", "admitted", "recalled", "predicted", "tweeted", "pointed out",
    "points out", "defined", "described", "called", "labeled", "labelled", "dubbed",
)
# Participles take the subject of the clause they hang from ("Chung …, previously saying, “…”").
SPEECH_PARTICIPLES = (
    "saying", "adding", "noting", "stressing", "emphasizing", "emphasising", "arguing", "warning",
    "asking", "writing", "stating", "explaining", "insisting", "telling", "claiming", "declaring",
    "urging", "calling", "describing", "pointing out",
)
_ACCORDING = "according to"  # also matched as "According to" at the start of a sentence

# Words allowed between a subject and its verb ("Kim also warned", "Chung had told").
_BETWEEN_WORDS = (
    "also", "later", "previously", "then", "again", "further", "once", "repeatedly", "reportedly",
    "publicly", "recently", "earlier", "separately", "similarly", "subsequently", "had", "has",
    "have", "was", "is", "would", "will", "could", "might", "often", "frequently", "privately",
    "openly", "bluntly", "flatly", "simply", "even", "just", "first", "still", "already",
    "angrily", "firmly", "directly", "explicitly", "herself", "himself", "themselves",
)
# A name followed by one of these is a modifier, not a subject ("the Biden administration").
_MODIFIED_BY = (
    "administration", "government", "regime", "camp", "team", "era", "doctrine", "policy",
    "family", "summit", "campaign", "presidency", "cabinet", "foundation", "institute", "aides",
)

_VERB_RE = re.compile(
    r"(?<![\w-])(?P<verb>"
    + "|".join(sorted((*SPEECH_VERBS, *SPEECH_PARTICIPLES, _ACCORDING, "According to"), key=len, reverse=True))
    .replace(" ", r"\s+")
    + r")(?![\w-])"
)
_PARTICIPLES = frozenset(SPEECH_PARTICIPLES)
_BETWEEN = r"(?:\s+(?:" + "|".join(_BETWEEN_WORDS) + r"))*\s+"
_DIRECT = re.compile(r"^" + _BETWEEN + r"$", re.I)  # "Kim also warned"
_APPOSITIVE = re.compile(r"^\s*,[^,;:“”\"]*,(?:" + _BETWEEN + r"|\s*)$", re.I)  # "Kim, a professor, told"
_RELATIVE = re.compile(r"^\s*,\s*who" + _BETWEEN + r"$", re.I)  # "Blinken, who said"
_NAME_APPOSITIVE = re.compile(r"^\s*,(?:" + _BETWEEN + r"|\s*)$", re.I)  # "A spokesperson, Choi, said"
_PRONOUN = re.compile(r"(?<![\w-])(?P<pronoun>he|she)" + _BETWEEN + r"$", re.I)
_AND = re.compile(r"(?:,\s*|\s+)and" + _BETWEEN + r"$", re.I)
_EMPTY = re.compile(r"^[\s,:;—–-]*$")
_TITLE_WORDS = re.compile(r"^\s*(?:\p{Lu}[\w.’'-]*\s+){0,6}")  # "said Foreign Minister Chung" -> "Chung"
_MODIFIER_AFTER = re.compile(r"^(?:[’']s\b|\s+(?:" + "|".join(_MODIFIED_BY) + r")\b)", re.I)
_WORD = re.compile(r"[^\W\d_]")

_OPENERS = "“"
_CLOSERS = "”"
_STRAIGHT = '"'


class _Unnamed:
    """A speaker the text gives but the glossary does not know ("a senior official")."""

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return "UNNAMED"


UNNAMED = _Unnamed()
Speaker = Person | _Unnamed


@dataclass
class _Quote:
    open: int  # index of the opening mark
    close: int | None  # index of the closing mark, None when the paragraph ends first
    start: int  # the quoted words, trimmed
    end: int

    @property
    def outer_end(self) -> int:
        return self.close + 1 if self.close is not None else self.end


@dataclass
class _Cue:
    """A speech verb outside quotation marks and the speaker it gives its subject."""

    start: int
    end: int
    speaker: Speaker


@dataclass
class _Paragraph:
    text: str
    quotes: list[_Quote]
    sentences: list[tuple[int, int]]
    names: list[tuple[int, int, Person]]  # outside quotation marks, in order
    cues: list[_Cue] = field(default_factory=list)


def quote_spans(text: str) -> list[_Quote]:
    """The quotations of one paragraph; an unclosed one runs to the end of the paragraph."""
    quotes: list[_Quote] = []
    opened: int | None = None
    straight = False
    for i, ch in enumerate(text):
        if opened is None:
            if ch in _OPENERS or ch == _STRAIGHT:
                if ch == _STRAIGHT and i > 0 and text[i - 1].isdigit():
                    continue  # inches: 5'11"
                opened, straight = i, ch == _STRAIGHT
            continue
        if (straight and ch == _STRAIGHT) or (not straight and ch in _CLOSERS):
            quotes.append(_trimmed(text, opened, i))
            opened = None
        elif not straight and ch in _OPENERS:
            # A new opening mark before the old one closed: the old quotation ends here.
            quotes.append(_trimmed(text, opened, None, limit=i))
            opened, straight = i, False
    if opened is not None:
        quotes.append(_trimmed(text, opened, None))
    return [q for q in quotes if _WORD.search(text, q.start, q.end) if q.end > q.start]


def _trimmed(text: str, opened: int, close: int | None, limit: int | None = None) -> _Quote:
    start = opened + 1
    end = close if close is not None else (limit if limit is not None else len(text))
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return _Quote(opened, close, start, end)


def _names(article: Article, index: int, text: str, people: Sequence[Person],
           by_paragraph: dict[tuple[str, int], list[tuple[int, int, Person]]]) -> list[tuple[int, int, Person]]:
    """Spans naming a person: the glossary's mentions, then any full name the mentions missed."""
    spans = [s for s in by_paragraph.get((article.slug, index), []) if 0 <= s[0] < s[1] <= len(text)]
    for person in people:
        if not person.name.strip():
            continue
        for m in _name_re(person.name).finditer(text):
            if not any(s < m.end() and m.start() < e for s, e, _ in spans):
                spans.append((m.start(), m.end(), person))
    # Overlaps: the longest span wins.
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[tuple[int, int, Person]] = []
    for s in spans:
        if kept and s[0] < kept[-1][1]:
            continue
        kept.append(s)
    return kept


@lru_cache(maxsize=1024)
def _name_re(name: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")


def _inside(quotes: list[_Quote], start: int, end: int) -> bool:
    return any(q.open <= start and end <= q.outer_end for q in quotes)


def _masked(text: str, quotes: list[_Quote]) -> str:
    """``text`` with every quotation (marks included) blanked, so its words never act as cues."""
    chars = list(text)
    for q in quotes:
        for i in range(q.open, q.outer_end):
            chars[i] = " "
    return "".join(chars)


class _Reader:
    """Reads one article: speech cues first (they need the order of speakers), then quotations."""

    def __init__(self, article: Article, people: Sequence[Person],
                 by_paragraph: dict[tuple[str, int], list[tuple[int, int, Person]]]):
        self.article = article
        self.paragraphs: list[_Paragraph] = []
        for i, text in enumerate(article.paragraphs):
            quotes = quote_spans(text)
            names = [n for n in _names(article, i, text, people, by_paragraph) if not _inside(quotes, n[0], n[1])]
            sentences = sentence_spans(text, keep=[(q.open, q.outer_end) for q in quotes])
            self.paragraphs.append(_Paragraph(text, quotes, sentences, names))
        for i in range(len(self.paragraphs)):
            self._find_cues(i)

    # -- speech cues -------------------------------------------------------------------------

    def _find_cues(self, index: int) -> None:
        para = self.paragraphs[index]
        masked = _masked(para.text, para.quotes)
        for m in _VERB_RE.finditer(masked):
            verb = re.sub(r"\s+", " ", m["verb"].lower())
            sentence = sentence_at(para.sentences, m.start())
            speaker = self._subject(index, verb, m.start(), m.end(), sentence)
            para.cues.append(_Cue(m.start(), m.end(), speaker))

    def _subject(self, index: int, verb: str, start: int, end: int, sentence: tuple[int, int]) -> Speaker:
        para = self.paragraphs[index]
        text = para.text
        # The subject is looked for between the sentence start (or the last quotation closed
        # before the verb) and the verb.
        left = sentence[0]
        for q in para.quotes:
            if q.outer_end <= start and q.outer_end > left:
                left = q.outer_end
        region = text[left:start]
        if verb == _ACCORDING or _EMPTY.match(region):
            return self._name_after(index, end, sentence[1])
        if verb in _PARTICIPLES:
            return self._clause_subject(index, sentence[0], start)
        for s, e, person in reversed([n for n in para.names if left <= n[0] and n[1] <= start]):
            between = text[e:start]
            if _DIRECT.match(between) or _APPOSITIVE.match(between) or _RELATIVE.match(between):
                return person
            if _NAME_APPOSITIVE.match(between) and text[:s].rstrip().endswith(","):
                return person
        if _AND.search(region):
            earlier = [c for c in para.cues if sentence[0] <= c.start < start]
            if earlier:
                return earlier[-1].speaker
        if _PRONOUN.search(region):
            return self._recent_speaker(index, start)
        return UNNAMED

    def _name_after(self, index: int, end: int, limit: int) -> Speaker:
        """The speaker written right after the verb: "said Hong Min", "said she", "said an official"."""
        para = self.paragraphs[index]
        rest = para.text[end:limit]
        if re.match(r"^\s+(?:he|she)\b", rest, re.I):
            return self._recent_speaker(index, end)
        skip = _TITLE_WORDS.match(rest)
        window = end + (skip.end() if skip else 0)
        for s, _e, person in para.names:
            if end <= s <= window:
                return person
        return UNNAMED

    def _clause_subject(self, index: int, left: int, start: int) -> Speaker:
        """The subject of the clause a participle hangs from: the first name used as a subject."""
        para = self.paragraphs[index]
        for s, e, person in para.names:
            if left <= s and e <= start and not _MODIFIER_AFTER.match(para.text[e:]):
                return person
        earlier = [c for c in para.cues if left <= c.start < start]
        if earlier:
            return earlier[-1].speaker
        if _PRONOUN.search(para.text[left:start].split(",")[0] + " "):
            return self._recent_speaker(index, start)
        return UNNAMED

    def _recent_speaker(self, index: int, position: int) -> Speaker:
        """For "he"/"she": the latest speaker of this paragraph before ``position``, else the previous paragraph's."""
        before = [c for c in self.paragraphs[index].cues if c.start < position]
        if before:
            return before[-1].speaker
        if index > 0 and self.paragraphs[index - 1].cues:
            return self.paragraphs[index - 1].cues[-1].speaker
        return UNNAMED

    # -- quotations --------------------------------------------------------------------------

    def _named_speaker(self, index: int, quote: _Quote) -> Speaker | None:
        """The speaker the quote's own sentence names, after or before it; None when it names none."""
        para = self.paragraphs[index]
        sentence = sentence_at(para.sentences, quote.open)
        following = [q.open for q in para.quotes if q.open > quote.open]
        after_limit = min([sentence[1], *following])
        after = [c for c in para.cues if quote.outer_end <= c.start < after_limit]
        if after and len(para.text[quote.outer_end:after[0].start].split()) <= 12:
            return after[0].speaker
        before = [c for c in para.cues if sentence[0] <= c.start and c.end <= quote.open]
        if before:
            return before[-1].speaker
        # “…!” Kim said. — a short attribution the sentence splitter cut off.
        if quote.close is not None and para.text[quote.close - 1:quote.close] in ("!", "?", "."):
            nxt = [s for s in para.sentences if s[0] >= quote.outer_end]
            if nxt:
                s, e = nxt[0]
                cues = [c for c in para.cues if s <= c.start < e]
                if (cues and len(para.text[s:cues[0].start].split()) <= 4
                        and len(para.text[cues[0].end:e].split()) <= 3 and not _inside(para.quotes, s, e)):
                    return cues[0].speaker
        return None

    def _opens_sentence(self, index: int, quote: _Quote) -> bool:
        para = self.paragraphs[index]
        sentence = sentence_at(para.sentences, quote.open)
        return para.text[sentence[0]:quote.open].strip(" ([—–-") == ""

    def statements(self) -> list[Statement]:
        out: list[Statement] = []
        previous: Speaker | None = None  # speaker of the previous quotation of the article
        previous_at = (0, 0)
        for index, para in enumerate(self.paragraphs):
            for quote in para.quotes:
                named = self._named_speaker(index, quote)
                continuation = False
                if named is None:
                    named = self._later_in_run(index, quote)
                    continuation = True
                if named is None and self._opens_sentence(index, quote) and previous is not None:
                    if not self._other_speaker_between(previous, previous_at, (index, quote.open)):
                        named = previous
                if named is None:
                    continue  # a scare quote
                previous, previous_at = named, (index, quote.outer_end)
                if isinstance(named, Person):
                    out.append(Statement(named.name, para.text[quote.start:quote.end], self.article.slug,
                                         index, quote.start, quote.end, continuation))
        return out

    def _later_in_run(self, index: int, quote: _Quote) -> Speaker | None:
        """For an unclosed quotation: the speaker named further along the paragraphs it runs into."""
        if quote.close is not None:
            return None
        for nxt in range(index + 1, len(self.paragraphs)):
            para = self.paragraphs[nxt]
            if not para.quotes or para.text[: para.quotes[0].open].strip():
                return None
            first = para.quotes[0]
            named = self._named_speaker(nxt, first)
            if named is not None:
                return named
            if first.close is not None:
                return None
        return None

    def _other_speaker_between(self, speaker: Speaker, since: tuple[int, int], until: tuple[int, int]) -> bool:
        for index in range(since[0], until[0] + 1):
            for cue in self.paragraphs[index].cues:
                at = (index, cue.start)
                if since <= at < until and cue.speaker is not speaker:
                    return True
        return False


def _mentions_by_paragraph(people: Sequence[Person]) -> dict[tuple[str, int], list[tuple[int, int, Person]]]:
    table: dict[tuple[str, int], list[tuple[int, int, Person]]] = {}
    for person in people:
        for m in person.mentions:
            if m.part == Part.BODY:
                table.setdefault((m.article, m.index), []).append((m.start, m.end, person))
    return table


def find_statements(articles: Sequence[Article], people: Sequence[Person]) -> list[Statement]:
    """Every attributed quotation of the articles' bodies, and every transcript turn of a named
    speaker, in packet order."""
    by_paragraph = _mentions_by_paragraph(people)
    speaking = _speakers_by_turn(people)
    out: list[Statement] = []
    for article in articles:
        found = _Reader(article, people, by_paragraph).statements() + _turns(article, speaking)
        out.extend(sorted(found, key=lambda st: (st.index, st.start)))
    return out


def _speakers_by_turn(people: Sequence[Person]) -> dict[tuple[str, int], Person]:
    """{(article, paragraph): the person whose turn opens there} from the glossary's speaker mentions."""
    return {(m.article, m.index): p for p in people for m in p.mentions if m.part == Part.SPEAKER}


def _turns(article: Article, speaking: dict[tuple[str, int], Person]) -> list[Statement]:
    """A transcript's turns: what a named speaker says is theirs, quotation marks or not. Each
    paragraph of the turn is a statement; the ones after the first are continuations."""
    out = []
    speaker: Person | None = None
    for index, text in enumerate(article.paragraphs):
        if index in article.speakers:
            speaker = speaking.get((article.slug, index))
            opening = True
        elif not article.speakers or speaker is None:
            continue
        else:
            opening = False
        if speaker is not None and text.strip():
            out.append(Statement(speaker.name, text, article.slug, index, 0, len(text), continuation=not opening, turn=True))
    return out
