"""No person is a country, a region, a heading word, a company or an office."""

from __future__ import annotations

import pytest

from brief.glossary import analyse
from brief.glossary.places import places
from brief.model import Article


def _people(*paragraphs: str) -> list[str]:
    article = Article(source="a.txt", slug="a1-x", title="Talks in the capital", paragraphs=list(paragraphs))
    return [p.name for p in analyse([article]).people]


@pytest.mark.parametrize(
    "place",
    ["Viet Nam", "Northern Ireland", "Republic of Korea", "Socialist Republic of Vietnam", "New South Wales",
     "Lao People's Democratic Republic", "Bavaria", "Czechia"],
)
def test_a_country_or_region_is_not_a_person_whatever_the_text_says(place):
    """Said-attributions and appositives are evidence for people; a place named so stays a place."""
    people = _people(
        f"\u201cWe welcome the agreement,\u201d said {place}.",
        f"{place}, a partner of the alliance, signed the accord with Minister Joanna Nowak.",
    )
    assert place not in people
    assert "Joanna Nowak" in people


def test_country_data_covers_every_iso_country():
    import pycountry

    p = places()
    missing = [c.name for c in pycountry.countries if not p.is_place(getattr(c, "common_name", c.name))]
    assert missing == []
    assert p.country_of["Vietnamese"] == "Vietnam" and p.country_of["Hanoi"] == "Vietnam"
    assert "Korean" not in p.country_of or p.country_of["Korean"]  # two Koreas share it: no guess here
