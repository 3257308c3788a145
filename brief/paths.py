"""Where the package's own data lives, in a source checkout and in an installed wheel alike."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def styles_dir() -> Path:
    """The default theme folder.

    It sits at the top of the repository (``styles/``) so users can read and copy it; a wheel
    installs the same folder as ``brief/styles`` (see ``package-dir`` in pyproject.toml).
    """
    for candidate in (PACKAGE_DIR / "styles", PACKAGE_DIR.parent / "styles"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("brief's styles folder is missing from this installation")


def templates_dir() -> Path:
    return PACKAGE_DIR / "render" / "templates"
