"""The Schwartz–Hearst matcher on its own: the shapes definitions take in real text."""

from __future__ import annotations

import pytest

from brief.glossary.acronyms import definitions, is_short_form

DPRK = "Democratic People's Republic of Korea"
CASES = [
    ("the Democratic People's Republic of Korea (DPRK) said", "DPRK", DPRK),
    ("talks with the DPRK (Democratic People's Republic of Korea) stalled", "DPRK", DPRK),
    ("the Republic of\u00a0Korea\n(ROK) met", "ROK", "Republic of Korea"),
    ("in line with United Nations Security\nCouncil (UNSC)resolutions.", "UNSC", "United Nations Security Council"),
    ("the 27th Conference of the Parties to the U.N. Framework Convention on Climate Change (COP27).", "COP27",
     "27th Conference of the Parties to the U.N. Framework Convention on Climate Change"),
    ("Ayeyawady-Chao Phraya-Mekong Economic Cooperation Strategy (ACMECS) to ensure", "ACMECS",
     "Ayeyawady-Chao Phraya-Mekong Economic Cooperation Strategy"),
    ("spending on research and development (R&D) rose", "R&D", "research and development"),
]


@pytest.mark.parametrize("text, short, long", CASES)
def test_definition_found(text, short, long):
    found = definitions(text)
    assert [(d.short, d.long) for d in found] == [(short, long)]
    d = found[0]
    assert text[d.short_span[0] : d.short_span[1]] == short
    assert " ".join(text[d.long_span[0] : d.long_span[1]].split()) == long


@pytest.mark.parametrize(
    "text",
    [
        "President Moon Jae-in (center) and aides",
        "a photo at Cheong Wa Dae, March 18, 2021. (Yonhap)",
        "the compatriots” (meaning North Koreans) in a statement",
        "the alliance (ROK) is strong",  # the letters are not there in order
    ],
)
def test_no_definition(text):
    assert definitions(text) == []


def test_short_form_shape():
    assert is_short_form("COP27") and is_short_form("R&D") and is_short_form("G7")
    assert not is_short_form("center") and not is_short_form("Yonhap") and not is_short_form("X")
