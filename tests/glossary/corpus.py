"""Articles built straight from the gold files, so these tests do not depend on the readers.

It does what a reader does, crudely and only for these texts: drops the lines the gold calls
litter, keeps photo captions once (credit split off), takes title, subtitle and byline from the
gold, strips the inline Markdown marks of texts 04/05 — and keeps hard line wraps and
non-breaking spaces, which the analyser must cope with.
"""

from __future__ import annotations

import re
from pathlib import Path

from brief.model import Article, Caption
from support import CORPUS, gold_text_path, load_gold

GOLD = sorted((CORPUS / "gold").glob("*.json"))


def text_of(gold: dict) -> str:
    return gold_text_path(gold).read_text(encoding="utf-8")


def _unmark(line: str) -> str:
    line = re.sub(r"</?sup>", "", line).replace("**", "")
    return re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", line)


def article_from_gold(gold: dict, slug: str) -> Article:
    lines = text_of(gold).split("\n")
    litter = {d["line_index"]: d["kind"] for d in gold["boilerplate_detail"]}
    captions: list[Caption] = []
    kept: list[str] = []
    for i, line in enumerate(lines):
        kind = litter.get(i)
        if kind == "photo_caption":
            m = re.match(r"(.*?)\s*\(([^()]+)\)\s*$", line)
            captions.append(Caption(m.group(1), m.group(2)) if m else Caption(line.strip()))
            kept.append("")
        elif kind == "photo_credit" and captions:
            captions[-1] = Caption(captions[-1].text, line.removeprefix("Credit:").strip())
            kept.append("")
        elif kind:
            kept.append("")
        else:
            kept.append(_unmark(line))
    skip = {gold.get("title"), gold.get("subtitle"), gold.get("byline_line")}
    paragraphs = []
    for block in re.split(r"\n\s*\n", "\n".join(kept)):
        block = block.strip()
        if block and block not in skip:
            paragraphs.append(block)
    return Article(
        source=Path(gold["file"]).name,
        slug=slug,
        title=gold["title"],
        subtitle=gold.get("subtitle"),
        byline=gold.get("byline"),
        paragraphs=paragraphs,
        captions=captions,
    )


def gold_articles() -> list[tuple[dict, Article]]:
    return [(g := load_gold(p), article_from_gold(g, f"a{i}-{p.stem}")) for i, p in enumerate(GOLD, start=1)]
