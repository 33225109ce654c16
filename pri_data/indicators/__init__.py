"""Regional innovation indicators (Eurostat): the files, their look-ups and the comparisons.

The public surface is below; the modules behind it are ``specs`` (what each indicator is),
``schemas`` (the files' pandera contracts), ``tidy`` (source rows -> the three files), ``build``
(offline build, ``python -m pri_data.indicators.build``), ``refresh`` (online rebuild,
``python -m pri_data.indicators.refresh``), ``store`` (validated loaders and look-ups),
``participants`` (a participant's figure and rank), ``compare`` (the comparison page's frames),
``profile`` (a profile's indicator table) and ``flags`` (Eurostat's flags in words).
"""

from pri_data.indicators.compare import (
    distribution_frame,
    eu_name,
    eu_reference,
    map_values,
    network_rows,
    network_table,
    participant_region_groups,
    ranking_export,
    ranking_frame,
    ranking_notes,
    ranking_parts_frame,
    scatter_frame,
)
from pri_data.indicators.participants import part_values, participant_values, rank_among_regions
from pri_data.indicators.profile import profile_indicators
from pri_data.indicators.specs import DIRECTIONS, EU_AGGREGATES, NEITHER, SPECS, IndicatorSpec
from pri_data.indicators.store import (
    available_years,
    country_values,
    eu_value,
    indicator_info,
    left_out_summary,
    load_indicator_catalog,
    load_indicators,
    load_left_out,
    region_values,
    time_series,
    values_at_all_levels,
)
from pri_data.indicators.tidy import FILES

__all__ = [
    "DIRECTIONS",
    "EU_AGGREGATES",
    "FILES",
    "NEITHER",
    "SPECS",
    "IndicatorSpec",
    "available_years",
    "country_values",
    "distribution_frame",
    "eu_name",
    "eu_reference",
    "eu_value",
    "indicator_info",
    "left_out_summary",
    "load_indicator_catalog",
    "load_indicators",
    "load_left_out",
    "map_values",
    "network_rows",
    "network_table",
    "participant_region_groups",
    "part_values",
    "participant_values",
    "profile_indicators",
    "rank_among_regions",
    "ranking_export",
    "ranking_frame",
    "ranking_notes",
    "ranking_parts_frame",
    "region_values",
    "scatter_frame",
    "time_series",
    "values_at_all_levels",
]
