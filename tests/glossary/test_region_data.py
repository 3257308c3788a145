"""Places and dotted acronyms come from the data files, not from lists in the code."""

from __future__ import annotations

from brief.glossary import analyse
from brief.model import Article


def _one(*paragraphs: str):
    return analyse([Article(source="r.txt", slug="r", title="Talks", paragraphs=list(paragraphs))])


def test_a_dotted_form_the_curated_file_lists_is_an_acronym_before_a_capital():
    glossary = _one("The U.K. Foreign Office and the E.U. Commission met J.R. Smith on Monday.")
    terms = {t.term for t in glossary.terms}
    assert {"UK", "EU"} <= terms
    assert "JR" not in terms  # initials before a name


def test_a_country_name_inside_a_title_stays_in_the_title():
    glossary = _one("United Kingdom Prime Minister Rishi Sunak said the talks went well.")
    sunak = next(p for p in glossary.people if p.name == "Rishi Sunak")
    assert sunak.role == "United Kingdom Prime Minister"


def test_a_country_abbreviation_before_a_body_is_its_country_not_its_name():
    glossary = _one("The UK Defence Ministry and the ROK Defense Ministry both spoke.")
    names = sorted(o.name for o in glossary.organisations)
    assert names == ["Defense Ministry (South Korea)", "Defense Ministry (United Kingdom)"], names
