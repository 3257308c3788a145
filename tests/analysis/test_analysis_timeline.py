"""The timeline: the seed packet against a golden list, then each kind of date on small texts."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from brief.analysis import find_events
from brief.dates import packet_date
from brief.model import Article, Caption
from brief.sources import read_sources

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = json.loads((ROOT / "tests" / "data" / "analysis" / "seed_timeline.json").read_text(encoding="utf-8"))
D = dt.date


@pytest.fixture(scope="module")
def seeds():
    return read_sources([ROOT / "seeds"])


def _plain(events, articles):
    source = {a.slug: a.source for a in articles}
    return [
        {
            "label": e.label, "start": e.start.isoformat(), "end": e.end.isoformat(), "precision": e.precision,
            "inferred": e.inferred, "source": source[e.article], "paragraph": e.index,
            "sentence_starts": e.sentence[:50],
        }
        for e in events
    ]


def test_seed_timeline_matches_golden(seeds):
    events = find_events(seeds, D.fromisoformat(GOLDEN["packet_date"]))
    assert _plain(events, seeds) == GOLDEN["events"]


def test_seed_packet_date_is_the_golden_one(seeds):
    assert packet_date(seeds).isoformat() == GOLDEN["packet_date"]


def test_seed_timeline_without_packet_date_anchors_on_the_articles_own_dates(seeds):
    """Without a packet date each article falls back to its newest written date (its caption)."""
    with_date = find_events(seeds, D(2021, 3, 18))
    without = find_events(seeds, None)
    assert [(e.start, e.label) for e in without] == [(e.start, e.label) for e in with_date]


def test_seed_timeline_is_in_date_order(seeds):
    events = find_events(seeds, D(2021, 3, 18))
    assert [e.start for e in events] == sorted(e.start for e in events)
    assert all(e.start <= e.end for e in events)


@pytest.mark.parametrize(
    ("label", "start", "end", "inferred"),
    [
        ("2016", D(2016, 1, 1), D(2016, 12, 31), False),  # THAAD retaliation
        ("between 2016 and 2017", D(2016, 1, 1), D(2017, 12, 31), False),  # Kim Hyung-suk's tenure
        ("Wednesday", D(2021, 3, 17), D(2021, 3, 17), True),  # the talks began
        ("May next year", D(2022, 5, 1), D(2022, 5, 31), True),  # Moon leaves office
        ("March 17", D(2021, 3, 17), D(2021, 3, 17), False),
        ("March 18", D(2021, 3, 18), D(2021, 3, 18), False),
        ("June 2020", D(2020, 6, 1), D(2020, 6, 30), False),
    ],
)
def test_seed_timeline_has(seeds, label, start, end, inferred):
    events = find_events(seeds, D(2021, 3, 18))
    assert (start, end, inferred) in [(e.start, e.end, e.inferred) for e in events if e.label == label]


def test_seed_first_talks_in_2018(seeds):
    events = find_events(seeds, D(2021, 3, 18))
    assert any(e.label == "2018" and "first talks" in e.sentence for e in events)


# -- each kind of date ----------------------------------------------------------------------------


def _events(*paragraphs, date=None, packet=None, captions=()):
    article = Article(source="t.txt", slug="t", title="T", paragraphs=list(paragraphs), date=date,
                      captions=[Caption(c) for c in captions])
    return find_events([article], packet)


def _labels(events):
    return [(e.label, e.start, e.end, e.precision, e.inferred) for e in events]


def test_full_dates_both_orders_and_iso():
    events = _events("It began on March 18, 2021. It ended on 20 March 2021. A file says 2021-03-19.")
    assert _labels(events) == [
        ("March 18, 2021", D(2021, 3, 18), D(2021, 3, 18), "day", False),
        ("2021-03-19", D(2021, 3, 19), D(2021, 3, 19), "day", False),
        ("20 March 2021", D(2021, 3, 20), D(2021, 3, 20), "day", False),
    ]


def test_day_range_is_one_event():
    events = _events("Talks ran March 16–18, 2021, in Seoul.")
    assert _labels(events) == [("March 16–18, 2021", D(2021, 3, 16), D(2021, 3, 18), "day", False)]


def test_day_without_year_takes_the_anchor_year():
    assert _labels(_events("They met on March 17.", date=D(2021, 3, 20))) == [
        ("March 17", D(2021, 3, 17), D(2021, 3, 17), "day", False)]
    # the year only comes from the packet: inferred
    assert _labels(_events("They met on March 17.", packet=D(2021, 3, 20))) == [
        ("March 17", D(2021, 3, 17), D(2021, 3, 17), "day", True)]
    # near the turn of the year: the nearest December is the one before
    assert _events("They met on December 30.", date=D(2021, 1, 3))[0].start == D(2020, 12, 30)


def test_year_from_a_caption_is_clear():
    events = _events("They met on March 17.", captions=["A photo, March 18, 2021."])
    assert _labels(events) == [("March 17", D(2021, 3, 17), D(2021, 3, 17), "day", False)]


def test_no_anchor_no_relative_dates():
    assert _events("They met on Wednesday, last year, on March 17.") == []


def test_month_forms():
    events = _events("In June 2020 it began. Moon leaves in May next year. It resumed in March.",
                     date=D(2021, 3, 18))
    assert _labels(events) == [
        ("June 2020", D(2020, 6, 1), D(2020, 6, 30), "month", False),
        ("March", D(2021, 3, 1), D(2021, 3, 31), "month", False),
        ("May next year", D(2022, 5, 1), D(2022, 5, 31), "month", True),
    ]


def test_may_the_verb_is_not_a_month():
    assert _events("Whatever they may do, it May rain.", date=D(2021, 3, 18)) == []


def test_year_ranges_and_decades():
    events = _events("He served between 2016 and 2017. The plan ran 2010–2012 and 2013-15. In the 1990s it began.")
    assert [(e.label, e.start.year, e.end.year) for e in events] == [
        ("1990s", 1990, 1999),
        ("2010–2012", 2010, 2012),
        ("2013-15", 2013, 2015),
        ("between 2016 and 2017", 2016, 2017),
    ]


@pytest.mark.parametrize(
    "text",
    ["It cost 2,016 won.", "About 2016 troops left.", "It rose 2016 percent.", "The fee was $2016.",
     "Version 3.2016 is out.", "Call 12016 now.", "It was 1850 or 2150."],
)
def test_numbers_that_are_not_years(text):
    assert _events(text) == []


def test_bare_years():
    events = _events("It learned a lesson in 2016. The 2018 summit came later.")
    assert [(e.label, e.precision) for e in events] == [("2016", "year"), ("2018", "year")]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The talks began Wednesday.", D(2021, 3, 17), D(2021, 3, 17)),  # anchor is a Thursday
        ("They met Thursday.", D(2021, 3, 18), D(2021, 3, 18)),
        ("They will meet Friday.", D(2021, 3, 19), D(2021, 3, 19)),
        ("They met last Thursday.", D(2021, 3, 11), D(2021, 3, 11)),
        ("They meet next Monday.", D(2021, 3, 22), D(2021, 3, 22)),
        ("It happened yesterday.", D(2021, 3, 17), D(2021, 3, 17)),
        ("It happens tomorrow.", D(2021, 3, 19), D(2021, 3, 19)),
        ("It happened last year.", D(2020, 1, 1), D(2020, 12, 31)),
        ("It happens next year.", D(2022, 1, 1), D(2022, 12, 31)),
        ("It happened last month.", D(2021, 2, 1), D(2021, 2, 28)),
        ("It happened last week.", D(2021, 3, 8), D(2021, 3, 14)),
        ("It happened three years ago.", D(2018, 1, 1), D(2018, 12, 31)),
        ("It happened 2 months ago.", D(2021, 1, 1), D(2021, 1, 31)),
        ("It happened two weeks ago.", D(2021, 3, 4), D(2021, 3, 4)),
        ("It happened a decade ago.", D(2011, 1, 1), D(2011, 12, 31)),
    ],
)
def test_relative_dates(text, start, end):
    events = _events(text, date=D(2021, 3, 18))
    assert [(e.start, e.end, e.inferred) for e in events] == [(start, end, True)]


def test_same_day_takes_the_day_named_just_before():
    events = _events("Kim spoke on March 16.", "Seoul replied on the same day.", date=D(2021, 3, 18))
    assert [(e.label, e.start, e.index) for e in events] == [("March 16", D(2021, 3, 16), 0),
                                                              ("the same day", D(2021, 3, 16), 1)]
    far = _events("Kim spoke on March 16.", "Nothing.", "Seoul replied on the same day.", date=D(2021, 3, 18))
    assert [e.label for e in far] == ["March 16"]


def test_sentence_is_not_cut_at_abbreviations():
    events = _events("Dr. Lee met U.S. Secretary Blinken on March 17, 2021. Then he left.")
    assert events[0].sentence == "Dr. Lee met U.S. Secretary Blinken on March 17, 2021."


def test_identical_events_kept_once_and_written_date_wins():
    events = _events("Those days three years ago, in 2018, will not return.", date=D(2021, 3, 18))
    assert [(e.label, e.inferred) for e in events] == [("2018", False)]


def test_ties_keep_packet_order():
    first = Article(source="a.txt", slug="a", title="A", paragraphs=["In 2016 a thing.", "Also 2016 b."])
    second = Article(source="b.txt", slug="b", title="B", paragraphs=["In 2016 c."])
    events = find_events([second, first])
    assert [(e.article, e.index) for e in events] == [("b", 0), ("a", 0), ("a", 1)]


def test_month_labels_and_abbreviations():
    events = _events("It began last May and ends next June. Talks on Sept. 5 and Jan. 3, 2020.",
                     date=D(2021, 3, 18))
    assert [(e.label, e.start, e.end) for e in events] == [
        ("Jan. 3, 2020", D(2020, 1, 3), D(2020, 1, 3)),
        ("last May", D(2020, 5, 1), D(2020, 5, 31)),
        ("next June", D(2021, 6, 1), D(2021, 6, 30)),
        ("Sept. 5", D(2021, 9, 5), D(2021, 9, 5)),
    ]
