"""Rules that recognise page litter: the lines a scraper copies from around an article.

A scrape of a news page keeps the site's furniture next to the story: navigation links
("Back To Top"), breadcrumbs ("World | Asia"), share buttons, comment widgets, the banner
every U.S. government site carries, and press-release end marks ("###"). None of it is
part of the article, and left in it would end up in the packet and in the glossary.

Every rule here looks at one whole line, never at a substring, and the phrase rules only
fire on short lines, so a sentence that merely *contains* "share this" or "comments"
survives. The rules are general: they describe how page furniture looks on any site, not
the strings of particular articles.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..dates import dates_in

# Whole-line phrases that are links or buttons rather than prose. Matched case-insensitively
# on the entire line (after trimming arrows and trailing punctuation), and only on lines of at
# most NAV_MAX_WORDS words. Grouped by where they come from on a page.
NAV_PHRASES = frozenset(
    {
        # page navigation and site chrome
        "back to top", "to top", "top", "skip to content", "skip to main content", "skip navigation",
        "jump to content", "jump to main content", "jump to navigation", "skip to navigation", "you are here",
        "skip to main content (press enter)", "toggle navigation", "toggle menu", "toggle search",
        "see all", "view more", "show more", "prev", "advanced search", "enter search term(s)", "enter search terms",
        "a lock", "view more photos", "view more videos",
        "main menu", "menu", "search", "home", "close", "open", "more", "next", "previous",
        "by",  # a byline's label left alone when the name was a link the scrape lost
        "next article", "previous article", "next story", "previous story", "go back", "back",
        "recent features", "features", "latest", "latest news", "top stories", "most popular",
        "most read", "most viewed", "trending", "trending now", "editor's picks", "related",
        "related articles", "related stories", "related content", "related posts",
        "you may also like", "more from this section", "more stories", "more on this story",
        "read more", "read full article", "continue reading", "see more", "view all", "load more",
        "read the rest", "read the full story", "keep reading",
        "advertisement", "sponsored", "sponsored content", "ad", "supported by", "sponsored by", "presented by",
        # accounts and newsletters
        "log in", "login", "sign in", "sign up", "register", "subscribe", "subscribe now",
        "sign up for our newsletter", "subscribe to our newsletter", "newsletter",
        "get the newsletter", "enter your email", "my account",
        # follow and share buttons named for the network alone
        "facebook", "twitter", "x", "instagram", "linkedin", "youtube", "whatsapp", "reddit", "tumblr",
        "viber", "telegram", "pinterest", "flipboard", "mastodon", "bluesky", "threads", "rss", "rss feed",
        # sharing and printing
        "share", "share this", "share this article", "share this story", "share this page",
        "share this post", "share article", "tweet", "print", "print this page", "email",
        "e-mail", "copy link", "link copied", "save", "save article", "font size", "text size",
        # comment widgets
        "comments", "comment", "leave a comment", "leave a reply", "post a comment",
        "add a comment", "add comment", "cancel reply", "no comments", "no comments yet",
        "view comments", "show comments", "hide comments", "join the conversation",
        "be the first to comment", "comments are closed",
        # the banner on U.S. government (.gov) sites
        "an official website of the united states government", "here's how you know",
        "official websites use .gov", "secure .gov websites use https",
        # photo and media furniture on agency pages
        "image", "photo", "video", "graphic", "photograph",  # a figure's label where the picture was
        "download", "full size", "download full size", "download image", "download photo",
        "download video", "photo details", "image details", "view image", "view full image",
        "hi-res", "high resolution", "enlarge", "enlarge image", "expand", "view gallery",
        "photo gallery", "video gallery", "play video", "watch video", "listen", "audio",
        # site footers
        "site map", "sitemap", "contact us", "accessibility", "privacy policy", "privacy",
        "terms of use", "terms of service", "terms and conditions", "cookie policy", "cookies",
        "cookie settings", "accept all cookies", "reject all cookies", "accept cookies",
        "print friendly", "printer friendly", "printer-friendly version", "back to results",
        "translate", "language", "español", "français",
        # press-release furniture over the headline
        "for immediate release", "immediate release",
    }
)
NAV_MAX_WORDS = 8
TEASER_MAX_WORDS = 15

# Phrase families with a variable tail ("Share on Facebook", "12 Comments"); same limits.
NAV_PATTERNS = tuple(
    re.compile(p, re.I)
    for p in (
        r"(share|post|send|pin) (this )?(on|to|via|with) [\w.+ -]{1,20}",
        r"follow us( on [\w ]{1,20})?",
        r"follow @\w{1,30}",
        r"\d[\d,]* (comments?|replies|responses|shares?|views)",
        r"(comments?|replies|responses) \(\d+\)",
        r"(view|show|load|read|see) (all )?(\d+ )?(comments?|replies)",
        r"(sign up|subscribe) (for|to) (our|the) [\w ]{0,30}newsletters?",
        r"(click|tap) here( to [\w ]{1,30})?",
        r"(recent|latest|popular|featured|related|more|top|editors'?) (posts|stories|articles|features|news|videos|reads|links|content|coverage)",
        r"more (from|on|about) [\w .'’&-]{1,40}",
        r"(you (may|might) (also )?like|recommended( for you)?|read next|also read|see also|further reading|don'?t miss)",
        r"(get|receive) (the|our) [\w ]{0,30}(newsletter|updates|alerts|briefing)s?( [\w ]{0,30})?",
        r"(sign up|subscribe|register) (now |today )?(for|to) [\w .'’&-]{0,40}",
        r"stay (up to date|informed|connected|in touch)( [\w ]{0,30})?",
        r"(download|listen to|watch) (the )?(full )?(photo|image|video|audio|podcast|transcript|report|pdf)( [\w ]{0,20})?",
        r"(photo|image|video|audio|page|slide)? ?\d+ of \d+",
        r"viewed [\d,.]+ times",
        # the links to a recording's files ("MP4MP3", "Download MP3", "Audio (MP3)")
        r"(?:download |audio |video )?\(?(?:mp3|mp4|m4a|wav|ogg|pdf)\)?(?:\s*[|/·]?\s*(?:mp3|mp4|m4a|wav|ogg|pdf))*",
        # a logo's alt text ("White House Logo", "NATO logo")
        r"[\w .'’&-]{1,40} logo",
        # a page field's label whose value is elsewhere or gone ("Issued on:", "Cite:", "Posted by:")
        r"(?:issued|posted|published|updated|last updated|released|modified|filed|cite|cite this( page| article)?|summary)(?: on| at| by| in)?",
    )
)

# Share-bar words: a short line made only of these is a row of share buttons.
SOCIAL_WORDS = frozenset(
    {
        "share", "tweet", "facebook", "twitter", "x", "linkedin", "email", "e-mail", "mail",
        "print", "whatsapp", "reddit", "pinterest", "telegram", "flipboard", "line", "kakaotalk",
        "copy", "link", "url", "messenger", "sms",
    }
)

# The long sentences of the .gov banner begin with these; the banner text is the same on
# every U.S. government site, so the opening words identify it whatever follows.
BANNER_PREFIXES = (
    "official websites use .gov",
    "secure .gov websites use https",
    "a .gov website belongs to an official government organization",
    "a lock ( ) or https:// means",
    "a lock (lock) or https:// means",
    "a lock or https:// means",
    "share sensitive information only on official, secure websites",
    "or https:// means",
    "official websites use .mil", "secure .mil websites use https", "a .mil website belongs to",
)
# The first line of such banners, on federal, state and European Union sites alike.
_OFFICIAL_SITE = re.compile(r"an official (?:web ?)?site of (?:the )?[\w .,'’&-]{2,60}", re.I)
OFFICIAL_SITE_MAX_WORDS = 12
BANNER_MAX_WORDS = 45

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_TRIM = " \t:;|/·•»«›‹→←↑<>-–—…+*"


@lru_cache(maxsize=1 << 16)
def clean_space(line: str) -> str:
    """``line`` with NBSP and other Unicode spaces as plain spaces, runs collapsed, ends trimmed.

    Every reading rule asks this of the same lines again: the answer is kept."""
    return " ".join(line.translate(_INVISIBLE).split())


def unescape_markdown(line: str) -> str:
    r"""Drop Markdown backslash escapes (``\###`` → ``###``), which HTML-to-Markdown converters add."""
    return re.sub(r"\\([\\`*_{}\[\]()#+\-.!<>|~])", r"\1", line)


def _key(line: str) -> str:
    text = clean_space(line).replace("\u2019", "'").replace("\u2018", "'").lower()
    return text.strip(_TRIM + ".!").strip()


def is_navigation(line: str) -> bool:
    """A short line that is a link, button or widget label rather than prose."""
    text = clean_space(line)
    if not text:
        return False
    words = text.split()
    key = _key(text)
    if any(key.startswith(p) for p in BANNER_PREFIXES) and len(words) <= BANNER_MAX_WORDS:
        return True
    if len(words) <= OFFICIAL_SITE_MAX_WORDS and _OFFICIAL_SITE.fullmatch(key):
        return True
    if text.endswith(("»", "›", "→")) and len(words) <= TEASER_MAX_WORDS:
        return True  # "Iraqi army ‘glad to see’ 82nd Airborne »": a link to another story
    if len(words) > NAV_MAX_WORDS or not key:
        return False
    if key in NAV_PHRASES or any(p.fullmatch(key) for p in NAV_PATTERNS):
        return True
    tokens = [t for t in re.split(r"[\s|·•/,]+", key) if t]
    return len(tokens) >= 2 and all(t.strip(":") in SOCIAL_WORDS for t in tokens)


# Breadcrumb and tag separators. "/" and ">" need spaces round them so "and/or" and
# "AP Photo/Ahn" stay whole; "|", "»" and "›" are never prose.
_CRUMB_SPLIT = re.compile(r"\s*[|»›]\s*|\s+[>/]\s+")
CRUMB_MAX_WORDS = 4
CRUMB_MAX_CHARS = 32


def is_breadcrumb(line: str) -> bool:
    """Two or more short capitalised labels joined by separators: "World | Asia", "Home > News".
    A date with its time ("April 5, 2018 | 6:00 PM") is the story's date line, not a trail."""
    text = clean_space(line)
    parts = _CRUMB_SPLIT.split(text)
    if len(parts) < 2 or not _CRUMB_SPLIT.search(text) or next(dates_in(text), None) is not None:
        return False
    # Three or more labels may be in lower case: a post's tags ("Comics / demographics / economics").
    lower_ok = len(parts) >= TAG_LIST_MIN
    for part in parts:
        if not part or len(part) > CRUMB_MAX_CHARS or len(part.split()) > CRUMB_MAX_WORDS:
            return False
        if not (part[0].isupper() or part[0].isdigit() or (lower_ok and part[0].islower())) or part[-1] in ".!?;:,":
            return False
    return True


TAG_LIST_MIN = 3


_END_MARK = re.compile(r"#{3,}|\*{3,}|-{3,}|_{3,}|={3,}|~{3,}|[•·]{3,}|-30-|\(?end\)?|-+end-+", re.I)


def is_end_marker(line: str) -> bool:
    """Press-release end marks and section rules: ``###``, ``-30-``, ``***`` (escaped or not)."""
    compact = "".join(unescape_markdown(line).split())
    # "**\###**", "*\###*": the mark set in bold or italics
    bare = re.sub(r"^([*_]{1,3})(.+)\1$", r"\2", compact)
    return bool(compact) and bool(_END_MARK.fullmatch(compact) or _END_MARK.fullmatch(unescape_markdown(bare)))


# "Reporting by Jo Kim; Editing by Lee Park", "This post was sub-edited by Jane Ellis.", "Translated by …"
_STAFF_ROLE = r"(?:(?:additional |original )?reporting|(?:sub-?)?edit(?:ing|ed)|translat(?:ion|ed)|proofread|writing|written|compiled|produced|research)"
_STAFF_CREDIT = re.compile(
    rf"(?:this (?:post|article|story|piece|report|text) was )?{_STAFF_ROLE}(?: and {_STAFF_ROLE})? by [^;]{{2,60}}"
    rf"(?:;\s*{_STAFF_ROLE}(?: and {_STAFF_ROLE})? by [^;]{{2,60}})*",
    re.I,
)
STAFF_CREDIT_MAX_WORDS = 25


def staff_credit(line: str) -> bool:
    """A line crediting the story's reporters, editors or translators, as news and blog posts close."""
    text = clean_space(line).rstrip(".")
    return len(text.split()) <= STAFF_CREDIT_MAX_WORDS and _STAFF_CREDIT.fullmatch(text) is not None


# "[All links lead to sites in Spanish, unless otherwise stated.]", "(Links in French)": a note about
# the page's links, which a printed packet no longer has.
_LINK_NOTE = re.compile(r"[\[(][^\[\]()]*\blinks?\b[^\[\]()]*[\])]\.?", re.I)
LINK_NOTE_MAX_WORDS = 20


def is_link_note(line: str) -> bool:
    text = clean_space(line)
    return len(text.split()) <= LINK_NOTE_MAX_WORDS and _LINK_NOTE.fullmatch(text) is not None


# A line of page markup copied as text: "<a href=…>Embedded video for …</a>", "<iframe src=…>".
_MARKUP_LINE = re.compile(r"<(?P<tag>[a-z][a-z0-9]*)\b[^<>]*>(?:[^<>]*</(?P=tag)>)?", re.I)


def is_markup_line(line: str) -> bool:
    return _MARKUP_LINE.fullmatch(clean_space(line)) is not None


def is_embed_fallback(line: str) -> bool:
    """The text a social-media embed prints where its player did not load: "View this post on
    Instagram", "A post shared by Chaki Sklar (@chakifunkwizard)", "Watch on YouTube"."""
    text = clean_space(line)
    return len(text.split()) <= EMBED_MAX_WORDS and _EMBED_FALLBACK.fullmatch(text) is not None


_SOCIAL = r"(?:instagram|facebook|twitter|x|tiktok|youtube|vimeo|threads|bluesky)"
_EMBED_FALLBACK = re.compile(
    rf"(?:view|see) this (?:post|photo|video|reel|profile) on {_SOCIAL}|watch (?:this )?(?:video )?on {_SOCIAL}"
    r"|a (?:post|photo|video) shared by .{1,60}\(@[\w.]+\)(?: on .{1,40})?",
    re.I,
)
EMBED_MAX_WORDS = 16


_WEB_ADDRESS_LINE = re.compile(r"<?(?:https?://|www\.)\S+>?")


def is_web_address(line: str) -> bool:
    """A line that is only a web address: the page address a scraper or a print view puts on top."""
    return _WEB_ADDRESS_LINE.fullmatch(clean_space(line)) is not None


def is_separator(line: str) -> bool:
    """A line of nothing but separators or empty brackets ("|", "»", "()"): a breadcrumb's or an icon's leftovers."""
    text = clean_space(line)
    return bool(text) and re.fullmatch(r"[|»«›‹/\\•·>()\[\]{}–—-]+", text.replace(" ", "")) is not None and not is_end_marker(text)


def is_blank(line: str) -> bool:
    """Whitespace, NBSP and zero-width characters only: a blank line left by a converter."""
    return not clean_space(line)


_CREDIT_LINE = re.compile(
    r"(?:(?:photo|photograph|image|picture|video|graphic|file photo)\s+)?(?:credits?|courtesy)\s*:\s*(?P<a>\S.*)"
    r"|(?:photo|photograph|image|picture|file photo|photos)\s*:\s*(?P<b>\S.*)"
    r"|(?:photo|photograph|image|picture|file photo|photos)\s+(?:by|courtesy of|from)\s+(?P<c>\S.*)"
    r"|courtesy of\s+(?P<d>\S.*)"
    # "Photo By: Lisa Ferdinando, DOD", "U.S. Army photo by Sgt. Jo Ruiz", "(Photo courtesy of the Navy)"
    r"|\(?(?:(?-i:[A-Z0-9])[\w.'’-]*\s){0,5}(?:photo|photograph|image|picture|video)s?\s+(?:by|courtesy(?:\s+of)?)\s*:?\s*(?P<e>(?:the\s)?(?-i:[A-Z])[^()]*)\)?",
    re.I,
)
CREDIT_MAX_WORDS = 14


def credit_line(line: str) -> str | None:
    """The credit of a photo-credit line ("Credit: AP" → "AP"), or None for any other line."""
    text = clean_space(line)
    if not text or len(text.split()) > CREDIT_MAX_WORDS:
        return None
    m = _CREDIT_LINE.fullmatch(text)
    if not m:
        return None
    credit = next(g for g in m.groups() if g)
    return credit.rstrip(" .") or None


_TRAILING_PAREN = re.compile(r"(?P<text>.*\S)\s*\((?P<credit>[^()]+)\)\s*")
_CREDIT_HINT = re.compile(r"photo|credit|courtesy|/|via|file|getty|images", re.I)


def split_trailing_credit(caption: str) -> tuple[str, str | None]:
    """Split "… at Cheong Wa Dae. (Yonhap)" into the caption and its credit "Yonhap".

    The parenthesis counts as a credit when it closes the line and reads like a name: a few
    capitalised words ("Yonhap", "Korea Herald"), or anything that says photo/credit/"/".
    "(center)" and "(from left to right)" are description, not credit.
    """
    text = clean_space(caption)
    glued = _CREDIT_AFTER_STOP.fullmatch(text)
    if glued:  # "… seeped underground.CreditChang W. Lee/The Times", "… Parata. Photograph: A. Malloch"
        return glued["text"], glued["credit"]
    m = _TRAILING_PAREN.fullmatch(text)
    if not m:
        return text, None
    credit = m["credit"].strip()
    words = credit.split()
    capitalised = all(w[0].isupper() or not w[0].isalpha() for w in words)
    if not (1 <= len(words) <= 6 and credit[0].isupper()) or credit[-1] in ".!?;,":
        return text, None
    if not (capitalised and len(words) <= 4) and not _CREDIT_HINT.search(credit):
        return text, None
    return m["text"], credit


def labelled_caption(text: str) -> tuple[str, str] | None:
    """A photo caption a page prints as a paragraph of its own, with its label and its credit in it
    ("Header Image: People have lived in … province. Credit: Tomas Munita/CIFOR"): the caption
    without the label, and the credit."""
    text = clean_space(text)
    m = _CAPTION_LABEL.match(text)
    if m is None:
        return None
    caption, credit = split_trailing_credit(text[m.end() :])
    return (caption, credit) if credit else None


_CAPTION_LABEL = re.compile(r"(?:(?:header|featured|top|lead|main|cover|banner)\s+)?(?:image|photo|photograph|picture|illustration)\s*:\s*", re.I)
# A credit closing a caption's last sentence, glued on or not: "… seeped underground.CreditChang W. Lee/The
# Times", "… Hori Parata. Photograph: Adrian Malloch", "… at dawn. Photo by Lena Ortiz".
_CREDIT_AFTER_STOP = re.compile(
    r"(?P<text>.*?[.!?])\s*(?:(?:Credit)+:?|(?:Photograph|Photo|Image|Picture)s?\s*:|(?:Photo|Image)\s+by)\s*(?P<credit>(?-i:[A-Z]).{1,80}?)\.?")


def same_text(a: str, b: str) -> bool:
    """Equal once spacing, NBSPs and letter case are ignored: how repeated headlines compare."""
    return clean_space(unicodedata.normalize("NFC", a)).casefold() == clean_space(unicodedata.normalize("NFC", b)).casefold()


# "VIRIN: 220729-D-BN624-0165", "Image ID: 7740312", "Photo No. 2023-0412": a code, not words.
_IDENTIFIER = re.compile(
    r"(?:virin|(?:image|photo|asset|media|video|dvids|file|release|news release|press release)\s*(?:id|identifier|number|no\.?|#))\s*[:#]?\s*"
    r"[a-z0-9][\w./-]*\d[\w./-]*",
    re.I,
)
# "Tags: Ukraine, NATO", "Filed under: Diplomacy": the page's topic labels.
_TAG_LINE = re.compile(r"(?:tags?|topics?|filed under|categories|category|keywords|related topics|subjects?)\s*:\s*\S.*", re.I)
TAG_LINE_MAX_WORDS = 30
# "© 2024 The Ledger", "Copyright 2023 …", "All rights reserved."
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright\b)\s*.{0,120}|all rights reserved\.?", re.I)
# A cookie notice mentions cookies and asks for a choice or points to a policy.
_COOKIE = re.compile(r"\bcookies?\b", re.I)
_COOKIE_ASK = re.compile(r"\b(?:accept|agree|consent|reject|decline|settings|preferences|policy|we use|this (?:site|website) uses)\b", re.I)
COOKIE_MAX_WORDS = 60


def is_time_label(line: str) -> bool:
    """A reading-time or relative-time label: "11 min read", "4 min", "1 day ago", "Updated 3 hours ago".
    It dates nothing a packet can print, and it is never a headline."""
    return _TIME_LABEL.fullmatch(_key(line)) is not None


_TIME_LABEL = re.compile(
    r"\d+\s*(?:min|mins|minutes?)(?:\s+read)?"
    r"|(?:(?:updated|posted|published)\s+)?(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago"
)


def is_identifier(line: str) -> bool:
    """An image or asset identifier on its own line (the VIRIN under a Defense photo)."""
    return _IDENTIFIER.fullmatch(clean_space(line)) is not None


def is_tag_line(line: str) -> bool:
    text = clean_space(line)
    return len(text.split()) <= TAG_LINE_MAX_WORDS and _TAG_LINE.fullmatch(text) is not None


def is_copyright(line: str) -> bool:
    return _COPYRIGHT.fullmatch(clean_space(line)) is not None


def is_cookie_notice(line: str) -> bool:
    text = clean_space(line)
    return len(text.split()) <= COOKIE_MAX_WORDS and bool(_COOKIE.search(text)) and bool(_COOKIE_ASK.search(text))


# The heading over a list of other stories: "Related Stories", "More from Asia", "Read next".
_RELATED = re.compile(
    r"(?:related|recommended|more|latest|recent|popular|trending|further|other|top)\s+"
    r"(?:stories|articles|news|content|links|reading|posts|coverage|videos|reads|releases|features)"
    r"|you (?:may|might) (?:also )?(?:like|be interested in)|read (?:next|more)|also read|see also"
    r"|more (?:from|on|about) [\w .'’&-]{1,40}|most (?:read|viewed|popular|shared)|related",
    re.I,
)
RELATED_HEADING_MAX_WORDS = 6


def is_related_heading(line: str) -> bool:
    """The heading of a related-stories box (trailing colon or arrows allowed).

    A box with tabs prints their labels run together once the markup is gone ("RELATED
    ARTICLESMORE FROM AUTHOR"): a heading glued to a short label counts too.
    """
    key = re.split(r"\s+[—–|]\s+", _key(line))[0]  # "Related — 有關": the heading and its translation
    if not 0 < len(key.split()) <= RELATED_HEADING_MAX_WORDS:
        return False
    if _RELATED.fullmatch(key) is not None:
        return True
    text = clean_space(line)
    glued = _RELATED.match(text)
    return glued is not None and text[glued.end() - 1 : glued.end() + 1].isalpha() and text[glued.end()].isupper()


def is_post_navigation(line: str) -> bool:
    """A link to the site's previous or next post with that post's headline ("Previous articleFrance
    Phases Out Single-Use Plastics", "Next post: …"): blog themes print one under every story."""
    m = _POST_NAVIGATION.match(clean_space(line))
    if m is None:
        return False
    rest = m["rest"]
    return 0 < len(rest.split()) <= TEASER_MAX_WORDS and rest[-1] not in ".!?"


_POST_NAVIGATION = re.compile(
    r"(?:previous|next|older|newer)\s+(?:article|post|story|entry)(?:\s*[:»›→|–—-]\s*|\s+|(?=[A-Z“\"‘']))(?P<rest>\S.*)", re.I)


def is_teaser(line: str) -> bool:
    """The opening of another story, as a list of related or latest stories prints it: prose that
    breaks off in an ellipsis, or that ends in a link to the rest ("… READ THE REST")."""
    text = clean_space(line)
    m = _CUT_OFF.search(text) or _READ_ON.search(text)
    return m is not None and len(text[: m.start()].split()) >= TEASER_MIN_WORDS


def is_read_on(line: str) -> bool:
    """A link to the rest of a story shown only in part: "READ THE REST", "Continue reading →"."""
    return _key(line) in _READ_ON_PHRASES


_READ_ON_PHRASES = frozenset({"read more", "read the rest", "continue reading", "keep reading", "read full article", "read the full story"})
_READ_ON_LINK = "|".join(sorted(_READ_ON_PHRASES))
# "…the prayer is all about…", "…the National...", "…in their Youngstown, Ohio neighborhood… READ THE REST"
_CUT_OFF = re.compile(rf"(?<=[\w,;])(?:\.\.\.|…)(?:\s*(?:{_READ_ON_LINK}|more)\W*)?$", re.I)
_READ_ON = re.compile(rf"(?<=[.!?:…\"”’)])\s+(?:{_READ_ON_LINK})\W*$", re.I)
TEASER_MIN_WORDS = 5


# "For media inquiries, please contact press@agency.gov." — who to ask, not what happened.
_CONTACT = re.compile(
    r"(?:for\s+(?:all\s+)?(?:media|press|further|more|additional)\s+(?:inquiries|enquiries|queries|questions|information|info)"
    r"[^.]{0,40}?,?\s+(?:please\s+)?(?:contact|e-?mail|call|write\s+to|reach)\b|(?:media|press)\s+contacts?\s*:)",
    re.I,
)
_REACH = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|\+?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}|https?://|www\.|\.(?:gov|org|com)\b")
CONTACT_MAX_WORDS = 30


def is_press_contact(line: str) -> bool:
    """A press contact line: "For media inquiries, please contact …" with an address or number."""
    text = clean_space(line)
    return (len(text.split()) <= CONTACT_MAX_WORDS and _CONTACT.match(text) is not None
            and _REACH.search(text) is not None)


def line_litter(line: str) -> str | None:
    """The kind of litter a lone line is, or None when it may be article text.

    Kinds follow the corpus annotations: blank_artifact, end_marker, site_navigation,
    category_tags, photo_id, copyright, cookie_notice, press_contact. Captions, credits and
    repeated headlines need context and are found by the reader.
    """
    return next((kind for test, kind in _LINE_TESTS if test(line)), None)


# Each test in the order it is tried, with the litter kind a line that passes it has.
_LINE_TESTS = (
    (is_blank, "blank_artifact"),
    (is_end_marker, "end_marker"),
    (is_navigation, "site_navigation"),
    (is_post_navigation, "site_navigation"),
    (is_separator, "category_tags"),
    (is_breadcrumb, "category_tags"),
    (is_tag_line, "category_tags"),
    (is_time_label, "time_label"),
    (is_identifier, "photo_id"),
    (is_web_address, "source_url"),
    (is_link_note, "link_note"),
    (is_markup_line, "embed_code"),
    (is_embed_fallback, "embed_code"),
    (is_copyright, "copyright"),
    (is_cookie_notice, "cookie_notice"),
    (is_press_contact, "press_contact"),
)
