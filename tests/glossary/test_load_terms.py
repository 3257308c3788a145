"""The curated definitions and a packet's own glossary.toml."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from brief.errors import BriefError
from brief.glossary import analyse, load_terms
from brief.model import Article, Found

DATA = Path(__file__).resolve().parents[1] / "data" / "glossary"


def test_curated_terms_cover_the_required_list():
    entries = load_terms()
    required = json.loads((DATA / "required_terms.json").read_text(encoding="utf-8"))
    assert not [t for t in required if t not in entries]
    for key, entry in entries.items():
        assert entry.expansion and entry.definition, key
        # One sentence: a single full stop, at the end.
        assert re.fullmatch(r"[^.]*(?:\.\w[^.]*)*\.", entry.definition.replace("U.S.", "US")), key
        assert len(re.findall(r"\.(?:\s|$)", entry.definition)) == 1, key
    assert "U.S." in entries["US"].forms and "U.N." in entries["UN"].forms
    assert "wartime operational control" in entries["OPCON"].match


def test_the_curated_list_is_broad_and_unambiguous():
    """400 and more terms across every domain a briefing meets; no printed form claimed twice,
    so a mention never has two definitions; definitions short enough to read at a glance."""
    entries = load_terms()
    assert len(entries) >= 400
    domains = {e.domain for e in entries.values()}
    assert {"diplomacy", "defence", "economy", "energy", "health", "climate", "technology"} <= domains
    claimed: dict[str, str] = {}
    for key, entry in entries.items():
        for form in {key, entry.expansion, *entry.forms, *entry.match}:
            other = claimed.setdefault(form.casefold(), key)
            assert other == key, (form, other, key)
        assert len(entry.definition.split()) <= 32, key
    # Written for any reader: no entry defines a country by its ties to one other country.
    assert "ally" not in entries["US"].definition


def test_user_glossary_overrides_and_adds():
    entries = load_terms(DATA / "user_glossary.toml")
    curated = load_terms()
    assert entries["THAAD"].definition.startswith("The battery")
    assert entries["THAAD"].expansion == curated["THAAD"].expansion  # fields not given are kept
    article = Article(source="x.txt", slug="x", title="Policy",
                      paragraphs=["The Unification Ministry and THAAD were both in the news."])
    terms = {t.term: t for t in analyse([article], DATA / "user_glossary.toml").terms}
    assert terms["MOU"].found is Found.SPELLED_OUT
    assert terms["MOU"].expansion == "Ministry of Unification"
    assert terms["THAAD"].definition.startswith("The battery")


def test_syntax_error_names_file_and_line(tmp_path):
    broken = tmp_path / "glossary.toml"
    shutil.copy(DATA / "broken_glossary.toml", broken)
    with pytest.raises(BriefError) as err:
        load_terms(broken)
    assert err.value.path == str(broken)
    assert err.value.line == 4
    assert str(err.value).startswith(f"{broken}:4: ")


def test_wrong_type_names_file_and_line():
    with pytest.raises(BriefError) as err:
        load_terms(DATA / "wrong_type_glossary.toml")
    assert err.value.path.endswith("wrong_type_glossary.toml")
    assert err.value.line == 4
    assert "match" in err.value.message


def test_unknown_field_is_an_error(tmp_path):
    bad = tmp_path / "glossary.toml"
    bad.write_text('[SMA]\ndefintion = "typo"\n', encoding="utf-8")
    with pytest.raises(BriefError, match="unknown field 'defintion'") as err:
        load_terms(bad)
    assert err.value.line == 2


def test_familiar_flag_reaches_the_term_and_must_be_a_boolean(tmp_path):
    entries = load_terms()
    assert entries["US"].familiar and not entries["THAAD"].familiar
    article = Article(source="a.txt", slug="a1", title="T", paragraphs=["The US and THAAD."])
    terms = {t.term: t for t in analyse([article]).terms}
    assert terms["US"].familiar and not terms["THAAD"].familiar
    bad = tmp_path / "glossary.toml"
    bad.write_text('[THAAD]\nfamiliar = "yes"\n', encoding="utf-8")
    with pytest.raises(BriefError) as err:
        load_terms(bad)
    assert err.value.line == 2 and "true or false" in err.value.message


@pytest.mark.parametrize("header", ['[""]', '[" "]', "['  ']"])
def test_blank_table_name_names_file_and_line(tmp_path, header):
    bad = tmp_path / "glossary.toml"
    bad.write_text(f'[SMA]\ndefinition = "Cost sharing."\n\n{header}\ndefinition = "Nothing."\n', encoding="utf-8")
    with pytest.raises(BriefError, match="empty or blank") as err:
        load_terms(bad)
    assert err.value.path == str(bad)
    assert err.value.line == 4


def test_curated_entries_are_read_once_and_each_caller_gets_its_own_dict():
    first = load_terms()
    first["ZZZ"] = first["US"]
    del first["THAAD"]
    second = load_terms()
    assert "ZZZ" not in second and "THAAD" in second
    assert second["US"] is load_terms()["US"]  # the same frozen entry, not parsed again
