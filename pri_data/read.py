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

FILE_FIELD = "(file)"
LINES = "lines"  # frame.attrs key: physical line of each row
MAX_SHOWN = 120  # characters of a line quoted in a problem


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
        _fail(path, f"is missing from {path.parent}; restore it (git checkout) or set PRI_DATA_DIR")
    except OSError as exc:
        _fail(path, f"cannot be read: {exc.strerror or exc}")
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
            f"is not UTF-8 (byte {byte} at column {exc.start - start + 1}); save it as UTF-8",
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
        reason = "a quote opened in this record is never closed" if "end of data" in str(exc) \
            else str(exc)  # fmt: skip
        _fail(path, f"is not valid CSV from this line on ({reason}); check its quotes", end + 1,
              shown)  # fmt: skip
    if header is None:
        _fail(path, "is empty; it must hold a header and at least one row")
    return header, records, starts


def _check_shape(path: Path, header: list[str], records: list[list[str]], starts: list[int],
                 lines: list[str]) -> None:  # fmt: skip
    problems = [
        Problem(path.name, 1, name, name, "appears more than once in the header")
        for i, name in enumerate(header)
        if name in header[:i]
    ]
    for row, start in zip(records, starts, strict=True):
        if len(row) != len(header):
            shown = lines[start - 1][:MAX_SHOWN] if start <= len(lines) else ""
            message = f"this record has {len(row)} fields, the header {len(header)}"
            if any("\n" in field for field in row):
                message += " (a quote opened here runs over several lines; is one missing?)"
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
        _fail(path, "ends without a line end: the file looks cut off (truncated); restore it",
              starts[-1], shown)  # fmt: skip
    if not records and not may_be_empty:
        _fail(path, "has a header but no rows; it must not be empty", 1, ",".join(header)[:120])
    frame = pd.DataFrame(records, columns=header, dtype=str).replace({"": None})
    frame.attrs[LINES] = Lines(starts)
    return frame


def read_parquet(path: Path, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """A Parquet file; a missing, empty, truncated or non-Parquet file is a Problem. With
    ``columns``, only those of them the file has (the caller reports a missing one)."""
    if not path.exists():
        read_bytes(path)  # raises the "missing" Problem
    if path.stat().st_size == 0:
        _fail(path, "is empty (0 bytes); rebuild it or restore it (git checkout)")
    try:
        if columns is not None:
            names = pq.read_schema(path).names
            columns = [c for c in columns if c in names]
        frame = pd.read_parquet(path, columns=columns)
    except Exception as exc:  # pyarrow raises several types for a broken file  # noqa: BLE001
        _fail(path, f"cannot be read as Parquet ({type(exc).__name__}: {str(exc)[:160]}); "
              "rebuild it or restore it (git checkout)")  # fmt: skip
    if frame.empty:
        _fail(path, "has no rows; it must not be empty")
    return frame
