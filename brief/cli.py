"""The `brief` command: a thin Click layer over brief.build; every user error becomes one line."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import warnings
from collections.abc import Callable
from functools import wraps
from pathlib import Path

import click

from . import __version__
from .cache import NO_CACHE, Cache, default_folder
from .build import FORMATS, build, default_jobs, load_packet
from .errors import BriefError, BriefWarning
from .exports import glossary_counts, glossary_dict, glossary_text
from .manifest import write_example
from .model import SECTIONS
from .progress import Progress

DEFAULT_SOURCE = Path("seeds")
SOURCES = click.argument("sources", nargs=-1, type=click.Path(path_type=Path))


STRICT = click.option(
    "--strict", is_flag=True,
    help="Treat every warning as an error: stop at an unreadable or duplicate article instead of leaving it out.",
)


def one_line_errors(command: Callable) -> Callable:
    """Turn BriefError (and any unexpected failure) into `brief: error: …` and exit status 1.

    A traceback helps nobody preparing for a meeting; BRIEF_DEBUG=1 brings it back for us.
    With ``strict`` set (the --strict flag), a BriefWarning is raised where it is issued and
    ends the command the same way.
    """

    @wraps(command)
    def wrapper(*args, **kwargs):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # library chatter; ours are shown by show_warning
                shown = "ignore" if kwargs.get("quiet") else "always"
                warnings.simplefilter("error" if kwargs.get("strict") else shown, BriefWarning)
                warnings.showwarning = show_warning
                return command(*args, **kwargs)
        except (BriefError, BriefWarning) as exc:
            fail(str(exc))
        except (click.exceptions.Exit, click.ClickException, KeyboardInterrupt):
            raise
        except Exception as exc:  # noqa: BLE001 - the last line of defence for the user
            if os.environ.get("BRIEF_DEBUG"):
                raise
            fail(f"internal error: {type(exc).__name__}: {exc} (set BRIEF_DEBUG=1 for details)")

    return wrapper


def show_warning(message, category, *args, **kwargs) -> None:
    """A BriefWarning as one line on stderr; the build goes on."""
    if issubclass(category, BriefWarning):
        click.echo(f"brief: warning: {' '.join(str(message).split())}", err=True)


def fail(message: str) -> None:
    click.echo(f"brief: error: {' '.join(message.split())}", err=True)
    sys.exit(1)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="brief")
def main() -> None:
    """Compile a folder of news articles into a briefing packet: a print PDF and an EPUB,
    with the articles cleaned of web-page litter and a generated glossary of people and terms."""


@main.command("build")
@SOURCES
@click.option("--pdf", "want_pdf", is_flag=True, help="Write the print PDF.")
@click.option("--epub", "want_epub", is_flag=True, help="Write the EPUB 3 e-book.")
@click.option("--html", "want_html", is_flag=True, help="Write a single self-contained HTML page.")
@click.option(
    "-o", "--output", "out_dir", type=click.Path(path_type=Path), default=Path("out"), show_default=True,
    help="Folder to write the packet into.",
)
@click.option("--name", default="briefing", show_default=True, help="File name stem of the outputs.")
@click.option("--title", help="Packet title (default: the manifest's, the folder's name, or the subject the article titles share).")
@click.option(
    "--paper", type=click.Choice(["a4", "letter"], case_sensitive=False), default="a4", show_default=True,
    help="Paper size of the PDF.",
)
@click.option(
    "--sections", metavar="LIST",
    help="Which sections to print, in order, separated by commas (from: " + ", ".join(SECTIONS) + "; default: the manifest's, else all).",
)
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), default=default_jobs(), show_default="the number of CPUs",
    help="Processes to use: the PDF's articles are laid out side by side, the EPUB and HTML written meanwhile. The output is the same for any number.",
)
@click.option("-q", "--quiet", is_flag=True, help="Print only errors and the files written.")
@click.option("--no-cache", is_flag=True, help="Do not use or fill the cache of laid-out articles, finished PDFs and cut fonts ($XDG_CACHE_HOME/brief).")
@STRICT
@one_line_errors
def build_command(sources, want_pdf, want_epub, want_html, out_dir, name, title, paper, sections, jobs, quiet,
                  no_cache, strict):
    """Build the packet from SOURCES (folders or files; default: seeds/).

    With no format flag, all formats are written: OUTPUT/NAME.pdf, .epub and .html.
    Progress goes to stderr: a status line on a terminal, else one line per stage.
    """
    chosen = [fmt for fmt, wanted in zip(FORMATS, (want_pdf, want_epub, want_html)) if wanted]
    progress = Progress()
    with progress.pages() if not quiet else contextlib.nullcontext():
        packet, outputs = build(
            list(sources) or [DEFAULT_SOURCE], out_dir, name=name, formats=chosen or FORMATS,
            title=title, paper=paper.lower(), sections=_section_list(sections), jobs=jobs,
            step=(lambda stage: None) if quiet else progress,
            cache=NO_CACHE if no_cache else Cache(default_folder()),
            tick=None if quiet else progress.part,
        )
    for out in outputs:
        pages = f", {out.pages} pages" if out.pages is not None else ""
        click.echo(f"wrote {out.path} ({_size(out.size)}{pages})")
    if not quiet:
        click.echo(f"{len(packet.articles)} articles{_left_out(packet)}{_folded(packet)}; " + glossary_counts(packet.glossary))


@main.command("glossary")
@SOURCES
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
    help="Plain text for reading, or JSON for other programs (see README).",
)
@click.option(
    "--explain", is_flag=True,
    help="With text output, show for each entry the sentence it came from and where it is mentioned.",
)
@STRICT
@one_line_errors
def glossary_command(sources, fmt, explain, strict):
    """Print the glossary of people, organisations and terms found in SOURCES (default: seeds/)."""
    packet = load_packet(list(sources) or [DEFAULT_SOURCE])
    if fmt == "json":
        click.echo(json.dumps(glossary_dict(packet), ensure_ascii=False, indent=2))
    else:
        click.echo(glossary_text(packet, explain=explain))


@main.command("add")
@click.argument("urls", nargs=-1)
@click.option("-d", "--dir", "folder", type=click.Path(path_type=Path), default=DEFAULT_SOURCE, show_default=True,
              help="Folder to save the articles in.")
@click.option("--feed", "feed", metavar="URL", help="Add the items of this RSS or Atom feed.")
@click.option("--limit", type=click.IntRange(min=1), help="With --feed: at most this many items.")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), help="With --feed: only items published on or after this date (YYYY-MM-DD).")
@one_line_errors
def add_command(urls, folder, feed, limit, since):
    """Fetch web pages (URLS) or a feed's items and save each as a Markdown article in the folder.

    Only http and https addresses are fetched; the same article is never added twice.
    """
    from .gather import add_feed, add_pages

    if not urls and not feed:
        raise click.UsageError("give at least one URL, or --feed URL")
    results = add_pages(urls, folder) if urls else []
    if feed:
        results += add_feed(feed, folder, limit=limit, since=since.date() if since else None)
    for r in results:
        if r.path:
            click.echo(f"added {r.path}")
        elif r.note:
            click.echo(f"{r.url}: {r.note}")
        else:
            click.echo(f"brief: error: {r.url}: {r.error}", err=True)
    if any(r.error for r in results):
        sys.exit(1)


@main.command("init")
@click.argument("folder", type=click.Path(path_type=Path), default=DEFAULT_SOURCE)
@one_line_errors
def init_command(folder):
    """Write a commented example packet manifest, FOLDER/brief.toml (default: seeds/)."""
    click.echo(f"wrote {write_example(folder)}")


def _left_out(packet) -> str:
    """" (2 files left out: a.md, b.txt)" when the sources had files the packet could not use."""
    if not packet.left_out:
        return ""
    names = ", ".join(Path(item.source).name for item in packet.left_out)
    n = len(packet.left_out)
    return f" ({n} file{'s' if n != 1 else ''} left out: {names})"


def _folded(packet) -> str:
    """" (1 near-copy folded: b.txt under a.txt)" when two articles reported one story in nearly the same words."""
    pairs = [(r.source, a.source) for a in packet.articles for r in a.also_reported]
    if not pairs:
        return ""
    listed = ", ".join(f"{copy} under {kept}" for copy, kept in pairs)
    return f" ({len(pairs)} near-cop{'ies' if len(pairs) != 1 else 'y'} folded: {listed})"


def _section_list(value: str | None) -> list[str] | None:
    return [part.strip() for part in value.split(",") if part.strip()] if value else None


def _size(n: int) -> str:
    return f"{n / 1024:.1f} KiB" if n >= 1024 else f"{n} B"
