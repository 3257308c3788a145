"""What the PDF writer must know of the print theme to lay the packet out in parts, read
from the theme's own rules (so a user's theme works the same way as ours).

- Which page-margin boxes print page numbers. A part laid out alone cannot know its page
  numbers, so the boxes whose content counts pages ("12 of 184": ``counter(page)``,
  ``counter(pages)``) are left out of the parts and drawn on a separate folio PDF, page for
  page, that the assembler lays over the packet.
- Which blocks always start a page (``.glossary { break-before: page }``): only there may a
  run of sections be cut into parts laid out side by side.
"""

from __future__ import annotations

import tinycss2


def folio_split(css: str, role: str) -> str:
    """CSS that blanks, for ``role`` "part", every margin box that counts pages and, for
    "folios", every other margin box, under the same page selectors the theme used."""
    rules = []
    for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
        if rule.type != "at-rule" or rule.lower_at_keyword != "page" or rule.content is None:
            continue
        selector = tinycss2.serialize(rule.prelude).strip()
        for box in tinycss2.parse_blocks_contents(rule.content, skip_comments=True, skip_whitespace=True):
            if box.type != "at-rule" or box.content is None:
                continue
            if _counts_pages(box.content) == (role == "part"):
                rules.append(f"@page {selector} {{ @{box.lower_at_keyword} {{ content: none; }} }}")
    return "\n".join(rules) + "\n"


def page_rules_only(css: str) -> str:
    """The theme's @page and @font-face rules alone: what the folio pages need, without the
    rules for elements (a ``body::before`` or a rule for every ``div``) that would put
    something on them or add pages."""
    keep = ("page", "font-face")
    return "\n".join(tinycss2.serialize([rule]) for rule in tinycss2.parse_stylesheet(css, skip_comments=True)
                     if rule.type == "at-rule" and rule.lower_at_keyword in keep) + "\n"


def _counts_pages(tokens) -> bool:
    for token in tokens:
        if token.type == "function" and token.lower_name in ("counter", "counters"):
            names = [t.value.lower() for t in token.arguments if t.type == "ident"]
            if names and names[0] in ("page", "pages"):
                return True
        if getattr(token, "content", None) and token.type in ("() block", "[] block", "{} block"):
            if _counts_pages(token.content):
                return True
        if token.type == "function" and _counts_pages(token.arguments):
            return True
    return False


_PAGE_BREAKS = {"page", "left", "right", "recto", "verso", "always"}


def page_starting_classes(css: str) -> frozenset[str]:
    """Classes whose elements the theme always starts on a new page: a rule for ``.name``
    alone breaks the page before it, and no rule for ``.other + .name`` or ``.other ~ .name``
    (which might take the break back) names it."""
    starts, conditional = set(), set()
    for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
        if rule.type != "qualified-rule":
            continue
        for selector in tinycss2.serialize(rule.prelude).split(","):
            selector = " ".join(selector.split())
            if "+" in selector or "~" in selector:
                conditional.add(selector.rsplit(".", 1)[-1])
                continue
            if not (selector.startswith(".") and selector[1:].replace("-", "").replace("_", "").isalnum()):
                continue
            for decl in tinycss2.parse_declaration_list(rule.content, skip_comments=True, skip_whitespace=True):
                if decl.type == "declaration" and decl.lower_name in ("break-before", "page-break-before"):
                    value = tinycss2.serialize(decl.value).strip().lower()
                    if value in _PAGE_BREAKS:
                        starts.add(selector[1:])
    return frozenset(starts - conditional)
