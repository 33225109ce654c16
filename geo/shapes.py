"""Simplified NUTS shapes for the browser, as SVG path data in map units (``geo.projection``).

The EU-wide shapes of each NUTS level are written once to ``static/map/nuts<level>.json`` (served
by Streamlit's static file serving, fetched once by the map component and kept by the browser);
a map then sends only which unit gets which fill. ``python -m geo.shapes`` rebuilds the files; the
output is the same byte for byte on every run (tests/unit/geo/test_shapes.py checks the committed
files against a rebuild).

Two detail levels:
- ``EU``: 2 km tolerance, whole kilometres: an EU view is about 5 km per pixel.
- ``FINE``: the 1:3 million file, 250 m tolerance, 0.1 km: a map framed on one region.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path
from typing import NamedTuple

import numpy as np
import shapely

from geo.nuts import load_nuts
from geo.projection import MAINLAND, map_geometries

STATIC_DIR = Path(__file__).resolve().parent.parent / "static" / "map"
STATIC_URL = "app/static/map"  # relative to the app's base URL (server.enableStaticServing)
LEVELS = (0, 1, 2, 3)


class Detail(NamedTuple):
    scale: str  # NUTS file
    tolerance: float  # map units (km), for shapely.simplify
    decimals: int  # digits kept in each coordinate


EU = Detail("10M", 2.0, 0)
FINE = Detail("03M", 0.25, 1)


def _num(value: float, decimals: int) -> str:
    text = f"{value:.{decimals}f}"
    text = text.rstrip("0").rstrip(".") if "." in text else text
    return "0" if text in ("-0", "") else text


def _ring_path(coords: np.ndarray, decimals: int) -> str:
    """'M x y l dx dy ... z' on the rounding grid: relative steps keep the text short."""
    grid = np.round(coords * 10**decimals).astype(np.int64)
    keep = np.ones(len(grid), dtype=bool)
    keep[1:] = np.any(grid[1:] != grid[:-1], axis=1)
    grid = grid[keep]
    if len(grid) > 1 and (grid[0] == grid[-1]).all():
        grid = grid[:-1]
    if len(grid) < 3:
        return ""
    scale = 10**-decimals
    steps = np.diff(grid, axis=0)
    head = f"M{_num(grid[0][0] * scale, decimals)} {_num(grid[0][1] * scale, decimals)}"
    body = " ".join(
        f"{_num(dx * scale, decimals)} {_num(dy * scale, decimals)}" for dx, dy in steps
    )
    return f"{head}l{body}z"


def svg_path(geom, decimals: int) -> str:
    """SVG path data of a (multi)polygon in map units; '' when nothing is left."""
    parts = []
    for polygon in getattr(geom, "geoms", [geom]):
        if polygon.is_empty or polygon.geom_type != "Polygon":
            continue
        for ring in (polygon.exterior, *polygon.interiors):
            parts.append(_ring_path(np.asarray(ring.coords)[:, :2], decimals))
    return "".join(p for p in parts if p)


@cache
def level_paths(level: int, detail: Detail = EU) -> dict[str, str]:
    """NUTS code -> SVG path data of every unit of one level, by code (shared, read-only)."""
    frame = load_nuts(detail.scale)
    frame = frame[frame["level"] == level].sort_values("nuts_id")
    geoms = map_geometries(frame, detail.scale)
    simple = shapely.simplify(
        np.asarray(geoms, dtype=object), detail.tolerance, preserve_topology=True
    )
    paths = {
        nid: svg_path(g, detail.decimals)
        for nid, g in zip(frame["nuts_id"], simple, strict=True)
    }
    return {nid: d for nid, d in paths.items() if d}


@cache
def level_bounds(level: int) -> dict[str, tuple[float, float, float, float]]:
    """NUTS code -> (minx, miny, maxx, maxy) in map units, to frame a map on a selection: of the
    mainland part when there is one (France: not its inset boxes), else of its inset."""
    frame = load_nuts(EU.scale)
    frame = frame[frame["level"] == level]
    mainland = shapely.box(*MAINLAND)
    out = {}
    for nid, geom in zip(frame["nuts_id"], map_geometries(frame, EU.scale), strict=True):
        part = geom.intersection(mainland)
        shown = part if not part.is_empty else geom
        if not shown.is_empty:
            out[nid] = tuple(float(v) for v in shapely.bounds(shown))
    return out


@cache
def unit_paths(nuts_ids: tuple[str, ...], detail: Detail = FINE) -> dict[str, str]:
    """Only the named units (any level), e.g. the fine shapes of a map framed on one region."""
    out: dict[str, str] = {}
    for level in LEVELS:
        paths = level_paths(level, detail)
        out.update({nid: paths[nid] for nid in nuts_ids if nid in paths})
    return out


def level_file_text(level: int) -> str:
    """The JSON text of ``static/map/nuts<level>.json`` (compact, keys sorted: deterministic)."""
    return json.dumps(level_paths(level), separators=(",", ":"), sort_keys=True, ensure_ascii=False)


def level_file(level: int) -> Path:
    return STATIC_DIR / f"nuts{level}.json"


@cache
def level_url(level: int) -> str:
    """The file's URL with a hash of its content, so a browser never keeps a stale copy."""
    digest = hashlib.sha256(level_file(level).read_bytes()).hexdigest()[:12]
    return f"{STATIC_URL}/nuts{level}.json?v={digest}"


def write_static_files() -> list[Path]:
    """Rebuild every level file (``python -m geo.shapes``)."""
    STATIC_DIR.mkdir(parents=True, exist_ok=True)
    written = []
    for level in LEVELS:
        path = level_file(level)
        path.write_text(level_file_text(level), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in write_static_files():
        print(f"{written_path} ({written_path.stat().st_size:,} bytes)")
