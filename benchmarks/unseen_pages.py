"""Score the plain-text reader on saved pages it was never tuned on, against their expected text.

    python benchmarks/unseen_pages.py PAGES_FOLDER [--pages] [--html]

PAGES_FOLDER holds one folder per page with ``source.html``, ``expected.html`` (the article's own
text) and ``expected-metadata.json`` (its ``title`` and ``lang``): the layout of Mozilla
Readability's test pages (``test/test-pages`` in github.com/mozilla/readability), about a hundred
real pages from news sites, blogs and documentation. They are not part of this repository: their
words belong to their sites.

Each page is turned into the text a reader sees, one line per block with menus and footers kept
(as ``tests/data/corpus/recipes/page_text.py`` makes the corpus's saved pages), and read by
brief's plain-text reader, as when a user saves a page's text; with ``--html`` the saved page itself
is read by brief's HTML reader, as when a user saves the page. English pages only. Columns:
- body recall: of the expected article's paragraphs (8 words or more), the share found in the
  article brief read, in order of words, spacing and punctuation aside;
- body precision: of the paragraphs brief kept (8 words or more), the share that are in the
  expected article;
- title: brief's title is the expected one, over the pages whose expected title is a line of the
  page's text at all (many test pages show another headline than their <title>).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "data" / "corpus" / "recipes"))

from page_text import page_lines  # noqa: E402

from brief.errors import BriefError  # noqa: E402
from brief.sources.html import read_html  # noqa: E402
from brief.sources.text import read_text  # noqa: E402

MIN_WORDS = 8


def squash(text: str) -> str:
    return re.sub(r"\W+", "", unicodedata.normalize("NFKC", text)).casefold()


def html_lines(path: Path) -> list[str]:
    return page_lines(path.read_bytes().decode("utf-8", "replace"))


def score(page: Path, as_html: bool = False) -> dict | None:
    meta_file = page / "expected-metadata.json"
    meta = json.loads(meta_file.read_text(encoding="utf-8") or "{}") if meta_file.exists() else {}
    if (meta.get("lang") or "en")[:2] != "en" or not (page / "source.html").exists():
        return None
    lines = html_lines(page / "source.html")
    expected_lines = html_lines(page / "expected.html")
    expected = [squash(line) for line in expected_lines if len(line.split()) >= MIN_WORDS]
    if len(expected) < 2:
        return None
    title = squash(meta.get("title") or "")
    shown = bool(title) and any(squash(line) == title or (len(squash(line)) > 15 and squash(line) in title) for line in lines)
    try:
        if as_html:
            article = read_html((page / "source.html").read_bytes().decode("utf-8", "replace"), page.name)
        else:
            article = read_text("\n".join(lines) + "\n", page.name)
    except BriefError as exc:
        return {"page": page.name, "recall": 0.0, "precision": 0.0, "title": False if shown else None, "read": str(exc)}
    body = squash(" ".join(article.paragraphs))
    kept = [squash(p) for p in article.paragraphs if len(p.split()) >= MIN_WORDS]
    whole = squash(" ".join(expected_lines))
    got = squash(article.title)
    right = got == title or (len(got) > 10 and got in title) or (bool(title) and title in got)
    return {
        "page": page.name,
        "recall": sum(e in body for e in expected) / len(expected),
        "precision": sum(k in whole for k in kept) / len(kept) if kept else 0.0,
        "title": right if shown else None,
        "read": article.title,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--pages", action="store_true", help="print a row per page")
    parser.add_argument("--html", action="store_true", help="read the saved pages with the HTML reader")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    rows = [r for page in sorted(p for p in args.folder.iterdir() if p.is_dir()) if (r := score(page, args.html))]
    if args.pages:
        for r in rows:
            title = {True: "ok", False: "--", None: "na"}[r["title"]]
            print(f"{r['page'][:32]:32s} recall {r['recall']:.2f} precision {r['precision']:.2f} title {title} | {r['read'][:60]}")
    titled = [r for r in rows if r["title"] is not None]
    print(f"{len(rows)} pages: body recall {sum(r['recall'] for r in rows) / len(rows):.3f} (mean), "
          f"{sum(r['recall'] >= 0.9 for r in rows)} pages at 0.9 or more; "
          f"body precision {sum(r['precision'] for r in rows) / len(rows):.3f}; "
          f"titles right {sum(bool(r['title']) for r in titled)} of {len(titled)} shown in the text")


if __name__ == "__main__":
    main()
