"""Reading and clicking the SVG map component in a real browser (shared by tests and bench).

The component (static/map/pri-map.js) marks its root ``.pri-map`` with ``data-state="drawn"`` once
every path has its geometry, and ``data-drawn-at`` with the page clock (``performance.now()``).
"""

from __future__ import annotations

import json

MAP_SELECTOR = ".pri-map"
DRAWN_SELECTOR = '.pri-map[data-state="drawn"]'
_MAP_JS = "document.querySelectorAll('.pri-map')[{i}]"


def wait_for_map(page, index: int = 0, timeout_ms: float = 60_000) -> None:
    """Wait until the ``index``-th map has drawn its SVG with geometry."""
    page.wait_for_function(
        f"""() => {{
          const host = {_MAP_JS.format(i=index)};
          return !!(host && host.dataset.state === "drawn" && host.querySelector("svg path[d]"));
        }}""",
        timeout=timeout_ms,
    )


def drawn_at(page, index: int = 0) -> str | None:
    """When the ``index``-th map was last drawn (its ``data-drawn-at``): ``wait_for_redraw``'s
    starting point."""
    return page.evaluate(f"{_MAP_JS.format(i=index)}.dataset.drawnAt")


def wait_for_redraw(page, before: str | None, index: int = 0) -> None:
    """Wait until the ``index``-th map has been drawn again since ``before`` (``drawn_at``)."""
    page.wait_for_function(
        f"""() => {{ const h = {_MAP_JS.format(i=index)};
          return h.dataset.state === 'drawn' && h.dataset.drawnAt !== {json.dumps(before)}; }}"""
    )


def drawn_path_count(page, index: int = 0, selector: str = "path[data-nuts][d]") -> int:
    """Paths of the ``index``-th map with geometry (0 when the map drew nothing)."""
    return page.evaluate(
        f"""() => {{
          const host = {_MAP_JS.format(i=index)};
          return host ? host.querySelectorAll({selector!r}).length : 0;
        }}"""
    )


def participant(page, participant_id: str, index: int = 0):
    """The locator of a participant's shape or dot on the ``index``-th map."""
    return page.locator(MAP_SELECTOR).nth(index).locator(f'[data-pid="{participant_id}"]')


def click_participant(page, participant_id: str, index: int = 0) -> None:
    """Hover, then click, a participant as a user's pointer does."""
    target = participant(page, participant_id, index)
    target.hover()
    target.click()
