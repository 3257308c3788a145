"""Organisations: names printed in unusual ways, credits, and bodies named after people."""

from __future__ import annotations

from brief.glossary import analyse
from brief.glossary.organisations import _known_base
from brief.model import Article, Caption


def _article(*paragraphs: str, captions: tuple[Caption, ...] = ()) -> Article:
    return Article(source="o.txt", slug="o", title="Allies", paragraphs=list(paragraphs), captions=list(captions))


def test_a_listed_name_printed_with_a_spaced_hyphen_is_still_that_body():
    assert _known_base("Korea- US Combined Forces Command") == "Combined Forces Command"
    assert _known_base("Korea‐ U.S.  Combined Forces Command") == "Combined Forces Command"
    assert _known_base("Workers’ Party of Korea") == "Workers' Party of Korea"
    assert _known_base("Ministry of Fun") is None


def test_a_credit_with_a_spaced_hyphen_lists_the_body_and_does_not_crash():
    # The credit's form used to find no listed name, which left a body without a name and
    # crashed the search for "the command" below.
    article = _article(
        "The Combined Forces Command held drills on Monday.",
        "The command said the drills would go on.",
        captions=(Caption(text="Troops at a drill.", credit="Korea- US Combined Forces Command photo"),),
    )
    glossary = analyse([article])
    cfc = [o for o in glossary.organisations if o.name == "Combined Forces Command"]
    assert len(cfc) == 1 and cfc[0].articles == ["o"]
    assert "Korea- US Combined Forces Command" in cfc[0].aliases
    assert len(cfc[0].references) == 1  # "The command"


def test_administration_of_a_place_is_no_body_but_a_possessive_name_is():
    # Only a trailing possessive is cut: "States" stays "states" (a place word), not "state".
    glossary = analyse([_article(
        "The United States administration and the Congress administration met.",
        "Officials of Biden's administration and the Biden administration spoke.",
    )])
    names = [o.name for o in glossary.organisations]
    assert not [n for n in names if "States" in n or "Congress" in n], names
    assert "Biden administration" in names


def test_a_post_of_a_one_country_body_links_in_any_case_a_national_one_only_as_a_title():
    glossary = analyse([_article(
        "The Unification Ministry and the Foreign Ministry spoke on Monday.",
        "Kim Hyung-suk, who served as vice unification minister, said talks should resume.",
        "Lee Min-ho, who served as foreign minister, said the same.",
    )])
    people = {p.name: p for p in glossary.people}
    assert people["Kim Hyung-suk"].organisation == "Unification Ministry"
    assert people["Lee Min-ho"].organisation is None
