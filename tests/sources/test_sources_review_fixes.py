"""Inputs a review found mishandled: ISO dates with a time, unreadable paths, sidebar labels."""

from __future__ import annotations

import datetime as dt

import pytest

from brief.errors import BriefError
from brief.sources import read_sources
from brief.sources.frontmatter import front_date
from brief.sources.header import date_line
from brief.sources.litter import is_navigation


def test_iso_dates_followed_by_a_time_are_read():
    assert front_date({"date": "2021-03-18T10:00:00+09:00"}) == dt.date(2021, 3, 18)
    assert date_line("Published 2021-03-18T10:02") == dt.date(2021, 3, 18)
    assert date_line("Budget 2021-03-18 cuts") is None


def test_a_name_too_long_for_the_file_system_is_a_one_line_error(tmp_path):
    long_name = tmp_path / ("x" * 300 + ".txt")
    with pytest.raises(BriefError) as err:
        read_sources([long_name])
    assert "x" * 50 in str(err.value)


@pytest.mark.parametrize("line", ["Recent Features", "Latest Stories", "Popular Posts", "Related Articles"])
def test_sidebar_labels_are_navigation(line):
    assert is_navigation(line)


def test_sentences_using_those_words_are_not(tmp_path):
    assert not is_navigation("Recent features of the agreement include a hotline.")
