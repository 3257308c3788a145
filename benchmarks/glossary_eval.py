"""Score the glossary against hand-made gold annotations.

    python benchmarks/glossary_eval.py [FOLDER ...]

Each FOLDER holds texts and gold files (``gold/*.json`` with a ``file`` field naming the text,
as in the team's shared corpus). With no folder, the copy in ``tests/data/corpus`` is scored
(the seeds are read from ``seeds/``). Every text is analysed on its own, as a one-article packet.

Columns:
- people P / R: listed people that are gold people; gold people that are listed (a person
  matches when a listed name or alias equals a gold name or alias, or one contains the other
  as whole words: "Lloyd Austin III" matches "Lloyd Austin").
- role: of the gold people found whose role the text states, the share whose listed role
  shares at least half of the gold role's content words.
- acr P: listed terms that are gold acronyms or spelled-out terms (optional ones included).
- acr R: non-optional gold acronyms printed in the text (``in_text``) that the glossary lists.
  Acronyms compare by their letters alone, so "U.S." matches "US".
- spelled R: non-optional gold terms the text spells out without the acronym, listed under
  their acronym or expansion.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from brief.build import load_packet  # noqa: E402
from brief.exports import glossary_dict  # noqa: E402

STOP = {"the", "of", "a", "an", "and", "at", "in", "for", "to", "on", "s", "who", "as", "under", "role", "stated", "text"}


def norm(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u00a0", " ")
    return " ".join(re.sub(r"[^\w' -]", " ", text.lower()).replace("-", " ").split())


def letters(text: str) -> str:
    """An acronym's letters and digits, upper-cased: "U.S." and "US" are one acronym."""
    return re.sub(r"[\W_]", "", text).upper()


def words(text: str) -> set[str]:
    return {w for w in norm(text).split() if w not in STOP and len(w) > 1}


def same_person(forms_a: set[str], forms_b: set[str]) -> bool:
    for a in forms_a:
        for b in forms_b:
            if a == b or (len(a.split()) > 1 and len(b.split()) > 1 and (f" {a} " in f" {b} " or f" {b} " in f" {a} ")):
                return True
    return False


@dataclass
class Score:
    hit: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.hit += ok
        self.total += 1

    def __str__(self) -> str:
        return f"{self.hit / self.total:.2f} ({self.hit}/{self.total})" if self.total else "   -"


def text_path(gold: dict, folder: Path) -> Path:
    name = gold["file"]
    for candidate in (folder / name, folder / "texts" / Path(name).name, ROOT / name):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(name)


def evaluate(gold: dict, glossary: dict) -> dict[str, Score]:
    scores = {k: Score() for k in ("P", "R", "role", "acr P", "acr", "spelled")}
    listed = [
        (p, {norm(p["name"]), *(norm(a) for a in p["aliases"] if len(a.split()) > 1)}) for p in glossary["people"]
    ]
    gold_people = [(g, {norm(g["name"]), *(norm(a) for a in g.get("aliases", []))}) for g in gold["people"]]
    for _, forms in listed:
        scores["P"].add(any(same_person(forms, gforms) for _, gforms in gold_people))
    for g, gforms in gold_people:
        match = next((p for p, forms in listed if same_person(forms, gforms)), None)
        scores["R"].add(match is not None)
        if match is not None and g.get("role_in_text", True):
            gold_role = words(re.sub(r"\(.*?\)", "", g["role"]).replace("...", " "))
            scores["role"].add(bool(gold_role) and len(gold_role & words(match["role"] or "")) * 2 >= len(gold_role))
    listed_acronyms = {letters(t["term"]) for t in glossary["terms"]}
    listed_expansions = {norm(t["expansion"] or t["term"]) for t in glossary["terms"]}
    gold_terms = [*gold["acronyms"], *gold.get("terms_without_acronym_in_text", [])]
    gold_letters = {letters(a["acronym"]) for a in gold_terms if a.get("acronym")}
    gold_expansions = {norm(a.get("expansion") or a.get("term") or "") for a in gold_terms}
    for t in glossary["terms"]:
        scores["acr P"].add(letters(t["term"]) in gold_letters or norm(t["expansion"] or t["term"]) in gold_expansions)
    for a in gold["acronyms"]:
        if not a.get("optional") and a["in_text"]:
            scores["acr"].add(letters(a["acronym"]) in listed_acronyms)
    for t in gold.get("terms_without_acronym_in_text", []):
        if t.get("optional"):
            continue
        expansion = norm(t.get("expansion") or t.get("term") or "")
        scores["spelled"].add(letters(t.get("acronym") or "-") in listed_acronyms or expansion in listed_expansions)
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[ROOT / "tests" / "data" / "corpus"])
    args = parser.parse_args()
    totals = {k: Score() for k in ("P", "R", "role", "acr P", "acr", "spelled")}
    print(f"{'text':36}" + "".join(f"{h:>14}" for h in ("people P", "people R", "role", "acr P", "acr R", "spelled R")))
    for folder in args.folders:
        for gold_file in sorted((folder / "gold").glob("*.json")):
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            packet = load_packet([text_path(gold, folder)], title="eval")
            scores = evaluate(gold, glossary_dict(packet))
            for k, s in scores.items():
                totals[k].hit += s.hit
                totals[k].total += s.total
            print(f"{gold_file.stem:36}" + "".join(f"{str(scores[k]):>14}" for k in totals))
    print(f"{'ALL':36}" + "".join(f"{str(totals[k]):>14}" for k in totals))


if __name__ == "__main__":
    main()
