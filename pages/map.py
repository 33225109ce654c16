"""Map: every named participant, coloured by network, type or confidence; click for a profile."""

import streamlit as st

from geo.plot import FOCUS
from pri_data import cache
from pri_data.display_frames import COLOR_BY
from ui import charts, i18n, params, present, shell, urls
from ui.i18n import _

view = shell.page_start(_("Map of the participants"))
if shell.no_match(view):
    shell.footer()
    st.stop()

COLOR_LABELS = {
    "network": _("Network or consortium"),
    "type": _("Participant type"),
    "confidence": _("Confidence"),
}
FOCUS_LABELS = {"Europe": _("Europe"), "Guadeloupe and Martinique": _("Guadeloupe and Martinique")}
if present.is_presenting():  # the step's link fixes the view: the map alone, no controls
    color_by, color_notice = params.url_value("color", COLOR_BY, "network")
    focus, focus_notice = params.url_value("focus", list(FOCUS), "Europe")
    for notice in (color_notice, focus_notice):
        if notice:
            st.info(notice, icon="ℹ️")
else:
    left, right = st.columns([3, 2])
    color_by = params.url_choice(
        left.segmented_control,
        _("Colour by"),
        "color",
        COLOR_BY,
        "network",
        key="map_color",
        format_func=COLOR_LABELS.get,
        required=True,
    )
    focus = params.url_selectbox(
        _("Focus"),
        "focus",
        list(FOCUS),
        "Europe",
        key="map_focus",
        format_func=lambda name: FOCUS_LABELS.get(name, name),
        container=right,
        help=_(
            "The outermost regions (Canarias, Açores, Madeira, the French overseas regions) are "
            "far from the mainland: switch the focus to see them."
        ),
    )

figure = cache.participant_map(
    view.filters,
    color_by,
    focus,
    present.figure_title(view.title_line),
    present.figure_height(720),
    lang=i18n.current_lang(),
    _tr=i18n.translator(),
)
event = st.plotly_chart(
    figure,
    key="participant_map",
    on_select="rerun",
    selection_mode="points",
    config=charts.chart_config("pri-map", scrollZoom=True),
)
points = event.selection.points if event and event.selection else []
clicked = [p["customdata"][0] for p in points if p.get("customdata")]
if clicked:
    urls.switch("profile", {"id": clicked[0]})
if not present.is_presenting():
    st.caption(
        _(
            "Filled areas are regions at their own NUTS level and Member States; dots are cities. "
            "Faint areas with a coloured edge are *likely* participants. Click a participant to "
            "open its profile."
        )
    )
shell.footer()
