"""Every name prints in its own script: fonts that have each character, lang-marked runs,
a warning for what no font has (issue: every name prints)."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pypdf
import pytest
from click.testing import CliRunner
from lxml import etree

from brief.cli import main
from brief.paths import styles_dir
from brief.render.scripts import language, mark_runs
from pdf_glyphs import bundled_cmaps, drawn_characters
from support import DATA, epubcheck, epubcheck_problems

PACKET = DATA / "scripts"
# The names the test article prints in their own scripts, and the Latin letters that used to
# come out wrong; every one must be drawn by a font that has it.
NAMES = ["윤석열", "김은정", "习近平", "蔡英文", "岸田文雄", "カタカナ", "Владимир Путин", "Κυριάκος Μητσοτάκης",
         "בנימין נתניהו", "محمد بن سلمان", "Bùi Thanh Sơn", "Phạm Minh Chính", "Đình Tuấn", "Nguyễn Xuân Phúc",
         "Radosław", "Łódź", "İstanbul", "Ağrı"]
XHTML = {"x": "http://www.w3.org/1999/xhtml"}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("scripts")
    result = CliRunner().invoke(main, ["build", str(PACKET), "-o", str(out), "--pdf", "--epub", "--html"])
    assert result.exit_code == 0, result.output
    assert "warning" not in result.output  # every character has a font
    return out


def test_every_character_is_drawn_by_a_font_that_has_it(built):
    drawn = drawn_characters(built / "briefing.pdf", bundled_cmaps(styles_dir() / "fonts"))
    bad = [d for d in drawn if not d.in_font]
    assert not bad, bad[:10]
    fonts_of: dict[str, set[str]] = {}
    for d in drawn:
        fonts_of.setdefault(d.char, set()).add(d.font)
    needed = {c for name in NAMES for c in name if not c.isspace()}
    assert not needed - set(fonts_of), sorted(needed - set(fonts_of))
    # Each script from its own face, never from a stray system font.
    for char, family in [("윤", "Noto-Serif-KR"), ("习", "Noto-Serif-SC"), ("カ", "Noto-Serif-JP"),
                         ("מ", "Noto-Serif-Hebrew"), ("م", "Noto-Naskh-Arabic"), ("П", "Source-Serif-4"),
                         ("ł", "Source-Serif-4"), ("ạ", "Source-Serif-4")]:
        assert any(f.startswith(family) for f in fonts_of[char]), (char, fonts_of[char])
    assert not any("DejaVu" in f for fs in fonts_of.values() for f in fs)


def test_the_pdf_text_reads_back_in_every_script(built):
    text = "".join(page.extract_text() for page in pypdf.PdfReader(built / "briefing.pdf").pages)
    flat = re.sub(r"\s+", "", text)
    for name in NAMES:
        if re.search(r"[\u0590-\u06ff]", name):
            continue  # right-to-left text comes out of PDF extractors in visual order
        assert re.sub(r"\s+", "", name) in flat, name


def test_runs_carry_their_language_in_html_and_epub(built):
    html = etree.HTML((built / "briefing.html").read_bytes())
    marked = {(e.tag, e.get("lang"), e.text) for e in html.iter("span", "bdi") if e.get("lang")}
    for expected in [("span", "ko", "윤석열"), ("span", "zh-Hans", "习近平"), ("span", "ja", "カタカナ"),
                     ("span", "und-Cyrl", "Владимир Путин"), ("span", "el", "Κυριάκος Μητσοτάκης"),
                     ("bdi", "he", "בנימין נתניהו"), ("bdi", "ar", "محمد بن سلمان")]:
        assert expected in marked, expected
    with zipfile.ZipFile(built / "briefing.epub") as book:
        article = next(n for n in book.namelist() if n.endswith(".xhtml") and "leaders" in n)
        tree = etree.fromstring(book.read(article))
    runs = tree.xpath("//x:span[@lang='ko']", namespaces=XHTML)
    assert runs and runs[0].get("{http://www.w3.org/XML/1998/namespace}lang") == "ko"


def test_epub_embeds_the_faces_it_needs_and_passes_epubcheck(built, tmp_path):
    with zipfile.ZipFile(built / "briefing.epub") as book:
        fonts = {Path(n).name: len(book.read(n)) for n in book.namelist() if n.endswith(".ttf")}
        css = book.read("EPUB/styles/ereader-fonts.css").decode()
    assert {"noto-serif-kr-regular.ttf", "noto-serif-sc-regular.ttf", "noto-naskh-arabic-regular.ttf",
            "noto-serif-hebrew-regular.ttf", "source-serif-4-regular.ttf"} <= set(fonts)
    # Cut to what the book uses: a few names, not the whole 1.5 MB Korean face.
    assert fonts["noto-serif-kr-regular.ttf"] < 50_000
    for name in fonts:
        assert name in css
    assert epubcheck_problems(epubcheck(built / "briefing.epub", tmp_path)) == []


def test_an_english_packet_embeds_no_other_script(seeds_build):
    _, outputs = seeds_build
    with zipfile.ZipFile(outputs["epub"].path) as book:
        fonts = sorted(Path(n).name for n in book.namelist() if n.endswith(".ttf"))
        css = book.read("EPUB/styles/ereader-fonts.css").decode()
    assert fonts == ["source-serif-4-bold-italic.ttf", "source-serif-4-bold.ttf", "source-serif-4-italic.ttf",
                     "source-serif-4-regular.ttf"]
    assert "noto-serif-kr" not in css  # no rule may name a file the book does not have


def test_a_character_no_font_has_is_one_warning_naming_it(tmp_path):
    (tmp_path / "a.md").write_text("# A private sign\n\nThe sign \ue000 and \ue000 again, and 𓀀 too.\n",
                                   encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(tmp_path), "-o", str(tmp_path / "out"), "--epub"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("brief: warning:")]
    assert len(lines) == 1, lines
    assert "a.md" in lines[0] and "U+E000 (private use)" in lines[0] and "U+13000 (Egyptian)" in lines[0]


def test_glossary_keeps_the_name_in_its_own_script():
    result = CliRunner().invoke(main, ["glossary", str(PACKET)])
    assert result.exit_code == 0, result.output
    assert re.search(r"Yoon Suk Yeol — South Korean President \(also: 윤석열\)", result.output)
    assert re.search(r"Vladimir Putin — Russian President \(also: Владимир Путин\)", result.output)


@pytest.mark.parametrize("run, tag", [
    ("윤석열", "ko"), ("岸田文雄さん", "ja"), ("习近平", "zh-Hans"), ("賴清德", "zh-Hant"), ("中国", "zh-Hans"),
    ("文", "zh"), ("Володимир Зеленський", "und-Cyrl"), ("Київ", "uk"), ("Владимир Путин", "und-Cyrl"), ("Выборы", "ru"), ("Александар Вучић", "sr"),
    ("محمد", "ar"), ("پزشکیان", "fa"), ("שלום", "he"), ("Αθήνα", "el"),
])
def test_language_from_letters(run, tag):
    script = {"ko": "cjk", "ja": "cjk", "zh": "cjk", "uk": "cyrillic", "ru": "cyrillic", "sr": "cyrillic", "und": "cyrillic",
              "ar": "arabic", "fa": "arabic", "he": "hebrew", "el": "greek"}[tag.split("-")[0]]
    assert language(script, run) == tag


def test_marking_leaves_markup_and_the_head_alone():
    page = '<html><head><title>윤석열</title></head><body><p title="习近平">Kim (김은정) &amp; co</p></body></html>'
    marked = mark_runs(page)
    assert "<title>윤석열</title>" in marked and 'title="习近平"' in marked
    assert '<span lang="ko">김은정</span>' in marked
    assert mark_runs("<p>plain</p>") == "<p>plain</p>"
