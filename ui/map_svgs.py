"""The SVG of every map view, built from the figures and cached per view and session: the
participant maps (Overview, Map, Networks), the profile's locator and the indicator choropleth.
``ui.map_component`` puts them on the page; ``ui.warm`` builds the first pages' pictures at a
start (``first_paint``)."""

from __future__ import annotations

import streamlit as st

from figures import map_specs, svg_map
from pri_data import cache, display_frames, labels
from pri_data.cache.session import per_session
from pri_data.filters import Filters
from pri_data.i18n import N_, Translator, format_number, translator_for
from ui import map_preview


def _category_labels(color_by: str, tr: Translator) -> dict[str, str]:
    """Category key -> legend label, in legend order (groups in file order, 'individual' last)."""
    if color_by == "network":
        names = cache.group_names()
        return labels.group_names_with_individual(names, tr)
    if color_by == "type":
        return {k: labels.type_label(k, tr) for k in labels.TYPE_LABELS}
    return {k: labels.confidence_label(k, tr).capitalize() for k in labels.CONFIDENCE_LABELS}


LEGEND_TITLES = {
    "network": N_("Network or consortium"),
    "type": N_("Participant type"),
    "confidence": N_("Confidence"),
}


@per_session
@st.cache_data(show_spinner=False, max_entries=128)
def participant_svg(
    filters: Filters,
    color_by: str,
    title: str,
    key: str,
    lang: str = "en",
    legend: str = "right",
    width: float = svg_map.WIDTH,
    box: float = 0.0,
) -> str:
    """The participant map's SVG for ``filters`` in language ``lang``; ``box``: see
    ``svg_map.render`` (presentation mode)."""
    tr = translator_for(lang)
    frame = display_frames.display_frame(cache.filtered(filters), cache.groups(), color_by, tr)
    # countries whose participants the filters leave out: never drawn as having none
    elsewhere = set(cache.participants()["country_code"]) - set(frame["country_code"])
    fig = map_specs.participant_map(
        frame,
        color_by,
        list(cache.groups()["id"]),
        _category_labels(color_by, tr),
        display_frames.represented_text(frame, list(map_specs.EU27), tr, elsewhere),
        title,
        tr.gettext(display_frames.MAP_SOURCE),
        fit=not filters.is_empty(),
        legend_title=tr.gettext(LEGEND_TITLES[color_by]),
        tr=tr,
        elsewhere=elsewhere,
    )
    return svg_map.render(fig, key, legend=legend, width=width, box=box)


def first_paint(filters: Filters, title: str, key: str, lang: str) -> bytes:
    """Build the map ``key`` in ``lang`` as a session's first run of its page, unfiltered and
    coloured by network, would; its still picture: a server's start (``ui.warm``). Every
    argument is given, as ``participant_map`` gives them: Streamlit keys its cache by the
    arguments passed, not their defaults."""
    svg = participant_svg(filters, "network", title, key, lang, "right", svg_map.WIDTH, 0.0)
    return map_preview.picture_svg(svg, False)


@per_session
@st.cache_data(show_spinner=False, max_entries=128)
def locator_svg(participant_id: str, title: str, lang: str = "en") -> str:
    """The profile's locator: the participant framed with its surroundings, legend under it."""
    tr = translator_for(lang)
    frame = display_frames.display_frame(cache.participants(), cache.groups(), "confidence", tr)
    row = frame[frame["id"] == participant_id]
    tips = display_frames.represented_text(frame, list(map_specs.EU27), tr)  # the whole list
    source = tr.gettext(display_frames.MAP_SOURCE)
    fig = map_specs.locator_map(row, tips, title, source, tr, set(frame["country_code"]))
    return svg_map.render(
        fig, f"profile-{participant_id}", legend="below", width=svg_map.LOCATOR_WIDTH
    )


@per_session
@st.cache_data(show_spinner=False, max_entries=64)
def indicator_svg(
    filters: Filters,
    indicator_id: str,
    year: int | None,
    title: str,
    unit: str,
    source: str,
    lang: str = "en",
    box: float = 0.0,
) -> str:
    """The NUTS 2 choropleth of one indicator, the selected participants' units outlined;
    ``box``: see ``svg_map.render`` (presentation mode)."""
    tr = translator_for(lang)
    selected = cache.filtered(filters)
    outlined = set(zip(selected["nuts_code"], selected["nuts_level"].astype(int), strict=True))
    values = cache.indicator_map_values(indicator_id, year)
    fig = map_specs.indicator_map(
        values, outlined, title, unit, source, lambda v: _number(v, lang), tr
    )
    return svg_map.render(fig, f"indicator-{indicator_id}", box=box)


def _number(value: float, lang: str) -> str:
    """A value with two decimals at most (as many as it needs), in the language's format."""
    value = round(value, 2)
    digits = next(d for d in (0, 1, 2) if round(value, d) == value or d == 2)
    return format_number(value, lang, digits)
