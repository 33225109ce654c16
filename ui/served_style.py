"""The layout rules written into every page's HTML (``serve.py`` only).

Sent in the first run as a Markdown ``<style>`` block, the rules cost the browser about 50 ms
of Markdown and HTML parsing before it shows the map's picture (bench/README.md, Changes
measured). Written into the HTML Streamlit serves, they cost nothing: the page has them before
its scripts run. ``StyleInHtml`` adds them at the start of ``<body>``, where a run's Markdown
``<style>`` blocks would be after Streamlit's own (head) styles; the runs then leave them out
(``ui.layout.rules_in_html``). ``streamlit run app.py`` serves the same app with the rules in
the runs, as before.

Only a GET answered with HTML is changed. Its request goes without ``Accept-Encoding`` (the body
is read as text; the HTML is about 9 KB) and without the validators that would let the browser
keep an HTML of an earlier version: the answer has no ``ETag`` or ``Last-Modified``.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable

from ui import layout
from ui.served_pictures import Message, Scope, Send, is_html

_BODY = re.compile(rb"<body[^>]*>")
_DROPPED_REQUEST = {b"accept-encoding", b"if-none-match", b"if-modified-since"}
_DROPPED_ANSWER = {b"content-length", b"etag", b"last-modified"}


def style_tag() -> bytes:
    """The layout rules as ``add_style`` would send them, as one ``<style>`` block."""
    return layout.compact(layout.CSS).encode()


def with_style(html: bytes, tag: bytes) -> bytes | None:
    """``html`` with ``tag`` just inside ``<body>``; None when it has no ``<body>``."""
    match = _BODY.search(html)
    return None if match is None else html[: match.end()] + tag + html[match.end() :]


class StyleInHtml:
    """ASGI middleware: every HTML page the server answers carries the layout rules. Built by
    Starlette when the server starts, it tells ``ui.layout`` that the runs need not send them."""

    def __init__(self, app: Callable[..., Awaitable[None]]) -> None:
        self.app = app
        self.tag = style_tag()
        layout.rules_in_html()

    async def __call__(self, scope: Scope, receive: Callable, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or _is_file(scope["path"]):
            await self.app(scope, receive, send)
            return
        headers = [(k, v) for k, v in scope.get("headers", []) if k not in _DROPPED_REQUEST]
        start: Message | None = None
        body: list[bytes] = []

        async def send_with_style(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start" and is_html(message):
                start = message  # held until the whole body is here
                return
            if start is None or message["type"] != "http.response.body":
                await send(message)
                return
            body.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            html = b"".join(body)
            changed = with_style(html, self.tag)
            html = html if changed is None else changed
            kept = [(k, v) for k, v in start.get("headers", []) if k not in _DROPPED_ANSWER]
            length = (b"content-length", str(len(html)).encode())
            await send({**start, "headers": [*kept, length]})
            await send({"type": "http.response.body", "body": html})

        await self.app({**scope, "headers": headers}, receive, send_with_style)


def _is_file(path: str) -> bool:
    """A script, picture, font or other file (a dot in its last part): never a page's HTML."""
    return "." in path.rsplit("/", 1)[-1]
