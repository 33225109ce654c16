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
base64-encoded in a data URL, or, for the first pages ``serve.py`` builds at its start, as a file
the browser fetched with the page (``ui.served_pictures``): no data string in it is ever read as
Markdown or HTML.
"""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ET
from functools import lru_cache

from figures.svg_narrow import CLASS as NARROW
from geo.shapes import FILES, coarse_paths, path_rings, served_paths
from ui import served_pictures
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
# How far the picture's outlines may stray, in canvas units (a 1000-unit canvas is shown about
# 900-1150 px wide): under a pixel for the map, a little more for the grey countries outside the
# EU. The EU view's Markdown: 100 KB instead of 148 KB, for the browser to parse and draw first.
TOLERANCE = 0.65
CONTEXT_TOLERANCE = 1.5
# The tolerances used, in map units (km): a few steps, so a few simplified copies are cached.
LADDER = (0.5, 1.0, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0, 24.0, 32.0)
Layer = tuple[tuple[float, float, float, float], float]  # (viewBox, map units per canvas unit)


def _rings_in(d: str, frame: tuple[float, float, float, float]) -> str:
    """The rings of path data ``d`` (``geo.shapes`` writes 'Mx yl dx dy ... z' rings) whose box
    meets ``frame`` (x, y, width, height): the countries outside the EU reach far beyond a map's
    frame, and the picture carries only what shows."""
    fx, fy, fw, fh = frame
    rings = d.split("M")[1:]
    return "".join(
        "M" + ring
        for ring, xy in zip(rings, path_rings(d), strict=True)
        if xy[:, 0].max() >= fx and xy[:, 0].min() <= fx + fw
        and xy[:, 1].max() >= fy and xy[:, 1].min() <= fy + fh
    )


def tolerance(level: str, units_per_canvas_unit: float) -> float | None:
    """The picture's simplification for the paths of ``level`` in a layer drawn at
    ``units_per_canvas_unit``; None when the served file is already as coarse."""
    wanted = (CONTEXT_TOLERANCE if level == CONTEXT_LEVEL else TOLERANCE) * units_per_canvas_unit
    steps = [t for t in LADDER if t <= wanted]
    return steps[-1] if steps and steps[-1] > FILES[level].detail.tolerance else None


def _fill(node: ET.Element, layer: Layer | None) -> None:
    """Write in the path data the browser would take from its geometry file, simplified to what
    the ``layer`` it is in (``Layer``) can show."""
    level, nuts_id = node.get("data-l"), node.get("data-nuts")
    if level is None or nuts_id is None or node.get("d") is not None:
        return
    step = tolerance(level, layer[1]) if layer else None
    d = (served_paths(level) if step is None else coarse_paths(level, step)).get(nuts_id)
    if d and level == CONTEXT_LEVEL and layer is not None:
        d = _rings_in(d, layer[0])
    if d:
        node.set("d", d)


def _fill_all(node: ET.Element, layer: Layer | None) -> None:
    """``_fill`` every path under ``node``, each with the map layer (an inner ``svg``) it is in."""
    if node.tag == f"{{{SVG_NS}}}svg" and node.get("viewBox"):
        box = tuple(float(v) for v in node.get("viewBox").split())
        width = float(node.get("width", "0"))
        layer = (box, box[2] / width if width else 0.0)  # no width: nothing simplified
    _fill(node, layer)
    for child in node:
        _fill_all(child, layer)


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
def picture_svg(svg: str, hide_title: bool) -> bytes:
    """The inert, self-contained copy of the map's ``svg`` as the live map frames it (the title
    cropped when ``hide_title``)."""
    root = ET.fromstring(svg)
    for parent in list(root.iter()):  # an image is in no container: never the narrow layout
        for child in [c for c in parent if NARROW in (c.get("class") or "").split()]:
            parent.remove(child)
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
    return ET.tostring(root, encoding="utf-8")


def picture(svg: str, hide_title: bool) -> str:
    """``picture_svg`` as a Markdown image: its URL when it is served as a file, which the page
    fetched with its HTML (``ui.served_pictures``), else the SVG base64-encoded in a data URL.
    Either way no data string in it is ever read as Markdown."""
    data = picture_svg(svg, hide_title)
    url = served_pictures.url_of(data) or URL_HEAD + base64.b64encode(data).decode("ascii")
    return f"![]({url})"
