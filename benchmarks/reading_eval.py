"""Score the readers against hand-made gold annotations: litter removed, body kept, header fields.

    python benchmarks/reading_eval.py [FOLDER ...] [--alone] [--texts]

With no folder, the corpus copy in ``tests/data/corpus`` is scored. By default the texts are read
as one packet (as a user's folder is, so lines shared by several articles count as site chrome);
``--alone`` reads each text as a packet of its own. ``--texts`` adds a row per text.

Columns, per genre and overall:
- title / byline / date: the article's field equals the gold's (words compared, case and spacing
  ignored; no byline or date in the gold means none may be found).
- litter P: of the lines the reader removed, the share the gold calls litter (the rest were body).
- litter R: of the gold's litter lines, the share removed (a photo caption counts as removed when
  it is kept once as a caption and not as body text).
- body kept: of the gold's body lines, the share found in the article's text (title, subtitle,
  captions, paragraphs; a transcript's speaker label aside); "lost" is the rest, in per cent.
- turns: transcripts whose number of speaker turns is within 5 % of the gold's.
"""

from __future__ import annotations

import argparse
import re
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus_gold import DEFAULT_CORPUS, Score, Text, by_genre, print_table, squash, texts  # noqa: E402

from brief.model import Article  # noqa: E402
from brief.sources import read_packet  # noqa: E402

COLUMNS = ["title", "byline", "date", "litter P", "litter R", "body kept", "turns"]
_LABEL = re.compile(r"^\s*(?:Q\b[:.]?|[^\W\d_a-z][^\n:]{0,60}:)\s*")
SHORT_WORDS = 4  # a litter line this short counts as kept only where a whole paragraph equals it


def header_lines(gold: dict) -> set[int]:
    """Lines that are neither litter nor body: the headline, dek, byline and date lines, front matter."""
    found = {gold.get(k) for k in ("title_line_index", "subtitle_line_index", "byline_line_index", "date_line_index")}
    first, last = gold.get("front_matter_lines") or (None, None)
    if first is not None:
        found |= set(range(first, last + 1))
    return {i for i in found if i is not None}


def units(article: Article) -> list[str]:
    return [squash(u) for u in [article.title, article.subtitle or "", *(c.text for c in article.captions), *article.paragraphs] if u]


def score_text(text: Text, article: Article | None) -> dict[str, Score]:
    gold = text.gold
    scores = {c: Score() for c in COLUMNS}
    if article is None:  # left out: every field and every body line is lost
        article = Article(source="", slug="", title="", paragraphs=[])
    lines = text.lines
    body_units = [squash(p) for p in article.paragraphs] + ([squash(article.subtitle)] if article.subtitle else [])
    captions = [squash(c.text) for c in article.captions]
    everything = "\n".join(units(article))
    same = lambda a, b: squash(a or "") == squash(b or "")  # noqa: E731
    scores["title"].add(bool(article.title) and same(article.title, gold.get("title")))
    scores["byline"].add(same(article.byline, gold.get("byline")))
    scores["date"].add((article.date.isoformat() if article.date else None) == gold.get("date"))

    litter = {d["line_index"]: d for d in gold.get("boilerplate_detail", [])}
    header = header_lines(gold)
    removed = Score()
    for index, line in enumerate(lines):
        words = squash(line)
        if not words or index in header:
            continue
        if index in litter:
            kind = litter[index]["kind"]
            if kind == "photo_caption":
                gone = words not in body_units and any(words.startswith(c) or c.startswith(words) for c in captions if c)
            elif len(line.split()) <= SHORT_WORDS:
                gone = words not in body_units
            else:
                gone = not any(words in u for u in body_units)
            scores["litter R"].add(gone)
            if gone:
                removed.add(True)
            continue
        content = squash(_LABEL.sub("", line, count=1)) if article.speakers else words
        kept = bool(content) and (content in everything or words in everything)
        scores["body kept"].add(kept)
        if not kept:
            removed.add(False)
    scores["litter P"] = removed
    if gold.get("turns"):
        scores["turns"].add(abs(len(article.speakers) - gold["turns"]) <= 0.05 * gold["turns"])
    return scores


def read_articles(chosen: list[Text], alone: bool) -> dict[Path, Article | None]:
    """{text path: the article read from it, or None when it was left out}."""
    found: dict[Path, Article | None] = {t.path: None for t in chosen}
    groups = [[t.path] for t in chosen] if alone else [[t.path for t in chosen]]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for paths in groups:
            try:
                articles = read_packet(paths).articles
            except Exception:  # noqa: BLE001 - a text nothing can be read from scores zero
                continue
            by_name = {a.source: a for a in articles}
            for path in paths:
                found[path] = by_name.get(path.name)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[DEFAULT_CORPUS])
    parser.add_argument("--alone", action="store_true", help="read each text as a packet of its own")
    parser.add_argument("--texts", action="store_true", help="a row per text, before the genre rows")
    args = parser.parse_args()
    chosen = list(texts(args.folders))
    articles = read_articles(chosen, args.alone)
    rows = [(t, score_text(t, articles[t.path])) for t in chosen]
    table = by_genre(rows, COLUMNS)
    if args.texts:
        table = [(t.name, s) for t, s in rows] + table
    print_table(table, COLUMNS)
    kept = table[-1][1]["body kept"]
    if kept.total:
        print(f"\nbody lines lost: {kept.total - kept.hit} of {kept.total} ({100 * (kept.total - kept.hit) / kept.total:.1f} %)")


if __name__ == "__main__":
    main()
