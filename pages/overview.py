"""Overview: headline figures beside the announced totals, the map, a sentence for the press."""

import streamlit as st

from pri_data import cache, summary
from ui import shell

view = shell.page_start("Partnerships for Regional Innovation: the pilot")
st.markdown(
    "On 17 May 2022 the European Commission and the European Committee of the Regions selected "
    "63 regions, 7 cities and 4 Member States, from 23 Member States, alone or in 6 networks, to "
    "test tools that tie regional innovation policy to the green and digital transitions. No "
    "official list of participants is published: these are the ones **named in public sources**."
)

groups = cache.groups()
in_selection = set(view.selected["group_ids"].explode())
counts = summary.headline_counts(
    view.selected, groups[groups["id"].isin(in_selection)], cache.announced()
)
for column, count in zip(st.columns(len(counts)), counts, strict=True):
    column.metric(count.title, count.figure, border=True, help=count.sentence())
    column.caption(count.note)

title = summary.selection_title(view.selected, view.label)
st.plotly_chart(
    cache.participant_map(view.filters, "network", "Europe", title),
    key="overview_map",
    config={"displaylogo": False, "scrollZoom": False},
)

st.subheader("In one sentence")
st.caption("Generated from the data and the current filters; copy it with the button on the right.")
st.code(
    summary.press_sentence(view.selected, view.everyone, cache.announced(), view.label),
    language=None,
    wrap_lines=True,
)
shell.footer()
