"""The one map renderer: a ``MapFigure`` (what to draw) -> an SVG document (how it looks).

Layout, in SVG units of a 1000-wide canvas: the title line, the map (a nested ``<svg>`` whose
viewBox is the frame in map units, ``geo.projection``), the legend beside or under it (never over
it) and the source line with the boundaries' attribution. Every shape is a ``<path>`` carrying its
NUTS code (``data-nuts``). Without ``paths`` a path has no ``d``: the browser fills it from the
geometry files it fetched once (``data-l`` = NUTS level); with ``paths`` the SVG is complete.

Every text is XML-escaped here (names come from data files).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

from figures import palette

WIDTH = 1000.0
LEGEND_WIDTH = 250.0
TITLE_SIZE, TEXT_SIZE, SOURCE_SIZE, LABEL_SIZE = 20.0, 13.0, 11.5, 12.0
SEA = "#F7FAFC"
_ATTR = {"\n": "&#10;", "\t": "&#9;"}


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
    """One NUTS unit drawn with one fill; ``target`` (a participant id) makes it clickable."""

    nuts_id: str
    level: int
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
    base: tuple[Shape, ...] = ()  # drawn first: countries, or every region of a choropleth
    shapes: tuple[Shape, ...] = ()  # participants, above the base
    outlines: tuple[Shape, ...] = ()  # drawn as outlines only, above everything but dots
    dots: tuple[Dot, ...] = ()
    insets: tuple[tuple[str, tuple[float, float, float, float]], ...] = ()  # label, box
    legend_title: str = ""
    notes: tuple[str, ...] = field(default=())  # lines under the legend


def _attr(value: str) -> str:
    return quoteattr(value, _ATTR)


def _text(value: str) -> str:
    return escape(value)


def _n(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def text_width(text: str, size: float) -> float:
    """Estimated width of ``text`` in a sans-serif font: enough to keep labels apart."""
    return 0.56 * size * len(text)


def wrap(text: str, size: float, width: float) -> list[str]:
    """Lines of ``text`` no wider than ``width`` (estimated), broken at spaces."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and text_width(candidate, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return [*lines, line] if line else lines


def safe_id(key: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "-", key) or "map"


def _pattern(pid: str, colour: str, size: float) -> str:
    """Diagonal hatching in ``colour`` over a pale tint of it."""
    s = _n(size)
    return (
        f'<pattern id="{pid}" patternUnits="userSpaceOnUse" width="{s}" height="{s}" '
        f'patternTransform="rotate(45)"><rect width="{s}" height="{s}" fill="{colour}" '
        f'fill-opacity="0.22"/><rect width="{_n(size * 0.4)}" height="{s}" fill="{colour}"/>'
        "</pattern>"
    )


def _paint(fill: Fill, pattern_id: str) -> str:
    if fill.kind == "outline":
        return f'fill="none" stroke="{fill.colour}" stroke-width="2.4"'
    if fill.hatched:
        return f'fill="url(#{pattern_id})" stroke="{fill.colour}" stroke-width="1.6"'
    return f'fill="{fill.colour}"'


def _shape(
    uid: str, shape: Shape, paint: str, paths: Mapping[str, str] | None, layer: str
) -> str:
    parts = [f'<path id="{uid}-{layer}-{shape.nuts_id}" data-nuts="{shape.nuts_id}"']
    parts.append(f'data-l="{shape.level}" {paint}')
    if paths is not None and shape.nuts_id in paths:
        parts.append(f'd="{paths[shape.nuts_id]}"')
    if shape.tip:
        parts.append(f"data-tip={_attr(chr(10).join(shape.tip))}")
    if shape.target:
        parts.append(
            f'data-pid={_attr(shape.target)} tabindex="0" role="link" '
            f"aria-label={_attr(', '.join(shape.tip[:1]) or shape.target)}"
        )
    return " ".join(parts) + "/>"


def place_labels(
    dots: tuple[Dot, ...], size: float, radius: float
) -> list[tuple[float, float, str] | None]:
    """For each dot, (x, y, text-anchor) of a label clear of earlier labels and of the dots, or
    None when no place is free (the tooltip still names it). Tried: right, left, above, below."""
    taken = [(d.x - radius, d.y - radius, d.x + radius, d.y + radius) for d in dots]
    out: list[tuple[float, float, str] | None] = []
    for dot in dots:
        w, h = text_width(dot.label, size), size
        gap = radius * 1.6
        options = [
            (dot.x + gap, dot.y + h * 0.35, "start", (dot.x + gap, dot.y - h / 2)),
            (dot.x - gap, dot.y + h * 0.35, "end", (dot.x - gap - w, dot.y - h / 2)),
            (dot.x, dot.y - gap, "middle", (dot.x - w / 2, dot.y - gap - h)),
            (dot.x, dot.y + gap + h * 0.8, "middle", (dot.x - w / 2, dot.y + gap)),
        ]
        chosen = None
        for x, y, anchor, (left, top) in options:
            box = (left, top, left + w, top + h)
            if not any(_overlap(box, other) for other in taken):
                chosen = (x, y, anchor)
                taken.append(box)
                break
        out.append(chosen)
    return out


def _overlap(a: tuple, b: tuple) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _legend(fig: MapFigure, uid: str, x: float, y: float, width: float) -> tuple[str, float]:
    """Legend rows from (x, y); returns the markup and its height."""
    out, cy = [], y
    if fig.legend_title:
        for line in wrap(fig.legend_title, TEXT_SIZE, width):
            cy += TEXT_SIZE * 1.35
            out.append(
                f'<text x="{_n(x)}" y="{_n(cy)}" font-weight="bold" '
                f'font-size="{TEXT_SIZE}">{_text(line)}</text>'
            )
        cy += 6
    for i, fill in enumerate(fig.fills):
        if not fill.legend:
            continue
        lines = wrap(fill.label, TEXT_SIZE, width - 30)
        top = cy + 4
        if fill.kind == "dot":
            swatch = (
                f'<circle cx="{_n(x + 9)}" cy="{_n(top + 7)}" r="5.5" fill="{fill.colour}" '
                'stroke="#FFFFFF" stroke-width="1.2"/>'
            )
        else:
            paint = _paint(fill, f"{uid}-lh{i}")
            swatch = f'<rect x="{_n(x)}" y="{_n(top)}" width="18" height="14" {paint}/>'
            if fill.hatched:
                out.append(f"<defs>{_pattern(f'{uid}-lh{i}', fill.colour, 6)}</defs>")
            if fill.kind == "area" and not fill.hatched:
                swatch = swatch[:-2] + ' stroke="#BDBDBD" stroke-width="0.6"/>'
        out.append(f'<g class="pri-legend-entry" data-fill="{_text(fill.key)}">{swatch}')
        for j, line in enumerate(lines):
            ty = top + 11 + j * TEXT_SIZE * 1.2
            out.append(f'<text x="{_n(x + 26)}" y="{_n(ty)}">{_text(line)}</text>')
        out.append("</g>")
        cy = top + max(16, len(lines) * TEXT_SIZE * 1.2) + 4
    for note in fig.notes:
        for line in wrap(note, SOURCE_SIZE, width):
            cy += SOURCE_SIZE * 1.3
            out.append(
                f'<text x="{_n(x)}" y="{_n(cy)}" font-size="{SOURCE_SIZE}" '
                f'fill="{palette.MUTED}">{_text(line)}</text>'
            )
    return "".join(out), cy - y + 4


def map_layer(
    fig: MapFigure, uid: str, width: float, paths: Mapping[str, str] | None
) -> list[str]:
    """The inner ``<svg>`` body: patterns, sea, inset boxes, shapes, outlines, dots, labels."""
    fx, fy, fw, fh = fig.frame
    unit = fw / width  # map units per SVG unit
    fills = {f.key: f for f in fig.fills}
    pattern_ids = {f.key: f"{uid}-h{i}" for i, f in enumerate(fig.fills)}
    defs = [
        _pattern(pattern_ids[f.key], f.colour, 7 * unit) for f in fig.fills if f.hatched
    ]
    out = [f"<defs>{''.join(defs)}</defs>"] if defs else []
    out.append(
        f'<rect x="{_n(fx)}" y="{_n(fy)}" width="{_n(fw)}" height="{_n(fh)}" fill="{SEA}"/>'
    )
    for _label, (bx, by, bw, bh) in fig.insets:
        out.append(
            f'<rect class="pri-inset" x="{_n(bx)}" y="{_n(by)}" width="{_n(bw)}" '
            f'height="{_n(bh)}" fill="#FFFFFF" stroke="{palette.INSET_FRAME}" stroke-width="0.8"/>'
        )
    for layer, shapes, stroke in (
        ("b", fig.base, f'stroke="{palette.BORDER}" stroke-width="0.7"'),
        ("p", fig.shapes, f'stroke="{palette.OUTLINE}" stroke-width="0.5"'),
    ):
        if not shapes:
            continue
        out.append(f'<g class="pri-{"base" if layer == "b" else "areas"}" {stroke}>')
        for shape in shapes:
            fill = fills[shape.fill]
            out.append(_shape(uid, shape, _paint(fill, pattern_ids[fill.key]), paths, layer))
        out.append("</g>")
    if fig.outlines:
        out.append('<g class="pri-outlines">')
        for shape in fig.outlines:
            out.append(_shape(uid, shape, _paint(fills[shape.fill], ""), paths, "o"))
        out.append("</g>")
    for label, (bx, by, bw, _bh) in fig.insets:
        size = LABEL_SIZE * 0.9 * unit
        out.append(
            f'<text class="pri-inset-label" x="{_n(bx + 0.04 * bw)}" y="{_n(by + 1.2 * size)}" '
            f'font-size="{_n(size)}" fill="{palette.MUTED}">{_text(label)}</text>'
        )
    if fig.dots:
        radius, size = 5.5 * unit, LABEL_SIZE * unit
        out.append('<g class="pri-dots">')
        for dot in fig.dots:
            fill = fills[dot.fill]
            paint = (
                f'fill="{fill.colour}" fill-opacity="0.45" stroke="{fill.colour}" '
                'stroke-width="1.8"'
                if fill.hatched
                else f'fill="{fill.colour}" stroke="#FFFFFF" stroke-width="1.2"'
            )
            attrs = f'cx="{_n(dot.x)}" cy="{_n(dot.y)}" r="{_n(radius)}" {paint}'
            if dot.tip:
                attrs += f" data-tip={_attr(chr(10).join(dot.tip))}"
            if dot.target:
                attrs += (
                    f' data-pid={_attr(dot.target)} tabindex="0" role="link" '
                    f"aria-label={_attr(dot.tip[0] if dot.tip else dot.label)}"
                )
            out.append(f"<circle {attrs}/>")
        for dot, place in zip(fig.dots, place_labels(fig.dots, size, radius), strict=True):
            if place is not None:
                x, y, anchor = place
                out.append(
                    f'<text class="pri-label" x="{_n(x)}" y="{_n(y)}" text-anchor="{anchor}" '
                    f'font-size="{_n(size)}" paint-order="stroke" stroke="#FFFFFF" '
                    f'stroke-width="{_n(3 * unit)}">{_text(dot.label)}</text>'
                )
        out.append("</g>")
    return out


def render(
    fig: MapFigure,
    key: str,
    *,
    legend: str = "right",
    paths: Mapping[str, str] | None = None,
    width: float = WIDTH,
) -> str:
    """The SVG document of ``fig``, ``width`` units wide (about the pixels it is shown at, so text
    keeps its size); ``legend`` 'right' or 'below' the map; ``paths`` (NUTS code -> path data)
    makes it self-contained, else the browser fills each ``d`` from its cache."""
    uid = safe_id(key)
    fx, fy, fw, fh = fig.frame
    map_w = width - LEGEND_WIDTH - 20 if legend == "right" else width
    map_h = map_w * fh / fw
    title_h = TITLE_SIZE * 1.9
    legend_w = LEGEND_WIDTH if legend == "right" else width
    legend_x = map_w + 20 if legend == "right" else 0.0
    legend_y = title_h if legend == "right" else title_h + map_h + 6
    legend_svg, legend_h = _legend(fig, uid, legend_x, legend_y, legend_w)
    body_h = max(map_h, legend_h) if legend == "right" else map_h + 6 + legend_h
    source_lines = wrap(fig.source, SOURCE_SIZE, width)
    height = title_h + body_h + 10 + len(source_lines) * SOURCE_SIZE * 1.35
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="pri-svg" id="{uid}-svg" '
        f'viewBox="0 0 {_n(width)} {_n(height)}" width="{_n(width)}" height="{_n(height)}" '
        f'data-title-height="{_n(title_h)}" font-family="{palette.FONT_FAMILY}" '
        f'font-size="{TEXT_SIZE}" fill="{palette.TEXT}">',
        "<style>path,rect,circle{vector-effect:non-scaling-stroke}</style>",
        f'<rect width="{_n(width)}" height="{_n(height)}" fill="#FFFFFF"/>',
        f'<text class="pri-title" x="0" y="{_n(TITLE_SIZE * 1.2)}" font-size="{TITLE_SIZE}" '
        f'font-weight="bold">{_text(fig.title)}</text>',
        f'<svg class="pri-frame" x="0" y="{_n(title_h)}" width="{_n(map_w)}" '
        f'height="{_n(map_h)}" viewBox="{_n(fx)} {_n(fy)} {_n(fw)} {_n(fh)}" '
        'preserveAspectRatio="xMidYMid meet" overflow="hidden">',
        *map_layer(fig, uid, map_w, paths),
        "</svg>",
        legend_svg,
    ]
    y = title_h + body_h + 10
    for line in source_lines:
        y += SOURCE_SIZE * 1.2
        out.append(
            f'<text class="pri-source" x="0" y="{_n(y)}" font-size="{SOURCE_SIZE}" '
            f'fill="{palette.MUTED}">{_text(line)}</text>'
        )
    out.append("</svg>")
    return "".join(out)


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


def within(inner: tuple[float, ...], outer: tuple[float, ...]) -> bool:
    """Whether frame ``inner`` (x, y, w, h) lies inside ``outer`` (same form)."""
    eps = 1e-6
    return (
        inner[0] >= outer[0] - eps
        and inner[1] >= outer[1] - eps
        and inner[0] + inner[2] <= outer[0] + outer[2] + eps
        and inner[1] + inner[3] <= outer[1] + outer[3] + eps
    )


def clamp_to(frame: tuple[float, ...], outer: tuple[float, ...]) -> tuple[float, ...]:
    """``frame`` as is when it fits in ``outer``... or ``outer`` itself when it is nearly as big
    (a network spread over the EU is shown as the EU view)."""
    if frame[2] * frame[3] >= 0.6 * outer[2] * outer[3] or not math.isfinite(frame[2]):
        return outer
    return frame
