"""The committed geometry files under static/map/ are what ``python -m geo.shapes`` builds."""

from __future__ import annotations

from geo.shapes import LEVELS, level_file, level_file_text, level_url


def test_committed_geometry_files_match_a_rebuild() -> None:
    for level in LEVELS:
        assert level_file(level).read_text(encoding="utf-8") == level_file_text(level), level


def test_geometry_urls_carry_a_content_hash() -> None:
    assert level_url(2).startswith("app/static/map/nuts2.json?v=")
    assert len(level_url(2).split("v=")[1]) == 12
