"""The only code that reads the project's data files; every frame is validated before return.

Readers take everything as text, then the pandera contracts in ``schemas.py`` coerce and check it,
lazily, so one run reports every problem (file, line, field, value) as a ``DataValidationError``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pandera.pandas as pa

from geo.nuts import nuts3_polygons, nuts_levels
from pri_data import schemas
from pri_data.errors import DataValidationError, Problem
from pri_data.i18n import N_
from pri_data.labels import INDIVIDUAL, INDIVIDUAL_LABEL
from pri_data.read import LINES, read_csv_text
from pri_data.sources import data_dir

_HEADER_LINES = 1


def _line_of(index: object, lines: list[int] | None) -> int | None:
    """1-based physical line of a 0-based row index (header on line 1; ``lines`` when known)."""
    if index is None or pd.isna(index):
        return None
    if lines is not None and 0 <= int(index) < len(lines):
        return lines[int(index)]
    return int(index) + 1 + _HEADER_LINES


FAILS_CHECK = N_("fails the check {check}")
CHECK_NOT_RUN = N_("check {check} could not run; fix the other problems first")
NO_MEMBERS = N_("has no members in memberships.csv; add its members or remove the group")
TOTAL_MISSING = N_("is missing: the file must give every announced total, one row per key")
# pandera's checks in words (English msgids; ``pri_data.problem_text`` shows them translated)
_BUILTIN_MESSAGES = {
    "coerce_dtype": N_("has the wrong type (expected {arg})"),
    "dtype": N_("has the wrong type (expected {arg})"),
    "field_uniqueness": N_("is a duplicate; it must be unique"),
    "isin": N_("is not one of the allowed values {arg}"),
    "str_matches": N_("does not match the pattern {arg}"),
    "str_length": N_("is empty"),
    "in_range": N_("is outside the allowed range {arg}"),
    "not_nullable": N_("is missing"),
    "greater_than": N_("must be greater than {arg}"),
    "greater_than_or_equal_to": N_("must be at least {arg}"),
    "multiple_fields_uniqueness": N_(
        "repeats another row; this combination of fields must be unique"
    ),
}
# Frame-wide failures about the header: the failure case is the column name.
_HEADER_MESSAGES = {
    "column_in_dataframe": N_("is a required column missing from the header"),
    "column_in_schema": N_("is a column the file must not have"),
    "column_ordered": N_("is out of order in the header"),
}
MESSAGES = (
    FAILS_CHECK, CHECK_NOT_RUN, NO_MEMBERS, TOTAL_MISSING, *_BUILTIN_MESSAGES.values(),
    *_HEADER_MESSAGES.values(),
)  # fmt: skip


def _describe(check: str) -> str:
    """A reader's sentence for a pandera check name such as ``isin(['a', 'b'])``."""
    if check in schemas.ERRORS:
        return schemas.ERRORS[check]
    name, _, arg = check.partition("(")
    template = _BUILTIN_MESSAGES.get(name, FAILS_CHECK.replace("{check}", check))
    return template.format(arg=arg.removesuffix(")"))


def _problem(case: tuple, file: str, frame: pd.DataFrame, lines: list[int] | None) -> Problem:
    """One pandera failure case as a Problem; frame-wide checks report against their field."""
    check = str(case.check)
    if check in _HEADER_MESSAGES:
        return Problem(file, 1, str(case.failure_case), "", _HEADER_MESSAGES[check])
    field = schemas.CHECK_FIELDS.get(check, str(case.column))
    has_row = case.index is not None and not pd.isna(case.index)
    row_id = str(frame.at[case.index, "id"]) if has_row and "id" in frame else ""
    if not has_row:
        if check.startswith(("dtype", "coerce_dtype")):  # a whole column of the wrong type
            return Problem(file, None, field, str(case.failure_case), _describe(check))
        message = CHECK_NOT_RUN.format(check=repr(check))
        return Problem(file, None, field, "", message)
    is_wide = check in schemas.CHECK_FIELDS
    raw = frame.at[case.index, field] if is_wide else case.failure_case
    value = "" if raw is None or pd.isna(raw) else str(raw)
    return Problem(file, _line_of(case.index, lines), field, value, _describe(check), row_id)


def _depends_on(check: str, column: str) -> bool:
    """Whether ``check`` reads ``column`` (an unlisted frame-wide check is assumed to)."""
    if check in schemas.CHECK_COLUMNS:
        return column in schemas.CHECK_COLUMNS[check]
    return check in schemas.CHECK_FIELDS or not check.startswith(_COLUMN_CHECKS)


_COLUMN_CHECKS = tuple(_BUILTIN_MESSAGES) + ("unknown ",)


def problems_from(
    exc: pa.errors.SchemaErrors,
    file: str,
    frame: pd.DataFrame,
    mistyped: dict[object, set[str]] | None = None,
    lines: list[int] | None = None,
) -> list[Problem]:
    """Every failure once (pandera repeats a frame-wide failure per column), sorted by line;
    on a row with a mistyped cell, checks that read that column are left out (reported once)."""
    mistyped = mistyped or {}
    seen: dict[tuple, Problem] = {}
    for case in exc.failure_cases.itertuples(index=False):
        bad = mistyped.get(case.index, set()) if case.index is not None else set()
        check = str(case.check)
        if bad and (str(case.column) in bad or any(_depends_on(check, c) for c in bad)):
            continue
        problem = _problem(case, file, frame, lines)
        seen.setdefault((problem.line, problem.field), problem)  # one problem per cell
    return sorted(seen.values(), key=lambda p: (p.line or 0, p.field))


def _numeric_kind(dtype: str) -> str | None:
    if dtype.lower().startswith(("int", "uint")):
        return "integer"
    if dtype.lower().startswith("float"):
        return "number"
    return None


def _bad_cells(raw: pd.Series, dtype: str) -> pd.Series:
    """Cells of a text column that are set but cannot become ``dtype`` (numbers only)."""
    numbers = pd.to_numeric(raw, errors="coerce")
    bad = raw.notna() & numbers.isna()
    if _numeric_kind(dtype) == "integer":
        info = np.iinfo(np.dtype(dtype.lower()))
        whole = numbers.notna() & (numbers % 1 == 0) & numbers.between(info.min, info.max)
        bad |= numbers.notna() & ~whole
    return bad


def precoerce(
    frame: pd.DataFrame, schema: pa.DataFrameSchema, file: str, lines: list[int] | None
) -> tuple[pd.DataFrame, list[Problem], dict[object, set[str]]]:
    """One type problem per text cell a numeric column cannot take; that cell is blanked so
    the contract still runs on the rest of the column and of the row."""
    problems: list[Problem] = []
    mistyped: dict[object, set[str]] = {}
    out = frame
    for name, column in schema.columns.items():
        kind = _numeric_kind(str(column.dtype))
        if not column.coerce or kind is None or name not in frame:
            continue
        if not (frame[name].dtype == object or pd.api.types.is_string_dtype(frame[name])):
            continue
        bad = _bad_cells(frame[name], str(column.dtype))
        for index in frame.index[bad]:
            row_id = str(frame.at[index, "id"]) if "id" in frame else ""
            message = _BUILTIN_MESSAGES["coerce_dtype"].format(arg=column.dtype)
            value = str(frame.at[index, name])
            problems.append(Problem(file, _line_of(index, lines), name, value, message, row_id))
            mistyped.setdefault(index, set()).add(name)
        if bad.any():
            out = out if out is not frame else frame.copy()
            out.loc[bad, name] = None
    return out, problems, mistyped


def validate(
    frame: pd.DataFrame, schema: pa.DataFrameSchema, file: str, lines: list[int] | None = None
) -> pd.DataFrame:
    """Validate lazily; return the coerced frame or raise with every problem found. A cell of
    the wrong type is one problem, and the checks that read it skip its row."""
    lines = lines if lines is not None else frame.attrs.get(LINES)
    checked, problems, mistyped = precoerce(frame, schema, file, lines)
    try:
        valid = schema.validate(checked, lazy=True)
        valid.attrs[LINES] = lines
    except pa.errors.SchemaErrors as exc:
        problems += problems_from(exc, file, frame, mistyped, lines)
        valid = None
    if problems:
        keyed = {(p.line, p.field): p for p in reversed(problems)}  # the type problem wins
        raise DataValidationError(sorted(keyed.values(), key=lambda p: (p.line or 0, p.field)))
    return valid


def _load(file: str, schema: pa.DataFrameSchema, may_be_empty: bool = False) -> pd.DataFrame:
    frame = read_csv_text(data_dir() / file, may_be_empty=may_be_empty)
    return validate(frame, schema, file)


def load_participants(check_cities: bool = False) -> pd.DataFrame:
    """Participants: one row per named territory (columns as in ``data/README.md``). With
    ``check_cities`` every city's point must fall inside its NUTS 3 polygon of the 1:3 million
    geometry (~57 MB in memory): ``python -m pri_data check`` and the tests do that; the app
    runs on the committed, checked file and never loads that geometry."""
    polygons = nuts3_polygons() if check_cities else None
    return _load("participants.csv", schemas.participants_schema(nuts_levels(), polygons))


def load_groups() -> pd.DataFrame:
    """Networks and consortia: id, name, kind (network | consortium), confidence, source."""
    return _load("groups.csv", schemas.groups_schema())


def load_memberships(
    participants: pd.DataFrame | None = None, groups: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Membership links; every row points to a known participant and group, and every group
    has a member (a group whose rows were lost is an error, not an empty group). The caller
    that has just loaded ``participants`` and ``groups`` passes them: each file is read and
    validated once."""
    ids = set((load_participants() if participants is None else participants)["id"])
    groups = load_groups() if groups is None else groups
    links = _load("memberships.csv", schemas.memberships_schema(ids, set(groups["id"])))
    lines = groups.attrs.get(LINES)
    empty = [
        Problem("groups.csv", _line_of(i, lines), "id", gid,
                NO_MEMBERS, gid)
        for i, gid in groups["id"].items()
        if gid not in set(links["group_id"])
    ]  # fmt: skip
    if empty:
        raise DataValidationError(empty)
    return links


def load_announced() -> pd.DataFrame:
    """The totals announced on 17 May 2022, keyed by ``key`` (regions, cities, ...); every
    total must be there (none falls back to a default)."""
    frame = _load("announced.csv", schemas.announced_schema())
    missing = [k for k in schemas.ANNOUNCED_KEYS if k not in set(frame["key"])]
    if missing:
        raise DataValidationError(
            [Problem("announced.csv", None, "key", key, TOTAL_MISSING) for key in missing]
        )
    return frame


def participants_with_groups() -> pd.DataFrame:
    """Participants plus ``group_ids`` and ``group_names`` (tuples; ('individual',) when none)."""
    participants, groups = load_participants(), load_groups()
    return with_groups(participants, groups, load_memberships(participants, groups))


def with_groups(
    participants: pd.DataFrame, groups: pd.DataFrame, memberships: pd.DataFrame
) -> pd.DataFrame:
    """``participants`` plus ``group_ids`` and ``group_names`` (tuples; ('individual',) when
    none): one join for the public files and an uploaded list (``pri_data.dataset``)."""
    names = dict(zip(groups["id"], groups["name"], strict=True))
    by_member = memberships.groupby("participant_id")["group_id"].agg(lambda s: tuple(sorted(s)))
    out = participants.copy()
    out["group_ids"] = (
        out["id"].map(by_member).apply(lambda g: g if isinstance(g, tuple) else (INDIVIDUAL,))
    )
    out["group_names"] = out["group_ids"].apply(
        lambda ids: tuple(names.get(i, INDIVIDUAL_LABEL) for i in ids)
    )
    return out
