"""Finding where the curated forms occur: acronym printings and spelled-out phrases.

One alternation per kind, longest form first, so at any place the longest form wins
("United Nations Security Council" is UNSC, not UN) and scanning stays one pass per passage
however many entries the glossary holds.
"""

from __future__ import annotations

import re as stdlib_re
from collections.abc import Iterable

import regex as re  # Unicode classes (\p{Lu}): names and acronyms in any script

from .terms import TermEntry
from .text import inside, phrase_pattern, tidy

Hit = tuple[str, int, int]  # entry key, start, end


def normal_form(text: str) -> str:
    """How two printings of one phrase compare: spacing, apostrophes, hyphen spacing and case set aside."""
    text = tidy(text).replace("’", "'").replace("‐", "-").replace("‑", "-")
    return re.sub(r"-\s+", "-", text).casefold()


class FormIndex:
    """Every curated acronym form and phrase, compiled once for a packet."""

    def __init__(self, entries: dict[str, TermEntry]):
        self.entries = entries
        self._acronyms: dict[str, str] = {}
        for key, entry in entries.items():
            for form in entry.forms:
                self._acronyms.setdefault(form, key)
        for key, entry in entries.items():  # an entry's own key beats another entry's variant
            if key in entry.acronym_forms:
                self._acronyms[key] = key
        self._phrases: dict[str, str] = {}
        for key, entry in entries.items():
            for phrase in entry.phrases:
                self._phrases.setdefault(normal_form(phrase), key)
        self._acronym_re = _alternation(
            self._acronyms, r"(?<![\p{L}0-9&+])", r"(?=s?(?![\p{L}0-9&+]))", 0, exact=True
        )
        self._phrase_re = _alternation(
            {p: k for k, e in entries.items() for p in e.phrases}, r"(?<!\w)", r"(?!\w)", re.IGNORECASE
        )

    def key_for_acronym(self, form: str) -> str | None:
        """The entry an acronym printing belongs to: its own key, a listed form, or the undotted form."""
        if form in self._acronyms:
            return self._acronyms[form]
        undotted = form.replace(".", "")
        if undotted in self._acronyms:
            return self._acronyms[undotted]
        # "COP25", "FY24": a numbered instance of a listed series (COP, FY) is that entry.
        numbered = re.fullmatch(r"([A-Z]{2,})[-‐]?\d{1,4}", undotted)
        return self._acronyms.get(numbered.group(1)) if numbered else None

    def acronyms(self, text: str, skip: list[tuple[int, int]]) -> list[Hit]:
        if self._acronym_re is None:
            return []
        return [
            (self._acronyms[m.group()], m.start(), m.end())
            for m in self._acronym_re.finditer(text)
            if not inside(m.start(), skip)
        ]

    def phrases(self, text: str, skip: list[tuple[int, int]]) -> list[Hit]:
        return phrase_hits(self._phrase_re, self._phrases, text, skip)


def compile_phrases(phrases: dict[str, str]) -> re.Pattern | None:
    """A case-blind pattern for extra phrases (long forms the text itself defined)."""
    return _alternation(phrases, r"(?<!\w)", r"(?!\w)", re.IGNORECASE)


def phrase_hits(
    pattern: re.Pattern | None, keys: dict[str, str], text: str, skip: list[tuple[int, int]]
) -> list[Hit]:
    if pattern is None:
        return []
    hits = []
    for m in pattern.finditer(text):
        key = keys.get(normal_form(m.group()))
        if key is not None and not inside(m.start(), skip):
            hits.append((key, m.start(), m.end()))
    return hits


def overlaps(span: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in spans)


def _alternation(
    forms: Iterable[str], before: str, after: str, flags: int, exact: bool = False
) -> re.Pattern | None:
    """One pattern for all ``forms``, longest first; phrases tolerate spacing, acronyms are ``exact``."""
    ordered = sorted(set(forms), key=lambda f: (-len(f), f))
    if not ordered:
        return None
    body = "|".join(re.escape(f) if exact else phrase_pattern(f) for f in ordered)
    # The standard library's engine runs a long alternation of phrases about three times faster
    # than the regex module's, and phrases need nothing more; acronyms' bounds use \p{L}.
    engine = re if exact else stdlib_re
    return engine.compile(f"{before}(?:{body}){after}", flags)
