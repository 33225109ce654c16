"""Simplified shapes for the browser, as SVG path data in map units (``geo.projection``).

The shapes are written once to ``static/map/*.json`` (served by Streamlit's static file serving,
fetched once by the map component and kept by the browser); a map then sends only which unit gets
which fill. Each file has a key, the ``data-l`` of the paths it fills (``FILES``):
- ``0``..``3``: every EU unit of one NUTS level at the ``EU`` detail;
- ``0f``: the EU countries at the ``LOCATOR`` detail, the profile locator's base;
- ``n``: the countries outside the EU (``geo.neighbours``) as one path, ``NEIGHBOURS_ID``.
``python -m geo.shapes`` rebuilds the files, and ``geo/data/nuts_lookup.parquet``: what the app
needs of the geometry (``geo.lookup``); the output is the same byte for byte on every run
(tests/unit/geo/test_shapes.py and test_lookup.py check the committed files against a rebuild).

Detail levels:
- ``EU``: 2 km tolerance, whole kilometres: an EU view is about 5 km per pixel.
- ``LOCATOR``: the 1:10 million file, 300 m tolerance, 0.1 km: the locator is about 1 km per
  pixel. Its participant's own unit is written into its SVG at this detail
  (``geo.lookup.locator_path``).
- ``CONTEXT``: the neighbours, 1 km tolerance, whole kilometres (grey, under the EU).
"""

from __future__ import annotations

import hashlib
import json
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np
import shapely

from geo.neighbours import load_neighbours
from geo.nuts import GEO_DATA_DIR, load_nuts
from geo.projection import map_geometries

STATIC_DIR = Path(__file__).resolve().parent.parent / "static" / "map"
STATIC_URL = "app/static/map"  # relative to the app's base URL (server.enableStaticServing)
LEVELS = (0, 1, 2, 3)


class Detail(NamedTuple):
    scale: str  # NUTS file
    tolerance: float  # map units (km), for shapely.simplify
    decimals: int  # digits kept in each coordinate


EU = Detail("10M", 2.0, 0)
LOCATOR = Detail("10M", 0.3, 1)
CONTEXT = Detail("", 1.0, 0)
NEIGHBOURS_ID = "outside_eu"


class ServedFile(NamedTuple):
    """One file of ``FILES``: what the browser fetches, the paths it fills, at what detail."""

    name: str  # in STATIC_DIR
    level: int | None  # NUTS level; None: the countries outside the EU
    detail: Detail


FILES = {
    **{str(level): ServedFile(f"nuts{level}.json", level, EU) for level in LEVELS},
    "0f": ServedFile("nuts0-fine.json", 0, LOCATOR),
    "n": ServedFile("neighbours.json", None, CONTEXT),
}


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
    steps = np.diff(grid, axis=0)
    if decimals == 0:  # whole units: the integers as they are (the same text, much faster)
        return f"M{grid[0][0]} {grid[0][1]}l{' '.join(map(str, steps.ravel().tolist()))}z"
    scale = 10**-decimals
    head = f"M{_num(grid[0][0] * scale, decimals)} {_num(grid[0][1] * scale, decimals)}"
    body = " ".join(
        f"{_num(dx * scale, decimals)} {_num(dy * scale, decimals)}" for dx, dy in steps
    )
    return f"{head}l{body}z"


def path_rings(d: str) -> list[np.ndarray]:
    """The rings of path data ``d`` as ``_ring_path`` writes it ('Mx yl dx dy ... z'), each as
    absolute (n, 2) coordinates, its first point not repeated."""
    rings = []
    for ring in d.split("M")[1:]:
        head, _, steps = ring.partition("l")
        start = np.array(head.split(), dtype=float)
        moves = np.array(steps.rstrip("z").split(), dtype=float).reshape(-1, 2)
        rings.append(np.vstack([start, start + np.cumsum(moves, axis=0)]))
    return rings


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
def geometry_bounds(level: int) -> dict[str, tuple[float, float, float, float]]:
    """NUTS code -> (minx, miny, maxx, maxy) in map units, to frame a map on a selection: of the
    unit as drawn, on the mainland or in its inset box (a country is drawn as its mainland,
    ``geo.projection.map_geometries``). Build time: the app reads them from ``geo.lookup``."""
    frame = load_nuts(EU.scale)
    frame = frame[frame["level"] == level]
    out = {}
    for nid, geom in zip(frame["nuts_id"], map_geometries(frame, EU.scale), strict=True):
        if not geom.is_empty:
            out[nid] = tuple(float(v) for v in shapely.bounds(geom))
    return out


@cache
def neighbour_paths() -> dict[str, str]:
    """{NEIGHBOURS_ID: path data of every country outside the EU}: one path (its rings draw the
    borders), in map units."""
    frame = load_neighbours()
    geoms = shapely.transform(frame.geometry.values, lambda xy: xy * np.array([0.001, -0.001]))
    simple = shapely.simplify(geoms, CONTEXT.tolerance, preserve_topology=True)
    return {NEIGHBOURS_ID: "".join(svg_path(g, CONTEXT.decimals) for g in simple)}


def file_text(key: str) -> str:
    """The JSON text of the file ``key`` of ``FILES`` (compact, keys sorted: deterministic)."""
    level, detail = FILES[key].level, FILES[key].detail
    paths = neighbour_paths() if level is None else level_paths(level, detail)
    return json.dumps(paths, separators=(",", ":"), sort_keys=True, ensure_ascii=False)


def static_file(key: str) -> Path:
    return STATIC_DIR / FILES[key].name


@cache
def served_paths(key: str) -> dict[str, str]:
    """What the browser gets for ``data-l`` = ``key``: the committed file's NUTS code -> path
    data (read, not rebuilt: the app never loads the geometry)."""
    return json.loads(static_file(key).read_text(encoding="utf-8"))


@lru_cache(maxsize=16)
def coarse_paths(key: str, tolerance: float) -> dict[str, str]:
    """``served_paths(key)`` simplified again to ``tolerance`` map units (km), each ring on its
    own (a ring that would shrink below a triangle stays as it is: no island is lost). For a
    still picture of a whole view, where a pixel is several kilometres: the same map in about
    half the bytes. Unlike the served files, shared borders may part by up to ``tolerance``."""
    decimals = FILES[key].detail.decimals
    units, rings = [], []
    for nuts_id, d in served_paths(key).items():
        for ring in path_rings(d):
            units.append(nuts_id)
            rings.append(np.vstack([ring, ring[:1]]))  # closed: the simplified ring stays closed
    ring_of_point = np.repeat(np.arange(len(rings)), [len(r) for r in rings])
    lines = shapely.linestrings(np.vstack(rings), indices=ring_of_point)
    simple = shapely.simplify(lines, tolerance, preserve_topology=False)
    coords, index = shapely.get_coordinates(simple, return_index=True)
    pieces = np.split(coords, np.flatnonzero(np.diff(index)) + 1)
    out: dict[str, str] = {}
    for nuts_id, ring, whole in zip(units, pieces, rings, strict=True):
        out[nuts_id] = out.get(nuts_id, "") + (
            _ring_path(ring, decimals) or _ring_path(whole, decimals)
        )
    return out


@cache
def file_url(key: str) -> str:
    """The file's URL with a hash of its content, so a browser never keeps a stale copy."""
    digest = hashlib.sha256(static_file(key).read_bytes()).hexdigest()[:12]
    return f"{STATIC_URL}/{FILES[key].name}?v={digest}"


def geometry_urls() -> dict[str, str]:
    """``data-l`` key -> URL of its geometry file, for the map component."""
    return {key: file_url(key) for key in FILES}


def level_url(level: int) -> str:
    return file_url(str(level))


def write_static_files() -> list[Path]:
    """Rebuild every geometry file and the app's look-up (``python -m geo.shapes``)."""
    from geo.lookup import LOOKUP_FILE, write_lookup

    STATIC_DIR.mkdir(parents=True, exist_ok=True)
    written = []
    for key in FILES:
        path = static_file(key)
        path.write_text(file_text(key), encoding="utf-8")
        written.append(path)
    return [*written, write_lookup(GEO_DATA_DIR / LOOKUP_FILE)]


if __name__ == "__main__":
    for written_path in write_static_files():
        print(f"{written_path} ({written_path.stat().st_size:,} bytes)")
