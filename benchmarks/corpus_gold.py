"""The evaluation corpus as the scoring scripts and the tests read it: gold files, texts, genres.

A corpus folder holds ``texts/`` and ``gold/*.json`` (see tests/data/corpus/README.md for the
fields). Each gold names its text in ``file``; the two seeds live in the repository's ``seeds/``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT / "tests" / "data" / "corpus"
GENRES = ("news", "government", "transcript", "statement", "commentary")


@dataclass
class Score:
    """hit out of total, printed as "0.95 (19/20)"."""

    hit: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.hit += bool(ok)
        self.total += 1

    def merge(self, other: Score) -> None:
        self.hit += other.hit
        self.total += other.total

    @property
    def share(self) -> float | None:
        return self.hit / self.total if self.total else None

    def __str__(self) -> str:
        return f"{self.hit / self.total:.2f} ({self.hit}/{self.total})" if self.total else "   -"


@dataclass(frozen=True)
class Text:
    gold: dict
    path: Path

    @property
    def name(self) -> str:
        return Path(self.gold["file"]).stem

    @property
    def genre(self) -> str:
        return self.gold.get("genre", "news")

    @property
    def lines(self) -> list[str]:
        return self.path.read_text(encoding="utf-8").replace("\r\n", "\n").split("\n")


def texts(folders: Iterable[Path] = (DEFAULT_CORPUS,)) -> Iterator[Text]:
    """Every gold-annotated text of the folders, in file-name order."""
    for folder in folders:
        for gold_file in sorted((Path(folder) / "gold").glob("*.json")):
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            yield Text(gold, text_path(gold, Path(folder)))


def text_path(gold: dict, folder: Path) -> Path:
    name = gold["file"]
    for candidate in (folder / name, folder / "texts" / Path(name).name, ROOT / name):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(name)


def squash(text: str) -> str:
    """Text compared as words: Markdown marks, escapes, case and any spacing or hyphen ignored."""
    text = re.sub(r"</?[a-z]+[^<>]*>", "", text)
    text = re.sub(r"[*_\\`#]", "", text)
    return re.sub(r"[\s\-\u2010\u2011\u00ad\u200b\u200c\u200d\u2060\ufeff]+", "", text).casefold()


def print_table(rows: list[tuple[str, dict[str, Score]]], columns: list[str]) -> None:
    width = max([len(name) for name, _ in rows] + [10]) + 2
    print(f"{'':{width}}" + "".join(f"{c:>16}" for c in columns))
    for name, scores in rows:
        print(f"{name:{width}}" + "".join(f"{str(scores[c]):>16}" for c in columns))


def by_genre(rows: list[tuple[Text, dict[str, Score]]], columns: list[str]) -> list[tuple[str, dict[str, Score]]]:
    """Per-genre sums of per-text scores, then ALL."""
    out = []
    for genre in [*GENRES, "ALL"]:
        chosen = [s for t, s in rows if genre == "ALL" or t.genre == genre]
        if not chosen:
            continue
        total = {c: Score() for c in columns}
        for scores in chosen:
            for c in columns:
                total[c].merge(scores[c])
        out.append((f"{genre} ({len(chosen)})", total))
    return out
