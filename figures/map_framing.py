"""Where a map looks: the frame that fits a selection with its surroundings (the EU view, one
outermost region's box, a zoomed mainland frame), the outermost regions' inset boxes and the
map point of a city. Pure: participant frames in, map units (``geo.projection``) out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import pandas as pd

from figures.map_figure import Shape, fit_frame, union_bounds
from geo.lookup import level_bounds
from geo.projection import INSET_GAP, INSETS, eu_frame, inset_boxes, map_point


def insets() -> tuple[tuple[str, tuple[float, float, float, float]], ...]:
    """Each outermost region's label and inset box, in ``geo.projection.INSETS`` order."""
    boxes = inset_boxes()
    return tuple((inset.label, boxes[inset.code]) for inset in INSETS)


def with_outermost(shapes: Sequence[Shape]) -> tuple[Shape, ...]:
    """``shapes`` and, after each country, its outermost regions in their boxes with its fill,
    tooltip and link: a country is drawn as its mainland (``geo.projection.map_geometries``)."""
    out = []
    for shape in shapes:
        out.append(shape)
        if shape.level in (0, "0", "0f"):
            out += [
                replace(shape, nuts_id=inset.code, level=2)
                for inset in INSETS
                if inset.code.startswith(shape.nuts_id)
            ]
    return tuple(out)


def city_point(row) -> tuple[float, float] | None:
    """A city's dot in map units: its coordinates, else the middle of its NUTS unit."""
    if pd.notna(row.lon) and pd.notna(row.lat):
        return map_point(float(row.lon), float(row.lat))
    bounds = level_bounds(int(row.nuts_level)).get(row.nuts_code)
    if bounds is None:
        return None
    return ((bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2)


def bounds_of(frame: pd.DataFrame) -> list[tuple[float, float, float, float]]:
    """Map-unit bounds of each participant's unit (a city: of its dot)."""
    out = []
    for row in frame.itertuples(index=False):
        if row.participant_type == "city":
            if (point := city_point(row)) is not None:
                out.append((*point, *point))
        elif (b := level_bounds(int(row.nuts_level)).get(row.nuts_code)) is not None:
            out.append(b)
    return out


# The profile locator frames its participant with enough around it to see where it is: at least
# LOCATOR_MIN_KM across (a city or Bruxelles with its country's neighbours and a coast), and
# LOCATOR_PAD of the unit's size on every side (a Member State or Norrbotten with its neighbours).
LOCATOR_MIN_KM, LOCATOR_PAD = 640.0, 0.6
INSET_MARGIN = 0.5 * INSET_GAP  # around an inset box framed alone: no sliver of the next box


def inset_frame(
    bounds: list[tuple[float, float, float, float]],
) -> tuple[float, float, float, float] | None:
    """The frame of the one inset box holding all of ``bounds`` (an outermost region: its box is
    its surroundings, sea and label), else None."""
    minx, miny, maxx, maxy = union_bounds(bounds)
    for bx, by, bw, bh in inset_boxes().values():
        if bx <= minx and maxx <= bx + bw and by <= miny and maxy <= by + bh:
            m = INSET_MARGIN
            return (bx - m, by - m, bw + 2 * m, bh + 2 * m)
    return None


def frame_for(
    bounds: list[tuple[float, float, float, float]],
    *,
    min_size: float = 700.0,
    pad: float = 0.25,
) -> tuple[float, float, float, float]:
    """The EU view, or a frame fitting ``bounds`` with surroundings when it is much smaller. A
    selection inside one outermost region's box is framed by that box; a mainland frame shows
    the Atlantic where the boxes are (``figures.map_view.framed`` leaves them out)."""
    eu = eu_frame()
    if not bounds:
        return eu
    if (box := inset_frame(bounds)) is not None:
        return box
    if any(inset_frame([b]) is not None for b in bounds):
        return eu  # outermost regions with others: every box, as the EU view shows them
    frame = fit_frame(union_bounds(bounds), min_size=min_size, pad=pad)
    return eu if frame[2] * frame[3] >= 0.5 * eu[2] * eu[3] else frame
