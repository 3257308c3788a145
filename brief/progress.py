"""What the terminal shows while a packet builds: half a minute of silence looks like a hang.

On a terminal, one status line on stderr, rewritten in place: the stage, and while the PDF is
laid out how many of its parts are done (or, for a packet laid out whole, the page WeasyPrint
has reached). Elsewhere (a log, CI), one plain line per stage.
The library only names stages (``build(step=...)``); showing them is the command's business.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sys
import time
from collections.abc import Iterator
from typing import TextIO

import click

STAGES = {
    "reading": "reading and analysing the articles",
    "pdf": "laying out the PDF",
    "epub": "writing the EPUB",
    "html": "writing the HTML page",
    "writing": "writing the files",
}
_PAGE = re.compile(r"Page (\d+)")


class Progress:
    """A ``step`` callback for :func:`brief.build.build` that reports to ``stream``."""

    def __init__(self, stream: TextIO | None = None, live: bool | None = None):
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty() if live is None else live
        self.stage = ""
        self.started = time.monotonic()
        self._width = 0

    def __call__(self, stage: str) -> None:
        self.stage = " and ".join(STAGES.get(s, s) for s in stage.split(" and ")).replace(" and writing ", " and ")
        if self.live:
            self._show(self.stage)
        else:
            click.echo(f"brief: {self.stage}", file=self.stream)

    def part(self, done: int, total: int) -> None:
        """Another part of the PDF laid out (an article, or the sections around them)."""
        if self.live:
            self._show(f"{self.stage}: {done} of {total} parts laid out")

    def page(self, number: int) -> None:
        if self.live:
            self._show(f"{self.stage}: page {number}")

    def done(self) -> None:
        if self.live and self._width:
            click.echo("\r" + " " * self._width + "\r", file=self.stream, nl=False)
            self._width = 0

    def _show(self, text: str) -> None:
        line = f"brief: {text} ({time.monotonic() - self.started:.0f} s)"
        pad = max(0, self._width - len(line))
        click.echo("\r" + line + " " * pad, file=self.stream, nl=False)
        self._width = len(line)

    @contextlib.contextmanager
    def pages(self) -> Iterator[None]:
        """Follow WeasyPrint's own progress messages ("Creating layout - Page 12") while active."""
        if not self.live:
            yield
            return
        logger = logging.getLogger("weasyprint.progress")
        handler = _PageHandler(self)
        saved = logger.level, logger.propagate
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
        try:
            yield
        finally:
            logger.removeHandler(handler)
            logger.setLevel(saved[0])
            logger.propagate = saved[1]
            self.done()


class _PageHandler(logging.Handler):
    def __init__(self, progress: Progress):
        super().__init__(logging.INFO)
        self.progress = progress

    def emit(self, record: logging.LogRecord) -> None:
        m = _PAGE.search(record.getMessage())
        if m:
            self.progress.page(int(m.group(1)))
