"""What every AppTest module here shares: the page files and a runner that sets query params."""

from __future__ import annotations

from pathlib import Path

from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest, app_test

REPO = Path(__file__).resolve().parents[2]
PAGE_FILES = sorted(p.relative_to(REPO).as_posix() for p in (REPO / "pages").glob("*.py"))
TIMEOUT = 60


class _AppPages(PagesManager):
    """AppTest sets ``PagesManager.uses_pages_directory`` to None before every run, so with a
    ``pages/`` folder each run of a page would take Streamlit's legacy multipage mode and run the
    page file alone, without app.py. The server leaves that mode for good on its first run
    (ui/__init__.py); so do the tests here: every run goes through app.py, as in the browser.
    AppTest builds its PagesManager by this module-level name (Streamlit 1.67,
    streamlit/testing/v1/app_test.py): the tests' one reach into Streamlit's internals."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        PagesManager.uses_pages_directory = False
        super().__init__(*args, **kwargs)


app_test.PagesManager = _AppPages


def run(path: str, **params: str) -> AppTest:
    """Run the page ``path`` (relative to the repo; "app.py": the default page) through app.py,
    as the server does, with ``params`` as the URL's query parameters. Before the first run
    AppTest finds a page by its file name, which is each page's url_path here."""
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=TIMEOUT)
    for key, value in params.items():
        at.query_params[key] = value
    if path != "app.py":
        at.switch_page(path)
    return at.run()


def links(at) -> list[str]:
    """Every in-app link (st.page_link) as 'page?query', in order."""
    return [f"{p.proto.page}?{p.proto.query_string}" for p in at.get("page_link")]


def texts(elements) -> list[str]:
    """The values of an element list, as strings; without the page's style rules
    (``ui.layout.add_style``: Markdown nobody reads)."""
    return [str(e.value) for e in elements if not is_style(e)]


def is_style(element) -> bool:
    """The Markdown that carries the page's style rules (``ui.layout.add_style``)."""
    return str(getattr(element, "value", "")).startswith("<style>")


def components(at, name: str) -> list:
    """Protos of the st.components.v2 elements called ``name`` on the page, in order (AppTest has
    no accessor for them: its element tree is walked)."""
    out = []

    def walk(node) -> None:
        proto = getattr(node, "proto", None)
        if proto is not None and getattr(proto, "component_name", "") == name:
            out.append(proto)
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at._tree)  # noqa: SLF001
    return out


def map_components(at) -> list:
    """Protos of the SVG map components on the page, in order (not ``ui.map_component.preload``'s
    invisible one)."""
    return [p for p in components(at, "pri_map") if not p.id.endswith("pri_map_preload")]


def map_data(at, index: int = 0) -> dict:
    """The data (SVG, geometry URLs, ...) sent to the ``index``-th map component, with the whole
    SVG it stands for."""
    import json

    from ui.map_patch import svg_for

    data = json.loads(map_components(at)[index].json)
    return {**data, "svg": svg_for(data)}  # a rerun may have sent a patch only
