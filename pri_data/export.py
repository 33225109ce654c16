"""Downloads of the participant table: a tidy frame with readable columns, CSV and Excel bytes.

Pure functions (no Streamlit): the page passes the filtered participants and gets bytes back.
The Excel workbook carries a second sheet, "About", naming the filter, the sources, their dates
and the licences, so a downloaded file still says where it came from.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Mapping
from datetime import date

import pandas as pd

from pri_data.countries import country_name
from pri_data.filters import Filters
from pri_data.i18n import ENGLISH, N_, Translator
from pri_data.labels import INDIVIDUAL, INDIVIDUAL_NO_GROUP, confidence_label, type_label
from pri_data.licences import licence_lines
from pri_data.load import load_announced
from pri_data.sources import RELEASE_URL, Source
from pri_data.summary import announced_figures, announced_totals

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # a spreadsheet runs such a cell (OWASP)
SOURCE_SEPARATOR = " | "  # how participants.csv separates several source URLs
GROUP_SEPARATOR = "; "

# Column keys of the export frame (English msgids; ``localized`` gives the headers in a language).
ID = N_("ID")
NAME = N_("Name (English)")
LOCAL_NAME = N_("Local name")
TYPE = N_("Type")
COUNTRY = N_("Country")
NUTS_CODE = N_("NUTS code")
NUTS_LEVEL = N_("NUTS level")
GROUPS = N_("Networks and consortia")
CONFIDENCE = N_("Confidence")
EVIDENCE = N_("Evidence")
SOURCE = N_("Source")
ALL_SOURCES = N_("All sources")
COLUMNS = (
    NAME, LOCAL_NAME, TYPE, COUNTRY, NUTS_CODE, NUTS_LEVEL, GROUPS, CONFIDENCE, EVIDENCE,
    SOURCE, ALL_SOURCES, ID,
)  # fmt: skip

_FILTER_LABELS = {
    "groups": N_("Network or consortium"),
    "countries": N_("Country"),
    "types": N_("Participant type"),
    "confidence": N_("Confidence"),
}
SHEET_PARTICIPANTS, SHEET_ABOUT = N_("Participants"), N_("About")


def split_sources(text: object) -> list[str]:
    """The URLs of a ``source_urls`` cell, in order; an empty or missing cell gives []."""
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return []
    return [url.strip() for url in str(text).split(SOURCE_SEPARATOR.strip()) if url.strip()]


def _group_text(ids: Iterable[str], group_names: Mapping[str, str]) -> str:
    return GROUP_SEPARATOR.join(group_names.get(g, g) for g in ids if g != INDIVIDUAL)


def export_frame(
    participants: pd.DataFrame, group_names: Mapping[str, str], tr: Translator = ENGLISH
) -> pd.DataFrame:
    """One row per participant with readable columns (``COLUMNS``, English keys); type, country
    and confidence in ``tr``'s language; groups joined by '; '."""
    missing = {"id", "name_en", "source_urls", "group_ids"} - set(participants.columns)
    if missing:
        raise ValueError(f"export_frame needs the columns {sorted(missing)}")
    sources = participants["source_urls"].map(split_sources)
    out = pd.DataFrame(
        {
            NAME: participants["name_en"],
            LOCAL_NAME: participants["name_local"],
            TYPE: participants["participant_type"].map(lambda t: type_label(t, tr)),
            COUNTRY: participants["country_code"].map(lambda c: country_name(c, tr.locale)),
            NUTS_CODE: participants["nuts_code"],
            NUTS_LEVEL: participants["nuts_level"].astype("Int64"),
            GROUPS: participants["group_ids"].map(lambda ids: _group_text(ids, group_names)),
            CONFIDENCE: participants["confidence"].map(lambda c: confidence_label(c, tr)),
            EVIDENCE: participants["evidence"],
            SOURCE: sources.map(lambda urls: urls[0] if urls else None),
            ALL_SOURCES: sources.map(SOURCE_SEPARATOR.join),
            ID: participants["id"],
        }
    )
    return out.reset_index(drop=True)


def localized(frame: pd.DataFrame, tr: Translator = ENGLISH) -> pd.DataFrame:
    """``frame`` with its column headers in ``tr``'s language (for CSV and Excel)."""
    return frame.rename(columns=tr.gettext)


def describe_filters(
    filters: Filters, group_names: Mapping[str, str], tr: Translator = ENGLISH
) -> str:
    """The filter in words, e.g. 'Country: Belgium, Italy; Confidence: confirmed'."""
    _ = tr.gettext
    parts = []
    for attr, label in _FILTER_LABELS.items():
        values = getattr(filters, attr)
        if not values:
            continue
        if attr == "groups":
            names = {**group_names, INDIVIDUAL: _(INDIVIDUAL_NO_GROUP)}
            values = [names.get(v, v) for v in values]
        elif attr == "countries":
            values = [country_name(v, tr.locale) for v in values]
        elif attr == "types":
            values = [type_label(v, tr) for v in values]
        elif attr == "confidence":
            values = [confidence_label(v, tr) for v in values]
        parts.append(f"{_(label)}: {', '.join(values)}")
    if filters.query:
        parts.append(_("Name contains: {query}").format(query=repr(filters.query)))
    return "; ".join(parts) if parts else _("None (all named participants)")


def as_text_cell(value: object) -> object:
    """A text cell a spreadsheet program would run as a formula (it starts with =, +, -, @, a
    tab or a carriage return) with an apostrophe in front, so it opens as text, as the Excel
    export keeps it; numbers and other values unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 CSV with a byte-order mark, so spreadsheet programs read accents correctly; every
    formula-like text cell opens as text (``as_text_cell``)."""
    return frame.map(as_text_cell).to_csv(index=False).encode("utf-8-sig")


def _date_text(dates: str | None, tr: Translator) -> str:
    """'31 March 2022' (several joined), or a plain statement when the data records no date."""
    if not dates:
        return tr.gettext("no date recorded in the data; every row cites its own source")
    return ", ".join(tr.date(d.strip()) for d in dates.split(","))


def file_name(stem: str, filters: Filters, today: date, extension: str) -> str:
    """'pri-participants_cities-4-0_FI_2026-11-26.xlsx': the filters (ids and codes, each
    dimension joined by '+', a search as a slug) and the day of the download."""
    parts = [stem]
    for values in (filters.groups, filters.countries, filters.types, filters.confidence):
        if values:
            parts.append("+".join(values))
    if filters.query:
        slug = re.sub(r"[^a-z0-9]+", "-", filters.query.lower()).strip("-")[:30]
        parts.append(f"q-{slug}" if slug else "q")
    return "_".join([*parts, today.isoformat()]) + f".{extension}"


def _about_rows(
    frame: pd.DataFrame, filter_description: str, sources: Iterable[Source], tr: Translator
) -> list:
    _ = tr.gettext
    rows: list[tuple[str, str]] = [
        (_("Title"), _("Partnerships for Regional Innovation (PRI) pilot: named participants")),
        (_("Filter"), filter_description),
        (_("Rows"), tr.number(len(frame))),
        (
            _("Completeness"),
            _(
                "Announced on {date}: {regions} regions, {cities} cities, {member_states} "
                "Member States. No official list is published; this file holds those named in "
                "public sources (confirmed or likely)."
            ).format(**announced_figures(announced_totals(load_announced()), tr)),
        ),
        (
            confidence_label("confirmed", tr),
            _("a source names the territory as a pilot participant"),
        ),
        (
            confidence_label("likely", tr),
            _("a source names its group as selected and the territory as a member"),
        ),
        (_("Announcement"), RELEASE_URL),
    ]
    for source in sources:
        rows.append(
            (_("Source: {file}").format(file=source.file), f"{_(source.what)}. {_(source.origin)}")
        )
        rows.append(("  " + _("Licence"), _(source.licence)))
        rows.append(("  " + _("Date"), _date_text(source.retrieved, tr)))
    rows.extend((_("Licence and attribution"), line) for line in licence_lines(tr))
    return rows


def to_excel_bytes(
    frame: pd.DataFrame,
    filter_description: str,
    sources: Iterable[Source],
    tr: Translator = ENGLISH,
) -> bytes:
    """An .xlsx with the table (sheet 'Participants', sources as links; headers in ``tr``'s
    language) and a sheet 'About'. ``frame`` has the English column keys of ``export_frame``."""
    _ = tr.gettext
    buffer = io.BytesIO()
    options = {"options": {"strings_to_urls": False, "strings_to_formulas": False}}  # text: text
    table, about_sheet = _(SHEET_PARTICIPANTS), _(SHEET_ABOUT)
    with pd.ExcelWriter(buffer, engine="xlsxwriter", engine_kwargs=options) as writer:
        localized(frame, tr).to_excel(writer, sheet_name=table, index=False, freeze_panes=(1, 0))
        sheet = writer.sheets[table]
        if SOURCE in frame.columns:
            column = frame.columns.get_loc(SOURCE)
            for row, url in enumerate(frame[SOURCE], start=1):
                if isinstance(url, str) and url.startswith("http") and len(url) < 2080:
                    sheet.write_url(row, column, url, string=url)
        sheet.set_column(0, len(frame.columns) - 1, 22)
        about = pd.DataFrame(
            _about_rows(frame, filter_description, sources, tr), columns=[_("Item"), _("Value")]
        )
        about.to_excel(writer, sheet_name=about_sheet, index=False)
        writer.sheets[about_sheet].set_column(0, 0, 26)
        writer.sheets[about_sheet].set_column(1, 1, 110)
    return buffer.getvalue()
