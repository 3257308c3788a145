"""The packet manifest: what it may say, and the one-line errors when it says it wrong."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from click.testing import CliRunner

from brief.cli import main
from brief.errors import BriefError
from brief.manifest import EXAMPLE, apply_manifest, load_manifest
from brief.model import Article
from support import SEEDS, messages


def _article(source: str) -> Article:
    return Article(source=source, slug=source, title=source.upper(), paragraphs=["text"])


def _manifest(tmp_path, text: str):
    path = tmp_path / "brief.toml"
    path.write_text(text, encoding="utf-8")
    return load_manifest(path)


def test_order_and_overrides(tmp_path):
    m = _manifest(
        tmp_path,
        'order = ["b.txt"]\nmarking = "FOR OFFICIAL USE ONLY"\n'
        '[articles."a.txt"]\noutlet = "The Outlet"\nauthor = "Jane Roe"\ndate = 2021-03-18\n',
    )
    result = apply_manifest(m, [_article("a.txt"), _article("b.txt"), _article("c.txt")])
    assert [a.source for a in result] == ["b.txt", "a.txt", "c.txt"]
    assert (result[1].outlet, result[1].byline, result[1].date) == ("The Outlet", "Jane Roe", dt.date(2021, 3, 18))
    assert m.marking == "FOR OFFICIAL USE ONLY"


def test_example_manifest_is_valid_toml_with_known_keys(tmp_path):
    m = _manifest(tmp_path, EXAMPLE)
    assert m.title


@pytest.mark.parametrize(
    "text, needle",
    [
        ('title = "unterminated\n', "brief.toml:1: not valid TOML"),
        ('titel = "typo"\n', "unknown key 'titel'"),
        ("date = \"yesterday\"\n", "must be a date"),
        ('order = ["missing.txt"]\n', "'missing.txt', which is not among"),
        ('[articles."a.txt"]\npublisher = "x"\n', "unknown key 'publisher'"),
    ],
)
def test_bad_manifest_names_the_file(tmp_path, text, needle):
    with pytest.raises(BriefError) as err:
        apply_manifest(_manifest(tmp_path, text), [_article("a.txt")])
    assert "brief.toml" in str(err.value)
    assert needle in str(err.value)


def test_bad_manifest_through_the_cli_is_one_line(tmp_path):
    folder = tmp_path / "packet"
    shutil.copytree(SEEDS, folder)
    (folder / "brief.toml").write_text('title = "x"\naudience = 3\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(folder), "--html", "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert len(messages(result.stderr)) == 1
    assert "brief.toml" in result.stderr and "audience" in result.stderr


def test_init_writes_example_once(tmp_path):
    runner = CliRunner()
    first = runner.invoke(main, ["init", str(tmp_path / "new")])
    assert first.exit_code == 0
    assert (tmp_path / "new" / "brief.toml").read_text(encoding="utf-8") == EXAMPLE
    second = runner.invoke(main, ["init", str(tmp_path / "new")])
    assert second.exit_code == 1 and "already exists" in second.stderr
    assert (tmp_path / "new" / "brief.toml").read_text(encoding="utf-8") == EXAMPLE


def test_seed_manifest_sets_title_and_outlets():
    m = load_manifest(SEEDS / "brief.toml")
    assert m.title and m.articles
