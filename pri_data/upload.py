"""Someone's own participant list (CSV or Excel bytes) read into validated frames, or every problem.

The same pandera contracts as the public files (``schemas.py`` through ``load.validate``), so an
uploaded list means what the public one means. Friendly only where it is safe: column names match
case-insensitively, cells are trimmed, an empty ``nuts_level`` is read from the code's length, and a
city without coordinates is drawn at its NUTS 3 unit's point on the surface (flagged approximate,
so a GeoNames id is not needed either). All or nothing: with any problem no frame is returned.
Pure: bytes in, frames out; nothing is written to disk or logged.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache

import pandas as pd
import pandera.pandas as pa
import shapely

from geo.nuts import nuts3_polygons, nuts_levels
from pri_data import display_frames, schemas
from pri_data.errors import DataValidationError, Problem
from pri_data.i18n import N_
from pri_data.load import validate

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5_000
TABLES = ("participants", "groups", "memberships")
APPROXIMATE = display_frames.APPROXIMATE  # column: True where a city's point is its NUTS 3 unit's
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
FILE_FIELD, SHEET_FIELD = "(file)", "(sheet)"

# Messages of this module (English msgids; ``problem_text.describe`` translates them).
TOO_LARGE = N_("the upload is {size} MB; the limit is {limit} MB")
TOO_MANY_ROWS = N_("has {n} rows; the limit is {limit} rows")
EMPTY = N_("is empty: it has no header and no rows")
NO_ROWS = N_("has a header but no participant rows")
NOT_UTF8 = N_("is not UTF-8 text (byte {byte}); save it as 'CSV UTF-8' and upload it again")
NOT_EXCEL = N_("cannot be read as an Excel workbook (.xlsx)")
NO_SHEET = N_("has no sheet named 'participants' (sheets found: {sheets})")
TWICE = N_("more than one file or sheet gives the {table} table")
DUPLICATE_COLUMN = N_("appears twice in the header")
UNREADABLE = N_("cannot be read as CSV: {reason}")
NO_PARTICIPANTS = N_("no participants table: upload a participants CSV or an Excel workbook")


@dataclass(frozen=True)
class UploadedFile:
    """One uploaded file: its name (for messages and to tell CSV from Excel) and its bytes."""

    name: str
    data: bytes


@dataclass(frozen=True)
class UploadResult:
    """Validated frames (participants, groups, memberships) or the problems; never both."""

    problems: tuple[Problem, ...] = ()
    frames: Mapping[str, pd.DataFrame] = field(default_factory=dict)
    given: tuple[str, ...] = ()  # which tables the upload itself gave

    @property
    def ok(self) -> bool:
        return not self.problems and "participants" in self.frames


@dataclass(frozen=True)
class _Table:
    """One table read as text: where it came from (file or 'file [sheet]') and its rows."""

    label: str
    frame: pd.DataFrame


def _problem(label: str, message: str, *, line: int | None = None, field: str = FILE_FIELD,
             value: str = "") -> Problem:  # fmt: skip
    return Problem(label, line, field, value, message)


def _cell(value: object) -> str | None:
    """An Excel or CSV cell as trimmed text; empty as missing; 3.0 as '3'; dates as ISO."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime | date):
        value = value.isoformat()[:10]
    text = str(value).strip()
    return text or None


def _as_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Every cell as text or missing; rows with no value at all are left out (not data)."""
    out = frame.astype(object).map(_cell)
    return out[out.notna().any(axis=1)]


_POSITION = re.compile(r"\b(line|row) (\d+)")


def _read_csv(upload: UploadedFile) -> _Table | Problem:
    """UTF-8 (with or without BOM) CSV, comma or semicolon separated, as text."""
    if not upload.data.strip():
        return _problem(upload.name, EMPTY)
    try:
        text = upload.data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = upload.data[: exc.start].count(b"\n") + 1
        byte = f"0x{upload.data[exc.start]:02X}"
        return _problem(upload.name, NOT_UTF8.format(byte=byte), line=line, value=byte)
    header = text.split("\n", 1)[0]
    sep = ";" if header.count(";") > header.count(",") else ","
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", pd.errors.ParserWarning)
            frame = pd.read_csv(
                io.StringIO(text), dtype=str, keep_default_na=False, index_col=False, sep=sep
            )
    except pd.errors.EmptyDataError:
        return _problem(upload.name, EMPTY)
    except (pd.errors.ParserError, pd.errors.ParserWarning, csv.Error) as exc:
        match = _POSITION.search(str(exc))
        line = int(match[2]) + (match[1] == "row") if match else None
        reason = str(exc).strip().splitlines()[-1][:160]
        return _problem(upload.name, UNREADABLE.format(reason=reason), line=line)
    return _Table(upload.name, _as_text(frame))


def _read_excel(upload: UploadedFile) -> dict[str, _Table] | Problem:
    """The sheets named participants / groups / memberships (any case); a workbook with one
    sheet is the participants table. Other sheets (such as the template's 'Columns') are notes."""
    try:
        sheets = pd.read_excel(io.BytesIO(upload.data), sheet_name=None, dtype=object)
    except (zipfile.BadZipFile, ValueError, KeyError, OSError) as exc:
        del exc  # the library's text says nothing more useful to the reader
        return _problem(upload.name, NOT_EXCEL)
    by_name = {str(name).strip().lower(): name for name in sheets}
    if len(sheets) == 1 and not set(by_name) & set(TABLES):
        by_name = {"participants": next(iter(sheets))}
    if "participants" not in by_name:
        found = ", ".join(str(s) for s in sheets)
        return _problem(upload.name, NO_SHEET.format(sheets=found), field=SHEET_FIELD)
    return {
        table: _Table(f"{upload.name} [{by_name[table]}]", _as_text(sheets[by_name[table]]))
        for table in TABLES
        if table in by_name
    }


def _role(name: str) -> str:
    """Which table a CSV file gives, from its name: memberships, groups, else participants."""
    lower = name.lower()
    return "memberships" if "member" in lower else "groups" if "group" in lower else "participants"


def read_tables(files: Sequence[UploadedFile]) -> tuple[dict[str, _Table], list[Problem]]:
    """The tables the files give, by role, and the problems met reading them."""
    tables: dict[str, _Table] = {}
    problems: list[Problem] = []
    size = sum(len(f.data) for f in files)
    if size > MAX_BYTES:
        mb = f"{size / 1024 / 1024:.1f}"
        label = ", ".join(f.name for f in files)
        return {}, [_problem(label, TOO_LARGE.format(size=mb, limit=MAX_BYTES // 1024 // 1024))]
    for upload in files:
        if upload.name.lower().endswith(EXCEL_SUFFIXES):
            read = _read_excel(upload)
            found = read if isinstance(read, dict) else {}
        else:
            read = _read_csv(upload)
            found = {_role(upload.name): read} if isinstance(read, _Table) else {}
        if isinstance(read, Problem):
            problems.append(read)
        for table, content in found.items():
            if table in tables:
                problems.append(_problem(content.label, TWICE.format(table=table)))
            tables[table] = content
    return tables, problems


def _normalise_columns(table: _Table, schema: pa.DataFrameSchema) -> tuple[_Table, list[Problem]]:
    """Header names matched to the contract's case-insensitively ('Name EN' -> name_en), then
    put in the contract's order (unknown columns last, reported by the contract)."""
    wanted = list(schema.columns)
    names = [str(c).strip().lower().replace(" ", "_") for c in table.frame.columns]
    original = table.frame.columns
    renamed = [n if n in wanted else str(c) for n, c in zip(names, original, strict=True)]
    seen = {n for n in renamed if renamed.count(n) > 1}
    problems = [_problem(table.label, DUPLICATE_COLUMN, line=1, field=n) for n in sorted(seen)]
    frame = table.frame.set_axis(renamed, axis=1)
    frame = frame.loc[:, ~frame.columns.duplicated()]
    order = [c for c in wanted if c in frame] + [c for c in frame if c not in wanted]
    return _Table(table.label, frame[order]), problems


@cache
def nuts3_points() -> dict[str, tuple[float, float]]:
    """NUTS 3 code -> (lat, lon) of a point on its surface: inside the unit, unlike a centroid."""
    polygons = nuts3_polygons()
    points = shapely.point_on_surface(list(polygons.values()))
    return {
        code: (round(float(p.y), 5), round(float(p.x), 5))
        for code, p in zip(polygons, points, strict=True)
    }


def _fill_participants(frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series]:
    """Infer an empty nuts_level from the code; place cities without coordinates at their
    NUTS 3 unit's point (``APPROXIMATE`` marks them). Anything else is left for the contract."""
    out = frame.copy()
    if {"nuts_code", "nuts_level"} <= set(out):
        code = out["nuts_code"].fillna("")
        empty = out["nuts_level"].isna() & code.str.fullmatch(schemas.NUTS_ID_PATTERN[1:-1])
        out.loc[empty, "nuts_level"] = code[empty].str.len().sub(2).astype(str)
    approximate = pd.Series(False, index=out.index)
    if {"participant_type", "nuts_code", "lat", "lon"} <= set(out):
        points = nuts3_points()
        missing = (out["participant_type"] == "city") & out["lat"].isna() & out["lon"].isna()
        approximate = missing & out["nuts_code"].isin(points)
        for idx in out.index[approximate]:
            lat, lon = points[out.at[idx, "nuts_code"]]
            out.at[idx, "lat"], out.at[idx, "lon"] = str(lat), str(lon)
    return out, approximate


def upload_participants_schema() -> pa.DataFrameSchema:
    """The public contract, except that a city needs no GeoNames id (its point may come from
    its NUTS 3 unit instead)."""
    public = schemas.participants_schema(nuts_levels(), nuts3_polygons())
    checks = [c for c in public.checks if c.name != "city_has_geonames_id"]
    return pa.DataFrameSchema(
        public.columns, checks=checks, strict=True, ordered=True, name=public.name
    )


def _check(table: _Table, schema: pa.DataFrameSchema) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Validate one table; (coerced frame, []) or (None, problems). Too many rows: not validated."""
    if len(table.frame) > MAX_ROWS:
        message = TOO_MANY_ROWS.format(n=len(table.frame), limit=MAX_ROWS)
        return None, [_problem(table.label, message)]
    try:
        return validate(table.frame, schema, table.label), []
    except DataValidationError as exc:
        return None, list(exc.problems)


def _ids(table: _Table | None, column: str = "id") -> set[str]:
    if table is None or column not in table.frame:
        return set()
    return set(table.frame[column].dropna())


def validate_upload(
    files: Sequence[UploadedFile], public_groups: pd.DataFrame, public_memberships: pd.DataFrame
) -> UploadResult:
    """Read and validate every table; groups and memberships not uploaded come from the public
    data where the ids match. Every problem of every file at once, or the frames."""
    tables, problems = read_tables(files)
    if "participants" not in tables:
        if not problems:
            problems.append(_problem(", ".join(f.name for f in files), NO_PARTICIPANTS))
        return UploadResult(tuple(problems))
    schema = upload_participants_schema()
    people, header = _normalise_columns(tables["participants"], schema)
    problems += header
    filled, approximate = _fill_participants(people.frame)
    people = _Table(people.label, filled)
    if people.frame.empty and not header:
        problems.append(_problem(people.label, NO_ROWS))
    participants, found = _check(people, schema)
    problems += found
    groups = public_groups
    if "groups" in tables:
        table, header = _normalise_columns(tables["groups"], schemas.groups_schema())
        groups, found = _check(table, schemas.groups_schema())
        problems += header + found
    group_ids = _ids(tables.get("groups")) if "groups" in tables else set(public_groups["id"])
    person_ids = _ids(people)
    if "memberships" in tables:
        links_schema = schemas.memberships_schema(person_ids, group_ids)
        table, header = _normalise_columns(tables["memberships"], links_schema)
        memberships, found = _check(table, links_schema)
        problems += header + found
    else:
        keep = public_memberships["participant_id"].isin(person_ids)
        memberships = public_memberships[keep & public_memberships["group_id"].isin(group_ids)]
    if problems:
        return UploadResult(tuple(problems))
    participants = participants.assign(**{APPROXIMATE: approximate.reindex(participants.index)})
    frames = {
        "participants": participants.reset_index(drop=True),
        "groups": groups.reset_index(drop=True),
        "memberships": memberships.reset_index(drop=True),
    }
    return UploadResult(frames=frames, given=tuple(t for t in TABLES if t in tables))
