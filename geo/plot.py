"""Pure Plotly figure builders for maps. Offline-safe: MapLibre ``white-bg`` style needs no tiles
and no CDN, unlike ``go.Choropleth`` on a ``geo`` subplot, which fetches its base map."""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence

import pandas as pd
import plotly.graph_objects as go

from geo.nuts import ATTRIBUTION, EU27, load_nuts
from geo.shapes import EU, FINE, Detail, level_geojson, units_geojson

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
# System fonts: a PNG exported by Plotly (client-side) is drawn without Streamlit's web font, so
# text measured in that font would be clipped; a system stack looks the same on screen and in PNG.
FONT_FAMILY = "Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif"
GREY, NOT_REPRESENTED, REPRESENTED = "#9E9E9E", "#EEEEEE", "#C9DDF0"
LIKELY_OPACITY, CONFIRMED_OPACITY = 0.35, 0.9
# name -> (lat, lon, zoom): Europe and the outermost regions, as Eurostat insets show them
FOCUS = {
    "Europe": (53.0, 12.0, 2.55),
    "Canarias": (28.4, -15.8, 5.6),
    "Açores": (38.6, -28.0, 5.6),
    "Madeira": (32.75, -16.95, 7.8),
    "Guadeloupe and Martinique": (15.2, -61.3, 6.6),
    "Guyane": (4.0, -53.0, 5.2),
    "La Réunion and Mayotte": (-16.5, 48.7, 4.7),
}
HOVER = "<b>%{customdata[1]}</b><br>%{customdata[2]}<br>%{customdata[3]}<extra></extra>"


def color_map(categories: Sequence[str], grey: Sequence[str] = ("Individual",)) -> dict[str, str]:
    """A stable colour per category; the ``grey`` ones (e.g. 'Individual') stay grey."""
    colours, i = {}, 0
    for cat in categories:
        if cat in grey:
            colours[cat] = GREY
        else:
            colours[cat] = PALETTE[i % len(PALETTE)]
            i += 1
    return colours


def country_base_trace(hover: dict[str, str], shaded: Collection[str]) -> go.Choroplethmap:
    """EU-27 countries (``hover``: NUTS 0 code -> hover text); the ``shaded`` ones, represented
    among the named participants, drawn in a light blue."""
    codes = list(hover)
    return go.Choroplethmap(
        geojson=level_geojson(0),
        locations=codes,
        z=[1 if c in shaded else 0 for c in codes],
        text=[hover[c] for c in codes],
        colorscale=[[0, NOT_REPRESENTED], [1, REPRESENTED]],
        zmin=0,
        zmax=1,
        showscale=False,
        marker_line_color="white",
        marker_line_width=0.8,
        hovertemplate="%{text}<extra></extra>",
        name="Member States",
        showlegend=False,
    )


def outline_trace(
    codes: Sequence[str], colour: str, width: float, detail: Detail = EU, **kwargs
) -> go.Choroplethmap:
    """NUTS units drawn as outlines only (transparent fill); ``kwargs`` go to the trace."""
    return go.Choroplethmap(
        geojson=units_geojson(tuple(sorted(codes)), detail),
        locations=list(codes),
        z=[0] * len(codes),
        colorscale=[[0, "rgba(0,0,0,0)"], [1, "rgba(0,0,0,0)"]],
        showscale=False,
        marker_line_color=colour,
        marker_line_width=width,
        **kwargs,
    )


def _custom(frame: pd.DataFrame) -> list[list[str]]:
    return frame[["id", "label", "detail", "groups_text"]].to_numpy().tolist()


def _discrete_scale(colours: Sequence[str]) -> list[list]:
    """A colorscale where integer z = i takes ``colours[i]`` exactly (zmin -0.5, zmax n-0.5)."""
    n = len(colours)
    return [[(i + edge) / n, c] for i, c in enumerate(colours) for edge in (0, 1)]


def _area_trace(
    areas: pd.DataFrame, colours: dict[str, str], likely: bool, detail: Detail = EU
) -> go.Choroplethmap:
    """All confirmed (or all likely) participant areas in ONE trace: z picks the colour. One
    MapLibre source and layer pair instead of one per category keeps the map quick to draw."""
    palette = list(colours.values())
    index = {cat: i for i, cat in enumerate(colours)}
    own = areas["category"].map(colours)
    return go.Choroplethmap(
        geojson=units_geojson(tuple(sorted(areas["nuts_code"])), detail),
        locations=areas["nuts_code"].tolist(),
        z=areas["category"].map(index).tolist(),
        zmin=-0.5,
        zmax=len(palette) - 0.5,
        colorscale=_discrete_scale(palette),
        showscale=False,
        marker_opacity=LIKELY_OPACITY if likely else CONFIRMED_OPACITY,
        marker_line_color=own.tolist() if likely else "#333333",
        marker_line_width=2.0 if likely else 0.6,
        customdata=_custom(areas),
        hovertemplate=HOVER,
        showlegend=False,
    )


def _legend_entry(name: str, colour: str, opacity: float = 1.0) -> go.Scattermap:
    """A legend line with no data (so no map layer work)."""
    return go.Scattermap(
        lat=[None],
        lon=[None],
        mode="markers",
        marker={"size": 14, "color": colour, "opacity": opacity},
        name=name,
        hoverinfo="skip",
    )


def participant_traces(
    frame: pd.DataFrame,
    colours: dict[str, str],
    likely_suffix: str = "(likely)",
    city_suffix: str = "(city)",
    detail: Detail = EU,
) -> list:
    """Participants as at most three drawn traces (confirmed areas, likely areas, cities) plus a
    data-free legend entry per category shown. ``frame`` needs id, nuts_code, lat, lon,
    participant_type, confidence, category, label, detail, groups_text."""
    traces: list = []
    is_city = frame["participant_type"] == "city"
    for likely in (False, True):
        areas = frame[~is_city & frame["confidence"].eq("likely").eq(likely)]
        if len(areas):
            traces.append(_area_trace(areas, colours, likely, detail))
    cities = frame[is_city]
    if len(cities):
        traces.append(
            go.Scattermap(
                lat=cities["lat"].tolist(),
                lon=cities["lon"].tolist(),
                mode="markers",
                marker={
                    "size": 15,
                    "color": cities["category"].map(colours).tolist(),
                    "opacity": cities["confidence"].map({"likely": 0.6}).fillna(1.0).tolist(),
                },
                customdata=_custom(cities),
                hovertemplate=HOVER,
                showlegend=False,
            )
        )
    shown = list(dict.fromkeys(frame["category"]))
    traces += [_legend_entry(cat, colours[cat]) for cat in shown]
    if frame["confidence"].eq("likely").any():
        traces.append(_legend_entry(likely_suffix.strip("()").capitalize(), GREY, LIKELY_OPACITY))
    if is_city.any():
        traces.append(_legend_entry(f"● = {city_suffix.strip('()')}", "#FFFFFF", 0.0))
    return traces


def eu_map_layout(
    fig: go.Figure, title: str, source: str, focus: str = "Europe", height: int = 640
) -> go.Figure:
    """The layout every EU-wide map shares: offline MapLibre style, the focus, a title, a legend
    box, the system font and the source line with the boundaries' attribution."""
    lat, lon, zoom = FOCUS.get(focus, FOCUS["Europe"])
    fig.update_layout(
        title={"text": title, "x": 0.01, "font": {"size": 20}},
        map={"style": "white-bg", "center": {"lat": lat, "lon": lon}, "zoom": zoom},
        height=height,
        margin={"l": 0, "r": 0, "t": 50, "b": 40},
        legend={"x": 0.01, "y": 0.97, "bgcolor": "rgba(255,255,255,0.85)"},
        font={"size": 15, "family": FONT_FAMILY},
        annotations=[
            {
                "text": f"{source}. {ATTRIBUTION}",
                "x": 0.0,
                "y": -0.05,
                "xref": "paper",
                "yref": "paper",
                "showarrow": False,
                "font": {"size": 12, "color": "#555555"},
                "xanchor": "left",
            }
        ],
    )
    return fig


def participant_map(
    base: go.Choroplethmap,
    traces: list,
    title: str,
    focus: str = "Europe",
    height: int = 640,
    source: str = "Sources: PRI participant list; Eurostat GISCO NUTS 2021",
) -> go.Figure:
    """The EU map: base countries, participants on top (clickable), legend always shown."""
    fig = go.Figure([base, *traces])
    eu_map_layout(fig, title, source, focus, height)
    fig.update_layout(clickmode="event+select", showlegend=True)
    return fig


def _zoom_for(bounds: tuple[float, float, float, float]) -> tuple[float, float, float]:
    """Centre and a MapLibre zoom that fits ``bounds`` (minx, miny, maxx, maxy) in a small map."""
    minx, miny, maxx, maxy = bounds
    span = max(maxx - minx, (maxy - miny) * 1.6, 0.05)
    zoom = max(1.5, min(9.0, 8.6 - math.log2(span)))
    return (miny + maxy) / 2, (minx + maxx) / 2, zoom


def locator_map(row: pd.DataFrame, height: int = 360) -> go.Figure:
    """One participant (a one-row display frame) on its NUTS unit among the EU-27 countries,
    zoomed to fit; a city is a dot inside its outlined NUTS 3 unit, seen with its surroundings."""
    nuts = load_nuts()
    code = row["nuts_code"].iloc[0]
    is_city = row["participant_type"].iloc[0] == "city"
    unit = nuts[nuts["nuts_id"] == code]
    minx, miny, maxx, maxy = unit.total_bounds
    pad = 1.5 * max(maxx - minx, maxy - miny) if is_city else 0.1 * max(maxx - minx, 1.0)
    lat, lon, zoom = _zoom_for((minx - pad, miny - pad, maxx + pad, maxy + pad))
    country = code[:2]
    base = country_base_trace(
        {c: row["country"].iloc[0] if c == country else c for c in EU27}, {country}
    )
    traces = participant_traces(row, {row["category"].iloc[0]: PALETTE[0]}, detail=FINE)
    if is_city:
        traces.insert(
            0,
            outline_trace(
                [code], "#333333", 1.5, FINE, hovertemplate=f"NUTS 3 {code}<extra></extra>"
            ),
        )
    fig = go.Figure([base, *traces])
    fig.update_layout(
        map={"style": "white-bg", "center": {"lat": lat, "lon": lon}, "zoom": zoom},
        height=height,
        margin={"l": 0, "r": 0, "t": 0, "b": 0},
        font={"family": FONT_FAMILY},
        showlegend=False,
    )
    return fig
