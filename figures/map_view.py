"""What a map's frame shows: which of its fills are drawn inside the frame, so that the legend
lists a fill only when the reader can see it (a zoomed view, a locator, a widened presentation
frame). Countries are tested on their shapes as the browser draws them (``static/map``), not on
their bounding boxes: a locator in Sweden must not list a fill drawn only on Cyprus."""

from __future__ import annotations

import json
import re
from functools import cache

import numpy as np
import shapely

from figures.map_figure import MapFigure, Shape
from geo import neighbours
from geo.projection import inset_boxes
from geo.shapes import static_file

_RING = re.compile(r"M([^l]+)l([^z]*)z")
_COUNTRY_LEVELS = (0, "0", "0f")  # the countries (``geo.shapes.FILES``): one shape per code


def _rings(d: str) -> list[np.ndarray]:
    """The rings of path data written by ``geo.shapes.svg_path`` ('Mx yl dx dy ... z')."""
    rings = []
    for head, body in _RING.findall(d):
        start = np.array(head.split(), dtype=float)
        steps = np.array(body.split(), dtype=float).reshape(-1, 2)
        rings.append(np.vstack([start, start + np.cumsum(steps, axis=0)]))
    return rings


@cache
def country_shapes() -> dict[str, shapely.Geometry]:
    """EU country code -> its land (every ring filled, inset pieces included), prepared."""
    paths = json.loads(static_file("0").read_text(encoding="utf-8"))
    out = {}
    for code, d in paths.items():
        rings = [r for r in _rings(d) if len(r) >= 3]
        shape = shapely.multipolygons([shapely.polygons(r) for r in rings])
        shapely.prepare(shape)
        out[code] = shape
    return out


def _box(frame: tuple[float, float, float, float]) -> shapely.Geometry:
    x, y, w, h = frame
    return shapely.box(x, y, x + w, y + h)


def shown(fig: MapFigure, shape: Shape, layer: str) -> bool:
    """Whether ``shape`` of ``layer`` ('context' or 'base') shows inside the frame: an outermost
    region when its box does. A base shape that is not a country (a choropleth's region, always
    on the EU view) counts as shown."""
    if layer == "context":
        return neighbours.in_frame(fig.frame)
    if (box := inset_boxes().get(shape.nuts_id)) is not None:
        bx, by, bw, bh = box
        return _box(fig.frame).intersects(shapely.box(bx, by, bx + bw, by + bh))
    if shape.level in _COUNTRY_LEVELS and shape.nuts_id in country_shapes():
        return country_shapes()[shape.nuts_id].intersects(_box(fig.frame))
    return True


def hidden_fills(fig: MapFigure) -> set[str]:
    """Keys of the fills that only context or base shapes use, none of them inside the frame or
    all under a participant's own unit: drawn in the SVG but not seen, so not in the legend."""
    on_top = {s.fill for s in (*fig.shapes, *fig.outlines)} | {d.fill for d in fig.dots}
    covered = {s.nuts_id for s in fig.shapes}  # a participant's unit hides the base's
    seen: dict[str, bool] = {}
    for layer, shapes in (("context", fig.context), ("base", fig.base)):
        for shape in shapes:
            if shape.fill in on_top or seen.get(shape.fill):
                continue
            if layer == "base" and shape.nuts_id in covered:
                seen.setdefault(shape.fill, False)
                continue
            seen[shape.fill] = shown(fig, shape, layer)
    return {key for key, was_seen in seen.items() if not was_seen}
