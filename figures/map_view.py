"""What a map's frame shows: which of its fills are drawn inside the frame, so that the legend
lists a fill only when the reader can see it (a zoomed view, a locator, a widened presentation
frame). Countries are tested on their shapes as the browser draws them (``static/map``), not on
their bounding boxes: a locator in Sweden must not list a fill drawn only on Cyprus."""

from __future__ import annotations

import json
import re
from dataclasses import replace
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


def inside(box: tuple[float, ...], frame: tuple[float, ...]) -> bool:
    """Whether the rectangle ``box`` (x, y, w, h) lies wholly in ``frame`` (x, y, w, h)."""
    bx, by, bw, bh = box
    fx, fy, fw, fh = frame
    return fx <= bx and fy <= by and bx + bw <= fx + fw and by + bh <= fy + fh


def framed(fig: MapFigure) -> MapFigure:
    """``fig`` without the inset boxes its frame does not show as insets, and without what is
    drawn in them: the EU view shows them all, an outermost region's own frame its box; a frame
    on the mainland shows the Atlantic where the boxes sit, never a box or a part of one."""
    if not fig.insets:
        return fig
    frame_area = fig.frame[2] * fig.frame[3]
    every = all(inside(box, fig.frame) for _label, box in fig.insets)
    kept = tuple(
        (label, box)
        for label, box in fig.insets
        if inside(box, fig.frame) and (every or frame_area <= 1.5 * box[2] * box[3])
    )
    if len(kept) == len(fig.insets):
        return fig
    boxes = {box for _label, box in kept}
    gone = {code for code, box in inset_boxes().items() if box not in boxes}

    def shown(shape: Shape) -> bool:
        return shape.level in _COUNTRY_LEVELS or not any(
            shape.nuts_id.startswith(code) or code.startswith(shape.nuts_id) for code in gone
        )

    gone_boxes = [inset_boxes()[code] for code in gone]
    return replace(
        fig,
        insets=kept,
        base=tuple(s for s in fig.base if shown(s)),
        shapes=tuple(s for s in fig.shapes if shown(s)),
        outlines=tuple(s for s in fig.outlines if shown(s)),
        dots=tuple(
            d for d in fig.dots if not any(inside((d.x, d.y, 0, 0), b) for b in gone_boxes)
        ),
    )
