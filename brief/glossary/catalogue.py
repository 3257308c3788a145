"""The terms of a packet: every acronym printed, defined or spelled out, one entry each.

A term is found three ways (model.Found). When more than one applies, what the text itself says
wins: a definition in the text beats a printed acronym, which beats an expansion alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex as re

from ..model import Found, Mention, Term
from .acronyms import acronym_tokens, definitions, is_clock_mark, skipped_ranges
from .mentions import FormIndex, compile_phrases, normal_form, overlaps, phrase_hits
from .terms import TermEntry
from .text import Passage, sentence_at

_RANK = {Found.DEFINED: 0, Found.PRINTED: 1, Found.SPELLED_OUT: 2}


@dataclass
class _Record:
    """What the passages say about one term, gathered before the Term is built."""

    found: Found
    expansion: str | None = None  # the text's own, when it defines the term
    evidence: str | None = None
    mentions: dict[tuple, Mention] = field(default_factory=dict)

    def see(self, how: Found, evidence: str, expansion: str | None = None) -> None:
        """Keep the evidence of the strongest way the term was found, first occurrence first."""
        if self.evidence is None or _RANK[how] < _RANK[self.found]:
            self.found = how
            self.evidence = evidence
            if expansion:
                self.expansion = expansion


class _Collector:
    def __init__(self) -> None:
        self.records: dict[str, _Record] = {}
        # (term, passage) -> spans already assigned: one place is one mention of a term, but it may
        # also be a mention of another ("U.N." inside "U.N. Framework Convention on Climate Change").
        self.taken: dict[tuple, list[tuple[int, int]]] = {}

    def covered(self, p: Passage, span: tuple[int, int]) -> bool:
        return any(overlaps(span, spans) for (_, where), spans in self.taken.items() if where == p.key)

    def add(self, key: str, how: Found, p: Passage, span: tuple[int, int], expansion: str | None = None,
            evidence_at: int | None = None) -> None:
        spans = self.taken.setdefault((key, p.key), [])
        if overlaps(span, spans):
            return
        spans.append(span)
        record = self.records.setdefault(key, _Record(found=how))
        record.see(how, sentence_at(p.text, span[0] if evidence_at is None else evidence_at), expansion)
        record.mentions[(p.key, span)] = p.mention(*span)


def find_terms(passages: list[Passage], entries: dict[str, TermEntry], names: frozenset[str] = frozenset(),
               words: frozenset[str] = frozenset()) -> list[Term]:
    """Every term the passages print, define or spell out, sorted by term; ``names`` are the
    words of people's names in capitals, which are never terms; ``words`` the packet's words in
    lower case, never acronyms when set in capitals."""
    index = FormIndex(entries)
    found = _Collector()
    defined_phrases: dict[str, str] = {}
    for p in passages:
        skip = skipped_ranges(p.text)
        for d in definitions(p.text):
            key = index.key_for_acronym(d.short) or d.short
            found.add(key, Found.DEFINED, p, d.long_span, expansion=d.long)
            found.add(key, Found.DEFINED, p, d.short_span, evidence_at=d.long_span[0])
            defined_phrases.setdefault(normal_form(d.long), key)
        for key, start, end in index.acronyms(p.text, skip):
            if not is_clock_mark(p.text, start, p.text[start:end]):
                found.add(key, Found.PRINTED, p, (start, end))
        for token, start, end in acronym_tokens(p.text, skip, names, words):
            # A bare token inside a form already found ("COP" of "COP 27") is not a term of its own.
            if found.covered(p, (start, end)):
                continue
            found.add(index.key_for_acronym(token) or token, Found.PRINTED, p, (start, end))
        for key, start, end in index.phrases(p.text, skip):
            found.add(key, Found.SPELLED_OUT, p, (start, end))
    # A long form the text defined once is a mention wherever else it appears.
    extra = compile_phrases({long: key for long, key in defined_phrases.items()})
    for p in passages:
        for key, start, end in phrase_hits(extra, defined_phrases, p.text, skipped_ranges(p.text)):
            found.add(key, Found.SPELLED_OUT, p, (start, end))
    _spelled_by_initials(found, passages, entries)
    return sorted((_term(key, rec, entries.get(key)) for key, rec in found.records.items()),
                  key=lambda t: (t.term.casefold(), t.term))


def _spelled_by_initials(found: _Collector, passages: list[Passage], entries: dict[str, TermEntry]) -> None:
    """An acronym no list knows and no bracket defines may still be spelled out in its article
    ("the National Association of Insurance Commissioners … NAIC"): a run of capitalised words
    whose initials are its letters, small words aside, is the text's own expansion. Two letters
    match too much by chance ("the ED proposed …" and "Earth Day"), so it takes three or more."""
    for key, record in found.records.items():
        if record.found is not Found.PRINTED or key in entries or not key.isalpha() or len(key) < 3:
            continue
        articles = {m.article for m in record.mentions.values()}
        pattern = _initials_pattern(key)
        for p in passages:
            if p.article not in articles:
                continue
            m = pattern.search(p.text)
            if m:
                record.found, record.expansion = Found.DEFINED, " ".join(m.group().split())
                record.evidence = sentence_at(p.text, m.start())
                break


_SMALL = r"(?:of|the|and|for|on|in|to|&)"


def _initials_pattern(letters: str) -> re.Pattern:
    """Capitalised words, one per letter, in order; small words may stand between them."""
    words = [rf"{c}[\p{{Ll}}\p{{M}}]+(?:-\p{{L}}[\p{{Ll}}\p{{M}}]*)?" for c in letters.upper()]
    return re.compile(r"(?<![\w-])" + rf"(?:\s+{_SMALL})*\s+".join(words) + r"(?![\w-])")


def _term(key: str, record: _Record, entry: TermEntry | None) -> Term:
    mentions = [record.mentions[k] for k in sorted(record.mentions)]
    articles = list(dict.fromkeys(m.article for m in mentions))
    if record.found is Found.DEFINED:
        expansion = record.expansion
    else:
        expansion = entry.expansion if entry else None
    return Term(
        term=key,
        expansion=expansion,
        definition=entry.definition if entry else None,
        found=record.found,
        articles=articles,
        mentions=mentions,
        evidence=record.evidence,
        familiar=entry.familiar if entry else False,
    )
