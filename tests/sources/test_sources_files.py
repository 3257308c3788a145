"""Files and folders: encodings, ordering, what is skipped, and one-line errors naming the file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from brief.errors import BriefError
from brief.sources import read_sources
from brief.sources.decode import decode_bytes

ARTICLE = "Ports Agree on Café Standards\n\nThe ministers agreed on “common rules” for harbour cafés.\n"


def _error(paths) -> BriefError:
    with pytest.raises(BriefError) as err:
        read_sources([Path(p) for p in paths])
    assert "\n" not in str(err.value)
    return err.value


@pytest.mark.parametrize(
    "data",
    [
        ARTICLE.encode("utf-8"),
        b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"),
        ARTICLE.encode("utf-16"),  # with its byte-order mark
        b"\xfe\xff" + ARTICLE.encode("utf-16-be"),
        ARTICLE.encode("cp1252"),
        ARTICLE.replace("\n", "\r\n").encode("cp1252"),
        ARTICLE.replace("\n", "\r").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "cp1252", "cp1252-crlf", "cr"],
)
def test_encodings(tmp_path, data):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    [article] = read_sources([path])
    assert article.title == "Ports Agree on Café Standards"
    assert article.paragraphs == ["The ministers agreed on “common rules” for harbour cafés."]
    assert article.source == "a.txt" and article.slug == "a1-ports-agree-on-cafe-standards"


def test_nfc_normalised():
    assert decode_bytes("Cafe\u0301\r\n".encode()) == "Caf\u00e9\n"


def test_binary_file(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 8)
    err = _error([path])
    assert str(path) in str(err) and "binary" in str(err)


def test_binary_without_nul_bytes(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(b for b in range(1, 32) if b not in (9, 10, 13)) * 40 + b"text")
    assert "binary" in str(_error([path]))


@pytest.mark.parametrize("content", [b"", b"   \n\n\t \n", "\u00a0\n \n".encode()])
def test_empty_file(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    err = _error([path])
    assert str(err) == f"{path}: file is empty"


def test_only_litter_is_an_error(tmp_path):
    path = tmp_path / "menu.txt"
    path.write_text("Back To Top\n\nShare this\n\n###\n", encoding="utf-8")
    err = _error([path])
    assert str(path) in str(err) and "no article text" in str(err)


def test_missing_path(tmp_path):
    err = _error([tmp_path / "nope"])
    assert str(err) == f"{tmp_path / 'nope'}: no such file or folder"


def test_empty_folder(tmp_path):
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "brief.toml").write_text('title = "x"\n', encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")  # pictures sit beside articles by design
    (tmp_path / "sub.txt").mkdir()
    err = _error([tmp_path])
    assert str(err) == f"{tmp_path}: no articles (.txt, .md, .html, .pdf, .docx) in this folder"


def test_unreadable_folder(tmp_path, monkeypatch):
    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "iterdir", refuse)
    err = _error([tmp_path])
    assert str(tmp_path) in str(err) and "cannot read" in str(err)


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert str(path) in str(_error([path]))


def test_explicit_file_needs_an_article_suffix(tmp_path):
    path = tmp_path / "brief.toml"
    path.write_text('title = "x"\n', encoding="utf-8")
    err = _error([path])
    assert str(path) in str(err) and ".txt" in str(err)


def test_html_without_article_text(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>", encoding="utf-8")
    assert str(_error([path])) == f"{path}: no article text found in this HTML page"


def test_folder_order_skips_and_numbering(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, title in [("b.md", "Second Story Here"), ("a.txt", "First Story Here"), ("C.TXT", "Third Story Here")]:
        (folder / name).write_text(f"{title}\n\nSome text for the story {title.split()[0]}.\n", encoding="utf-8")
    (folder / ".draft.txt").write_text("Hidden Story\n\nText.\n", encoding="utf-8")
    (folder / "brief.toml").write_text('title = "x"\n', encoding="utf-8")
    (folder / "image.png").write_bytes(b"\x89PNG\0\0")
    (folder / "old").mkdir()
    (folder / "old" / "z.txt").write_text("Nested Story\n\nText.\n", encoding="utf-8")
    single = tmp_path / "last.txt"
    single.write_text("Last Story Here\n\nMore text.\n", encoding="utf-8")
    articles = read_sources([folder, single])
    assert [a.source for a in articles] == ["a.txt", "b.md", "C.TXT", "last.txt"]
    assert [a.slug for a in articles] == [
        "a1-first-story-here",
        "a2-second-story-here",
        "a3-third-story-here",
        "a4-last-story-here",
    ]


def test_explicit_hidden_file_is_read(tmp_path):
    path = tmp_path / ".draft.txt"
    path.write_text("Hidden Story\n\nText of it.\n", encoding="utf-8")
    assert read_sources([path])[0].title == "Hidden Story"


def test_markdown_file(tmp_path):
    path = tmp_path / "statement.md"
    path.write_text(
        " \n# Trilateral **Port** Statement\n\nThe leaders met on the 21<sup>st</sup> and agreed to\n"
        "share *harbor* data, including middle-\nincome ports, in real time \\[sic\\].\n\n\\*\\*\\*\n\n"
        "II. **SECOND PART**\n\nMore text follows here.\n\n\\###\n",
        encoding="utf-8",
    )
    [a] = read_sources([path])
    assert a.title == "Trilateral Port Statement"
    assert a.paragraphs == [
        "The leaders met on the 21st and agreed to share harbor data, including middle-income ports, in real time [sic].",
        "II. SECOND PART",
        "More text follows here.",
    ]


def test_fallback_title_from_first_sentence(tmp_path):
    path = tmp_path / "04_statement.txt"
    path.write_text(
        "National Security Advisors of the three countries met for talks on April 2,\n"
        "2021 at the Naval Academy to consult on a review of policy. They agreed\n"
        "to meet again.\n",
        encoding="utf-8",
    )
    [a] = read_sources([path])
    assert a.title == "National Security Advisors of the three countries met for talks on April 2, 2021…"
    assert len(a.paragraphs) == 1


def test_markdown_front_matter(tmp_path):
    path = tmp_path / "04.md"
    path.write_text(
        '---\ntitle: "Trilateral Advisors’ Press Statement"\ndate: 2021-04-02\nauthor: Press Office\n'
        "tags:\n  - korea\n---\n\n# Trilateral Advisors’ Press Statement\n\nThe advisors met for talks\n"
        "at the academy.\n",
        encoding="utf-8",
    )
    [a] = read_sources([path])
    assert (a.title, a.date, a.byline) == ("Trilateral Advisors’ Press Statement", dt.date(2021, 4, 2), "Press Office")
    assert a.paragraphs == ["The advisors met for talks at the academy."]


def test_rules_are_not_front_matter(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\nPort Talks Resume\n---\n\nThe talks resumed on Monday, officials said.\n", encoding="utf-8")
    [a] = read_sources([path])
    assert a.title == "Port Talks Resume"
    assert a.paragraphs == ["The talks resumed on Monday, officials said."]


def test_headline_wrapped_over_two_lines(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "Port Operators From Three Countries Sign a Five-Year\nMaintenance Pact in Seoul\n\n"
        "The operators signed the pact on Thursday, officials said.\n",
        encoding="utf-8",
    )
    [a] = read_sources([path])
    assert a.title == "Port Operators From Three Countries Sign a Five-Year Maintenance Pact in Seoul"
