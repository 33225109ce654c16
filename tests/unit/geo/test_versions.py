"""NUTS codes of older versions map to NUTS 2021 only where the territory is unchanged."""

from __future__ import annotations

import pytest

from geo.versions import (
    REASON_CHANGED,
    REASON_EXTRA_REGIO,
    REASON_UNKNOWN,
    resolve_code,
    to_nuts2021,
)


@pytest.mark.parametrize(
    ("code", "year", "expected"),
    [
        ("FR21", 2013, "FRF2"),  # pure recode: same unified id
        ("FRA", 2013, "FRY"),
        ("SE33", 2016, "SE33"),  # unchanged
        ("PL12", 2013, None),  # PL92 of 2016 is a different territory
        ("HR04", 2016, None),  # split into HR02/HR05/HR06 in 2021
        ("HR02", 2006, None),  # code reused for another territory in 2021
        ("FR21", 2021, None),  # no such unit in that version
    ],
)
def test_to_nuts2021(code: str, year: int, expected: str | None) -> None:
    assert to_nuts2021(code, year) == expected


def test_recode_is_kept_with_its_version() -> None:
    mapping = resolve_code("FR21")
    assert (mapping.nuts_id, mapping.nuts_year, mapping.status) == ("FRF2", 2013, "recoded")


@pytest.mark.parametrize("code", ["PL12", "HR04", "HU10", "IE01", "LT00"])
def test_changed_territory_is_refused(code: str) -> None:
    mapping = resolve_code(code)
    assert mapping.nuts_id is None
    assert mapping.status == "refused"
    assert mapping.reason == REASON_CHANGED


@pytest.mark.parametrize("code", ["SE33", "AT", "AT1", "HR02"])
def test_code_in_nuts2021_is_kept(code: str) -> None:
    mapping = resolve_code(code)
    assert (mapping.nuts_id, mapping.status, mapping.nuts_year) == (code, "kept", 2021)


@pytest.mark.parametrize(
    ("code", "reason"),
    [("ATZZ", REASON_EXTRA_REGIO), ("BEZ", REASON_EXTRA_REGIO), ("EU27_2020", REASON_UNKNOWN)],
)
def test_non_territories_are_refused(code: str, reason: str) -> None:
    assert resolve_code(code).reason == reason
