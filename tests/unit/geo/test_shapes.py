"""The committed geometry files under static/map/ are what ``python -m geo.shapes`` builds."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from geo.shapes import (
    FILES,
    coarse_paths,
    file_text,
    file_url,
    geometry_urls,
    path_rings,
    served_paths,
    static_file,
)


@pytest.mark.parametrize("key", sorted(FILES))
def test_committed_geometry_files_match_a_rebuild(key: str) -> None:
    assert static_file(key).read_text(encoding="utf-8") == file_text(key), key


def test_geometry_urls_carry_a_content_hash() -> None:
    assert file_url("2").startswith("app/static/map/nuts2.json?v=")
    assert len(file_url("2").split("v=")[1]) == 12
    assert geometry_urls()["n"].startswith("app/static/map/neighbours.json?v=")


def test_path_rings_reads_back_what_ring_path_writes() -> None:
    (ring,) = path_rings("M10 -5l3 0 0 4 -3 0z")
    assert ring.tolist() == [[10, -5], [13, -5], [13, -1], [10, -1]]


@pytest.mark.parametrize("key", ["2", "n"])
def test_coarse_paths_stay_within_the_tolerance_and_are_smaller(key: str) -> None:
    """The still picture's outlines (ui/map_preview.py): every ring kept, each within the
    tolerance of the served one (plus rounding), in fewer bytes, the same on every run."""
    served, coarse = served_paths(key), coarse_paths(key, 4.0)
    assert sum(map(len, coarse.values())) < 0.75 * sum(map(len, served.values()))
    assert coarse == coarse_paths.__wrapped__(key, 4.0)
    assert coarse.keys() == served.keys()
    for nuts_id, d in coarse.items():
        rings = path_rings(d)
        assert len(rings) == len(path_rings(served[nuts_id])), nuts_id  # no island lost
        for ring, before in zip(rings, path_rings(served[nuts_id]), strict=True):
            closed = [shapely.LineString(np.vstack([r, r[:1]])) for r in (ring, before)]
            assert shapely.hausdorff_distance(*closed) <= 4.0 + 0.75, nuts_id
