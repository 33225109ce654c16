"""A prepared link opened as the very first request to a freshly started server shows its page.

Streamlit serves the first session of a fresh server in its legacy ``pages/`` mode, where a page's
address is its file name; ``ui/__init__.py`` then switches to the app's navigation. A link works
only if each page's ``url_path`` is its file name, which this module checks too."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.app_utils import open_app, sidebar_nav

REPO = Path(__file__).resolve().parents[2]


def _pages() -> list[tuple[str, str | None]]:
    """(file, url_path) of every st.Page in app.py."""
    tree = ast.parse((REPO / "app.py").read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        name = getattr(node.func, "attr", getattr(node.func, "id", "")) if isinstance(
            node, ast.Call
        ) else ""
        if name in {"Page", "RoutedPage"}:  # st.Page, or ui.RoutedPage for the default page
            kw = {k.arg: k.value.value for k in node.keywords if isinstance(k.value, ast.Constant)}
            out.append((node.args[0].value, kw.get("url_path")))
    return out


def test_every_url_path_is_the_file_name() -> None:
    pages = _pages()
    files = {file for file, _ in pages}
    assert files == {p.relative_to(REPO).as_posix() for p in (REPO / "pages").glob("*.py")}
    for file, url_path in pages:
        assert url_path == Path(file).stem, file


@pytest.mark.playwright
def test_profile_link_first_on_a_fresh_server(page, app_url: str, screenshots_dir: Path) -> None:
    open_app(page, f"{app_url}/profile?id=be-leuven")
    expect(page.get_by_test_id("stHeading").filter(has_text="Leuven").first).to_be_visible()
    expect(page.get_by_text("Page not found")).to_have_count(0)
    expect(sidebar_nav(page)).to_contain_text("About the data")
    page.screenshot(path=screenshots_dir / "deep_link_profile.png")


# After the fresh-server test above (the server is shared by this module).
@pytest.mark.playwright
def test_overview_has_its_own_address(page, app_url: str) -> None:
    """``/overview`` (the default page's url_path) opens the Overview, like ``/``."""
    open_app(page, f"{app_url}/overview?lang=nl")
    expect(page.get_by_test_id("stHeading").filter(has_text="Partnerschappen")).to_be_visible()
    expect(page.get_by_text("Page not found")).to_have_count(0)
    expect(sidebar_nav(page)).to_contain_text("Over de gegevens")


@pytest.mark.playwright
def test_language_follows_the_browser(browser, app_url: str) -> None:
    """No ``?lang=``: a French browser gets French; ``?lang=`` still wins."""
    context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        open_app(page, f"{app_url}/participants")
        expect(sidebar_nav(page)).to_contain_text("À propos des données")
        expect(page.get_by_role("heading", name="Participants", exact=True)).to_be_visible()
        open_app(page, f"{app_url}/participants?lang=de")
        expect(sidebar_nav(page)).to_contain_text("Über die Daten")
    finally:
        context.close()
