"""What the lines around a headline are: headline, kicker, dek, byline, date line.

A scraped article starts with its page header flattened into lines: maybe a section label
("The Koreas"), the headline, a one-sentence summary (the dek), the photo and its caption,
the byline and the date, in an order that differs by site. These predicates recognise each
by its shape, so the reader can take them out of the body and into the Article's fields.
"""

from __future__ import annotations

import datetime as dt
import re

import regex  # Unicode letter classes for names

from ..dates import MONTHS, dates_in, time_zone_abbreviations
from .litter import clean_space

HEADLINE_MAX_WORDS = 25
HEADLINE_MAX_CHARS = 200
KICKER_MAX_WORDS = 4
KICKER_MAX_CHARS = 40
DEK_MAX_WORDS = 50

_CLOSERS = "\"'”’»)]"
# Words that stay lower-case in a Title-Case label ("Law and Order", "State of the Union").
_MINOR_WORDS = frozenset("a an and as at but by for from in of on or the to with vs & -".split())


def _last_char(text: str) -> str:
    """The last character that closes the line, quotes and brackets aside; an initialism's stop
    ("… Underneath N.Y.C.", "… in the U.S.") is no sentence's end, so it counts as a letter."""
    stripped = text.rstrip(_CLOSERS + " ")
    if _INITIALISM_END.search(stripped):
        return "A"
    return stripped[-1] if stripped else ""


_INITIALISM_END = re.compile(r"(?:^|\s)(?:[A-Z]\.){2,}$")


def is_headline(text: str) -> bool:
    """A line shaped like a headline: short, capitalised, no sentence-final stop.

    Headlines do not end in ".", ",", ";" or ":"; a question or exclamation mark is allowed
    ("Will Seoul pick a side?"). Body paragraphs of a story almost always end in a stop.
    """
    text = clean_space(text)
    if not text or len(text) > HEADLINE_MAX_CHARS or len(text.split()) > HEADLINE_MAX_WORDS:
        return False
    first = text.lstrip("\"'“‘(")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    return (
        _last_char(text) not in ".,;:"
        and byline_name(text) is None
        and date_line(text) is None
        and date_and_byline(text) is None
    )


def is_kicker(text: str) -> bool:
    """A section label over a headline ("The Koreas", "World News"): a few Title-Case words."""
    text = clean_space(text)
    words = text.split()
    if not is_headline(text) or len(words) > KICKER_MAX_WORDS or len(text) > KICKER_MAX_CHARS:
        return False
    return all(w[0].isupper() or not w[0].isalpha() or w.lower() in _MINOR_WORDS for w in words)


def is_sentence(text: str) -> bool:
    """One sentence-like line of at most DEK_MAX_WORDS words ending in a stop: a dek candidate."""
    text = clean_space(text)
    first = text.lstrip("\"'“‘(")[:1]
    return bool(text) and first.isupper() and len(text.split()) <= DEK_MAX_WORDS and _last_char(text) in ".!?"


# "By Choi Si-young", "BY JANE DOE (jane@…)", "By A. Smith and B. Jones", "Written by: Julie Mollins".
_BYLINE = re.compile(r"(?:(?:written|words|story|text|reported|posted)\s+)?by:?\s+(?P<name>\S.*)", re.I)
_NAME_PARTICLES = frozenset("and de da di del der van von al el bin le la du dos e y".split())
BYLINE_MAX_WORDS = 10
BYLINE_LINE_MAX_WORDS = 25  # a name and a long post after it
BYLINE_NAME_MAX_WORDS = 5


# An author line without "By", as government pages print it: the issuing office, or a name and
# the office held ("Antony J. Blinken, Secretary of State").
_OFFICE_LINE = re.compile(r"(?:Office|Bureau) of (?:the )?[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|of|the|for|and))*")
_NAME_AND_OFFICE = re.compile(r"(?P<name>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3}), (?P<office>[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|of|the|for|and|on)){0,7})")
_OFFICE_HEADS = frozenset(
    "secretary spokesperson spokesman spokeswoman ambassador director administrator envoy advisor adviser "
    "president chair chairman commissioner coordinator correspondent editor reporter officer minister".split()
)
AUTHOR_LINE_MAX_WORDS = 10


def author_line(text: str) -> str | None:
    """The author an undated line without "By" names: an issuing office, or a person with an office."""
    found = _author_and_office(text)
    return found[0] if found else None


def author_office(text: str) -> str | None:
    """The office an author line gives its author ("Secretary of State"), if it names a person."""
    found = _author_and_office(text)
    return found[1] if found else None


def _author_and_office(text: str) -> tuple[str, str | None] | None:
    text = clean_space(text)
    if len(text.split()) > AUTHOR_LINE_MAX_WORDS:
        return None
    if _OFFICE_LINE.fullmatch(text):
        return text, None
    m = _NAME_AND_OFFICE.fullmatch(text)
    if m and {w.lower() for w in m["office"].split()} & _OFFICE_HEADS:
        return m["name"], m["office"]
    return None


def byline_name(text: str) -> str | None:
    """The author named by a byline line, repaired; None when the line is not a byline.

    Scrapes often cut a byline in the middle of the author's e-mail address, leaving an
    unclosed "(" ("By Choi Si-young ("); the name is what comes before it. A finished
    parenthesis or a "|"/"—" tail ("| Staff writer") is dropped too. Every word of the name
    must be capitalised, so "By contrast, Seoul refused." is not a byline.
    """
    text = clean_space(text)
    m = _BYLINE.fullmatch(text)
    if not m or len(text.split()) > BYLINE_LINE_MAX_WORDS:
        return None
    name = m["name"]
    name = re.split(r"\s*[(\[<|]|\s+[—–-]\s+|\s*@", name, maxsplit=1)[0]
    name = _without_affiliation(name).strip(" ,;:.-–—•·")
    words = name.split()
    # A long line is a byline only for its post after the name ("By Daniel Kahn Gillmor, Senior
    # Staff Technologist, ACLU Speech, Privacy, and Technology Project"), never for a long name.
    if not words or (len(text.split()) > BYLINE_MAX_WORDS and len(words) > BYLINE_NAME_MAX_WORDS):
        return None
    for w in words:
        core = w.strip(",.")
        if not core:
            return None
        if not (core[0].isupper() or core.lower() in _NAME_PARTICLES):
            return None
    return name


_PERSON_NAME = r"\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}\p{M}'’-]+)){1,3}"
_PERSON = regex.compile(_PERSON_NAME)
_ORG_WORDS = frozenset("university college institute school centre center foundation council laboratory hospital".split())


def author_list(text: str) -> str | None:
    """The writers of a line naming two or more authors, their institution after them:
    "Colin Manning, Hayley J. Fowler, Newcastle University" → "Colin Manning, Hayley J. Fowler"."""
    parts = [p.strip() for p in regex.split(r"\s*,\s*|\s+(?:and|&)\s+", clean_space(text)) if p.strip()]
    if parts and set(parts[-1].lower().split()) & _ORG_WORDS:
        parts = parts[:-1]
    if len(parts) < 2 or not all(_PERSON.fullmatch(p) and not set(p.lower().split()) & _ORG_WORDS for p in parts):
        return None
    return ", ".join(parts)


def lone_name(text: str) -> str | None:
    """A line that is only a person's name ("Janelle Hessig", "Cory Doctorow /"): a byline when the
    page header prints it next to the date, without "By"."""
    text = clean_space(text).rstrip(" /|·•")
    words = set(text.lower().split())
    if _PERSON.fullmatch(text) is None or words & (_ORG_WORDS | _AFFILIATION_WORDS | _PLACE_WORDS) or text.split()[0] in ("The", "A", "An"):
        return None
    return text


# Words of the places and bodies a masthead prints over its date ("The White House", "Rose Garden").
_PLACE_WORDS = frozenset(
    "house garden room hall court council committee embassy government state states city street square palace "
    "building campus centre center headquarters republic kingdom union nations".split()
)


# Words that make the tail of a byline after a comma the writer's employer or post, not a name:
# "By Jim Garamone, DOD News", "By Ana Ruiz, Staff Writer".
_AFFILIATION_WORDS = frozenset(
    "news press service services agency staff writer reporter correspondent editor bureau times post "
    "herald daily gazette review journal network media radio television tv online wire desk department "
    "contributor columnist office ministry magazine".split()
)


def _without_affiliation(name: str) -> str:
    """The name before ", DOD News" or ", Staff Writer"; names listed with commas stay whole."""
    head, sep, tail = name.partition(",")
    if not sep:
        return name
    words = tail.replace(".", " ").split()
    if words and any(w.lower() in _AFFILIATION_WORDS or (w.isupper() and len(w) >= 2) for w in words):
        return head
    return name


def date_and_byline(text: str) -> tuple[dt.date, str] | None:
    """The date and author of a line that gives both: "Oct. 3, 2023 | By Ana Ruiz, DOD News"."""
    text = clean_space(text)
    # "January 17, 2017 at 6:08 PM ET by Kori Schulman": the date, then the byline, no separator
    joined = re.fullmatch(r"(.+?)\s+((?:posted\s+)?by\s+\S.*)", text, re.I)
    if joined and date_line(joined[1]) and byline_name(joined[2]):
        return date_line(joined[1]), byline_name(joined[2])
    parts = [p for p in re.split(r"\s+[|·•]\s+|\s+[—–]\s+", text) if p]
    if len(parts) < 2:
        return None
    dates = [d for d in (date_line(p) for p in parts) if d]
    names = [n for n in (byline_name(p) for p in parts) if n]
    if dates and names and len(dates) + len(names) == len(parts):
        return dates[0], names[0]
    return None


_DATE_WORDS = frozenset(
    "published updated posted modified last date on at am pm a.m. p.m. kst est edt gmt utc bst cet jst et pt ct "
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "time first created".split()
)


def date_line(text: str) -> dt.date | None:
    """The date of a line that only states a date ("Published: March 18, 2021 10:02 KST")."""
    text = clean_space(text)
    if not text or len(text.split()) > 10:
        return None
    found = list(dates_in(text))
    if not found:
        return None
    for word in re.split(r"[\s,:|/()·•-]+", text.lower()):
        word = word.strip(".")
        if word and not (word.isdigit() or word in MONTHS or word in _DATE_WORDS or word.upper() in time_zone_abbreviations()
                         or re.fullmatch(r"[\d:.]+(?:t[\d:.+z]+|am|pm|a\.m|p\.m)?", word)):
            return None
    return found[0]


# "SEOUL, March 18, 2021 —", "WASHINGTON (March 18, 2021) –": a place in capitals, a date, a dash.
_DATELINE = re.compile(r"(?P<head>[A-Z][A-Z .'-]{1,40}(?:,\s*[A-Z][A-Za-z .]{1,30})?[,(]?\s*[^—–]{6,30}?)\s*\)?\s*(?:—|–|--|-)\s")


def dateline_date(paragraph: str) -> dt.date | None:
    """The date in a dateline opening the first paragraph, if it has one."""
    m = _DATELINE.match(clean_space(paragraph))
    if not m:
        return None
    found = list(dates_in(m["head"]))
    return found[0] if found else None
