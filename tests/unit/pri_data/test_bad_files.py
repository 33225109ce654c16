"""Every file the app reads, broken every way (missing, empty, header only, truncated, mistyped,
Latin-1): ``python -m pri_data check`` finds it, naming the file and, where there is one, the line;
relations that lose their rows are errors; one bad cell is one problem; lines are physical lines."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from pri_data import check, load, problem_text
from pri_data.errors import DataValidationError
from pri_data.i18n import translator_for
from tests import breakage
from tests.conftest import set_cell
from tests.unit.pri_data.test_check_cli import run_check


def _first_non_utf8_line(path: Path) -> int:
    data = path.read_bytes()
    return next(i for i, line in enumerate(data.split(b"\n"), 1) if any(b >= 0x80 for b in line))


@pytest.mark.parametrize(("file", "how"), breakage.cases())
def test_check_names_the_broken_file(data_copy: Path, geo_copy: Path, file: str, how: str) -> None:
    path = breakage.apply(file, how, data_copy, geo_copy)
    problems = check.collect_problems()
    assert problems, f"{how} {file} passed the check"
    mine = [p for p in problems if p.file == file]
    assert mine, [str(p) for p in problems]
    if how == "latin1":
        assert mine[0].line == _first_non_utf8_line(path)
        assert "UTF-8" in mine[0].message
    if how == "wrong_type" and file in breakage.WRONG_TYPE_CELL:
        field, line = breakage.WRONG_TYPE_CELL[file]
        assert [(p.line, p.field, p.value) for p in mine] == [(line, field, "one")]
    if how in ("missing", "empty", "header_only"):
        assert len(mine) == 1 and ("missing" in str(mine[0]) or "empty" in str(mine[0])
                                   or "no rows" in str(mine[0]) or "level-0" in str(mine[0]))
    out, err = io.StringIO(), io.StringIO()
    assert check.run_check(out, err) == 1
    assert file in err.getvalue() and "Traceback" not in err.getvalue()
    # the data-error screen: the check's own line in English, the fixed words translated
    german = translator_for("de")
    for problem in problems:
        assert problem_text.describe_data_problem(problem) == str(problem)
        line = problem_text.describe_data_problem(problem, german)
        assert problem_text.translate_message(problem.message, german) != problem.message, line
        assert problem.file in line and repr(problem.field) in line and repr(problem.value) in line


@pytest.mark.parametrize("file", ["indicators.parquet", "indicator_catalog.csv",
                                  "indicators_left_out.csv"])  # fmt: skip
def test_check_command_fails_on_each_broken_indicator_file(
    repo_root: Path, data_copy: Path, file: str
) -> None:
    breakage.apply(file, "truncated", data_copy, data_copy)
    result = run_check(repo_root, data_copy)
    assert result.returncode == 1
    assert file in result.stderr and "Traceback" not in result.stdout + result.stderr


# --- A relation that loses its rows is an error ------------------------------------------------


def test_header_only_memberships_fail_as_empty(data_copy: Path) -> None:
    breakage.apply("memberships.csv", "header_only", data_copy, data_copy)
    with pytest.raises(DataValidationError) as caught:
        load.participants_with_groups()
    assert [(p.file, p.field) for p in caught.value.problems] == [("memberships.csv", "(file)")]
    assert "no rows" in caught.value.problems[0].message


def test_group_without_members_is_reported(data_copy: Path) -> None:
    path = data_copy / "memberships.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    path.write_text("\n".join(ln for ln in lines if not ln.startswith("cities-4-0,")), "utf-8")
    with pytest.raises(DataValidationError) as caught:
        load.participants_with_groups()
    (problem,) = caught.value.problems
    group_lines = (data_copy / "groups.csv").read_text(encoding="utf-8").split("\n")
    line = next(i for i, ln in enumerate(group_lines, 1) if ln.startswith("cities-4-0,"))
    assert (problem.file, problem.line, problem.field, problem.value) == (
        "groups.csv", line, "id", "cities-4-0"
    )
    assert "no members" in problem.message


def test_announced_total_missing_is_reported_not_defaulted(data_copy: Path) -> None:
    path = data_copy / "announced.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    path.write_text("\n".join(ln for ln in lines if not ln.startswith("networks,")), "utf-8")
    with pytest.raises(DataValidationError) as caught:
        load.load_announced()
    assert [(p.field, p.value) for p in caught.value.problems] == [("key", "networks")]


# --- One bad cell, one problem -----------------------------------------------------------------


@pytest.mark.parametrize(("field", "value"), [("nuts_level", "one"), ("nuts_level", "1.5"),
                                              ("lat", "north"), ("geonames_id", "x")])  # fmt: skip
def test_one_mistyped_cell_is_one_problem(data_copy: Path, field: str, value: str) -> None:
    set_cell(data_copy / "participants.csv", 2, field, value)  # be-leuven, a city
    with pytest.raises(DataValidationError) as caught:
        load.load_participants()
    assert [(p.line, p.field, p.value) for p in caught.value.problems] == [(2, field, value)]


def test_mistyped_cell_leaves_other_problems_of_the_row(data_copy: Path) -> None:
    set_cell(data_copy / "participants.csv", 5, "nuts_level", "one")
    set_cell(data_copy / "participants.csv", 5, "confidence", "maybe")
    with pytest.raises(DataValidationError) as caught:
        load.load_participants()
    assert {(p.line, p.field) for p in caught.value.problems} == {
        (5, "nuts_level"), (5, "confidence")
    }  # fmt: skip


# --- Line numbers are physical lines -----------------------------------------------------------


def test_line_after_a_quoted_field_with_newlines(data_copy: Path) -> None:
    path = data_copy / "participants.csv"
    set_cell(path, 3, "evidence", "first line\nsecond line\nthird line")  # record 3: lines 3-5
    text = path.read_text(encoding="utf-8").split("\n")
    assert text[5].startswith("de-baden")  # the next record starts on physical line 6
    lines = text[:5] + [text[5].replace("region", "province", 1)] + text[6:]
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(DataValidationError) as caught:
        load.load_participants()
    assert [(p.line, p.field, p.value) for p in caught.value.problems] == [
        (6, "participant_type", "province")
    ]


def test_latin1_file_gets_its_line(data_copy: Path) -> None:
    path = data_copy / "groups.csv"
    text = path.read_text(encoding="utf-8")
    path.write_bytes(text.replace("Cities 4.0", "Cités 4.0").encode("latin-1"))
    line = _first_non_utf8_line(path)
    with pytest.raises(DataValidationError) as caught:
        load.load_groups()
    (problem,) = caught.value.problems
    assert problem.line == line > 1 and "0xE9" in problem.message
    assert problem.value.startswith(text.split("\n")[line - 1][:10])


def test_unclosed_quote_reported_where_the_record_starts(data_copy: Path) -> None:
    path = data_copy / "groups.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[3] = lines[3].replace(",", ',"', 1)
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(DataValidationError) as caught:
        load.load_groups()
    (problem,) = caught.value.problems
    assert problem.line == 4 and "quote" in problem.message


def test_every_broken_file_is_reported_at_once(data_copy: Path) -> None:
    breakage.apply("groups.csv", "latin1", data_copy, data_copy)
    breakage.apply("memberships.csv", "header_only", data_copy, data_copy)
    breakage.apply("indicators.parquet", "truncated", data_copy, data_copy)
    files = {p.file for p in check.collect_problems()}
    assert files == {"groups.csv", "memberships.csv", "indicators.parquet"}
