"""geo/data/nuts_lookup.parquet: what the app needs of the 1:10 million geometry, so it never
loads the geometry itself. The committed file is what ``python -m geo.shapes`` builds, maps drawn
from it are the ones drawn from the geometry, and a broken one is named on the data-error screen
(the breakage cases in tests/breakage.py include it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import shapely

from geo import lookup
from geo.nuts import GEO_DATA_DIR, load_nuts
from geo.projection import MAINLAND, geometry_inset_placements, map_point
from geo.shapes import LOCATOR, geometry_bounds
from pri_data import problem_text
from pri_data.errors import DataValidationError
from pri_data.i18n import translator_for


def test_committed_lookup_matches_a_rebuild(tmp_path: Path) -> None:
    rebuilt = lookup.write_lookup(tmp_path / lookup.LOOKUP_FILE)
    assert rebuilt.read_bytes() == (GEO_DATA_DIR / lookup.LOOKUP_FILE).read_bytes()


def test_lookup_holds_what_the_geometry_gives() -> None:
    frame = load_nuts(LOCATOR.scale)
    table = lookup.load_lookup()
    assert list(table.levels) == list(frame["nuts_id"])  # the geometry file's order
    assert table.names["EL"] == "Elláda" and table.levels["BE24"] == 2
    for level in range(4):
        assert lookup.level_bounds(level) == geometry_bounds(level)
    assert lookup.level_bounds(0)["FR"][0] >= MAINLAND[0]  # France framed on its mainland
    assert lookup.locator_path("BE24", 2).startswith("M") and lookup.locator_path("BE24", 3) == ""
    for code, (outline, placement) in geometry_inset_placements(LOCATOR.scale).items():
        stored_outline, stored_placement = lookup.inset_placements()[code]
        assert shapely.from_wkb(stored_outline).equals_exact(outline, 0)
        assert stored_placement == placement


def test_a_city_overseas_is_placed_in_its_inset_box() -> None:
    x, y = map_point(-16.25, 28.46)  # Santa Cruz de Tenerife: Canarias' box, left of the mainland
    assert x < MAINLAND[0] and MAINLAND[1] < y < MAINLAND[3]
    x, y = map_point(4.70093, 50.87959)  # Leuven: on the mainland
    assert MAINLAND[0] < x < MAINLAND[2]


def test_the_app_draws_its_maps_without_loading_the_geometry(repo_root: Path) -> None:
    """Data check, overview, a city map, a locator and the indicator map in a fresh process: the
    1:10 million (and 1:3 million) shapes are never loaded."""
    code = """
import logging; logging.disable(logging.WARNING)
from geo import nuts
from pri_data import check
from pri_data.filters import Filters
import ui.map_svgs as mc
assert check.collect_problems(at_run_time=True) == []
mc.participant_svg.shared.__wrapped__(Filters(), "network", "t", "overview_map")
mc.participant_svg.shared.__wrapped__(Filters(types=("city",)), "type", "t", "map_map")
mc.locator_svg.shared.__wrapped__("be-leuven", "t")
mc.indicator_svg.shared.__wrapped__(Filters(), "gerd_pc_gdp", None, "t", "%", "s")
print(nuts._load_nuts.cache_info().currsize)
"""
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=repo_root, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "0"


@pytest.mark.parametrize("code", ["PT20", "FR"])
def test_a_lost_row_is_named(geo_copy: Path, code: str) -> None:
    path = geo_copy / lookup.LOOKUP_FILE
    frame = pd.read_parquet(path)
    frame[frame["nuts_id"] != code].to_parquet(path)
    with pytest.raises(DataValidationError) as caught:
        lookup.read_lookup(path)
    (problem,) = caught.value.problems
    assert (problem.file, problem.field, problem.value) == (lookup.LOOKUP_FILE, "nuts_id", code)
    assert "python -m geo.shapes" in problem.message
    german = problem_text.translate_message(problem.message, translator_for("de"))
    assert german != problem.message and "python -m geo.shapes" in german
