"""Fetching one page or feed over HTTP, within limits a briefing tool should keep.

A user pastes addresses from anywhere, so the client trusts none of them: only ``http`` and
``https`` (a ``file:`` or ``ftp:`` address is refused before any request), at most
MAX_REDIRECTS redirects and each only to http(s), a connect timeout and a total time limit
for the whole exchange, and a body cap enforced while reading, so a huge or endless response
costs at most MAX_BYTES. Every failure is a :class:`FetchError` phrased for the user.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import urllib3

from .. import __version__

MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
CONNECT_TIMEOUT = 10.0
TOTAL_TIMEOUT = 30.0
USER_AGENT = f"brief/{__version__} (briefing-packet compiler; +https://pypi.org/project/brief/)"
CHUNK = 64 * 1024


class FetchError(Exception):
    """Why an address gave no usable page: one line for the user."""


@dataclass(frozen=True)
class Response:
    url: str  # the final address, after redirects
    content_type: str  # the media type, lower-case, without parameters
    charset: str | None
    body: bytes


def check_address(url: str) -> str:
    """``url`` when it is an http(s) address with a host; a FetchError otherwise."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"refused: only http and https addresses are fetched, not {parts.scheme or 'a bare path'}:")
    if not parts.netloc:
        raise FetchError("not a web address (no host)")
    return url.strip()


def fetch(url: str, accept: str = "text/html,application/xhtml+xml") -> Response:
    """GET ``url`` following at most MAX_REDIRECTS http(s) redirects, within the limits."""
    total, connect, max_bytes = TOTAL_TIMEOUT, CONNECT_TIMEOUT, MAX_BYTES
    url = check_address(url)
    deadline = time.monotonic() + total
    http = urllib3.PoolManager(headers={"User-Agent": USER_AGENT, "Accept": accept}, retries=False)
    for _ in range(MAX_REDIRECTS + 1):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(f"timed out after {total:g} s")
        try:
            response = http.request("GET", url, redirect=False, preload_content=False,
                                    timeout=urllib3.Timeout(connect=min(connect, remaining), read=remaining))
        except urllib3.exceptions.TimeoutError:
            raise FetchError(f"timed out after {total:g} s") from None
        except urllib3.exceptions.HTTPError as exc:
            raise FetchError(f"could not connect ({_reason(exc)})") from None
        try:
            if response.status in (301, 302, 303, 307, 308):
                target = response.headers.get("Location")
                if not target:
                    raise FetchError(f"redirect ({response.status}) without a target")
                url = check_address(urljoin(url, target))
                continue
            if response.status >= 400:
                raise FetchError(f"the server answered {response.status} {response.reason or ''}".rstrip())
            body = _read_capped(response, max_bytes, deadline, total)
        finally:
            response.release_conn()
        media, _, params = (response.headers.get("Content-Type") or "").partition(";")
        charset = params.split("charset=", 1)[1].strip(' "') if "charset=" in params else None
        return Response(url, media.strip().lower(), charset or None, body)
    raise FetchError(f"more than {MAX_REDIRECTS} redirects")


def _read_capped(response, max_bytes: int, deadline: float, total: float) -> bytes:
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"too large ({int(declared) / 1048576:.1f} MB; the limit is {max_bytes / 1048576:.0f} MB)")
    chunks, size = [], 0
    try:
        for chunk in response.stream(CHUNK):
            size += len(chunk)
            if size > max_bytes:
                raise FetchError(f"too large (over {max_bytes / 1048576:.0f} MB)")
            if time.monotonic() > deadline:
                raise FetchError(f"timed out after {total:g} s")
            chunks.append(chunk)
    except urllib3.exceptions.TimeoutError:
        raise FetchError(f"timed out after {total:g} s") from None
    except urllib3.exceptions.HTTPError as exc:
        raise FetchError(f"the connection broke ({_reason(exc)})") from None
    return b"".join(chunks)


def _reason(exc: Exception) -> str:
    reason = getattr(exc, "reason", None) or exc
    return " ".join(str(reason).split())[:120]
