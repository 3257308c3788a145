"""Builds on both cores, the font cache and the progress lines (issue: speed).

Speed itself is measured by benchmarks/bench.py, not here; these tests check that the faster
paths give the same packet, and fail cleanly.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from brief import render
from brief.cli import main
from support import SEEDS


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("seeds")
    for f in SEEDS.iterdir():
        shutil.copy(f, folder / f.name)
    return folder


def run(*args: str):
    return CliRunner().invoke(main, ["build", *args])


def test_one_or_two_processes_give_the_same_bytes(seeds, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    assert run(str(seeds), "-o", str(one), "--jobs", "1", "--pdf", "--epub", "--no-cache").exit_code == 0
    result = run(str(seeds), "-o", str(two), "--jobs", "2", "--pdf", "--epub")
    assert result.exit_code == 0, result.output
    for name in ("briefing.pdf", "briefing.epub"):
        assert (one / name).read_bytes() == (two / name).read_bytes(), name


def test_a_failure_in_the_worker_is_one_line_and_keeps_the_old_packet(seeds, tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert run(str(seeds), "-o", str(out), "--pdf", "--epub", "-q").exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def broken(*args, **kwargs):
        raise RuntimeError("the e-book writer broke")

    monkeypatch.setattr(render, "render_epub", broken)  # the forked worker inherits the patch
    result = run(str(seeds), "-o", str(out), "--pdf", "--epub", "--jobs", "2")
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("brief: error:")]
    assert len(errors) == 1 and "the e-book writer broke" in errors[0]
    assert "Traceback" not in result.output
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_cut_fonts_are_cached_and_a_new_text_misses(seeds, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    fonts = tmp_path / "cache" / "brief" / "fonts"
    assert run(str(seeds), "-o", str(tmp_path / "a"), "--epub", "--no-cache").exit_code == 0
    assert not fonts.exists()
    assert run(str(seeds), "-o", str(tmp_path / "b"), "--epub").exit_code == 0
    first = set(fonts.iterdir())
    assert len(first) == 4  # the four faces of the reading face the seeds use
    assert run(str(seeds), "-o", str(tmp_path / "c"), "--epub").exit_code == 0
    assert set(fonts.iterdir()) == first  # a hit: nothing new
    same = (tmp_path / "a" / "briefing.epub").read_bytes()
    assert (tmp_path / "b" / "briefing.epub").read_bytes() == same == (tmp_path / "c" / "briefing.epub").read_bytes()
    edited = tmp_path / "edited"
    shutil.copytree(seeds, edited)
    first_file = sorted(edited.glob("*.txt"))[0]
    first_file.write_text(first_file.read_text(encoding="utf-8") + "\nA closing line with ŵ and ŷ.\n", encoding="utf-8")
    assert run(str(edited), "-o", str(tmp_path / "d"), "--epub").exit_code == 0
    assert len(set(fonts.iterdir()) - first) >= 1  # new characters: the regular face is cut again


def test_progress_lines_and_quiet(seeds, tmp_path):
    result = run(str(seeds), "-o", str(tmp_path / "a"), "--pdf", "--epub")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    for stage in ("brief: reading and analysing the articles", "brief: laying out the PDF", "brief: writing the EPUB"):
        assert any(line.startswith(stage) for line in lines), (stage, lines)
    quiet = run(str(seeds), "-o", str(tmp_path / "b"), "--pdf", "-q")
    assert quiet.exit_code == 0
    assert [line.split(" ")[0] for line in quiet.output.splitlines()] == ["wrote"]


def test_an_unchanged_pdf_comes_from_the_cache_and_any_change_misses(tmp_path):
    from brief.build import load_packet
    from brief.cache import Cache
    from brief.paths import styles_dir
    from brief.render import render_pdf

    theme = tmp_path / "theme"
    shutil.copytree(styles_dir(), theme)
    cache = Cache(tmp_path / "cache")
    packet = load_packet([SEEDS])
    first, pages = render_pdf(packet, styles=theme, cache=cache)
    entries = set((tmp_path / "cache" / "pdf").iterdir())
    assert len(entries) == 1
    assert render_pdf(packet, styles=theme, cache=cache) == (first, pages)  # a hit: same bytes
    assert set((tmp_path / "cache" / "pdf").iterdir()) == entries
    (theme / "print.css").write_text((theme / "print.css").read_text(encoding="utf-8")
                                     + "\nh1 { letter-spacing: 0.01em; }\n", encoding="utf-8")
    render_pdf(packet, styles=theme, cache=cache)
    assert len(set((tmp_path / "cache" / "pdf").iterdir())) == 2  # the theme changed: laid out again
    packet.articles[0].paragraphs[0] += " One more sentence."
    render_pdf(packet, styles=theme, cache=cache)
    assert len(set((tmp_path / "cache" / "pdf").iterdir())) == 3  # the text changed: laid out again


def test_a_rebuild_reads_only_the_changed_file_and_repeats_the_warnings(tmp_path, monkeypatch):
    import warnings

    import brief.sources as sources
    from brief.build import load_packet
    from brief.cache import Cache

    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    # A file with no headline: its reader warns, and a cached reading must warn the same way.
    (folder / "zz_note.txt").write_text("officials met on tuesday and agreed to meet again in april, "
                                        "the ministry said in a short statement.\n", encoding="utf-8")
    cache = Cache(tmp_path / "cache")
    read: list[str] = []
    real = sources.read_loaded
    monkeypatch.setattr(sources, "read_loaded", lambda path, *a, **k: read.append(path.name) or real(path, *a, **k))

    def load():
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            packet = load_packet([folder], cache=cache)
        return packet, sorted(str(w.message) for w in caught)

    first, said = load()
    assert len(read) == 3 and any("no headline" in s for s in said)
    read.clear()
    again, said_again = load()
    assert read == [] and said_again == said
    assert [(a.title, a.paragraphs) for a in again.articles] == [(a.title, a.paragraphs) for a in first.articles]
    edited = sorted(folder.glob("0*.txt"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nOne more closing line.\n", encoding="utf-8")
    load()
    assert read == [edited.name]


def test_cache_keys_change_with_brief_s_own_code(monkeypatch, tmp_path):
    """A reading rule or template changed without a new version number never meets an entry the
    old code made: the keys hold a digest of brief's files."""
    import brief.cache

    cache = brief.cache.Cache(tmp_path)
    before = cache.key("read", "a.txt", b"text")
    monkeypatch.setattr(brief.cache, "code_fingerprint", lambda: b"other code")
    assert cache.key("read", "a.txt", b"text") != before
