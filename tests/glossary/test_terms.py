"""Terms: printed, spelled out and defined ones found, with expansions, definitions and spans."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from helpers import norm, surface

from brief.glossary import analyse, load_terms
from brief.model import Article, Found

DATA = Path(__file__).resolve().parents[1] / "data" / "glossary"
EXPECTED = json.loads((DATA / "expected_terms.json").read_text(encoding="utf-8"))
STEMS = [k for k in EXPECTED if not k.startswith("_")]


def by_term(glossary):
    return {t.term: t for t in glossary.terms}


@pytest.mark.parametrize("stem", STEMS)
def test_expected_terms(corpus, stem):
    terms = by_term(corpus[stem][2])
    for term, want in EXPECTED[stem].items():
        assert term in terms, (stem, term, sorted(terms))
        got = terms[term]
        assert got.found.value == want["found"], (term, got.found)
        if "expansion" in want:
            assert got.expansion == want["expansion"], term
        assert got.definition and got.definition.endswith("."), term
        assert got.evidence, term


@pytest.mark.parametrize("stem", STEMS)
def test_gold_acronyms_printed_in_text_are_listed(corpus, stem):
    gold, _, glossary = corpus[stem]
    entries = load_terms()
    listed = set(by_term(glossary))
    for a in gold["acronyms"]:
        if a.get("optional") or not a["in_text"]:
            continue
        acronym = a["acronym"]
        canonical = acronym if acronym in entries else next(
            k for k, e in entries.items() if acronym in e.forms or acronym.replace(".", "") == k
        )
        assert canonical in listed, (stem, acronym)


@pytest.mark.parametrize("stem", STEMS)
def test_terms_spelled_out_are_listed(corpus, stem):
    gold, _, glossary = corpus[stem]
    listed = {norm(t.term) for t in glossary.terms} | {norm(t.expansion or "") for t in glossary.terms}
    for t in gold["terms_without_acronym_in_text"]:
        if not t.get("optional"):
            assert norm(t["acronym"]) in listed or norm(t.get("expansion", t["term"])) in listed, t["term"]


def test_headline_capitals_and_roman_numerals_are_not_acronyms(corpus):
    gold, _, glossary = corpus["05_wh-phnom-penh-statement-2022"]
    listed = {t.term for t in glossary.terms}
    assert not listed & set(gold["acronym_false_positives"])


@pytest.mark.parametrize("stem", STEMS)
def test_mention_spans_cover_a_form_of_the_term(corpus, stem):
    _, article, glossary = corpus[stem]
    entries = load_terms()
    for t in glossary.terms:
        entry = entries.get(t.term)
        allowed = {t.term, t.expansion or ""}
        if entry:
            allowed |= {*entry.forms, *entry.match, entry.expansion or ""}
        allowed = {norm(a) for a in allowed}
        assert t.mentions and t.articles == [article.slug]
        for m in t.mentions:
            assert norm(surface(article, m)) in allowed, (t.term, surface(article, m))


def test_every_printed_us_is_a_mention_even_beside_a_non_breaking_space(corpus):
    """Seed 000 has "the US\u00a0was": the acronym still counts there."""
    _, article, glossary = corpus["seed_000"]
    us = by_term(glossary)["US"]
    body = {(m.index, m.start) for m in us.mentions if m.part.value == "body"}
    printed = {(i, m.start()) for i, p in enumerate(article.paragraphs) for m in re.finditer(r"\bUS\b", p)}
    assert any("US\u00a0" in p for p in article.paragraphs)
    assert body == printed


def test_dotted_forms_are_the_same_term(corpus):
    terms = by_term(corpus["seed_002"][2])
    assert "U.S." not in terms
    assert terms["US"].found is Found.PRINTED
    surfaces = {surface(corpus["seed_002"][1], m) for m in terms["US"].mentions}
    assert {"U.S.", "US"} <= surfaces


def test_an_acronym_without_definition_is_listed_undefined():
    article = Article(
        source="x.txt",
        slug="x",
        title="Budget",
        paragraphs=["The ministry expanded the QZRT programme this year, officials said."],
    )
    glossary = analyse([article])
    qzrt = by_term(glossary)["QZRT"]
    assert qzrt.definition is None and qzrt.expansion is None and qzrt.found is Found.PRINTED
    assert glossary.undefined_terms == [qzrt]


def test_an_acronym_the_text_defines_keeps_the_texts_expansion():
    article = Article(
        source="x.txt",
        slug="x",
        title="Ports",
        paragraphs=[
            "The Busan Port\u00a0Authority\n(BPA)said on Monday it would widen the quay.",
            "BPA officials declined to say more.",
        ],
    )
    bpa = by_term(analyse([article]))["BPA"]
    assert bpa.found is Found.DEFINED
    assert bpa.expansion == "Busan Port Authority"
    assert bpa.definition is None
    assert "(BPA)said" in bpa.evidence
    assert len(bpa.mentions) == 3  # the long form, "(BPA)" and the later "BPA"


def test_a_short_heading_in_capitals_is_not_an_acronym():
    article = Article(source="x.txt", slug="x", title="Notes",
                      paragraphs=["KEY POINTS", "Officials from the EU met on Monday."])
    assert [t.term for t in analyse([article]).terms] == ["EU"]


@pytest.mark.parametrize(
    "sentence, junk",
    [
        ("The call began at 10:00 AM EST and ended at 11:30 PM CEST.", {"AM", "PM", "EST", "CEST"}),
        ("MR. KIRBY: We will NOT accept THE proposal, said John Kirby.", {"MR", "KIRBY", "NOT", "THE"}),
        ("The president flew to Las Vegas, NV, and then to Raleigh, NC.", {"NV", "NC"}),
        ("An RC-135 flew past as BA.2 spread; we work with HH- — with HHS on it.", {"RC", "BA", "HH"}),
    ],
    ids=["time-zones-and-clock", "labels-and-shouting", "state-codes", "designations-and-broken-words"],
)
def test_capitals_that_are_not_terms(sentence, junk):
    article = Article(source="a.txt", slug="a1-x", title="Talks", paragraphs=[sentence])
    assert not {t.term for t in analyse([article]).terms} & junk


def test_possessive_folds_to_the_acronym_and_a_text_definition_is_a_definition():
    article = Article(source="a.txt", slug="a1-x", title="Talks", paragraphs=[
        "The Qwerty Zonal Relay Treaty (QZRT) was signed. The QZRT’s terms bind both sides, and the DPRK’s envoy signed it."])
    terms = {t.term: t for t in analyse([article]).terms}
    assert set(terms) == {"QZRT", "DPRK"}
    assert terms["QZRT"].expansion == "Qwerty Zonal Relay Treaty"
    assert terms["QZRT"].defined and terms["QZRT"].defined_by_text
    assert len(terms["QZRT"].mentions) == 3


def test_a_label_in_capitals_opening_a_title_is_not_an_acronym():
    article = Article(source="a.md", slug="a1-x", title="FACT SHEET: G7 Leaders Act on Supply Chains",
                      paragraphs=["The G7 and the EU agreed on new steps."])
    terms = {t.term for t in analyse([article]).terms}
    assert {"G7", "EU"} <= terms and not terms & {"FACT", "SHEET"}


def test_a_surname_in_capitals_after_initials_and_a_clock_pm_are_not_terms():
    article = Article(source="a.txt", slug="a1-x", title="Reading", paragraphs=[
        "Suggested reading: A. SAYAD, on migration, and J.-P. DUPONT, on ports. The PM spoke at 3 PM."])
    terms = {t.term: t for t in analyse([article]).terms}
    assert "SAYAD" not in terms and "DUPONT" not in terms
    assert len(terms["PM"].mentions) == 1  # the Prime Minister once; "3 PM" is a clock


def test_a_printed_only_term_is_not_listed_for_its_everyday_words():
    article = Article(source="a.txt", slug="a1-x", title="Talks", paragraphs=["The prime minister spoke on television."])
    assert {t.term for t in analyse([article]).terms} == set()
