"""The glossary as data for other programs (JSON) and as plain text for a terminal.

The JSON shape is documented in README.md ("Glossary JSON"); change both together.
"""

from __future__ import annotations

from .model import Glossary, Mention, Packet

SCHEMA_VERSION = 1


def glossary_dict(packet: Packet) -> dict:
    """Plain data with stable key order; article references use the source file names."""
    by_slug = {a.slug: a for a in packet.articles}

    def sources(slugs: list[str]) -> list[str]:
        return [by_slug[s].source for s in slugs]

    def where(mentions: list[Mention]) -> list[dict]:
        """Each mention's place: article file, part, paragraph (or caption) index, span and kind."""
        return [
            {
                "article": by_slug[m.article].source if m.article in by_slug else m.article,
                "part": m.part.value,
                "paragraph": m.index,
                "start": m.start,
                "end": m.end,
                "kind": m.kind,
            }
            for m in mentions
        ]

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
                "other_roles": list(p.other_roles),
                "organisation": p.organisation,
                "where": where(p.mentions),
                "references": where(p.references),
            }
            for p in packet.glossary.people
        ],
        "organisations": [
            {
                "name": o.name,
                "aliases": list(o.aliases),
                "acronym": o.acronym,
                "articles": sources(o.articles),
                "mentions": len(o.mentions),
                "members": list(o.members),
                "evidence": o.evidence,
                "where": where(o.mentions),
                "references": where(o.references),
            }
            for o in packet.glossary.organisations
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
                "where": where(t.mentions),
            }
            for t in packet.glossary.terms
        ],
    }


def glossary_text(packet: Packet, explain: bool = False) -> str:
    """A readable listing: people, organisations, then terms, with the articles (by number) that mention them.

    With ``explain`` each entry is followed by its evidence (the sentence its role or expansion
    came from) and where it is mentioned: article number, part and paragraph.
    """
    number = {a.slug: i for i, a in enumerate(packet.articles, start=1)}

    def places(mentions: list[Mention]) -> str:
        seen = dict.fromkeys(
            f"[{number.get(m.article, '?')}] {m.part.value} {m.index}" + ("" if m.kind == "name" else f" ({m.kind})")
            for m in mentions
        )
        return "; ".join(seen)

    def explained(evidence: str | None, mentions: list[Mention]) -> list[str]:
        if not explain:
            return []
        out = [f"      evidence: {evidence}"] if evidence else []
        if mentions:
            out.append(f"      mentioned: {places(mentions)}")
        return out

    lines = ["PEOPLE"]
    for p in packet.glossary.people:
        refs = ", ".join(f"[{number[s]}]" for s in p.articles)
        role = p.role or "(no role stated)"
        aka = f" (also: {', '.join(p.aliases)})" if p.aliases else ""
        lines.append(f"  {p.name} — {role}{aka} {refs}")
        if explain and p.other_roles:
            lines.append(f"      other roles: {'; '.join(p.other_roles)}")
        if explain and p.organisation:
            lines.append(f"      organisation: {p.organisation}")
        lines += explained(p.evidence, [*p.mentions, *p.references])
    if packet.glossary.organisations:
        lines += ["", "ORGANISATIONS"]
    for o in packet.glossary.organisations:
        refs = ", ".join(f"[{number[s]}]" for s in o.articles)
        aka = f" (also: {', '.join(o.aliases)})" if o.aliases else ""
        members = f" — members: {', '.join(o.members)}" if o.members else ""
        lines.append(f"  {o.name}{aka}{members} {refs}")
        lines += explained(o.evidence, [*o.mentions, *o.references])
    lines += ["", "TERMS"]
    for t in packet.glossary.terms:
        refs = ", ".join(f"[{number[s]}]" for s in t.articles)
        expansion = f" ({t.expansion})" if t.expansion and t.expansion != t.term else ""
        if t.definition:
            definition = t.definition
        elif t.defined_by_text:
            definition = "defined in the text"
        else:
            definition = "UNDEFINED: no definition on file"
        lines.append(f"  {t.term}{expansion} — {definition} {refs}")
        lines += explained(t.evidence, t.mentions)
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
