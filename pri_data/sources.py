"""Where the project's data lives, and where each file came from.

One place decides the data directory (env ``PRI_DATA_DIR``, read at call time so tests can point it
at ``tests/data/``); one registry says what each file is, its origin and licence.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DATA_DIR = Path(__file__).resolve().parent / "data"
RELEASE_URL = "https://cor.europa.eu/en/news/Pages/Partnerships-for-Regional-Innovation.aspx"
RELEASE_DATE = "2022-05-17"
S3_PLATFORM_URL = "https://s3platform.jrc.ec.europa.eu/pri"
EUROSTAT_LICENCE = "Eurostat, CC BY 4.0 (Source: Eurostat)"  # the three indicator files


def data_dir() -> Path:
    """The directory the loaders read; ``PRI_DATA_DIR`` overrides the committed data."""
    return Path(os.environ.get("PRI_DATA_DIR") or DEFAULT_DATA_DIR)


@dataclass(frozen=True)
class Source:
    """One data file and its provenance."""

    file: str
    what: str
    origin: str
    licence: str
    retrieved: str


SOURCES: tuple[Source, ...] = (
    Source(
        "participants.csv",
        "Territories named in public sources as taking part in the PRI pilot",
        "Compiled from the 17 May 2022 release, regional governments', networks' and liaison "
        "offices' pages; every row cites its sources (shared/reference/participants)",
        "Facts with cited public sources",
        "2026-11-25",
    ),
    Source(
        "groups.csv",
        "Networks and consortia through which participants take part",
        "Same compilation; each row cites its source",
        "Facts with cited public sources",
        "2026-11-25",
    ),
    Source(
        "memberships.csv",
        "Which participant belongs to which network or consortium",
        "Same compilation; each row cites its source",
        "Facts with cited public sources",
        "2026-11-25",
    ),
    Source(
        "announced.csv",
        "Totals announced on 17 May 2022: regions, cities and Member States selected, Member "
        "States represented, networks",
        f"European Commission press release, {RELEASE_DATE} ({RELEASE_URL})",
        "© European Union, reuse authorised with acknowledgement",
        "2026-11-25",
    ),
    Source(
        "indicators.parquet",
        "Eurostat regional indicators (R&D, researchers, HRST, patents, GDP, unemployment, "
        "population) in NUTS 2021 codes, with flags",
        "Eurostat extracts in shared/reference/indicators (see data/INDICATORS.md), built by "
        "python -m pri_data.build_indicators",
        EUROSTAT_LICENCE,
        "2026-11-25",
    ),
    Source(
        "indicator_catalog.csv",
        "One row per indicator: label, unit, Eurostat dataset, direction, source, years",
        "Built with indicators.parquet",
        EUROSTAT_LICENCE,
        "2026-11-25",
    ),
    Source(
        "indicators_left_out.csv",
        "Source rows not shown, with the reason (territory changed since, Extra-Regio)",
        "Built with indicators.parquet",
        EUROSTAT_LICENCE,
        "2026-11-25",
    ),
)
