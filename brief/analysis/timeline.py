"""The timeline: every date the body paragraphs name, as :class:`Event` s in date order.

    find_events(articles, packet_date=None) -> list[Event]

Only body paragraphs are read (captions repeat the dateline; they are used only to find the
anchor, below). What counts as a date, longest reading first so "March 16–18, 2021" is one date:

- day ranges: "March 16–18, 2021", "16–18 March" → one Event from the first to the last day;
- full dates: "March 18, 2021", "18 March 2021", "2021-03-18";
- days without a year: "March 17", "17 March" → the year of the anchor nearest to the date
  (so "December 30" in a January article is the December before); ``inferred`` is False when
  the article itself writes that year somewhere (its date, or a full date in its text or
  captions), True when the year is borrowed from the packet;
- months: "June 2020"; "May next year", "March last year", "last May" (inferred); "in March",
  "since June" (year as for days without a year);
- year ranges: "between 2016 and 2017", "from 2016 to 2018", "2016–2017", "2016-17" → one Event
  spanning both years (one range rather than two events: it is one period, a tenure);
- decades: "the 1990s" → 1990–1999;
- bare years 1900–2099, not when part of a number ("2,016", "2016.5", "$2016") or a quantity
  ("2016 troops", "2016 percent");
- relative dates, ``inferred=True``: weekdays ("Wednesday" is the latest Wednesday on or before
  the anchor, the next one when the sentence speaks of the future: "will", "is scheduled to";
  "last Wednesday", "next Wednesday"), "yesterday", "tomorrow", "last/this/next week, month,
  year", "three years ago", "a month ago", "two weeks ago", "a decade ago", and "the same day"
  (the latest day named earlier in the same paragraph or the one before; skipped otherwise).

The anchor of an article is its ``date``, else the ``packet_date`` passed in, else the newest full
date written in the article (body or captions). Dates that need an anchor are skipped without one.
Relative dates inside quotations are resolved against the same anchor (a known approximation:
the speaker may have spoken days earlier).

Each Event carries the date as written (``label``) and the sentence it was found in. Identical
(start, end, sentence) triples are kept once. Ties in date keep packet order: article, then
paragraph, then position.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..dates import MONTHS, dates_in
from ..model import Article, Event
from .sentences import sentence_at, sentence_spans

_MONTH_NAMES = sorted(MONTHS, key=len, reverse=True)
_FULL_NAMES = frozenset(name.lower() for name in calendar.month_name if name)  # "May" takes no full stop
# Capitalised month names; abbreviations may carry a full stop. "May" is only a month with a day,
# a year or a preposition beside it (see the patterns).
_MONTH = (
    r"(?P<{name}>"
    + "|".join(m.capitalize() + ("" if m in _FULL_NAMES else r"\.?") for m in _MONTH_NAMES)
    + r")"
)
_DASH = r"\s*[–—-]\s*"
_YEAR = r"(?P<{name}>(?:19|20)\d\d)"
_DAY = r"(?P<{name}>[0-3]?\d)"
_END = r"(?![\w-])"
_START = r"(?<![\w$€£#])"

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
}
_NUMBER = r"(?P<n>(?i:\d{1,3}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r"))"
# Words that make a four-digit number a quantity, not a year.
_QUANTITIES = (
    "troops", "soldiers", "people", "persons", "residents", "workers", "members", "units", "tons",
    "tonnes", "km", "kilometers", "kilometres", "miles", "meters", "metres", "won", "dollars",
    "yen", "yuan", "euros", "pounds", "missiles", "rockets", "cases", "deaths", "votes", "seats",
    "pages", "words", "times", "hours", "minutes", "seconds", "barrels", "vehicles", "ships",
    "aircraft", "jets", "employees", "students", "copies", "percent", "per", "%", "points",
    "defectors", "refugees", "families", "households", "companies", "firms", "items",
)
# A weekday in a sentence like these is the coming one, not the last.
_FUTURE = re.compile(r"\b(?:will|shall|upcoming|scheduled|slated|due to|set to|plans? to)\b|’ll|'ll", re.I)


def _p(template: str) -> re.Pattern[str]:
    """Compile a pattern written with {MONTH:name}, {YEAR:name}, {DAY:name} place holders."""
    def fill(m: re.Match[str]) -> str:
        kind, name = m.group(1), m.group(2)
        return {"MONTH": _MONTH, "YEAR": _YEAR, "DAY": _DAY}[kind].format(name=name)
    return re.compile(re.sub(r"\{(MONTH|YEAR|DAY):(\w+)\}", fill, template))


@dataclass(frozen=True)
class _Context:
    anchor: dt.date | None
    clear_years: frozenset[int]  # years the article itself writes in full dates or its date


@dataclass(frozen=True)
class _Found:
    start: dt.date
    end: dt.date
    precision: str
    inferred: bool


def _month_number(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _month_span(year: int, month: int, inferred: bool) -> _Found:
    return _Found(dt.date(year, month, 1), dt.date(year, month, _last_day(year, month)), "month", inferred)


def _year_span(first: int, last: int, inferred: bool = False) -> _Found:
    return _Found(dt.date(first, 1, 1), dt.date(last, 12, 31), "year", inferred)


def _nearest_year(ctx: _Context, month: int, day: int = 1) -> int | None:
    """The year that puts month/day nearest the anchor."""
    if ctx.anchor is None:
        return None
    best: tuple[int, int] | None = None
    for year in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1):
        try:
            distance = abs((dt.date(year, month, min(day, _last_day(year, month))) - ctx.anchor).days)
        except ValueError:
            continue
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else None


def _shift_months(day: dt.date, months: int) -> tuple[int, int]:
    total = day.year * 12 + (day.month - 1) + months
    return total // 12, total % 12 + 1


# -- the readings, each a pattern and how to turn its match into dates --------------------------

Resolver = Callable[[re.Match[str], _Context, str], "_Found | None"]


def _day_range(m: re.Match[str], ctx: _Context, sentence: str) -> _Found | None:
    month = _month_number(m["m"])
    first, last = int(m["d1"]), int(m["d2"])
    if last < first:
        return None
    if m["y"]:
        year, inferred = int(m["y"]), False
    else:
        year = _nearest_year(ctx, month, first)
        if year is None:
            return None
        inferred = year not in ctx.clear_years
    return _Found(dt.date(year, month, first), dt.date(year, month, last), "day", inferred)


def _full(m: re.Match[str], ctx: _Context, sentence: str) -> _Found | None:
    month = int(m["m"]) if m["m"].isdigit() else _month_number(m["m"])
    day = dt.date(int(m["y"]), month, int(m["d"]))
    return _Found(day, day, "day", False)


def _no_year(m: re.Match[str], ctx: _Context, sentence: str) -> _Found | None:
    month, number = _month_number(m["m"]), int(m["d"])
    year = _nearest_year(ctx, month, number)
    if year is None:
        return None
    day = dt.date(year, month, number)
    return _Found(day, day, "day", year not in ctx.clear_years)


def _month_year(m: re.Match[str], ctx: _Context, sentence: str) -> _Found | None:
    return _month_span(int(m["y"]), _month_number(m["m"]), False)


def _month_relative(m: re.Match[str], ctx: _Context, sentence: str) -> _Found | None:
    if ctx.anchor is None:
        return None
    month = _month_number(m["m"])
    which = m["w"].lower()
    if m.group(0).lower().endswith("year"):  # "May next year"
        year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[which]
    elif which == "last":  # "last May": the latest May before this month
        year = ctx.anchor.year if month < ctx.anchor.month else ctx.anchor.year - 1
    elif which == "next":
        year = ctx.anchor.year if month > ctx.anchor.month else ctx.anchor.year + 1
    else:
        year = ctx.anchor.year
    return _month_span(year, month, True)


def _month_alone(m: re.Match[str], ctx: _Context, sentence: str) -> _Found | None:
    month = _month_number(m["m"])
    year = _nearest_year(ctx, month, 15)
    if year is None:
        return None
    return _month_span(year, month, year not in ctx.clear_years)


def _year_range(m: re.Match[str], ctx: _Context, sentence: str) -> _Found | None:
    first = int(m["y1"])
    raw = m["y2"]
    last = int(raw) if len(raw) == 4 else (first // 100) * 100 + int(raw)
    if last <= first:
        return None
    return _year_span(first, last)


def _decade(m: re.Match[str], ctx: _Context, sentence: str) -> _Found | None:
    first = int(m["y"])
    return _year_span(first, first + 9)


def _bare_year(m: re.Match[str], ctx: _Context, sentence: str) -> _Found | None:
    year = int(m["y"])
    return _year_span(year, year)


def _weekday(m: re.Match[str], ctx: _Context, sentence: str) -> _Found | None:
    if ctx.anchor is None:
        return None
    target = _WEEKDAYS.index(m["wd"])
    which = (m["w"] or "").lower()
    back = (ctx.anchor.weekday() - target) % 7  # days back to the latest such day, 0 = the anchor
    if which == "last":
        day = ctx.anchor - dt.timedelta(days=back or 7)
    elif which == "next" or (which != "this" and _FUTURE.search(sentence)):
        ahead = (target - ctx.anchor.weekday()) % 7
        day = ctx.anchor + dt.timedelta(days=ahead or 7) if which == "next" else ctx.anchor + dt.timedelta(days=ahead)
    else:
        day = ctx.anchor - dt.timedelta(days=back)
    return _Found(day, day, "day", True)


def _near_day(m: re.Match[str], ctx: _Context, sentence: str) -> _Found | None:
    if ctx.anchor is None:
        return None
    day = ctx.anchor + dt.timedelta(days=-1 if m.group(0).lower() == "yesterday" else 1)
    return _Found(day, day, "day", True)


def _relative_unit(m: re.Match[str], ctx: _Context, sentence: str) -> _Found | None:
    if ctx.anchor is None:
        return None
    step = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[m["w"].lower()]
    unit = m["u"].lower()
    if unit == "year":
        return _year_span(ctx.anchor.year + step, ctx.anchor.year + step, True)
    if unit == "month":
        year, month = _shift_months(ctx.anchor, step)
        return _month_span(year, month, True)
    monday = ctx.anchor - dt.timedelta(days=ctx.anchor.weekday()) + dt.timedelta(weeks=step)
    return _Found(monday, monday + dt.timedelta(days=6), "day", True)


def _ago(m: re.Match[str], ctx: _Context, sentence: str) -> _Found | None:
    if ctx.anchor is None:
        return None
    raw = m["n"].lower()
    n = int(raw) if raw.isdigit() else _NUMBERS[raw]
    unit = m["u"].lower().rstrip("s")
    if unit == "decade":
        n, unit = n * 10, "year"
    if unit == "year":
        return _year_span(ctx.anchor.year - n, ctx.anchor.year - n, True)
    if unit == "month":
        year, month = _shift_months(ctx.anchor, -n)
        return _month_span(year, month, True)
    day = ctx.anchor - dt.timedelta(days=n * (7 if unit == "week" else 1))
    return _Found(day, day, "day", True)


# A month name alone is a month only after one of these ("in March", "since June", "mid-July").
_AFTER_PREPOSITION = "(?:" + "|".join(
    rf"(?<=\b{word}\s)"
    for word in ("in", "In", "since", "Since", "until", "Until", "by", "from", "through", "early", "late")
) + r"|(?<=\bmid-))"
_QUANTITY_AFTER = r"(?![\d,.]?\d)(?!\s*(?:" + "|".join(re.escape(q) for q in _QUANTITIES) + r")(?![\w-]))"

# (pattern, resolver), most specific first: an earlier reading claims its span.
_READINGS: list[tuple[re.Pattern[str], Resolver]] = [
    (_p(_START + r"{MONTH:m}\s+{DAY:d1}" + _DASH + r"{DAY:d2}(?:,?\s+{YEAR:y})?" + _END), _day_range),
    (_p(_START + r"{DAY:d1}" + _DASH + r"{DAY:d2}\s+{MONTH:m}(?:,?\s+{YEAR:y})?" + _END), _day_range),
    (_p(_START + r"{MONTH:m}\s+{DAY:d},?\s+{YEAR:y}" + _END), _full),
    (_p(_START + r"{DAY:d}\s+{MONTH:m},?\s+{YEAR:y}" + _END), _full),
    (re.compile(r"(?<![\w-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w-])"), _full),
    (_p(r"(?i:(?P<w>last|this|next))\s+{MONTH:m}" + _END), _month_relative),
    (_p(_START + r"{MONTH:m}\s+(?P<w>last|this|next)\s+year" + _END), _month_relative),
    (_p(_START + r"{MONTH:m}\s+(?:of\s+)?{YEAR:y}" + _END), _month_year),
    (_p(_START + r"{MONTH:m}\s+{DAY:d}(?!\d)(?!\s*[–—-]\s*\d)(?:st|nd|rd|th)?" + _END), _no_year),
    (_p(_START + r"{DAY:d}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH:m}" + _END), _no_year),
    (_p(_AFTER_PREPOSITION + r"{MONTH:m}(?![\w-])(?!\s+\d)"), _month_alone),
    (re.compile(r"(?i:between|from)\s+(?P<y1>(?:19|20)\d\d)\s+(?:and|to|until|through)\s+"
                r"(?P<y2>(?:19|20)\d\d)(?![\w-])"), _year_range),
    (re.compile(r"(?<![\w$€£#.,])(?P<y1>(?:19|20)\d\d)\s*[–—-]\s*(?P<y2>(?:19|20)\d\d|\d\d)(?![\w-])(?![.,]\d)"),
     _year_range),
    (re.compile(r"(?<![\w$€£#.,])(?P<y>(?:19|20)\d0)[’']?s(?![\w-])"), _decade),
    (re.compile(r"(?<![\w$€£#.,:/])(?<![\d],)(?P<y>(?:19|20)\d\d)(?![\w])" + _QUANTITY_AFTER), _bare_year),
    (re.compile(r"(?:(?P<w>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<wd>" + "|".join(_WEEKDAYS) + r")(?![\w-])"), _weekday),
    (re.compile(r"(?<![\w-])(?i:yesterday|tomorrow)(?![\w-])"), _near_day),
    (re.compile(r"(?<![\w-])(?P<w>(?i:last|this|next|past|coming))\s+(?P<u>(?i:year|month|week))(?![\w-])"),
     _relative_unit),
    (re.compile(r"(?<![\w-])" + _NUMBER + r"\s+(?P<u>(?i:years?|months?|weeks?|days?|decades?))\s+ago(?![\w-])"), _ago),
]
_SAME_DAY = re.compile(r"(?<![\w-])(?i:the\s+same\s+day)(?![\w-])")


def _context(article: Article, packet_date: dt.date | None) -> _Context:
    written = [d for text in (*article.paragraphs, *(c.text for c in article.captions)) for d in dates_in(text)]
    years = {d.year for d in written}
    if article.date is not None:
        years.add(article.date.year)
    anchor = article.date or packet_date or (max(written) if written else None)
    return _Context(anchor, frozenset(years))


@dataclass(frozen=True)
class _Hit:
    position: int
    end: int
    label: str
    found: _Found
    sentence: str


def _paragraph_hits(text: str, ctx: _Context, earlier_days: list[_Hit]) -> list[_Hit]:
    spans = sentence_spans(text)
    taken: list[tuple[int, int]] = []
    hits: list[_Hit] = []
    for pattern, resolve in _READINGS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            s, e = sentence_at(spans, m.start())
            sentence = text[s:e]
            try:
                found = resolve(m, ctx, sentence)
            except (ValueError, OverflowError, KeyError):
                found = None
            if found is None or found.start > found.end:
                continue
            taken.append((m.start(), m.end()))
            hits.append(_Hit(m.start(), m.end(), m.group(0), found, sentence))
    # "the same day": the latest day named before it, in this paragraph or the previous one.
    for m in _SAME_DAY.finditer(text):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        before = [h for h in hits
                  if h.end <= m.start() and h.found.precision == "day" and h.found.start == h.found.end]
        source = max(before, key=lambda h: h.position) if before else (earlier_days[-1] if earlier_days else None)
        if source is None:
            continue
        s, e = sentence_at(spans, m.start())
        day = source.found.start
        hits.append(_Hit(m.start(), m.end(), m.group(0), _Found(day, day, "day", True), text[s:e]))
    hits.sort(key=lambda h: h.position)
    return hits


def find_events(articles: Sequence[Article], packet_date: dt.date | None = None) -> list[Event]:
    """The dated happenings of the articles' bodies, in date order (ties in packet order).

    Of two readings with the same (start, end, sentence) the first is kept, unless it is
    inferred and the second is written out ("three years ago … in 2018" keeps "2018").
    """
    chosen: dict[tuple[dt.date, dt.date, str], tuple[tuple[dt.date, int, int, int], Event]] = {}
    for order, article in enumerate(articles):
        ctx = _context(article, packet_date)
        previous_days: list[_Hit] = []
        for index, text in enumerate(article.paragraphs):
            hits = _paragraph_hits(text, ctx, previous_days)
            previous_days = [h for h in hits if h.found.precision == "day" and h.found.start == h.found.end]
            for h in hits:
                key = (h.found.start, h.found.end, h.sentence)
                event = Event(h.found.start, h.found.end, h.found.precision, h.label, h.sentence,
                              article.slug, index, h.found.inferred)
                if key in chosen:
                    kept_order, kept = chosen[key]
                    if kept.inferred and not event.inferred:
                        chosen[key] = (kept_order, event)
                    continue
                chosen[key] = ((h.found.start, order, index, h.position), event)
    return merge_reports([event for _, event in sorted(chosen.values(), key=lambda pair: pair[0])])


SAME_EVENT_SHARE = 0.3  # of their content words two sentences with the same date share: one happening
_CONTENT = re.compile(r"[^\W\d_]{4,}")


def merge_reports(events: list[Event]) -> list[Event]:
    """One entry per happening: the same date in sentences of different articles that share
    SAME_EVENT_SHARE of their content words (Jaccard) is one event, the first report keeping
    the others in ``also``. Within one article two sentences are two entries."""
    by_date: dict[tuple, list[int]] = {}
    for i, e in enumerate(events):
        by_date.setdefault((e.start, e.end, e.precision), []).append(i)
    words = [frozenset(w.casefold() for w in _CONTENT.findall(e.sentence)) for e in events]
    also: dict[int, list[int]] = {}
    merged: set[int] = set()
    for indexes in by_date.values():
        for n, i in enumerate(indexes):
            if i in merged:
                continue
            for j in indexes[n + 1 :]:
                if j in merged or events[j].article == events[i].article or events[j].article in {events[k].article for k in also.get(i, [])}:
                    continue
                union = words[i] | words[j]
                if union and len(words[i] & words[j]) / len(union) >= SAME_EVENT_SHARE:
                    also.setdefault(i, []).append(j)
                    merged.add(j)
    return [
        dataclasses.replace(e, also=tuple((events[j].article, events[j].index) for j in also.get(i, [])))
        for i, e in enumerate(events)
        if i not in merged
    ]
