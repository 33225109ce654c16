"""The one place in pri_data that caches for Streamlit: tables via ``st.cache_data`` (each call
gets a copy), named for what they return. Built maps are cached where they are shown
(``ui.map_component``).

- ``participant_data``: the validated files, the filtered selection, display frames.
- ``indicator_data``: indicator frames for the comparison and profile pages.
- ``files``: the data check, the files' provenance, exports and the upload template.
- ``session``: the caches' bounds, and per-session answers for an uploaded list.
"""

from pri_data.cache.files import (
    data_problems,
    data_sources,
    export_files,
    export_table,
    template_file,
)
from pri_data.cache.indicator_data import (
    distribution,
    eu_value,
    indicator_catalog,
    indicator_map_values,
    indicator_years,
    indicators_left_out,
    network_summary,
    participant_indicators,
    ranking,
    ranking_eu,
    ranking_parts,
    region_groups,
    scatter_frame,
)
from pri_data.cache.participant_data import (
    announced,
    announced_table,
    display,
    filter_options,
    filtered,
    group_members,
    group_names,
    groups,
    groups_in_view,
    memberships,
    network_gap,
    nuts_name,
    participants,
)
from pri_data.cache.session import SESSION_KEY, session_dataset

__all__ = [
    "SESSION_KEY",
    "announced",
    "announced_table",
    "data_problems",
    "data_sources",
    "display",
    "distribution",
    "eu_value",
    "export_files",
    "export_table",
    "filter_options",
    "filtered",
    "group_members",
    "group_names",
    "groups",
    "groups_in_view",
    "indicator_catalog",
    "indicator_map_values",
    "indicator_years",
    "indicators_left_out",
    "memberships",
    "network_gap",
    "network_summary",
    "nuts_name",
    "participant_indicators",
    "participants",
    "ranking",
    "ranking_eu",
    "ranking_parts",
    "region_groups",
    "scatter_frame",
    "session_dataset",
    "template_file",
]
