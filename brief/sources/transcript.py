"""Transcripts: press briefings, press calls and remarks, where each paragraph opens with a speaker.

Official transcripts mark who speaks with a label at the start of a paragraph:
``MS. JEAN-PIERRE:``, ``SENIOR ADMINISTRATION OFFICIAL:``, ``Prime Minister Albanese:``, and a
bare ``Q`` for a reporter's question. The labels are the best evidence in a packet of who said
what, so the reader takes them out of the running text and into ``Article.speakers``; the
glossary and the statements finder then read speakers from the model, never from the text.

Two kinds of line around a transcript are not article text: time stamps ("3:08 P.M. CEST",
"END 3:45 P.M. EST") and the place line over the first time stamp ("Via Teleconference",
"James S. Brady Press Briefing Room").

Headings in capitals followed by a colon ("PROMISES KEPT: …") are common in fact sheets, so a
label counts only when the text reads as a transcript: a label that recurs, a ``Q``, or an
opening label that names a speaker by courtesy title or office ("THE PRESIDENT:").
"""

from __future__ import annotations

import re

from .litter import clean_space

# "3:07 P.M. EST", "11:23 a.m. EDT", "10:02 KST", "END 3:45 P.M. EST", "END". Zones are two to
# five capitals so that any zone name passes, not a list of them.
_CLOCK = r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s+\(?[A-Z]{2,5}\)?)?"
_TIME_STAMP = re.compile(rf"(?:END\s*)?{_CLOCK}|END\.?", re.I)

# Phrases that say where or how a briefing was held, printed on their own line at the top.
_PLACE_PHRASES = re.compile(
    r"(?:via|by) (?:tele|video|phone|zoom|web)[\w -]*|(?:on[- ]the[- ]record|background|off[- ]the[- ]record)"
    r"(?: (?:press )?(?:call|briefing))?|aboard [\w .'-]+|en route [\w ,.'-]+|virtual",
    re.I,
)
PLACE_MAX_WORDS = 8

_UPPER_WORD = r"[^\W\d_a-z][^\W\d_]*?(?:['’.-][^\W\d_]*)*\.?"
# A label in capitals: up to eight words, no lower-case letter, then a colon and the words spoken.
_CAPS_LABEL = re.compile(rf"(?P<label>(?:{_UPPER_WORD})(?:\s+(?:{_UPPER_WORD}|[A-Z]\.|OF|THE|AND)){{0,7}})\s*:\s*(?P<rest>.*)", re.S)
# "Q", "Q:", "Q." before a question; what follows must start like a sentence.
_QUESTION = re.compile(r"(?P<label>Q|QUESTION)(?:\s*[:.]\s*|\s+)(?P<rest>\S.*)", re.S)
# A label in Title Case ("Prime Minister Albanese:", "Journalist:"): only trusted when it recurs.
_TITLE_WORD = r"[^\W\d_][\w'’.-]*"
_TITLE_LABEL = re.compile(rf"(?P<label>[^\W\d_a-z][\w'’.-]*(?:\s+(?:{_TITLE_WORD})){{0,5}})\s*:\s+(?P<rest>\S.*)", re.S)

# Words that make a lone opening label a speaker: courtesy titles and offices.
_SPEAKER_WORDS = frozenset(
    "mr mr. ms ms. mrs mrs. dr dr. president vice secretary minister moderator operator official "
    "officials ambassador general admiral senator representative governor mayor chancellor premier "
    "king queen prince spokesperson spokesman spokeswoman director chairman chair speaker leader "
    "press staff participant audience aide colonel captain commander lieutenant sergeant lady "
    "question journalist reporter interviewer host".split()
)
LABEL_MAX_CHARS = 60


def is_time_stamp(line: str) -> bool:
    """A line that is only a clock time, with or without END: the transcript's start and end marks."""
    text = clean_space(line).strip("*_ ")
    return bool(text) and _TIME_STAMP.fullmatch(text) is not None


def is_place_line(line: str) -> bool:
    """"Via Teleconference", "Aboard Air Force One": how or where a briefing was held."""
    text = clean_space(line).strip("*_ ")
    return bool(text) and len(text.split()) <= PLACE_MAX_WORDS and _PLACE_PHRASES.fullmatch(text) is not None


def _label(paragraph: str) -> tuple[str, str, str] | None:
    """(label, the words after it, style) when ``paragraph`` opens with something label-shaped."""
    m = _QUESTION.fullmatch(paragraph)
    # A question opens like a sentence, or with a dash or ellipsis when it resumes one cut off.
    if m and (m["rest"][:1].isupper() or m["rest"][:1] in "(\"“'‘—–…"):
        return m["label"], m["rest"], "question"
    head = paragraph[: LABEL_MAX_CHARS + 2]
    if ":" not in head:
        return None
    m = _CAPS_LABEL.match(paragraph)
    if m and len(m["label"]) <= LABEL_MAX_CHARS and m["label"] == m["label"].upper() and sum(c.isalpha() for c in m["label"]) >= 2:
        return clean_space(m["label"]), m["rest"], "caps"
    m = _TITLE_LABEL.match(paragraph)
    if m and len(m["label"]) <= LABEL_MAX_CHARS:
        return clean_space(m["label"]), m["rest"], "title"
    return None


def _names_a_speaker(label: str) -> bool:
    words = {w.lower() for w in label.replace(".", ". ").split()}
    return label.upper() == "THE PRESIDENT" or bool(words & _SPEAKER_WORDS)


def split_speakers(paragraphs: list[str]) -> tuple[list[str], dict[int, str]]:
    """(paragraphs without their labels, {paragraph index: speaker label}).

    A paragraph that is only a label ("MODERATOR:") joins the paragraph after it. Nothing changes
    when the text does not read as a transcript (see the module docstring).
    """
    found = [_label(p) for p in paragraphs]
    lone = [clean_space(p).rstrip(":.") if _is_lone_label(p) else None for p in paragraphs]
    counts: dict[tuple[str, str], int] = {}
    for item in found:
        if item:
            counts[(item[0].casefold(), item[2])] = counts.get((item[0].casefold(), item[2]), 0) + 1
    for label in lone:
        if label:
            style = "question" if label in ("Q", "QUESTION") else "caps"
            counts[(label.casefold(), style)] = counts.get((label.casefold(), style), 0) + 1
    recurring = {style for (label, style), n in counts.items() if n >= 2}
    styles = set()
    if "question" in {s for _, s in counts} or "caps" in recurring:
        styles = {"question", "caps"}
    if "title" in recurring and sum(1 for (_, s), n in counts.items() if s == "title" and n >= 2) >= 2:
        styles |= {"question", "title"}
    first = next((i for i, p in enumerate(paragraphs) if found[i] or lone[i] or p), None)
    if not styles and first is not None and found[first] and found[first][2] == "caps" and _names_a_speaker(found[first][0]):
        styles = {"caps"}
    if not styles:
        return paragraphs, {}
    out: list[str] = []
    speakers: dict[int, str] = {}
    pending: str | None = None
    for paragraph, item, only in zip(paragraphs, found, lone):
        if only and (styles & {"caps", "title"}):
            pending = only
            continue
        if item and item[2] in styles and item[1].strip():
            speakers[len(out)] = item[0]
            out.append(item[1].strip())
        else:
            if pending:
                speakers[len(out)] = pending
            out.append(paragraph)
        pending = None
    return out, speakers


def _is_lone_label(paragraph: str) -> bool:
    text = clean_space(paragraph)
    if text.rstrip(":.") in ("Q", "QUESTION"):
        return True
    if not text.endswith(":") or len(text) > LABEL_MAX_CHARS:
        return False
    body = text[:-1]
    return body.upper() == body and sum(c.isalpha() for c in body) >= 2 and _names_a_speaker(body)


def opens_turn(line: str) -> bool:
    """A line that starts a speaker's turn: a label naming a speaker in capitals, or "Q" and a gap.

    Used to split turns that a hard-wrapped transcript runs together without a blank line.
    """
    text = line.lstrip()
    if re.match(r"Q(?:\s*:|\s{2,}|\t)\s*\S", text):
        return True
    found = _label(text) if ":" in text[: LABEL_MAX_CHARS + 2] else None
    return bool(found and found[2] == "caps" and _names_a_speaker(found[0]))
