"""Text in the SVG map: escaping (names come from data files), numbers, estimated widths,
wrapping, and city labels placed clear of each other."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

TITLE_SIZE, TEXT_SIZE, SOURCE_SIZE, LABEL_SIZE = 20.0, 13.0, 11.5, 12.0
_ATTR = {"\n": "&#10;", "\t": "&#9;"}
Box = tuple[float, float, float, float]  # left, top, right, bottom


def attr(value: str) -> str:
    """``value`` as a quoted, escaped XML attribute value (newlines kept as &#10;)."""
    return quoteattr(value, _ATTR)


def text(value: str) -> str:
    """``value`` escaped for an XML text node."""
    return escape(value)


def num(value: float) -> str:
    """A coordinate or size with at most two decimals, no trailing zeros."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def safe_id(key: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "-", key) or "map"


def text_width(value: str, size: float) -> float:
    """Estimated width of ``value`` in a sans-serif font: enough to keep labels apart."""
    return 0.56 * size * len(value)


def wrap(value: str, size: float, width: float) -> list[str]:
    """Lines of ``value`` no wider than ``width`` (estimated), broken at spaces."""
    lines, line = [], ""
    for word in value.split():
        candidate = f"{line} {word}".strip()
        if line and text_width(candidate, size) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return [*lines, line] if line else lines


SMALL_PRINT_GAP = 10.0  # SVG units between a figure and its source lines


def title_text(value: str, size: float, width: float, cls: str) -> tuple[str, float]:
    """``value`` as a bold title ``size`` units high in lines no wider than ``width``, and the
    height it takes. A long title ('… in 16 Mitgliedstaaten') wraps rather than running off the
    canvas; bold glyphs are about 8% wider than the estimate's regular ones."""
    lines = wrap(value, size * 1.08, width) or [""]
    spans = "".join(
        f'<tspan x="0" y="{num(size * (1.2 + 1.25 * i))}">{text(line)}'
        f"{' ' if i < len(lines) - 1 else ''}</tspan>"  # textContent keeps the space
        for i, line in enumerate(lines)
    )
    markup = f'<text class="{cls}" font-size="{num(size)}" font-weight="bold">{spans}</text>'
    return markup, size * (1.9 + 1.25 * (len(lines) - 1))


def small_print(
    value: str, size: float, width: float, top: float, *, group: str, line: str, fill: str
) -> str:
    """``value`` (the source lines) in lines no wider than ``width``, ``SMALL_PRINT_GAP`` under
    ``top`` (where the figure above ends): a ``<g>`` of class ``group`` holding a ``<text>`` of
    class ``line`` for each line. ``small_print_height`` is the height it takes with the gap."""
    lines = (
        f'<text class="{line}" x="0" y="{num(top + SMALL_PRINT_GAP + size * 1.2 * (i + 1))}" '
        f'font-size="{num(size)}" fill="{fill}">'
        f"{text(part)}</text>"
        for i, part in enumerate(wrap(value, size, width))
    )
    return f'<g class="{group}">{"".join(lines)}</g>'


def small_print_height(value: str, size: float, width: float) -> float:
    """The height ``small_print`` takes, with ``SMALL_PRINT_GAP`` above it."""
    return SMALL_PRINT_GAP + len(wrap(value, size, width)) * size * 1.35


def overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def place_labels(dots, size: float, radius: float) -> list[tuple[float, float, str] | None]:
    """For each dot (``x``, ``y``, ``label``), (x, y, text-anchor) of a label clear of earlier
    labels and of the dots, or None when no place is free (the tooltip still names it). Tried:
    right, left, above, below."""
    taken: list[Box] = [(d.x - radius, d.y - radius, d.x + radius, d.y + radius) for d in dots]
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
            if not any(overlap(box, other) for other in taken):
                chosen = (x, y, anchor)
                taken.append(box)
                break
        out.append(chosen)
    return out
