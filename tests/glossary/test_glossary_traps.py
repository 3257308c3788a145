"""One test per trap the gold files name in their notes, and the references they list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import norm

from brief.build import load_packet
from brief.exports import glossary_dict, glossary_text
from brief.glossary import analyse
from brief.model import Article, Caption

ROOT = Path(__file__).resolve().parents[2]


def person(glossary, name):
    matches = [p for p in glossary.people if p.name == name]
    assert len(matches) == 1, [p.name for p in glossary.people]
    return matches[0]


def org(glossary, name):
    matches = [o for o in glossary.organisations if o.name == name]
    assert len(matches) == 1, [o.name for o in glossary.organisations]
    return matches[0]


def refs_at(article, entry, phrase, occurrence=0):
    """The references of ``entry`` overlapping the ``occurrence``-th printing of ``phrase``."""
    hits = [(i, p.index(phrase)) for i, p in enumerate(article.paragraphs) if phrase in p]
    index, at = hits[occurrence]
    return [m for m in entry.references if m.index == index and m.start < at + len(phrase) and at < m.end]


# --- seed_000 notes -----------------------------------------------------------------------


def test_trap_choi_kang_and_byline_choi_si_young_share_a_family_name(corpus):
    glossary = corpus["seed_000"][2]
    assert person(glossary, "Choi Kang").articles and person(glossary, "Choi Si-young").role == "Author (byline)"
    assert "Choi" not in person(glossary, "Choi Kang").aliases  # a bare Choi would name either


def test_trap_kang_is_a_given_name_in_choi_kang_and_a_family_name_in_kang_kyung_wha(corpus):
    glossary = corpus["seed_000"][2]
    kang = person(glossary, "Kang Kyung-wha")
    assert "predecessor" in kang.role and len(kang.mentions) == 1
    assert person(glossary, "Choi Kang").name != kang.name


def test_trap_non_breaking_spaces_inside_sentences(corpus):
    _, article, glossary = corpus["seed_000"]
    assert any("\u00a0" in p for p in article.paragraphs)
    assert person(glossary, "Choi Kang").role.endswith("a think tank in Seoul")  # "a\u00a0think tank"
    us = next(t for t in glossary.terms if t.term == "US")
    assert any(article.paragraphs[m.index][m.end : m.end + 1] == "\u00a0" for m in us.mentions)


def test_trap_suh_named_only_in_the_caption(corpus):
    glossary = corpus["seed_000"][2]
    suh = person(glossary, "Suh")
    assert suh.role == "Defense Minister" and suh.mentions[0].part.value == "caption"


def test_seed_000_references(corpus):
    _, article, glossary = corpus["seed_000"]
    blinken, austin = person(glossary, "Antony Blinken"), person(glossary, "Lloyd Austin")
    assert refs_at(article, blinken, "the top US envoy")
    assert refs_at(article, austin, "which he said") and not refs_at(article, blinken, "which he said")
    assert refs_at(article, person(glossary, "Chung Eui-yong"), "the top Korean diplomat")
    assert refs_at(article, person(glossary, "Hong Min"), "he added")
    # "He added" after "a senior Cheong Wa Dae official said" is that unnamed official: nobody listed.
    assert not any(refs_at(article, p, "He added") for p in glossary.people)
    # The quote that opens the last paragraph continues Kim Hyung-suk's.
    continued = refs_at(article, person(glossary, "Kim Hyung-suk"), "But yes")
    assert [m.kind for m in continued] == ["quote"]


# --- seed_002 notes -----------------------------------------------------------------------


def test_trap_three_kims_and_two_chois_stay_apart(corpus):
    glossary = corpus["seed_002"][2]
    for name in ("Kim Yo Jong", "Kim Jong Un", "Kim Young-jun", "Choi Sun Hee", "Choi Young-sam"):
        assert person(glossary, name)


def test_trap_korean_names_kept_as_written_with_or_without_hyphens(corpus):
    names = {p.name for p in corpus["seed_002"][2].people}
    assert {"Kim Yo Jong", "Choi Sun Hee", "Ri Son Gwon", "Chung Eui-yong", "Choi Young-sam", "Kim Young-jun"} <= names


def test_trap_india_pacific_typo_is_no_entry(corpus):
    glossary = corpus["seed_002"][2]
    assert not any("India" in p.name for p in glossary.people)
    assert not any("India" in o.name for o in glossary.organisations)


def test_trap_lowercase_south_and_bracketed_we_in_a_quote(corpus):
    _, article, glossary = corpus["seed_002"]
    yo = person(glossary, "Kim Yo Jong")
    assert refs_at(article, yo, "she warned") and refs_at(article, yo, "She added")
    assert not any(t.term in {"W", "WE"} for t in glossary.terms)


def test_seed_002_references(corpus):
    _, article, glossary = corpus["seed_002"]
    assert refs_at(article, person(glossary, "Chung Eui-yong"), "He said that Seoul")
    assert refs_at(article, person(glossary, "Suh Wook"), "He also said")
    yo = person(glossary, "Kim Yo Jong")
    assert refs_at(article, yo, "point she made") and refs_at(article, yo, "Kim said she")
    ministry = org(glossary, "Defense Ministry")
    assert refs_at(article, ministry, "the ministry mentioned")
    assert "South Korea’s Defense Ministry" in ministry.aliases


# --- text 04 and 05 notes -----------------------------------------------------------------


def test_trap_suh_hoon_is_not_suh_wook(packet):
    _, glossary = packet
    assert person(glossary, "Suh Hoon").articles != person(glossary, "Suh Wook").articles


def test_trap_roles_and_names_across_hard_line_wraps(corpus):
    glossary = corpus["04_wh-trilateral-nsa-2021"][2]
    assert person(glossary, "Shigeru Kitamura").role == "National Security Secretariat Secretary General of Japan"
    assert org(glossary, "National Security Secretariat").members == ["Shigeru Kitamura"]


def test_collective_references_name_everyone_introduced_together(corpus):
    _, article, glossary = corpus["04_wh-trilateral-nsa-2021"]
    for name in ("Jake Sullivan", "Shigeru Kitamura", "Suh Hoon"):
        assert refs_at(article, person(glossary, name), "national security advisors")
    _, article, glossary = corpus["05_wh-phnom-penh-statement-2022"]
    for p in glossary.people:
        assert [m.kind for m in refs_at(article, p, "The Leaders")] == ["group"]


def test_trap_family_name_first_japanese_name(corpus):
    names = {p.name for p in corpus["05_wh-phnom-penh-statement-2022"][2].people}
    assert "Kishida Fumio" in names and "Yoon Suk Yeol" in names


def test_trap_initials_and_suffix_kept_in_full(corpus):
    names = {p.name for p in corpus["05_wh-phnom-penh-statement-2022"][2].people}
    assert "Joseph R. Biden, Jr." in names


# --- rules on texts not in the corpus -----------------------------------------------------


def _one(*paragraphs, **kw):
    return analyse([Article(source="x.txt", slug="x", title=kw.pop("title", "Talks"), paragraphs=list(paragraphs), **kw)])


def test_nickname_initials_and_suffix_merge_across_articles():
    a = Article(source="a.txt", slug="a", title="T", paragraphs=["President Joe Biden spoke on Monday."])
    b = Article(source="b.txt", slug="b", title="T",
                paragraphs=["Joseph R. Biden, Jr., the President of the United States, said. Biden added more."])
    glossary = analyse([a, b])
    assert [p.name for p in glossary.people] == ["Joseph R. Biden, Jr."]
    biden = glossary.people[0]
    assert biden.articles == ["a", "b"] and "Joe Biden" in biden.aliases
    assert biden.role == "President of the United States" and biden.other_roles == ["President"]


def test_titles_before_names_and_photo_credits():
    glossary = _one(
        "Pentagon Press Secretary John Kirby said the drills would go ahead.",
        captions=[Caption("Officials meet.", "Photo by: Jane Roe")],
    )
    assert person(glossary, "John Kirby").role == "Pentagon Press Secretary"
    assert person(glossary, "John Kirby").organisation == "Department of Defense"


def test_organisations_curated_aliases_and_rules():
    glossary = _one(
        "Officials at Cheong Wa Dae met. The Blue House said Foreign Minister Park Jin would travel.",
        "The Ministry of Foreign Affairs confirmed it. The Foreign Ministry later added details.",
        "Lee Min-ho, a researcher at the Sejong Institute for Strategy, said the ministry was right.",
    )
    blue = org(glossary, "Blue House")
    assert blue.aliases == ["Cheong Wa Dae"] and len(blue.mentions) == 2
    foreign = org(glossary, "Foreign Ministry")
    assert "Ministry of Foreign Affairs" in foreign.aliases and foreign.acronym == "MOFA"
    assert len(foreign.mentions) == 2 and len(foreign.references) == 1  # "the ministry"
    assert "Park Jin" in foreign.members
    sejong = org(glossary, "Sejong Institute for Strategy")
    assert sejong.members == ["Lee Min-ho"] and person(glossary, "Lee Min-ho").organisation == sejong.name


def test_an_alias_the_text_gives_itself():
    glossary = _one("The Korea Coast Service, also known as the Maritime Agency, said on Monday it would patrol.")
    listed = org(glossary, "Korea Coast Service")
    assert "Maritime Agency" in listed.aliases


def test_two_countries_defense_ministries_stay_apart():
    glossary = _one("Japan's Defense Ministry and South Korea's Defense Ministry both spoke.")
    names = sorted(o.name for o in glossary.organisations)
    assert names == ["Defense Ministry (Japan)", "Defense Ministry (South Korea)"]


def test_dotted_and_spaced_acronyms_are_one_term():
    glossary = _one("The E.U. and the EU met. COP 27 and COP27 talks. The U.N. and the UN. Section II and III.")
    terms = {t.term: len(t.mentions) for t in glossary.terms}
    assert terms == {"COP27": 2, "EU": 2, "UN": 2}


def test_a_headline_in_capitals_lists_no_acronyms():
    glossary = _one("NORTH KOREA FIRES MISSILE INTO SEA AGAIN", "Officials said nothing.")
    assert glossary.terms == []


def test_thaad_sma_opcon_are_defined(corpus):
    terms = {t.term: t for t in corpus["seed_000"][2].terms + corpus["seed_002"][2].terms}
    assert terms["THAAD"].expansion == "Terminal High Altitude Area Defense" and terms["THAAD"].definition
    assert terms["SMA"].expansion == "Special Measures Agreement" and terms["SMA"].definition
    assert norm(terms["OPCON"].expansion) == "operational control" and terms["OPCON"].definition


def test_a_definition_in_the_text_both_orders():
    glossary = _one("The International Atomic Energy Agency (IAEA) met. The JCPOA (Joint Comprehensive Plan of Action) lapsed.")
    terms = {t.term: t.expansion for t in glossary.terms}
    assert terms["IAEA"] == "International Atomic Energy Agency"
    assert terms["JCPOA"] == "Joint Comprehensive Plan of Action"


# --- exports ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_packet():
    return load_packet([ROOT / "seeds" / "002_4255cf75a3f68f5d.txt"], title="x")


def test_json_keeps_old_keys_and_adds_places(seed_packet):
    data = json.loads(json.dumps(glossary_dict(seed_packet)))
    assert {"version", "articles", "people", "terms", "organisations"} <= set(data)
    p = next(p for p in data["people"] if p["name"] == "Kim Yo Jong")
    assert {"name", "role", "aliases", "articles", "mentions", "evidence"} <= set(p)
    assert p["mentions"] == len(p["where"])
    assert p["where"][0] == {"article": "002_4255cf75a3f68f5d.txt", "part": "body", "paragraph": 12,
                             "start": 0, "end": 11, "kind": "name"}
    assert any(r["kind"] == "pronoun" for r in p["references"])
    t = next(t for t in data["terms"] if t["term"] == "SMA")
    assert {"term", "expansion", "definition", "found", "articles", "mentions", "evidence", "where"} <= set(t)
    o = next(o for o in data["organisations"] if o["name"] == "Defense Ministry")
    assert "Suh Wook" in o["members"] and o["where"]


def test_text_explains_only_when_asked(seed_packet):
    plain = glossary_text(seed_packet)
    explained = glossary_text(seed_packet, explain=True)
    assert "ORGANISATIONS" in plain and "evidence:" not in plain
    assert "evidence: Kim Yo Jong, sister of North Korean leader Kim Jong Un" in explained
    assert "mentioned: [1] body 12" in explained


def test_a_form_of_address_is_not_part_of_the_role():
    glossary = _one("“Thank you, Madam Vice President,” said Madam Vice President Kamala Harris as she opened the talks.")
    assert person(glossary, "Kamala Harris").role == "Vice President"


def test_a_question_or_an_honorific_does_not_open_a_role():
    glossary = _one("Will Congressman Mike Carey vote for the bill? His Holiness Pope Francis said he would pray for peace.")
    assert person(glossary, "Mike Carey").role == "Congressman"
    assert person(glossary, "Francis").role == "Pope"


def test_an_author_line_gives_the_byline_and_the_authors_office():
    from brief.sources.text import read_text

    article = read_text("Antony J. Blinken, Secretary of State\nThe United States welcomes today’s extension of the "
                        "truce in Yemen, which has saved thousands of lives.\n", "a.txt")
    assert (article.byline, article.byline_office) == ("Antony J. Blinken", "Secretary of State")
    article.slug = "a1-x"
    assert person(analyse([article]), "Antony J. Blinken").role == "Secretary of State"


def test_bloggers_and_commenters_quoted_by_name_are_people():
    glossary = _one(
        "Ana Beltrán of Ojo Público wrote that the port would not be ready.",
        "Tomasz Wójcik (@twojcik) condemned the delay on Monday.",
        "Liza Santos: The fishermen were never asked about the new rules.",
        "The mayor met Ana Beltrán again, and the Harbour Board promised an answer.",
    )
    names = {p.name for p in glossary.people}
    assert {"Ana Beltrán", "Tomasz Wójcik", "Liza Santos"} <= names
    assert "Ojo Público" not in names and "Harbour Board" not in names


def test_a_title_shared_by_a_list_and_a_role_in_a_noun_phrase_before_the_comma():
    glossary = _one(
        "Governors Ana Ruiz, of Oaxaca, and Pedro Gil, of Puebla, signed the plan.",
        "The minister met the Chief of Staff, Carla Mendes, and then I asked my top lawyer during the talks, Rui Costa, to draft it.",
        "Officials thanked our Special Envoy, Lena Berg.",
    )
    assert person(glossary, "Ana Ruiz").role == "Governor"
    assert person(glossary, "Carla Mendes").role == "Chief of Staff"
    assert person(glossary, "Rui Costa").role.startswith("top lawyer")
    assert person(glossary, "Lena Berg").role == "Special Envoy"


def test_a_given_name_that_is_also_a_word_still_opens_a_name():
    glossary = _one("Governor Bill Lee signed the bill on Monday, and the Senate passed the Farm Bill.")
    names = {p.name for p in glossary.people}
    assert "Bill Lee" in names and not any("Farm" in n for n in names)


def test_an_organisation_word_ends_no_person_and_a_particle_starts_none():
    glossary = _one(
        "Orders went to General Electric Healthcare on Monday.",
        "El procurador General de Justicia habló con la prensa.",
    )
    assert not glossary.people


def test_more_ways_a_text_shows_someone_is_a_person():
    glossary = _one(
        "I spoke today with Lena Ortiz of the port authority.",
        "Rui Santos's top lawyer filed the appeal.",
        "Suggested reading: Irene Costa, « La ville portuaire », on harbour towns.",
        "If you look at Marco Bellini, he's been fantastic.",
        "The strike killed the group's emir, Ayman al-Masri.",
        "“The talks went well,” said Minister of the Interior Ana Lopes.",
        "Tomás Ferreira from Radio Norte.",
        "Julia Brandt, Harbour Logistics.",
    )
    names = {p.name for p in glossary.people}
    assert {"Lena Ortiz", "Rui Santos", "Irene Costa", "Marco Bellini", "Ayman al-Masri", "Ana Lopes",
            "Tomás Ferreira", "Julia Brandt"} <= names
    assert person(glossary, "Ana Lopes").role == "Minister of the Interior"
    assert not names & {"Radio Norte", "Harbour Logistics"}


def test_a_byline_of_several_authors_names_each():
    article = Article(source="x.txt", slug="x", title="Talks", byline="Marta Vidal, Pedro Alves",
                      paragraphs=["The harbour raised its fees again this winter."])
    names = {p.name for p in analyse([article]).people}
    assert {"Marta Vidal", "Pedro Alves"} <= names


def test_speaker_labels_whose_title_has_other_words():
    from brief.glossary.speakers import split_label
    assert split_label("SURGEON GENERAL ADAMS") == (["Surgeon", "General"], ["Adams"])
    assert split_label("SECRETARY OF STATE BLINKEN") == (["Secretary", "Of", "State"], ["Blinken"])
    assert split_label("THE PRESIDENT") == (["President"], [])
    assert split_label("MR. KING") == ([], ["King"])


def test_handles_addresses_and_stage_directions_hold_no_terms():
    glossary = _one("Follow @POTUS44 and Facebook.com/VPOTUS for updates. [APPLAUSE] The NARA archive keeps them.")
    assert {t.term for t in glossary.terms} == {"NARA"}


def test_people_a_press_conference_hands_the_floor_to():
    glossary = _one(
        "My name is Żaneta Kowalczyk. I represent a regional paper.",
        "The next question will come from Olaf Brenner of Reuters.",
        "Ewa Wiśniewska, Polsat24.",
        "I give the floor to Tomás Ferreira.",
    )
    names = {p.name for p in glossary.people}
    assert {"Żaneta Kowalczyk", "Olaf Brenner", "Ewa Wiśniewska", "Tomás Ferreira"} <= names
    assert "Reuters" not in names and "Polsat24" not in names


def test_a_form_of_address_is_no_part_of_the_name():
    glossary = _one(
        "Vice President Harris spoke first.",
        "I now give the floor to Madam Vice President. Madam Kamala Harris.",
    )
    assert [p.name for p in glossary.people] == ["Kamala Harris"]
    assert person(glossary, "Kamala Harris").role == "Vice President"


def test_an_appositive_title_may_open_with_its_qualifier():
    glossary = _one("Olaf Brenner, State Secretary, said the talks would go on.")
    assert person(glossary, "Olaf Brenner").role == "State Secretary"


def test_a_government_named_for_a_person_names_the_person():
    glossary = _one("Officials of the Marta Lindqvist administration warned of the risk at the time.")
    assert "Marta Lindqvist" in {p.name for p in glossary.people}
    assert "Marta Lindqvist administration" in {o.name for o in glossary.organisations}


def test_a_department_of_a_post_word_is_named_whole():
    glossary = _one("Through the United States Department of Justice, a task force was started.")
    assert "United States Department of Justice" in {o.name for o in glossary.organisations}


def test_a_place_closing_a_title_is_no_part_of_the_name():
    glossary = _one("We thank the UN Special Envoy for Sudan Ramtane Lamamra for his efforts.")
    assert person(glossary, "Ramtane Lamamra").role == "UN Special Envoy for Sudan"


def test_the_company_a_post_is_at_is_no_titled_surname():
    glossary = _one("Olaf Brenner, CEO of General Motors, joined the call.", "Maria Lopes, chair at Admiral Insurance, did too.")
    assert [p.name for p in glossary.people] == ["Maria Lopes", "Olaf Brenner"]


def test_an_acronym_spelled_out_elsewhere_in_its_article_takes_that_expansion():
    glossary = _one(
        "The data came from the National Association of Harbour Pilots and the port.",
        "The NAHP said fees would rise. The ED proposed a rule before Earth Day.",
    )
    nahp = next(t for t in glossary.terms if t.term == "NAHP")
    assert nahp.expansion == "National Association of Harbour Pilots" and nahp.defined_by_text
    assert not next(t for t in glossary.terms if t.term == "ED").defined


def test_someone_of_a_body_named_by_its_letters_is_a_person():
    glossary = _one("On the call we had Ruth Okafor of FEMA report on the stockpile.", "Bank of America gave no comment.",
                    "We asked for a loan to the Poverty Reduction and Growth Trust at the IMF.")
    assert [p.name for p in glossary.people] == ["Ruth Okafor"]


def test_an_imperative_opening_a_promotion_is_no_part_of_a_title():
    glossary = _one("President Lindqvist spoke at noon.", "Watch President Lindqvist's address to the nation.")
    assert person(glossary, "Lindqvist").role == "President"


def test_a_speaker_restarting_with_the_full_name_names_one_person():
    glossary = _one("He met the Commission President, President Ingrid — Ingrid van der Berg. Is he open to "
                    "meeting with frontline Border Patrol agents?")
    assert [p.name for p in glossary.people] == ["Ingrid van der Berg"]
    assert person(glossary, "Ingrid van der Berg").role == "President"


def test_headline_verbs_posts_and_possessors_are_not_names():
    glossary = _one(
        "The President will announce the envoy today and spoke with Senator Brenner on Monday.",
        "Did he call Senator Brenner?  Or does he agree with the governors?",
        "We will protect President Lindqvist’s Harbourcare for every family.",
        "She served as the General Counsel for the port agency. Detective Ana Ruiz of the city police found the boat.",
        title="President Lindqvist Announces Marta Solberg as Special Envoy for Ports",
    )
    names = {p.name for p in glossary.people}
    assert not names & {"Or", "Harbourcare", "Counsel", "Lindqvist Announces Marta Solberg"}
    assert person(glossary, "Ana Ruiz").role.startswith("Detective")
    assert person(glossary, "Brenner").role == "Senator"


def test_what_a_post_is_for_closes_the_title_before_the_name():
    glossary = _one(
        "Under Secretary for Civilian Security, Democracy, and Human Rights Ingrid Solberg travels to Oslo.",
        "The junta executed former Member of Parliament Aung Min Thu last week.",
        "The Special Envoy for Afghan Women, Girls, and Human Rights Rina Amadi spoke on Monday.",
    )
    names = {p.name for p in glossary.people}
    assert {"Ingrid Solberg", "Aung Min Thu", "Rina Amadi"} <= names
    assert not any(n.startswith(("Human", "Parliament", "Women")) for n in names)
    assert person(glossary, "Aung Min Thu").role == "Member of Parliament"
    assert person(glossary, "Ingrid Solberg").role == "Under Secretary for Civilian Security, Democracy, and Human Rights"


def test_a_common_word_capitalised_only_after_a_title_is_no_surname():
    glossary = _one(
        "The grants go to Head Start centres, and the ambassador is styled Ambassador Extraordinary.",
        "We will start in May. The most extraordinary year is behind us, and major Federal programs continue.",
        "Senator Young spoke first. Todd Young has long backed the young farmers' programme, and federal judges agreed.",
    )
    names = {p.name for p in glossary.people}
    assert not names & {"Start", "Extraordinary", "Federal"}
    assert person(glossary, "Todd Young").role == "Senator"


def test_shouted_words_foreign_capitals_numerals_and_places_are_not_terms():
    glossary = _one(
        "The WINNING team, winning again, went home, and the HOME programme paid for repairs in SUDAN.",
        "Protesters wrote ΧΩΡΙΣ ΝΕΡΟ on the wall, citing chapter LXXV of the code.",
        "Delegates met at COP25 and agreed the FY24 budget with the OSCE.",
    )
    terms = {t.term: t for t in glossary.terms}
    assert not set(terms) & {"WINNING", "HOME", "SUDAN", "ΧΩΡΙΣ", "ΝΕΡΟ", "LXXV"}
    assert {"COP", "FY", "OSCE"} <= set(terms) and terms["FY"].expansion == "fiscal year"
    from brief.glossary.acronyms import not_an_acronym
    assert not_an_acronym("JR", "JOSEPH R. BIDEN JR.", 15)  # a name's suffix in capitals


def test_a_plural_title_in_ies_is_held_by_each():
    glossary = _one("Secretaries Marta Lindqvist and Pedro Alves, of Trade and of Ports, signed the plan.")
    assert person(glossary, "Marta Lindqvist").role == "Secretary"


def test_a_given_names_initials_before_a_surname_are_not_a_term():
    glossary = _one("Governor JB Lindqvist signed the bill, and the NTSB reviewed the crash.")
    assert {t.term for t in glossary.terms} == {"NTSB"}


def test_a_publication_and_an_affiliation_before_a_post_are_not_people():
    glossary = _one(
        "A video posted on the Mauritanian Nouakchott Ekhbar website angered readers.",
        "He was later executed, according to Nouakchott Ekhbar.",
        "Turnout will be low, notes Radio Vostok blogger Ilya Semenov.",
    )
    assert [p.name for p in glossary.people] == ["Ilya Semenov"]
    assert person(glossary, "Ilya Semenov").role.endswith("Vostok blogger")


def test_a_word_capitalised_only_inside_names_of_bodies_is_still_a_common_word():
    glossary = _one(
        "Fees rose at the Customs and Border Protection agency and at Early Head Start centres alike.",
        "The Commissioner of U.S. Customs spoke. Every customs officer and every early start was counted.",
    )
    assert not {p.name for p in glossary.people} & {"Customs", "Start"}


@pytest.mark.parametrize(
    "sentence, name, role",
    [
        ("“Wetlands store carbon,” said Ana Ruiz, a senior research scientist with the Delta Institute.",
         "Ana Ruiz", "senior research scientist with the Delta Institute"),
        ("Cartoonist Matt Bors got a spot on the evening news for his critique.", "Matt Bors", "Cartoonist"),
        ("The flu season peaked early, said Tomasz Nowak, an epidemiologist at the county health office.",
         "Tomasz Nowak", "epidemiologist at the county health office"),
    ],
)
def test_an_expert_is_cited_with_the_trade_the_text_gives(sentence, name, role):
    """News cites scientists and professionals by what they do; that is their role in the glossary."""
    glossary = analyse([Article(source="x.txt", slug="a1", title="Report", paragraphs=[sentence])])
    assert person(glossary, name).role == role
