"""The command line, driven through Click's CliRunner as a user would type it."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from brief import __version__
from brief.cli import main
from support import SEEDS, messages


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
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"wrote {tmp_path / 'x.html'} (")
    assert "people" in lines[-1] and "terms" in lines[-1]


def _assert_one_line_error(result, needle: str):
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    [err] = messages(result.stderr)
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


def test_empty_file_is_one_line_error(runner, tmp_path):
    empty = tmp_path / "blank.md"
    empty.write_text("  \n\n", encoding="utf-8")
    _assert_one_line_error(runner.invoke(main, ["build", str(empty), "-o", str(tmp_path / "o")]), "blank.md")


def test_output_below_a_file_cannot_be_created_is_one_line_error(runner, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    target = blocker / "out"
    _assert_one_line_error(runner.invoke(main, ["build", str(SEEDS), "--html", "-o", str(target)]), str(target))


def test_malformed_html_builds(runner, tmp_path):
    from support import DATA

    result = runner.invoke(main, ["build", str(DATA / "sources" / "malformed.html"), "--html", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output + result.stderr
    assert (tmp_path / "briefing.html").is_file()


def test_identical_articles_give_one_warning_line_and_one_article(runner, tmp_path):
    import shutil

    folder = tmp_path / "dup"
    folder.mkdir()
    seed = sorted(SEEDS.glob("*.txt"))[0]
    shutil.copy(seed, folder / "a.txt")
    shutil.copy(seed, folder / "b.txt")
    result = runner.invoke(main, ["glossary", str(folder), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    warnings = messages(result.stderr)
    assert len(warnings) == 1 and warnings[0].startswith("brief: warning: ") and "b.txt" in warnings[0]
    assert [a["source"] for a in json.loads(result.stdout)["articles"]] == ["a.txt"]


def test_sources_are_never_modified(runner, tmp_path):
    import shutil

    folder = tmp_path / "src"
    shutil.copytree(SEEDS, folder)
    before = {f.name: (f.read_bytes(), f.stat().st_mtime_ns) for f in folder.iterdir()}
    assert runner.invoke(main, ["build", str(folder), "-o", str(tmp_path / "o")]).exit_code == 0
    after = {f.name: (f.read_bytes(), f.stat().st_mtime_ns) for f in folder.iterdir()}
    assert after == before


def test_glossary_explain_shows_evidence_and_places(runner):
    result = runner.invoke(main, ["glossary", str(SEEDS), "--explain"])
    assert result.exit_code == 0, result.stderr
    out = result.output
    at = out.index("Shin Beom-chul")
    entry = out[at : out.index("\n  ", at + 1)]
    assert "said Shin Beom-chul, director of the Center for Diplomacy and Security" in " ".join(out[at:at + 800].split())
    assert "evidence:" in out and "mentioned:" in out
    assert "evidence:" not in runner.invoke(main, ["glossary", str(SEEDS)]).output
    assert entry
