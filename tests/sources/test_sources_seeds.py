"""The two development seeds, read from seeds/ as the packet build reads them."""

from __future__ import annotations

import pytest
from sources_support import SEEDS, squash

from brief.model import Caption
from brief.sources import read_sources


@pytest.fixture(scope="module")
def seeds():
    articles = read_sources([SEEDS])
    return {a.source[:3]: a for a in articles}


def test_folder_reads_both_seeds_in_name_order(seeds):
    assert [a.source for a in read_sources([SEEDS])] == ["000_2ecfcfe68c449655.txt", "002_4255cf75a3f68f5d.txt"]
    assert seeds["000"].slug == "a1-gaps-to-fill-in-ironclad-alliance-betwee"
    assert seeds["002"].slug.startswith("a2-us-secretaries-of-state")


def test_seed_000(seeds):
    a = seeds["000"]
    assert a.title == "Gaps to fill in ‘ironclad’ alliance between Korea, US"
    assert a.byline == "Choi Si-young"
    assert a.section is None and a.subtitle is None
    assert len(a.captions) == 1
    assert a.captions[0].credit == "Yonhap"
    assert a.captions[0].text.endswith("pose for a photo at Cheong Wa Dae, March 18, 2021.")
    text = "\n".join(a.paragraphs)
    assert "Back To Top" not in text and "By Choi" not in text and "(Yonhap)" not in text
    assert a.paragraphs[0].startswith("South Korea and the US have held the first foreign policy talks")
    assert a.paragraphs[-1].endswith("Moon leaves office in May next year.")
    assert "the US was more invested" in text  # NBSP inside the sentence became a space


def test_seed_002(seeds):
    a = seeds["002"]
    assert a.title == "US Secretaries of State and Defense Hold Talks in South Korea"
    assert a.section == "The Koreas"
    assert a.subtitle == (
        "After a joint two-day visit to Japan, the new officials headed to South Korea amid North Korea’s "
        "blunt criticism toward Washington."
    )
    assert a.captions == [
        Caption(
            "Secretary of State Antony Blinken meets with Republic of Korea Foreign Minister Chung Eui-yong, "
            "in Seoul, Republic of Korea, on March 17, 2021.",
            "State Department photo by Ron Przysucha",
        )
    ]
    assert a.byline is None
    squashed = [squash(p) for p in a.paragraphs]
    assert a.title not in squashed
    text = "\n".join(squashed)
    for litter in ("Recent Features", "The Koreas | Diplomacy | East Asia", "Credit:", a.subtitle):
        assert litter not in text
    assert a.paragraphs[0].startswith("U.S. Secretary of State Antony Blinken and Secretary of Defense")
    assert a.paragraphs[-1].endswith("policy in the future.”")


def test_paragraphs_are_single_lines_without_odd_spaces(seeds):
    for a in seeds.values():
        for p in a.paragraphs:
            assert "\n" not in p and "\u00a0" not in p and "  " not in p and p == p.strip()
