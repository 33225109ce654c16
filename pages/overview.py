"""Overview: headline figures beside the announced totals, the map, a sentence for the press."""

import streamlit as st

from pri_data import cache, summary
from ui import layout, map_component, own_list, present, shell
from ui.i18n import _

shell.heading(_("Partnerships for Regional Innovation: the pilot"))
view = shell.view()
METRICS_HEIGHT = 165  # px the headline figures take above the map when presenting (labels wrap)
tr = own_list.translator()
announced = summary.announced_figures(cache.announced(), tr)
intro_text = None
if own_list.in_use() is not None and not present.is_presenting():
    intro_text = (
        _(
            "On {date} the European Commission and the European Committee of the Regions "
            "selected {regions} regions, {cities} cities and {member_states} Member States, from "
            "{represented} Member States, alone or in {networks} networks. The figures below "
            "count the participants in **your uploaded list**."
        ).format(**announced)
    )
elif not present.is_presenting():
    intro_text = (
        _(
            "On {date} the European Commission and the European Committee of the Regions "
            "selected {regions} regions, {cities} cities and {member_states} Member States, from "
            "{represented} Member States, alone or in {networks} networks, to test tools that "
            "tie regional innovation policy to the green and digital transitions. No official "
            "list of participants is published: these are the ones **named in public sources**."
        ).format(**announced)
    )
# The paragraph and the cards sit above the map but are filled after it: the map's picture
# (ui.map_preview) goes out first, and the browser draws it before the rest of the page arrives
# (bench/README.md, Changes measured).
intro = st.container() if intro_text else None  # nothing when presenting
if shell.no_match(view):
    if intro is not None:
        intro.markdown(intro_text)
    shell.press_summary(view)
    shell.footer()
    shell.stop()
if not view.filters.is_empty() and not present.is_presenting():
    st.caption(
        _("Figures for the selection: {label}. The announced totals are the whole pilot's.").format(
            label=shell.plain(view.label)
        )
    )
cards = st.container(horizontal=True, key=layout.CARDS_KEY)  # wraps in a narrow window
map_component.participant_map(
    view.filters, "network", view.title_line, map_component.OVERVIEW_MAP, reserve=METRICS_HEIGHT
)
if intro is not None:
    intro.markdown(intro_text)
groups = cache.groups()
in_selection = set(view.selected["group_ids"].explode())
counts = summary.headline_counts(
    view.selected, groups[groups["id"].isin(in_selection)], cache.announced()
)
for count in counts:
    card = cards.container()
    card.metric(count.title_in(tr), count.figure_in(tr), border=True, help=count.sentence(tr))
    card.caption(count.note_in(tr))

shell.press_summary(view)
shell.footer()
