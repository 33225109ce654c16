"""The committed geometry files under static/map/ are what ``python -m geo.shapes`` builds."""

from __future__ import annotations

import pytest

from geo.shapes import FILES, file_text, file_url, geometry_urls, static_file


@pytest.mark.parametrize("key", sorted(FILES))
def test_committed_geometry_files_match_a_rebuild(key: str) -> None:
    assert static_file(key).read_text(encoding="utf-8") == file_text(key), key


def test_geometry_urls_carry_a_content_hash() -> None:
    assert file_url("2").startswith("app/static/map/nuts2.json?v=")
    assert len(file_url("2").split("v=")[1]) == 12
    assert geometry_urls()["n"].startswith("app/static/map/neighbours.json?v=")
