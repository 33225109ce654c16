"""Networks: one section per network or consortium, and the participants who take part alone."""

from dataclasses import replace

import streamlit as st

from pri_data import cache, labels, selection, summary
from pri_data.filters import Filters
from pri_data.labels import INDIVIDUAL
from pri_data.text import link, plain
from ui import i18n, map_component, shell, tables, urls
from ui.i18n import _, ngettext

shell.heading(_("Networks and consortia"))
view = shell.view()
lang, tr = i18n.current_lang(), i18n.translator()

n_announced, n_networks, n_consortia = cache.network_gap()
st.subheader(
    _("{announced} networks announced; {identified} identified").format(
        announced=n_announced, identified=n_networks
    )
)
st.caption(
    _(
        "The release of 17 May 2022 says participants take part individually or in {announced} "
        "networks of regions and cities. Public sources name {identified} of them. They also name "
        "{consortia} consortia (joint applications) that are not known to be counted among the "
        "{announced}. Members are listed only where a source names them."
    ).format(announced=n_announced, identified=n_networks, consortia=n_consortia)
)

KINDS = {
    "network": _("One of the six announced networks"),
    "consortium": _("Consortium: a joint application, not known to be counted among the six"),
}
MEMBER_COLUMNS = {
    "name_en": tables.text(_("Name"), pinned=True),
    "type_label": _("Type"),
    "country": _("Country"),
    "confidence_label": _("Confidence"),
}
group_table = cache.groups().set_index("id")
names = labels.group_names_with_individual(
    cache.group_names(), tr, labels.INDIVIDUAL_PARTICIPANTS
)
shown = cache.groups_in_view(view.filters)
if not shown:
    st.info(_("No network, consortium or individual participant matches the filters."), icon="ℹ️")
st.caption(", ".join(f"[{plain(names[g])}](#{g})" for g in shown))


def _group_header(gid: str) -> None:
    """Kind, confidence, description and source of one group (nothing for 'individual')."""
    if gid == INDIVIDUAL:
        st.caption(_("Named participants that take part in no known network or consortium."))
        return
    row = group_table.loc[gid]
    st.markdown(
        _("**{kind}** · confidence: {confidence}").format(
            kind=KINDS.get(row["kind"], row["kind"]),
            confidence=labels.confidence_label(row["confidence"], tr),
        )
    )
    st.markdown(plain(row["description"]))
    st.markdown(_("Source: {link}").format(link=link(row["source_url"])))


for gid in shown:
    st.divider()
    st.header(plain(names[gid]), anchor=gid)
    _group_header(gid)
    members = cache.group_members(view.filters, gid, lang)
    own = cache.group_members(Filters(), gid, lang)
    countries = sorted(members["country"].unique())
    lines = [selection.title_line(own, _("Members named"), tr)]
    if len(members) < len(own):  # the group's own total first, then what the filters keep
        others = selection.label(replace(view.filters, groups=()), cache.group_names(), tr)
        lines.append(
            selection.title_line(
                members, others, tr, whole=own, name_countries=not view.filters.countries
            )
        )
    lines.append(
        ngettext("Country covered: {names}", "Countries covered: {names}", len(countries)).format(
            names=", ".join(countries)
        )
    )
    st.markdown("  \n".join(plain(line) for line in lines))
    table_col, map_col = st.columns([2, 3])
    tables.show(members, f"networks_members_{gid}", MEMBER_COLUMNS, container=table_col)
    counted = summary.counts_table(members, "type_label")
    tables.counts(counted, f"networks_counts_{gid}", _("Type"), container=table_col)
    with map_col:
        map_component.participant_map(
            replace(view.filters, groups=(gid,)),
            "type",
            names[gid],
            f"networks_map_{gid}",
            legend="below",
            width=640,
        )
    urls.link(
        "networks",
        _("Open this page for {name} only").format(name=plain(names[gid])),
        {"group": gid},
        carry=False,
        icon=":material/filter_alt:",
    )
shell.footer()
