"""The layout rules in every page's HTML (ui/served_style.py): written just inside ``<body>`` of
an HTML answer and nowhere else, with a length that fits and no validators that would keep an
older HTML. Driven as ASGI calls, as ``serve.py``'s server makes them. tests/ui/test_pages.py
checks that the runs then leave the rules out; test_served_pictures_browser.py, the page in the
browser."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit

from tests.asgi import Sent, http_scope, receive, run
from ui import layout, served_style

HTML = b'<!DOCTYPE html><html><head><title>x</title></head><body class="b"><div id="root"></div></body></html>'  # noqa: E501
STREAMLIT_INDEX = Path(streamlit.__file__).parent / "static" / "index.html"


@pytest.fixture(autouse=True)
def fresh_state(monkeypatch) -> None:
    """Building the middleware tells ui.layout the HTML has the rules: only for this test."""
    monkeypatch.setitem(layout._state, "in_html", False)


def _through(scope: dict, content_type: bytes = b"text/html; charset=utf-8",
             chunks: tuple[bytes, ...] = (HTML,)) -> tuple[Sent, list]:  # fmt: skip
    """``scope`` through the middleware to a page answering ``chunks``; what was sent, and the
    headers the page was asked with."""
    asked: list = []

    async def page(scope, receive, send) -> None:
        asked.extend(scope["headers"])
        headers = [(b"content-type", content_type), (b"content-length", b"99"), (b"etag", b'"abc"'),
                   (b"last-modified", b"x"), (b"cache-control", b"no-cache")]  # fmt: skip
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        for i, chunk in enumerate(chunks):
            more = i < len(chunks) - 1
            await send({"type": "http.response.body", "body": chunk, "more_body": more})

    sent = Sent()
    run(served_style.StyleInHtml(page)(scope, receive, sent))
    return sent, asked


def test_a_pages_html_carries_the_rules_just_inside_its_body() -> None:
    browser = ((b"accept-encoding", b"gzip"), (b"if-none-match", b'"abc"'))
    sent, asked = _through(http_scope("/map", "lang=de", headers=browser))
    tag = served_style.style_tag()
    assert tag.startswith(b"<style>") and b"st-key-pri_map_picture_" in tag
    assert sent.body == HTML.replace(b'<body class="b">', b'<body class="b">' + tag)
    assert sent.headers["content-length"] == str(len(sent.body))
    assert "etag" not in sent.headers and "last-modified" not in sent.headers
    assert sent.headers["cache-control"] == "no-cache"
    assert dict(asked) == {b"accept-language": b"en-US"}  # asked as plain text, no validator


def test_an_html_in_several_parts_is_joined_first() -> None:
    sent, _ = _through(http_scope("/"), chunks=(HTML[:40], HTML[40:70], HTML[70:]))
    assert sent.body.count(b"<style>") == 1 and sent.body.endswith(b"</body></html>")
    assert sent.headers["content-length"] == str(len(sent.body))


@pytest.mark.parametrize(
    ("scope", "content_type"),
    [
        (http_scope("/static/js/index.js", headers=((b"accept-encoding", b"gzip"),)), b"text/html"),
        (http_scope("/_stcore/host-config"), b"application/json"),
        (http_scope("/map", method="HEAD"), b"text/html"),
        (http_scope("/map", method="POST"), b"text/html"),
    ],
)
def test_anything_else_passes_untouched(scope: dict, content_type: bytes) -> None:
    sent, asked = _through(scope, content_type)
    assert sent.body == HTML and sent.headers["etag"] == '"abc"'
    assert dict(sent.headers)["content-length"] == "99"
    if scope["method"] == "GET" and "static" in scope["path"]:
        assert (b"accept-encoding", b"gzip") in asked  # a file keeps its compression


def test_an_html_without_a_body_is_sent_as_it_came() -> None:
    assert served_style.with_style(b"<html></html>", b"<style></style>") is None
    sent, _ = _through(http_scope("/"), chunks=(b"<html></html>",))
    assert sent.body == b"<html></html>" and sent.headers["content-length"] == "13"


def test_streamlits_own_page_has_a_body_to_carry_the_rules() -> None:
    html = STREAMLIT_INDEX.read_bytes()
    assert served_style.with_style(html, b"<style>x</style>").count(b"<style>x</style>") == 1
