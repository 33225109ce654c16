"""Your own list: upload the official participant list (CSV or Excel), checked with the same
contracts as the public files; when valid, every page shows it for this browser session."""

import streamlit as st

from pri_data import cache, upload, upload_diff
from pri_data.text import plain
from pri_data.upload import UploadedFile
from pri_data.upload_template import TEMPLATE_FILE
from ui import i18n, layout, own_list, shell, tables
from ui.i18n import _

shell.heading(_("Your own list"))
st.markdown(
    _(
        "Upload your own participant list to see every page, count, map, sentence and export "
        "on it. It needs the columns of the public list: download the template, a workbook with "
        "the public list and a sheet that explains every column. Upload a participants CSV, or "
        "an Excel workbook with the sheets participants, groups and memberships; without groups "
        "and memberships the public ones are used where the ids match."
    )
)
st.caption(
    _(
        "Your list stays in this browser session's memory: it is not saved, not logged and not "
        "shared with anyone, and it is gone when you close the tab. Limits: {mb} MB and {rows} "
        "rows."
    ).format(mb=upload.MAX_BYTES // 1024 // 1024, rows=i18n.format_number(upload.MAX_ROWS))
)
st.download_button(
    _("Download the template (Excel)"),
    cache.template_file(i18n.current_lang(), _tr=i18n.translator()),
    file_name=TEMPLATE_FILE,
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    key="own_list_template",
    on_click="ignore",
)

layout.upload_button_label(_("Upload"))
chosen = st.file_uploader(
    _("Your list: CSV or Excel files"),
    type=["csv", "xlsx"],
    accept_multiple_files=True,
    key=own_list.uploader_key(),
    max_upload_size=own_list.UPLOADER_MAX_MB,
    help=_("CSV files are told apart by name: one with 'group' or 'member' in its name gives "
           "groups or memberships; any other gives the participants."),
)  # fmt: skip
# a file uploaded again under the same name replaces the earlier one (a corrected copy)
files = list({f.name: UploadedFile(f.name, f.getvalue()) for f in chosen or []}.values())
if own_list.receive(files):
    st.rerun()

if lines := own_list.problems():
    still = (
        _("The dashboard still shows the public list.")
        if own_list.in_use() is None
        else _("The dashboard still shows your earlier uploaded list.")
    )
    found = i18n.ngettext(
        "Your upload was not used: {n} problem was found.",
        "Your upload was not used: {n} problems were found.",
        len(lines),
    ).format(n=i18n.format_number(len(lines)))
    st.error(f"{found} {still} " + _("Fix the problems and upload the file again."))
    st.code("\n".join(lines[: own_list.SHOWN_PROBLEMS]), language=None, wrap_lines=True)
    if len(lines) > own_list.SHOWN_PROBLEMS:
        st.caption(
            _("The first {shown} problems are shown; the file below lists all {n}.").format(
                shown=own_list.SHOWN_PROBLEMS, n=i18n.format_number(len(lines))
            )
        )
    st.download_button(
        _("Download the list of problems"),
        "\n".join(lines).encode("utf-8"),
        file_name="upload-problems.txt",
        mime="text/plain",
        key="own_list_problems",
        on_click="ignore",
    )

own = own_list.in_use()
if own is not None:
    st.success(
        _("In use: your list of {n} participants ({files}).").format(
            n=i18n.format_number(own.size), files=plain(", ".join(own.file_names))
        )
    )
    st.subheader(_("Compared with the public compilation"))
    diff = own_list.comparison(own)
    counts = upload_diff.counts(diff)
    for column, (change, number) in zip(st.columns(3), counts.items(), strict=True):
        column.metric(_(change).capitalize(), i18n.format_number(number), border=True)
    tables.show(
        diff.assign(
            change=diff["change"].map(_),
            field=diff["field"].map(lambda f: _(upload_diff.COMPARED[f]) if f else ""),
        ),
        "own_list_diff",
        {
            "change": _("Change"),
            "id": _("ID"),
            "name_en": _("Name"),
            "field": _("Field"),
            "public": _("Public list"),
            "uploaded": _("Your list"),
        },
    )

shell.footer()
