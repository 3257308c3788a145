"""brief add: pages and feeds fetched from a local server on 127.0.0.1 (no test touches the
internet), saved as Markdown that reads back, never twice, and every failure one line."""

from __future__ import annotations

import contextlib
import datetime as dt
import http.server
import threading
import time
from collections.abc import Iterator

import pytest
from click.testing import CliRunner
from support import DATA, epubcheck, epubcheck_problems

from brief.build import build
from brief.cli import main
from brief.gather import add_feed, add_pages
from brief.gather import fetch as fetch_module
from brief.sources import read_file

WEB = DATA / "web"
NOW = dt.datetime(2024, 5, 16, 8, 0, tzinfo=dt.timezone.utc)


@contextlib.contextmanager
def site() -> Iterator[str]:
    """A local web server with saved pages, a feed, and every kind of failure."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the stdlib's name)
            base = f"http://127.0.0.1:{self.server.server_address[1]}"
            pages = {
                "/news/port-operators-sign-dredging-pact": ("harbour-pact.html", "text/html; charset=utf-8"),
                "/news/port-operators-sign-dredging-pact?utm_source=feed": ("harbour-pact.html", "text/html"),
                "/news/canal-queue-grows": ("canal-queue.html", "text/html"),
                "/feed.xml": ("feed.xml", "application/rss+xml"),
            }
            if self.path in pages:
                name, kind = pages[self.path]
                return self._send(200, kind, (WEB / name).read_text(encoding="utf-8").replace("{base}", base).encode())
            if self.path == "/moved":
                self.send_response(301)
                self.send_header("Location", "/news/canal-queue-grows")
                return self.end_headers()
            if self.path == "/to-file":
                self.send_response(302)
                self.send_header("Location", "file:///etc/passwd")
                return self.end_headers()
            if self.path == "/slow":
                time.sleep(3)
                return self._send(200, "text/html", b"<html><body><p>late</p></body></html>")
            if self.path == "/huge":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                with contextlib.suppress(OSError):
                    for _ in range(200):
                        self.wfile.write(b"<p>" + b"x" * 65536 + b"</p>")
                return None
            if self.path == "/report.pdf":
                return self._send(200, "application/pdf", b"%PDF-1.7 a report")
            if self.path == "/empty":
                return self._send(200, "text/html", b"<html><head><title>x</title></head><body><nav>Home</nav></body></html>")
            return self._send(404, "text/html", b"<h1>Not found</h1>")

        def _send(self, status, kind, body):
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with contextlib.suppress(OSError):
                self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()


@pytest.fixture()
def base():
    with site() as url:
        yield url


def test_one_url_is_one_clean_markdown_article(base, tmp_path):
    [added] = add_pages([f"{base}/news/port-operators-sign-dredging-pact"], tmp_path, now=NOW)
    assert added.path == tmp_path / "2024-05-14-port-operators-sign-dredging-pact.md"
    text = added.path.read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: Port Operators Sign Dredging Pact\n")
    for chrome in ("Share on Facebook", "Related stories", "Storm season", "©", "Search", "window.tracker", "font-family"):
        assert chrome not in text, chrome
    article = read_file(added.path)  # reads back through the Markdown reader as saved files do
    assert article.title == "Port Operators Sign Dredging Pact"
    assert (article.byline, article.date, article.outlet) == ("Ana Ruiz", dt.date(2024, 5, 14), "The Harbour Ledger")
    assert article.url == f"{base}/news/port-operators-sign-dredging-pact"
    assert article.captions[0].text.startswith("A dredger works in the harbour channel")
    assert article.captions[0].credit == "Tomasz Nowak"
    assert len(article.paragraphs) == 4 and article.paragraphs[0].startswith("Port operators from three coastal states")
    assert "fetched: '2024-05-16T08:00:00Z'" in text


def test_the_same_article_is_not_added_twice(base, tmp_path):
    first = add_pages([f"{base}/news/port-operators-sign-dredging-pact"], tmp_path, now=NOW)
    again = add_pages([f"{base}/news/port-operators-sign-dredging-pact?utm_source=feed",
                       f"{base}/news/port-operators-sign-dredging-pact#top"], tmp_path, now=NOW)
    assert first[0].path and all(a.path is None and "already in the folder" in a.note for a in again)
    assert len(list(tmp_path.glob("*.md"))) == 1


def test_the_same_text_under_another_address_is_not_added_twice(base, tmp_path):
    add_pages([f"{base}/news/canal-queue-grows"], tmp_path, now=NOW)
    [again] = add_pages([f"{base}/moved"], tmp_path, now=NOW)  # a redirect to the same page
    assert again.path is None and "already in the folder" in again.note


@pytest.mark.parametrize(
    "path, words",
    [
        ("/missing", "404"),
        ("/slow", "timed out"),
        ("/huge", "too large"),
        ("/report.pdf", "not an HTML page (application/pdf)"),
        ("/to-file", "refused"),
        ("/empty", "nothing to extract"),
    ],
)
def test_failures_are_one_line_errors_and_nothing_is_written(base, tmp_path, monkeypatch, path, words):
    monkeypatch.setattr(fetch_module, "TOTAL_TIMEOUT", 1.0)  # the limits, made small for a quick test
    monkeypatch.setattr(fetch_module, "MAX_BYTES", 1024 * 1024)
    result = CliRunner().invoke(main, ["add", f"{base}{path}", "-d", str(tmp_path)])
    assert result.exit_code == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"brief: error: {base}{path}: ") and words in line, line
    assert list(tmp_path.iterdir()) == []


def test_a_file_address_is_refused_before_any_request(tmp_path):
    result = CliRunner().invoke(main, ["add", "file:///etc/passwd", "-d", str(tmp_path)])
    assert result.exit_code == 1
    assert "refused: only http and https" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_one_bad_url_among_several_the_others_still_go_in(base, tmp_path):
    result = CliRunner().invoke(main, ["add", f"{base}/missing", f"{base}/news/canal-queue-grows", "-d", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stdout.count("added ") == 1 and len(list(tmp_path.glob("*.md"))) == 1


def test_a_feed_of_two_items_is_two_articles_that_build_a_packet(base, tmp_path):
    folder = tmp_path / "articles"
    added = add_feed(f"{base}/feed.xml", folder, now=NOW)
    assert [a.path.name for a in added] == ["2024-05-14-port-operators-sign-dredging-pact.md",
                                            "2024-05-15-canal-queue-grows-as-tanker-rates-climb.md"]
    assert [a.path for a in add_feed(f"{base}/feed.xml", folder, limit=1, now=NOW)] == [None]  # already there
    packet, [out] = build([folder], tmp_path / "out", formats=("epub",))
    assert epubcheck_problems(epubcheck(out.path, tmp_path)) == []
    people = {p.name for p in packet.glossary.people}
    assert {"Ana Ruiz", "Lê Văn Hải", "Maria Kowalska", "Omar Haddad"} <= people


def test_feed_since_and_limit(base, tmp_path):
    assert [a.path.name for a in add_feed(f"{base}/feed.xml", tmp_path, since=dt.date(2024, 5, 15), now=NOW)] == [
        "2024-05-15-canal-queue-grows-as-tanker-rates-climb.md"]
    assert len(add_feed(f"{base}/feed.xml", tmp_path / "b", limit=1, now=NOW)) == 1
