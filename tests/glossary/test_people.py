"""People: every gold person found with the role the text states, nobody else, and the traps."""

from __future__ import annotations

import pytest

from helpers import forms, norm, same, surface

from brief.glossary import analyse
from brief.model import Part

STEMS = ["seed_000", "seed_002", "04_wh-trilateral-nsa-2021", "05_wh-phnom-penh-statement-2022"]


def listed_forms(person) -> set[str]:
    # Bare single-word aliases ("Kim") are shared by several people, so they do not identify one.
    return forms(person.name, [a for a in person.aliases if len(a.split()) > 1])


def findable(gold_person) -> bool:
    """"Biden administration" alone does not name a person: such gold entries are not required."""
    return gold_person.get("name_in_text", True) or gold_person.get("role_in_text", True)


def person(glossary, name):
    matches = [p for p in glossary.people if p.name == name]
    assert len(matches) == 1, [p.name for p in glossary.people]
    return matches[0]


@pytest.mark.parametrize("stem", STEMS)
def test_every_gold_person_is_found_with_a_role(corpus, stem):
    gold, _, glossary = corpus[stem]
    for g in filter(findable, gold["people"]):
        gforms = forms(g["name"], g.get("aliases", []))
        found = [p for p in glossary.people if same(listed_forms(p), gforms)]
        assert len(found) == 1, (g["name"], [p.name for p in found])
        if g.get("role_in_text", True):
            assert found[0].role, g["name"]
            assert found[0].evidence, g["name"]


@pytest.mark.parametrize("stem", STEMS)
def test_everyone_listed_is_a_gold_person(corpus, stem):
    gold, _, glossary = corpus[stem]
    gold_forms = [forms(g["name"], g.get("aliases", [])) for g in gold["people"]]
    for p in glossary.people:
        assert any(same(listed_forms(p), gf) for gf in gold_forms), p.name


@pytest.mark.parametrize("stem", STEMS)
def test_no_organisation_is_listed_as_a_person(corpus, stem):
    gold, _, glossary = corpus[stem]
    orgs = {norm(o.split("(")[0].split("[")[0]) for o in gold["organizations"]}
    for p in glossary.people:
        assert not listed_forms(p) & orgs, p.name


@pytest.mark.parametrize("stem", STEMS)
def test_mention_spans_cover_the_name_as_printed(corpus, stem):
    _, article, glossary = corpus[stem]
    for p in glossary.people:
        allowed = {norm(p.name), *(norm(a) for a in p.aliases)}
        for m in p.mentions:
            assert m.article == article.slug
            assert norm(surface(article, m)) in allowed, (p.name, surface(article, m))


def test_roles_are_the_texts_words(corpus):
    glossary = corpus["seed_002"][2]
    assert person(glossary, "Kim Yo Jong").role == "sister of North Korean leader Kim Jong Un"
    assert person(glossary, "Kim Jong Un").role == "North Korean leader"
    assert person(glossary, "Choi Sun Hee").role == "Senior North Korean Diplomat"
    assert person(glossary, "Kim Young-jun").role == "professor at Korea National Defense University"
    assert "spokesperson" in person(glossary, "Choi Young-sam").role
    assert "photographer" in person(glossary, "Ron Przysucha").role
    seed0 = corpus["seed_000"][2]
    assert person(seed0, "Antony Blinken").role == "US Secretary of State"
    assert person(seed0, "Shin Beom-chul").role.startswith("director of the Center for Diplomacy and Security")
    assert person(seed0, "Choi Si-young").role == "Author (byline)"
    assert "Secretary of State Antony Blinken" in person(seed0, "Antony Blinken").evidence
    nsa = corpus["04_wh-trilateral-nsa-2021"][2]
    assert person(nsa, "Shigeru Kitamura").role == "National Security Secretariat Secretary General of Japan"


def test_people_sharing_a_family_name_stay_apart(corpus):
    seed0 = corpus["seed_000"][2]
    seed2 = corpus["seed_002"][2]
    names0 = {p.name for p in seed0.people}
    names2 = {p.name for p in seed2.people}
    assert {"Choi Kang", "Choi Si-young", "Kang Kyung-wha"} <= names0
    assert {"Choi Sun Hee", "Choi Young-sam", "Kim Yo Jong", "Kim Jong Un", "Kim Young-jun"} <= names2


def test_bare_surnames_go_to_the_person_the_text_means(corpus):
    """The last "Kim said" of seed 002 is Kim Young-jun, though Kim Yo Jong is named in the quote."""
    _, article, glossary = corpus["seed_002"]
    last = len(article.paragraphs) - 1
    said = article.paragraphs[last].rindex("Kim said")
    young = person(glossary, "Kim Young-jun")
    yo = person(glossary, "Kim Yo Jong")
    assert any(m.index == last and m.start == said for m in young.mentions)
    assert not any(m.index == last and m.start == said for m in yo.mentions)
    # "Kim also warned Washington" and "Kim said she had already reported" are Kim Yo Jong.
    for phrase in ("Kim also warned", "Kim said she"):
        index = next(i for i, p in enumerate(article.paragraphs) if phrase in p)
        at = article.paragraphs[index].index(phrase)
        assert any(m.index == index and m.start == at for m in yo.mentions), phrase
    # "Choi pointed out" is Choi Sun Hee, introduced in the same paragraph.
    index = next(i for i, p in enumerate(article.paragraphs) if "Choi pointed out" in p)
    assert any(m.index == index for m in person(glossary, "Choi Sun Hee").mentions)
    assert all(m.index != index for m in person(glossary, "Choi Young-sam").mentions)


def test_a_possessive_administration_names_its_head(corpus):
    """Decision: "the Biden administration" names Biden, the head of that government.

    He is listed (gold counts him), by the surname the text prints, with no role because the text
    states none, and the sentence as evidence; the administration itself is an organisation he
    belongs to. With his full name in another article the surname merges into that entry.
    """
    glossary = corpus["seed_002"][2]
    for surname in ("Biden", "Trump"):
        listed = person(glossary, surname)
        assert listed.role is None
        assert "administration" in listed.evidence
        assert listed.organisation == f"{surname} administration"
        org = next(o for o in glossary.organisations if o.name == f"{surname} administration")
        assert org.members == [surname]
    printed = sum(p.count("Biden administration") for p in corpus["seed_002"][1].paragraphs)
    assert len(person(glossary, "Biden").mentions) == printed == 7


def test_an_administration_of_a_place_is_not_a_person():
    from brief.model import Article

    text = ["The Seoul administration and the Korean administration met. The administration said no."]
    glossary = analyse([Article(source="x.txt", slug="x", title="T", paragraphs=text)])
    assert glossary.people == []


def test_people_merge_across_articles(packet):
    articles, glossary = packet
    slugs = [a.slug for a in articles]
    suh = person(glossary, "Suh Wook")
    assert "Defense Minister Suh" in suh.aliases
    assert suh.articles == slugs[:2]  # the caption of seed 000 and the body of seed 002
    assert any(m.part is Part.CAPTION and m.article == slugs[0] for m in suh.mentions)
    assert suh.role == "South Korean Defense Minister"  # the fuller of the two
    assert person(glossary, "Suh Hoon").articles == [slugs[2]]  # same family name, another man
    austin = person(glossary, "Lloyd Austin III")
    assert "Lloyd Austin" in austin.aliases and austin.articles == slugs[:2]
    assert not any(p.name == "Lloyd Austin" for p in glossary.people)
    biden = person(glossary, "Joe Biden")  # named in seed 000; "Biden administration" in 002 is him
    assert biden.articles == slugs[:2]
    names = [p.name for p in glossary.people]
    assert names == sorted(names, key=str.casefold)
    assert len(names) == len(set(names))


def test_nobody_without_evidence(corpus):
    """Capitalised pairs with no title, appositive, attribution, byline or credit are not people."""
    from brief.model import Article

    article = Article(
        source="x.txt",
        slug="x",
        title="Talks",
        paragraphs=[
            "Officials met at Cheong Wa Dae and the Blue House before flying to Phnom Penh.",
            "Grace Lin Park opened on Monday. North Korea said it would respond.",
        ],
    )
    assert analyse([article]).people == []
