"""Exports: the tidy frame, a CSV round trip, and an Excel workbook read back with openpyxl."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd
import pytest

from pri_data import export
from pri_data.filters import Filters
from pri_data.i18n import translator_for
from pri_data.sources import SOURCES

NAMES = {"cities-4-0": "Cities 4.0 Consortium", "vanguard": "Vanguard Initiative"}


@pytest.fixture
def participants() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "id": ["be-leuven", "es-galicia", "hu"],
            "name_en": ["Leuven", "Galicia", "Hungary"],
            "name_local": ["Leuven", "Galiza", "Magyarország"],
            "participant_type": ["city", "region", "member_state"],
            "country_code": ["BE", "ES", "HU"],
            "nuts_code": ["BE242", "ES11", "HU"],
            "nuts_level": [3, 2, 0],
            "confidence": ["confirmed", "likely", "confirmed"],
            "evidence": ["Release names Leuven.", "Vanguard news; a, b", "eu-monitor.hu"],
            "source_urls": [
                "https://a.example/1",
                "https://b.example/1 | https://b.example/2",
                "https://c.example/x?y=1",
            ],
            "group_ids": [("cities-4-0",), ("vanguard", "cities-4-0"), ("individual",)],
        }
    )


def test_export_frame_is_readable(participants: pd.DataFrame) -> None:
    frame = export.export_frame(participants, NAMES)
    assert tuple(frame.columns) == export.COLUMNS
    galicia = frame.iloc[1]
    assert galicia[export.GROUPS] == "Vanguard Initiative; Cities 4.0 Consortium"
    assert galicia[export.SOURCE] == "https://b.example/1"
    assert galicia[export.ALL_SOURCES] == "https://b.example/1 | https://b.example/2"
    assert galicia[export.COUNTRY] == "Spain"
    assert galicia[export.TYPE] == "Region"
    assert frame.iloc[2][export.GROUPS] == ""  # individual: no group


def test_export_frame_names_missing_columns(participants: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="source_urls"):
        export.export_frame(participants.drop(columns="source_urls"), NAMES)


@pytest.mark.parametrize(
    ("cell", "urls"),
    [
        ("https://a/1", ["https://a/1"]),
        ("https://a/1 | https://b/2", ["https://a/1", "https://b/2"]),
        ("", []),
        (None, []),
    ],
)
def test_split_sources(cell: str | None, urls: list[str]) -> None:
    assert export.split_sources(cell) == urls


def test_csv_round_trip(participants: pd.DataFrame) -> None:
    frame = export.export_frame(participants, NAMES)
    data = export.to_csv_bytes(frame)
    assert data.startswith(b"\xef\xbb\xbf")  # BOM for spreadsheet programs
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", keep_default_na=False)
    back[export.NUTS_LEVEL] = back[export.NUTS_LEVEL].astype("Int64")
    pd.testing.assert_frame_equal(back, frame, check_dtype=False)


def test_excel_has_table_and_about_sheet(participants: pd.DataFrame) -> None:
    frame = export.export_frame(participants, NAMES)
    description = export.describe_filters(Filters(countries=("BE", "ES")), NAMES)
    book = openpyxl.load_workbook(io.BytesIO(export.to_excel_bytes(frame, description, SOURCES)))
    assert book.sheetnames == ["Participants", "About"]
    table = list(book["Participants"].values)
    assert list(table[0]) == list(export.COLUMNS)
    assert [row[0] for row in table[1:]] == ["Leuven", "Galicia", "Hungary"]
    source_cell = book["Participants"].cell(row=3, column=export.COLUMNS.index(export.SOURCE) + 1)
    assert source_cell.hyperlink.target == "https://b.example/1"
    rows = list(book["About"].values)
    about = {row[0]: row[1] for row in rows}
    assert about["Filter"] == "Country: Belgium, Spain"
    assert about["Rows"] == "3"
    assert any(str(k).startswith("Source") for k in about)
    text = " ".join(str(row[1]) for row in rows)
    assert "© EuroGeographics" in text and "Source: Eurostat" in text
    assert "no date recorded in the data" in text  # SOURCES alone: no invented date


def test_excel_in_dutch(participants: pd.DataFrame) -> None:
    """Headers, categorical cells, the About sheet and its dates in the user's language; names,
    evidence and URLs stay as published."""
    nl = translator_for("nl")
    frame = export.export_frame(participants, NAMES, nl)
    chosen = Filters(types=("city",), confidence=("likely",))
    description = export.describe_filters(chosen, NAMES, nl)
    data = export.to_excel_bytes(frame, description, SOURCES, nl)
    book = openpyxl.load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["Deelnemers", "Over"]
    table = list(book["Deelnemers"].values)
    assert table[0][:4] == ("Naam (Engels)", "Lokale naam", "Soort", "Land")
    assert table[2][:4] == ("Galicia", "Galiza", "Regio", "Spanje")
    assert "waarschijnlijk" in table[2] and "Vanguard news; a, b" in table[2]
    text = " ".join(f"{row[0]} {row[1]}" for row in book["Over"].values)
    assert "Soort deelnemer: Stad; Zekerheid: waarschijnlijk" in text
    assert "geen datum vastgelegd in de gegevens" in text and "17 mei 2022" in text
    for english in ("Extraction date", "Licence", "Completeness", "Rows", "Filter:"):
        assert english not in text, english
    csv = export.to_csv_bytes(export.localized(frame, nl)).decode("utf-8-sig")
    assert csv.startswith("Naam (Engels),Lokale naam,Soort,Land,NUTS-code")


def test_describe_filters() -> None:
    assert export.describe_filters(Filters(), NAMES) == "None (all named participants)"
    text = export.describe_filters(
        Filters(groups=("cities-4-0", "individual"), types=("city",), query="leu"), NAMES
    )
    assert text == (
        "Network or consortium: Cities 4.0 Consortium, Individual (no group); "
        "Participant type: City; Name contains: 'leu'"
    )


def test_excel_keeps_a_formula_like_name_as_text(participants: pd.DataFrame) -> None:
    hostile = '=HYPERLINK("http://198.51.100.7/x","click")'
    frame = export.export_frame(participants.assign(name_en=hostile), NAMES)
    book = openpyxl.load_workbook(io.BytesIO(export.to_excel_bytes(frame, "", SOURCES)))
    cell = book["Participants"].cell(row=2, column=1)
    assert cell.value == hostile and cell.data_type == "s"


@pytest.mark.parametrize(
    "hostile", ['=HYPERLINK("http://198.51.100.7/x","click")', "+1+2", "-2+3", "@SUM(A1)", "\t=1"]
)
def test_csv_keeps_a_formula_like_cell_as_text(participants: pd.DataFrame, hostile: str) -> None:
    frame = export.export_frame(participants.assign(name_en=hostile), NAMES)
    data = export.to_csv_bytes(frame)
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", keep_default_na=False)
    assert back[export.NAME].tolist() == ["'" + hostile] * 3
    assert back[export.LOCAL_NAME].tolist() == ["Leuven", "Galiza", "Magyarország"]


def test_csv_leaves_numbers_alone_and_text_with_a_dash_inside() -> None:
    frame = pd.DataFrame({"name": ["Île-de-France", "-x"], "median − EU": [-0.52, 1.5]})
    text = export.to_csv_bytes(frame).decode("utf-8-sig")
    assert text.splitlines() == ["name,median − EU", "Île-de-France,-0.52", "'-x,1.5"]


def test_file_names_carry_the_filter_and_the_day() -> None:
    from datetime import date

    from pri_data.export import file_name
    from pri_data.filters import Filters

    day = date(2026, 11, 26)
    chosen = Filters(groups=("cities-4-0",), countries=("FI",))
    assert file_name("pri-participants", chosen, day, "xlsx") == (
        "pri-participants_cities-4-0_FI_2026-11-26.xlsx"
    )
    assert file_name("pri-participants", Filters(), day, "csv") == "pri-participants_2026-11-26.csv"
    hostile = Filters(countries=("BE", "NL"), query="../Île <x>")
    assert file_name("p", hostile, day, "csv") == "p_BE+NL_q-le-x_2026-11-26.csv"


def test_about_sheet_dates_come_from_the_data_not_file_times() -> None:
    from pri_data.sources import dated_sources

    sources = dated_sources(["2022-03-31", "2022-03-31"], ["2022-05-17"])
    dates = {s.file: s.retrieved for s in sources}
    assert dates["indicators.parquet"] == "2022-03-31"
    assert dates["announced.csv"] == "2022-05-17"
    assert dates["participants.csv"] is None  # the participant files record no date
    frame = pd.DataFrame({"Name (English)": ["x"]})
    about = pd.read_excel(
        io.BytesIO(export.to_excel_bytes(frame, "None", sources)), sheet_name="About", dtype=str
    )
    text = " ".join(about.fillna("").to_numpy().ravel())
    assert "31 March 2022" in text and "17 May 2022" in text
    assert "2026-11-25" not in text and "25 November 2026" not in text
    assert "python -m" not in text and "shared/reference" not in text
