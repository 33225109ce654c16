"""Indicator comparison: where the participants stand on published innovation-gap indicators,
beside their countries, their networks, the other EU regions and the EU as a whole."""

import streamlit as st

from figures.charts import distribution, ranking_bars, scatter_two
from figures.palette import named_group_colours
from figures.plotly_config import chart_config
from pri_data import cache
from pri_data.indicators import NEITHER, eu_name, ranking_export, ranking_notes
from pri_data.indicators.compare import EU_AGGREGATES_NOTE
from pri_data.indicators.flags import flag_notes
from pri_data.labels import INDIVIDUAL_LABEL, value_digits
from pri_data.text import plain
from ui import charts, i18n, map_component, params, present, shell, tables
from ui.i18n import _

shell.heading(_("Indicator comparison"))
view = shell.view()
if shell.no_match(view):
    shell.footer()
    shell.stop()
catalog = cache.indicator_catalog()
ids = list(catalog.index)
LATEST = "latest"


def label_of(indicator_id: str) -> str:
    return _(str(catalog.loc[indicator_id, "label"]))


if present.is_presenting():  # the step shows its chart without its controls
    ind = params.url_value("ind", ids, "gerd_pc_gdp")[0]
    years = [LATEST, *map(str, cache.indicator_years(ind))]
    year_text = params.url_value("year", years, LATEST)[0]
else:
    left, middle, right = st.columns([3, 2, 3])
    ind = params.url_choice(
        left.selectbox, _("Indicator"), "ind", ids, "gerd_pc_gdp", key="cmp_ind",
        format_func=label_of,
    )  # fmt: skip
    years = [LATEST, *[str(y) for y in reversed(cache.indicator_years(ind))]]
    year_text = params.url_choice(
        middle.selectbox,
        _("Year"),
        "year",
        years,
        LATEST,
        key="cmp_year",
        format_func=lambda y: _("Latest available per region") if y == LATEST else y,
        help=_("'Latest' takes each region's most recent figure; every value shows its year."),
    )
year = None if year_text == LATEST else int(year_text)
info = catalog.loc[ind]
unit = _(str(info["unit"]))
tr, digits = i18n.translator(), value_digits(str(info["unit"]))
when = _("latest available per region") if year is None else str(year)
source = _("Source: Eurostat ({dataset}, extracted {date}); CC BY 4.0").format(
    dataset=info["dataset_code"], date=i18n.format_date(str(info["extracted"]))
)
title = f"{label_of(ind)} ({unit}), {when}"
if present.is_presenting():  # one title: the indicator's, as the title line names the selection
    st.subheader(title)
    map_component.indicator_map(view.filters, ind, year, title, unit, source, reserve=70)
    shell.stop()
st.caption(source)

st.subheader(_("Map of the EU's NUTS 2 regions"))
map_component.indicator_map(view.filters, ind, year, title, unit, source)
st.caption(_("Hatched grey: no data. Orange outline: the selected participants' own units."))
values = cache.indicator_map_values(ind, year)
charts.figures_download(
    _("Download the map's figures (CSV)"),
    values,
    f"pri-{ind}-nuts2.csv",
    "dl_cmp_map",
)

lang = i18n.current_lang()
rank = cache.ranking(view.filters, ind, year, lang)
parts = cache.ranking_parts(view.filters, ind, year, lang)
eu = cache.ranking_eu(view.filters, ind, year)
direction = str(info["direction"])
if direction == NEITHER:  # population: neither more nor less is better, so no ranking
    st.subheader(_("Participants ordered by value"))
    st.caption(_("Not ranked: neither a higher nor a lower figure is better. Highest at the top."))
else:
    st.subheader(_("Participants ranked"))
    st.caption(_("Best at the top: the highest figure, or the lowest where lower is better."))
charts.show(
    ranking_bars, rank, eu, unit, title, source, digits=digits, direction=direction, parts=parts,
    key="cmp_rank", config=chart_config(f"pri-{ind}-ranking"),
)
stand_in = set(parts["participant_id"])
no_data = rank[rank["value"].isna() & ~rank["id"].isin(stand_in)]
if len(no_data):
    st.caption(_("No data for: {names}.").format(names=plain(", ".join(no_data["name"]))))
through_parts = rank[rank["id"].isin(stand_in)]
if len(through_parts):
    st.caption(
        _(
            "No figure of their own, shown through their NUTS 2 regions (lighter bars, never "
            "added up or averaged): {names}."
        ).format(names=plain(", ".join(through_parts["name"])))
    )
notes = ranking_notes(rank, parts)
if len(notes):
    with st.expander(_("Figures that stand for a participant's wider region or its parts")):
        tables.show(
            notes,
            "cmp_notes",
            {"name": _("Participant"), "basis_note": tables.text(_("Whose figure"), width="large")},
            wrap=True,
        )
if eu is None:
    st.caption(_("The source gives no EU figure for this year."))
else:
    line = _("Dashed line: the EU figure, {eu}.").format(eu=eu_name(eu))
    years = [*rank["year"].dropna(), *parts["year"].dropna()]
    if year is None and years and min(years) != max(years):
        line += " " + _(
            "The participants' figures are from {first} to {last}; each bar's year is in its "
            "hover text."
        ).format(first=int(min(years)), last=int(max(years)))
    st.caption(line)
    st.caption(_(EU_AGGREGATES_NOTE))
shown_flags = [*rank["flag"].fillna(""), *parts["flag"]]
for note in flag_notes(shown_flags, catalog.loc[[ind]], tr):
    st.caption(plain(note))
charts.figures_download(
    _("Download the ranking's figures (CSV)"),
    ranking_export(rank, parts, eu),
    f"pri-{ind}-participants.csv",
    "dl_cmp_rank",
)

st.subheader(_("Two indicators together"))
other = [i for i in ids if i != ind]
ind2 = params.url_choice(
    st.selectbox, _("Second indicator"), "ind2", other, other[0], key="cmp_ind2",
    format_func=label_of,
)
points = cache.scatter_frame(view.filters, ind, ind2, year, i18n.current_lang())
charts.show(
    scatter_two,
    points,
    label_of(ind),
    label_of(ind2),
    f"{label_of(ind)} / {label_of(ind2)}",
    source,
    digits=(digits, value_digits(str(catalog.loc[ind2, "unit"]))),
    colours=named_group_colours(
        cache.groups()["id"], cache.group_names(), tr.gettext(INDIVIDUAL_LABEL)
    ),
    key="cmp_scatter",
    config=chart_config(f"pri-{ind}-{ind2}-scatter"),
)
charts.figures_download(
    _("Download the scatter's figures (CSV)"),
    points,
    f"pri-{ind}-{ind2}.csv",
    "dl_cmp_scatter",
)

st.subheader(_("The innovation divide: participant regions and the others"))
dist = cache.distribution(view.filters, ind, year)
charts.show(
    distribution, dist, unit, title, source, digits=digits,
    key="cmp_dist",
    config=chart_config(f"pri-{ind}-distribution"),
)
st.caption(
    _("Participant regions: NUTS 2 regions in a selected participant's territory or containing it.")
)

st.subheader(_("By network or consortium"))
table = cache.network_summary(view.filters, ind, year, i18n.current_lang())
tables.show(  # long names wrap in a pinned column, so the counts beside them stay in view
    i18n.localized_numbers(table, dict.fromkeys(("median", "min", "max", "median − EU"), digits)),
    "cmp_networks",
    {
        tables.INDEX: tables.text(_("Network or consortium"), width="medium", pinned=True),
        "members": tables.number(_("members")),
        "with data": tables.number(_("with data")),
        "median": tables.number(_("median")),
        "min": tables.number(_("min")),
        "max": tables.number(_("max")),
        "median − EU": tables.number(
            _("median − {eu}").format(eu=eu_name(eu)) if eu else _("median − EU"),
            help=_("The median minus the EU figure named in the header (aggregate and year)"),
        ),
    },
    wrap=True,
)
if stand_in:
    st.caption(
        _(
            "A member with no figure of its own counts as without data here: its NUTS 2 "
            "regions' figures are not combined into one."
        )
    )
shell.footer()
