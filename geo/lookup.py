"""What the running app needs of the 1:10 million NUTS geometry, written at build time to
``geo/data/nuts_lookup.parquet`` (``python -m geo.shapes``), so the app never holds the geometry
itself (its 76,000 points as shapely objects; ~49 MB of RSS when read in a bare process):
- every unit's level and Latin-script name (``levels``, ``names``);
- its bounds in map units, to frame a map on a selection (``level_bounds``);
- its path at the profile locator's detail (``locator_path``);
- for the eight outermost regions of the inset boxes, their outline (EPSG:4326, WKB) and how
  ``geo.projection`` places them in their box, to put a city there (``inset_placements``).

Every value is written as the geometry gives it (float64, WKB), so a map drawn from this file is
the same byte for byte as one drawn from the geometry; tests/unit/geo/test_lookup.py checks the
committed file against a rebuild.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from geo.nuts import EU27, geo_data_dir
from pri_data.errors import DataValidationError, Problem
from pri_data.i18n import N_
from pri_data.read import read_parquet

LOOKUP_FILE = "nuts_lookup.parquet"
BOUNDS = ("minx", "miny", "maxx", "maxy")
INSET = ("inset_factor", "inset_dx", "inset_dy")
TEXT_COLUMNS = ("nuts_id", "name_latn", "locator_path")
COLUMNS = ("nuts_id", "level", "name_latn", *BOUNDS, "locator_path", *INSET, "inset_outline")

# Its problems (English msgids; ``pri_data.problem_text`` shows them translated).
COLUMN_BAD = N_(
    "is a required column missing or of the wrong type; rebuild it with python -m geo.shapes "
    "or restore it (git checkout)"
)
UNIT_MISSING = N_(
    "is missing (rows lost?); rebuild it with python -m geo.shapes or restore it (git checkout)"
)
MESSAGES = (COLUMN_BAD, UNIT_MISSING)


class Lookup(NamedTuple):
    levels: dict[str, int]  # NUTS code -> level, in the geometry file's order
    names: dict[str, str]  # NUTS code -> Latin-script name
    bounds: dict[int, dict[str, tuple[float, float, float, float]]]  # level -> code -> bounds
    locator: dict[str, str]  # NUTS code -> path data at geo.shapes.LOCATOR
    insets: dict[str, tuple[bytes, tuple[float, float, float]]]  # code -> (WKB, placement)


def lookup_file() -> Path:
    return geo_data_dir() / LOOKUP_FILE


def _column_problems(path: Path, frame: pd.DataFrame) -> list[Problem]:
    kinds = {
        **dict.fromkeys(TEXT_COLUMNS, pd.api.types.is_string_dtype),
        "level": pd.api.types.is_integer_dtype,
        **dict.fromkeys((*BOUNDS, *INSET), pd.api.types.is_float_dtype),
        "inset_outline": pd.api.types.is_object_dtype,
    }
    return [
        Problem(path.name, None, column, str(frame[column].dtype) if column in frame else "",
                COLUMN_BAD)
        for column, is_kind in kinds.items()
        if column not in frame or not is_kind(frame[column])
    ]  # fmt: skip


def read_lookup(path: Path) -> Lookup:
    """The look-up file, checked: readable Parquet with its columns and types, every EU-27
    country and every inset region; otherwise a DataValidationError naming the file."""
    from geo.projection import INSETS

    frame = read_parquet(path)  # missing, empty, without rows, truncated or not Parquet
    problems = _column_problems(path, frame)
    if not problems:
        countries = set(frame.loc[frame["level"] == 0, "nuts_id"])
        placed = set(frame.loc[frame["inset_outline"].notna(), "nuts_id"])
        problems = [
            Problem(path.name, None, "nuts_id", code, UNIT_MISSING)
            for code, present in [
                *((c, c in countries) for c in EU27),
                *((i.code, i.code in placed) for i in INSETS),
            ]
            if not present
        ]
    if problems:
        raise DataValidationError(problems)
    return _lookup(frame)


def _lookup(frame: pd.DataFrame) -> Lookup:
    levels = dict(zip(frame["nuts_id"], frame["level"].astype(int), strict=True))
    bounds: dict[int, dict] = {level: {} for level in range(4)}
    for row in frame[frame["minx"].notna()].itertuples(index=False):
        bounds[int(row.level)][row.nuts_id] = tuple(float(getattr(row, b)) for b in BOUNDS)
    insets = {
        row.nuts_id: (bytes(row.inset_outline), tuple(float(getattr(row, c)) for c in INSET))
        for row in frame[frame["inset_outline"].notna()].itertuples(index=False)
    }
    return Lookup(
        levels,
        dict(zip(frame["nuts_id"], frame["name_latn"], strict=True)),
        bounds,
        dict(zip(frame["nuts_id"], frame["locator_path"], strict=True)),
        insets,
    )


@cache
def _load(path: str, _mtime: int) -> Lookup:
    return read_lookup(Path(path))


def load_lookup() -> Lookup:
    """The committed look-up, cached per path and modification time. Shared: read-only."""
    path = lookup_file()
    return _load(str(path), path.stat().st_mtime_ns if path.exists() else -1)


def level_bounds(level: int) -> dict[str, tuple[float, float, float, float]]:
    """NUTS code -> (minx, miny, maxx, maxy) in map units of every unit of ``level`` that has
    any: of its mainland part when there is one (France: not its inset boxes), else its inset."""
    return load_lookup().bounds.get(level, {})


def locator_path(nuts_id: str, level: int) -> str:
    """One unit's path data at the locator's detail; '' when it is not a unit of ``level``."""
    lookup = load_lookup()
    return lookup.locator.get(nuts_id, "") if lookup.levels.get(nuts_id) == level else ""


def inset_placements() -> dict[str, tuple[bytes, tuple[float, float, float]]]:
    """Inset region code -> (its outline as WKB, EPSG:4326; (factor, dx, dy) of its box)."""
    return load_lookup().insets


# --- build time (python -m geo.shapes): from the geometry ---------------------------------------


def lookup_frame() -> pd.DataFrame:
    """The look-up's rows, one per unit in the 1:10 million file's order, from the geometry."""
    import numpy as np
    import shapely

    from geo.nuts import load_nuts
    from geo.projection import geometry_inset_placements, map_geometries
    from geo.shapes import LOCATOR, geometry_bounds, svg_path

    frame = load_nuts(LOCATOR.scale)
    geoms = np.asarray(map_geometries(frame, LOCATOR.scale), dtype=object)
    simple = shapely.simplify(geoms, LOCATOR.tolerance, preserve_topology=True)
    insets = geometry_inset_placements(LOCATOR.scale)
    rows = []
    for nuts_id, level, name, geom in zip(
        frame["nuts_id"], frame["level"].astype(int), frame["name_latn"], simple, strict=True
    ):
        bounds = geometry_bounds(level).get(nuts_id, (None,) * 4)
        outline, placement = insets.get(nuts_id, (None, (None,) * 3))
        rows.append(
            (nuts_id, level, name, *bounds, svg_path(geom, LOCATOR.decimals), *placement,
             None if outline is None else shapely.to_wkb(outline))
        )  # fmt: skip
    out = pd.DataFrame(rows, columns=list(COLUMNS))
    out["level"] = out["level"].astype("int8")
    for column in (*BOUNDS, *INSET):
        out[column] = out[column].astype("float64")
    for column in TEXT_COLUMNS:
        out[column] = out[column].astype(str)
    return out


def write_lookup(path: Path) -> Path:
    """Write the look-up (Parquet, zstd, no pandas metadata: the same bytes on every run with
    the same pyarrow)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(lookup_frame(), preserve_index=False).replace_schema_metadata()
    pq.write_table(table, path, compression="zstd")
    return path
