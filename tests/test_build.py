"""Library-level guarantees of a build: reproducible bytes and nothing half-written."""

from __future__ import annotations

import pytest

from brief import build as build_mod
from brief.build import build
from support import SEEDS


def test_same_source_date_epoch_gives_identical_bytes(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1616025600")
    build([SEEDS], tmp_path / "a", formats=("pdf", "epub", "html"))
    build([SEEDS], tmp_path / "b", formats=("pdf", "epub", "html"))
    for ext in ("pdf", "epub", "html"):
        first = (tmp_path / "a" / f"briefing.{ext}").read_bytes()
        second = (tmp_path / "b" / f"briefing.{ext}").read_bytes()
        assert first == second, ext


def test_without_source_date_epoch_builds_are_still_identical(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    build([SEEDS], tmp_path / "a", formats=("pdf", "epub"))
    build([SEEDS], tmp_path / "b", formats=("pdf", "epub"))
    for ext in ("pdf", "epub"):
        assert (tmp_path / "a" / f"briefing.{ext}").read_bytes() == (tmp_path / "b" / f"briefing.{ext}").read_bytes()


def test_source_date_epoch_changes_the_recorded_time(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1616025600")
    build([SEEDS], tmp_path / "a", formats=("pdf",))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    build([SEEDS], tmp_path / "b", formats=("pdf",))
    assert (tmp_path / "a" / "briefing.pdf").read_bytes() != (tmp_path / "b" / "briefing.pdf").read_bytes()


def test_packet_date_comes_from_the_articles(seeds_build):
    packet, _ = seeds_build
    assert packet.date.isoformat() == "2021-03-18"  # the newest dated caption


def test_failed_render_leaves_previous_packet_untouched(tmp_path, monkeypatch):
    build([SEEDS], tmp_path, formats=("pdf", "html"))
    before = {ext: (tmp_path / f"briefing.{ext}").read_bytes() for ext in ("pdf", "html")}

    def broken(*args, **kwargs):
        raise RuntimeError("renderer failed part-way")

    monkeypatch.setattr(build_mod.render, "render_pdf", broken)
    with pytest.raises(RuntimeError):
        build([SEEDS], tmp_path, formats=("pdf", "html"))
    for ext, data in before.items():
        assert (tmp_path / f"briefing.{ext}").read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.html", "briefing.pdf"]


def test_failed_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "briefing.pdf"
    target.write_bytes(b"old")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(build_mod.os, "replace", broken_replace)
    with pytest.raises(OSError):
        build_mod.write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.pdf"]


def test_default_title_from_folder_name_else_the_shared_subject(tmp_path):
    import shutil

    from brief.build import load_packet

    named = tmp_path / "alliance-talks"
    generic = tmp_path / "articles"
    for folder in (named, generic):
        folder.mkdir()
        for f in SEEDS.glob("*.txt"):  # the articles without the seeds' manifest
            shutil.copy(f, folder / f.name)
    assert load_packet([named]).title == "Alliance talks"
    assert load_packet([generic]).title == "Briefing: Korea and US"
    one = sorted(generic.iterdir())[0]
    assert load_packet([one]).title == "Briefing: Gaps to fill in ‘ironclad’ alliance between Korea, US"
