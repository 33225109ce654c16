"""Cached answers about the data files and the files the app hands out: the data check, the
files' provenance, the participant exports and the upload template (``st.cache_data``).

``check``, ``export`` and ``upload_template`` are imported inside the functions on purpose:
every page imports the cache, and only the pages that need them then load them."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from pri_data import dataset
from pri_data.cache.indicator_data import indicator_catalog
from pri_data.cache.participant_data import (
    announced_table,
    filtered,
    group_names,
    groups,
    memberships,
    participants,
)
from pri_data.cache.session import ONE, PER_EXPORT, answer_per_session
from pri_data.dataset import Dataset
from pri_data.filters import Filters
from pri_data.i18n import ENGLISH, Translator, translator_for

# _data_problems checks the public files, not a list; template_file reads the public list
# explicitly (dataset.using(dataset.PUBLIC)).
SHARED_ONLY = frozenset({"_data_problems", "template_file"})


@st.cache_data(**ONE)
def _data_problems(stamp: tuple) -> list:
    from pri_data.check import collect_problems

    return collect_problems(at_run_time=True)  # never the 1:3M shapes


def data_problems() -> list:
    """Every problem in every file the app reads (``pri_data.errors.Problem``), checked again
    when any file changes: pages show these instead of running on broken data."""
    from pri_data.check import files_stamp

    return _data_problems(files_stamp())


@st.cache_data(**ONE)
def data_sources() -> tuple:
    """Every data file's provenance with the dates the data itself records (sources.py)."""
    from pri_data.sources import dated_sources

    extracted = indicator_catalog()["extracted"].astype(str)
    return dated_sources(extracted, announced_table()["source_date"].astype(str))


@st.cache_data(**PER_EXPORT)
def export_table(filters: Filters, lang: str = "en") -> pd.DataFrame:
    """The filtered participants as the readable table the Participants page shows and exports
    (English column keys; cells in ``lang``)."""
    from pri_data import export

    return export.export_frame(filtered(filters), group_names(), translator_for(lang))


@st.cache_data(**PER_EXPORT)
def export_files(filters: Filters, lang: str = "en") -> tuple[bytes, bytes]:
    """(CSV bytes, Excel bytes) of ``export_table(filters)`` with headers in ``lang``; Excel
    carries an 'About' sheet."""
    from pri_data import export

    tr = translator_for(lang)
    frame = export_table(filters, lang)
    description = export.describe_filters(filters, group_names(), tr)
    if isinstance(own := dataset.active(), Dataset):  # the About sheet names an uploaded list
        note = tr.gettext(dataset.OWN_LIST_NOTE).format(files=", ".join(own.file_names))
        description = f"{note} {description}"
    return (
        export.to_csv_bytes(export.localized(frame, tr)),
        export.to_excel_bytes(frame, description, data_sources(), tr),
    )


@st.cache_data(show_spinner=False, max_entries=8)
def template_file(lang: str, _tr: Translator = ENGLISH) -> bytes:
    """The template workbook to fill in: always the public list (``lang`` keys the cache)."""
    from pri_data.upload_template import template_xlsx

    with dataset.using(dataset.PUBLIC):
        return template_xlsx(participants(), groups(), memberships(), _tr)


answer_per_session(globals(), SHARED_ONLY)
