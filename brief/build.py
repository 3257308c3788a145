"""read → analyse → render → write: the library entry points the CLI is a thin layer over."""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import multiprocessing
import os
import re
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import glossary as glossary_mod
from . import render, sources
from .analysis import analyse_packet_text
from .cache import NO_CACHE, Cache
from .dates import packet_date, source_date_epoch
from .errors import BriefError, BriefWarning
from .files import write_atomic
from .briefing import prepare
from .manifest import DEFAULT_KEY_PEOPLE, apply_manifest, check_sections, find_manifest, load_manifest
from .model import SECTIONS, Article, Packet
from .paths import styles_dir

FORMATS = ("pdf", "epub", "html")
GLOSSARY_FILE = "glossary.toml"
# Capitalised words in a headline that say nothing about its subject.
_TITLE_STOPWORDS = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "as", "new", "after",
                    "over", "from", "is", "are", "be", "will", "says", "say", "said", "why", "how", "what"}
# Folder names that say nothing about the subject, so they make a poor packet title.
_GENERIC_FOLDERS = {"seeds", "articles", "sources", "input", "inputs", "src", "texts", "docs", "news", ""}


@dataclass(frozen=True)
class Output:
    path: Path
    size: int
    pages: int | None = None  # PDF only


def load_packet(paths: Sequence[Path], title: str | None = None, sections: Sequence[str] | None = None,
                cache: Cache = NO_CACHE) -> Packet:
    """Read the sources and analyse them into a packet, ready for any writer.

    A ``--title`` given here beats the manifest's, which beats the folder's name; ``sections``
    (--sections) beat the manifest's.
    """
    reading = sources.read_packet(paths, cache)
    articles = reading.articles
    manifest_path = find_manifest(paths)
    manifest = load_manifest(manifest_path) if manifest_path else None
    if manifest:
        articles = apply_manifest(manifest, articles)
    glossary = glossary_mod.analyse(articles, _glossary_file(paths))
    epoch = source_date_epoch()
    date = (
        (manifest and manifest.date)
        or packet_date(articles)
        or (epoch.date() if epoch else None)
        or _newest_mtime(paths)
    )
    statements, events = analyse_packet_text(articles, glossary, date)
    packet = Packet(
        title=title or (manifest and manifest.title) or default_title(paths, articles),
        subtitle=manifest.subtitle if manifest else None,
        audience=manifest.audience if manifest else None,
        marking=manifest.marking if manifest else None,
        date=date,
        articles=articles,
        glossary=glossary,
        left_out=reading.left_out,
        statements=statements,
        events=events,
        timestamp=epoch,
        meeting=manifest.meeting if manifest else None,
    )
    chosen = check_sections(list(sections)) if sections else (manifest.sections if manifest else SECTIONS)
    packet.briefing = prepare(packet, key_people=manifest.key_people if manifest else DEFAULT_KEY_PEOPLE, sections=chosen)
    return packet


def default_title(paths: Sequence[Path], articles: Sequence[Article] = ()) -> str:
    """The source folder's name when it names a subject, else the articles' shared subject,
    else a plain "Briefing packet"."""
    folders = [p for p in paths if p.is_dir()]
    if len(folders) == 1:
        name = folders[0].resolve().name
        if name.lower() not in _GENERIC_FOLDERS:
            return name.replace("_", " ").replace("-", " ").strip().capitalize()
    subject = shared_subject(articles)
    return f"Briefing: {subject}" if subject else "Briefing packet"


def shared_subject(articles: Sequence[Article]) -> str | None:
    """The capitalised words every article's title shares ("US and Korea"), in order of first use.

    Headlines name their subject in capitals; a word all of them use is what the packet is about.
    A single article has nothing to share with, so its own title is the subject.
    """
    if len(articles) == 1:
        return articles[0].title
    if not articles:
        return None

    def names(title: str) -> list[str]:
        words = re.findall(r"[A-Z][\w'’.-]*\w|[A-Z]", title)
        return [w for w in words if w.lower() not in _TITLE_STOPWORDS]

    common = set(names(articles[0].title))
    for article in articles[1:]:
        common &= set(names(article.title))
    ordered = [w for w in dict.fromkeys(w for a in articles for w in names(a.title)) if w in common]
    if not ordered:
        return None
    return ordered[0] if len(ordered) == 1 else ", ".join(ordered[:-1]) + " and " + ordered[-1]


Step = Callable[[str], None]
Tick = Callable[[int, int], None]  # (parts of the PDF laid out, parts known so far)


def _quiet_step(_stage: str) -> None:
    """The default progress callback: say nothing."""


def render_outputs(
    packet: Packet, formats: Sequence[str], paper: str = "a4", jobs: int = 1, step: Step = _quiet_step,
    cache: Cache = NO_CACHE, tick: Tick | None = None,
) -> dict[str, tuple[bytes, int | None]]:
    """Render every requested format in memory, so nothing is written unless all succeed.

    With ``jobs`` > 1 a pool of that many processes does the work: the EPUB and the HTML
    page go to one worker first, and the PDF's articles are laid out across all of them.
    The bytes are the same whatever ``jobs`` is; a failure in a worker comes back as the
    same error it would be here. ``tick(done, total)`` hears of each PDF part laid out.
    """
    wanted = [fmt for fmt in FORMATS if fmt in formats]
    if "pdf" in wanted or "epub" in wanted:
        render.warn_missing(packet.articles, styles_dir() / "print.css")
    others = [fmt for fmt in wanted if fmt != "pdf"]
    rendered: dict[str, tuple[bytes, int | None]] = {}
    if jobs > 1 and "pdf" in wanted:
        with concurrent.futures.ProcessPoolExecutor(max_workers=jobs, mp_context=_process_context()) as pool:
            later = pool.submit(_render_in_worker, packet, others, paper, cache) if others else None
            step("pdf")
            rendered["pdf"] = render.render_pdf(packet, paper=paper, cache=cache, pool=pool, tick=tick)
            if later is not None:
                step(" and ".join(others))
                done, caught = later.result()
                for message in caught:
                    warnings.warn(BriefWarning(message))
                rendered.update(done)
    else:
        for fmt in wanted:
            step(fmt)
            rendered[fmt] = _render_one(packet, fmt, paper, cache, tick)
    return {fmt: rendered[fmt] for fmt in wanted}


def _render_one(packet: Packet, fmt: str, paper: str, cache: Cache = NO_CACHE,
                tick: Tick | None = None) -> tuple[bytes, int | None]:
    if fmt == "pdf":
        return render.render_pdf(packet, paper=paper, cache=cache, tick=tick)
    if fmt == "epub":
        return render.render_epub(packet, cache), None
    return render.render_html(packet, medium="web").encode("utf-8"), None


def _render_in_worker(packet: Packet, formats: list[str], paper: str, cache: Cache):
    """Runs in the worker process: the outputs, and the warnings to repeat in the parent."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        done = {fmt: _render_one(packet, fmt, paper, cache) for fmt in formats}
    return done, [str(w.message) for w in caught if issubclass(w.category, BriefWarning)]


def _process_context():
    """fork where there is one: the worker starts with brief and WeasyPrint already imported."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def default_jobs() -> int:
    """One process per CPU this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def build(
    paths: Sequence[Path],
    out_dir: Path,
    name: str = "briefing",
    formats: Sequence[str] = FORMATS,
    title: str | None = None,
    paper: str = "a4",
    sections: Sequence[str] | None = None,
    jobs: int = 1,
    step: Step = _quiet_step,
    cache: Cache = NO_CACHE,
    tick: Tick | None = None,
) -> tuple[Packet, list[Output]]:
    """Build the packet and write ``out_dir/name.<fmt>`` for each format, atomically.

    ``step`` is told the name of each stage as it begins ("reading", "pdf"…), for progress.
    """
    _check_name(name)
    step("reading")
    packet = load_packet(paths, title=title, sections=sections, cache=cache)
    rendered = render_outputs(packet, formats, paper=paper, jobs=jobs, step=step, cache=cache, tick=tick)
    step("writing")
    _prepare_out_dir(out_dir)
    outputs = []
    for fmt, (data, pages) in rendered.items():
        target = out_dir / f"{name}.{fmt}"
        try:
            write_atomic(target, data)
        except OSError as exc:
            raise BriefError(f"cannot write output: {exc.strerror or exc}", path=target) from None
        outputs.append(Output(target, len(data), pages))
    return packet, outputs


def _prepare_out_dir(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise BriefError("output folder is a file", path=out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BriefError(f"cannot create output folder: {exc.strerror}", path=out_dir) from None
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise BriefError("output folder is not writable", path=out_dir)


def _check_name(name: str) -> None:
    if not name or name in {".", ".."} or "/" in name or "\\" in name or "\0" in name:
        raise BriefError(f"--name must be a plain file stem, not {name!r}")


def _glossary_file(paths: Sequence[Path]) -> Path | None:
    """The user's glossary.toml from the (first) source folder that has one."""
    for p in paths:
        candidate = p / GLOSSARY_FILE
        if p.is_dir() and candidate.is_file():
            return candidate
    return None


def _newest_mtime(paths: Sequence[Path]) -> dt.date:
    """Last resort for undated articles: the newest source file's modification date."""
    files = [f for p in paths for f in ([p] if p.is_file() else sorted(p.iterdir())) if f.is_file()]
    newest = max(f.stat().st_mtime for f in files)
    return dt.datetime.fromtimestamp(newest, tz=dt.timezone.utc).date()
