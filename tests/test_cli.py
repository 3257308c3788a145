"""The command line, driven through Click's CliRunner as a user would type it."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from brief import __version__
from brief.cli import main
from support import SEEDS


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def test_version(runner):
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


@pytest.mark.parametrize("args", [[], ["build"], ["glossary"]])
def test_help_everywhere(runner, args):
    result = runner.invoke(main, [*args, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.output


def test_glossary_json_lists_people_and_terms(runner, seeds_expected):
    result = runner.invoke(main, ["glossary", str(SEEDS), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    # A person is found by the name or by one of the other forms listed ("Lloyd Austin" is an
    # alias of the fuller "Lloyd Austin III" the second article prints).
    people = {form: p for p in data["people"] for form in [p["name"], *p["aliases"]]}
    for name, role in seeds_expected["people"].items():
        assert name in people, name
        assert role.lower() in (people[name]["role"] or "").lower(), (name, people[name]["role"])
        assert people[name]["articles"], name
    terms = {t["term"]: t for t in data["terms"]}
    for term, expansion in seeds_expected["terms"].items():
        assert expansion.lower() in terms[term]["expansion"].lower()
        assert terms[term]["definition"]
    for entry in data["people"]:
        assert set(entry) >= {"name", "role", "aliases", "articles"}
    for entry in data["terms"]:
        assert set(entry) >= {"term", "expansion", "definition", "articles"}


def test_glossary_json_matches_the_packet_glossary(runner, seeds_build):
    packet, _ = seeds_build
    data = json.loads(runner.invoke(main, ["glossary", str(SEEDS), "--format", "json"]).output)
    assert [p["name"] for p in data["people"]] == [p.name for p in packet.glossary.people]
    assert [t["term"] for t in data["terms"]] == [t.term for t in packet.glossary.terms]


def test_glossary_text(runner):
    result = runner.invoke(main, ["glossary", str(SEEDS)])
    assert result.exit_code == 0
    assert "THAAD" in result.output and "Antony Blinken" in result.output


def test_build_reports_each_file_and_glossary_counts(runner, tmp_path):
    result = runner.invoke(main, ["build", str(SEEDS), "--html", "-o", str(tmp_path), "--name", "x"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "x.html").is_file()
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.epub").exists()
    lines = result.output.splitlines()
    assert lines[0].startswith(f"wrote {tmp_path / 'x.html'} (")
    assert "people" in lines[-1] and "terms" in lines[-1]


def _assert_one_line_error(result, needle: str):
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    err = result.stderr.strip()
    assert len(err.splitlines()) == 1, err
    assert err.startswith("brief: error: ")
    assert needle in err


def test_missing_folder_is_one_line_error(runner, tmp_path):
    missing = tmp_path / "nope"
    _assert_one_line_error(runner.invoke(main, ["build", str(missing), "-o", str(tmp_path)]), str(missing))


def test_empty_folder_is_one_line_error(runner, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    _assert_one_line_error(runner.invoke(main, ["build", str(empty), "-o", str(tmp_path / "o")]), str(empty))


def test_binary_file_is_one_line_error(runner, tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    _assert_one_line_error(runner.invoke(main, ["build", str(binary), "-o", str(tmp_path / "o")]), "photo.txt")
    _assert_one_line_error(runner.invoke(main, ["glossary", str(binary)]), "photo.txt")


def test_output_folder_that_is_a_file_is_one_line_error(runner, tmp_path):
    blocker = tmp_path / "out"
    blocker.write_text("not a folder")
    _assert_one_line_error(runner.invoke(main, ["build", str(SEEDS), "--html", "-o", str(blocker)]), str(blocker))
    assert blocker.read_text() == "not a folder"
