"""One exception type for everything the user can fix, so the CLI can print it as one line."""

from __future__ import annotations

from pathlib import Path


class BriefError(Exception):
    """A problem with the user's input or output location, phrased for the user.

    ``path`` and ``line`` are shown in front of the message ("seeds/a.txt:3: …") so the user
    knows which file to open.
    """

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


class BriefWarning(UserWarning):
    """Something the build worked around but the user should know ("two identical articles").

    Raised with ``warnings.warn(BriefWarning(...))`` by any stage; the CLI prints each as one
    ``brief: warning: path: message`` line and carries on.
    """

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        return BriefError.__str__(self)  # type: ignore[arg-type]  # same "path:line: message" shape
