"""Uploaded lists: read, validated with the public contracts, all or nothing, each problem named;
the template round-trips; the comparison with the public list names what changed."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest

from pri_data import load, problem_text, upload, upload_diff, upload_template
from pri_data.i18n import Translator
from pri_data.upload import UploadedFile

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "upload"


@pytest.fixture(scope="module")
def public() -> dict[str, pd.DataFrame]:
    return {
        "participants": load.participants_with_groups(),
        "groups": load.load_groups(),
        "memberships": load.load_memberships(),
    }


def _fixture(name: str) -> UploadedFile:
    return UploadedFile(name, (FIXTURES / name).read_bytes())


def _run(public, *files: UploadedFile) -> upload.UploadResult:
    return upload.validate_upload(files, public["groups"], public["memberships"])


def _csv(text: str, name: str = "participants.csv") -> UploadedFile:
    return UploadedFile(name, text.encode("utf-8"))


def _fixture_text() -> str:
    return (FIXTURES / "participants.csv").read_text(encoding="utf-8")


def test_valid_csv_is_friendly_where_safe(public) -> None:
    result = _run(public, _fixture("participants.csv"))
    assert result.ok and result.given == ("participants",)
    frame = result.frames["participants"].set_index("id")
    assert list(frame.index) == ["be-leuven", "be-ghent", "hu-hungary", "de-bavaria"]
    assert frame.at["hu-hungary", "nuts_level"] == 0  # inferred from the code's length
    assert frame.at["be-ghent", "nuts_level"] == 3
    # a city without coordinates is placed inside its NUTS 3 unit and flagged approximate
    assert frame.at["be-ghent", upload.APPROXIMATE]
    assert not frame.at["be-leuven", upload.APPROXIMATE]
    assert 50.8 < frame.at["be-ghent", "lat"] < 51.4 and 3.3 < frame.at["be-ghent", "lon"] < 4.2
    # public memberships where the ids match: Leuven is in the Cities 4.0 consortium
    assert set(result.frames["memberships"]["participant_id"]) <= set(frame.index)
    assert "be-leuven" in set(result.frames["memberships"]["participant_id"])
    assert result.frames["groups"].equals(public["groups"])


def test_own_groups_and_memberships(public) -> None:
    result = _run(
        public,
        _fixture("participants.csv"),
        _fixture("groups.csv"),
        _fixture("memberships.csv"),
    )
    assert result.ok and result.given == upload.TABLES
    assert list(result.frames["groups"]["id"]) == ["test-net"]
    assert len(result.frames["memberships"]) == 2


def test_semicolon_csv_with_bom(public) -> None:
    text = _fixture_text().replace(",", ";").replace("https://example.org/b | https", "https")
    result = _run(public, UploadedFile("list.csv", b"\xef\xbb\xbf" + text.encode()))
    assert result.ok, result.problems


def _problems(result: upload.UploadResult) -> list[str]:
    assert not result.ok and not result.frames  # all or nothing
    return [problem_text.describe(p) for p in result.problems]


def test_every_problem_at_once_with_file_line_field_value(public) -> None:
    text = (
        _fixture_text()
        .replace("BE242", "BE999")  # unknown NUTS code, line 2
        .replace("de-bavaria", "be-ghent")  # duplicate id, line 5
        .replace("50.87959", "north")  # wrong type, line 2
    )
    lines = _problems(_run(public, _csv(text)))
    joined = "\n".join(lines)
    assert "participants.csv, line 2 (id 'be-leuven'), field nuts_code, value 'BE999'" in joined
    assert "field lat, value 'north': has the wrong type" in joined
    assert "line 5 (id 'be-ghent'), field id, value 'be-ghent': is a duplicate" in joined


def test_missing_column_is_named(public) -> None:
    frame = pd.read_csv(FIXTURES / "participants.csv", dtype=str).drop(columns="confidence")
    lines = _problems(_run(public, _csv(frame.to_csv(index=False))))
    assert any("field confidence: is a required column missing" in line for line in lines)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "is empty"),
        (b"   \n", "is empty"),
        ("id,name_en\nbe-liège,Liège\n".encode("latin-1"), "line 2, field (file), value '0xE8'"),
    ],
)
def test_empty_and_badly_encoded_files(public, data: bytes, expected: str) -> None:
    lines = _problems(_run(public, UploadedFile("participants.csv", data)))
    assert expected in lines[0]


def test_header_only_has_no_rows(public) -> None:
    header = _fixture_text().splitlines()[0] + "\n"
    assert "has a header but no participant rows" in _problems(_run(public, _csv(header)))[0]


def test_limits(public, monkeypatch: pytest.MonkeyPatch) -> None:
    big = UploadedFile("participants.csv", b"x" * (upload.MAX_BYTES + 1))
    assert "the upload is 5.0 MB; the limit is 5 MB" in _problems(_run(public, big))[0]
    monkeypatch.setattr(upload, "MAX_ROWS", 3)
    lines = _problems(_run(public, _fixture("participants.csv")))
    assert "has 4 rows; the limit is 3 rows" in lines[0]


def test_problems_in_the_ui_language(public) -> None:
    from ui import i18n

    nl = Translator(i18n.catalogue("nl").gettext, i18n.catalogue("nl").ngettext, "nl")
    result = _run(public, _csv(_fixture_text().replace("BE242", "BE999")))
    line = problem_text.describe(result.problems[0], nl)
    assert "regel 2" in line and "BE999" in line and "NUTS 2021" in line


def _workbook(sheets: dict[str, pd.DataFrame]) -> bytes:
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="xlsxwriter") as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name, index=False)
    return buffer.getvalue()


def test_template_round_trips_and_explains_every_column(public) -> None:
    data = upload_template.template_xlsx(
        public["participants"], public["groups"], public["memberships"]
    )
    result = _run(public, UploadedFile("template.xlsx", data))
    assert result.ok, result.problems[:3]
    assert len(result.frames["participants"]) == len(public["participants"])
    assert not result.frames["participants"][upload.APPROXIMATE].any()
    assert upload_diff.compare(public["participants"], _joined(result)).empty
    columns = pd.read_excel(io.BytesIO(data), sheet_name=upload_template.COLUMNS_SHEET, skiprows=3)
    explained = set(zip(columns["Sheet"], columns["Column"], strict=True))
    for table in upload.TABLES:
        header = pd.read_excel(io.BytesIO(data), sheet_name=table, nrows=0).columns
        assert {(table, c) for c in header} <= explained


def test_excel_without_participants_sheet(public) -> None:
    data = _workbook({"groups": public["groups"], "notes": pd.DataFrame({"a": [1]})})
    lines = _problems(_run(public, UploadedFile("list.xlsx", data)))
    assert "list.xlsx: has no sheet named 'participants' (sheets found: groups, notes)" in lines[0]


def test_excel_problem_names_the_sheet_and_line(public) -> None:
    frame = pd.read_csv(FIXTURES / "participants.csv", dtype=str)
    frame.loc[2, "participant_type"] = "province"
    lines = _problems(_run(public, UploadedFile("mine.xlsx", _workbook({"Participants": frame}))))
    where = "mine.xlsx [Participants], line 4 (id 'hu-hungary')"
    assert f"{where}, field participant_type, value 'province'" in "\n".join(lines)


def test_not_an_excel_file(public) -> None:
    lines = _problems(_run(public, UploadedFile("list.xlsx", b"PK not really a zip")))
    assert "cannot be read as an Excel workbook" in lines[0]


def test_memberships_point_to_uploaded_ids(public) -> None:
    links = (FIXTURES / "memberships.csv").read_text().replace("be-ghent", "be-gent")
    files = [_fixture("participants.csv"), _fixture("groups.csv"), _csv(links, "memberships.csv")]
    lines = _problems(_run(public, *files))
    assert "memberships.csv, line 3, field participant_id, value 'be-gent'" in lines[0]


def _joined(result: upload.UploadResult) -> pd.DataFrame:
    from pri_data.load import with_groups

    frames = result.frames
    return with_groups(frames["participants"], frames["groups"], frames["memberships"])


def test_compare_with_the_public_list(public) -> None:
    frame = public["participants"].drop(columns=["group_ids", "group_names"])
    frame = frame[frame["id"] != "sk-slovakia"].copy()
    frame.loc[frame["id"] == "be-leuven", "confidence"] = "likely"
    result = _run(public, UploadedFile("p.xlsx", _workbook({"participants": frame})))
    assert result.ok, result.problems[:3]
    diff = upload_diff.compare(public["participants"], _joined(result))
    assert upload_diff.counts(diff) == {"added": 0, "removed": 1, "changed": 1}
    changed = diff[diff["change"] == "changed"].iloc[0]
    assert (changed["id"], changed["field"], changed["public"], changed["uploaded"]) == (
        "be-leuven", "confidence", "confirmed", "likely"
    )  # fmt: skip


def test_every_contract_message_is_translatable() -> None:
    """The load/schemas messages an upload can show are msgids here (else they stay English)."""
    from pri_data import schemas

    messages = [
        *load._BUILTIN_MESSAGES.values(),  # noqa: SLF001 - the list this module must follow
        *load._HEADER_MESSAGES.values(),  # noqa: SLF001
        *schemas.ERRORS.values(),
    ]
    assert set(messages) <= set(problem_text.CONTRACT_MESSAGES)


def test_an_approximate_city_says_so_on_the_map(public) -> None:
    from pri_data import display_frames

    result = _run(public, _fixture("participants.csv"))
    joined, groups = _joined(result), result.frames["groups"]
    frame = display_frames.display_frame(joined, groups, "type").set_index("id")
    assert frame.at["be-ghent", "detail"].endswith("location approximate (NUTS 3 unit)")
    assert "approximate" not in frame.at["be-leuven", "detail"]


def test_template_keeps_formula_like_text_as_text(public) -> None:
    import openpyxl

    people = public["participants"].copy()
    people.loc[0, "evidence"] = "=HYPERLINK(\"https://example.org\")"
    data = upload_template.template_xlsx(people, public["groups"], public["memberships"])
    cell = openpyxl.load_workbook(io.BytesIO(data))["participants"]["M2"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")
