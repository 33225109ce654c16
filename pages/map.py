"""Map: every named participant, coloured by network, type or confidence; click for a profile."""

import streamlit as st

from geo.plot import FOCUS
from pri_data import cache, summary
from pri_data.views import COLOR_BY
from ui import shell

view = shell.page_start("Map of the participants")

COLOR_LABELS = {
    "network": "Network or consortium",
    "type": "Participant type",
    "confidence": "Confidence",
}
color_by = st.query_params.get("color", "network")
focus = st.query_params.get("focus", "Europe")
if color_by not in COLOR_BY:
    st.info(f"Ignored unknown colour option in the link: {color_by!r}", icon="ℹ️")
    color_by = "network"
if focus not in FOCUS:
    st.info(f"Ignored unknown map focus in the link: {focus!r}", icon="ℹ️")
    focus = "Europe"


def _set_param(name: str, key: str, default: str) -> None:
    value = st.session_state[key]
    if value in (None, default):
        st.query_params.pop(name, None)
    else:
        st.query_params[name] = value


left, right = st.columns([2, 3])
st.session_state["map_color"], st.session_state["map_focus"] = color_by, focus
left.segmented_control(
    "Colour by",
    COLOR_BY,
    key="map_color",
    format_func=COLOR_LABELS.get,
    on_change=_set_param,
    args=("color", "map_color", "network"),
    required=True,
)
right.segmented_control(
    "Focus",
    list(FOCUS),
    key="map_focus",
    on_change=_set_param,
    args=("focus", "map_focus", "Europe"),
    required=True,
    help="The outermost regions (Canarias, Açores, Madeira, the French overseas regions) are far "
    "from the mainland: switch the focus to see them.",
)

title = summary.selection_title(view.selected, view.label)
event = st.plotly_chart(
    cache.participant_map(view.filters, color_by, focus, title, 720),
    key="participant_map",
    on_select="rerun",
    selection_mode="points",
    config={"displaylogo": False, "scrollZoom": True},
)
points = event.selection.points if event and event.selection else []
clicked = [p["customdata"][0] for p in points if p.get("customdata")]
if clicked:
    st.switch_page("pages/region_profile.py", query_params={"id": clicked[0]})
st.caption(
    "Filled areas are regions at their own NUTS level and Member States; dots are cities. "
    "Faint areas with a coloured edge are *likely* participants. Click a participant to open its "
    "profile."
)
shell.footer()
