"""Ways a data file breaks, applied to a copy (PRI_DATA_DIR / PRI_GEO_DIR fixtures): missing, empty,
header only, truncated, wrongly typed, wrongly encoded. Shared by the unit and the page tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from tests.conftest import set_cell

CSV_FILES = (
    "participants.csv", "groups.csv", "memberships.csv", "announced.csv",
    "indicator_catalog.csv", "indicators_left_out.csv",
)  # fmt: skip
PARQUET_FILES = ("indicators.parquet",)
GEO_FILES = (
    "nuts2021_10m.parquet", "nuts2021_03m.parquet", "nuts_lookup.parquet", "neighbours.parquet"
)  # fmt: skip
PLAIN_PARQUET = ("indicators.parquet", "nuts_lookup.parquet")  # no geometry column
# A cell that must be a number (or, in text-only files, a URL/id) set to a word: (field, line).
WRONG_TYPE_CELL = {
    "participants.csv": ("nuts_level", 5),
    "groups.csv": ("source_url", 3),
    "memberships.csv": ("source_url", 3),
    "announced.csv": ("value", 3),
    "indicator_catalog.csv": ("first_year", 3),
    "indicators_left_out.csv": ("year", 3),
}
ENCODED_LINE = 3  # the Latin-1 file's first non-UTF-8 byte is on this line


def _missing(path: Path) -> None:
    path.unlink()


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _header_only(path: Path) -> None:
    if path.suffix == ".csv":
        path.write_text(path.read_text(encoding="utf-8").split("\n")[0] + "\n", encoding="utf-8")
    elif path.name in GEO_FILES and path.name not in PLAIN_PARQUET:
        import geopandas as gpd

        gpd.read_parquet(path).iloc[:0].to_parquet(path)
    else:
        pd.read_parquet(path).iloc[:0].to_parquet(path)


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    cut = len(data) * 2 // 3
    while data[cut - 1 : cut] in (b"\n", b","):  # end inside a record, not at its edge
        cut -= 1
    path.write_bytes(data[:cut])


def _wrong_type(path: Path) -> None:
    if path.suffix == ".csv":
        field, line = WRONG_TYPE_CELL[path.name]
        set_cell(path, line, field, "one")
    elif path.name == "neighbours.parquet":
        import geopandas as gpd

        frame = gpd.read_parquet(path)
        frame.assign(code=range(len(frame))).to_parquet(path)
    elif path.name == "nuts_lookup.parquet":
        frame = pd.read_parquet(path)
        frame.assign(level=frame["level"].astype(str)).to_parquet(path)
    elif path.name in GEO_FILES:
        import geopandas as gpd

        frame = gpd.read_parquet(path)
        frame.assign(level=frame["level"].astype(str)).to_parquet(path)
    else:
        frame = pd.read_parquet(path)
        frame.assign(year=frame["year"].astype(str)).to_parquet(path)


def _latin1(path: Path) -> None:
    """Line ENCODED_LINE gets an accented letter, then the whole file is written as Latin-1."""
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[ENCODED_LINE - 1] = lines[ENCODED_LINE - 1].replace(",", ",é", 1)
    text = "\n".join(lines)
    path.write_bytes(text.encode("latin-1", errors="replace"))


BREAKS: dict[str, Callable[[Path], None]] = {
    "missing": _missing,
    "empty": _empty,
    "header_only": _header_only,
    "truncated": _truncated,
    "wrong_type": _wrong_type,
    "latin1": _latin1,
}


def cases() -> list[tuple[str, str]]:
    """Every (file, break) that applies: Parquet files have no text encoding."""
    return [
        (file, name)
        for file in (*CSV_FILES, *PARQUET_FILES, *GEO_FILES)
        for name in BREAKS
        if not (name == "latin1" and file.endswith(".parquet"))
    ]


def apply(file: str, name: str, data: Path, geo: Path) -> Path:
    """Break ``file`` in the data copy (or the geometry copy) by ``name``; returns its path."""
    path = (geo if file in GEO_FILES else data) / file
    BREAKS[name](path)
    return path
