"""The curated definitions (``terms.toml``) and the user's additions (``glossary.toml``).

Definitions are written by people, not guessed: the analyser only decides which entries an
article needs. A user's file overrides field by field, so correcting one definition does not
mean retyping the expansion and match forms.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import BriefError
from ..manifest import toml_error

CURATED = Path(__file__).with_name("terms.toml")
_STRING_FIELDS = ("expansion", "definition", "domain")
_LIST_FIELDS = ("match", "forms")
_BOOL_FIELDS = ("familiar", "printed_only")


@dataclass(frozen=True)
class TermEntry:
    term: str  # the acronym, or the term itself when it has none
    expansion: str | None = None
    definition: str | None = None
    match: tuple[str, ...] = ()  # other spelled-out forms: "wartime operational control"
    forms: tuple[str, ...] = ()  # other printings of the acronym: "U.S."
    domain: str | None = None
    # An acronym every reader knows (US, UN, GDP): print leaves it as it is instead of spelling
    # it out at its first use in each article.
    familiar: bool = False
    # Its expansion is everyday words ("prime minister", "television"): the term is listed where
    # the acronym is printed, not wherever the words occur.
    printed_only: bool = False

    @property
    def acronym_forms(self) -> tuple[str, ...]:
        """Every way the acronym itself may be printed (a term without acronym has none)."""
        if self.expansion is None or self.expansion.casefold() == self.term.casefold():
            return self.forms
        return (self.term, *self.forms)

    @property
    def phrases(self) -> tuple[str, ...]:
        """Every spelled-out form, which the text may print instead of the acronym."""
        if self.printed_only:
            return ()
        first = self.expansion if self.expansion else self.term
        return (first, *self.match)


def load_terms(extra: Path | None = None) -> dict[str, TermEntry]:
    """The curated entries, with ``extra`` (a user's glossary.toml) added on top.

    The curated file is read and checked once per process; each call gets its own dict (the
    entries themselves are frozen), so a caller may add to it without changing the next result.
    """
    entries = dict(_curated())
    if extra is not None:
        for key, entry in _read(Path(extra)).items():
            base = entries.get(key)
            if base is not None:
                entry = TermEntry(
                    term=key,
                    **{
                        f: getattr(entry, f) or getattr(base, f)
                        for f in (*_STRING_FIELDS, *_LIST_FIELDS, *_BOOL_FIELDS)
                    },
                )
            entries[key] = entry
    return entries


@lru_cache(maxsize=1)
def _curated() -> dict[str, TermEntry]:
    return _read(CURATED)


def _read(path: Path) -> dict[str, TermEntry]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BriefError(f"cannot read glossary file: {exc.strerror or exc}", path=path) from None
    except UnicodeDecodeError:
        raise BriefError("glossary file is not UTF-8 text", path=path) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        reason, line = toml_error(exc)
        raise BriefError(f"not valid TOML: {reason}", path=path, line=line) from None
    entries = {}
    for key, table in data.items():
        if not key.strip():
            raise BriefError(
                "a table name must not be empty or blank (write the term: [THAAD])",
                path=path,
                line=_line_of(text, key, None),
            )
        if not isinstance(table, dict):
            raise BriefError(
                f"{key!r} must be a table ([{key}] with expansion = …, definition = …)",
                path=path,
                line=_line_of(text, key, None),
            )
        entries[key] = _entry(key, table, path, text)
    return entries


def _entry(key: str, table: dict, path: Path, text: str) -> TermEntry:
    fields: dict = {}

    def fail(name: str, problem: str) -> BriefError:
        # Finding the line means scanning the file: done only for the error being raised.
        return BriefError(f"[{key}] {problem}", path=path, line=_line_of(text, key, name))

    for name, value in table.items():
        if name in _STRING_FIELDS:
            if not isinstance(value, str) or not value.strip():
                raise fail(name, f"{name} must be a non-empty string")
            fields[name] = value.strip()
        elif name in _LIST_FIELDS:
            if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                raise fail(name, f"{name} must be a list of strings")
            fields[name] = tuple(v.strip() for v in value)
        elif name in _BOOL_FIELDS:
            if not isinstance(value, bool):
                raise fail(name, f"{name} must be true or false")
            fields[name] = value
        else:
            known = ", ".join((*_STRING_FIELDS, *_LIST_FIELDS, *_BOOL_FIELDS))
            raise fail(name, f"has unknown field {name!r} (known: {known})")
    return TermEntry(term=key, **fields)


def _line_of(text: str, key: str, field: str | None) -> int | None:
    """The 1-based line of ``field`` in table ``key`` (or of the key itself): tomllib gives none."""
    header = re.compile(r"^\s*\[\s*(?:\"|')?" + re.escape(key) + r"(?:\"|')?\s*\]")
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if header.match(line):
            if field is None:
                return i + 1
            for j in range(i + 1, len(lines)):
                if lines[j].lstrip().startswith("["):
                    break
                if re.match(r"\s*(?:\"|')?" + re.escape(field) + r"(?:\"|')?\s*=", lines[j]):
                    return j + 1
            return i + 1
    if field is None:
        for i, line in enumerate(lines):
            if re.match(r"\s*(?:\"|')?" + re.escape(key) + r"(?:\"|')?\s*=", line):
                return i + 1
    return None
