"""The template to fill in: the public list as an Excel workbook (participants, groups,
memberships) with a 'Columns' sheet that explains every column and its allowed values.

Pure (XlsxWriter, no Streamlit). Explanations are msgids, written in the language of ``tr``; the
sheet and column names stay as the contract spells them, since they are what an upload is read by.
"""

from __future__ import annotations

import io

import pandas as pd

from pri_data import schemas
from pri_data.i18n import ENGLISH, N_, Translator

COLUMNS_SHEET = "Columns"
REQUIRED, OPTIONAL = N_("required"), N_("optional")
HEADINGS = (N_("Sheet"), N_("Column"), N_("Required"), N_("Allowed values"), N_("Meaning"))
_ID_RULE = N_("lower-case country code, '-', then letters, digits and '-'; unique")
_URL = N_("a web address starting with http:// or https://")
_TEXT = N_("any text")
# (sheet, column, required?, allowed values, meaning); values in quotes are written as they are.
EXPLAINED: tuple[tuple[str, str, bool, str, str], ...] = (
    ("participants", "id", True, _ID_RULE, N_("Identifier of the participant, e.g. be-leuven")),
    ("participants", "name_en", True, _TEXT, N_("Name in English")),
    ("participants", "name_local", True, _TEXT, N_("Name in the local language")),
    ("participants", "participant_type", True, "region | city | member_state",
     N_("Taking part as a region, a city or a Member State (national level)")),
    ("participants", "country_code", True, N_("two capital letters (Eurostat: EL = Greece)"),
     N_("Country; must be the first two letters of nuts_code")),
    ("participants", "nuts_code", True, N_("a NUTS 2021 code, e.g. BE242"),
     N_("The territory: level 0 for a Member State, 1-3 for a region, 3 for a city "
        "(the NUTS 3 unit that contains it)")),
    ("participants", "nuts_level", False, "0 | 1 | 2 | 3",
     N_("Level of nuts_code; when empty it is read from the code's length")),
    ("participants", "lat", False, N_("a number from 27 to 72"),
     N_("Latitude of a city; when lat and lon are empty the city is drawn at a point of its "
        "NUTS 3 unit, marked approximate")),
    ("participants", "lon", False, N_("a number from -32 to 35"), N_("Longitude of a city")),
    ("participants", "geonames_id", False, N_("a whole number above 0"),
     N_("GeoNames id of a city")),
    ("participants", "confidence", True, "confirmed | likely",
     N_("confirmed: a source names the territory; likely: a source names its group as "
        "selected and the territory as a member")),
    ("participants", "source_urls", True, N_("web addresses separated by ' | '"),
     N_("Where the facts come from")),
    ("participants", "evidence", True, _TEXT, N_("What the source says, in a sentence")),
    ("groups", "id", True, N_("lower-case letters, digits and '-'; unique"),
     N_("Identifier of the network or consortium")),
    ("groups", "name", True, _TEXT, N_("Name of the network or consortium")),
    ("groups", "kind", True, "network | consortium",
     N_("network: one of the six announced; consortium: a joint application")),
    ("groups", "confidence", True, "confirmed | likely", N_("How sure the source is")),
    ("groups", "source_url", True, _URL, N_("Where the facts come from")),
    ("groups", "description", True, _TEXT, N_("A sentence about the group")),
    ("memberships", "group_id", True, N_("an id of the groups sheet"), N_("The group")),
    ("memberships", "participant_id", True, N_("an id of the participants sheet"),
     N_("The member")),
    ("memberships", "confidence", True, "confirmed | likely", N_("How sure the source is")),
    ("memberships", "source_url", True, _URL, N_("Where the facts come from")),
    ("memberships", "evidence", True, _TEXT, N_("What the source says, in a sentence")),
)  # fmt: skip
INTRO = N_(
    "Fill in the sheets participants, groups and memberships (or upload only participants: "
    "the public groups and memberships are then used where the ids match). Keep the column "
    "names. Limits: 5 MB and 5,000 rows."
)
TEMPLATE_FILE = "pri-participants-template.xlsx"


def columns_frame(tr: Translator = ENGLISH) -> pd.DataFrame:
    """The explanation sheet as a frame, in the language of ``tr``."""
    _ = tr.gettext
    rows = [
        (sheet, column, _(REQUIRED if required else OPTIONAL), _(allowed), _(meaning))
        for sheet, column, required, allowed, meaning in EXPLAINED
    ]
    return pd.DataFrame(rows, columns=[_(h) for h in HEADINGS])


def _text_frame(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """The contract's columns only (no derived ones), missing values as empty cells."""
    return frame[columns].astype(object).where(frame[columns].notna(), None)


def template_xlsx(
    participants: pd.DataFrame,
    groups: pd.DataFrame,
    memberships: pd.DataFrame,
    tr: Translator = ENGLISH,
) -> bytes:
    """The workbook: one sheet per table with the contract's column names, then 'Columns'."""
    sheets = {
        "participants": (participants, list(schemas.participants_schema({}, {}).columns)),
        "groups": (groups, list(schemas.groups_schema().columns)),
        "memberships": (memberships, list(schemas.memberships_schema(set(), set()).columns)),
    }
    buffer = io.BytesIO()
    options = {"options": {"strings_to_formulas": False, "strings_to_urls": False}}  # data as text
    with pd.ExcelWriter(buffer, engine="xlsxwriter", engine_kwargs=options) as writer:
        for name, (frame, columns) in sheets.items():
            _text_frame(frame, columns).to_excel(writer, sheet_name=name, index=False)
            writer.sheets[name].freeze_panes(1, 0)
            writer.sheets[name].autofilter(0, 0, len(frame), len(columns) - 1)
        pd.DataFrame({tr.gettext(HEADINGS[4]): [tr.gettext(INTRO)]}).to_excel(
            writer, sheet_name=COLUMNS_SHEET, index=False
        )
        columns_frame(tr).to_excel(writer, sheet_name=COLUMNS_SHEET, index=False, startrow=3)
        sheet = writer.sheets[COLUMNS_SHEET]
        for col, width in enumerate((14, 18, 10, 40, 80)):
            sheet.set_column(col, col, width)
    return buffer.getvalue()
