"""Participants: the filtered table with its sources, counts by type, country and group, exports."""

from datetime import date

import streamlit as st

from pri_data import cache, export, summary
from ui import i18n, own_list, shell, tables, urls
from ui.i18n import _, ngettext

shell.heading(_("Participants"))
view = shell.view()
lang, number = i18n.current_lang(), i18n.format_number

n = len(view.selected)
announced = cache.announced()
total = sum(announced.get(k, 0) for k in ("regions", "cities", "member_states"))
st.subheader(
    ngettext("{n} participant matches", "{n} participants match", n).format(n=number(n))
    + (
        ""
        if view.filters.is_empty()
        else _(" (of {all} named)").format(all=number(len(view.everyone)))
    )
)
if not view.filters.is_empty():
    st.markdown(shell.plain(view.title_line))
gap = (
    _(
        "The pilot announced {total} participants ({regions} regions, {cities} cities, {states} "
        "Member States); your uploaded list has {named}."
    )
    if own_list.in_use() is not None
    else _(
        "The pilot announced {total} participants ({regions} regions, {cities} cities, {states} "
        "Member States); {named} are named in public sources. No official list is published, so "
        "this table is not complete: see *About the data*."
    )
)
st.caption(
    gap.format(
        total=number(total),
        regions=number(announced.get("regions", 0)),
        cities=number(announced.get("cities", 0)),
        states=number(announced.get("member_states", 0)),
        named=number(len(view.everyone)),
    )
)

table = cache.export_table(view.filters, lang)
columns = {column: _(column) for column in export.COLUMNS if column != export.ID}
columns[export.NAME] = tables.text(_(export.NAME), pinned=True)
columns[export.NUTS_LEVEL] = tables.number(_(export.NUTS_LEVEL), fmt="%d")
columns[export.SOURCE] = tables.link(
    _("Source"), help=_("The first source; all of them are in 'All sources'")
)
if shell.no_match(view):
    shell.footer()
    shell.stop()
event = tables.show(
    table, "participants_table", columns, on_select="rerun", selection_mode="single-row"
)
st.caption(_("Select a row to open that participant's profile. Click a heading to sort."))
rows = event.selection.rows if event and event.selection else []
if rows:
    urls.switch("profile", {"id": table[export.ID].iloc[rows[0]]})


def _remember_pick() -> None:
    st.session_state["_participants_open"] = st.session_state["participants_open"]
    st.session_state["participants_open"] = None


names = dict(zip(table[export.ID], table[export.NAME], strict=True))
st.selectbox(
    _("Open a profile"),
    list(names),
    index=None,
    key="participants_open",
    format_func=names.get,
    placeholder=_("Choose a participant"),
    on_change=_remember_pick,
)
if picked := st.session_state.pop("_participants_open", None):
    urls.switch("profile", {"id": picked})

csv_bytes, excel_bytes = cache.export_files(view.filters, lang)
file_stem, today = _("pri-participants"), date.today()
left, right, _spacer = st.columns([1, 1, 3])
left.download_button(
    _("Download CSV"),
    csv_bytes,
    file_name=export.file_name(file_stem, view.filters, today, "csv"),
    mime="text/csv",
    key="participants_csv",
    on_click="ignore",
)
right.download_button(
    _("Download Excel"),
    excel_bytes,
    file_name=export.file_name(file_stem, view.filters, today, "xlsx"),
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    key="participants_xlsx",
    on_click="ignore",
    help=_("The workbook's 'About' sheet names the filter, the sources and the licences."),
)

st.subheader(_("Counts for the current selection"))
by_type, by_country = st.columns(2)
display = cache.display(view.filters, "type", lang)
for column, title, by, header in (
    (by_type, _("By type"), "type_label", _("Type")),
    (by_country, _("By country"), "country", _("Country")),
):
    column.markdown(f"**{title}**")
    counted = summary.counts_table(display, by)
    tables.counts(counted, f"participants_count_{by}", header, container=column)
st.markdown("**{title}**".format(title=_("By network or consortium")))  # long names: a row
counts = summary.group_counts(view.selected, cache.group_names(), i18n.translator())
tables.counts(counts, "participants_count_group", _("Network or consortium"), wrap=True)
st.caption(_("A participant in two groups counts in both."))
shell.footer()
