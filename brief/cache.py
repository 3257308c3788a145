"""A small cache on disk for work that depends only on its inputs (the EPUB's cut fonts).

It lives in the user's cache folder (``$XDG_CACHE_HOME/brief``, else ``~/.cache/brief``), each
entry a file named by the hash of everything that went into it, so a stale entry is never
found: it is simply never asked for again, and the oldest entries go once the folder passes
its size bound. Losing the folder costs time, never correctness. Every key includes brief's
version and a digest of its code, so a changed reader or template never meets an old entry.
"""

from __future__ import annotations

import functools
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


@functools.cache
def code_fingerprint() -> bytes:
    """A digest of brief's own code and data files: an entry made by other code (a reading rule
    changed without a new version number, as in a checkout) is never found."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".toml", ".txt", ".html", ".css") and path.is_file():
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.digest()


@dataclass(frozen=True)
class Cache:
    """``Cache(None)`` caches nothing: the ``--no-cache`` setting."""

    folder: Path | None

    def key(self, *parts: bytes | str) -> str:
        # Only a cache that stores anything needs to tell code apart (hashing it costs some 25 ms).
        digest = hashlib.sha256(__version__.encode() + (code_fingerprint() if self.folder is not None else b""))
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
