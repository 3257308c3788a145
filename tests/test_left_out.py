"""One bad article never stops a packet: it is named in one warning and left out; --strict stops."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from brief.cli import main
from support import SEEDS, squash, messages

# Each is unreadable for a different reason; the line is where the problem is, when it has one.
BAD = {
    "broken-yaml.md": ('---\ntitle: "Talks resume\nauthor: [Ana, Bo\n---\n\nThe talks resumed.\n', 2),
    "unclosed.md": ("---\ntitle: Talks resume\nauthor: Ana\n\nThe talks resumed on Monday.\n", 1),
    "binary.txt": (bytes(range(256)) * 4, None),
    "empty.txt": ("  \n\n\u00a0\n", None),
    "only-litter.txt": ("Back To Top\n\nShare this article\n\n###\n", None),
}


@pytest.fixture()
def folder(tmp_path):
    """The two seeds and one unreadable file of each kind."""
    folder = tmp_path / "packet"
    shutil.copytree(SEEDS, folder)
    for name, (content, _line) in BAD.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def test_bad_articles_are_warned_about_and_left_out(folder, tmp_path):
    result = CliRunner().invoke(main, ["build", str(folder), "--pdf", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    warnings = messages(result.stderr)
    assert len(warnings) == len(BAD), warnings
    for name, (_content, line) in BAD.items():
        [warning] = [w for w in warnings if f"/{name}:" in w]
        assert warning.startswith("brief: warning: ") and warning.endswith("; left out")
        if line is not None:
            assert f"{name}:{line}: " in warning
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.startswith(f"2 articles ({len(BAD)} files left out: ")
    assert all(name in summary for name in BAD)
    # The sources page of the PDF says what was left out and why.
    pdf = PdfReader(tmp_path / "out" / "briefing.pdf")
    last = squash(pdf.pages[-1].extract_text())
    assert squash("Left out") in last
    assert all(squash(name) in last for name in BAD)


def test_strict_makes_the_first_warning_an_error(folder, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(folder), "--strict", "--html", "-o", str(out)])
    assert result.exit_code == 1
    [line] = messages(result.stderr)
    assert line.startswith("brief: error: ") and "left out" in line
    assert not out.exists() or not any(out.iterdir())


def test_strict_with_nothing_wrong_builds(tmp_path):
    result = CliRunner().invoke(main, ["glossary", str(SEEDS), "--strict"])
    assert result.exit_code == 0 and messages(result.stderr) == []


def test_all_sources_bad_is_an_error(tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    for name in ("a.md", "b.md"):
        (folder / name).write_text(BAD["broken-yaml.md"][0], encoding="utf-8")
    result = CliRunner().invoke(main, ["glossary", str(folder)])
    assert result.exit_code == 1
    lines = messages(result.stderr)
    assert [line.split(": ")[0] for line in lines] == ["brief", "brief", "brief"]
    assert lines[-1].startswith("brief: error: ") and "none of the 2 files could be read" in lines[-1]
