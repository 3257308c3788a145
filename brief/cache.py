"""A small cache on disk for work that depends only on its inputs (the EPUB's cut fonts).

It lives in the user's cache folder (``$XDG_CACHE_HOME/brief``, else ``~/.cache/brief``), each
entry a file named by the hash of everything that went into it, so a stale entry is never
found: it is simply never asked for again, and the oldest entries go once the folder passes
its size bound. Losing the folder costs time, never correctness.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .files import write_atomic

LIMIT_BYTES = 64 * 1024 * 1024


def default_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "brief"


@dataclass(frozen=True)
class Cache:
    """``Cache(None)`` caches nothing: the ``--no-cache`` setting."""

    folder: Path | None

    def key(self, *parts: bytes | str) -> str:
        digest = hashlib.sha256(__version__.encode())
        for part in parts:
            data = part.encode("utf-8") if isinstance(part, str) else part
            digest.update(len(data).to_bytes(8, "big") + data)
        return digest.hexdigest()

    def get(self, kind: str, key: str) -> bytes | None:
        if self.folder is None:
            return None
        try:
            return (self.folder / kind / key).read_bytes()
        except OSError:
            return None

    def put(self, kind: str, key: str, data: bytes) -> None:
        """Store ``data``; a cache that cannot be written is only a slower build."""
        if self.folder is None:
            return
        try:
            (self.folder / kind).mkdir(parents=True, exist_ok=True)
            write_atomic(self.folder / kind / key, data)
            self._trim()
        except OSError:
            pass

    def _trim(self) -> None:
        entries = [(p.stat().st_mtime, p.stat().st_size, p) for p in self.folder.glob("*/*") if p.is_file()]
        total = sum(size for _, size, _ in entries)
        for _, size, path in sorted(entries):
            if total <= LIMIT_BYTES:
                break
            path.unlink(missing_ok=True)
            total -= size


NO_CACHE = Cache(None)
