"""The map's first paint: a still picture of the SVG, shown while Streamlit loads the component.

A fresh page cannot run the map component until Streamlit's frontend has loaded the code of
every widget on the page: React reveals a lazily loaded element only with the others, or 500 ms
after the last placeholder appeared (bench/breakdown.py measures this). Markdown is part of
Streamlit's first bundle, so the same SVG with its geometry written in, sent once as a Markdown
image, is on the screen as soon as its message arrives. The component hides it when it has
drawn the live map in its place (``static/map/pri-map.js``). ``ui.layout`` gives it the live
map's size (``CSS``).

The picture is inert: no tooltips, links, tab stops or ids the live map uses (its own ids are
prefixed), so it never answers a click or a test meant for the map. The SVG travels
base64-encoded in a data URL: no data string in it is ever read as Markdown or HTML.
"""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ET
from functools import lru_cache

from geo.shapes import served_paths
from ui.map_patch import SVG_NS

ET.register_namespace("", SVG_NS)
PREFIX = "pv-"  # the picture's ids: never the live map's
CONTEXT_LEVEL = "n"  # data-l of the countries outside the EU (geo.shapes.FILES)
_DROP = ("data-tip", "data-pid", "tabindex", "role", "aria-label", "data-nuts", "data-l")
URL_HEAD = "data:image/svg+xml;base64,"
KEY = "pri_map_picture"  # + "_" + the map's key: the picture's box (class st-key-...)
MAX_HEIGHT = "85vh"  # the live map and its picture are at most this tall (outside presentation)
CSS = f"""
[class*="st-key-{KEY}_"] img {{ width: 100%; max-height: {MAX_HEIGHT}; object-fit: contain; }}
[class*="st-key-{KEY}_"] p {{ margin: 0; }}
"""
SCALE = 4  # natural size: 4x the canvas (a 1000-unit canvas is 4000 px wide)


def _rings_in(d: str, frame: tuple[float, float, float, float]) -> str:
    """The rings of path data ``d`` (``geo.shapes`` writes 'Mx yl dx dy ... z' rings) whose box
    meets ``frame`` (x, y, width, height): the countries outside the EU reach far beyond a map's
    frame, and the picture carries only what shows."""
    fx, fy, fw, fh = frame
    kept = []
    for ring in d.split("M")[1:]:
        head, _, steps = ring.partition("l")
        x, y = (float(v) for v in head.split())
        xs, ys = [x], [y]
        numbers = [float(v) for v in steps.rstrip("z").split()]
        for dx, dy in zip(numbers[::2], numbers[1::2], strict=True):
            x, y = x + dx, y + dy
            xs.append(x)
            ys.append(y)
        if max(xs) >= fx and min(xs) <= fx + fw and max(ys) >= fy and min(ys) <= fy + fh:
            kept.append("M" + ring)
    return "".join(kept)


def _fill(node: ET.Element, frame: tuple[float, float, float, float] | None) -> None:
    """Write in the path data the browser would take from its geometry file (``frame``: the
    viewBox of the map layer the path is in)."""
    level, nuts_id = node.get("data-l"), node.get("data-nuts")
    if level is not None and nuts_id is not None and node.get("d") is None:
        d = served_paths(level).get(nuts_id)
        if d and level == CONTEXT_LEVEL and frame is not None:
            d = _rings_in(d, frame)
        if d:
            node.set("d", d)


def _fill_all(node: ET.Element, frame: tuple[float, float, float, float] | None) -> None:
    """``_fill`` every path under ``node``, each with the frame of the map layer it is in."""
    if node.tag == f"{{{SVG_NS}}}svg" and node.get("viewBox"):
        frame = tuple(float(v) for v in node.get("viewBox").split())
    _fill(node, frame)
    for child in node:
        _fill_all(child, frame)


def _inert(node: ET.Element) -> None:
    for name in _DROP:
        node.attrib.pop(name, None)
    if "id" in node.attrib:
        node.set("id", PREFIX + node.get("id"))
    for name, value in node.attrib.items():
        if "url(#" in value:
            node.set(name, value.replace("url(#", f"url(#{PREFIX}"))
        elif name in ("href", "{http://www.w3.org/1999/xlink}href") and value.startswith("#"):
            node.set(name, f"#{PREFIX}{value[1:]}")


@lru_cache(maxsize=16)
def picture(svg: str, hide_title: bool) -> str:
    """The inert, self-contained copy of the map's ``svg`` as the live map frames it (the title
    cropped when ``hide_title``), as a Markdown image: its SVG travels base64-encoded in a data URL,
    so no data string in it is ever read as Markdown."""
    root = ET.fromstring(svg)
    _fill_all(root, None)
    for node in root.iter():
        _inert(node)
    _x, _y, w, h = (float(v) for v in root.get("viewBox").split())
    top = float(root.get("data-title-height", "0")) if hide_title else 0.0
    root.set("viewBox", f"0 {top:g} {w:g} {h - top:g}")
    # Markdown shows an image at most as wide as its column: a natural size wider than any
    # screen makes it exactly as wide, as the live map is.
    root.set("width", f"{w * SCALE:g}")
    root.set("height", f"{(h - top) * SCALE:g}")
    root.attrib.pop("data-title-height", None)
    data = base64.b64encode(ET.tostring(root, encoding="utf-8"))
    return f"![]({URL_HEAD}{data.decode('ascii')})"
