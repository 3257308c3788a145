"""Fixtures shared by the end-to-end tests: one real build of the seed packet per session."""

from __future__ import annotations

import json

import pytest
from support import DATA, SEEDS

from brief.build import build


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory):
    """Commands run by the tests cache into a folder of their own, never the user's."""
    import os

    saved = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if saved is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = saved


@pytest.fixture(scope="session")
def seeds_expected() -> dict:
    return json.loads((DATA / "packet" / "seeds.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory):
    """The packet built from seeds/ into a temporary folder, all three formats."""
    out = tmp_path_factory.mktemp("out")
    packet, outputs = build([SEEDS], out, title="US–South Korea 2+2 talks")
    return packet, {o.path.suffix[1:]: o for o in outputs}
