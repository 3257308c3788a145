"""Transcripts: speaker labels become turns with speakers; stamps and place lines are not text."""

from __future__ import annotations

import pytest

from brief.sources import read_file
from brief.sources.transcript import is_time_stamp, split_speakers

# Each opens as real transcripts do: place lines, a time stamp, then labelled turns.
PRESS_CALL = """Via Teleconference

3:08 P.M. CEST

MODERATOR:  Thanks, everyone, for joining this call on the summit.  It is on background.

SENIOR ADMINISTRATION OFFICIAL:  Thanks.  The leaders will meet on Thursday to agree a
plan for grain exports through the Black Sea.

Our aim is simple: keep the ports open.

Q    Thanks.  Will the plan need a vote in the council?

SENIOR ADMINISTRATION OFFICIAL:  No, it will not.

MODERATOR:  That is all the time we have.

END  3:41 P.M. CEST
"""

TITLE_CASE = """Parliament House, Canberra

Prime Minister Albanese: Good morning. Today we announce the new port agreement.

Journalist: Prime Minister, when will it be signed?

Prime Minister Albanese: Next month, in Jakarta.

Journalist: And the cost?

Prime Minister Albanese: Within the budget.
"""

LONE_LABELS = """Aboard Air Force One
En Route Warsaw, Poland

10:15 A.M. CET

MS. KOWALSKA:
Good morning. A few items before we land.

Q
Will the President meet President Duda?

MS. KOWALSKA:
Yes, this afternoon.
"""

FACT_SHEET = """Fact Sheet: Clean Ports Partnership

STRENGTHENING SUPPLY CHAINS: The partners will map the supply of port cranes.

PROMOTING CLEAN SHIPPING: The partners will fund shore power at ten ports.

Key terms of the partnership include: joint audits and a yearly review.
"""


def _read(tmp_path, text, name="a.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_file(path)


def test_press_call_turns_and_speakers(tmp_path):
    a = _read(tmp_path, "---\ntitle: Background Press Call on the Summit\n---\n" + PRESS_CALL, "call.md")
    assert a.title == "Background Press Call on the Summit"
    assert a.paragraphs[0].startswith("Thanks, everyone, for joining")
    assert a.speakers == {0: "MODERATOR", 1: "SENIOR ADMINISTRATION OFFICIAL", 3: "Q", 4: "SENIOR ADMINISTRATION OFFICIAL", 5: "MODERATOR"}
    # An unlabelled paragraph continues the turn before it.
    assert a.speaker_of(2) == "SENIOR ADMINISTRATION OFFICIAL"
    text = "\n".join(a.paragraphs)
    for gone in ("Via Teleconference", "3:08", "END", "3:41", "MODERATOR:", "Q "):
        assert gone not in text


def test_title_never_comes_from_a_time_stamp_or_place(tmp_path):
    a = _read(tmp_path, PRESS_CALL)
    assert "3:08" not in a.title and "Teleconference" not in a.title
    assert not is_time_stamp(a.title)


def test_title_case_labels_that_recur(tmp_path):
    a = _read(tmp_path, "---\ntitle: Press Conference, Canberra\n---\n" + TITLE_CASE, "pc.md")
    assert [a.speakers.get(i) for i in range(len(a.paragraphs))] == [
        "Prime Minister Albanese", "Journalist", "Prime Minister Albanese", "Journalist", "Prime Minister Albanese"]
    assert a.paragraphs[1] == "Prime Minister, when will it be signed?"
    assert "Parliament House" not in " ".join(a.paragraphs)


def test_labels_on_their_own_line(tmp_path):
    a = _read(tmp_path, "---\ntitle: Press Gaggle\n---\n" + LONE_LABELS, "gaggle.md")
    assert a.paragraphs == ["Good morning. A few items before we land.", "Will the President meet President Duda?", "Yes, this afternoon."]
    assert a.speakers == {0: "MS. KOWALSKA", 1: "Q", 2: "MS. KOWALSKA"}


def test_headings_with_colons_are_not_speakers(tmp_path):
    """A fact sheet's lead-ins in capitals never recur and name no speaker: not a transcript."""
    a = _read(tmp_path, FACT_SHEET)
    assert a.speakers == {}
    assert a.paragraphs[0].startswith("STRENGTHENING SUPPLY CHAINS: ")


def test_one_opening_speaker_is_a_transcript():
    paragraphs, speakers = split_speakers(["THE PRESIDENT:  Thank you all.  Please sit down.", "It is good to be back."])
    assert paragraphs == ["Thank you all.  Please sit down.", "It is good to be back."]
    assert speakers == {0: "THE PRESIDENT"}


@pytest.mark.parametrize("line", ["3:07 P.M. EST", "11:23 a.m. EDT", "10:02 KST", "END 3:45 P.M. EST", "END", "9:53 P.M. IST"])
def test_time_stamps(line):
    assert is_time_stamp(line)


@pytest.mark.parametrize("line", ["3:07 is when it began.", "The END of an era", "Vote at 3:00 P.M. on the bill"])
def test_not_time_stamps(line):
    assert not is_time_stamp(line)
