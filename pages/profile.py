"""Region profile: one participant (``?id=``): names, NUTS unit, groups, evidence, sources, map."""

import streamlit as st

from pri_data import cache, display_frames, export, labels
from pri_data.indicators.compare import EU_AGGREGATES_NOTE
from pri_data.indicators.flags import flag_notes
from pri_data.labels import INDIVIDUAL
from pri_data.text import link, plain, shorten
from ui import charts, i18n, layout, map_component, shell, state, tables, urls
from ui.i18n import _, ngettext


def _profile_title(view: shell.View) -> str | None:
    """A presented profile is titled by the participant, not by the selection."""
    names = view.everyone.set_index("id")["name_en"]
    pid = st.query_params.get("id")
    return str(names[pid]) if pid in names.index else None


shell.heading(_("Region profile"), present_title=_profile_title)
view = shell.view()
pid, notice = state.selected_participant()
if notice:
    st.info(
        plain(
            _("No participant has the id {pid!r} in the link; choose one below.").format(
                pid=shorten(st.query_params.get("id"))
            )
        ),
        icon="ℹ️",
    )

everyone = view.everyone.sort_values("name_en")
names = dict(zip(everyone["id"], everyone["name_en"], strict=True))


def _open_picked() -> None:
    picked = st.session_state["profile_pick"]
    if picked:
        urls.update_view({"id": picked})


st.session_state["profile_pick"] = pid
st.selectbox(
    _("Participant"),
    list(names),
    key="profile_pick",
    format_func=names.get,
    index=None,
    placeholder=_("Choose a participant"),
    on_change=_open_picked,
)
if pid is None:
    st.caption(_("Choose a participant to see its profile, or click one on the map."))
    shell.footer()
    shell.stop()

row = everyone.set_index("id").loc[pid]
group_names = cache.group_names()
nuts_name = cache.nuts_name(row["nuts_code"])

st.header(plain(row["name_en"]), anchor="profile")
st.markdown(_("Local name: **{name}**").format(name=plain(row["name_local"])))

# details, then the locator: side by side, or one under the other in a narrow window (ui.layout)
info, locator = st.container(key=layout.PROFILE_KEY).columns([3, 2])
with info:
    if row["participant_type"] == "member_state":  # not "Member State in Hungary"
        st.markdown(_("**Member State**, taking part at national level"))
    else:
        st.markdown(
            _("**{type}** in **{country}**").format(
                type=labels.type_label(row["participant_type"], i18n.translator()),
                country=i18n.country(row["country_code"]),
            )
        )
    st.markdown(
        _("NUTS 2021 unit: **{code}** (level {level}) · {name}").format(
            code=plain(row["nuts_code"]), level=int(row["nuts_level"]), name=nuts_name or "—"
        )
    )
    groups = [g for g in row["group_ids"] if g != INDIVIDUAL]
    if groups:
        heading = _("Networks and consortia") if len(groups) > 1 else _("Network or consortium")
        st.markdown(f"**{heading}**")
        for gid in groups:
            label = plain(group_names.get(gid, gid))
            urls.link("networks", label, {"group": gid}, carry=False)
    else:
        st.markdown(_("Takes part individually: no known network or consortium."))
    st.markdown(
        _("Confidence: **{confidence}**").format(
            confidence=labels.confidence_label(row["confidence"], i18n.translator())
        )
    )
    st.caption(_(labels.CONFIDENCE_HELP))
    st.markdown(_("Evidence: {evidence}").format(evidence=plain(row["evidence"])))
    sources = export.split_sources(row["source_urls"])
    st.markdown(ngettext("**Source**", "**Sources**", len(sources)))
    st.markdown("\n".join(f"- {link(url)}" for url in sources))
with locator:
    map_component.locator(pid, row["name_en"])
    st.caption(_("The participant's NUTS 2021 unit; a dot marks a city."))
    if bool(row.get(display_frames.APPROXIMATE, False)):  # an uploaded city without coordinates
        note = _(display_frames.APPROXIMATE_LABEL)
        st.caption(note[:1].upper() + note[1:])

st.subheader(_("Indicators"))
figures = cache.participant_indicators(pid, i18n.current_lang())
shown = figures.assign(indicator=figures["indicator"].map(_), unit=figures["unit"].map(_))
numbers = ("value", "EU", "country")
whole = figures.index[figures["unit"].map(labels.value_digits) == 0]
# on screen the unit follows the indicator's name, so the value, its year and whose figure it
# is fit beside them at 1280 px (800 px with the sidebar closed); the download keeps both columns
named = [u in i for i, u in zip(shown["indicator"], shown["unit"], strict=True)]  # "% of EU28 …"
on_screen = shown.assign(
    indicator=shown["indicator"].where(named, shown["indicator"] + " (" + shown["unit"] + ")")
)
styled = i18n.localized_numbers(on_screen, dict.fromkeys(numbers, 2))
styled = i18n.localized_numbers(on_screen, dict.fromkeys(numbers, 0), rows=whole, styler=styled)
HEADERS = {
    "indicator": _("Indicator"),
    "unit": _("Unit"),
    "value": _("Value"),
    "flag": _("Flag"),
    "year": _("Year"),
    "EU": _("EU"),
    "eu_of": _("EU aggregate (year)"),
    "country": _("Country"),
    "rank": _("Rank among EU regions"),
    "trend": _("Over time"),
    "note": _("Whose figure"),
}
tables.show(
    styled,
    "profile_indicators",
    {  # the caveat "figure for X, which contains Y" stands beside the value it qualifies
        "indicator": tables.text(HEADERS["indicator"], width=190, pinned=True),
        "value": tables.number(HEADERS["value"]),
        "year": tables.number(HEADERS["year"], fmt="%d"),
        "note": tables.text(HEADERS["note"], width=180),
        "flag": tables.text(HEADERS["flag"], help=_("Eurostat's flag: see the legend below")),
        "rank": tables.text(  # a short header: the long one would take the width of a column
            _("Rank"), help=_("Rank among EU regions of the same NUTS level, best first.")
        ),
        "EU": tables.number(HEADERS["EU"]),
        "eu_of": tables.text(
            HEADERS["eu_of"], help=_("The EU aggregate as Eurostat codes it, and the year")
        ),
        "country": tables.number(HEADERS["country"]),
        "trend": st.column_config.LineChartColumn(HEADERS["trend"], width=80),
    },
    wrap=True,
)
st.caption(
    _(
        "Source: Eurostat (CC BY 4.0); see *About the data* for datasets and extraction dates. "
        "“no data”: no figure published. A participant at NUTS 3 is compared through the NUTS 2 "
        "region that contains it, as the column “Whose figure” says."
    )
)
st.caption(
    _(
        "A participant at NUTS 0 or 1 with no figure of its own is shown through its NUTS 2 "
        "regions, one row each: their figures are never added up or averaged. The EU figure is "
        "that of the same year. “not ranked”: neither a higher nor a lower figure is better."
    )
)
notes = flag_notes(figures["flag"], cache.indicator_catalog(), i18n.translator())
for line in (_(EU_AGGREGATES_NOTE), *notes):
    st.caption(plain(line))
charts.figures_download(
    _("Download these figures (CSV)"),
    figures.drop(columns="trend")
    .assign(indicator=shown["indicator"], unit=shown["unit"])
    .rename(columns=HEADERS),
    f"pri-{pid}-indicators.csv",
    "dl_profile_indicators",
)
shell.footer()
