"""How a fill is painted (plain, hatched for 'likely', outline only) and the legend that lists
every fill drawn, beside or under the map, never over it."""

from __future__ import annotations

from figures import palette
from figures.map_figure import Fill, MapFigure
from figures.map_view import hidden_fills
from figures.svg_text import SOURCE_SIZE, TEXT_SIZE, num, text, wrap


def pattern(pid: str, colour: str, size: float) -> str:
    """Diagonal hatching in ``colour`` over a pale tint of it."""
    s = num(size)
    return (
        f'<pattern id="{pid}" patternUnits="userSpaceOnUse" width="{s}" height="{s}" '
        f'patternTransform="rotate(45)"><rect width="{s}" height="{s}" fill="{colour}" '
        f'fill-opacity="0.22"/><rect width="{num(size * 0.4)}" height="{s}" fill="{colour}"/>'
        "</pattern>"
    )


def paint(fill: Fill, pattern_id: str) -> str:
    """The fill and stroke attributes of a shape or swatch drawn with ``fill``."""
    if fill.kind == "outline":
        return f'fill="none" stroke="{fill.colour}" stroke-width="2.4"'
    if fill.hatched:
        return f'fill="url(#{pattern_id})" stroke="{fill.colour}" stroke-width="1.6"'
    return f'fill="{fill.colour}"'


def _swatch(fill: Fill, pid: str, x: float, top: float) -> str:
    if fill.kind == "dot":  # as svg_map draws a city: a likely one pale with a rim
        look = (
            f'fill-opacity="0.45" stroke="{fill.colour}" stroke-width="1.8"'
            if fill.hatched
            else 'stroke="#FFFFFF" stroke-width="1.2"'
        )
        return (
            f'<circle cx="{num(x + 9)}" cy="{num(top + 7)}" r="5.5" fill="{fill.colour}" '
            f"{look}/>"
        )
    edge = ' stroke="#BDBDBD" stroke-width="0.6"' if fill.kind == "area" else ""
    swatch = f'<rect x="{num(x)}" y="{num(top)}" width="18" height="14" {paint(fill, pid)}'
    if fill.hatched:
        return f"<defs>{pattern(pid, fill.colour, 6)}</defs>{swatch}/>"
    return f"{swatch}{edge}/>"


GAP = 16.0  # between legend columns


def width_of(columns: int, column_width: float) -> float:
    """The width of a legend of ``columns`` columns, each ``column_width`` wide."""
    return columns * column_width + (columns - 1) * GAP


def entries(fig: MapFigure) -> list[tuple[int, Fill]]:
    """The fills the legend lists, with their index: those meant to have an entry whose shapes
    show inside the frame (``figures.map_view``)."""
    hidden = hidden_fills(fig)
    return [(i, f) for i, f in enumerate(fig.fills) if f.legend and f.key not in hidden]


def legend(
    fig: MapFigure, uid: str, x: float, y: float, width: float, columns: int = 1
) -> tuple[str, float]:
    """Legend rows from (x, y) in ``columns`` columns of about equal height (a wide, low screen
    wants two); returns the markup and its height."""
    out, cy, size = [], y, TEXT_SIZE
    if fig.legend_title:
        for line in wrap(fig.legend_title, size, width):
            cy += size * 1.35
            out.append(
                f'<text x="{num(x)}" y="{num(cy)}" font-weight="bold" '
                f'font-size="{size}">{text(line)}</text>'
            )
        cy += 6
    col_w = (width - (columns - 1) * GAP) / columns
    rows = [(i, fill, wrap(fill.label, size, col_w - 30)) for i, fill in entries(fig)]
    heights = [8 + max(16, len(lines) * size * 1.2) for _i, _f, lines in rows]
    per_column = sum(heights) / columns
    column, cx, top_y, bottom = 0, x, cy, cy
    for (i, fill, lines), height in zip(rows, heights, strict=True):
        if column < columns - 1 and cy > top_y and cy - top_y + height / 2 > per_column:
            column, cy = column + 1, top_y
            cx = x + column * (col_w + GAP)
        top = cy + 4
        out.append(f'<g class="pri-legend-entry" data-fill="{text(fill.key)}">')
        out.append(_swatch(fill, f"{uid}-lh{i}", cx, top))
        for j, line in enumerate(lines):
            ty = top + 11 + j * size * 1.2
            out.append(f'<text x="{num(cx + 26)}" y="{num(ty)}">{text(line)}</text>')
        out.append("</g>")
        cy = top + height - 4
        bottom = max(bottom, cy)
    cy = bottom
    for note in fig.notes:
        for line in wrap(note, SOURCE_SIZE, width):
            cy += SOURCE_SIZE * 1.3
            out.append(
                f'<text x="{num(x)}" y="{num(cy)}" font-size="{SOURCE_SIZE}" '
                f'fill="{palette.MUTED}">{text(line)}</text>'
            )
    return "".join(out), cy - y + 4
