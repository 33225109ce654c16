"""The plain way to draw the same map, for the benchmark to compare against (never used by the app).

Everything runs on every rerun: the CSVs and the full-detail 1:3 million NUTS 2 GeoParquet are read
again, the GeoJSON is ``__geo_interface__`` of the unsimplified frame (every column as properties),
and the figure is rebuilt. No ``st.cache_*``. Same sidebar labels as the dashboard, so the benchmark
drives both with the same clicks. Offline: MapLibre ``white-bg`` needs no tiles.

Run: ``streamlit run bench/baseline_app.py`` from the repository root.
"""

from pathlib import Path

import geopandas as gpd
import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from babel import Locale

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "pri_data" / "data"
NUTS_FILE = REPO / "geo" / "data" / "nuts2021_03m.parquet"

st.set_page_config(page_title="PRI baseline", layout="wide", initial_sidebar_state="expanded")

participants = pd.read_csv(DATA / "participants.csv", dtype={"nuts_code": str})
memberships = pd.read_csv(DATA / "memberships.csv")
groups = pd.read_csv(DATA / "groups.csv")
nuts = gpd.read_parquet(NUTS_FILE)
nuts2 = nuts[nuts["level"] == 2]

group_names = dict(zip(groups["id"], groups["name"], strict=True))
territories = Locale.parse("en").territories
countries = {
    c: territories.get({"EL": "GR"}.get(c, c), c)
    for c in sorted(participants["country_code"].unique())
}

with st.sidebar:
    st.header("Filters")
    chosen_groups = st.multiselect(
        "Network or consortium", list(group_names), format_func=group_names.get, placeholder="All"
    )
    chosen_countries = st.multiselect(
        "Country", list(countries), format_func=countries.get, placeholder="All"
    )

selected = participants
if chosen_groups:
    ids = memberships.loc[memberships["group_id"].isin(chosen_groups), "participant_id"]
    selected = selected[selected["id"].isin(ids)]
if chosen_countries:
    selected = selected[selected["country_code"].isin(chosen_countries)]

# A participant covers the NUTS 2 regions under its code (levels 0-2) or above it (level 3).
counts = {
    nid: sum(nid.startswith(code) or code.startswith(nid) for code in selected["nuts_code"])
    for nid in nuts2["nuts_id"]
}
cities = selected[selected["participant_type"] == "city"]

st.title("PRI participants (baseline)")
fig = go.Figure(
    [
        go.Choroplethmap(
            geojson=nuts2.__geo_interface__,
            featureidkey="properties.nuts_id",
            locations=nuts2["nuts_id"],
            z=[counts[n] for n in nuts2["nuts_id"]],
            text=nuts2["name_latn"],
            colorscale="Blues",
            marker_line_width=0.5,
            name="NUTS 2 regions",
        ),
        go.Scattermap(
            lat=cities["lat"],
            lon=cities["lon"],
            text=cities["name_en"],
            mode="markers",
            marker={"size": 12, "color": "#D55E00"},
            name="Cities",
        ),
    ]
)
fig.update_layout(
    map={"style": "white-bg", "center": {"lat": 53.0, "lon": 12.0}, "zoom": 2.55},
    height=720,
    margin={"l": 0, "r": 0, "t": 30, "b": 0},
    title=f"{len(selected)} participants",
)
st.plotly_chart(fig, key="baseline_map")
st.dataframe(selected[["name_en", "participant_type", "country_code", "nuts_code"]])
