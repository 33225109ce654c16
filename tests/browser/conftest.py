"""Browser fixtures (only here): one streamlit server per module, chromium, an offline page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.browser.server import launch_chromium, start_streamlit, wait_warm

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}


@pytest.fixture(scope="module")
def app_url() -> Iterator[str]:
    """Base URL of ``streamlit run serve.py`` (repo root, headless, free port)."""
    try:
        server = start_streamlit()
        wait_warm(server)  # the tests drive the app, not its start (tests/browser/test_warm_*)
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield server.base_url
    finally:
        server.stop()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


@pytest.fixture
def external_requests() -> list[str]:
    """URLs the page tried to fetch from hosts other than this machine (all aborted)."""
    return []


@pytest.fixture
def page(browser, external_requests: list[str]):
    """A 1600x1000 page whose non-local requests are aborted and recorded."""
    context = browser.new_context(viewport={"width": 1600, "height": 1000})

    def route(route) -> None:
        url = route.request.url
        host = urlparse(url).hostname
        if host is None or host in LOCAL_HOSTS:
            route.continue_()
        else:
            external_requests.append(url)
            route.abort()

    context.route("**/*", route)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def screenshots_dir() -> Path:
    """tests/browser/screenshots/ (git-ignored)."""
    path = Path(__file__).resolve().parent / "screenshots"
    path.mkdir(exist_ok=True)
    return path
