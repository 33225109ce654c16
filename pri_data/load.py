"""The only code that reads the project's data files; every frame is validated before return.

Readers take everything as text, then the pandera contracts in ``schemas.py`` coerce and check it,
lazily, so one run reports every problem (file, line, field, value) as a ``DataValidationError``.
"""

from __future__ import annotations

import csv
import re
import warnings
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from geo.nuts import nuts3_polygons, nuts_levels
from pri_data import schemas
from pri_data.errors import DataValidationError, Problem
from pri_data.labels import INDIVIDUAL, INDIVIDUAL_LABEL
from pri_data.sources import data_dir

_HEADER_LINES = 1


_PARSER_POSITION = re.compile(r"\b(line|row) (\d+)")  # pandas: 1-based "line", 0-based "row"


def _first_long_row(path: Path) -> int | None:
    """1-based line of the first record with more fields than the header."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        width = len(next(reader, []))
        return next((reader.line_num for row in reader if len(row) > width), None)


def _parser_problem(path: Path, exc: Exception) -> Problem:
    """A file pandas cannot parse, with the line (and its text) when the parser names one."""
    message = str(exc)
    if isinstance(exc, pd.errors.ParserWarning):  # the first data row is longer than the header
        line, message = _first_long_row(path), "this row has more fields than the header"
    elif match := _PARSER_POSITION.search(message):
        line = int(match[2]) + (match[1] == "row")
    else:
        line = None
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
        value = lines[line - 1][:120] if line and line <= len(lines) else ""
    except UnicodeDecodeError:
        value = ""
    return Problem(path.name, line, "(file)", value, message)


def read_csv_text(path: Path) -> pd.DataFrame:
    """Read a CSV as text (empty cells as missing); a malformed file raises with its line."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", pd.errors.ParserWarning)
            frame = pd.read_csv(
                path, dtype=str, keep_default_na=False, encoding="utf-8", index_col=False
            )
    except (
        pd.errors.ParserError,
        pd.errors.ParserWarning,
        UnicodeDecodeError,
        pd.errors.EmptyDataError,
    ) as exc:
        raise DataValidationError([_parser_problem(path, exc)]) from exc
    return frame.replace({"": None})


def _line_of(index: object) -> int | None:
    """1-based line in the file of a 0-based row index (header on line 1)."""
    return None if index is None or pd.isna(index) else int(index) + 1 + _HEADER_LINES


_BUILTIN_MESSAGES = {
    "coerce_dtype": "has the wrong type (expected {arg})",
    "dtype": "has the wrong type (expected {arg})",
    "field_uniqueness": "is a duplicate; it must be unique",
    "isin": "is not one of the allowed values {arg}",
    "str_matches": "does not match the pattern {arg}",
    "str_length": "is empty",
    "in_range": "is outside the allowed range {arg}",
    "not_nullable": "is missing",
    "greater_than": "must be greater than {arg}",
    "greater_than_or_equal_to": "must be at least {arg}",
    "multiple_fields_uniqueness": "repeats another row; this combination of fields must be unique",
}
# Frame-wide failures about the header: the failure case is the column name.
_HEADER_MESSAGES = {
    "column_in_dataframe": "is a required column missing from the header",
    "column_in_schema": "is a column the file must not have",
    "column_ordered": "is out of order in the header",
}


def _describe(check: str) -> str:
    """A reader's sentence for a pandera check name such as ``isin(['a', 'b'])``."""
    if check in schemas.ERRORS:
        return schemas.ERRORS[check]
    name, _, arg = check.partition("(")
    template = _BUILTIN_MESSAGES.get(name, f"fails the check {check}")
    return template.format(arg=arg.removesuffix(")"))


def _problem(case: tuple, file: str, frame: pd.DataFrame) -> Problem:
    """One pandera failure case as a Problem; frame-wide checks report against their field."""
    check = str(case.check)
    if check in _HEADER_MESSAGES:
        return Problem(file, 1, str(case.failure_case), "", _HEADER_MESSAGES[check])
    field = schemas.CHECK_FIELDS.get(check, str(case.column))
    has_row = case.index is not None and not pd.isna(case.index)
    row_id = str(frame.at[case.index, "id"]) if has_row and "id" in frame else ""
    if not has_row:
        message = f"check {check!r} could not run; fix the other problems first"
        return Problem(file, None, field, "", message)
    is_wide = check in schemas.CHECK_FIELDS
    raw = frame.at[case.index, field] if is_wide else case.failure_case
    value = "" if raw is None or pd.isna(raw) else str(raw)
    return Problem(file, _line_of(case.index), field, value, _describe(check), row_id)


def problems_from(exc: pa.errors.SchemaErrors, file: str, frame: pd.DataFrame) -> list[Problem]:
    """Every failure once (pandera repeats a frame-wide failure per column), sorted by line."""
    seen: dict[tuple, Problem] = {}
    for case in exc.failure_cases.itertuples(index=False):
        problem = _problem(case, file, frame)
        seen.setdefault((problem.line, problem.field), problem)  # one problem per cell
    return sorted(seen.values(), key=lambda p: (p.line or 0, p.field))


def validate(frame: pd.DataFrame, schema: pa.DataFrameSchema, file: str) -> pd.DataFrame:
    """Validate lazily; return the coerced frame or raise with every problem found."""
    try:
        return schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        raise DataValidationError(problems_from(exc, file, frame)) from None


def _load(file: str, schema: pa.DataFrameSchema) -> pd.DataFrame:
    return validate(read_csv_text(data_dir() / file), schema, file)


def load_participants() -> pd.DataFrame:
    """Participants: one row per named territory (columns as in ``data/README.md``)."""
    return _load("participants.csv", schemas.participants_schema(nuts_levels(), nuts3_polygons()))


def load_groups() -> pd.DataFrame:
    """Networks and consortia: id, name, kind (network | consortium), confidence, source."""
    return _load("groups.csv", schemas.groups_schema())


def load_memberships() -> pd.DataFrame:
    """Membership links; every row points to a known participant and group."""
    ids = set(load_participants()["id"])
    groups = set(load_groups()["id"])
    return _load("memberships.csv", schemas.memberships_schema(ids, groups))


def load_announced() -> pd.DataFrame:
    """The totals announced on 17 May 2022, keyed by ``key`` (regions, cities, ...)."""
    return _load("announced.csv", schemas.announced_schema())


def participants_with_groups() -> pd.DataFrame:
    """Participants plus ``group_ids`` and ``group_names`` (tuples; ('individual',) when none)."""
    participants, groups, links = load_participants(), load_groups(), load_memberships()
    names = dict(zip(groups["id"], groups["name"], strict=True))
    by_member = links.groupby("participant_id")["group_id"].agg(lambda s: tuple(sorted(s)))
    out = participants.copy()
    out["group_ids"] = (
        out["id"].map(by_member).apply(lambda g: g if isinstance(g, tuple) else (INDIVIDUAL,))
    )
    out["group_names"] = out["group_ids"].apply(
        lambda ids: tuple(names.get(i, INDIVIDUAL_LABEL) for i in ids)
    )
    return out
