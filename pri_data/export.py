"""Downloads of the participant table: a tidy frame with readable columns, CSV and Excel bytes.

Pure functions (no Streamlit): the page passes the filtered participants and gets bytes back.
The Excel workbook carries a second sheet, "About", naming the filter, the sources, their dates
and the licences, so a downloaded file still says where it came from.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping

import pandas as pd

from pri_data.countries import country_name
from pri_data.filters import Filters
from pri_data.load import INDIVIDUAL
from pri_data.sources import RELEASE_URL, Source
from pri_data.views import TYPE_LABELS

SOURCE_SEPARATOR = " | "  # how participants.csv separates several source URLs
GROUP_SEPARATOR = "; "

# Column names of the export frame (English; the page labels them through ``_``).
ID = "ID"
NAME = "Name (English)"
LOCAL_NAME = "Local name"
TYPE = "Type"
COUNTRY = "Country"
NUTS_CODE = "NUTS code"
NUTS_LEVEL = "NUTS level"
GROUPS = "Networks and consortia"
CONFIDENCE = "Confidence"
EVIDENCE = "Evidence"
SOURCE = "Source"
ALL_SOURCES = "All sources"
COLUMNS = (
    NAME, LOCAL_NAME, TYPE, COUNTRY, NUTS_CODE, NUTS_LEVEL, GROUPS, CONFIDENCE, EVIDENCE,
    SOURCE, ALL_SOURCES, ID,
)  # fmt: skip

LICENCE_LINES = (
    "Participant list: facts compiled from public sources; every row cites its own sources.",
    "Announced totals: European Commission press release of 17 May 2022, "
    "© European Union, reuse authorised with acknowledgement.",
    "Boundaries (NUTS 2021): Eurostat GISCO; © EuroGeographics for the administrative boundaries.",
    "Indicators: Source: Eurostat (CC BY 4.0).",
)
_FILTER_LABELS = {
    "groups": "Network or consortium",
    "countries": "Country",
    "types": "Participant type",
    "confidence": "Confidence",
}


def split_sources(text: object) -> list[str]:
    """The URLs of a ``source_urls`` cell, in order; an empty or missing cell gives []."""
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return []
    return [url.strip() for url in str(text).split(SOURCE_SEPARATOR.strip()) if url.strip()]


def _group_text(ids: Iterable[str], group_names: Mapping[str, str]) -> str:
    return GROUP_SEPARATOR.join(group_names.get(g, g) for g in ids if g != INDIVIDUAL)


def export_frame(participants: pd.DataFrame, group_names: Mapping[str, str]) -> pd.DataFrame:
    """One row per participant with readable columns (``COLUMNS``); groups joined by '; '."""
    missing = {"id", "name_en", "source_urls", "group_ids"} - set(participants.columns)
    if missing:
        raise ValueError(f"export_frame needs the columns {sorted(missing)}")
    sources = participants["source_urls"].map(split_sources)
    out = pd.DataFrame(
        {
            NAME: participants["name_en"],
            LOCAL_NAME: participants["name_local"],
            TYPE: participants["participant_type"].map(lambda t: TYPE_LABELS.get(t, t)),
            COUNTRY: participants["country_code"].map(country_name),
            NUTS_CODE: participants["nuts_code"],
            NUTS_LEVEL: participants["nuts_level"].astype("Int64"),
            GROUPS: participants["group_ids"].map(lambda ids: _group_text(ids, group_names)),
            CONFIDENCE: participants["confidence"],
            EVIDENCE: participants["evidence"],
            SOURCE: sources.map(lambda urls: urls[0] if urls else None),
            ALL_SOURCES: sources.map(SOURCE_SEPARATOR.join),
            ID: participants["id"],
        }
    )
    return out.reset_index(drop=True)


def describe_filters(filters: Filters, group_names: Mapping[str, str]) -> str:
    """The filter in words, e.g. 'Country: Belgium, Italy; Confidence: confirmed'."""
    parts = []
    for attr, label in _FILTER_LABELS.items():
        values = getattr(filters, attr)
        if not values:
            continue
        if attr == "groups":
            names = {**group_names, INDIVIDUAL: "Individual (no group)"}
            values = [names.get(v, v) for v in values]
        elif attr == "countries":
            values = [country_name(v) for v in values]
        elif attr == "types":
            values = [TYPE_LABELS.get(v, v) for v in values]
        parts.append(f"{label}: {', '.join(values)}")
    if filters.query:
        parts.append(f"Name contains: {filters.query!r}")
    return "; ".join(parts) if parts else "None (all named participants)"


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV with a byte-order mark, so spreadsheet programs read accents correctly."""
    return frame.to_csv(index=False).encode("utf-8-sig")


def _about_rows(frame: pd.DataFrame, filter_description: str, sources: Iterable[Source]) -> list:
    rows: list[tuple[str, str]] = [
        ("Title", "Partnerships for Regional Innovation (PRI) pilot: named participants"),
        ("Filter", filter_description),
        ("Rows", str(len(frame))),
        (
            "Completeness",
            "Announced on 17 May 2022: 63 regions, 7 cities, 4 Member States. No official list "
            "is published; this file holds those named in public sources (confirmed or likely).",
        ),
        ("confirmed", "a source names the territory as a pilot participant"),
        ("likely", "a source names its group as selected and the territory as a member"),
        ("Announcement", RELEASE_URL),
    ]
    for source in sources:
        rows.append((f"Source: {source.file}", f"{source.what}. {source.origin}"))
        rows.append(("  Licence", source.licence))
        rows.append(("  Extraction date", source.retrieved))
    rows.extend(("Licence and attribution", line) for line in LICENCE_LINES)
    return rows


def to_excel_bytes(
    frame: pd.DataFrame, filter_description: str, sources: Iterable[Source]
) -> bytes:
    """An .xlsx with the table (sheet 'Participants', sources as links) and a sheet 'About'."""
    buffer = io.BytesIO()
    options = {"options": {"strings_to_urls": False}}
    with pd.ExcelWriter(buffer, engine="xlsxwriter", engine_kwargs=options) as writer:
        frame.to_excel(writer, sheet_name="Participants", index=False, freeze_panes=(1, 0))
        sheet = writer.sheets["Participants"]
        if SOURCE in frame.columns:
            column = frame.columns.get_loc(SOURCE)
            for row, url in enumerate(frame[SOURCE], start=1):
                if isinstance(url, str) and url.startswith("http") and len(url) < 2080:
                    sheet.write_url(row, column, url, string=url)
        sheet.set_column(0, len(frame.columns) - 1, 22)
        about = pd.DataFrame(
            _about_rows(frame, filter_description, sources), columns=["Item", "Value"]
        )
        about.to_excel(writer, sheet_name="About", index=False)
        writer.sheets["About"].set_column(0, 0, 26)
        writer.sheets["About"].set_column(1, 1, 110)
    return buffer.getvalue()
