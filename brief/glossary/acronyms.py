"""Acronyms in the text: the ones printed (THAAD, U.S.) and the ones the text defines.

Definitions are found with the Schwartz–Hearst idea (Pacific Symposium on Biocomputing, 2003):
a short form in parentheses is matched letter by letter, from its end, against the words before
it, and the first letter must start a word. It needs no training data and is rarely wrong when it
does match. Two extensions matter for news and government text: counting only content words when
sizing the window ("Conference of the Parties" has three small words), and numbered short forms
whose number is an ordinal in front of the long form ("27th Conference … (COP27)").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

import regex as re  # Unicode classes (\p{Lu}): names and acronyms in any script

from ..dates import time_zone_abbreviations
from .names import lexicon
from .places import places
from .terms import load_terms
from .text import heading_ranges, inside, sentence_spans, tidy

# A printed acronym: 2–8 capitals/digits (with & inside), an optional plural "s" after it.
_TOKEN = re.compile(r"(?<![\w&+.’'])(\p{Lu}[\p{Lu}0-9&]*[\p{Lu}0-9])(s?)(?![\w&+])")
# Three or more words in capitals in a row: shouting or a heading, not acronyms.
_CAPS_RUN = re.compile(r"(?:\b\p{Lu}[\p{Lu}’'\-]+\b[\s,:&]+){2,}\b\p{Lu}[\p{Lu}’'\-]+\b")
# A label in capitals opening a title or paragraph: "FACT SHEET:", "READOUT:", "UPDATED:".
_OPENING_LABEL = re.compile(r"^\s*(?:\p{Lu}[\p{Lu}’'\-]+\s+)+\p{Lu}[\p{Lu}’'\-]+:")
# "SEOUL (Yonhap) --" or "WASHINGTON —" opening a paragraph.
_DATELINE = re.compile(r"^\s*\p{Lu}[\p{Lu} .'’-]{2,}(?:,\s*\p{Lu}[\w .]+)?\s*(?:\([^)]*\))?\s*(?:--|—|–)")
# A dotted acronym ("E.U.", "U.N."); read by its letters, so it is the same term as "EU".
_DOTTED = re.compile(r"(?<![\w.])((?:\p{Lu}\.){2,5})(?![\w])")
_PAREN = re.compile(r"\(\s*([^()]{1,160}?)\s*\)")
_BEFORE_NAME = re.compile(r"\s+\p{Lu}\p{Ll}")
_SURNAME_AFTER = re.compile(r"\s+\p{Lu}[\p{Ll}\p{M}]+(?:[-‐]\p{Lu}[\p{Ll}\p{M}]+)?(?![\w’'-]|\s+\p{Lu})")
_SHORT_BEFORE = re.compile(r"(\p{Lu}[\w&.+\-]*[\w.])\s*$")
_TAIL = 40  # a short form (at most ten characters) and the space after it
_SMALL_WORDS = {"of", "the", "and", "for", "on", "in", "to", "a", "an", "at", "with", "by", "&"}


@dataclass(frozen=True)
class Definition:
    """An acronym the text defines, with where both halves are."""

    short: str
    long: str
    short_span: tuple[int, int]
    long_span: tuple[int, int]


# Handles and addresses: "@POTUS44", "Facebook.com/POTUS", "www.fema.gov/COVID" name accounts, not terms.
_ADDRESS = re.compile(r"@\w+|(?:https?://)?(?:[\w-]+\.)+(?:com|org|gov|net|edu|int|io|co|uk|mil)\b(?:/[\w@./%-]*)?", re.IGNORECASE)
# A transcript's stage directions: "[PAUSE]", "(LAUGHTER)", "[APPLAUSE]", "(inaudible)".
_STAGE_DIRECTION = re.compile(r"[\[(][\p{Lu}\s.]{3,30}[\])]")


def skipped_ranges(text: str) -> list[tuple[int, int]]:
    """Where capitals are typography, not acronyms: headings, shouting, datelines and labels."""
    ranges = list(heading_ranges(text))
    ranges += [m.span() for m in _CAPS_RUN.finditer(text)]
    ranges += [m.span() for m in _ADDRESS.finditer(text)]
    ranges += [m.span() for m in _STAGE_DIRECTION.finditer(text)]
    for opening in (_DATELINE.match(text), _OPENING_LABEL.match(text)):
        if opening:
            ranges.append(opening.span())
    return ranges


def acronym_tokens(text: str, skip: list[tuple[int, int]], names: frozenset[str] = frozenset(),
                   words: frozenset[str] = frozenset()) -> list[tuple[str, int, int]]:
    """Candidate acronyms (token, start, end) in mixed-case text; the span leaves out a plural s.

    ``names`` are people's names in capitals ("KIRBY"): a transcript's label, not a term.
    ``words`` are the packet's words in lower case: "HOME", "RACE", "WINNING" set in capitals are
    those words shouted or a programme's styled name, not letters to spell out (unless the
    curated list knows them, as it knows CARES and AIDS).
    """
    found = []
    for m in _TOKEN.finditer(text):
        token = m.group(1)
        if not 2 <= len(token) <= 8 or sum(c.isupper() for c in token) < 2:
            continue
        if set(token) <= set("IVX") or (len(token) >= 3 and _ROMAN.fullmatch(token)):
            continue  # a Roman numeral (II, XV, LXXV), not an acronym
        if token not in _curated_keys() and (
            (token.isalpha() and token.lower() in words) or not _latin(token) or token.title() in places().country_of
        ):
            continue  # "WINNING", "ΧΩΡΙΣ", "SUDAN": a word shouted (in any script) or a place, not letters
        if len(token) == 2 and token not in _curated_keys() and _SURNAME_AFTER.match(text, m.end(1)):
            continue  # "DJ Patil", "JB Pritzker": a given name's initials, not a term
        if inside(m.start(), skip) or token in names or not_an_acronym(token, text, m.start(1)):
            continue
        found.append((token, m.start(1), m.end(1)))
    for m in _DOTTED.finditer(text):
        # "J.R. Smith": initials before a name, unless the form is one the curated file knows.
        if inside(m.start(), skip) or _BEFORE_NAME.match(text, m.end()) and m.group(1) not in _known_dotted():
            continue
        found.append((m.group(1).replace(".", ""), m.start(1), m.end(1)))
    return found




def _latin(token: str) -> bool:
    """Written in Latin letters: a glossary in English can spell those out; "ΜΜΕ" or "НИ" set in
    capitals are words of a quotation in another language."""
    return all("LATIN" in unicodedata.name(c, "") for c in token if c.isalpha())


_ROMAN = re.compile(r"M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def is_clock_mark(text: str, start: int, token: str) -> bool:
    """The AM or PM of a clock time ("11:30 PM")."""
    return token.replace(".", "").upper() in ("AM", "PM") and re.search(r"\d\s*$", text[max(0, start - 12) : start]) is not None


def not_an_acronym(token: str, text: str, start: int) -> bool:
    """Capitals that are not a term: a time zone ("EST"), a clock's AM/PM, an ordinary word or a
    courtesy title set in capitals ("THE", "NOT", "MR"), a state's code after its city
    ("Las Vegas, NV"), a designation ("RC-135"). Only a token the curated list does not know is
    judged here."""
    before = text[max(0, start - 12) : start]
    if is_clock_mark(text, start, token):
        return True  # even though PM is also the curated Prime Minister
    if token in _curated_keys():
        return False
    if token in _time_zones() or token in _FUNCTION_WORDS() or token + "." in lexicon().honorifics or token.title() + "." in lexicon().honorifics:
        return True
    if token.title() + "." in lexicon().name_suffixes:
        return True  # "JOSEPH R. BIDEN JR.": a name's suffix in capitals
    after = text[start + len(token) : start + len(token) + 3]
    # A model or variant's designation ("RC-135", "BA.2", "MQ-9"), or a word broken off as a
    # speaker starts again ("with HH- — HHS"): letters that are part of something else.
    if re.match(r"[-‐.]\d|[-‐](?:\s|$|[—–])", after):
        return True
    # A family name set in capitals after the initials of the given name ("A. SAYAD", "J.-P. DUPONT"),
    # as reading lists and French usage print authors.
    if re.search(r"(?:^|\s)(?:\p{Lu}\.[-‐]?){1,3}\s*$", before) and len(token) >= 3:
        return True
    return token in _region_codes() and re.search(r"\p{Lu}[\p{Ll}\p{M}.]+,\s*$", before) is not None


@cache
def _curated_keys() -> frozenset[str]:
    return frozenset(load_terms())


def _time_zones() -> frozenset[str]:
    return time_zone_abbreviations()


@cache
def _FUNCTION_WORDS() -> frozenset[str]:  # noqa: N802 - a constant computed once
    return frozenset(w.upper() for w in lexicon().leading_words)


@cache
def _region_codes() -> frozenset[str]:
    """The codes of states and provinces (ISO 3166-2: "NV", "NSW", "ON")."""
    import pycountry

    return frozenset(code for s in pycountry.subdivisions if (code := s.code.split("-", 1)[1]).isalpha())


@cache
def _known_dotted() -> frozenset[str]:
    """Dotted forms the curated file lists ("U.S.", "U.N."): they stand before capitalised words
    ("U.S. Secretary") as often as anywhere, unlike a person's initials."""
    return frozenset(f for e in load_terms().values() for f in e.acronym_forms if _DOTTED.fullmatch(f))


def is_short_form(candidate: str) -> bool:
    """Could this be an acronym? Schwartz–Hearst's test, plus two capitals so "(center)" is not."""
    words = candidate.split()
    if not 2 <= len(candidate) <= 10 or len(words) > 2 or not candidate[0].isalnum():
        return False
    if len(words) == 2 and not all(sum(c.isupper() or c.isdigit() for c in w) >= 2 for w in words):
        return False  # "(Viet Nam)": a name in brackets, not a short form
    upper = sum(c.isupper() for c in candidate)
    return upper >= 2 or (upper == 1 and any(c.isdigit() for c in candidate))


def definitions(text: str) -> list[Definition]:
    """Every "long form (SF)" and "SF (long form)" pair in ``text``."""
    found = []
    skip = heading_ranges(text)
    for m in _PAREN.finditer(text):
        if inside(m.start(), skip):
            continue
        inner = m.group(1)
        if is_short_form(inner):
            lf = _long_form_before(inner, text, m.start())
            if lf:
                found.append(Definition(inner, tidy(text[lf[0] : lf[1]]), m.span(1), lf))
            continue
        # The short form ends right before the parenthesis: only a bounded tail can hold it.
        before = _SHORT_BEFORE.search(text, max(0, m.start() - _TAIL), m.start())
        if before and is_short_form(before.group(1)) and len(inner.split()) >= 2:
            short = before.group(1)
            start = _match(_letters(short), inner)
            if start is not None and not inner[:start].strip():
                found.append(Definition(short, tidy(inner), before.span(1), m.span(1)))
    return found


def _long_form_before(short: str, text: str, paren: int) -> tuple[int, int] | None:
    """The long form ending just before ``paren``, within its clause, or None."""
    clause_start = _clause_start(text, paren)
    end = paren
    while end > clause_start and text[end - 1].isspace():
        end -= 1
    letters = _letters(short)
    limit = min(len(letters) + 5, len(letters) * 2)
    window_start = _window_start(text, clause_start, end, limit)
    window = text[window_start:end]
    start = _match(letters, window)
    if start is None:
        number = re.search(r"(\d+)$", letters)
        if not number or number.start() == 0:
            return None
        # "27th Conference of the Parties … (COP27)": letters from the words, number from the ordinal.
        start = _match(letters[: number.start()], window)
        if start is None:
            return None
        ordinal = re.search(r"(?<!\S)" + number.group(1) + r"(?:st|nd|rd|th)?\s+$", window[:start])
        if not ordinal:
            return None
        start = ordinal.start()
    long_form = window[start:]
    words = long_form.split()
    if len(words) < 2 or any(w.strip(".,;:") == short for w in words):
        return None
    return window_start + start, end


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` begins: its sentence, or a nearer ";", ":" or parenthesis."""
    start = 0
    for a, b in sentence_spans(text):
        if a <= pos < b:
            start = a
            break
    for mark in (";", ":", "(", ")", "“", "”", '"'):
        i = text.rfind(mark, start, pos)
        if i >= 0:
            start = max(start, i + 1)
    return start


def _window_start(text: str, lo: int, hi: int, limit: int) -> int:
    """Start of the last ``limit`` content words before ``hi`` (small words are free)."""
    counted = 0
    start = hi
    for m in reversed(list(re.finditer(r"\S+", text[lo:hi]))):
        word = m.group().lower()
        if word not in _SMALL_WORDS:
            counted += 1
            if counted > limit:
                break
        start = lo + m.start()
    return start


def _letters(short: str) -> str:
    return "".join(c.lower() for c in short if c.isalnum())


def _match(letters: str, candidate: str) -> int | None:
    """Schwartz–Hearst matching: the start of the long form in ``candidate``, or None.

    Walks both strings from the end; each short-form character must appear in order, and the
    first must begin a word (the character before it is not a letter or digit).
    """
    if not letters:
        return None
    s, i = len(letters) - 1, len(candidate) - 1
    while s >= 0:
        c = letters[s]
        while i >= 0 and (
            candidate[i].lower() != c or (s == 0 and i > 0 and candidate[i - 1].isalnum())
        ):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    return i + 1
