"""What every AppTest module here shares: the page files and a runner that sets query params."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

REPO = Path(__file__).resolve().parents[2]
PAGE_FILES = sorted(p.relative_to(REPO).as_posix() for p in (REPO / "pages").glob("*.py"))
TIMEOUT = 60


def run(path: str, **params: str) -> AppTest:
    """Run ``path`` (relative to the repo) with ``params`` as the URL's query parameters."""
    at = AppTest.from_file(str(REPO / path), default_timeout=TIMEOUT)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def texts(elements) -> list[str]:
    """The values of an element list, as strings."""
    return [str(e.value) for e in elements]


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
