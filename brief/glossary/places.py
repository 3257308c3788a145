"""Countries and regions: names the glossary must never take for people.

"Viet Nam", "Northern Ireland" and "Republic of Korea" are capitalised like names, and in
"said Viet Nam" or "Northern Ireland, a nation of the UK" the text even seems to vouch for
them. Every country's forms come from data, not a hand list:

- pycountry's ISO 3166 names: ``name`` ("Viet Nam"), ``official_name`` ("Socialist Republic of
  Viet Nam"), ``common_name`` ("Vietnam"), and the ISO 3166-2 subdivisions (states, provinces,
  the nations of the UK);
- ``countries.toml``, generated from the CIA World Factbook: conventional long forms,
  abbreviations, nationality adjectives ("Vietnamese") and capitals;
- ``cities.txt``, from GeoNames: large cities whose names are several words ("Las Vegas").

An adjective two countries share ("Korean", "Congolese") names neither; the organisations
file's ``[countries]`` table says which country such a word means in a packet's texts.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_COUNTRIES = Path(__file__).with_name("countries.toml")
_CITIES = Path(__file__).with_name("cities.txt")


@dataclass(frozen=True)
class Places:
    country_of: dict[str, str]  # printed form (as printed, case kept) -> the country's short name
    adjectives: frozenset[str]  # nationality adjectives, lower-case ("vietnamese")
    regions: frozenset[str]  # subdivision and large-city names, lower-case ("northern ireland", "las vegas")
    folded: frozenset[str]  # country forms longer than an abbreviation, lower-case

    def is_place(self, name: str) -> bool:
        """Whether ``name``, as a whole, is a country (any form), a capital or a region."""
        key = name.casefold()
        return name in self.country_of or key in self.regions or key in self.folded


@cache
def places() -> Places:
    import pycountry  # imported here: its data loads on first use

    data = tomllib.loads(_COUNTRIES.read_text(encoding="utf-8"))
    country_of: dict[str, str] = {}
    adjective_of: dict[str, set[str]] = {}
    for name, entry in data.items():
        for form in [name, *entry.get("forms", []), *([entry["capital"]] if "capital" in entry else [])]:
            country_of.setdefault(form, name)
        for adjective in entry.get("adjectives", []):
            adjective_of.setdefault(adjective, set()).add(name)
    for country in pycountry.countries:
        names = [n for n in (getattr(country, a, None) for a in ("common_name", "name", "official_name")) if n]
        known = next((country_of[n] for n in names if n in country_of), names[0])
        for n in names:
            country_of.setdefault(n, known)
    for adjective, owners in adjective_of.items():
        if len(owners) == 1:
            country_of.setdefault(adjective, next(iter(owners)))
    regions = frozenset(s.name.casefold() for s in pycountry.subdivisions)
    cities = (line.strip() for line in _CITIES.read_text(encoding="utf-8").splitlines())
    regions |= {c.casefold() for c in cities if c and not c.startswith("#")}
    folded = frozenset(f.casefold() for f in country_of if len(f) > 3)
    return Places(country_of, frozenset(a.casefold() for a in adjective_of), regions, folded)
