"""The briefing stage's choices on general cases: sections and their order, near-copies folded,
one event reported twice, the number of key people, attendees matched or not."""

from __future__ import annotations

import re
import shutil

import pytest
from click.testing import CliRunner
from pypdf import PdfReader
from support import SEEDS, squash

from brief.analysis.timeline import find_events
from brief.build import load_packet
from brief.cli import main
from brief.model import Article

STORY = ("Port operators from three countries signed a five-year pact on Thursday, March 4, 2021, to share dredging "
         "equipment and training, officials said after the meeting in the capital that ran late.\n\n"
         "The pact covers twelve ports and takes effect next month, according to a statement released after the talks "
         "ended, and the operators will meet again in May to review the first loans of equipment.\n")


def _outline(path) -> list[str]:
    return [item.title for item in PdfReader(path).outline if not isinstance(item, list)]


def test_sections_option_changes_the_printed_order(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--pdf", "-o", str(out), "--sections", "articles,glossary,read-ahead"])
    assert result.exit_code == 0, result.stderr
    titles = _outline(out / "briefing.pdf")
    assert titles[-1] == "Read-ahead" and titles[-2] == "Glossary"
    assert "Key people" not in titles and "Timeline" not in titles and "Sources" not in titles


def test_manifest_sections_and_key_people(tmp_path):
    folder = tmp_path / "packet"
    shutil.copytree(SEEDS, folder)
    manifest = folder / "brief.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        "[articles.", 'key_people = 3\nsections = ["people", "articles", "sources"]\n\n[articles.', 1), encoding="utf-8")
    packet = load_packet([folder])
    assert packet.briefing.sections == ("people", "articles", "sources")
    # The manifest's four attendees named in the articles all get cards, more than key_people.
    assert [c.person for c in packet.briefing.cards] == ["Antony Blinken", "Lloyd Austin III", "Chung Eui-yong", "Suh Wook"]


def test_unknown_or_repeated_sections_are_errors(tmp_path):
    for value, words in (("articles,nonsense", "unknown section"), ("articles,glossary,articles", "named twice"),
                         ("glossary", "must include 'articles'")):
        result = CliRunner().invoke(main, ["build", str(SEEDS), "--html", "-o", str(tmp_path / "o"), "--sections", value])
        assert result.exit_code == 1 and words in result.stderr


def test_near_copies_are_grouped_and_the_summary_says_so(tmp_path):
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "a-ledger.md").write_text("---\ntitle: Port Operators Sign Pact\noutlet: Harbour Ledger\n---\n\n" + STORY, encoding="utf-8")
    (folder / "b-times.md").write_text("---\ntitle: Three Countries Sign Port Pact\noutlet: Coastal Times\n---\n\n"
                                       + STORY.replace("late.", "late into the night, both sides said."), encoding="utf-8")
    (folder / "c-other.md").write_text("---\ntitle: Canal Queue Grows\noutlet: Harbour Ledger\n---\n\n"
                                       "Rates for hiring tankers rose for a third week as ships waited longer to pass "
                                       "through the canal, brokers said on Friday, and insurers raised premiums.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(folder), "--pdf", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "2 articles (1 near-copy folded: a-ledger.md under b-times.md)" in result.stdout
    text = squash("".join(page.extract_text() for page in PdfReader(out / "briefing.pdf").pages))
    assert squash("Also reported by Harbour Ledger") in text


def test_one_event_two_reports_is_one_entry_with_both_sources():
    first = Article(source="a.txt", slug="a1", title="A", paragraphs=[
        "The ministers signed the port agreement in Lisbon on March 4, 2021, ending two years of talks."])
    second = Article(source="b.txt", slug="a2", title="B", paragraphs=[
        "On March 4, 2021, the ministers signed the port agreement in Lisbon after two years of talks.",
        "Storms closed the harbour on March 4, 2021, for the third time this winter."])
    events = find_events([first, second])
    signing = [e for e in events if "signed" in e.sentence]
    assert len(signing) == 1 and signing[0].also == (("a2", 0),) and signing[0].reports == 2
    assert any("Storms" in e.sentence and not e.also for e in events)  # the same day, another happening


@pytest.mark.parametrize("attendee, person", [("antony blinken", "Antony Blinken"), ("Minister Suh", "Suh Wook"),
                                              ("Sung Kim", None)])
def test_attendees_are_matched_to_glossary_people(attendee, person):
    from brief.briefing import match_attendees
    from brief.model import Meeting

    packet = load_packet([SEEDS])
    [found] = match_attendees(Meeting(attendees=(attendee,)), packet.glossary.people)
    assert found.person == person


def test_the_printed_timeline_shows_a_shared_event_once_citing_both_articles(tmp_path):
    folder = tmp_path / "two"
    folder.mkdir()
    (folder / "a.md").write_text("---\ntitle: Lisbon Port Deal Signed\noutlet: Harbour Ledger\ndate: 2021-03-05\n---\n\n"
                                 "The ministers signed the port agreement in Lisbon on March 4, 2021, ending two years of talks "
                                 "that had stalled twice over fishing rights.\n", encoding="utf-8")
    (folder / "b.md").write_text("---\ntitle: Ministers Agree on Ports\noutlet: Coastal Times\ndate: 2021-03-06\n---\n\n"
                                 "On March 4, 2021, the ministers signed the port agreement in Lisbon after two years of talks, "
                                 "officials from both delegations confirmed on Friday.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["build", str(folder), "--pdf", "-o", str(out)]).exit_code == 0
    reader = PdfReader(out / "briefing.pdf")
    start = next(reader.get_destination_page_number(i) for i in reader.outline if not isinstance(i, list) and i.title == "Timeline")
    text = " ".join(reader.pages[start].extract_text().split())
    assert text.count("4 March 2021") == 1  # one entry for the signing…
    first = "The ministers signed the port agreement in Lisbon on March 4, 2021"
    assert text.count(first) == 1
    assert re.search(re.escape(first) + r"[^\[]*\[1\], p\. \d+ \[2\], p\. \d+", text)  # …citing both articles


def test_the_quote_index_leaves_out_talk(tmp_path):
    """A turn of under four words, stage directions aside ("Yeah.", "(Laughs.)"), is no statement."""
    (tmp_path / "call.md").write_text(
        "# Remarks by President Biden and Prime Minister Albanese\n\n"
        "PRESIDENT BIDEN: Welcome to the White House, where we will talk about the alliance today.\n\n"
        "PRIME MINISTER ALBANESE: (Laughs.) Yeah.\n\n"
        "PRESIDENT BIDEN: Thank you.\n\n"
        "PRIME MINISTER ALBANESE: We have a great deal of work ahead of us on climate and trade.\n",
        encoding="utf-8")
    packet = load_packet([tmp_path])
    quoted = [st.text for _, said in packet.briefing.quotes for st in said]
    assert any(q.startswith("Welcome to the White House") for q in quoted)
    assert any(q.startswith("We have a great deal") for q in quoted)
    assert not [q for q in quoted if len(q.split()) < 4]


def test_the_quote_index_gives_a_turns_first_statement_not_its_courtesies(tmp_path):
    """"Thank you, Mr. President." opens many turns: the index shows the first sentence of eight words
    or more, stage directions left out, and leaves out a turn of courtesies only."""
    (tmp_path / "call.md").write_text(
        "# Remarks by President Lindqvist and Prime Minister Nowak\n\n"
        "PRESIDENT LINDQVIST: Welcome to Stockholm, where we will talk about the harbour treaty today.\n\n"
        "PRIME MINISTER NOWAK: (As interpreted.) Thank you, Mr. President. We will sign the harbour treaty "
        "before the end of this year.\n\n"
        "PRESIDENT LINDQVIST: Well, thank you, Mr. Prime Minister. Thank you all.\n",
        encoding="utf-8")
    packet = load_packet([tmp_path])
    quoted = {name: [st.text for st in said] for name, said in packet.briefing.quotes}
    assert quoted["Nowak"] == ["We will sign the harbour treaty before the end of this year."]
    assert quoted["Lindqvist"] == ["Welcome to Stockholm, where we will talk about the harbour treaty today."]


def test_releases_written_from_one_template_are_not_near_copies(tmp_path):
    """Two disaster declarations share their wording but not their state, counties, dates and
    officials: two stories, both printed."""
    template = ("Today, President Lindqvist declared that a major disaster exists in the State of {state} and "
                "ordered Federal aid to supplement State and local recovery efforts in the areas affected by "
                "{what} from {dates}. The President's action makes Federal funding available to affected "
                "individuals in {counties}. Assistance can include grants for temporary housing and home repairs, "
                "low-cost loans to cover uninsured property losses, and other programs to help individuals and "
                "business owners recover from the effects of the disaster. {officer} has been named the Federal "
                "Coordinating Officer for Federal recovery operations in the affected areas.\n")
    for name, state, what, dates, counties, officer in (
            ("a.md", "Alaska", "a severe storm and flooding", "October 3 to October 5, 2024",
             "the Ketchikan Gateway Borough", "Lance Ortiz"),
            ("b.md", "Georgia", "Hurricane Helene", "September 24 to October 1, 2024",
             "Appling, Bacon and Camden Counties", "Marta Brandt")):
        (tmp_path / name).write_text(f"# President Lindqvist Approves {state} Disaster Declaration\n\n"
                                     + template.format(state=state, what=what, dates=dates, counties=counties,
                                                       officer=officer), encoding="utf-8")
    packet = load_packet([tmp_path])
    assert [a.title for a in packet.articles] == ["President Lindqvist Approves Alaska Disaster Declaration",
                                                  "President Lindqvist Approves Georgia Disaster Declaration"]
