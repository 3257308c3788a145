"""README.md must stay true: its CLI reference matches --help, its test command is what CI runs."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from brief.cli import main
from support import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["build", "glossary", "add", "init"])
def test_every_option_in_help_is_documented(command):
    help_text = CliRunner().invoke(main, [command, "--help"]).output
    assert "Usage:" in help_text
    assert f"brief {command}" in README
    options = set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", help_text)) - {"--help"}
    for option in options:
        assert option in README, f"{option} of `brief {command}` is missing from README"


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "<!-- test-command -->" in README and "<!-- test-command -->" in ci
    command = README.split("<!-- test-command -->")[1].split("```")[1].splitlines()[1]
    assert "pytest" in command
