"""Pure Plotly builders for the indicator comparison: ranking, scatter, distribution. Each chart
carries its title and a source line (the first annotation, ``SOURCE_INDEX``), so an exported
PNG still says where its figures come from; on the page both are text (``ui.charts``).
Every word comes from the catalogue and every number follows the language of ``tr``: Plotly's
``separators`` for ticks and hover, Babel for numbers written into text."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go

from figures.palette import FONT_FAMILY, INDIVIDUAL, OKABE_ITO
from pri_data.i18n import ENGLISH, N_, Translator, format_number, separators
from pri_data.indicators.flags import flag_with_meaning
from pri_data.indicators.specs import HIGHER, LOWER
from pri_data.labels import INDIVIDUAL_LABEL

PARTICIPANT, OTHER, EU_COLOUR, COUNTRY_COLOUR = OKABE_ITO[0], "#BDBDBD", OKABE_ITO[5], "#000000"
PART = "#7FB8D8"  # a lighter participant blue: a NUTS 2 region standing in for its participant
PARTICIPANT_NAME, COUNTRY_NAME = N_("participant"), N_("its country")
PART_NAME = N_("a participant's NUTS 2 region")
COUNTRY_HOVER, EU_LINE = N_("its country: {value}"), N_("{aggregate} ({year}): {value}")
OTHER_REGIONS, PRI_REGIONS = N_("other EU regions"), N_("PRI participant regions")
OTHERS_BOX = N_("other regions")
GAP = N_("Gap between medians: {gap} {unit}")
SOURCE_INDEX = 0  # the source line's place among a figure's annotations


def _hover(digits: int) -> str:
    """A d3 number format with grouping and ``digits`` decimals; Plotly applies the figure's
    ``separators`` (1 234,5 in French)."""
    return f",.{digits}f"


def _when(year, flag: str, tr: Translator) -> str:
    """'2019' or '2013; e: estimated': the year and flag of one figure, for hover text."""
    text = "" if pd.isna(year) else str(int(year))
    flag_text = flag_with_meaning(str(flag or ""), tr)
    return f"{text}; {flag_text}" if flag_text else text


def _flag_suffix(flag: str, tr: Translator) -> str:
    """' (e: estimated)' after a hover value; '' without a flag."""
    text = flag_with_meaning(str(flag or ""), tr)
    return f" ({text})" if text else ""


def _signed(value: float, lang: str, digits: int) -> str:
    """'+0,26' / '−0,26' in ``lang`` (a real minus sign)."""
    return ("+" if value >= 0 else "−") + format_number(abs(value), lang, digits)


def _finish(
    fig: go.Figure, title: str, source: str, height: int, tr: Translator = ENGLISH
) -> go.Figure:
    fig.update_layout(
        separators=separators(tr.locale),
        title={"text": title, "x": 0.01, "font": {"size": 19}},
        height=height,
        margin={"l": 10, "r": 10, "t": 60, "b": 110},
        font={"size": 14, "family": FONT_FAMILY},
        plot_bgcolor="white",
    )
    # Assigned, not passed to update_layout: that would merge the list into the annotations
    # already there, one by one, instead of putting the source line first.
    fig.layout.annotations = [
        {
            "text": source,
            "x": 0,
            "y": 0,
            "yshift": -70,  # pixels below the plot area: clear of the axis title
            "xref": "paper",
            "yref": "paper",
            "showarrow": False,
            "xanchor": "left",
            "yanchor": "top",
            "font": {"size": 12, "color": "#555555"},
        },
        *fig.layout.annotations,
    ]
    fig.update_xaxes(gridcolor="#EEEEEE")
    fig.update_yaxes(gridcolor="#EEEEEE")
    return fig


def ranking_bars(
    rows: pd.DataFrame,
    eu: tuple[float, int, str] | None,
    unit: str,
    title: str,
    source: str,
    tr: Translator = ENGLISH,
    digits: int = 2,
    direction: str = HIGHER,
    parts: pd.DataFrame | None = None,
) -> go.Figure:
    """``rows``: name, value, year, flag, country_value (NaN allowed). The best figure on top
    (highest, or lowest where lower is better); an indicator with no better direction is only
    ordered by value. ``parts`` (same columns plus note): NUTS 2 regions standing in for a
    participant with no figure of its own, as lighter bars, each named. A black diamond marks
    each one's country value, a dashed line the EU value ``(value, year, aggregate)``, labelled
    with its aggregate and year. ``unit`` is already in ``tr``'s language."""
    _ = tr.gettext
    fmt = _hover(digits)
    parts = parts if parts is not None else rows.iloc[:0].assign(note="")
    have = pd.concat(
        [rows.assign(note="", kind="own"), parts.assign(kind="part")], ignore_index=True
    )
    data = have[have["value"].notna()].sort_values("value", ascending=direction != LOWER)
    height = max(360, 26 * len(data) + 140)
    fig = go.Figure()
    for kind, colour, name in (("own", PARTICIPANT, PARTICIPANT_NAME), ("part", PART, PART_NAME)):
        sub = data[data["kind"] == kind]
        if sub.empty and (kind == "part" or len(data)):  # no empty legend entry
            continue
        notes = ["<br>" + n if n else "" for n in sub["note"]]
        when = [_when(y, f, tr) for y, f in zip(sub["year"], sub["flag"], strict=True)]
        fig.add_trace(
            go.Bar(
                x=sub["value"],
                y=sub["name"],
                orientation="h",
                marker_color=colour,
                customdata=list(zip(when, notes, strict=True)),
                hovertemplate=f"%{{y}}: %{{x:{fmt}}} {unit} (%{{customdata[0]}})"
                "%{customdata[1]}<extra></extra>",
                name=_(name),
            )
        )
    fig.add_trace(
        go.Scatter(
            x=data["country_value"],
            y=data["name"],
            mode="markers",
            marker={"symbol": "diamond", "size": 10, "color": COUNTRY_COLOUR},
            name=_(COUNTRY_NAME),
            hovertemplate=_(COUNTRY_HOVER).format(value=f"%{{x:{fmt}}} {unit}")
            + "<extra></extra>",
        )
    )
    if eu is not None:
        value, year, aggregate = eu
        # A legend entry, not an annotation: the aggregate's name and year make it long, and an
        # annotation at the top of the line ran into the legend.
        fig.add_vline(
            x=value,
            line_dash="dash",
            line_color=EU_COLOUR,
            showlegend=True,
            name=_(EU_LINE).format(
                aggregate=aggregate, year=year, value=format_number(value, tr.locale, digits)
            ),
        )
    # Bars are drawn bottom-up: the last in ``data`` is on top.
    fig.update_yaxes(categoryorder="array", categoryarray=list(data["name"]))
    fig.update_xaxes(title=unit, hoverformat=fmt)
    # The legend sits between the title and the bars; beside long region names it wraps to up
    # to four rows, so the top margin leaves room for them and it never covers a bar.
    fig.update_layout(
        legend={"orientation": "h", "y": 1.01, "yanchor": "bottom", "x": 0.5, "xanchor": "center"},
        barmode="overlay",
    )
    fig = _finish(fig, title, source, height + 90, tr)
    return fig.update_layout(margin_t=150, title_y=1.0, title_yanchor="top", title_pad_t=14)


def scatter_two(
    points: pd.DataFrame,
    x_label: str,
    y_label: str,
    title: str,
    source: str,
    tr: Translator = ENGLISH,
    digits: tuple[int, int] = (2, 2),
    colours: Mapping[str, str] | None = None,
) -> go.Figure:
    """``points``: label, x, y, x_flag, y_flag, group ('' for non-participants); participants
    coloured by group with ``colours`` (group name -> colour, ``palette.named_group_colours``: as
    on the maps). Labels are already in ``tr``'s language; ``digits`` are the decimals of x and
    y; a flagged figure's hover names its flag."""
    hover = (
        f"%{{text}}<br>%{{x:{_hover(digits[0])}}}%{{customdata[0]}}; "
        f"%{{y:{_hover(digits[1])}}}%{{customdata[1]}}<extra></extra>"
    )
    individual = tr.gettext(INDIVIDUAL_LABEL)

    def flags_of(sub: pd.DataFrame) -> list[tuple[str, str]]:
        pairs = zip(sub["x_flag"], sub["y_flag"], strict=True)
        return [(_flag_suffix(a, tr), _flag_suffix(b, tr)) for a, b in pairs]

    fig = go.Figure()
    others = points[points["group"] == ""]
    fig.add_trace(
        go.Scatter(
            x=others["x"],
            y=others["y"],
            mode="markers",
            marker={"color": OTHER, "size": 7},
            text=others["label"],
            customdata=flags_of(others),
            hovertemplate=hover,
            name=tr.gettext(OTHER_REGIONS),
        )
    )
    part = points[points["group"] != ""]
    colours = colours or {}
    rank = {name: i for i, name in enumerate(colours)}
    order = sorted(part["group"].unique(), key=lambda g: (g == individual, rank.get(g, 99), g))
    for group in order:
        sub = part[part["group"] == group]
        fig.add_trace(
            go.Scatter(
                x=sub["x"],
                y=sub["y"],
                mode="markers",
                marker={
                    "color": colours.get(group, INDIVIDUAL),
                    "size": 12,
                    "line": {"color": "white", "width": 1},
                },
                text=sub["label"],
                customdata=flags_of(sub),
                hovertemplate=hover,
                name=group,
            )
        )
    fig.update_xaxes(title=x_label)
    fig.update_yaxes(title=y_label)
    return _finish(fig, title, source, 560, tr)


def distribution(
    values: pd.DataFrame,
    unit: str,
    title: str,
    source: str,
    tr: Translator = ENGLISH,
    digits: int = 2,
) -> go.Figure:
    """``values``: value, year, flag, is_participant (bool), label. Box + points per side and the
    median gap, in ``tr``'s language (``unit`` already translated); hover gives year and flag."""
    fig = go.Figure()
    medians = {}
    fmt = _hover(digits)
    for flag, name, colour in (
        (True, tr.gettext(PRI_REGIONS), PARTICIPANT),
        (False, tr.gettext(OTHERS_BOX), OTHER),
    ):
        sub = values[values["is_participant"] == flag]
        medians[flag] = sub["value"].median()
        fig.add_trace(
            go.Box(
                y=sub["value"],
                name=f"{name} (n = {format_number(len(sub), tr.locale)})",
                boxpoints="all",
                jitter=0.4,
                pointpos=0,
                marker={"color": colour, "size": 6},
                line={"color": "#333333" if flag else "#777777"},
                fillcolor="rgba(0,114,178,0.15)" if flag else "rgba(150,150,150,0.15)",
                text=sub["label"],
                customdata=[
                    _when(y, f, tr) for y, f in zip(sub["year"], sub["flag"], strict=True)
                ],
                hovertemplate=f"%{{text}}: %{{y:{fmt}}} {unit} (%{{customdata}})<extra></extra>",
            )
        )
    gap = medians[True] - medians[False]
    if pd.notna(gap):
        fig.add_annotation(
            text=tr.gettext(GAP).format(gap=_signed(gap, tr.locale, digits), unit=unit),
            x=0.5,
            y=1.0,
            xref="paper",
            yref="paper",
            showarrow=False,
            font={"size": 15},
        )
    fig.update_yaxes(title=unit, hoverformat=fmt)
    fig.update_layout(showlegend=False)
    return _finish(fig, title, source, 520, tr)
