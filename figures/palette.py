"""The one palette: each network's colour on every map, chart and export, and the map's fills.

Okabe-Ito colours (distinguishable with the common colour-vision deficiencies). A network keeps
the colour of its position in ``groups.csv`` whatever the filter, so the Map page, the Networks
page and the scatter agree. ``likely`` is never told apart by colour: the map hatches it.
"""

from __future__ import annotations

from collections.abc import Iterable

OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
INDIVIDUAL = "#6E6E6E"  # taking part alone: a mid grey, far from the "no participant" grey
NO_PARTICIPANT = "#ECECEC"  # a Member State with no named participant
REPRESENTED = "#C6DBEF"  # a Member State with a named participant
OTHER_SELECTION = "#DDE6EF"  # a filtered map: a Member State whose participants are left out
OUTSIDE_EU = "#D3D3CF"  # countries outside the EU, for context: darker than NO_PARTICIPANT
NO_DATA = "#FFFFFF"  # indicator map: no figure (white with grey hatching, never a class colour)
BORDER, OUTLINE = "#FFFFFF", "#333333"
HIGHLIGHT = "#D55E00"  # indicator map: the selected participants' own units
INSET_FRAME = "#9E9E9E"
TEXT, MUTED = "#1A1A1A", "#555555"
TYPE_COLOURS = {"region": "#0072B2", "city": "#D55E00", "member_state": "#009E73"}
CONFIDENCE_COLOURS = {"confirmed": "#0072B2", "likely": "#0072B2"}  # likely: hatched
# cividis, sampled at 5 classes: perceptually uniform, readable with colour-vision deficiencies
SEQUENTIAL = ("#00224E", "#414D6B", "#7C7B78", "#BCAF6F", "#FDE737")
# System fonts: the same on screen and in a downloaded SVG or PNG drawn outside the page.
FONT_FAMILY = "Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif"


def group_colours(group_ids: Iterable[str]) -> dict[str, str]:
    """Group id -> colour, by position in ``groups.csv`` order; 'individual' is grey."""
    colours = {"individual": INDIVIDUAL}
    for i, gid in enumerate(g for g in group_ids if g != "individual"):
        colours[gid] = OKABE_ITO[i % len(OKABE_ITO)]
    return colours


def category_colours(color_by: str, group_ids: Iterable[str]) -> dict[str, str]:
    """Category key (group id, participant type or confidence) -> colour, for ``color_by``."""
    if color_by == "network":
        return group_colours(group_ids)
    if color_by == "type":
        return dict(TYPE_COLOURS)
    return dict(CONFIDENCE_COLOURS)


def named_group_colours(
    group_ids: Iterable[str], names: dict[str, str], individual_label: str
) -> dict[str, str]:
    """Group name -> colour (charts label groups by name), the same colours as ``group_colours``."""
    colours = group_colours(group_ids)
    return {
        (individual_label if gid == "individual" else names.get(gid, gid)): colour
        for gid, colour in colours.items()
        if gid != "individual"
    } | {individual_label: INDIVIDUAL}
