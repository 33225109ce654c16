"""Map: every named participant, coloured by network, type or confidence; click for a profile."""

import streamlit as st

from pri_data.display_frames import COLOR_BY
from pri_data.text import echo, plain
from ui import map_component, params, present, shell, urls
from ui.i18n import _

shell.heading(_("Map of the participants"))
view = shell.view()
if shell.no_match(view):
    shell.footer()
    shell.stop()

COLOR_LABELS = {
    "network": _("Network or consortium"),
    "type": _("Participant type"),
    "confidence": _("Confidence"),
}
# The old "focus" control is gone: the outermost regions are insets of every EU view. A link
# that still carries ?focus= opens the same view, with a notice.
if (old_focus := st.query_params.get("focus")) is not None:
    urls.update_view({"focus": None})  # one write, noted (ui.urls.show_in_browser)
    notice = _("Ignored {name} in the link: {value} (the outermost regions are always shown)")
    st.info(plain(notice.format(name="focus", value=echo(old_focus))), icon="ℹ️")
color_by, color_notice = params.url_value("color", COLOR_BY, "network")
presenting = present.is_presenting()  # the step's link fixes the view: the map alone
if presenting and color_notice:
    st.info(plain(color_notice), icon="ℹ️")
# The control sits above the map but is drawn after it: the map's first paint goes out first
# (ui.map_preview), ahead of the control's code, which Streamlit loads on demand.
controls = None if presenting else st.container()
map_component.participant_map(
    view.filters, color_by, view.title_line, map_component.PARTICIPANT_MAP
)
if controls is not None:
    with controls:
        params.url_choice(
            st.segmented_control,
            _("Colour by"),
            "color",
            COLOR_BY,
            "network",
            key="map_color",
            format_func=COLOR_LABELS.get,
            required=True,
        )
if not present.is_presenting():
    st.caption(
        _(
            "Filled areas are regions at their own NUTS level and Member States; dots are cities. "
            "Hatched areas are *likely* participants. The outermost regions are shown in the "
            "boxes on the left. Click a participant, or move to it with Tab and press Enter, to "
            "open its profile."
        )
    )
shell.footer()
