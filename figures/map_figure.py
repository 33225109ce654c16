"""What a map draws, before any markup: its fills (each with a legend entry), shapes, city dots
and insets (``MapFigure``), and the frame helpers that fit a view around a selection. Coordinates
are map units (``geo.projection``): kilometres of EPSG:3035, y flipped."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Fill:
    """A fill the map draws, and its legend entry (every fill drawn has one)."""

    key: str
    colour: str
    label: str
    hatched: bool = False  # likely participants: hatched in their colour, with an outline
    kind: str = "area"  # "area", "dot" (cities) or "outline"
    legend: bool = True  # False: explained by a shared entry (each colour hatched: 'likely')


@dataclass(frozen=True)
class Shape:
    """One NUTS unit drawn with one fill; ``target`` (a participant id) makes it clickable.
    ``level`` names the geometry file that holds its path (``geo.shapes.FILES``): a NUTS level,
    or a key such as ``"0f"`` (finer countries) or ``"n"`` (the countries outside the EU)."""

    nuts_id: str
    level: int | str
    fill: str
    tip: tuple[str, ...] = ()
    target: str = ""


@dataclass(frozen=True)
class Dot:
    """A city: a dot at (x, y) in map units, with a label placed clear of the others."""

    x: float
    y: float
    fill: str
    label: str
    tip: tuple[str, ...] = ()
    target: str = ""


@dataclass(frozen=True)
class MapFigure:
    title: str
    source: str
    frame: tuple[float, float, float, float]  # x, y, width, height in map units
    fills: tuple[Fill, ...]
    context: tuple[Shape, ...] = ()  # drawn first, never interactive: countries outside the EU
    base: tuple[Shape, ...] = ()  # countries, or every region of a choropleth
    shapes: tuple[Shape, ...] = ()  # participants, above the base
    outlines: tuple[Shape, ...] = ()  # drawn as outlines only, above everything but dots
    dots: tuple[Dot, ...] = ()
    insets: tuple[tuple[str, tuple[float, float, float, float]], ...] = ()  # label, box
    legend_title: str = ""
    notes: tuple[str, ...] = field(default=())  # lines under the legend
    paths: Mapping[str, str] = field(default_factory=dict)  # path data written into the SVG


def fit_frame(
    bounds: tuple[float, float, float, float],
    *,
    pad: float = 0.25,
    min_size: float = 700.0,
    aspect: tuple[float, float] = (0.8, 1.5),
) -> tuple[float, float, float, float]:
    """A frame (x, y, w, h) around ``bounds`` with room for the surroundings: ``pad`` of the size
    on every side, at least ``min_size`` map units (km) across, width/height within ``aspect``."""
    minx, miny, maxx, maxy = bounds
    w = max((maxx - minx) * (1 + 2 * pad), min_size)
    h = max((maxy - miny) * (1 + 2 * pad), min_size)
    lo, hi = aspect
    if w / h < lo:
        w = h * lo
    elif w / h > hi:
        h = w / hi
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    return (cx - w / 2, cy - h / 2, w, h)


def union_bounds(boxes: list[tuple[float, float, float, float]]) -> tuple[float, ...]:
    """The bounds of several bounds."""
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def widen(
    frame: tuple[float, float, float, float], aspect: float
) -> tuple[float, float, float, float]:
    """``frame`` grown about its centre to width/height ``aspect`` (more surroundings, nothing
    cut off)."""
    x, y, w, h = frame
    if w / h < aspect:
        return (x - (h * aspect - w) / 2, y, h * aspect, h)
    return (x, y - (w / aspect - h) / 2, w, w / aspect)

