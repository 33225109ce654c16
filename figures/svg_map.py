"""The one map renderer: a ``MapFigure`` (what to draw) -> an SVG document (how it looks).

Layout, in SVG units of a 1000-wide canvas: the title line, the map (a nested ``<svg>`` whose
viewBox is the frame in map units, ``geo.projection``), the legend beside or under it (never over
it, ``figures.map_legend``) and the source line with the boundaries' attribution. Every shape is a
``<path>`` carrying its NUTS code (``data-nuts``). Without ``paths`` a path has no ``d``: the
browser fills it from the geometry files it fetched once (``data-l`` = NUTS level); with
``paths`` the SVG is complete.

Every text is XML-escaped (``figures.svg_text``; names come from data files).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import NamedTuple

from figures import map_legend, map_view, palette, svg_narrow
from figures.map_figure import Dot, MapFigure, Shape, widen
from figures.map_legend import paint, pattern
from figures.map_view import inside
from figures.svg_text import (
    LABEL_SIZE,
    SOURCE_SIZE,
    TEXT_SIZE,
    TITLE_SIZE,
    attr,
    num,
    place_labels,
    safe_id,
    small_print,
    small_print_height,
    text,
    text_width,
    title_text,
)
from geo import neighbours

WIDTH = 1000.0
# The profile's locator, legend below: its column is 300-430 px wide beside the details, about
# 440 px under them in a narrow window (ui/layout.py), so its text shows at 11 px or more.
LOCATOR_WIDTH = 340.0
LEGEND_WIDTH = 250.0
SEA = "#F7FAFC"
MAX_ASPECT = 2.2  # a map filling a wide screen shows at most this width/height of land and sea


def _interactive(tip: tuple[str, ...], target: str, name: str) -> str:
    """Tooltip lines and, for a participant, what makes it a link: a click, Tab and Enter."""
    out = f" data-tip={attr(chr(10).join(tip))}" if tip else ""
    if target:
        out += f' data-pid={attr(target)} tabindex="0" role="link" aria-label={attr(name)}'
    return out


def _shape(uid: str, shape: Shape, paint_attrs: str, paths: Mapping[str, str], layer: str) -> str:
    d = f' d="{paths[shape.nuts_id]}"' if shape.nuts_id in paths else ""
    name = ", ".join(shape.tip[:1]) or shape.target
    return (
        f'<path id="{uid}-{layer}-{shape.nuts_id}" data-nuts="{shape.nuts_id}" '
        f'data-l="{shape.level}" {paint_attrs}{d}{_interactive(shape.tip, shape.target, name)}/>'
    )


def _dot(dot: Dot, fills: Mapping, radius: float) -> str:
    fill = fills[dot.fill]
    if fill.hatched:
        look = f'fill="{fill.colour}" fill-opacity="0.45" stroke="{fill.colour}" stroke-width="1.8"'
    else:
        look = f'fill="{fill.colour}" stroke="#FFFFFF" stroke-width="1.2"'
    name = dot.tip[0] if dot.tip else dot.label
    return (
        f'<circle cx="{num(dot.x)}" cy="{num(dot.y)}" r="{num(radius)}" {look}'
        f"{_interactive(dot.tip, dot.target, name)}/>"
    )


def _insets(fig: MapFigure, unit: float) -> tuple[list[str], list[str]]:
    """The outermost regions' boxes (drawn under the shapes) and labels (drawn over them)."""
    boxes, labels = [], []
    for label, (bx, by, bw, bh) in fig.insets:
        # as large as the dots' labels, smaller when the box is too narrow for its name
        size = min(LABEL_SIZE * 0.9 * unit, 0.92 * bw / text_width(label, 1.0))
        boxes.append(
            f'<rect class="pri-inset" x="{num(bx)}" y="{num(by)}" width="{num(bw)}" '
            f'height="{num(bh)}" fill="#FFFFFF" stroke="{palette.INSET_FRAME}" stroke-width="0.8"/>'
        )
        labels.append(
            f'<text class="pri-inset-label" x="{num(bx + 0.04 * bw)}" y="{num(by + 1.2 * size)}" '
            f'font-size="{num(size)}" fill="{palette.MUTED}">{text(label)}</text>'
        )
    return boxes, labels


def _labels(fig: MapFigure, unit: float, radius: float, scale: float, cls: str) -> str:
    """The cities' labels at ``scale`` times their size, each clear of the others (the narrow
    layout's copy is placed for its own size): one group holding what they share, so a filter
    change sends a few bytes a label."""
    size = LABEL_SIZE * unit * scale
    texts = "".join(
        f'<text x="{num(place[0])}" y="{num(place[1])}" text-anchor="{place[2]}">'
        f"{text(dot.label)}</text>"
        for dot, place in zip(fig.dots, place_labels(fig.dots, size, radius), strict=True)
        if place is not None
    )
    return (
        f'<g class="{cls}" font-size="{num(size)}" paint-order="stroke" stroke="#FFFFFF" '
        f'stroke-width="{num(3 * unit * scale)}">{texts}</g>'
    )


def map_layer(
    fig: MapFigure, uid: str, width: float, paths: Mapping[str, str] | None, narrow: float = 0.0
) -> list[str]:
    """The inner ``<svg>`` body: patterns, sea, inset boxes, countries outside the EU, shapes,
    outlines, dots, labels (and the narrow layout's labels, ``narrow`` times their size, if not
    0). ``paths`` (with the figure's own) are written in."""
    paths = {**fig.paths, **(paths or {})}
    fx, fy, fw, fh = fig.frame
    unit = fw / width  # map units per SVG unit
    fills = {f.key: f for f in fig.fills}
    pattern_ids = {f.key: f"{uid}-h{i}" for i, f in enumerate(fig.fills)}
    defs = [pattern(pattern_ids[f.key], f.colour, 7 * unit) for f in fig.fills if f.hatched]
    out = [f"<defs>{''.join(defs)}</defs>"] if defs else []
    out.append(
        f'<rect x="{num(fx)}" y="{num(fy)}" width="{num(fw)}" height="{num(fh)}" fill="{SEA}"/>'
    )
    inset_boxes, inset_labels = _insets(fig, unit)
    out += inset_boxes
    context = f' fill-rule="evenodd" stroke="{palette.BORDER}" stroke-width="0.5"'
    for layer, group, shapes, stroke in (
        ("c", "pri-context", fig.context, context),
        ("b", "pri-base", fig.base, f' stroke="{palette.BORDER}" stroke-width="0.7"'),
        ("p", "pri-areas", fig.shapes, f' stroke="{palette.OUTLINE}" stroke-width="0.5"'),
        ("o", "pri-outlines", fig.outlines, ""),
    ):
        if not shapes:
            continue
        out.append(f'<g class="{group}"{stroke}>')
        for shape in shapes:
            fill = fills[shape.fill]
            out.append(_shape(uid, shape, paint(fill, pattern_ids[fill.key]), paths, layer))
        out.append("</g>")
    out += inset_labels
    if fig.dots:
        radius = 5.5 * unit
        out.append('<g class="pri-dots">')
        out += [_dot(dot, fills, radius) for dot in fig.dots]
        out.append(_labels(fig, unit, radius, 1.0, "pri-labels"))
        if narrow:
            out.append(_labels(fig, unit, radius, narrow, f"pri-labels-narrow {svg_narrow.CLASS}"))
        out.append("</g>")
    return out


def fill_box(
    fig: MapFigure, uid: str, width: float, box: float
) -> tuple[MapFigure, float, int]:
    """``fig`` with its frame widened, the canvas width and the legend's columns, so that the SVG
    below its title has the width/height ratio ``box`` (a presentation screen): the map takes
    what the legend beside it leaves (up to ``MAX_ASPECT``), widened about its centre (the EU
    view: to the east). When one legend column
    needs more height than the screen's shape gives, it is set in two; the canvas grows only if
    even two need more, and the text is then shown a little smaller."""
    for columns in (1, 2):
        legend_w = map_legend.width_of(columns, LEGEND_WIDTH)
        _markup, legend_h = map_legend.legend(fig, uid, 0.0, 0.0, legend_w, columns)
        needed = box * (legend_h + small_print_height(fig.source, SOURCE_SIZE, width))
        if needed <= width * 1.1:
            break
    width = max(width, needed)
    map_w = width - legend_w - 20
    map_h = width / box - small_print_height(fig.source, SOURCE_SIZE, width)
    aspect = min(map_w / map_h, MAX_ASPECT)
    x, y, w, h = widen(fig.frame, aspect)
    if fig.insets and all(inside(box, fig.frame) for _label, box in fig.insets):
        # the EU view: more of the east (its neighbours) rather than empty Atlantic, as far as
        # the neighbours' geometry goes (geo.neighbours.CLIP), then some Atlantic
        x = min(fig.frame[0], neighbours.CLIP[2] - w)
    return replace(fig, frame=(x, y, w, h)), width, columns


def render(
    fig: MapFigure,
    key: str,
    *,
    legend: str = "right",
    paths: Mapping[str, str] | None = None,
    width: float = WIDTH,
    box: float = 0.0,
) -> str:
    """The SVG document of ``fig``, ``width`` units wide (about the pixels it is shown at, so text
    keeps its size); ``legend`` 'right' or 'below' the map; ``paths`` (NUTS code -> path data)
    makes it self-contained, else the browser fills each ``d`` from its cache. ``box``: the
    width/height ratio of the space it is shown in below its title, to fill (``fill_box``;
    legend right only)."""
    uid = safe_id(key)
    right, columns = legend == "right", 1
    if box and right:
        fig, width, columns = fill_box(fig, uid, width, box)
    fig = map_view.framed(fig)
    fx, fy, fw, fh = fig.frame
    legend_w = map_legend.width_of(columns, LEGEND_WIDTH) if right else width
    map_w = width - legend_w - 20 if right else width
    map_h = map_w * fh / fw
    title_svg, title_h = title_text(fig.title, TITLE_SIZE, width, "pri-title")
    legend_x, legend_y = (map_w + 20, title_h) if right else (0.0, title_h + map_h + 6)
    legend_svg, legend_h = map_legend.legend(fig, uid, legend_x, legend_y, legend_w, columns)
    body_h = max(map_h, legend_h) if right else map_h + 6 + legend_h
    source_h = small_print_height(fig.source, SOURCE_SIZE, width)
    height = title_h + body_h + source_h
    wide = svg_narrow.Layout(
        width=width, title_h=title_h, map_w=map_w, map_h=map_h, legend_x=legend_x,
        legend_y=legend_y, legend_h=legend_h, body_h=body_h, source_h=source_h,
    )  # fmt: skip
    narrow = _narrow_parts(fig, uid, wide) if right else _NarrowParts("", "", "", "")
    label_scale = svg_narrow.label_scale(wide.scale) if right else 0.0
    return "".join(
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" class="pri-svg" id="{uid}-svg" '
            f'viewBox="0 0 {num(width)} {num(height)}" width="{num(width)}" '
            f'height="{num(height)}" data-title-height="{num(title_h)}" '
            f'font-family="{palette.FONT_FAMILY}" font-size="{TEXT_SIZE}" fill="{palette.TEXT}">',
            f"<style>path,rect,circle{{vector-effect:non-scaling-stroke}}{narrow.rules}</style>",
            narrow.sizes,
            f'<rect width="{num(width)}" height="{num(height)}" fill="#FFFFFF"/>',
            title_svg,
            narrow.title,
            f'<g class="pri-body"><svg class="pri-frame" x="0" y="{num(title_h)}" '
            f'width="{num(map_w)}" height="{num(map_h)}" '
            f'viewBox="{num(fx)} {num(fy)} {num(fw)} {num(fh)}" '
            'preserveAspectRatio="xMidYMid meet" overflow="hidden">',
            *map_layer(fig, uid, map_w, paths, narrow=label_scale),
            "</svg></g>",
            f'<g class="pri-legend">{legend_svg}</g>',
            small_print(
                fig.source, SOURCE_SIZE, width, title_h + body_h,
                group="pri-sources", line="pri-source", fill=palette.MUTED,
            ),
            narrow.sources,
            "</svg>",
        )
    )


class _NarrowParts(NamedTuple):
    """The narrow layout's markup (``figures.svg_narrow``), each part where it goes in the SVG."""

    rules: str  # the same for every view of the map
    sizes: str  # a <style> of its own: what a filter change sends
    title: str
    sources: str  # where the wide ones are: the rules move them under the legend


def _narrow_parts(fig: MapFigure, uid: str, wide: svg_narrow.Layout) -> _NarrowParts:
    size = SOURCE_SIZE * svg_narrow.SOURCE_SCALE
    title_svg, title_h = title_text(
        fig.title, TITLE_SIZE * svg_narrow.TITLE_SCALE, wide.width,
        f"pri-title-narrow {svg_narrow.CLASS}",
    )
    sources = small_print(
        fig.source, size, wide.width, wide.title_h + wide.body_h,
        group=f"pri-sources-narrow {svg_narrow.CLASS}", line="pri-source-narrow",
        fill=palette.MUTED,
    )
    source_h = small_print_height(fig.source, size, wide.width)
    sizes = f'<style class="pri-sizes">{svg_narrow.sizes(uid, wide, title_h, source_h)}</style>'
    return _NarrowParts(svg_narrow.style(uid), sizes, title_svg, sources)
