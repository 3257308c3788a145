"""Rules across files and inside front matter: duplicates, outlet/url, malformed headers, big files."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pytest

from brief.errors import BriefError, BriefWarning
from brief.sources import read_file, read_sources

STORY = "Harbour Talks Resume\n\nEnvoys from the two ports met on Monday and agreed to resume talks.\n\nThey will meet again in May.\n"


def test_duplicate_article_is_left_out_with_a_warning(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.md").write_text("# A Different Headline\n\nEnvoys from the two ports   met on Monday and agreed\nto resume talks.\n\nThey will meet again in May.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Other Story Here\n\nSomething else happened on Tuesday.\n", encoding="utf-8")
    with pytest.warns(BriefWarning) as caught:
        articles = read_sources([tmp_path])
    assert [a.source for a in articles] == ["a.txt", "c.txt"]
    assert [a.slug for a in articles] == ["a1-harbour-talks-resume", "a2-other-story-here"]
    [w] = [w.message for w in caught if isinstance(w.message, BriefWarning)]
    assert w.path == str(tmp_path / "b.md")
    assert str(w) == f"{tmp_path / 'b.md'}: same text as {tmp_path / 'a.txt'}; left out"


def test_same_page_as_html_and_text_is_a_duplicate(tmp_path):
    (tmp_path / "a.html").write_text(
        "<html><body><h1>Harbour Talks Resume</h1><p>Envoys from the two ports met on Monday and agreed to resume talks.</p>"
        "<p>They will meet again in May.</p></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    with pytest.warns(BriefWarning, match="same text as"):
        articles = read_sources([tmp_path])
    assert [a.source for a in articles] == ["a.html"]


def test_no_warning_without_duplicates(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(read_sources([tmp_path])) == 1


def test_latin1_and_utf16_in_one_folder(tmp_path):
    (tmp_path / "a.txt").write_bytes("Café Owners Meet\n\nThe café owners from Zürich met on Monday.\n".encode("latin-1"))
    (tmp_path / "b.txt").write_bytes("Über Talks End\n\nThe talks in Genève ended on Friday.\n".encode("utf-16"))
    a, b = read_sources([tmp_path])
    assert (a.title, a.paragraphs) == ("Café Owners Meet", ["The café owners from Zürich met on Monday."])
    assert (b.title, b.paragraphs) == ("Über Talks End", ["The talks in Genève ended on Friday."])


def test_markdown_fixture_front_matter():
    a = read_file(Path(__file__).resolve().parents[1] / "data" / "mixed" / "b-markdown.md")
    assert a.title == "Coastal states open talks on a shared weather warning network"
    assert (a.byline, str(a.date)) == ("Renata Obuya", "2024-05-15")
    assert a.outlet == "Harbour Review"
    assert a.url == "https://harbour-review.example.net/2024/05/15/weather-warning-network"
    assert len(a.paragraphs) == 3 and a.paragraphs[0].startswith("Delegations from five coastal states")


@pytest.mark.parametrize("key", ["outlet", "source", "publication"])
def test_front_matter_outlet_aliases(tmp_path, key):
    path = tmp_path / "a.md"
    path.write_text(f"---\ntitle: Port Talks\n{key}: The Quay Gazette\n---\n\nThe talks went on.\n", encoding="utf-8")
    assert read_file(path).outlet == "The Quay Gazette"


def test_front_matter_url_must_be_http(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Port Talks\nurl: javascript:alert(1)\n---\n\nThe talks went on.\n", encoding="utf-8")
    with pytest.warns(BriefWarning) as caught:
        a = read_file(path)
    assert a.url is None
    assert any(isinstance(w.message, BriefWarning) and w.message.path == str(path) for w in caught)


@pytest.mark.parametrize(
    "text, line, words",
    [
        ("---\ntitle: Port Talks\ndate 2024-05-01\n---\n\nText.\n", 3, "not valid YAML"),
        ("\n---\ntitle: Port Talks\nauthor: Jo\n\nThe talks went on.\n", 2, "not closed"),
        ('---\ntitle: "Port Talks\n---\n\nText.\n', 2, "not valid YAML"),
        ("---\ntitle: Port Talks\n- a list item\n---\n\nText.\n", 3, "not valid YAML"),
    ],
    ids=["no-colon", "unclosed", "quote", "mixed"],
)
def test_malformed_front_matter(tmp_path, text, line, words):
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BriefError) as err:
        read_file(path)
    assert err.value.path == str(path) and err.value.line == line
    assert words in str(err.value) and "\n" not in str(err.value)


def test_rule_line_over_text_is_not_front_matter(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\n\nPort Talks Resume\n\nThe talks resumed: both sides agreed.\n", encoding="utf-8")
    a = read_file(path)
    assert a.title == "Port Talks Resume"


def test_one_paragraph_without_headline(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("the envoys met again on monday in the port city and agreed to keep talking.\n", encoding="utf-8")
    a = read_file(path)
    assert a.paragraphs == ["the envoys met again on monday in the port city and agreed to keep talking."]
    assert a.title == "the envoys met again on monday in the port city and agreed to keep talking"


@pytest.mark.parametrize("wrapped", [False, True], ids=["line-per-paragraph", "hard-wrapped"])
def test_big_file(tmp_path, wrapped):
    """A 3–5 MB scrape reads (every rule is linear; see the report for timings)."""
    sentence = "Delegates from the coastal states met again on Monday to discuss shared storm warnings and fishing quotas."
    paragraphs = [f"{sentence} Paragraph number {n} adds detail about the talks held in the port city." for n in range(18000)]
    if wrapped:
        import textwrap

        body = "\n\n".join(textwrap.fill(p, 72) for p in paragraphs)
    else:
        body = "\n".join(paragraphs)
    path = tmp_path / "big.txt"
    path.write_text("Storm Warning Talks Continue\n\nBy Jo Marren\n\n" + body + "\n", encoding="utf-8")
    assert 3_000_000 < path.stat().st_size < 5_000_000
    a = read_file(path)
    assert a.title == "Storm Warning Talks Continue" and a.byline == "Jo Marren"
    assert len(a.paragraphs) == 18000
    assert a.paragraphs[-1].endswith("Paragraph number 17999 adds detail about the talks held in the port city.")


@pytest.mark.parametrize(
    "name, title",
    [
        ("2024-05-02_harbour-pilots-strike-ends.txt", "Harbour Pilots Strike Ends"),
        ("000_2ecfcfe68c449655.txt", "the envoys met again on monday in the port city and agreed to keep talking"),
    ],
    ids=["words", "hash"],
)
def test_no_headline_is_a_warning_and_the_file_name_gives_the_title(tmp_path, name, title):
    path = tmp_path / name
    path.write_text("the envoys met again on monday in the port city and agreed to keep talking.\n\nThey will meet in May.\n", encoding="utf-8")
    with pytest.warns(BriefWarning, match="no headline found") as caught:
        a = read_file(path)
    assert a.title == title
    assert [w.message.path for w in caught if isinstance(w.message, BriefWarning)] == [str(path)]


# --- saved government pages: menus, masthead, footer ------------------------------------------------


PAGES = Path(__file__).resolve().parent.parent / "data" / "pages"


def test_a_saved_page_keeps_only_its_article():
    """Menus printed above and below the text, the page's own date labels and everything after END go;
    the transcript's own date line, not the day the page was posted, dates the article."""
    [a] = read_sources([PAGES / "agency_release.txt"])
    assert a.title == "Remarks by the Minister at the Opening of the Harbour Conference in Lisbon"
    assert a.date == dt.date(2023, 5, 2)
    assert a.paragraphs[0].startswith("Good morning, and thank you")
    assert a.paragraphs[-1].startswith("By the end of the year")
    kept = "\n".join([a.title, *a.paragraphs])
    for furniture in ("Issued on", "All News", "Careers", "Secretary of State for Ports", "Search the ministry site", "Logo"):
        assert furniture not in kept
    assert a.speakers[0] == "THE MINISTER"


def test_a_press_office_masthead_over_the_headline():
    """Site name, issuing office, release mark and date over the headline: the office is the byline,
    the date is read, the scraper's citation and the page address are litter."""
    [a] = read_sources([PAGES / "press_office_remarks.txt"])
    assert a.title == "Remarks by the Prime Minister on the Signing of the River Treaty"
    assert a.byline == "Office of the Press Secretary"
    assert a.date == dt.date(2019, 3, 11)
    assert a.paragraphs[0].startswith("Thank you all.")
    assert len(a.paragraphs) == 2
    assert not any(p.startswith(("Cite", "http", "For Immediate", "Treaty Room", "The Prime Minister's Office")) for p in a.paragraphs)


def test_an_author_line_under_a_front_matter_title_is_the_byline(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Port Talks\n---\n\nJane Roe, Minister of Transport\n\n"
                    "The talks on the port resumed on Monday in the capital, officials said.\n", encoding="utf-8")
    [a] = read_sources([path])
    assert a.byline == "Jane Roe" and a.byline_office == "Minister of Transport"
    assert a.paragraphs == ["The talks on the port resumed on Monday in the capital, officials said."]


@pytest.mark.parametrize("closing", [
    "This post was sub-edited by Ana Lima.", "Reporting by Jo Kim; Editing by Lee Park", "Translated by Marta Nowak",
])
def test_a_closing_staff_credit_is_not_text(tmp_path, closing):
    path = tmp_path / "a.txt"
    path.write_text("Harbour Fees Rise\n\nThe harbour raised its fees on Monday after a long dispute with the shippers.\n\n"
                    + closing + "\n", encoding="utf-8")
    [a] = read_sources([path])
    assert a.paragraphs == ["The harbour raised its fees on Monday after a long dispute with the shippers."]


def test_a_note_about_the_pages_links_is_not_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Harbour Fees Rise\n\n[All links lead to pages in Portuguese.]\n\n"
                    "The harbour raised its fees on Monday after a long dispute with the shippers.\n", encoding="utf-8")
    [a] = read_sources([path])
    assert a.paragraphs == ["The harbour raised its fees on Monday after a long dispute with the shippers."]


def test_a_news_page_with_a_photo_authors_and_teasers():
    """The headline over its date line is the title even after a menu and a lead photo; the authors
    line under it is the byline; author boxes and share buttons before the text and teasers after a
    'Related' heading are not the story."""
    [a] = read_sources([PAGES / "news_site_story.txt"])
    assert a.title == "Harbour Fees Rise as the Fishing Fleet Shrinks Along the Atlantic Coast"
    assert a.date == dt.date(2024, 3, 4)
    assert a.byline == "Marta Vidal, Pedro Alves"
    assert len(a.paragraphs) == 3
    assert a.paragraphs[0].startswith("The harbours of the Atlantic coast")
    assert a.paragraphs[-1].startswith("Port authorities say")


def test_a_release_page_printing_its_headline_twice(tmp_path):
    """The headline twice (the page's title and its h1) ends the menu over it; separators, the
    release number, teasers ending in '»' and pagers are litter."""
    menu = "\n".join(["Skip to Content", "Home", "About the Command", "Mission", "Leadership", "History", "News",
                      "Press Releases", "Photos", "Links", "Contact Us", "Speaker Request Form", "Color Guard Request Form",
                      "Home", "|", "News", "|", "Press Releases", "|"])
    headline = "Nov. 4: Coalition Aircraft Strike Targets Near the Border"
    body = ("SOUTHWEST ASIA — On Nov. 3, coalition aircraft conducted eight strikes against the group's positions "
            "near the border, destroying vehicles and a weapons cache.\n"
            "All aircraft returned to base safely, and assessments of the strikes are based on initial reports from the crews.")
    footer = "Commander visits the region »\nSecond teaser about the coalition's work »\n<Prev\n|\nNext>\n1 of 5\nviewed 1,026 times"
    path = tmp_path / "release.txt"
    path.write_text(f"{menu}\n{headline}\n{headline}\nShare\nNovember 04, 2015\nRelease # 20151104-01\nFOR IMMEDIATE RELEASE\n{body}\n{footer}\n",
                    encoding="utf-8")
    [a] = read_sources([path])
    assert a.title == headline and a.date == dt.date(2015, 11, 4)
    assert len(a.paragraphs) == 2 and a.paragraphs[0].startswith("SOUTHWEST ASIA")


def test_remarks_without_labels_and_a_markup_line(tmp_path):
    """Remarks with no speaker labels: the place and date block over the first paragraph is the
    transcript's head (its date is the article's); a line of page markup copied as text goes."""
    path = tmp_path / "remarks.txt"
    path.write_text(
        "Weekly Address: Ports for the Next Decade\n"
        "In this week's address, the Minister laid out the plan to modernise the country's ports over ten years.\n"
        "<a href=\"https://video.example.org/embed/x1\">Embedded video for Weekly Address</a>\n"
        "Weekly Address\nThe Ministry\nApril 11, 2015\n"
        "Good morning. This week I want to talk about our ports, which carry most of what we buy and sell abroad.\n"
        "Thank you all for listening, and have a good weekend with your families.\n", encoding="utf-8")
    [a] = read_sources([path])
    assert a.date == dt.date(2015, 4, 11)
    assert not any(p.startswith(("<a", "Weekly Address", "The Ministry", "April 11")) for p in a.paragraphs)
    assert a.paragraphs[1].startswith("Good morning.")


def test_a_hard_wrapped_transcript_keeps_its_short_lines(tmp_path):
    """Wrapped at 72 characters, a paragraph's lines hold a dozen words each: the story is measured by
    its paragraphs, so a line of short words far from the next long line is no site notice."""
    import textwrap
    opening = ("MINISTER NOWAK:  So it is: none of us has ever thought that we would be able to see it "
               "all in our time.")
    long_words = ("the representatives of the international organisations who gathered here yesterday "
                  "emphasised the humanitarian considerations of the crisis in our neighbourhood. ") * 2
    ordinals = "First Second Third Fourth Fifth Sixth Seventh Eighth".split()
    short_words = "We will do all we can to help the ones who come to us in need of a roof and a meal. " * 3
    paragraphs = ([opening] + [f"{o}ly, {long_words.strip()}" for o in ordinals]
                  + [f"{o}, {short_words.strip()}" for o in ordinals[:3]] + ["Thank you all for coming today."])
    body = "\n\n".join(textwrap.fill(p, 72) for p in paragraphs)
    path = tmp_path / "remarks.md"
    path.write_text("---\ntitle: Remarks by Minister Nowak\ndate: 2022-03-10\n---\n\n*Belweder Palace\nWarsaw, Poland*\n\n"
                    "12:57 P.M. CET\n\n" + body + "\n\nEND  1:43 P.M. CET\n", encoding="utf-8")
    [a] = read_sources([path])
    assert a.paragraphs[0] == "So it is: none of us has ever thought that we would be able to see it all in our time."
    assert len(a.paragraphs) == len(paragraphs)


def test_a_blank_line_inside_a_sentence_does_not_split_the_paragraph(tmp_path):
    path = tmp_path / "remarks.md"
    path.write_text(
        "---\ntitle: Remarks Before the Meeting\n---\n\n"
        "MINISTER NOWAK:  Our position is clear. And the cooperation against piracy\n\n"
        "is very much important for both of our countries.\n\n"
        "Harbour security and trade\n\n"
        "Ships will be inspected at both ends of the route from next spring onwards.\n",
        encoding="utf-8",
    )
    [a] = read_sources([path])
    assert a.paragraphs == [
        "Our position is clear. And the cooperation against piracy is very much important for both of our countries.",
        "Harbour security and trade",
        "Ships will be inspected at both ends of the route from next spring onwards.",
    ]


@pytest.mark.parametrize("opening", [
    ["Today the President announced two commissioners to the harbour commission."],
    ["WASHINGTON – Today the President announced two commissioners to the harbour commission, which advises "
     "the ministry on dredging.", "The commission meets four times a year and reports to the minister."],
])
def test_a_line_wholly_in_bold_is_a_heading_of_its_own(tmp_path, opening):
    """A bold name over a biography is a heading: not glued to the paragraph under it, and not
    taken for a place or a byline, which would make a short opening sentence a dek."""
    path = tmp_path / "appointments.md"
    path.write_text(
        "---\ntitle: President Appoints Two Commissioners\n---\n\n" + "\n\n".join(opening) + "\n\n"
        "**<span style=\"text-decoration: underline\">Ana Ruiz</span>**  \n"
        "Ana Ruiz joined the port authority in 2019 as its chief engineer and has led its dredging works.\n\n"
        "__Pedro Alves__\nPedro Alves is a marine biologist who has studied the estuary for twenty years.\n",
        encoding="utf-8",
    )
    [a] = read_sources([path])
    assert a.subtitle is None
    assert a.paragraphs == [
        *opening,
        "Ana Ruiz",
        "Ana Ruiz joined the port authority in 2019 as its chief engineer and has led its dredging works.",
        "Pedro Alves",
        "Pedro Alves is a marine biologist who has studied the estuary for twenty years.",
    ]
