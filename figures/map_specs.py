"""What each map of the app draws (``MapFigure``), from the frames of ``pri_data.display_frames``:
the participant map (Overview, Map and Networks pages), the profile locator and the indicator
choropleth. Pure: frames and a ``Translator`` in, a figure out; texts in the UI language."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace

import numpy as np
import pandas as pd

from figures import palette
from figures.map_figure import Dot, Fill, MapFigure, Shape
from figures.map_framing import (
    LOCATOR_MIN_KM,
    LOCATOR_PAD,
    bounds_of,
    city_point,
    frame_for,
    insets,
    with_outermost,
)
from geo import neighbours
from geo.lookup import level_bounds, locator_path
from geo.nuts import EU27
from geo.projection import eu_frame
from geo.shapes import NEIGHBOURS_ID
from pri_data.i18n import ENGLISH, N_, Translator
from pri_data.indicators.flags import flag_with_meaning
from pri_data.licences import boundaries_attribution

LIKELY_LABEL = N_("Likely participant (hatched)")
CITY_LABEL = N_("City (dot)")
REPRESENTED_LABEL = N_("Member State with a named participant")
NOT_REPRESENTED_LABEL = N_("Member State with no named participant")
OTHER_SELECTION_LABEL = N_("Member State, no participant in this selection")
NO_DATA_LABEL = N_("No data")
OWN_UNITS_LABEL = N_("Selected participants' own units")
OUTSIDE_LABEL = N_("Outside the EU")
OUTSIDE_SOURCE = N_("Countries outside the EU: Eurostat GISCO, Natural Earth")
VALUE_LINE = N_("{value} {unit} ({year})")
LIKELY_KEY, REPRESENTED_KEY, NOT_REPRESENTED_KEY = "_likely", "_represented", "_none"
OTHER_SELECTION_KEY = "_elsewhere"
OUTSIDE_KEY = "_outside"


def source_line(source: str, tr: Translator = ENGLISH, *, outside: bool = False) -> str:
    """The map's source line: its data, the countries outside the EU's when ``outside`` (they
    are drawn), the boundaries' attribution."""
    extra = f" {tr.gettext(OUTSIDE_SOURCE)}." if outside else ""
    return f"{source.rstrip('.')}.{extra} {boundaries_attribution(tr)}"


def with_outside_eu(fig: MapFigure, source: str, tr: Translator) -> MapFigure:
    """``fig`` with the countries outside the EU when its frame shows any: grey, under the EU,
    no tooltip or click, an entry at the end of the legend, their source in the source line
    (``source`` + that). Called again after the frame changes, it decides again."""
    fills = tuple(f for f in fig.fills if f.key != OUTSIDE_KEY)
    fig = replace(fig, context=(), fills=fills)
    if not neighbours.in_frame(fig.frame):
        return replace(fig, source=source_line(source, tr))
    return replace(
        fig,
        context=(Shape(NEIGHBOURS_ID, "n", OUTSIDE_KEY),),
        fills=(*fig.fills, Fill(OUTSIDE_KEY, palette.OUTSIDE_EU, tr.gettext(OUTSIDE_LABEL))),
        source=source_line(source, tr, outside=True),
    )


def category_fills(
    frame: pd.DataFrame, colours: dict[str, str], category_labels: dict[str, str]
) -> list[Fill]:
    """Each category's fill, plain and hatched (key + '~', likely), in legend order. A category
    drawn has one legend entry, its swatch as the map draws it: hatched when all its
    participants are likely, a dot when all are cities."""
    out = []
    for key, label in category_labels.items():
        rows = frame[frame["category_key"] == key]
        if rows.empty:
            continue
        colour = colours.get(key, palette.INDIVIDUAL)
        all_likely = bool(rows["confidence"].eq("likely").all())
        kind = "dot" if rows["participant_type"].eq("city").all() else "area"
        out.append(Fill(key, colour, label, kind=kind, legend=not all_likely))
        out.append(Fill(f"{key}~", colour, label, True, kind=kind, legend=all_likely))
    return out


def participant_tip(row) -> tuple[str, ...]:
    """Tooltip lines: English name, local name, type · country · confidence, groups."""
    lines = [str(row.name_en)]
    if row.name_local != row.name_en:
        lines.append(str(row.name_local))
    return (*lines, str(row.detail), str(row.groups_text))


def participant_map(
    frame: pd.DataFrame,
    color_by: str,
    group_ids: Sequence[str],
    category_labels: dict[str, str],
    country_tips: dict[str, str],
    title: str,
    source: str,
    *,
    fit: bool = True,
    legend_title: str = "",
    tr: Translator = ENGLISH,
    represented: Collection[str] = (),
    elsewhere: Collection[str] = (),
) -> MapFigure:
    """The participants of ``frame`` (a display frame) over the EU-27 countries: each area filled
    with its category's colour, likely ones hatched, cities as labelled dots. ``category_labels``
    gives the legend order (category key -> label); ``country_tips`` the countries' tooltips;
    ``represented``: countries shown as having a named participant besides ``frame``'s own;
    ``elsewhere``: countries with named participants that ``frame`` (a filtered selection)
    leaves out, drawn as such, never as having none."""
    _ = tr.gettext
    colours = palette.category_colours(color_by, group_ids)
    fills = category_fills(frame, colours, category_labels)
    likely = frame["confidence"].eq("likely")
    is_city = frame["participant_type"].eq("city")
    legend_extra = []
    if likely.any() and color_by != "confidence":  # by confidence, 'Likely' is hatched already
        legend_extra.append(Fill(LIKELY_KEY, "#555555", _(LIKELY_LABEL), hatched=True))
    city_keys = set(frame.loc[is_city, "category_key"])
    if any(f.kind == "area" and f.key.rstrip("~") in city_keys for f in fills if f.legend):
        # a colour drawn both as areas and as dots: say what a dot is
        legend_extra.append(Fill("_city", "#555555", _(CITY_LABEL), kind="dot"))
    represented = set(frame["country_code"]) | set(represented)
    elsewhere = set(elsewhere) - represented
    if represented:
        legend_extra.append(Fill(REPRESENTED_KEY, palette.REPRESENTED, _(REPRESENTED_LABEL)))
    if elsewhere:
        legend_extra.append(
            Fill(OTHER_SELECTION_KEY, palette.OTHER_SELECTION, _(OTHER_SELECTION_LABEL))
        )
    if set(EU27) - represented - elsewhere:
        legend_extra.append(
            Fill(NOT_REPRESENTED_KEY, palette.NO_PARTICIPANT, _(NOT_REPRESENTED_LABEL))
        )

    def country_fill(code: str) -> str:
        if code in represented:
            return REPRESENTED_KEY
        return OTHER_SELECTION_KEY if code in elsewhere else NOT_REPRESENTED_KEY

    base = with_outermost(
        [Shape(code, 0, country_fill(code), (country_tips.get(code, code),)) for code in EU27]
    )
    areas = frame[~is_city].sort_values(["nuts_level", "nuts_code"], kind="stable")
    shapes = with_outermost(
        [
            Shape(
                str(row.nuts_code),
                int(row.nuts_level),
                f"{row.category_key}~" if row.confidence == "likely" else str(row.category_key),
                participant_tip(row),
                str(row.id),
            )
            for row in areas.itertuples(index=False)
        ]
    )
    dots = []
    for row in frame[is_city].sort_values("name_en").itertuples(index=False):
        if (point := city_point(row)) is None:
            continue
        x, y = point
        key = f"{row.category_key}~" if row.confidence == "likely" else str(row.category_key)
        dots.append(Dot(x, y, key, str(row.name_en), participant_tip(row), str(row.id)))
    frame_box = frame_for(bounds_of(frame)) if fit else eu_frame()
    fig = MapFigure(
        title=title,
        source=source,
        frame=frame_box,
        fills=(*fills, *legend_extra),
        base=base,
        shapes=shapes,
        dots=tuple(dots),
        insets=insets(),
        legend_title=legend_title,
    )
    return with_outside_eu(fig, source, tr)


def locator_map(
    row: pd.DataFrame,
    country_tips: dict[str, str],
    title: str,
    source: str,
    tr: Translator,
    represented: Collection[str] = (),
) -> MapFigure:
    """One participant (a one-row display frame) framed with its surroundings: its unit filled,
    a city as a dot inside its outlined NUTS 3 unit. Drawn at the ``LOCATOR`` detail: the
    countries from their own file (``"0f"``), the participant's unit written into the SVG.
    ``represented`` and ``country_tips`` are of the whole list: a neighbour with participants
    is not drawn as having none."""
    fig = participant_map(
        row,
        "confidence",
        (),
        {str(row["category_key"].iloc[0]): str(row["category"].iloc[0])},
        country_tips,
        title,
        source,
        tr=tr,
        represented=represented,
    )
    changes: dict = {
        "base": tuple(replace(s, level="0f") if s.level == 0 else s for s in fig.base)
    }
    own = [(shape.nuts_id, int(shape.level)) for shape in fig.shapes]
    bounds = bounds_of(row)
    r = row.iloc[0]
    if r["participant_type"] == "city":
        code = str(r["nuts_code"])
        outline = Fill("_unit", palette.OUTLINE, f"NUTS 3 {code}", kind="outline")
        bounds = [level_bounds(3)[code]] if code in level_bounds(3) else bounds
        changes["fills"] = (*fig.fills, outline)
        changes["outlines"] = (Shape(code, 3, "_unit", (f"NUTS 3 {code}",)),)
        own = [(code, 3)]
    changes["frame"] = frame_for(bounds, min_size=LOCATOR_MIN_KM, pad=LOCATOR_PAD)
    fine = {code: locator_path(code, level) for code, level in own}
    fig = replace(fig, paths={code: d for code, d in fine.items() if d}, **changes)
    return with_outside_eu(fig, source, tr)


def classes(values: pd.Series, n: int = 5) -> list[float]:
    """Quantile class breaks (n + 1 edges, duplicates dropped) of the values with data."""
    have = values.dropna().to_numpy(dtype=float)
    if len(have) == 0:
        return []
    edges = np.unique(np.quantile(have, np.linspace(0, 1, n + 1)))
    return [float(e) for e in edges]


def indicator_map(
    values: pd.DataFrame,
    outlined: Collection[tuple[str, int]],
    title: str,
    unit: str,
    source: str,
    number: Callable[[float], str],
    tr: Translator = ENGLISH,
) -> MapFigure:
    """Every EU NUTS 2 region in one of five quantile classes of its value ('no data' hatched
    grey); the selected participants' own units (``outlined``: code, level) outlined."""
    _ = tr.gettext
    edges = classes(values["value"])
    colours = palette.SEQUENTIAL[: max(len(edges) - 1, 1)]
    fills = [
        Fill(f"c{i}", colours[i], f"{number(lo)} – {number(hi)} {unit}")
        for i, (lo, hi) in enumerate(zip(edges[:-1], edges[1:], strict=True))
    ]
    if len(edges) == 1:
        fills = [Fill("c0", colours[0], f"{number(edges[0])} {unit}")]
    missing = values["value"].isna()
    if missing.any():
        fills.append(Fill("_nodata", "#9E9E9E", _(NO_DATA_LABEL), hatched=True))
    if outlined:
        fills.append(Fill("_own", palette.HIGHLIGHT, _(OWN_UNITS_LABEL), kind="outline"))
    base = []
    for row in values.sort_values("nuts_id").itertuples(index=False):
        if pd.isna(row.value):
            base.append(Shape(row.nuts_id, 2, "_nodata", (str(row.label), _(NO_DATA_LABEL))))
            continue
        index = max(0, min(len(fills) - 1, int(np.searchsorted(edges, row.value, "right")) - 1))
        index = min(index, max(len(edges) - 2, 0))
        tip = [
            str(row.label),
            _(VALUE_LINE).format(value=number(float(row.value)), unit=unit, year=int(row.year)),
        ]
        if isinstance(row.flag, str) and row.flag.strip():
            tip.append(flag_with_meaning(row.flag.strip(), tr))
        base.append(Shape(row.nuts_id, 2, f"c{index}", tuple(tip)))
    outlines = tuple(Shape(code, level, "_own") for code, level in sorted(outlined))
    used = {shape.fill for shape in base}  # few values: a class may hold none, then not listed
    fills = [f if f.key in used or f.key == "_own" else replace(f, legend=False) for f in fills]
    fig = MapFigure(
        title=title,
        source=source,
        frame=eu_frame(),
        fills=tuple(fills),
        base=tuple(base),
        outlines=outlines,
        insets=insets(),
        legend_title=unit,
    )
    return with_outside_eu(fig, source, tr)
