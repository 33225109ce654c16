"""The first pages' pictures as files (ui/served_pictures.py): which address preloads which
picture, the preload header on the page's HTML only, and the file served with its type and a
cache lifetime its hashed name allows. Driven as ASGI calls, as ``serve.py``'s server makes them;
tests/browser/test_served_pictures_browser.py tries them in the browser."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.routing import Match
from streamlit import config

from tests.asgi import Sent, http_scope, receive, run
from ui import served_pictures as sp

EN_OVERVIEW, EN_MAP, DE_MAP = b"<svg>en overview</svg>", b"<svg>en map</svg>", b"<svg>de map</svg>"


@pytest.fixture(autouse=True)
def offered(monkeypatch) -> Iterator[None]:
    for name in ("_files", "_first"):
        monkeypatch.setattr(sp, name, {})
    sp.offer(("", "overview"), "en", EN_OVERVIEW)
    sp.offer(("map",), "en", EN_MAP)
    sp.offer(("map",), "de", DE_MAP)
    yield


def _url(svg: bytes) -> str:
    url = sp.url_of(svg)
    assert url and url.startswith(sp.PATH) and url.endswith(".svg"), url
    return url


def test_an_unfiltered_address_preloads_its_page_picture_in_the_language_its_run_uses() -> None:
    assert sp.first_picture("/", "", "en-US,en;q=0.9") == _url(EN_OVERVIEW)
    assert sp.first_picture("/overview", "", "") == _url(EN_OVERVIEW)  # no language: English
    assert sp.first_picture("/map", "", "de-DE,de;q=0.9,en;q=0.8") == _url(DE_MAP)
    assert sp.first_picture("/map", "lang=de", "en-GB") == _url(DE_MAP)  # ?lang= first
    assert sp.first_picture("/map", "lang=xx", "de") == _url(EN_MAP)  # unknown: English
    assert sp.first_picture("/map", "", "pt-BR,de;q=0.5") == _url(EN_MAP)  # only the first


def test_no_preload_where_the_first_picture_is_not_one_built_at_the_start() -> None:
    assert sp.first_picture("/map", "country=FI", "en") is None  # a filtered view
    assert sp.first_picture("/map", "lang=de&network=x", "en") is None
    assert sp.first_picture("/", "lang=de", "en") is None  # not offered
    assert sp.first_picture("/profile", "", "en") is None
    assert sp.first_picture("/pri-picture/x.svg", "", "en") is None
    assert sp.url_of(b"<svg>never offered</svg>") is None


def test_a_new_offer_replaces_the_old_picture_which_is_no_longer_served() -> None:
    old = _url(DE_MAP)
    sp.offer(("map",), "de", b"<svg>de map, new data</svg>")
    assert sp.url_of(DE_MAP) is None
    assert _call(f"/{old}").status == 404
    assert sp.first_picture("/map", "lang=de", "") == _url(b"<svg>de map, new data</svg>")


def _call(path: str) -> Sent:
    """GET ``path`` from the pictures' route."""
    (route,) = sp.routes()
    scope = http_scope(path)
    match, child = route.matches(scope)
    assert match == Match.FULL, path
    sent = Sent()
    run(route.handle({**scope, **child}, receive, sent))
    return sent


def test_the_route_serves_an_offered_picture_as_svg_kept_by_the_browser() -> None:
    sent = _call("/" + _url(EN_MAP))
    assert sent.status == 200 and sent.body == EN_MAP
    assert sent.headers["content-type"] == "image/svg+xml"
    assert "immutable" in sent.headers["cache-control"]
    missing = _call("/" + sp.PATH + "0123456789abcdef.svg")
    assert missing.status == 404 and b"<svg" not in missing.body


def _through_middleware(scope: dict, content_type: bytes = b"text/html; charset=utf-8") -> Sent:
    async def page(scope, receive, send) -> None:
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", content_type)]})  # fmt: skip
        await send({"type": "http.response.body", "body": b"<html></html>"})

    sent = Sent()
    run(sp.PreloadFirstPicture(page)(scope, receive, sent))
    return sent


def test_the_pages_html_names_its_picture_in_a_preload_header() -> None:
    sent = _through_middleware(http_scope("/map", "lang=de"))
    assert sent.headers["link"] == f"<{_url(DE_MAP)}>; rel=preload; as=image; fetchpriority=high"
    assert sent.body == b"<html></html>"  # the page itself untouched


@pytest.mark.parametrize(
    ("scope", "content_type"),
    [
        (http_scope("/map", "country=FI"), b"text/html"),  # a filtered view
        (http_scope("/map", method="HEAD"), b"text/html"),
        (http_scope("/map"), b"application/json"),  # not the page's HTML
        (http_scope("/networks"), b"text/html"),  # no picture built for it
    ],
)
def test_no_preload_header_elsewhere(scope: dict, content_type: bytes) -> None:
    assert "link" not in _through_middleware(scope, content_type).headers


@pytest.fixture
def base_url_path() -> Iterator[str]:
    before = config.get_option("server.baseUrlPath")
    config.set_option("server.baseUrlPath", "/pri/")
    yield "pri"
    config.set_option("server.baseUrlPath", before)


def test_under_a_base_url_path_the_route_and_the_header_are_under_it(base_url_path: str) -> None:
    (route,) = sp.routes()
    assert route.path == f"/{base_url_path}/{sp.PATH}{{name}}"
    sent = _through_middleware(http_scope(f"/{base_url_path}/map"))
    assert sent.headers["link"].startswith(f"<{_url(EN_MAP)}>")  # relative: under the base too
    assert "link" not in _through_middleware(http_scope("/map")).headers
    assert "link" not in _through_middleware(http_scope(f"/{base_url_path}x/map")).headers
