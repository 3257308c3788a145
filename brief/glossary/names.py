"""Spotting personal names and the evidence that they are people.

A capitalised sequence is only a candidate: "Cheong Wa Dae", "Blue House" and "North Korea"
look like names too. It counts as a person when the text gives evidence — a title before it
("Foreign Minister Chung Eui-yong"), an appositive after it ("Hong Min, director of …"), a
"said" attribution, a byline or a photo credit. The word lists live in ``lexicon.toml``.
"""

from __future__ import annotations

import regex as re  # Unicode classes (\p{Lu}): names and acronyms in any script
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from .places import places
from .text import Passage, sentence_span_at, tidy

_LEXICON = Path(__file__).with_name("lexicon.toml")
_ORGANISATIONS = Path(__file__).with_name("organisations.toml")  # read for its [countries] only

# One word of a name: "Moon", "Eui-yong", "McCain", "O'Brien"; or an initial "R.".
# A surname may open with a particle joined by a hyphen: "al-Zawahiri", "el-Sisi", "bin-Laden".
_WORD = r"(?:(?:(?:al|el|ad|an|as|ash|at|az|ar|bin|ibn|abu|ben|ould)[-‐])?(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:[-‐]\p{L}[\p{Ll}\p{M}]+)*)"
_TOKEN = rf"(?:{_WORD}|\p{{Lu}}\.)"
_SUFFIX = r"(?:,?\s+(?:Jr\.|Sr\.|III|II|IV)(?![\w]))"
# A run of capitalised words; the first is a full word so "U.S." does not start one.
# Lower-case particles inside a name: "Ursula von der Leyen", "Mohammed bin Salman", "Luiz Inácio Lula da Silva".
_PARTICLE = r"(?:von|van|der|den|de|da|di|del|della|dos|das|du|la|le|bin|binti|ibn|al|el|ter|ten|zu)"
RUN = re.compile(rf"(?<![\w.’'\-‐]){_WORD}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_TOKEN})*{_SUFFIX}?")
_APOSTROPHE_S = re.compile(r"['’]s?$")
_RUN_WORD = re.compile(rf"Jr\.|Sr\.|III|II|IV|(?<=\s){_PARTICLE}(?=\s)|{_TOKEN}")
# How far before a name a title is looked for: nine words, the most role_before takes, fit easily.
_TITLE_WINDOW = 240


@dataclass(frozen=True)
class Lexicon:
    role_heads: frozenset[str]
    relation_nouns: frozenset[str]
    honorifics: frozenset[str]
    role_modifiers: frozenset[str]
    not_person_words: frozenset[str]
    korean_family_names: frozenset[str]
    name_suffixes: frozenset[str]
    speech_verbs: frozenset[str]
    leading_words: frozenset[str]
    nicknames: dict[str, str] = field(default_factory=dict)  # {"Joe": "Joseph"}: short given name, full one
    # Words that end a title read backwards from a name: place and organisation words, except
    # those that qualify a title ("Defense", "Korea" in "Republic of Korea Foreign Minister").
    title_breakers: frozenset[str] = frozenset()
    # The speech verbs as one regex alternation, longest first, for the finders to compile once.
    speech_verb_pattern: str = ""

    def is_honorific(self, word: str) -> bool:
        """"Dr.", "Mr", "Gen.": with or without the British style's missing full stop."""
        return word in self.honorifics or word + "." in self.honorifics

    def is_title_word(self, word: str) -> bool:
        """"Minister", "Defense", hyphenated titles such as "Secretary-General", and a nationality
        ("Vietnamese" in "Vietnamese Minister of Industry and Trade")."""
        parts = [singular(w) for w in word.lower().split("-")]
        return any(w in self.role_heads or w in self.role_modifiers for w in parts) or word.lower() in places().adjectives

    def is_head(self, word: str) -> bool:
        """A post ("Minister"), also in the plural a title shared by a list takes ("Governors")."""
        return any(singular(w) in self.role_heads for w in word.lower().split("-"))


def singular(word: str) -> str:
    """"governors" → "governor", "secretaries" → "secretary"; other words unchanged."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@cache
def lexicon() -> Lexicon:
    data = tomllib.loads(_LEXICON.read_text(encoding="utf-8"))
    lower = {k: frozenset(w.lower() for w in v) for k, v in data.items() if isinstance(v, list)}
    verbs = sorted(lower["speech_verbs"], key=lambda v: (-len(v), v))
    return Lexicon(
        role_heads=lower["role_heads"],
        relation_nouns=lower["relation_nouns"],
        honorifics=frozenset(data["honorifics"]),
        role_modifiers=lower["role_modifiers"],
        not_person_words=lower["not_person_words"],
        korean_family_names=frozenset(data["korean_family_names"]),
        name_suffixes=frozenset(data["name_suffixes"]),
        speech_verbs=lower["speech_verbs"],
        leading_words=lower["leading_words"],
        nicknames=dict(data.get("nicknames", {})),
        title_breakers=lower["not_person_words"] - lower["role_modifiers"] - _places_in_titles(),
        speech_verb_pattern="|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs),
    )


def _places_in_titles() -> frozenset[str]:
    """The words of every country name ("Republic of Korea", "U.S."): they qualify a title
    ("Republic of Korea Foreign Minister") instead of ending it. From organisations.toml."""
    countries = tomllib.loads(_ORGANISATIONS.read_text(encoding="utf-8")).get("countries", {})
    return frozenset(w.lower() for forms in countries.values() for f in forms for w in f.split())


@dataclass
class Sighting:
    """One place a name (or a surname standing for one) is printed, and what the text says there."""

    passage: Passage
    start: int
    end: int
    form: str  # the name as printed, white space tidied
    tokens: tuple[str, ...]  # its words without initials and suffix
    role: str | None = None
    role_at: int | None = None  # where the role phrase starts, for its sentence
    evidence: bool = False  # the text marks it as a person here
    title: str | None = None  # words of a title printed right before a surname ("Defense Minister")

    @property
    def key(self) -> str:
        """"Kim Jong Un" and "Kim Jong-un", "Lloyd Austin" and "Lloyd Austin III" are one person."""
        tokens = self.tokens
        if len(tokens) > 1:  # "Joe Biden" is "Joseph Biden"
            tokens = (lexicon().nicknames.get(tokens[0], tokens[0]), *tokens[1:])
        return "".join(tokens).replace("-", "").replace("‐", "").casefold()

    @property
    def single(self) -> bool:
        return len(self.tokens) == 1

    @property
    def order(self) -> tuple:
        return (self.passage.key, self.start)


_OBJECT_OF_POST = re.compile(r"\b(?:Minister|Ministry|Secretary|Department|Chief|Director|Office|Bureau|Commissioner|Head)\s+(?:of|for)\s+(?:the\s+)?$")
_BROKEN_OFF = re.compile(r"[-‐](?:\s|$|[—–])|\s*\[sic\]", re.IGNORECASE)


def _title_for_before(text: str, start: int) -> int | None:
    """Where the post starts whose "for …" or "of …" phrase runs right up to ``start``
    ("Special Envoy for ", "Under Secretary for Civilian Security, Democracy, and "), or None."""
    lo = max(0, start - 120)
    m = re.search(r"(\S+)\s+(?:for|of)\s+(?:[^.;:()“”\"]{0,80}?(?:,\s+|\s+and\s+))?$", text[lo:start])
    if m is None or not lexicon().is_head(m.group(1).strip(",.").lower()):
        return None
    before = role_before(text, lo + m.end(1))  # the post's own words: "Under Secretary", "UN Special Envoy"
    return before[1] if before else lo + m.start(1)


def _head_of_before(text: str, start: int) -> bool:
    """"CEO of ", "chairman at ": a post's holder is named before; what follows is where."""
    m = re.search(r"(\S+)\s+(?:of|at)\s+(?:the\s+)?$", text[max(0, start - 40) : start])
    return m is not None and lexicon().is_head(m.group(1).strip(",.").lower())


def _titled_surname(bare: list[str], cut: int) -> bool:
    """"Secretary Kerry": one word under a title names a person even when a region shares the
    word (County Kerry); a country or a capital under a title stays a place."""
    return (cut > 0 and len(bare) - cut == 1 and bare[-1] not in places().country_of
            and not places().is_place(" ".join(bare)))  # "… of Saudi Arabia": the title's word is the place's


def sightings(p: Passage) -> list[Sighting]:
    """Every name-like sequence in the passage, with the evidence the text gives for it."""
    lex = lexicon()
    found = []
    for m in RUN.finditer(p.text):
        words = _RUN_WORD.findall(m.group())
        if lex.is_honorific(words[-1]):
            continue  # "… Coordinator Dr.": the name follows the honorific's full stop, as a run of its own
        # Title words at the front ("Defense", "Foreign Minister") belong to the role, not the name.
        cut = _title_cut(words)
        name_words = words[cut:]
        core = tuple(w for w in name_words if not re.fullmatch(r"\p{Lu}\.", w) and w not in lex.name_suffixes)
        if not core or len(core) > 4 or re.fullmatch(r"\p{Lu}\.", name_words[0]) or name_words[0][:1].islower():
            continue
        post_at = _title_for_before(p.text, m.start()) if cut == 0 and len(core) > 2 else None
        if post_at is not None:
            # "Special Envoy for Yemen Hans Grundberg", "Under Secretary for … Human Rights Uzra
            # Zeya": what the post is for closes the title, up to its last place or common word.
            ends = [i for i, w in enumerate(core[:-2]) if _APOSTROPHE_S.sub("", w).lower() in lex.not_person_words
                    or places().is_place(_APOSTROPHE_S.sub("", w))]
            if ends:
                drop = ends[-1] + 1
                cut, core = words.index(core[drop - 1]) + 1, core[drop:]
                name_words = words[cut:]
            else:
                post_at = None
        given = 1 if len(core) > 1 and core[0] in lex.nicknames else 0  # "Bill Lee": a given name, not a bill
        if any(_APOSTROPHE_S.sub("", w).lower() in lex.not_person_words for w in core[given:]):
            continue
        bare = [_APOSTROPHE_S.sub("", w) for w in words]
        if any(places().is_place(" ".join(bare[i:])) for i in range(len(bare))) and not _titled_surname(bare, cut):
            continue  # "Viet Nam", "Northern Ireland", "Saudi Arabia": a place, whatever the text says of it
        bare = [_APOSTROPHE_S.sub("", w) for w in core]
        if len(core) > 1 and lex.is_head(bare[-1]):
            continue  # "Medical Correspondent": a post, not a name
        start = m.start() + _offset_of_word(m.group(), words, cut)
        end = m.end()
        if cut == 0 and _OBJECT_OF_POST.search(p.text, max(0, m.start() - 60), m.start()):
            continue  # "Minister of Planning Investment", "Chief of Naval Operations": what the post is of
        if cut > 0 and len(core) == 1 and lex.is_head(_APOSTROPHE_S.sub("", core[0])):
            continue  # "General Counsel", "Deputy Chief": a post after a title word, not a surname
        if cut > 0 and len(core) == 1 and _head_of_before(p.text, m.start()):
            continue  # "CEO of General Mills": the company a post is at, not General Mills the officer
        if _BROKEN_OFF.match(p.text, end):
            continue  # "Speaker Mc- –McCarthy", "Congresswoman Majority [sic]": a slip, not a name
        s = Sighting(p, start, end, tidy(p.text[start:end]), core)
        _add_evidence(s, p.text)
        if post_at is not None and s.role is None and (post := clean_role(p.text[post_at:start], p.text, post_at, asked_ok=True)):
            s.evidence, s.role, s.role_at = True, post, post_at  # the whole post, "for …" and all
        found.append(s)
    return found


def _title_cut(words: list[str]) -> int:
    """How many words at the front of a run are title ("Defense Minister Suh") or sentence-opening.

    The name starts after the last title word — unless that would leave nothing, as in
    "Martin Luther King", where only a leading title is cut.
    """
    lex = lexicon()
    cut = leading = 0
    for i, w in enumerate(words):
        if lex.is_title_word(w) or lex.is_honorific(w) or (i == cut and w.lower() in lex.leading_words):
            cut = i + 1
            if i == leading:
                leading = i + 1
    return cut if cut < len(words) else leading


def _offset_of_word(run: str, words: list[str], index: int) -> int:
    pos = 0
    for w in words[:index]:
        pos = run.index(w, pos) + len(w)
    return run.index(words[index], pos) if index < len(words) else len(run)


def with_evidence(s: Sighting) -> Sighting:
    """``s`` with the evidence and role its passage gives it (for a sighting cut down after the fact)."""
    _add_evidence(s, s.passage.text)
    return s


def _add_evidence(s: Sighting, text: str) -> None:
    """Mark the sighting as a person when the text says so, and keep the fullest role it states."""
    roles: list[tuple[str, int]] = []
    title = role_before(text, s.start)
    if title is not None:
        words, role_start, has_head = title
        if has_head:
            s.title = words
            roles.append((_one_holder(words) + _of_place(text, s.end), role_start))
        elif words in lexicon().honorifics and words not in _COURTESY:
            roles.append((words, role_start))  # "Gov.", "Gen.": an abbreviated title is still a role
        s.evidence = has_head or words in lexicon().honorifics  # "Minister Chung", "Mr. Kim"
    roles = [(cleaned, at) for role, at in roles if (cleaned := clean_role(role, text, at, asked_ok=True))]
    if not s.single:  # a bare surname takes its evidence from the person it stands for
        # An appositive or a role before a comma is read from the words around the name, which a
        # question only asks about; a title right before the name is stated even in a question.
        appositive = appositive_after(text, s.end)
        if appositive and (cleaned := clean_role(appositive, text, s.end)):
            roles.append((cleaned, s.end))
        preceding = _role_before_comma(text, s.start, s.end)
        if preceding and (cleaned := clean_role(preceding[0], text, preceding[1])):
            roles.append((cleaned, preceding[1]))
        s.evidence = s.evidence or bool(roles) or _attributed(text, s.start, s.end) or _introduced(text, s.start, s.end)
    if roles:
        s.role, s.role_at = max(roles, key=lambda r: len(r[0].split()))


# Words that may open a role: determiners are dropped, these stay ("former Secretary of State").
_ROLE_OPENERS = frozenset(
    "former acting deputy senior chief top longtime then-president interim outgoing incoming incumbent "
    "newly elected veteran retired first second third one".split()
)
# Forms of address ("Madam Vice President", "His Holiness Pope") are how one speaks to the holder,
# not the post; an auxiliary opening a question ("Will Congressman Carey …?") is no part of it.
_DETERMINERS = re.compile(
    r"^(?:(?:the|a|an|our|my|your|his|her|their|its|this|that|these|those|same|new|also|now|madam|madame|mister|holiness|majesty"
    r"|highness|excellency|will|would|can|could|should|did|does|do)\s+)+",
    re.IGNORECASE,
)
# Where a role phrase runs on into a clause or a second person: it is cut there.
_ROLE_END = re.compile(r"\s+(?:(?:with|to|for|by|from|of|in|at|about)\s+(?:whom|which)|who|whom|whose|which|that|where|when|while|as well as|and the|and his|and her)\s|\s+[—–]\s|[;:?!]|\.\s")
ROLE_MAX_WORDS = 24
_COPULA_CLAUSE = re.compile(r",?\s+who\s+(?:is|was|has been|had been|served as|serves as|became)\s+(?:also\s+)?")
# "who heads the shippers' association" states a post as a verb: it becomes "head of …".
_POST_VERBS = {"heads": "head", "leads": "leader", "chairs": "chair", "runs": "head", "directs": "director",
               "founded": "founder", "represents": "representative", "commands": "commander"}
_POST_CLAUSE = re.compile(r"^who\s+(" + "|".join(_POST_VERBS) + r")\s+(?=\S)")


def clean_role(role: str, text: str, at: int, asked_ok: bool = False) -> str | None:
    """``role`` as a noun phrase ("our National Security Advisor" → "National Security Advisor"),
    or None when it is not one: a clause ("will host a roundtable"), a question, a fragment.

    A role names a post or a relation: it opens with a title word, a nationality, a capitalised
    word, a possessive, or a word such as "former", and holds a title or relation noun early on.
    """
    if not asked_ok and sentence_at(text, at).rstrip(" ”’\"')").endswith("?"):
        return None  # a question asks; it states no one's post
    lex = lexicon()
    role = _DETERMINERS.sub("", tidy(role))
    # "Chung's predecessor who served as the inaugural foreign minister": the clause names a post,
    # so it stays as an appositive; any other clause ends the role.
    role = _COPULA_CLAUSE.sub(", ", role)
    role = _ROLE_END.split(role, maxsplit=1)[0].strip(" ,.")
    words = role.split()
    if not words or len(words) > ROLE_MAX_WORDS:
        return None
    first = words[0].strip("“\"(")
    bare = [re.sub(r"[^\w-]", "", w).lower() for w in words]
    opens = (
        first[:1].isupper()
        or first.lower() in _ROLE_OPENERS
        or first.lower().startswith(("then-", "ex-", "vice-", "co-"))
        or re.search(r"['’]s$", first) is not None
        or lex.is_title_word(first)
        or bare[0] in lex.relation_nouns
    )
    if not opens:
        return None
    if not any(lex.is_head(w) or w in lex.relation_nouns for w in bare[:8]):
        return None
    return role


def sentence_at(text: str, pos: int) -> str:
    span = sentence_span_at(text, pos)
    return text[span[0] : span[1]] if span else text


# Styles of courtesy a title may stand before: "Madam Speaker Honorable Nancy Pelosi".
_STYLES = frozenset({"Honorable", "Honourable", "Hon."})


def role_before(text: str, start: int) -> tuple[str, int, bool] | None:
    """The title printed right before ``start`` ("US Secretary of State"): words, start, has a head noun."""
    lex = lexicon()
    lo = max(0, start - _TITLE_WINDOW)
    words = list(_NON_SPACE.finditer(text, lo, start))
    if lo > 0 and words and words[0].start() == lo and not text[lo - 1].isspace():
        words.pop(0)  # cut by the window: not a whole word
    if not words or not text[words[-1].end() : start].strip() == "":
        return None
    if _APOSTROPHE_S.search(words[-1].group()) and words[-1].group()[:1].isupper():
        return None  # "President Biden's Medicare": a possessor right before a word, not a title
    taken: list[re.Match] = []
    head = False
    courtesy = None
    for i in range(len(words) - 1, -1, -1):
        w = words[i].group()
        if w in _STYLES and not taken and courtesy is None:
            courtesy = words[i]  # "Speaker Honorable Nancy Pelosi": a style between title and name
            continue
        if w in lex.honorifics and not taken:
            return w, words[i].start(), False
        if re.search(r"[,;:()“”\"]$", w) or _ends_sentence(w) or len(taken) >= 9:
            break
        bare = w.lower()
        under_secretary = bare == "under" and taken and taken[-1].group().lower().startswith("secretar")
        if bare in lex.leading_words and bare not in {"of", "for", "and", "the"} and not under_secretary:
            break  # "Under President Biden", "Perhaps Speaker Johnson": the title starts after it
        if w == "fellow":
            break  # "our fellow Christians": an adjective; the post is "Fellow" or "a fellow at …"
        if lex.is_head(bare):
            head = True
        elif bare in {"of", "for"}:
            # "Secretary of State": what follows "of" qualifies a post still to come. Once a post
            # is taken ("… in Warsaw of Madam Vice President"), "of" belongs to something else.
            left = words[i - 1].group() if i > 0 else ""
            if not (left[:1].isupper() and taken) or head:
                break
        elif bare == "the" and i > 0 and words[i - 1].group().lower() in {"of", "for"} and taken:
            pass  # "Secretary of the Treasury", "Minister of the Interior"
        elif bare in {"and", "&"}:  # "Minister of Industry and Trade", not "President and Prime Minister"
            left = words[i - 1].group().strip(",") if i > 0 else ""
            if not taken or head or not lex.is_title_word(left) or lex.is_head(left):
                break
        elif not (w[:1].isupper() and (bare not in lex.title_breakers or _object_of_post(words, i))):
            break
        taken.append(words[i])
    while taken and taken[-1].group().lower() in {"of", "for", "the"}:
        taken.pop()
    if not taken:
        return (courtesy.group(), courtesy.start(), False) if courtesy else None
    first = taken[-1]
    end = courtesy.start() if courtesy else start
    return tidy(text[first.start() : end]), first.start(), head


_NON_SPACE = re.compile(r"\S+")


def _object_of_post(words: list, i: int) -> bool:
    """"Treasury" in "Secretary of the Treasury": a body named after "of (the)" belongs to the title."""
    before = [w.group().lower() for w in words[max(0, i - 2) : i]]
    return before[-1:] in (["of"], ["for"]) or before == ["of", "the"]


def _one_holder(title: str) -> str:
    """A title shared by a list, as one of them holds it: "Governors" → "Governor"."""
    heads = lexicon().role_heads
    out = []
    for w in title.split():
        one = singular(w.lower())
        out.append(one[:1].upper() + one[1:] if one != w.lower() and one in heads and w[:1].isupper() else w)
    return " ".join(out)


def _ends_sentence(word: str) -> bool:
    """"2021." ends a sentence, so do "Manchin?" and "now!"; "U.S." does not."""
    return word.endswith(("?", "!", "?”", "!”")) or (word.endswith(".") and len(word) > 2 and "." not in word[:-1])


_COURTESY = {"Mr.", "Mrs.", "Ms.", "Dr.", "Madam", "Madame", "Mme."}



_OF_PLACE = re.compile(r"\s+of\s+((?:the\s+)?\p{Lu}[\w.’'\-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\w.’'\-]*){0,5})")


# Prepositions and conjunctions a title-case headline capitalises: they end a place name
# ("Prime Minister Modi of the Republic of India Before Bilateral Meeting").
_HEADLINE_LINKS = frozenset(
    "before after during with ahead amid about following regarding upon into over under without within "
    "between through against toward towards across behind beyond near in at on to for and from by".split()
)


def _of_place(text: str, end: int) -> str:
    """" of Japan" / " of the United States" after a titled name belongs to the title."""
    m = _OF_PLACE.match(text, end)
    if not m:
        return ""
    words = []
    for w in tidy(m.group(1)).split():
        if w.lower() in _HEADLINE_LINKS and words:
            break
        words.append(w)
        if w.endswith(".") and not re.fullmatch(r"(?:\p{L}\.)+", w):
            break  # "France." ends the sentence; "U.S." does not
    return " of " + " ".join(words).rstrip(".") if words else ""


_COMMA = re.compile(r",\s+")
_AS_POST = re.compile(r",\s+as\s+([^,;.]+)")


def appositive_after(text: str, end: int) -> str | None:
    """The role in ", director of the …," or ", who served as …" after a name, if it is one."""
    lex = lexicon()
    m = _COMMA.match(text, end)
    if not m:
        return None
    start = m.end()
    segment = _segment(text, start)
    words = segment.split()
    if not words or len(words) > 30 or words[0].lower() in lex.speech_verbs:
        return None
    first = words[0]
    # "Mark Clouse, CEO of Campbell Soup", "Hong Min, director of …": a title may open it capitalised.
    # "Antony Blinken, State Secretary,": a qualifier may open a capitalised title.
    opens_title = lex.is_head(first.strip(",.")) or (
        lex.is_title_word(first) and len(words) > 1 and lex.is_head(words[1].strip(",."))
    )
    if not (first[:1].islower() or re.search(r"['’]s$", first) or opens_title):
        return None
    if first[:1].isupper() and len(words) > 1 and words[1][:1].isupper() and not lex.is_title_word(words[1]):
        return None  # ", Admiral Gilday,": another titled name, not this one's post
    lowered = [re.sub(r"[^\w-]", "", w).lower() for w in words]
    relative = first == "who" and len(words) > 1
    if not relative and not any(w in lex.role_heads or w in lex.relation_nouns for w in lowered):
        return None
    former = re.match(r"who\s+(?:was|had been|served as|became|was named|was appointed)\s+", segment) is not None
    segment = _POST_CLAUSE.sub(lambda m: _POST_VERBS[m.group(1)] + " of ", segment)
    role = re.sub(r"^who\s+(?:was|is|has been|had been|served as|serves as|is serving as|became|was named|was appointed)\s+", "", segment)
    role = re.sub(r"^who\s+", "", role)
    after = start + len(segment)
    # "appointed X, who was the chairman of the committee, as foreign minister": the post named
    # after the clause is the one the person holds now; the clause says what they were.
    appointed = _AS_POST.match(text, after)
    if former and appointed:
        return tidy(f"{appointed.group(1).strip()}, formerly {role}")
    # A second appositive that closes the sentence (", a think tank in Seoul") still describes the role.
    more = re.match(r",\s+(an?\s+[^,;]+?)[.;]?$", text[after : _sentence_end(text, start)])
    if more:
        role += ", " + more.group(1).strip()
    return tidy(role)


def _segment(text: str, start: int) -> str:
    """From ``start`` to the next comma, semicolon or sentence end."""
    stop = _sentence_end(text, start)
    cut = re.search(r"[,;]", text[start:stop])
    piece = text[start : start + cut.start()] if cut else text[start:stop]
    return piece.rstrip().rstrip(".")


def _sentence_end(text: str, pos: int) -> int:
    span = sentence_span_at(text, pos)
    return span[1] if span else len(text)


_COMMA_BEFORE = re.compile(r",\s+$")


def _role_before_comma(text: str, start: int, end: int) -> tuple[str, int] | None:
    """"A Foreign Ministry spokesperson, Choi Young-sam, said": the role is the phrase before."""
    lex = lexicon()
    # "our Special Envoy, Tim Lenderking." / "Another small business owner, Tim Miller from Oklahoma, called …"
    after = _FROM_PLACE.match(text, end)
    end = after.end() if after else end
    if not (text.startswith(",", end) or re.match(r"[.;]?\s*$|[.;]\s", text[end : end + 2])):
        return None
    comma = _COMMA_BEFORE.search(text, max(0, start - _TITLE_WINDOW), start)
    if not comma:
        return None
    lo = max(0, comma.start() - _TITLE_WINDOW)
    boundary = max(text.rfind(c, lo, comma.start()) for c in ",;:.“”\"(")
    if boundary < 0 and lo > 0:
        return None  # no clause start within the window: far more than six words
    phrase_start = boundary + 1
    words = list(_NON_SPACE.finditer(text, phrase_start, comma.start()))
    heads = [i for i, w in enumerate(words) if _bare(w.group()) in lex.role_heads or _bare(w.group()) in lex.relation_nouns]
    if not words or not heads:
        return None
    first = _noun_phrase_start([w.group() for w in words], heads[-1])
    if first is None or len(words) - first > ROLE_PHRASE_MAX_WORDS:
        return None
    return tidy(text[words[first].start() : comma.start()]), words[first].start()


ROLE_PHRASE_MAX_WORDS = 8
_FROM_PLACE = re.compile(r"\s+(?:from|of|in)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?=[,.;])")
_NP_OPENERS = frozenset("the a an my our your his her their its this that these those same".split())


def _bare(word: str) -> str:
    return re.sub(r"[^\w-]", "", _APOSTROPHE_S.sub("", word)).lower()


def _noun_phrase_start(words: list[str], head: int) -> int | None:
    """Where the noun phrase holding ``words[head]`` starts: its determiner or possessor
    ("the Chief of Staff", "Mitt Romney's top attorney", "my top attorney during my campaign").

    A short phrase with neither is taken whole ("Foreign Ministry spokesperson"); a longer one
    is a clause ("Secretary Mnuchin continues today with …") and gives no role.
    """
    for i in range(head, -1, -1):
        w = words[i]
        if w.lower() in _NP_OPENERS:
            return i
        if _APOSTROPHE_S.search(w) and w[:1].isupper():  # a possessor: back to its first name word
            j = i
            while j > 0 and words[j - 1][:1].isupper() and words[j - 1].lower() not in lexicon().leading_words:
                j -= 1
            return j
    if all(w[:1].isupper() for w in words):
        return None  # "Donnie King, Tyson Foods": a name before the comma, not a role
    return 0 if len(words) <= 6 else None


def _attributed(text: str, start: int, end: int) -> bool:
    """"said Kim Hyung-suk" or "Chung Eui-yong said": a speaker is a person."""
    before, after = _attribution_res()
    if _OUTLET_OR_POST_AFTER.match(text, end):
        return False  # "notes Echo Moskvy blogger Boris Nadezhdin", "the Al Akhbar website": a name for a body
    if before.search(text, max(0, start - _TITLE_WINDOW), start):
        return True
    if _AFFILIATION_BEFORE.search(text, max(0, start - _TITLE_WINDOW), start):
        return False  # "Ana Beltrán of Ojo Público wrote": the blog or paper she writes for
    if _ADDRESSED.search(text, max(0, start - _TITLE_WINDOW), start):
        return True  # "I spoke with Tim Cook", "we met with Ana Ruiz": someone one talks to
    if _OF_AGENCY.match(text, end):
        return True  # "Pete Gaynor of FEMA reported": someone who works for a body named by its letters
    if _GIVEN_FLOOR.search(text, max(0, start - _TITLE_WINDOW), start):
        return True  # "My name is Ana Ruiz.", "the next question will come from Ana Ruiz of Reuters"
    if _AUTHOR_OF.match(text, end) or _RESUMED.match(text, end):
        return True  # "Gérard Noiriel, « Le creuset français »": an author and the work; "Peter Navarro, he's …"
    if _POSSESSOR.match(text, end):
        return True  # "Mitt Romney's top attorney", "Ana Ruiz's husband": one who has a post's holder or a relative
    return bool(after.match(text, end))


_OF_AGENCY = re.compile(r"\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu}{2,}\b(?![.’'-]\p{L})")
# Who is speaking or about to: a questioner's own name, a moderator handing over the floor.
_GIVEN_FLOOR = re.compile(r"(?i:\bmy\s+name\s+is|\bquestions?\b[^.?!]{0,40}?\b(?:from|goes\s+to|to)|\bthe\s+floor\s+to|\bturn\s+it\s+over\s+to|\bnext\s+is)\s+$")
# After a name, a word for a publication or a post and then another name: the first name is where
# the second works, not a person ("Echo Moskvy blogger Boris Nadezhdin", "the Al Akhbar website").
_OUTLET_AFTER = re.compile(r"\s+(?:website|site|newspaper|daily|weekly|paper|blog|magazine|channel|radio|station|network|agency|portal)\b")
_OUTLET_OR_POST_AFTER = re.compile(
    _OUTLET_AFTER.pattern + r"|\s+(?:blogger|columnist|reporter|correspondent|editor|spokesman|spokeswoman|spokesperson|anchor|host)\s+\p{Lu}"
)


def names_a_publication(text: str, end: int) -> bool:
    """"the Al Akhbar website", "Rappler newspaper": the name before is a publication's."""
    return _OUTLET_AFTER.match(text, end) is not None
_AUTHOR_OF = re.compile(r",\s*[«“\"]\s*\p{Lu}")
_RESUMED = re.compile(r",\s+(?:he|she)(?:['’]s|\s+(?:is|was|has|had|said|says|will|would))\b")
_ADDRESSED = re.compile(r"\b(?:spoke|speak|speaking|talked|talk|talking|met|meet|meeting|conferred|consulted|phoned|called)"
                        r"(?:\s+(?:today|yesterday|again|also|last\s+\w+|this\s+\w+))?(?:,[^,.;]{1,40},)?\s+(?:with|to)\s+$")


@cache
def _possessor_re() -> re.Pattern:
    nouns = "|".join(sorted(lexicon().role_heads | lexicon().relation_nouns, key=len, reverse=True))
    return re.compile(rf"['’]s?\s+(?:[\p{{L}}-]+\s+){{0,2}}(?:{nouns})s?\b", re.IGNORECASE)


class _Possessor:
    def match(self, text: str, pos: int):
        return _possessor_re().match(text, pos)


_POSSESSOR = _Possessor()


_AFFILIATION_BEFORE = re.compile(r"\p{Lu}[\p{Ll}\p{M}]+\s+(?:of|from|at)\s+$")


@cache
def _attribution_res() -> tuple[re.Pattern, re.Pattern]:
    verbs = lexicon().speech_verb_pattern
    # After the name, an appositive may stand between it and the verb: "Maria Kowalska, who heads
    # the shippers' association, said".
    # Between the name and the verb may also stand where the speaker writes or works ("of Chicken in
    # Kiev", "from Vivir México") and a handle or language mark ("(@jenarovillamil)", "[uk]").
    # Before the name, a title may stand between it and the verb: "said Secretary of the Treasury Janet L. Yellen".
    return (re.compile(rf"(?i:\b(?:{verbs})|\baccording to|\b(?:comment|post|tweet|message|letter|column|note)s?\s+(?:from|by))"
                       rf"\s+(?:(?:\p{{Lu}}[\w.’'-]*|of|for|the|and)\s+){{0,8}}$"),
            re.compile(rf"(?:\s*[(\[][^()\[\]]{{1,40}}[)\]])?(?:\s+(?:of|from|at)\s+[^,;.:“”\"()]{{1,60}}?)?"
                       rf"(?:,[^,;.“”\"]{{1,120}},)?,?\s+(?:also\s+)?(?:{verbs})\b"))


_HANDLE_AFTER = re.compile(r"\s*\(@\w{2,30}\)")
_LABEL_AFTER = re.compile(r":\s+\S")


def _introduced(text: str, start: int, end: int) -> bool:
    """"Darío Ramírez (@expresate33)": a name with its social-media handle; "Miko Lucena: Call it …"
    opening a paragraph: a commenter quoted by name. Either way a person."""
    if _HANDLE_AFTER.match(text, end):
        return True
    if _INITIALS_ONLY.fullmatch(text[:start]) is None:
        return False
    # "Miko Lucena: Call it …" (a commenter); "Tim Arvier from Channel 9 Australia." (a reporter introducing himself)
    return any(r.match(text, end) is not None for r in (_LABEL_AFTER, _INTRODUCTION, _LIST_ITEM))


_INTRODUCTION = re.compile(r"\s+(?:from|with|of)\s+\p{Lu}[^.?!]{0,50}[.?!]")
# A line of a list of people: "Dave Clark, Whole Foods." — a name and where the person works, nothing else.
_LIST_ITEM = re.compile(r",\s+\p{Lu}[\p{L}\p{N}&.'’ -]{1,40}\.?\s*$")


_INITIALS_ONLY = re.compile(r"\s*(?:\p{Lu}\.\s*)*")  # nothing, or the initials of the name ("R. David Edelman:")
