"""Where the project's data lives, and where each file came from.

One place decides the data directory (env ``PRI_DATA_DIR``, read at call time so tests can point it
at ``tests/data/``); one registry says what each file is, its origin and licence.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, replace
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
    retrieved: str | None  # the data's own date for the file (None: the data records none)


SOURCES: tuple[Source, ...] = (
    Source(
        "participants.csv",
        "Territories named in public sources as taking part in the PRI pilot",
        "Compiled from the 17 May 2022 release, regional governments', networks' and liaison "
        "offices' pages; every row cites its sources",
        "Facts with cited public sources",
        None,
    ),
    Source(
        "groups.csv",
        "Networks and consortia through which participants take part",
        "Same compilation; each row cites its source",
        "Facts with cited public sources",
        None,
    ),
    Source(
        "memberships.csv",
        "Which participant belongs to which network or consortium",
        "Same compilation; each row cites its source",
        "Facts with cited public sources",
        None,
    ),
    Source(
        "announced.csv",
        "Totals announced on 17 May 2022: regions, cities and Member States selected, Member "
        "States represented, networks",
        f"European Commission press release, {RELEASE_DATE} ({RELEASE_URL})",
        "© European Union, reuse authorised with acknowledgement",
        None,
    ),
    Source(
        "indicators.parquet",
        "Eurostat regional indicators (R&D, researchers, HRST, patents, GDP, unemployment, "
        "population) in NUTS 2021 codes, with Eurostat's flags where the extract kept them",
        "Eurostat regional datasets, one per indicator (see the indicator comparison page)",
        EUROSTAT_LICENCE,
        None,
    ),
    Source(
        "indicator_catalog.csv",
        "One row per indicator: label, unit, Eurostat dataset, direction (higher or lower is "
        "better, or neither), whether flags were kept, source, years",
        "Built with indicators.parquet",
        EUROSTAT_LICENCE,
        None,
    ),
    Source(
        "indicators_left_out.csv",
        "Source rows not shown, with the reason (territory changed since, Extra-Regio)",
        "Built with indicators.parquet",
        EUROSTAT_LICENCE,
        None,
    ),
)


def dated_sources(extracted: Iterable[str], announced_dates: Iterable[str]) -> tuple[Source, ...]:
    """``SOURCES`` with the dates the data itself records: the indicator catalogue's extraction
    dates for the indicator files, the announcement's date for ``announced.csv``. The participant
    files record no date of their own (each row cites its sources): they keep None. Never a
    file's modification time."""
    indicator_dates = ", ".join(sorted(set(extracted))) or None
    announced = ", ".join(sorted(set(announced_dates))) or None
    dates = {
        "announced.csv": announced,
        "indicators.parquet": indicator_dates,
        "indicator_catalog.csv": indicator_dates,
        "indicators_left_out.csv": indicator_dates,
    }
    return tuple(replace(s, retrieved=dates.get(s.file)) for s in SOURCES)
