"""Reading a data file into a frame of text, or a Problem that says where and why it cannot be read.

Every failure a file can have before its contract runs is one ``Problem``: missing, unreadable,
empty, header only, not UTF-8 (with the line and the byte), a record with the wrong number of
fields (with the physical line it starts on, also after quoted fields holding newlines), a Parquet
file that is truncated or not Parquet. Frames carry the physical start line of each row in
``frame.attrs["lines"]`` so validation reports lines as an editor shows them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from pri_data.errors import DataValidationError, Problem
from pri_data.i18n import N_

FILE_FIELD = "(file)"
LINES = "lines"  # frame.attrs key: physical line of each row
MAX_SHOWN = 120  # characters of a line quoted in a problem
# The problems' messages (English msgids; ``pri_data.problem_text`` shows them translated).
MISSING = N_("is missing from {folder}; restore it (git checkout) or set PRI_DATA_DIR")
UNREADABLE = N_("cannot be read: {reason}")
NOT_UTF8 = N_("is not UTF-8 (byte {byte} at column {column}); save it as UTF-8")
QUOTE_NOT_CLOSED = N_(
    "is not valid CSV from this line on (a quote opened in this record is never closed); "
    "check its quotes"
)
NOT_CSV = N_("is not valid CSV from this line on ({reason}); check its quotes")
EMPTY_CSV = N_("is empty; it must hold a header and at least one row")
REPEATED_COLUMN = N_("appears more than once in the header")
FIELDS = N_("this record has {n} fields, the header {header}")
FIELDS_QUOTE = N_(
    "this record has {n} fields, the header {header} (a quote opened here runs over several "
    "lines; is one missing?)"
)
CUT_OFF = N_("ends without a line end: the file looks cut off (truncated); restore it")
HEADER_ONLY = N_("has a header but no rows; it must not be empty")
EMPTY_FILE = N_("is empty (0 bytes); rebuild it or restore it (git checkout)")
NOT_PARQUET = N_("cannot be read as Parquet ({reason}); rebuild it or restore it (git checkout)")
NO_ROWS = N_("has no rows; it must not be empty")
MESSAGES = (
    MISSING, UNREADABLE, NOT_UTF8, QUOTE_NOT_CLOSED, NOT_CSV, EMPTY_CSV, REPEATED_COLUMN, FIELDS,
    FIELDS_QUOTE, CUT_OFF, HEADER_ONLY, EMPTY_FILE, NOT_PARQUET, NO_ROWS,
)  # fmt: skip


class Lines(tuple):
    """Physical start line per row; pandas deep-copies ``attrs`` on every operation, so this
    immutable tuple returns itself instead of being copied element by element."""

    def __deepcopy__(self, memo: dict) -> Lines:
        return self


def _fail(path: Path, message: str, line: int | None = None, value: str = "") -> None:
    raise DataValidationError([Problem(path.name, line, FILE_FIELD, value, message)])


def read_bytes(path: Path) -> bytes:
    """The file's bytes; a missing or unreadable file is a Problem naming the folder."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        _fail(path, MISSING.format(folder=path.parent))
    except OSError as exc:
        _fail(path, UNREADABLE.format(reason=exc.strerror or exc))
    raise AssertionError  # unreachable


def decode(path: Path, raw: bytes) -> str:
    """UTF-8 text (a byte-order mark is allowed); otherwise the line and byte that are not."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        start = raw.rfind(b"\n", 0, exc.start) + 1
        shown = raw[start : start + MAX_SHOWN].split(b"\n")[0].decode("utf-8", "replace")
        byte = f"0x{raw[exc.start]:02X}"
        _fail(
            path,
            NOT_UTF8.format(byte=byte, column=exc.start - start + 1),
            line,
            shown,
        )
    raise AssertionError  # unreachable


def _records(path: Path, text: str) -> tuple[list[str], list[list[str]], list[int]]:
    """Header, records and the physical line each record starts on (blank lines skipped)."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header: list[str] | None = None
    records: list[list[str]] = []
    starts: list[int] = []
    end = 0  # physical line the previous record ended on
    try:
        for row in reader:
            start, end = end + 1, reader.line_num
            if not row or row == [""]:
                continue
            if header is None:
                header = row
                continue
            records.append(row)
            starts.append(start)
    except csv.Error as exc:
        lines = text.splitlines()
        shown = lines[end][:MAX_SHOWN] if end < len(lines) else ""
        message = QUOTE_NOT_CLOSED if "end of data" in str(exc) else NOT_CSV.format(reason=exc)
        _fail(path, message, end + 1, shown)
    if header is None:
        _fail(path, EMPTY_CSV)
    return header, records, starts


def _check_shape(path: Path, header: list[str], records: list[list[str]], starts: list[int],
                 lines: list[str]) -> None:  # fmt: skip
    problems = [
        Problem(path.name, 1, name, name, REPEATED_COLUMN)
        for i, name in enumerate(header)
        if name in header[:i]
    ]
    for row, start in zip(records, starts, strict=True):
        if len(row) != len(header):
            shown = lines[start - 1][:MAX_SHOWN] if start <= len(lines) else ""
            spans_lines = any("\n" in field for field in row)
            template = FIELDS_QUOTE if spans_lines else FIELDS
            message = template.format(n=len(row), header=len(header))
            problems.append(Problem(path.name, start, FILE_FIELD, shown, message))
    if problems:
        raise DataValidationError(problems)


def read_csv_text(path: Path, *, may_be_empty: bool = False) -> pd.DataFrame:
    """A CSV as text (empty cells as None), each row's physical line in ``attrs["lines"]``."""
    text = decode(path, read_bytes(path))
    header, records, starts = _records(path, text)
    _check_shape(path, header, records, starts, text.splitlines())
    if records and not text.endswith(("\n", "\r")):
        shown = text.splitlines()[starts[-1] - 1][:MAX_SHOWN]
        _fail(path, CUT_OFF, starts[-1], shown)
    if not records and not may_be_empty:
        _fail(path, HEADER_ONLY, 1, ",".join(header)[:120])
    frame = pd.DataFrame(records, columns=header, dtype=str).replace({"": None})
    frame.attrs[LINES] = Lines(starts)
    return frame


def read_parquet(path: Path, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """A Parquet file; a missing, empty, truncated or non-Parquet file is a Problem. With
    ``columns``, only those of them the file has (the caller reports a missing one)."""
    if not path.exists():
        read_bytes(path)  # raises the "missing" Problem
    if path.stat().st_size == 0:
        _fail(path, EMPTY_FILE)
    try:
        if columns is not None:
            names = pq.read_schema(path).names
            columns = [c for c in columns if c in names]
        frame = pd.read_parquet(path, columns=columns)
    except Exception as exc:  # pyarrow raises several types for a broken file  # noqa: BLE001
        _fail(path, NOT_PARQUET.format(reason=f"{type(exc).__name__}: {str(exc)[:160]}"))
    if frame.empty:
        _fail(path, NO_ROWS)
    return frame
