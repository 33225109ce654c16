"""Region profile: one participant (``?id=``): names, NUTS unit, groups, evidence, sources, map."""

import streamlit as st

from pri_data import cache, export
from pri_data.countries import country_name
from pri_data.load import INDIVIDUAL
from pri_data.views import TYPE_LABELS
from ui import charts, shell, state
from ui.i18n import _, ngettext

view = shell.page_start(_("Region profile"))
pid, notice = state.selected_participant()
if notice:
    st.info(
        _("No participant has the id {pid!r} in the link; choose one below.").format(
            pid=st.query_params.get("id")
        ),
        icon="ℹ️",
    )

everyone = view.everyone.sort_values("name_en")
labels = dict(zip(everyone["id"], everyone["name_en"], strict=True))


def _open_picked() -> None:
    picked = st.session_state["profile_pick"]
    if picked:
        st.query_params["id"] = picked


st.session_state["profile_pick"] = pid
st.selectbox(
    _("Participant"),
    list(labels),
    key="profile_pick",
    format_func=labels.get,
    index=None,
    placeholder=_("Choose a participant"),
    on_change=_open_picked,
)
if pid is None:
    st.caption(_("Choose a participant to see its profile, or click one on the map."))
    shell.footer()
    st.stop()

row = everyone.set_index("id").loc[pid]
group_names = cache.group_names()
nuts_name = cache.nuts_name(row["nuts_code"])

st.header(row["name_en"], anchor="profile")
st.markdown(_("Local name: **{name}**").format(name=row["name_local"]))

info, locator = st.columns([3, 2])
with info:
    st.markdown(
        _("**{type}** in **{country}**").format(
            type=_(TYPE_LABELS.get(row["participant_type"], row["participant_type"])),
            country=country_name(row["country_code"]),
        )
    )
    st.markdown(
        _("NUTS 2021 unit: **{code}** (level {level}) · {name}").format(
            code=row["nuts_code"], level=int(row["nuts_level"]), name=nuts_name or "—"
        )
    )
    groups = [g for g in row["group_ids"] if g != INDIVIDUAL]
    if groups:
        links = ", ".join(f"[{group_names.get(g, g)}](networks?group={g})" for g in groups)
        st.markdown(
            ngettext(
                "Network or consortium: {links}", "Networks and consortia: {links}", len(groups)
            ).format(links=links)
        )
    else:
        st.markdown(_("Takes part individually: no known network or consortium."))
    st.markdown(_("Confidence: **{confidence}**").format(confidence=row["confidence"]))
    st.caption(
        _("confirmed: a source names the territory as a participant. likely: a source names its "
          "group as selected and the territory as a member.")
    )  # fmt: skip
    st.markdown(_("Evidence: {evidence}").format(evidence=row["evidence"]))
    sources = export.split_sources(row["source_urls"])
    st.markdown(ngettext("**Source**", "**Sources**", len(sources)))
    st.markdown("\n".join(f"- [{url}]({url})" for url in sources))
with locator:
    st.plotly_chart(
        cache.locator_map(pid),
        key="profile_map",
        config=charts.chart_config(f"pri-profile-{pid}", scrollZoom=True),
    )
    st.caption(_("The participant's NUTS 2021 unit; a dot marks a city."))

st.subheader(_("Indicators"))
figures = cache.profile_indicators(pid)
st.dataframe(
    figures.assign(indicator=figures["indicator"].map(_), unit=figures["unit"].map(_)),
    hide_index=True,
    key="profile_indicators",
    placeholder=_("no data"),
    column_config={
        "indicator": st.column_config.TextColumn(_("Indicator"), width="medium"),
        "unit": st.column_config.TextColumn(_("Unit")),
        "value": st.column_config.NumberColumn(_("Value"), format="%.2f"),
        "year": st.column_config.NumberColumn(_("Year"), format="%d"),
        "EU": st.column_config.NumberColumn(_("EU"), format="%.2f"),
        "country": st.column_config.NumberColumn(_("Country"), format="%.2f"),
        "rank": st.column_config.TextColumn(
            _("Rank among EU regions"), help=_("Among regions of the same NUTS level, best first")
        ),
        "trend": st.column_config.LineChartColumn(_("Over time")),
        "note": st.column_config.TextColumn(_("Whose figure"), width="large"),
    },
)
st.caption(
    _(
        "Source: Eurostat (CC BY 4.0); see *About the data* for datasets and extraction dates. "
        "Empty cells: no figure published. A participant at NUTS 3 is compared through the NUTS 2 "
        "region that contains it, as the last column says."
    )
)
charts.figures_download(
    _("Download these figures (CSV)"),
    figures.drop(columns="trend"),
    f"pri-{pid}-indicators.csv",
    "dl_profile_indicators",
)
shell.footer()
