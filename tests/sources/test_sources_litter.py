"""Litter rules on unseen page styles: .gov banners, blog widgets, share bars, credits."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from sources_support import FIXTURES, read_one


from brief.model import Caption
from brief.sources import litter, read_sources
from brief.sources.header import author_line, byline_name, date_line, is_kicker


@pytest.mark.parametrize(
    "line",
    [
        "Back To Top",
        "  RECENT FEATURES  ",
        "Skip to main content",
        "Share this »",
        "Sign up for our newsletter",
        "Sign up for the Morning Brief newsletter",
        "Advertisement",
        "Read more →",
        "Leave a comment",
        "Leave a Reply",
        "3 Comments",
        "Comments (12)",
        "An official website of the United States government",
        "Here’s how you know",
        "Share on Facebook",
        "Facebook Twitter LinkedIn Email",
        "Official websites use .gov A .gov website belongs to an official government organization in the United States.",
    ],
)
def test_navigation_lines(line):
    assert litter.is_navigation(line)


@pytest.mark.parametrize(
    "line",
    [
        "Officials said they would share this information with allies.",
        "Read more about the exercise plan in the annex, which both agencies will publish next week.",
        "Readers were invited to leave a comment on the draft rules by Friday.",
        "Three comments from the minister drew the most attention at the hearing.",
        "Advertisement revenue fell by a third last year, the company said.",
        "Back to top of the queue went a request for new cranes.",
    ],
)
def test_sentences_with_navigation_words_are_not_navigation(line):
    assert not litter.is_navigation(line)
    assert litter.line_litter(line) is None


@pytest.mark.parametrize(
    "line",
    ["The Koreas\u00a0|\u00a0Diplomacy\u00a0|\u00a0East Asia", "Home » Newsroom » Press Releases", "News > World > Asia", "Analysis / Maritime Policy"],
)
def test_breadcrumbs(line):
    assert litter.is_breadcrumb(line)


@pytest.mark.parametrize(
    "line",
    [
        "AP Photo/Ahn Young-joon",
        "Exports rose 5% | imports fell 2% in March.",
        "The talks covered trade and/or security.",
        "Seoul",
        "He said: yes | no.",
    ],
)
def test_not_breadcrumbs(line):
    assert not litter.is_breadcrumb(line)


@pytest.mark.parametrize("line", ["###", "\\###", "# # #", "-30-", "- 30 -", "\\*\\*\\*", "* * *", "(END)", "**\\###**", "*\\###*"])
def test_end_markers(line):
    assert litter.is_end_marker(line)


@pytest.mark.parametrize("line", ["#1 priority", "30", "The end of the talks came late."])
def test_not_end_markers(line):
    assert not litter.is_end_marker(line)


def test_blank_artifacts():
    assert litter.is_blank(" \u00a0 \u200b")
    assert litter.line_litter(" ") == "blank_artifact"


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Credit: State Department photo by Jane Roe", "State Department photo by Jane Roe"),
        ("Photo by Min-ji Park", "Min-ji Park"),
        ("Photo: Harbor Review/Ana Ruiz", "Harbor Review/Ana Ruiz"),
        ("Photo courtesy of the Port Authority", "the Port Authority"),
        ("Officials said the photo by the harbor was taken in May.", None),
        ("Credit markets tightened in the second quarter, the bank said.", None),
    ],
)
def test_credit_lines(line, credit):
    assert litter.credit_line(line) == credit


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Leaders pose for a photo, March 18, 2021. (Yonhap)", ("Leaders pose for a photo, March 18, 2021.", "Yonhap")),
        ("A crane at the port. (AP Photo/Lee Jin-man)", ("A crane at the port.", "AP Photo/Lee Jin-man")),
        ("The minister (center) speaks (from left to right)", ("The minister (center) speaks (from left to right)", None)),
        ("Prices rose (see chart)", ("Prices rose (see chart)", None)),
    ],
)
def test_trailing_credit(caption, expected):
    assert litter.split_trailing_credit(caption) == expected


def test_navigation_vocabulary_is_lower_case_and_short():
    for phrase in litter.NAV_PHRASES:
        assert phrase == phrase.lower().strip()
        assert len(phrase.split()) <= litter.NAV_MAX_WORDS or any(phrase.startswith(p) for p in litter.BANNER_PREFIXES)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By Choi Si-young (", "Choi Si-young"),
        ("BY JANE DOE", "JANE DOE"),
        ("By Jane Q. Doe (jane.doe@", "Jane Q. Doe"),
        ("By Ana Ruiz | Staff Writer", "Ana Ruiz"),
        ("By Ana de la Cruz and Tom Lee", "Ana de la Cruz and Tom Lee"),
        ("By contrast, Seoul refused.", None),
        ("By 2030 the port will double in size.", None),
    ],
)
def test_bylines(line, name):
    assert byline_name(line) == name


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Office of the Spokesperson", "Office of the Spokesperson"),
        ("Antony J. Blinken, Secretary of State", "Antony J. Blinken"),
        ("John Kirby, Pentagon Press Secretary", "John Kirby"),
        ("New York, New York", None),  # a place line, not an author
        ("Sharm el-Sheikh, Egypt", None),
        ("Officials of the ministry said so.", None),
    ],
)
def test_author_lines_without_by(line, author):
    """Government pages print the issuing office, or a name with its office, where a byline goes."""
    assert author_line(line) == author


def test_date_lines():
    assert date_line("Published: June 4, 2024") == dt.date(2024, 6, 4)
    assert date_line("Updated : 2021-03-18 16:22 KST") == dt.date(2021, 3, 18)
    assert date_line("The ministers met on June 4, 2024.") is None


def test_kickers():
    assert is_kicker("The Koreas") and is_kicker("World News")
    assert not is_kicker("Gaps to fill in alliance") and not is_kicker("Officials met.")


def test_government_release():
    a = read_one(FIXTURES / "gov_release.txt")
    assert a.title == "Joint Statement on Harbor Safety Cooperation"
    assert a.date == dt.date(2024, 6, 4)
    assert a.paragraphs == [
        "The two port authorities agreed today to hold a joint harbor safety exercise every spring, starting "
        "next year, and to exchange inspection schedules for visiting cargo ships.",
        "Officials said they would share this information with allies.",
        "Read more about the exercise plan in the annex, which both agencies will publish next week.",
    ]


def test_blog_post_with_widgets():
    a = read_one(FIXTURES / "blog_post.md")
    assert a.title == "Why Small Ports Matter for Regional Trade"
    assert a.byline == "Jane Q. Doe"
    assert a.captions == [
        Caption(
            "A container crane stands idle at a river port during a strike, May 2, 2023.",
            "Harbor Review photo by Ana Ruiz",
        )
    ]
    assert a.paragraphs == [
        "Small ports handle a growing share of regional trade, and their 21st century role is changing fast.",
        "Readers were invited to leave a comment on the draft rules by Friday.",
        "Three comments from the minister drew the most attention at the hearing.",
    ]


def test_wire_story_one_line_per_paragraph():
    a = read_one(FIXTURES / "wire_story.txt")
    assert a.section == "Harbor Talks"
    assert a.title == "Port Operators Sign a Five-Year Maintenance Pact"
    assert a.subtitle is None
    assert a.date == dt.date(2021, 3, 18)  # from the dateline
    assert a.captions == [Caption("Dock workers unload a cargo ship at a river terminal, March 17, 2021.", "Example Press")]
    assert len(a.paragraphs) == 3
    assert a.paragraphs[0].startswith("SEOUL, March 18, 2021 — Port operators")
    # A paragraph followed by a stray credit line stays body; the credit goes.
    assert a.paragraphs[1].startswith("The pact covers twelve ports")
    assert a.paragraphs[2].endswith("Back to top of the queue went a request for new cranes.")
    assert not any("Photo by" in p or "END" in p or "|" in p for p in a.paragraphs)


def test_agency_page_with_banner_and_photo_block():
    """A government page: banner, breadcrumbs, a photo block (alt text, caption title, caption,
    credit, identifier, download links), a related-stories box, a newsletter line, a cookie
    notice and a copyright line around the story."""
    a = read_one(FIXTURES / "agency_page.txt")
    assert a.title == "Harbor Chiefs Agree on a Shared Dredging Fleet"
    assert a.byline == "Ana Ruiz, Agency News" or a.byline == "Ana Ruiz"
    assert a.date == dt.date(2023, 10, 3)
    assert a.captions == [Caption("A dredger works in a harbor channel near the breakwater, Sept. 28, 2023.", "Tomasz Nowak, Agency")]
    assert len(a.paragraphs) == 3
    assert a.paragraphs[0].startswith("The port chiefs of four coastal states")
    assert a.paragraphs[2].endswith("said Lê Văn Hải, the chief of the largest port.")
    text = "\n".join(a.paragraphs)
    for litter_word in ("official website", "VIRIN", "230928", "Download", "Full Size", "Channel Work", "Related",
                        "Lisbon", "newsletter", "cookies", "©", "Skip to"):
        assert litter_word not in text, litter_word


def test_lines_two_articles_share_are_site_chrome():
    """The site's own furniture ("Harbor Ledger Daily", its slogan) shows up in both articles."""
    first, second = read_sources([FIXTURES / "site"])
    assert first.title == "Port Workers End Strike After Pay Deal"
    assert second.title == "Tanker Rates Climb as Canal Queue Grows"
    for a in (first, second):
        assert len(a.paragraphs) == 2
        assert not any("Harbor Ledger Daily" in p or "Tips to the newsroom" in p for p in a.paragraphs)


def test_shared_lines_inside_the_story_stay(tmp_path):
    """Two articles that share a subheading keep it: only lines around the text are chrome."""
    story = "Harbor News\n\n{title}\n\nThe port reopened on Monday after two weeks of repairs to the north quay, officials said.\n\nWhat comes next\n\nInspectors will return in May to check the work, and the operators expect full traffic by June.\n"
    (tmp_path / "a.txt").write_text(story.format(title="North Quay Reopens After Repairs"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(story.format(title="South Quay Reopens After Repairs").replace("north", "south"), encoding="utf-8")
    for a in read_sources([tmp_path]):
        assert "What comes next" in a.paragraphs
        assert not any("Harbor News" in p for p in a.paragraphs)


def test_one_story_run_by_two_sites_keeps_its_headline(tmp_path):
    """A wire story two outlets ran shares its headline and text: copies of one story, not chrome."""
    body = ("Port operators from three countries signed a five-year pact on Thursday to share dredging equipment "
            "and training, officials said after the meeting in the capital.\n\nThe pact covers twelve ports and takes "
            "effect next month, according to a statement released after the talks ended late in the evening.\n")
    (tmp_path / "a.txt").write_text("Harbor Ledger\n\nPort Operators Sign a Five-Year Pact\n\n" + body, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Coastal Times\n\nPort Operators Sign a Five-Year Pact\n\n" + body.replace("Thursday", "Thursday morning"),
                                    encoding="utf-8")
    [article] = read_sources([tmp_path])  # the two copies are one story, folded (see brief.sources)
    assert article.title == "Port Operators Sign a Five-Year Pact"
    assert article.source == "b.txt"  # the fuller copy is printed
    assert [(r.source, r.title) for r in article.also_reported] == [("a.txt", "Port Operators Sign a Five-Year Pact")]


def test_menu_words_over_the_headline_are_not_the_title():
    """Menu labels no list knows ("World", "Video") are short headline-shaped lines over the real headline."""
    a = read_one(FIXTURES / "menu_over_headline.txt")
    assert a.title == "Port Operators Sign a Five-Year Maintenance Pact"
    assert len(a.paragraphs) == 2 and not any(p in ("World", "Asia", "Video") for p in a.paragraphs)


@pytest.mark.parametrize(
    "line, kind",
    [
        ("For media inquiries, please contact: press@harbour-ministry.gov.", "press_contact"),
        ("For further information, please contact the Ports Team at ports@example.org or visit ports.example.org.", "press_contact"),
        ("Media contacts: Ana Ruiz, +1 202 555 0143", "press_contact"),
        ("For more information about the plan, the minister said, farmers should wait for the spring.", None),
        ("For further information the committee will contact each of the shipping firms by letter.", None),
    ],
)
def test_press_contact_lines(line, kind):
    assert litter.line_litter(line) == kind


def test_news_page_with_teasers_under_the_story():
    """The story is the short run under the headline, not the longer list of other stories' openings
    below it; the author's bare name and the posting time between headline and date are the header."""
    a = read_one(FIXTURES / "news_page_with_teasers.txt")
    assert a.title == "Ferry service to the outer islands resumes after the winter storms"
    assert a.byline == "Marta Kowalczyk"
    assert a.date == dt.date(2025, 3, 4)
    assert [p[:40] for p in a.paragraphs] == [
        "The ferry between the harbour and the th",
        "Islanders had relied on a single helicop",
    ]
    assert a.captions == [Caption("The ferry leaves the harbour on its first crossing since January.", "Lena Ortiz")]


@pytest.mark.parametrize(
    "line, teaser",
    [
        ("Engineers told the council the repairs would take the whole summer because the foundations…", True),
        ("The bakery's loaves took first place again, and the owners say the prize money will pay...", True),
        ("The board approved a second pier, ending a dispute that split the traders into two camps… READ THE REST", True),
        ('It ended with a bonus clip from the same gig, "Respect": Read more', True),
        ("The minister paused and said: “We will see...”", False),
        ("Talks resume next week.", False),
        ("Wait…", False),
    ],
)
def test_teasers(line, teaser):
    assert litter.is_teaser(line) is teaser


@pytest.mark.parametrize(
    "line, kind",
    [
        ("Previous articleCouncil votes on the new bus timetable", "site_navigation"),
        ("Next post: Lighthouse keepers' cottages open to visitors", "site_navigation"),
        ("Next story » Floods close the coast road", "site_navigation"),
        ("Next, the article says the budget will grow by a tenth.", None),
        ("View this post on Instagram", "embed_code"),
        ("A post shared by Harbour Ferries (@harbourferries)", "embed_code"),
        ("Watch on YouTube", "embed_code"),
        ("We watched the hearing on YouTube with the families.", None),
        ("By", "site_navigation"),
    ],
)
def test_widget_lines(line, kind):
    assert litter.line_litter(line) == kind


@pytest.mark.parametrize("line", ["RELATED ARTICLESMORE FROM AUTHOR", "Related PostsMore From This Desk", "Related articles"])
def test_related_headings_run_together_with_the_next_tab(line):
    assert litter.is_related_heading(line)


def test_related_heading_is_not_a_sentence_about_related_things():
    assert not litter.is_related_heading("Related articlesmore often than not cite it")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Header Image: People gather at the market in Napo province. Credit: Ana Ruiz/Agency (CC BY-NC-ND 2.0)",
         ("People gather at the market in Napo province.", "Ana Ruiz/Agency (CC BY-NC-ND 2.0)")),
        ("Photo: The new pier at dawn. Photo by Lena Ortiz", ("The new pier at dawn.", "Lena Ortiz")),
        ("Image: the hearing was adjourned at noon.", None),
        ("The photo shows the pier. Credit: the council", None),
    ],
)
def test_labelled_captions(text, expected):
    assert litter.labelled_caption(text) == expected


@pytest.mark.parametrize("line, name", [("Written by: Julie Mollins", "Julie Mollins"), ("Words by Ana Ruiz", "Ana Ruiz")])
def test_bylines_with_a_verb(line, name):
    assert byline_name(line) == name


def test_one_paragraph_post_over_teasers_and_a_wordy_footer():
    """A post of one paragraph is the story even when the site's footer under the teasers holds more
    words; the author's bare name over the posting time and the date is the byline."""
    a = read_one(FIXTURES / "one_paragraph_post.txt")
    assert a.title == "A library card for every newborn in the county"
    assert a.byline == "Priya Raman"
    assert a.date == dt.date(2024, 6, 5)
    assert [p[:30] for p in a.paragraphs] == ["The county library now mails a"]


def test_a_menu_item_far_over_the_date_is_no_byline(tmp_path):
    page = tmp_path / "release.txt"
    page.write_text("Vetoed Legislation\nNominations & Appointments\nDisclosures\nFor Immediate Release\n"
                    "April 11, 2015\nWeekly Address: Free Community College for Responsible Students\n"
                    "In this week's address, the Vice President laid out the plan to make two years of community college free.\n")
    a = read_one(page)
    assert a.byline is None


@pytest.mark.parametrize("line", ["Twitter /", "RSS", "Instagram", "Comics / demographics / economics / happy mutants"])
def test_follow_buttons_and_tag_lists(line):
    assert litter.line_litter(line) in ("site_navigation", "category_tags")


@pytest.mark.parametrize("line", ["and / or", "The minister said the vote / count was late."])
def test_not_tag_lists(line):
    assert litter.line_litter(line) is None


def test_newsletter_fields_go_when_another_page_shares_one(tmp_path):
    """A newsletter box's field another article of the packet prints too is site chrome; the
    box's other fields under the same heading go with it."""
    shutil.copy(FIXTURES / "news_page_with_teasers.txt", tmp_path / "a.txt")
    (tmp_path / "b.txt").write_text(
        "Library opens on Sundays\n\nThe county library will open on Sundays from May, the council said on Friday, "
        "after a petition gathered four thousand names.\n\nEmail Address\n", encoding="utf-8")
    first, _second = read_sources([tmp_path])
    assert not any("Email" in p for p in first.paragraphs)


def test_headline_over_a_dek_a_photo_and_the_byline():
    """The headline is the last headline-shaped line over the byline and date, past a dek, a photo
    label and a caption whose credit is glued on; an initialism's stop does not end it."""
    a = read_one(FIXTURES / "headline_dek_photo_byline.txt")
    assert a.title == "Storm Surges and Salt: How Winter Wears Down the Old Sea Wall in St. Ives, U.K."
    assert a.byline == "Tomas Ferreira"
    assert a.date == dt.date(2019, 2, 21)
    assert a.paragraphs[-1].startswith("Engineers say the oldest stretch")
    assert not any("Skip to content" in p for p in a.paragraphs)


def test_headline_over_a_byline_with_a_long_post_and_a_dated_time():
    a = read_one(FIXTURES / "headline_with_affiliated_byline.txt")
    assert a.title == "Facebook Is Tracking People Who Never Signed Up for It"
    assert a.byline == "Ana Ruiz"
    assert a.date == dt.date(2018, 4, 5)


def test_a_byline_under_the_headline_is_not_the_rest_of_its_sentence(tmp_path):
    page = tmp_path / "a.txt"
    page.write_text("The birth lottery and economic mobility\nby Ana Ruiz @anaruiz February 1, 2016: 12:41 PM ET\n"
                    "The country has long been heralded as a land of opportunity where anyone can succeed regardless of origin.\n")
    a = read_one(page)
    assert a.title == "The birth lottery and economic mobility"
    assert a.byline == "Ana Ruiz"


@pytest.mark.parametrize("line", ["April 5, 2018 | 6:00 PM", "Feb. 3, 2021 | 9:15 AM"])
def test_a_date_with_its_time_is_no_breadcrumb(line):
    assert not litter.is_breadcrumb(line)


@pytest.mark.parametrize("line", ["Image", "Photo", "Video"])
def test_a_figure_label_alone_is_litter(line):
    assert litter.line_litter(line) == "site_navigation"


def test_a_byline_with_a_long_post_after_the_name():
    assert byline_name("By Daniel Ruiz Gomez, Senior Staff Technologist, Speech, Privacy, and Technology Project") == "Daniel Ruiz Gomez"
    assert byline_name("By contrast, the ministry refused to say when the talks that began in March would resume.") is None


@pytest.mark.parametrize("line, litter_", [("11 min", True), ("4 min read", True), ("1 day ago", True), ("Updated 3 hours ago", True),
                                           ("an hour ago", True), ("The talks ended 3 days ago in Seoul.", False), ("Minute by minute", False)])
def test_reading_and_relative_time_labels(line, litter_):
    assert (litter.line_litter(line) == "time_label") is litter_
