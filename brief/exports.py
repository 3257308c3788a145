"""The glossary as data for other programs (JSON) and as plain text for a terminal.

The JSON shape is documented in README.md ("Glossary JSON"); change both together.
"""

from __future__ import annotations

from .model import Glossary, Packet

SCHEMA_VERSION = 1


def glossary_dict(packet: Packet) -> dict:
    """Plain data with stable key order; article references use the source file names."""
    by_slug = {a.slug: a for a in packet.articles}

    def sources(slugs: list[str]) -> list[str]:
        return [by_slug[s].source for s in slugs]

    return {
        "version": SCHEMA_VERSION,
        "articles": [{"source": a.source, "title": a.title} for a in packet.articles],
        "people": [
            {
                "name": p.name,
                "role": p.role,
                "aliases": list(p.aliases),
                "articles": sources(p.articles),
                "mentions": len(p.mentions),
                "evidence": p.evidence,
            }
            for p in packet.glossary.people
        ],
        "terms": [
            {
                "term": t.term,
                "expansion": t.expansion,
                "definition": t.definition,
                "found": t.found.value,
                "articles": sources(t.articles),
                "mentions": len(t.mentions),
                "evidence": t.evidence,
            }
            for t in packet.glossary.terms
        ],
    }


def glossary_text(packet: Packet) -> str:
    """A readable listing: people, then terms, each with the articles (by number) that mention them."""
    number = {a.slug: i for i, a in enumerate(packet.articles, start=1)}
    lines = ["PEOPLE"]
    for p in packet.glossary.people:
        refs = ", ".join(f"[{number[s]}]" for s in p.articles)
        role = p.role or "(no role stated)"
        aka = f" (also: {', '.join(p.aliases)})" if p.aliases else ""
        lines.append(f"  {p.name} — {role}{aka} {refs}")
    lines += ["", "TERMS"]
    for t in packet.glossary.terms:
        refs = ", ".join(f"[{number[s]}]" for s in t.articles)
        expansion = f" ({t.expansion})" if t.expansion and t.expansion != t.term else ""
        definition = t.definition or "UNDEFINED: no definition on file"
        lines.append(f"  {t.term}{expansion} — {definition} {refs}")
    lines += ["", "ARTICLES"]
    lines += [f"  [{number[a.slug]}] {a.title} ({a.source})" for a in packet.articles]
    return "\n".join(lines)


def glossary_counts(glossary: Glossary) -> str:
    """The one-line summary a build prints, naming undefined terms so the user can add them."""
    line = f"glossary: {len(glossary.people)} people, {len(glossary.terms)} terms"
    undefined = glossary.undefined_terms
    if undefined:
        line += f" ({len(undefined)} undefined: {', '.join(t.term for t in undefined)})"
    return line
