"""ASGI calls made as ``serve.py``'s server makes them, for the tests of its routes and
middleware (tests/unit/test_served_pictures.py, test_served_style.py)."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor


class Sent:
    """What an ASGI app sent: one response's start and body messages."""

    def __init__(self) -> None:
        self.messages: list[dict] = []

    async def __call__(self, message) -> None:
        self.messages.append(message)

    @property
    def status(self) -> int:
        return self.messages[0]["status"]

    @property
    def headers(self) -> dict[str, str]:
        return {k.decode(): v.decode() for k, v in self.messages[0]["headers"]}

    @property
    def body(self) -> bytes:
        return b"".join(m.get("body", b"") for m in self.messages[1:])


def http_scope(
    path: str, query: str = "", method: str = "GET", lang: str = "en-US",
    headers: tuple[tuple[bytes, bytes], ...] = (),
) -> dict:  # fmt: skip
    """A browser's request for ``path``."""
    return {
        "type": "http", "method": method, "path": path, "query_string": query.encode(),
        "headers": [(b"accept-language", lang.encode()), *headers], "root_path": "",
    }  # fmt: skip


def run(coroutine) -> None:
    """Run an ASGI call to its end in a thread of its own: the browser tests' Playwright keeps
    an event loop running in this one."""
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, coroutine).result()


async def receive() -> dict:
    return {"type": "http.request", "body": b"", "more_body": False}
