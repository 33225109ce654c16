"""The map in a narrow page: narrower than ``NARROW_PX`` (the Map page at 800 px with the sidebar
open shows it 436 px wide), a map laid out for 1000 units would show its title at 8 px and
its city labels, legend and source lines at 5-7 px. There the map spans the whole width, the
legend goes under it, and the title, the city labels and the source lines are shown from a second,
larger copy of each (class ``pri-narrow``, hidden everywhere else), wrapped or placed for their
size.

All by CSS in the SVG's own ``<style>``: a container query on the page's ``.pri-map-canvas``
(``static/map/pri-map.js``). A downloaded SVG or PNG, the first-paint picture (an image, in no
container) and the viewBox keep the wide layout; the component drops the narrow copies from
downloads. When presenting, the component crops the title (class ``pri-untitled`` on the root):
the narrow title stays hidden and the map starts where the cropped title ended.
"""

from __future__ import annotations

from dataclasses import dataclass

from figures.svg_text import LABEL_SIZE, num

NARROW_PX = 760
# Sizes in the narrow layout, as multiples of the wide ones; at 436 px (the map's width at 800 px
# with the sidebar open) each text is then 10.5-14.4 px.
LEGEND_SCALE = 2.0  # 13 -> 26 units: 11.3 px
TITLE_SCALE = 1.65  # 20 -> 33 units: 14.4 px
SOURCE_SCALE = 2.1  # 11.5 -> 24.15 units: 10.5 px
LABEL_UNITS = 26.0  # the cities' labels: 11.3 px (see label_scale)
CLASS = "pri-narrow"
HIDDEN = f".{CLASS}{{display:none}}"  # outside the query: downloads and pictures too
UNTITLED = "pri-untitled"  # the component's class on a root whose title it crops


@dataclass(frozen=True)
class Layout:
    """The wide layout's boxes, in SVG units: the narrow one is derived from them."""

    width: float
    title_h: float
    map_w: float
    map_h: float
    legend_x: float
    legend_y: float
    legend_h: float
    body_h: float
    source_h: float

    @property
    def scale(self) -> float:
        """How much the narrow layout scales the map up: to the whole width."""
        return self.width / self.map_w


def label_scale(body_scale: float) -> float:
    """How much larger than in the wide layout the cities' labels are set in the narrow one: the
    map, which holds them, is already scaled up by ``body_scale`` (its width / the map's; 1.37 on
    a page, about 2 for a presentation screen's map beside a two-column legend)."""
    return LABEL_UNITS / (LABEL_SIZE * body_scale)


def style(uid: str) -> str:
    """The narrow layout's rules for map ``uid``: the same for every view of it, so a filter
    change never sends them again; the view's own sizes come in ``sizes``. The map starts under
    the title shown (``--top``: the narrow one, or the cropped wide one's height when presenting);
    the legend, LEGEND_SCALE times its size, 10 units under the map; the source lines 6 under
    it; the SVG's box grows by a bottom margin in container query units (1 cqw is 1% of its
    width) to hold them. Only what is below the box shows past it: with the title cropped
    (presenting), the canvas above would cover the page's own title."""
    me, k = f"#{uid}-svg", num(LEGEND_SCALE)
    legend_top = "(var(--top) + var(--map-h) * var(--s) + 10)"
    shift = f"({legend_top} + var(--legend-h) * {k} + 6 - var(--title-h) - var(--body-h))"
    grow = f"({shift} + var(--narrow-source-h) - var(--source-h))"
    return (
        f"{HIDDEN}.pri-map-canvas{{container-type:inline-size}}"
        f"@container (max-width:{NARROW_PX}px){{"
        f"{me}{{--top:var(--title-h);overflow:visible;"
        f"margin-bottom:calc({grow} / var(--w) * 100cqw)}}"
        f"{me}:not(.{UNTITLED}){{--top:var(--narrow-title-h)}}"
        f"{me}.{UNTITLED}{{clip-path:inset(0 -100% -1000% -100%)}}"
        f"{me}>.pri-body{{transform:translate(0,calc((var(--top) - var(--title-h) * var(--s))"
        f" * 1px)) scale(var(--s))}}"
        f"{me}>.pri-legend{{transform:translate(calc(var(--legend-x) * -{k}px),"
        f"calc(({legend_top} - {k} * var(--legend-y)) * 1px)) scale({k})}}"
        f"{me}>.pri-sources-narrow{{transform:translate(0,calc({shift} * 1px))}}"
        f"{me}>.pri-title,{me}>.pri-sources,{me} .pri-labels{{display:none}}"
        f"{me} .{CLASS}{{display:inline}}{me}.{UNTITLED}>.pri-title-narrow{{display:none}}}}"
    )


def sizes(uid: str, wide: Layout, title_h: float, source_h: float) -> str:
    """This view's sizes for ``style``, whose narrow title and source lines are ``title_h`` and
    ``source_h`` high: the few numbers a filter change sends."""
    values = {
        "w": wide.width, "s": wide.scale, "title-h": wide.title_h,
        "narrow-title-h": title_h, "map-h": wide.map_h, "legend-x": wide.legend_x,
        "legend-y": wide.legend_y, "legend-h": wide.legend_h, "body-h": wide.body_h,
        "source-h": wide.source_h, "narrow-source-h": source_h,
    }  # fmt: skip
    return f"#{uid}-svg{{{';'.join(f'--{name}:{num(v)}' for name, v in values.items())}}}"
