"""Writing the user's files: whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import BriefError


def write_atomic(target: Path, data: bytes) -> None:
    """Write beside the target and rename into place, so a failed build leaves the old file whole."""
    if target.is_dir():
        raise BriefError("output path is a folder, not a file", path=target)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
