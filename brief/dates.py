"""Dates the packet can be stamped with, found in the articles rather than read from the clock."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable
from functools import cache

from .errors import BriefError
from .model import Article

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# "March 18, 2021", "Mar. 18 2021", "18 March 2021", "2021-03-18"
_DATE_PATTERNS = (
    re.compile(rf"\b(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})\.?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    # ISO dates may run straight into a time: "2021-03-18T10:00:00+09:00".
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)(?![\d-])"),
)


@cache
def time_zone_abbreviations() -> frozenset[str]:
    """Every abbreviation the time-zone database uses, winter and summer (EST, CEST, KST, SAST …)."""
    import zoneinfo

    found = set()
    for name in zoneinfo.available_timezones():
        zone = zoneinfo.ZoneInfo(name)
        for month in (1, 7):
            label = dt.datetime(2024, month, 15, tzinfo=zone).tzname()
            if label and label.isalpha() and label.isupper():
                found.add(label)
    return frozenset(found)


def dates_in(text: str) -> Iterable[dt.date]:
    """Every full calendar date written in ``text``; impossible ones (February 30) are skipped."""
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            month = m["month"]
            month_number = int(month) if month.isdigit() else MONTHS[month.lower()]
            try:
                yield dt.date(int(m["year"]), month_number, int(m["day"]))
            except ValueError:
                continue


def packet_date(articles: list[Article]) -> dt.date | None:
    """The newest stated article date, else the newest full date written in any article.

    Scraped articles often lose their dateline but keep a dated photo caption ("…, March 18,
    2021"), which is the best evidence of when the story ran. None when nothing is dated.
    """
    stated = [a.date for a in articles if a.date]
    if stated:
        return max(stated)
    found = [
        d
        for a in articles
        for text in (*a.paragraphs, *(c.text for c in a.captions))
        for d in dates_in(text)
    ]
    return max(found) if found else None


def source_date_epoch() -> dt.datetime | None:
    """The reproducible-builds timestamp, when the environment sets one."""
    raw = os.environ.get("SOURCE_DATE_EPOCH")
    if raw is None or raw.strip() == "":
        return None
    try:
        return dt.datetime.fromtimestamp(int(raw), tz=dt.timezone.utc)
    except (ValueError, OverflowError, OSError):
        raise BriefError(f"SOURCE_DATE_EPOCH must be a whole number of seconds, not {raw!r}") from None
