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
