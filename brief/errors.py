"""What the user is told: errors they can fix (one line, exit 1) and warnings the build works around."""

from __future__ import annotations

from pathlib import Path


class _Located(Exception):
    """A message that names the file (and line) it is about: "seeds/a.txt:3: …"."""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = self.path + (f":{self.line}" if self.line is not None else "") + ": "
        return where + self.message


class BriefError(_Located):
    """A problem with the user's input or output location, phrased for the user.

    The CLI prints it as one ``brief: error: …`` line and exits with status 1.
    """


class BriefWarning(_Located, UserWarning):
    """Something the build worked around but the user should know ("two identical articles").

    Raised with ``warnings.warn(BriefWarning(...))`` by any stage; the CLI prints each as one
    ``brief: warning: path: message`` line and carries on.
    """
