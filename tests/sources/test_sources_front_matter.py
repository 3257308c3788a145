"""Front matter as YAML dumpers write it: every valid header is read, whatever its quoting."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from brief.sources import read_file

BODY = "\n\nThe envoys met on Monday and agreed to keep talking about the harbour.\n"


def _write(tmp_path, header: dict, body: str = BODY, **dump_options):
    path = tmp_path / "a.md"
    path.write_text("---\n" + yaml.safe_dump(header, allow_unicode=False, **dump_options) + "---\n" + body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "title",
    [
        "Remarks by President\u00a0Biden at the Summit\u00a0Dinner",  # NBSPs: the dumper escapes them as \_
        "Statement on the U.S.\u2013Viet Nam Partnership: \u201cA New Chapter\u201d",  # dash, curly quotes, a colon
        "Press Briefing by Press Secretary Karine Jean-Pierre and NSC Coordinator for Strategic Communications John\u00a0Kirby",
        "Nguy\u1ec5n H\u1ed3ng Di\u00ean and Rados\u0142aw Sikorski Meet in Warsaw",
        "'Ironclad' alliance: what \"ironclad\" means",
    ],
)
def test_dumped_titles_are_read_whole(tmp_path, title):
    # width=60 makes the dumper fold long titles over lines, with escaped line breaks.
    path = _write(tmp_path, {"title": title, "date": "2023-01-12", "tags": "press-briefings"}, width=60)
    article = read_file(path)
    assert article.title == " ".join(title.split())  # NBSP folded to a space, nothing else lost
    assert article.date == dt.date(2023, 1, 12)
    assert article.section == "Press briefings"


def test_real_archive_header_shape(tmp_path):
    """The shape of a White House archive file: a quoted title folded with a trailing backslash."""
    path = tmp_path / "a.md"
    path.write_text(
        "---\ndate: '2023-01-12'\nmodified_time: 2023-01-12 20:31:11-05:00\n"
        "source_url: https://www.whitehouse.gov/briefing-room/press-briefings/2023/01/12/x/\n"
        "tags: press-briefings\n"
        'title: "Press Briefing by Press Secretary Karine Jean-Pierre and NSC Coordinator for\\\n'
        '  \\ Strategic Communications John\\_Kirby"\n---\n \nJames S. Brady Press Briefing Room\n\n3:05 P.M. EST\n\n'
        "MS. JEAN-PIERRE:  Good afternoon, everybody.\n\nQ    Good afternoon.\n",
        encoding="utf-8",
    )
    article = read_file(path)
    assert article.title == "Press Briefing by Press Secretary Karine Jean-Pierre and NSC Coordinator for Strategic Communications John Kirby"
    assert article.url == "https://www.whitehouse.gov/briefing-room/press-briefings/2023/01/12/x/"
    assert article.paragraphs == ["Good afternoon, everybody.", "Good afternoon."]


@pytest.mark.parametrize(
    "header, byline",
    [
        ({"authors": ["Ana Ruiz", "Tomasz Nowak"]}, "Ana Ruiz and Tomasz Nowak"),
        ({"authors": ["Ana Ruiz", "Tomasz Nowak", "Lê Văn Hải"]}, "Ana Ruiz, Tomasz Nowak and Lê Văn Hải"),
        ({"author": "Ana Ruiz"}, "Ana Ruiz"),
    ],
)
def test_author_lists(tmp_path, header, byline):
    assert read_file(_write(tmp_path, {"title": "Harbour Talks", **header})).byline == byline


@pytest.mark.parametrize(
    "value",
    [dt.date(2022, 11, 13), dt.datetime(2022, 11, 13, 9, 30), "2022-11-13", "November 13, 2022", "13 Nov 2022"],
    ids=["date", "timestamp", "iso-string", "us-string", "uk-string"],
)
def test_dates_as_yaml_dates_or_strings(tmp_path, value):
    assert read_file(_write(tmp_path, {"title": "Harbour Talks", "date": value})).date == dt.date(2022, 11, 13)


@pytest.mark.parametrize("key", ["url", "source_url", "link", "canonical_url"])
def test_address_keys(tmp_path, key):
    article = read_file(_write(tmp_path, {"title": "Harbour Talks", key: "https://example.org/a"}))
    assert article.url == "https://example.org/a"


@pytest.mark.parametrize("key", ["outlet", "site_name"])
def test_outlet_keys(tmp_path, key):
    assert read_file(_write(tmp_path, {"title": "Harbour Talks", key: "The Quay Gazette"})).outlet == "The Quay Gazette"


def test_values_that_are_not_text_are_ignored(tmp_path):
    """A number or a mapping where text belongs is not printed as a title or a byline."""
    article = read_file(_write(tmp_path, {"title": 2021, "author": {"name": "x"}, "tags": [1, 2]}, body="\n\nHarbour Talks Resume\n" + BODY))
    assert article.title == "Harbour Talks Resume"
    assert article.byline is None


@settings(max_examples=60, deadline=None)
@given(title=st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=120).filter(lambda t: t.strip()))
def test_any_dumped_title_reads_back(tmp_path_factory, title):
    path = _write(tmp_path_factory.mktemp("fm"), {"title": title}, width=40)
    assert read_file(path).title == " ".join(title.split())
