"""The first maps' still pictures as files the browser fetches with the page (``serve.py`` only).

A fresh page's picture (``ui.map_preview``) otherwise comes in the first run's websocket messages
as a 100 KB data URL, which the browser decodes and parses as Markdown before it draws it. The
pictures ``ui.warm`` builds at a start are offered here instead: ``serve.py`` serves them as files
(``routes``), and the HTML of an address whose first run shows one names it in a ``Link:
rel=preload`` header (``PreloadFirstPicture``). The browser fetches the picture while it loads
Streamlit's scripts, and the run's Markdown carries only its URL (bench/README.md, "First paint").

Only the pictures offered are served, and only an unfiltered address gets a header: any other
view's picture still travels as a data URL, so nothing waits for a fetch that starts late.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl

import streamlit as st
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from pri_data.i18n import lang_for, primary_lang
from ui.steps import LANG_PARAM

PATH = "pri-picture/"  # under the app's base URL, beside Streamlit's own "app/static/"
_CACHE = "public, immutable, max-age=31536000"  # a file's name is its content's hash
_lock = threading.Lock()
_files: dict[str, bytes] = {}  # name (``_name``) -> SVG, at most one per first page and language
_first: dict[tuple[str, str], str] = {}  # (page's address under the base URL, language) -> name

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Send = Callable[[Message], Awaitable[None]]


def offer(addresses: Iterable[str], lang: str, svg: bytes) -> None:
    """Serve ``svg``, the picture that the first run at ``addresses`` (under the base URL: ""
    for the default page, "map", ...) shows unfiltered in ``lang``, and name it in their HTML.
    An offer for the same address and language replaces the one before."""
    name = _name(svg)
    with _lock:
        for address in addresses:
            _first[(address, lang)] = name
        _files[name] = svg
        for old in set(_files) - set(_first.values()):
            del _files[old]


def _name(svg: bytes) -> str:
    """A file name from a hash of the content: a new picture is a new URL."""
    return hashlib.sha256(svg).hexdigest()[:16] + ".svg"


def url_of(svg: bytes) -> str | None:
    """The URL of ``svg``, relative to the page, when it is served here."""
    name = _name(svg)
    return PATH + name if name in _files else None


def _base() -> str:
    return str(st.get_option("server.baseUrlPath") or "").strip("/")


def first_picture(path: str, query_string: str, accept_language: str) -> str | None:
    """The URL of the picture the page at ``path`` (its address under the base URL) shows first,
    when it is served here: an unfiltered view (no parameter but ``lang``), in the language its
    run will choose (``pri_data.i18n.lang_for``; the browser's is the first ``Accept-Language``)."""
    query = dict(parse_qsl(query_string, keep_blank_values=True))
    if set(query) - {LANG_PARAM}:
        return None
    browser = primary_lang(accept_language.split(",")[0].split(";")[0].strip())
    name = _first.get((path.strip("/"), lang_for(query.get(LANG_PARAM), None, browser)))
    return PATH + name if name else None


async def _serve(request: Request) -> Response:
    svg = _files.get(request.path_params["name"])
    if svg is None:
        return Response("No such picture", status_code=404, media_type="text/plain")
    return Response(svg, media_type="image/svg+xml", headers={"Cache-Control": _CACHE})


def is_html(start: Message) -> bool:
    """Whether the answer that ``start`` (an ``http.response.start`` message) begins is HTML."""
    return dict(start.get("headers", [])).get(b"content-type", b"").startswith(b"text/html")


def routes() -> list[Route]:
    """``st.App``'s extra route: the pictures, under the base URL as Streamlit's own routes."""
    return [Route("/" + "/".join(filter(None, (_base(), PATH + "{name}"))), _serve)]


class PreloadFirstPicture:
    """ASGI middleware: the HTML of a page whose first picture is served here names it in a
    ``Link: rel=preload`` header (relative: it resolves as the page's Markdown image does)."""

    def __init__(self, app: Callable[..., Awaitable[None]]) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Callable, send: Send) -> None:
        url = self._url(scope) if scope["type"] == "http" and scope["method"] == "GET" else None
        if url is None:
            await self.app(scope, receive, send)
            return
        link = f"<{url}>; rel=preload; as=image; fetchpriority=high".encode("latin-1")

        async def send_with_link(message: Message) -> None:
            if message["type"] == "http.response.start" and is_html(message):
                message = {**message, "headers": [*message.get("headers", []), (b"link", link)]}
            await send(message)

        await self.app(scope, receive, send_with_link)

    @staticmethod
    def _url(scope: Scope) -> str | None:
        base = _base()
        path = scope["path"].strip("/")
        if base:
            if path != base and not path.startswith(base + "/"):
                return None
            path = path[len(base):]
        headers = dict(scope.get("headers", []))
        return first_picture(
            path,
            scope.get("query_string", b"").decode("latin-1"),
            headers.get(b"accept-language", b"").decode("latin-1"),
        )
