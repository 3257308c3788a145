"""The plain-text reader: a scraped article as text → an :class:`Article`.

The text is read as blocks: runs of lines between blank lines, with hard wraps inside a
block joined back into one paragraph. Lines that are page litter on their own (see
:mod:`.litter`) are dropped first and end the block they interrupt. Then the page header
is taken apart from the top (kicker, headline, dek, repeated headlines, captions and
credits, byline, date line, see :mod:`.header`) until the first block that is none of
those; everything from there on is body, where doubled lines and credited lines still
count as photo captions (but a paragraph followed by a stray credit line stays a paragraph:
losing body text is worse than keeping a caption in it). A byline or date line closing the text is taken off the end.

Markdown front matter (``title:``, ``date:``, ``author:``, ``outlet:``, ``url:`` and their
aliases, see :mod:`.frontmatter`) is read first and wins; a ``url`` that is not an http(s)
address is left out with a warning. When no
line is shaped like a headline (press statements converted from web pages often
lose theirs with the page's front matter), the title is the opening of the first
sentence, cut at a word boundary near FALLBACK_TITLE_CHARS characters: the file name is no
help (scrapers name files by number or hash) and the first sentence says what happened.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from dataclasses import dataclass, field

from ..dates import dates_in
from ..errors import BriefError, BriefWarning
from ..model import Article, Caption
from .frontmatter import (
    AUTHOR_KEYS,
    OUTLET_KEYS,
    SUBTITLE_KEYS,
    TITLE_KEYS,
    URL_KEYS,
    front_date,
    front_section,
    front_text,
    split_front_matter,
    web_address,
)
from .header import author_line, author_list, author_office, byline_name, date_and_byline, date_line, dateline_date, is_headline, is_kicker, is_sentence, lone_name
from .inline import strip_active_markup, strip_heading_mark, unmark
from .chrome import chrome_key, could_be_chrome, is_prose
from .litter import NAV_MAX_WORDS, clean_space, credit_line, staff_credit, TEASER_MIN_WORDS, is_read_on, is_related_heading, is_teaser, labelled_caption, line_litter, same_text, split_trailing_credit
from .transcript import is_place_line, is_time_stamp, opens_turn, split_speakers

# No hard wrapper makes lines this long (72-80 columns is usual), so a longer line ends its
# paragraph even without a blank line after it: one-paragraph-per-line scrapes read right.
WRAP_MAX_CHARS = 100
# A wrapped line is at least this share of the wrap width; a shorter one ends a paragraph.
SHORT_LINE_SHARE = 0.6
# A doubled or credited line longer than this is a paragraph, not a photo caption.
CAPTION_MAX_WORDS = 80
FALLBACK_TITLE_CHARS = 80

NO_BODY = "no article text left once page litter, captions and headings are removed"


@dataclass
class _Block:
    lines: list[str]
    line: int  # 0-based index of the first line, for messages

    @property
    def single(self) -> bool:
        return len(self.lines) == 1

    @property
    def text(self) -> str:
        return unmark(_join_wrapped(self.lines))


@dataclass
class _Parts:
    title: str | None = None
    section: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    byline_office: str | None = None
    date: dt.date | None = None
    captions: list[Caption] = field(default_factory=list)
    credit_open: bool = False  # the last caption still waits for its credit line
    given_title: bool = False  # the title came from front matter, not from the page text
    given_date: bool = False  # so did the date

    def add_caption(self, text: str, credit: str | None = None) -> None:
        text, trailing = split_trailing_credit(text)
        self.captions.append(Caption(text, credit or trailing))
        self.credit_open = (credit or trailing) is None

    def add_credit(self, credit: str) -> None:
        """Attach a credit line to the caption it follows; a stray credit is just dropped."""
        if self.captions and self.credit_open:
            self.captions[-1] = Caption(self.captions[-1].text, credit)
        self.credit_open = False


def read_text(text: str, source: str, chrome: frozenset[str] = frozenset()) -> Article:
    """Read one article. ``slug`` is left empty: only the caller knows its position.

    ``chrome`` holds the keys of lines other articles of the packet print too (see
    :mod:`.chrome`): around the article text they are the site's furniture.
    """
    meta, text = split_front_matter(text)
    text = strip_active_markup(text)
    url = front_text(meta, URL_KEYS)
    if url and web_address(url) is None:
        warnings.warn(BriefWarning("front matter url is not an http(s) address; left out"))
    blocks, spoken_on, story_line = _blocks(text, chrome)
    parts = _Parts(
        title=front_text(meta, TITLE_KEYS),
        subtitle=front_text(meta, SUBTITLE_KEYS),
        byline=front_text(meta, AUTHOR_KEYS),
        date=front_date(meta),
        section=front_section(meta),
    )
    parts.given_title = parts.title is not None
    parts.given_date = parts.date is not None
    rest = _skip_boxes(_take_header(blocks, parts), story_line)
    rest = _take_footer(rest, parts)
    paragraphs, speakers = split_speakers(_body(rest, parts))
    if not paragraphs:
        raise BriefError(NO_BODY)
    return Article(
        source=source,
        slug="",
        title=parts.title or untitled(source, paragraphs[0]),
        paragraphs=paragraphs,
        subtitle=parts.subtitle,
        byline=parts.byline,
        byline_office=parts.byline_office,
        section=parts.section,
        # Front matter wins; then a transcript's own date line over its opening time stamp (the
        # day it was said), before any date the page header prints (the day it was posted).
        date=(parts.date if parts.given_date else None) or spoken_on or parts.date or dateline_date(paragraphs[0]),
        captions=parts.captions,
        speakers=speakers,
        outlet=front_text(meta, OUTLET_KEYS),
        url=web_address(url),
    )


def _blocks(text: str, chrome: frozenset[str] = frozenset()) -> tuple[list[_Block], dt.date | None, int]:
    """Paragraph blocks of ``text``, a transcript's own date and the line where the story's paragraphs
    begin; litter lines are dropped and end the block they are in.

    Inside a run of lines, a line break is a hard wrap to be joined unless the line before
    it cannot be a wrapped line: longer than any wrapper makes (WRAP_MAX_CHARS), or much
    shorter than the text's wrap width (SHORT_LINE_SHARE), since a wrapper fills its lines
    and only a paragraph's last line falls short. A text with long lines and no blank line
    at all is one paragraph per line.
    """
    lines = [strip_heading_mark(raw) for raw in text.split("\n")]
    kinds, first = _line_kinds(lines, chrome)
    width = _wrap_width(lines, kinds)
    one_per_line = "blank_artifact" not in kinds[_first(kinds) : _last(kinds)] and width is None
    blocks: list[_Block] = []
    current: list[str] = []
    start = 0
    for index, (line, kind) in enumerate(zip(lines, kinds)):
        if kind:
            current = _close(blocks, current, start)
            continue
        # A credit line or a byline is never part of a wrapped paragraph, and whatever follows it is
        # not either; a speaker's label always opens a new paragraph.
        breaks = (credit_line(line) is not None or (current and credit_line(current[-1]) is not None) or opens_turn(line)
                  or byline_name(line) is not None or (current and byline_name(current[-1]) is not None)
                  or (current and author_line(current[-1]) is not None)
                  or _run_in_heading(line) or (current and _run_in_heading(current[-1])))
        if current and (one_per_line or breaks or _ends_paragraph(current[-1], width)):
            current = _close(blocks, current, start)
        if not current:
            start = index
        current.append(line)
    _close(blocks, current, start)
    blocks = _rejoin_broken_sentences(blocks, kinds)
    # the date line nearest over the opening time stamp, if a page date came first
    spoken_on = next((date_line(unmark(lines[i])) for i in reversed(range(len(kinds))) if kinds[i] == "transcript_date"), None)
    return [b for b in blocks if b.text], spoken_on, first


def _line_kinds(lines: list[str], chrome: frozenset[str] = frozenset()) -> tuple[list[str | None], int]:
    """The litter kind of each line (None for text), the transcript marks included.

    A transcript's place lines ("Scottish Event Campus", "Glasgow, Scotland") have no fixed
    wording: they are the short Title-Case lines over the opening time stamp. Lines the packet's
    other articles share, and lists of related stories, are litter only around the article
    text: above its first line of prose or below its last.
    """
    kinds = [line_litter(line) or _transcript_mark(line) for line in lines]
    shared = [kind is None and could_be_chrome(line) and chrome_key(line) in chrome for line, kind in zip(lines, kinds)]
    prose = [i for i, (line, kind) in enumerate(zip(lines, kinds)) if kind is None and not shared[i] and is_prose(line)]
    openings = _teaser_openings(lines, kinds)
    first, last, notices = _article_span(lines, kinds, prose, openings)
    for i in notices:
        kinds[i] = "site_notice"
    for i in range(len(lines)):
        if shared[i] and (i < first or i > last):
            kinds[i] = "site_chrome"
    _mark_menus(lines, kinds, first, last)
    _mark_teasers(lines, kinds, openings, first, last)
    _mark_tag_runs(lines, kinds, first, last)
    _mark_newsletter_form(lines, kinds, first, last)
    _mark_masthead_menu(lines, kinds, first)
    _mark_footer_menu(lines, kinds, last)
    _mark_after_end(lines, kinds)
    _mark_related(lines, kinds, first, last)
    _mark_transcript_head(lines, kinds, first)
    return kinds, first


def _article_span(lines: list[str], kinds: list[str | None], prose: list[int], openings: list[int]) -> tuple[int, int, list[int]]:
    """First and last line of the article text, and the site notices found above it.

    The article is where the long paragraphs are (CORE_MIN_WORDS words or more); a long sentence at
    the top of a saved page cut off from them by a long run of menu lines is a site notice ("This is
    historical material 'frozen in time'…"). From the long paragraphs the span grows over shorter
    prose lines close by (a one-line paragraph, a quoted tweet), but not over a menu's blurbs far off.
    """
    if not prose:
        return len(lines), -1, []
    words = _paragraph_words(lines, kinds)
    # Other stories' openings, cut off in an ellipsis, are never the story, however long their list.
    teasers = {j for i in openings for j in range(_teaser_head(lines, kinds, i, len(lines), -1), i + 1)}
    core = [i for i in prose if words[i] >= CORE_MIN_WORDS and i not in teasers] or list(prose)
    notices = []
    # A notice may be a line or two (a shutdown notice over the .gov banner's own long sentence).
    cut = next((k + 1 for k in range(min(NOTICE_MAX_LINES, len(core) - 1))
                if _lines_between(kinds, core[k], core[k + 1]) > NOTICE_GAP_LINES), 0)
    if cut and len(core) - cut > cut:
        notices, core = core[:cut], core[cut:]
    first, last = _densest_run(lines, kinds, core, openings)
    # ... but never over another story's teaser
    for i in reversed([i for i in prose if i < first and i not in notices]):
        if _lines_between(kinds, i, first) > NEAR_LINES or i in teasers:
            break
        first = i
    for i in [i for i in prose if i > last]:
        if _lines_between(kinds, last, i) > NEAR_LINES or i in teasers:
            break
        last = i
    return first, last, notices


def _paragraph_words(lines: list[str], kinds: list[str | None]) -> list[int]:
    """For each line, the words of the paragraph it is part of: in a hard-wrapped text a long
    paragraph's lines are short, yet each is as much the story as the paragraph is."""
    counts = [len(clean_space(line).split()) for line in lines]
    width = _wrap_width(lines, kinds)
    if width is None:
        return counts  # not hard-wrapped: a line is a paragraph
    out = list(counts)
    start = 0
    for i in range(len(lines) + 1):
        ends = i == len(lines) or kinds[i] is not None or not lines[i].strip() or _ends_paragraph(lines[i], width)
        if ends:
            stop = i + 1 if i < len(lines) and kinds[i] is None and lines[i].strip() else i
            total = sum(counts[start:stop])
            for j in range(start, stop):
                out[j] = total
            start = i + 1
    return out


def _densest_run(lines: list[str], kinds: list[str | None], core: list[int], openings: list[int]) -> tuple[int, int]:
    """First and last line of the run of long paragraphs that holds the most words: the story, not
    the teasers of related stories or the site's blurbs under it. Paragraphs belong to one run unless
    RUN_GAP_LINES lines or more, some of them page furniture, stand between them."""
    runs: list[list[int]] = [[core[0]]]
    for i in core[1:]:
        j = runs[-1][-1]
        # A list inside the story (of accounts, of strikes) is no break; a gap with page furniture
        # in it (a share bar, tags, a "Related" heading) is.
        if _lines_between(kinds, j, i) >= RUN_GAP_LINES and any(k not in (None, "blank_artifact") for k in kinds[j + 1 : i]):
            runs.append([i])
        else:
            runs[-1].append(i)
    # A list of other stories' openings under a run closes the story: the runs below it are the
    # site's (its footer's sentences on cookies and terms can outweigh a one-paragraph post).
    for k, run in enumerate(runs[:-1]):
        if sum(run[-1] < i < runs[k + 1][0] for i in openings) >= TEASER_LIST_MIN:
            runs = runs[: k + 1]
            break
    best = max(runs, key=lambda run: sum(len(clean_space(lines[i]).split()) for i in run))
    return best[0], best[-1]


def _teaser_openings(lines: list[str], kinds: list[str | None]) -> list[int]:
    """The lines that open another story and break off ("…", "… READ THE REST", or that link under it).

    A "Read more" link on a line of its own may head a box of links rather than close a teaser:
    it counts only under a paragraph with a headline over it (not a story's last sentence), and
    where the page prints it twice or more, once per teaser."""
    listed = sum(map(is_read_on, lines)) >= TEASER_LIST_MIN

    def opens(i: int) -> bool:
        if kinds[i] is not None or opens_turn(lines[i]):
            return False
        if is_teaser(lines[i]):
            return True
        return (listed and len(clean_space(lines[i]).split()) >= TEASER_MIN_WORDS and _read_on_follows(lines, kinds, i)
                and _teaser_head(lines, kinds, i, len(lines), -1) < i)

    return [i for i in range(len(lines)) if opens(i)]


TEASER_LIST_MIN = 2


RUN_GAP_LINES = 8
CORE_MIN_WORDS = 15  # a paragraph of the story, not a menu item's blurb
NOTICE_MAX_LINES = 2
NOTICE_GAP_LINES = 30  # menu and header lines between a site notice and the article's first paragraph
NEAR_LINES = 4  # shorter prose this close to the story is still the story


def _lines_between(kinds: list[str | None], a: int, b: int) -> int:
    """How many lines of text (not blank) lie between lines ``a`` and ``b``."""
    return sum(1 for k in kinds[a + 1 : b] if k != "blank_artifact")


def _mark_menus(lines: list[str], kinds: list[str | None], first_prose: int, last_prose: int) -> None:
    """Menu items a saved page prints both above the article and below it (header and footer menus).

    A line printed twice on one side only may be a doubled headline or caption, so only lines
    found on both sides of the article text count.
    """
    above: set[str] = set()
    below: set[str] = set()
    for i, line in enumerate(lines):
        if kinds[i] is None and _menu_shaped(line) and (i < first_prose or i > last_prose):
            (above if i < first_prose else below).add(chrome_key(line))
    menu = above & below
    if len(menu) < MENU_MIN_ITEMS:
        return
    for i, line in enumerate(lines):
        if kinds[i] is None and (i < first_prose or i > last_prose) and chrome_key(line) in menu:
            kinds[i] = "site_chrome"


MENU_MIN_ITEMS = 3  # a menu repeated in the footer repeats several of its items


def _menu_shaped(line: str) -> bool:
    """Could be a menu item: furniture-shaped and not a speaker's label ("MS. KOWALSKA:").

    A date or a headline-long line is no menu item: printed both above and below the story it is
    the story's own headline and date, repeated in a list of the latest stories under it.
    """
    text = clean_space(line)
    return (could_be_chrome(text) and not text.endswith(":") and not (text.isupper() and len(text) > 3)
            and len(text.split()) <= MENU_LINK_MAX_WORDS and date_line(text) is None)


MENU_LINK_MAX_WORDS = 6


def _mark_teasers(lines: list[str], kinds: list[str | None], openings: list[int], first_prose: int, last_prose: int) -> None:
    """Other stories' openings (cut off in an ellipsis, or with a "READ THE REST" link after them)
    above or below the story, with the headline printed over each and the author and date lines
    between them. Two or more of them under the story are a list of other stories: the story is
    over, and what follows is the page's."""
    outside = [i for i in openings if kinds[i] is None and not first_prose <= i <= last_prose]
    heads = [_teaser_head(lines, kinds, i, first_prose, last_prose) for i in outside]
    for i, head in zip(outside, heads):
        for j in range(head, i + 1):
            if kinds[j] is None:
                kinds[j] = "related_stories"
    below = [head for i, head in zip(outside, heads) if i > last_prose]
    if len(below) >= TEASER_LIST_MIN:
        for j in range(below[0], len(lines)):
            if kinds[j] is None:
                kinds[j] = "related_stories"


def _mark_tag_runs(lines: list[str], kinds: list[str | None], first_prose: int, last_prose: int) -> None:
    """A story's tags under it or over it: TAG_RUN_MIN or more lines in a row of a word or three
    in lower case ("chaki sklar", "funk", "hanukkah"), which no headline, menu or name is."""
    runs: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if kinds[i] == "blank_artifact":
            continue
        if kinds[i] is None and not first_prose <= i <= last_prose and _tag_shaped(line):
            runs[-1].append(i)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        if len(run) >= TAG_RUN_MIN:
            for i in run:
                kinds[i] = "category_tags"


def _tag_shaped(line: str) -> bool:
    text = clean_space(line)
    return bool(text) and len(text.split()) <= TAG_MAX_WORDS and text[0].islower() and text[-1] not in ".!?:"


TAG_RUN_MIN = 3
TAG_MAX_WORDS = 3


def _mark_newsletter_form(lines: list[str], kinds: list[str | None], first_prose: int, last_prose: int) -> None:
    """The fields of a newsletter box outside the story: the few short lines under its heading
    ("Email Address", "Ok to Email?", "Subscribe")."""
    for i, line in enumerate(lines):
        if kinds[i] is None or "newsletter" not in line.lower() or first_prose <= i <= last_prose:
            continue
        for j in range(i + 1, min(i + 1 + NEWSLETTER_FIELDS, len(lines))):
            if kinds[j] is not None:
                continue  # a field other pages print too ("Email Address") is litter already
            if first_prose <= j <= last_prose or len(clean_space(lines[j]).split()) > MENU_ITEM_WORDS:
                break
            kinds[j] = "newsletter_form"


NEWSLETTER_FIELDS = 3


def _read_on_follows(lines: list[str], kinds: list[str | None], i: int) -> bool:
    """The next line after line ``i`` is a link to the rest of the story ("READ THE REST")."""
    j = _next_line(kinds, i)
    return j is not None and is_read_on(lines[j])


def _next_line(kinds: list[str | None], i: int) -> int | None:
    """The next line after line ``i`` that is not blank."""
    return next((j for j in range(i + 1, len(kinds)) if kinds[j] != "blank_artifact"), None)


def _teaser_head(lines: list[str], kinds: list[str | None], i: int, first_prose: int, last_prose: int) -> int:
    """The first line of the teaser ending at line ``i``: its headline, section, site, date and
    author lines (anything but a finished sentence) up to TEASER_HEAD_LINES lines over it."""
    head = i
    for j in range(i - 1, max(i - TEASER_HEAD_LINES, -1), -1):
        if first_prose <= j <= last_prose or kinds[j] not in (None, "blank_artifact", "site_chrome"):
            break
        text = clean_space(lines[j])
        if kinds[j] is None and (not text or text[-1] in ".!?" or len(text.split()) > RELATED_ITEM_MAX_WORDS):
            break
        head = j
    return head


TEASER_HEAD_LINES = 5  # a teaser's headline, section, site, date and author lines over it


def _mark_masthead_menu(lines: list[str], kinds: list[str | None], first_prose: int) -> None:
    """A site's menu over the article: when far more lines stand above the first paragraph than a
    headline, dek, byline, date and photo need, and most of them are a word or two long, all but the
    HEADER_LINES nearest the text are the menu (with the blurbs some menus print under their items)."""
    above = [i for i in range(min(first_prose, len(lines))) if kinds[i] != "blank_artifact"]
    if len(above) <= HEADER_LINES:
        return
    short = sum(len(clean_space(lines[i]).split()) <= MENU_ITEM_WORDS for i in above)
    if short < MENU_SHARE * len(above):
        return
    # The headline over its date line, the date and the authors under it are the header, however far up;
    # so are a dek and a byline between headline and date. Litter between them (the site's name, a
    # dash, a share bar) does not part them.
    header: set[int] = set()
    text = [i for i in above if kinds[i] is None]
    for k, j in enumerate(text):
        if not (date_line(unmark(lines[j])) or date_and_byline(unmark(lines[j]))):
            continue
        header.add(j)
        for i in reversed(text[max(0, k - HEADER_GAP_BLOCKS - 1) : k]):
            header.add(i)
            if _headline_line(lines[i]):
                break
        after = text[k + 1] if k + 1 < len(text) else None
        if after is not None and (byline_name(lines[after]) or author_list(lines[after]) or author_line(lines[after])):
            header.add(after)
    for i in above[:-HEADER_LINES]:
        if kinds[i] is None and i not in header:
            kinds[i] = "site_navigation"


def _headline_line(line: str) -> bool:
    """Shaped like a headline: a few words or more, capitalised, no sentence and no byline."""
    text = unmark(line)
    return (is_headline(text) and len(text.split()) >= HEADLINE_MIN_WORDS and not is_sentence(text)
            and not byline_name(text) and not author_line(text) and date_line(text) is None)


def _mark_footer_menu(lines: list[str], kinds: list[str | None], last_prose: int) -> None:
    """A site's footer under the article: when many lines follow the last paragraph and most are a word
    or two long, the short ones that are no sentence (menu items, share buttons, an author box) go.
    A sentence there (a last short turn of a transcript, "Thank you.") stays."""
    below = [i for i in range(last_prose + 1, len(lines)) if kinds[i] != "blank_artifact"]
    if len(below) <= HEADER_LINES:
        return
    short = sum(len(clean_space(lines[i]).split()) <= MENU_ITEM_WORDS for i in below)
    if short < MENU_SHARE * len(below):
        return
    for i in below:
        text = clean_space(lines[i])
        if kinds[i] is None and not is_sentence(text) and not opens_turn(lines[i]):
            kinds[i] = "site_footer"


HEADER_LINES = 12  # a page header's lines over the text: section, headline, dek, byline, date, share bar, photo
MENU_ITEM_WORDS = 4
MENU_SHARE = 0.7


def _mark_after_end(lines: list[str], kinds: list[str | None]) -> None:
    """Everything after the text's last end mark ("END", "###", "-30-") when none of it is prose:
    the page footer a saved page keeps under a transcript or a press release."""
    ends = [i for i, kind in enumerate(kinds)
            if (kind == "end_marker" and _CLOSING_MARK.fullmatch("".join(lines[i].split())))
            or (kind == "time_stamp" and _ENDS.match(clean_space(lines[i])))]
    if not ends or not any(kinds[i] is None and is_prose(lines[i]) for i in range(ends[-1])):
        return
    after = range(ends[-1] + 1, len(lines))
    if any(kinds[i] is None and (is_prose(lines[i]) or is_sentence(clean_space(lines[i]))) for i in after):
        return
    for i in after:
        if kinds[i] is None:
            kinds[i] = "site_footer"


_ENDS = re.compile(r"\W*END\b")
# The marks that close a release ("###", "-30-", "(END)"), not the rules that separate its sections.
_CLOSING_MARK = re.compile(r"\\?#\\?#\\?#+|-30-|\(?end\)?|-+end-+", re.I)


def _mark_transcript_head(lines: list[str], kinds: list[str | None], first_prose: int) -> None:
    """A transcript's place lines and its own date line over the opening time stamp.

    They have no fixed wording ("Scottish Event Campus", "Glasgow, Scotland", "April 24, 2020"):
    they are the short Title-Case lines over the first time stamp, found among the first lines of
    text, or right above a stamp that comes before the first paragraph of prose (a saved page puts
    its menus and header above). An author line there is the byline, not a place.
    """
    content = [i for i, kind in enumerate(kinds) if kind is None or kind in ("time_stamp", "transcript_place")]
    head = content[:HEAD_LINES]
    stamp = next((i for i in head if kinds[i] == "time_stamp"), None)
    if stamp is None:
        stamp = next((i for i in content if kinds[i] == "time_stamp" and i < first_prose), None)
        head = []
    if stamp is None:
        # No time stamp: a block of place and date lines right over the first speaker's turn
        # ("Weekly Address", "The White House", "December 24, 2016") is the transcript's head.
        turn = next((i for i in content if opens_turn(lines[i])), None)
        if turn is None:  # remarks without labels: a block over one of the first paragraphs after the summary
            after = [i for i in content if i > first_prose and is_prose(lines[i])][:HEAD_SEARCH_PARAGRAPHS]
            turn = next((i for i in after if _is_head_run(lines, _head_run(lines, kinds, i))), None)
        if turn is None or not _is_head_run(lines, _head_run(lines, kinds, turn)):
            return
        stamp, head = turn, []
    elif _date_follows(lines, kinds, stamp):
        return  # "7:15 am Tue" over "Mar 4, 2025": when a post went up, under its headline and author

    def mark(i: int, over_stamp: bool = False) -> bool:
        text = unmark(lines[i])
        # Right over the stamp an office is where it was said ("Office of the Government / Hanoi,
        # Vietnam"); a person with an office, or a byline, is never a place.
        office_only = over_stamp and author_line(text) and author_office(text) is None
        if kinds[i] is not None or byline_name(text) or (author_line(text) and not office_only):
            return False
        if date_line(text):
            kinds[i] = "transcript_date"
        elif is_place_label(lines[i]):
            kinds[i] = "transcript_place"
        else:
            return False
        return True

    for i in head:
        if i >= stamp:
            break
        mark(i)
    i, marked = stamp - 1, 0
    while i >= 0 and marked < HEAD_RUN_MAX and (kinds[i] in ("transcript_place", "transcript_date") or (kinds[i] is None and mark(i, over_stamp=True)) or is_blank_kind(kinds[i])):
        marked += not is_blank_kind(kinds[i])
        i -= 1


def _date_follows(lines: list[str], kinds: list[str | None], i: int) -> bool:
    """The next line after line ``i`` is a date line."""
    j = _next_line(kinds, i)
    return j is not None and kinds[j] is None and date_line(unmark(lines[j])) is not None


def _head_run(lines: list[str], kinds: list[str | None], at: int) -> list[int]:
    """The place and date lines directly over line ``at`` (blank lines between them allowed)."""
    run = []
    i = at - 1
    while i >= 0 and len(run) < HEAD_RUN_MAX and (kinds[i] == "blank_artifact" or (kinds[i] is None and (date_line(unmark(lines[i])) or is_place_label(lines[i])))):
        if kinds[i] is None:
            run.append(i)
        i -= 1
    return run


HEAD_RUN_MAX = 3  # a place, a second place or occasion, a date
HEAD_SEARCH_PARAGRAPHS = 6


def _is_head_run(lines: list[str], run: list[int]) -> bool:
    """Two or three place and date lines, one of them a date: a transcript's head, not a heading."""
    return len(run) >= 2 and any(date_line(unmark(lines[i])) for i in run)


def is_blank_kind(kind: str | None) -> bool:
    return kind == "blank_artifact"


def _mark_related(lines: list[str], kinds: list[str | None], first_prose: int, last_prose: int) -> None:
    """A "Related stories" heading and the list of headlines under it, once the article has begun.

    The list runs until a line of prose too long for a headline or teaser. A heading below the
    last line of prose takes everything after it. Above the article such a heading is a menu
    link, already dropped as navigation; what follows it there is the page header.
    """
    i = first_prose + 1
    while i < len(lines):
        if not is_related_heading(lines[i]):
            i += 1
            continue
        kinds[i] = "related_stories"
        j = i + 1
        while j < len(lines) and (j > last_prose or len(clean_space(lines[j]).split()) <= RELATED_ITEM_MAX_WORDS):
            if kinds[j] is None:
                kinds[j] = "related_stories"
            j += 1
        i = j


RELATED_ITEM_MAX_WORDS = 25


# A transcript's opening time stamp comes within this many lines of text from the top.
HEAD_LINES = 8


def _transcript_mark(line: str) -> str | None:
    if is_time_stamp(line):
        return "time_stamp"
    if is_place_line(line):
        return "transcript_place"
    return None


_MINOR = frozenset("of the and in at on for de du la le von van a an to by with el al bin da di del".split())


def is_place_label(line: str) -> bool:
    """A short line in Title Case without a closing stop: a place, an occasion or a caption title.

    "Scottish Event Campus", "Glasgow, Scotland", "*South Court Auditorium" — never prose, which
    has lower-case words and ends in a stop.
    """
    text = unmark(line).strip("*_ ").rstrip(",")
    words = text.split()
    if byline_name(text):
        return False  # "By Corey Kilgannon" over the date is who wrote it, not where
    # "Washington, D.C." ends in an initial's stop, not a sentence's.
    if not 0 < len(words) <= PLACE_LABEL_MAX_WORDS or (text[-1] in ".!?:;," and not re.search(r"\b(?:[A-Z]\.){2,}$", text)):
        return False
    return words[0][0].isupper() and all(
        w[0].isupper() or not w[0].isalpha() or w.lower() in _MINOR or _PLACE_PARTICLE.match(w)
        for w in (w.strip("(\"“‘'") or "X" for w in words)
    )


# The small words place names carry in lower case: "Sharm el-Sheikh", "Rio de Janeiro", "Frankfurt am Main".
_PLACE_PARTICLE = re.compile(r"(?:al|el|as|ash|ad|an|ar|at|az|bin|ibn|de|del|della|di|da|do|dos|das|du|des|van|von|der|den|"
                             r"la|le|les|am|an|im|sur|upon|y|e)(?:-\w|$)")


PLACE_LABEL_MAX_WORDS = 8


def _wrap_width(lines: list[str], kinds: list[str | None]) -> int | None:
    """The longest line that another line follows (text, or litter such as an embed's leftovers, but
    not a blank line), if no longer than WRAP_MAX_CHARS.

    None when some such line is longer: the text is then not hard-wrapped at all.
    """
    lengths = [
        len(clean_space(line))
        for line, kind, next_kind in zip(lines, kinds, kinds[1:])
        if kind is None and next_kind != "blank_artifact"
    ]
    if not lengths:
        return WRAP_MAX_CHARS
    return max(lengths) if max(lengths) <= WRAP_MAX_CHARS else None


def _ends_paragraph(line: str, width: int | None) -> bool:
    length = len(clean_space(line))
    if width is None:
        return length > WRAP_MAX_CHARS or length < SHORT_LINE_SHARE * WRAP_MAX_CHARS
    return length > WRAP_MAX_CHARS or length < SHORT_LINE_SHARE * width


def _first(kinds: list[str | None]) -> int:
    return next((i for i, k in enumerate(kinds) if k is None), 0)


def _last(kinds: list[str | None]) -> int:
    return max((i for i, k in enumerate(kinds) if k is None), default=0)


_BOLD_LINE = re.compile(r"\s*(?:\*\*|__)(?!\s)(.+?)(?<!\s)(?:\*\*|__)\s*$")


def _run_in_heading(line: str) -> bool:
    """A line set wholly in bold ("**Deborah Vo**" over her biography, "**Pillar 2:**"): a heading
    of its own, never the first words of the paragraph under it."""
    m = _BOLD_LINE.match(line)
    return m is not None and len(unmark(m.group(1)).split()) <= RUN_IN_HEADING_MAX_WORDS


RUN_IN_HEADING_MAX_WORDS = 12


def _rejoin_broken_sentences(blocks: list[_Block], kinds: list[str | None]) -> list[_Block]:
    """A blank line in the middle of a sentence ("… cooperation against terrorism" / "is very much
    important.") is the source's slip, not a new paragraph: the block that ends without a stop and
    the next that starts in lower case, with only blank lines between them, are one paragraph."""
    out: list[_Block] = []
    for block in blocks:
        if out and _broken_off(out[-1], block, kinds):
            last = out.pop()
            block = _Block([*last.lines, *block.lines], last.line)
        out.append(block)
    return out


def _broken_off(a: _Block, b: _Block, kinds: list[str | None]) -> bool:
    a_end = a.line + len(a.lines)
    if any(kind != "blank_artifact" for kind in kinds[a_end : b.line]):
        return False
    head, tail = a.text.rstrip(), b.text.lstrip()
    # "by Ahiza Garcia …" under a headline is its byline, not the rest of a sentence
    return (re.search(r"(?:[^\W_]|,)$", head) is not None and tail[:1].islower()
            and not opens_turn(b.lines[0]) and len(head.split()) >= 3 and not byline_name(tail))


def _close(blocks: list[_Block], lines: list[str], start: int) -> list[str]:
    if lines:
        blocks.append(_Block(lines, start))
    return []


def _join_wrapped(lines: list[str]) -> str:
    """One paragraph from hard-wrapped lines; "middle-" + "income" rejoin as "middle-income"."""
    out = ""
    for line in (clean_space(x) for x in lines):
        if out.endswith("-") and re.search(r"[^\W\d]-$", out) and line[:1].islower():
            out += line
        else:
            out = f"{out} {line}" if out else line
    return out


def _header_kind(blocks: list[_Block], i: int, parts: _Parts) -> str | None:
    """What header element block ``i`` is, or None when it is article text."""
    if i >= len(blocks) or not blocks[i].single:
        return None
    text = blocks[i].text
    following = blocks[i + 1].text if i + 1 < len(blocks) and blocks[i + 1].single else None
    if parts.title and same_text(text, parts.title):
        return "title"
    if (_run_in_heading(blocks[i].lines[0]) and i > 0 and is_prose(blocks[i - 1].text)
            and not byline_name(text) and not date_line(text)):
        return None  # "**Ana Ruiz**" over her biography, after the story began: a section heading
    if not parts.byline and author_line(text) and (parts.title is None or parts.given_title or not i or _after_header(blocks, i)):
        # "Antony J. Blinken, Secretary of State", "Office of the Press Secretary" over the text
        return "byline"
    if parts.given_title and is_place_label(text):
        # With the headline known, a short Title-Case line over the text is where or on what
        # occasion it was said ("Surfside, Florida", "As Prepared for Delivery").
        return "place"
    if date_line(text):
        return "date"
    if parts.title and not parts.byline and _named_over_date(blocks, i):
        return "byline"
    if byline_name(text) or (parts.title and not parts.byline and author_list(text)):
        return "byline"
    if date_and_byline(text):
        return "date and byline"
    if credit_line(text) is not None:
        return "credit"
    if following is not None and same_text(text, following):
        return "doubled"
    # The page header's lead photo: the line over a credit line (only the first such photo,
    # so a body paragraph followed by a stray credit further down stays body).
    if following is not None and credit_line(following) is not None and not parts.captions:
        return "caption"
    if split_trailing_credit(text)[1] and len(text.split()) <= CAPTION_MAX_WORDS:
        return "caption"
    return None


def _after_header(blocks: list[_Block], i: int) -> bool:
    """Block ``i`` directly follows a header element already taken (the headline, a date)."""
    return i > 0 and blocks[i - 1].single and (is_headline(blocks[i - 1].text) or date_line(blocks[i - 1].text) is not None)


def _take_header(blocks: list[_Block], parts: _Parts) -> list[_Block]:
    i = 0
    if parts.title is None:
        i = _doubled_headline(blocks) or _dated_headline(blocks) or _skip_masthead(blocks, parts)
    while (kind := _header_kind(blocks, i, parts)) in ("date", "byline", "date and byline"):
        _record(blocks[i].text, kind, parts)
        i += 1
    if parts.title is None and i < len(blocks) and len(blocks[i].lines) <= 2 and is_headline(blocks[i].text):
        i = _skip_menu(blocks, i)
        here, after = blocks[i].text, (blocks[i + 1] if i + 1 < len(blocks) else None)
        if (
            is_kicker(here)
            and after is not None
            and after.single
            and is_headline(after.text)
            and len(after.text.split()) > len(here.split())
        ):
            parts.section = here
            i += 1
        parts.title = blocks[i].text
        i += 1
    while i < len(blocks):
        kind = _header_kind(blocks, i, parts)
        text = blocks[i].text
        if kind == "doubled":
            parts.add_caption(text)
            i += 2
            continue
        if kind == "caption":
            parts.add_caption(text)
        elif kind is not None:
            _record(text, kind, parts)
        elif _is_dek(blocks, i, parts):
            parts.subtitle = text
        else:
            break
        i += 1
    return blocks[i:]


HEADLINE_MIN_WORDS = 4  # shorter labels over a headline are menu items or a section label
MASTHEAD_MAX_BLOCKS = 8


def _doubled_headline(blocks: list[_Block]) -> int:
    """Where a headline printed twice in a row starts (the page's title and its h1), if one does near
    the top: everything above it is the site's menu."""
    for k in range(min(len(blocks) - 1, 2 * MASTHEAD_MAX_BLOCKS)):
        here, after = blocks[k], blocks[k + 1]
        if is_prose(here.text) and len(here.text.split()) >= CORE_MIN_WORDS:
            break  # the story has begun: a doubled line further down is a photo caption
        if (here.single and after.single and same_text(here.text, after.text) and is_headline(here.text)
                and len(here.text.split()) >= HEADLINE_MIN_WORDS and not is_sentence(here.text)):
            # the section label over it stays for the kicker rule ("The Koreas" over the headline)
            return k - 1 if k and blocks[k - 1].single and is_kicker(blocks[k - 1].text) else k
    return 0


def _dated_headline(blocks: list[_Block]) -> int:
    """Where the headline starts: the last headline-shaped line before the story that the page
    header's byline or date lines follow, right under it or past a dek, a photo caption or a
    credit ("Storm Ciarán is breaking records …" over "Published: November 2, 2023"; a headline,
    its dek, "By Corey Kilgannon", "Feb. 21, 2019"). Everything over it is the site's menu."""
    found = 0
    for k in range(1, len(blocks) - 1):
        here = blocks[k]
        if is_prose(here.text) and len(here.text.split()) >= CORE_MIN_WORDS:
            break
        if (here.single and is_headline(here.text) and not is_sentence(here.text) and not author_line(here.text)
                and len(here.text.split()) >= HEADLINE_MIN_WORDS and _header_follows(blocks, k + 1)):
            # the last one before the story: dated headlines further up are a news menu's items
            found = k - 1 if blocks[k - 1].single and is_kicker(blocks[k - 1].text) else k
    return found


def _header_follows(blocks: list[_Block], k: int) -> bool:
    """A byline or date line starts at block ``k`` or within HEADER_GAP_BLOCKS of it, past only a
    dek, a photo caption and its credit."""
    for j in range(k, min(k + HEADER_GAP_BLOCKS + 1, len(blocks))):
        block = blocks[j]
        text = block.text
        if not block.single:
            return False
        if date_line(text) or date_and_byline(text) or byline_name(text) or author_line(text) or _named_over_date(blocks, j):
            return True
        caption = len(text.split()) <= CAPTION_MAX_WORDS and (
            is_sentence(text) or _last_stop(text) or credit_line(text) is not None or split_trailing_credit(text)[1] is not None)
        if not caption:
            return False
    return False


def _last_stop(text: str) -> bool:
    return clean_space(text)[-1:] in ".!?"


HEADER_GAP_BLOCKS = 3  # a dek, a photo's caption and its credit between a headline and its byline


def _named_over_date(blocks: list[_Block], k: int) -> bool:
    """Block ``k`` is an author's bare name with the date line right under it (at most the time it
    was posted between them), as a blog prints its header: "Janelle Hessig / 9:46 am Sat / Dec 12, 2020".
    A menu item with the date further down (the menu's other lines left out as litter) is not."""
    return (k + 1 < len(blocks) and blocks[k].single and blocks[k + 1].single
            and blocks[k + 1].line - blocks[k].line <= NAME_DATE_LINES
            and lone_name(blocks[k].text) is not None and date_line(blocks[k + 1].text) is not None)


NAME_DATE_LINES = 2


def _skip_masthead(blocks: list[_Block], parts: _Parts) -> int:
    """Where the headline search starts once a press office's masthead above it is passed over.

    A release or transcript page opens with the site's name, the issuing office and the date
    ("The White House", "Office of the Press Secretary", "January 22, 2014") over the headline:
    short labels, author lines and date lines. When a run of those is followed by a headline of
    HEADLINE_MIN_WORDS words or more, its author and date are recorded and its labels dropped,
    except the last label right over the headline, which may be the section (kicker).
    """
    j = 0
    seen_header = False
    while j < min(len(blocks), MASTHEAD_MAX_BLOCKS) and blocks[j].single:
        text = blocks[j].text
        kind = "byline" if (author_line(text) or _named_over_date(blocks, j)) and not parts.byline else None
        kind = kind or ("date" if date_line(text) else None) or ("byline" if byline_name(text) else None)
        if kind:
            seen_header = True
        elif not (is_headline(text) and len(text.split()) < HEADLINE_MIN_WORDS):
            break
        j += 1
    if not seen_header or j == 0 or j >= len(blocks) or len(blocks[j].lines) > 2 or not is_headline(blocks[j].text):
        return 0
    for k in range(j):
        text = blocks[k].text
        if (author_line(text) or _named_over_date(blocks, k)) and not parts.byline:
            _record(text, "byline", parts)
        elif date_line(text) or byline_name(text):
            _record(text, "date" if date_line(text) else "byline", parts)
    last = blocks[j - 1].text
    return j - 1 if not (author_line(last) or date_line(last) or byline_name(last)) else j


def _skip_menu(blocks: list[_Block], i: int) -> int:
    """Where the headline candidates start once a site menu above them is passed over.

    A scraped page may open with menu words no list knows ("World", "Asia", "Video"): short
    headline-shaped lines. When a longer headline follows such a run, the run is the menu; the
    last short line stays as the possible section label (kicker) over the headline.
    """
    j = i
    while j < len(blocks) and blocks[j].single and is_headline(blocks[j].text) and len(blocks[j].text.split()) < HEADLINE_MIN_WORDS:
        j += 1
    if j - i >= 2 and j < len(blocks) and len(blocks[j].lines) <= 2 and is_headline(blocks[j].text):
        return j - 1
    return i


def _is_dek(blocks: list[_Block], i: int, parts: _Parts) -> bool:
    """A one-sentence summary under the headline, before the photo, byline or date.

    Only a sentence followed by another header element counts: otherwise it cannot be
    told from a one-sentence first paragraph, and losing body text is worse than
    printing a dek as body.
    """
    if not parts.title or parts.subtitle or parts.captions or not blocks[i].single:
        return False
    text = blocks[i].text
    if dateline_date(text) is not None:  # "SEOUL, March 18 (Yonhap) — …" opens the story itself
        return False
    return is_sentence(text) and _header_kind(blocks, i + 1, parts) is not None


def _record(text: str, kind: str, parts: _Parts) -> None:
    if kind == "date and byline":
        date, name = date_and_byline(text) or (None, None)
        parts.date, parts.byline = parts.date or date, parts.byline or name
    elif kind == "date":
        parts.date = parts.date or date_line(text)
    elif kind == "byline":
        if not parts.byline and not byline_name(text) and author_line(text):
            parts.byline_office = author_office(text)
        parts.byline = parts.byline or byline_name(text) or author_line(text) or author_list(text) or lone_name(text)
    elif kind == "credit":
        parts.add_credit(credit_line(text) or "")


def _skip_boxes(blocks: list[_Block], story_line: int) -> list[_Block]:
    """The body from where the story's paragraphs begin: the author boxes, disclosure and share
    widgets a page prints between its header and the text go ("Authors", a name, a job title,
    "Partners", "Email"), but never a sentence or a speaker's turn."""
    return [b for b in blocks
            if b.line >= story_line or not b.single or is_sentence(b.text) or opens_turn(b.lines[0])]


def _take_footer(blocks: list[_Block], parts: _Parts) -> list[_Block]:
    """A byline, date line or stray credit closing the text is not body."""
    end = len(blocks)
    while end > 0 and blocks[end - 1].single:
        text = blocks[end - 1].text
        if byline_name(text):
            parts.byline = parts.byline or byline_name(text)
        elif staff_credit(text):
            pass  # "Reporting by …; Editing by …", "This post was sub-edited by …"
        elif date_line(text):
            parts.date = parts.date or date_line(text)
        elif credit_line(text) is None:
            break
        end -= 1
    return blocks[:end]


def _body(blocks: list[_Block], parts: _Parts) -> list[str]:
    paragraphs: list[str] = []
    singles: list[bool] = []  # whether each paragraph was a one-line block (a caption may be)
    i = 0
    while i < len(blocks):
        text = blocks[i].text
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        short = blocks[i].single and len(text.split()) <= CAPTION_MAX_WORDS
        if parts.title and same_text(text, parts.title):
            pass
        elif blocks[i].single and credit_line(text) is not None:
            credit = credit_line(text) or ""
            furniture = _photo_block(paragraphs, singles)
            if furniture is not None:
                # A photo block: the caption goes to the captions, its title and alt text go.
                caption = paragraphs[-1]
                del paragraphs[len(paragraphs) - furniture - 1 :], singles[len(singles) - furniture - 1 :]
                parts.add_caption(caption, credit)
            else:
                parts.add_credit(credit)
        elif short and (labelled := labelled_caption(text)) is not None:
            parts.add_caption(*labelled)  # "Header Image: … Credit: …", printed under the story
        elif following is not None and same_text(text, following.text):
            if short:
                parts.add_caption(text)
            else:
                paragraphs.append(text)
            i += 1
        else:
            paragraphs.append(text)
            singles.append(blocks[i].single)
            parts.credit_open = False
        i += 1
    return paragraphs


def _photo_block(paragraphs: list[str], singles: list[bool]) -> int | None:
    """How many lines of photo furniture stand over the caption that ends ``paragraphs``, when
    it is a caption; None when the last paragraph is body text that a credit line happens to follow.

    Government and agency pages print a photo as: its alt text, a short caption title, the
    caption, "Photo By: …". The last paragraph is the caption when such furniture stands over it,
    or when it ends with the date the photo was taken, as captions do ("…, July 29, 2022.").
    Otherwise it stays body: losing article text is worse than keeping a caption in it.
    """
    if not paragraphs or not singles[-1] or len(paragraphs[-1].split()) > CAPTION_MAX_WORDS:
        return None
    caption = paragraphs[-1]
    furniture = 0
    for text, single in zip(reversed(paragraphs[:-1]), reversed(singles[:-1])):
        if furniture == 2 or not single or not (is_place_label(text) or _alt_text_of(text, caption)):
            break
        furniture += 1
    if furniture or _ends_with_date(caption):
        return furniture
    return None


def _alt_text_of(text: str, caption: str) -> bool:
    """Alt text repeats the caption's words (often its opening, or a shortened form)."""
    words = {w for w in re.findall(r"\w+", text.casefold()) if len(w) > 3}
    caption_words = {w for w in re.findall(r"\w+", caption.casefold()) if len(w) > 3}
    return bool(words) and len(words & caption_words) >= 0.6 * len(words)


def _ends_with_date(text: str) -> bool:
    tail = text.rstrip(" .)")[-24:]
    return any(True for _ in dates_in(tail)) and bool(re.search(r"(?:19|20)\d\d$", text.rstrip(" .)")))


def untitled(source: str, paragraph: str) -> str:
    """A title for an article with no headline, with a warning: the file's name when it is
    made of words ("harbour-talks-resume.txt"), else the opening of the first sentence (scrapers
    name files by number or hash, and a statement's first sentence says what happened)."""
    title = title_from_file_name(source)
    if title:
        warnings.warn(BriefWarning("no headline found; the title is taken from the file name"))
        return title
    warnings.warn(BriefWarning("no headline found; the title is the opening of the first sentence"))
    return fallback_title(paragraph)


def title_from_file_name(source: str) -> str | None:
    """"2023-05-04_harbour-talks-resume.md" → "Harbour Talks Resume"; None for "000_2ecfcfe68c449655"."""
    stem = source.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    words = [w for w in re.split(r"[\s_\-.]+", stem) if w]
    words = [w for w in words if not re.fullmatch(r"\d+|[0-9a-f]{8,}", w, re.IGNORECASE)]
    if sum(1 for w in words if len(w) >= 4 and w.isalpha()) < 3:
        return None  # too few words to say what the article is about
    return " ".join(w if not w.islower() else w.capitalize() for w in words)


def fallback_title(paragraph: str) -> str:
    """The first sentence of ``paragraph``, cut at a word near FALLBACK_TITLE_CHARS characters."""
    sentence = re.split(r"(?<=[a-z0-9”’\"')][.!?])\s+(?=[A-Z“‘\"'])", paragraph, maxsplit=1)[0]
    sentence = sentence.rstrip(".") or paragraph  # a paragraph of only stops keeps them
    if len(sentence) <= FALLBACK_TITLE_CHARS:
        return sentence
    cut = sentence[: FALLBACK_TITLE_CHARS + 1].rsplit(" ", 1)[0].rstrip(" ,;:–—-")
    return (cut or sentence[:FALLBACK_TITLE_CHARS]) + "…"
