"""Score the glossary against hand-made gold annotations.

    python benchmarks/glossary_eval.py [FOLDER ...]

Each FOLDER holds texts and gold files (``gold/*.json`` with a ``file`` field naming the text,
as in the team's shared corpus). With no folder, the copy in ``tests/data/corpus`` is scored
(the seeds are read from ``seeds/``). Every text is analysed on its own, as a one-article packet.
Rows are per genre and overall; ``--texts`` adds a row per text.

Columns:
- people P / R: listed people that are gold people; gold people that are listed (a person
  matches when a listed name or alias equals a gold name or alias, or one contains the other
  as whole words: "Lloyd Austin III" matches "Lloyd Austin"). A gold person marked ``optional``
  (a relative named by first name only, a pen name) counts for precision when listed, not for recall.
- role: of the gold people found whose role the text states, the share whose listed role
  shares at least half of the gold role's content words.
- acr P: listed terms that are gold acronyms or spelled-out terms (optional ones included).
- acr R: non-optional gold acronyms printed in the text (``in_text``) that the glossary lists.
  Acronyms compare by their letters alone, so "U.S." matches "US".
- spelled R: non-optional gold terms the text spells out without the acronym, listed under
  their acronym or expansion.
- org P: listed organisations whose name or an alias matches (as whole words, either way) a gold
  organisation.
- defined: of the listed terms whose acronym is printed in the text, the share with a definition
  on file or the text's own expansion.
- refs: gold ``ambiguous_references`` resolved. The gold line is found in the article the reader
  made (its paragraph, caption, title…), the quoted words in it; every glossary entry (person or
  organisation) with a mention or reference overlapping those words claims them. A reference is
  right when each entity it refers to claims it and nobody else does; one to an unnamed person
  ("unnamed senior … official") is right when no listed person claims it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_gold import DEFAULT_CORPUS, Score, by_genre, print_table, texts  # noqa: E402

from brief.build import load_packet  # noqa: E402
from brief.exports import glossary_dict  # noqa: E402
from brief.model import Article, Packet, Part  # noqa: E402

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


COLUMNS = ["people P", "people R", "role", "org P", "acr P", "acr R", "spelled R", "defined", "refs"]


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
        if not g.get("optional"):
            scores["R"].add(match is not None)
        # A person the text gives no role (gold role null) is scored for being found, not for a role.
        if match is not None and g.get("role_in_text", True) and g.get("role"):
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


def _loose(text: str) -> str:
    """A pattern for ``text`` that lets any white space stand for any other."""
    return r"\s+".join(re.escape(w) for w in text.split())


def _parts(article: Article) -> list[tuple[Part, int, str]]:
    found = [(Part.TITLE, 0, article.title or "")]
    if article.subtitle:
        found.append((Part.SUBTITLE, 0, article.subtitle))
    if article.byline:
        found.append((Part.BYLINE, 0, article.byline))
    found += [(Part.CAPTION, i, c.text) for i, c in enumerate(article.captions)]
    found += [(Part.BODY, i, p) for i, p in enumerate(article.paragraphs)]
    return found


def locate(article: Article, line: str, quote: str) -> tuple[Part, int, int, int] | None:
    """Where the quoted words of a gold line are in the article: part, index, start, end."""
    line_pattern = _loose(line.strip()[:80])
    for part, index, text in _parts(article):
        at = re.search(line_pattern, text) if line.strip() else None
        if at is None:
            continue
        hit = re.compile(_loose(quote)).search(text, at.start())
        if hit:
            return part, index, hit.start(), hit.end()
    return None


def entity_forms(name: str, aliases: list[str]) -> set[str]:
    return {norm(name), *(norm(a) for a in aliases if len(a.split()) > 1)}


def claimants(packet: Packet, slug: str, where: tuple[Part, int, int, int]) -> list[tuple[str, set[str]]]:
    """("person"/"organisation", forms) of every entry with a mention overlapping ``where``."""
    part, index, start, end = where
    out = []
    glossary = packet.glossary
    entries = [("person", p) for p in glossary.people]
    entries += [("organisation", o) for o in getattr(glossary, "organisations", [])]
    for kind, e in entries:
        spans = [*e.mentions, *getattr(e, "references", [])]
        if any(m.article == slug and m.part == part and m.index == index and m.start < end and start < m.end
               for m in spans):
            out.append((kind, entity_forms(e.name, e.aliases)))
    return out


def resolved(gold: dict, text: str, packet: Packet) -> Score:
    score = Score()
    lines = text.split("\n")
    article = packet.articles[0]
    for ref in gold.get("ambiguous_references", []):
        where = locate(article, lines[ref["line_index"]], ref["quote"])
        if where is None:
            score.add(False)
            continue
        claims = claimants(packet, article.slug, where)
        targets = [t.strip() for t in ref["refers_to"].split(";")]
        if all(t.lower().startswith("unnamed") for t in targets):
            score.add(not any(kind == "person" for kind, _ in claims))
            continue
        wanted = []
        for t in targets:
            person = next((g for g in gold["people"] if norm(g["name"]) == norm(t)), None)
            wanted.append({norm(t), *(norm(a) for a in (person or {}).get("aliases", []) if len(a.split()) > 1)})
        every_target = all(any(same_person(forms, w) for _, forms in claims) for w in wanted)
        nobody_else = all(any(same_person(forms, w) for w in wanted) for _, forms in claims)
        score.add(every_target and nobody_else)
    return score


def organisations(gold: dict, glossary: dict) -> Score:
    score = Score()
    gold_forms = [norm(re.sub(r"\(.*?\)", "", g)) for g in gold.get("organizations", [])]
    for o in glossary.get("organisations", []):
        forms = {norm(f) for f in (o["name"], *o.get("aliases", []))}
        score.add(any(f == g or f" {f} " in f" {g} " or f" {g} " in f" {f} " for f in forms for g in gold_forms if f and g))
    return score


def defined_share(glossary: dict) -> Score:
    score = Score()
    for t in glossary["terms"]:
        if t["found"] in ("printed", "defined"):
            score.add(bool(t.get("definition")) or t["found"] == "defined")
    return score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[DEFAULT_CORPUS])
    parser.add_argument("--texts", action="store_true", help="a row per text, before the genre rows")
    args = parser.parse_args()
    rows = []
    warnings.simplefilter("ignore")  # a text without a headline warns; the scores say what matters here
    for text in texts(args.folders):
        packet = load_packet([text.path], title="eval")
        glossary = glossary_dict(packet)
        raw = evaluate(text.gold, glossary)
        scores = {"people P": raw["P"], "people R": raw["R"], "role": raw["role"], "acr P": raw["acr P"],
                  "acr R": raw["acr"], "spelled R": raw["spelled"]}
        scores["org P"] = organisations(text.gold, glossary)
        scores["defined"] = defined_share(glossary)
        scores["refs"] = resolved(text.gold, text.path.read_text(encoding="utf-8"), packet)
        rows.append((text, scores))
    table = by_genre(rows, COLUMNS)
    if args.texts:
        table = [(t.name, s) for t, s in rows] + table
    print_table(table, COLUMNS)


if __name__ == "__main__":
    main()
