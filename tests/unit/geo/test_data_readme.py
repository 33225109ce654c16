"""geo/data/README.md names every committed geometry file with its sha256."""

from __future__ import annotations

import hashlib
import re

from geo.nuts import GEO_DATA_DIR


def test_every_geometry_file_has_its_checksum_in_the_readme() -> None:
    text = (GEO_DATA_DIR / "README.md").read_text(encoding="utf-8")
    table = dict(re.findall(r"^\| `([^`]+)` \| `([0-9a-f]{64})` \|$", text, re.MULTILINE))
    files = {p.name for p in GEO_DATA_DIR.iterdir() if p.suffix in (".parquet", ".csv")}
    assert set(table) == files
    for name, digest in table.items():
        assert hashlib.sha256((GEO_DATA_DIR / name).read_bytes()).hexdigest() == digest, name
