"""Filters from URL query parameters: junk is ignored with a notice; round trip; counts."""

from __future__ import annotations

import pandas as pd
import pytest

from pri_data import load
from pri_data.filters import (
    MAX_QUERY_LENGTH,
    Filters,
    allowed_values,
    apply_filters,
    parse_filters,
    to_params,
)
from tests import live


@pytest.fixture(scope="module")
def allowed(participants: pd.DataFrame) -> dict[str, tuple]:
    return allowed_values(participants, load.load_groups()["id"])


def test_allowed_values_come_from_the_data(allowed: dict[str, tuple]) -> None:
    assert allowed["group"][-1] == load.INDIVIDUAL
    assert "cities-4-0" in allowed["group"]
    assert allowed["type"] == ("city", "member_state", "region")
    assert set(allowed["country"]) == live.countries()


def test_empty_params_give_empty_filters(allowed: dict[str, tuple]) -> None:
    filters, notices = parse_filters({}, allowed)
    assert filters == Filters() and filters.is_empty()
    assert notices == []


@pytest.mark.parametrize(
    ("params", "expected", "notice"),
    [
        ({"group": "nope,cities-4-0"}, Filters(groups=("cities-4-0",)), "unknown group in"),
        ({"country": ["FI", "ZZ"]}, Filters(countries=("FI",)), "unknown country in the link"),
        ({"type": "province"}, Filters(), "unknown type in the link: 'province'"),
        ({"confidence": "maybe,likely"}, Filters(confidence=("likely",)), "'maybe'"),
        ({"q": "x" * (MAX_QUERY_LENGTH + 1)}, Filters(), "longer than 80 characters"),
    ],
)  # fmt: skip
def test_junk_is_ignored_with_a_notice(
    allowed: dict[str, tuple], params: dict, expected: Filters, notice: str
) -> None:
    filters, notices = parse_filters(params, allowed)
    assert filters == expected
    assert len(notices) == 1 and notice in notices[0]


def test_unknown_parameters_and_duplicates_are_harmless(allowed: dict[str, tuple]) -> None:
    filters, notices = parse_filters({"utm_source": "x", "country": "FI, FI,SE"}, allowed)
    assert filters == Filters(countries=("FI", "SE"))
    assert notices == []


@pytest.mark.parametrize(
    "filters",
    [
        Filters(),
        Filters(groups=("cities-4-0", "individual")),
        Filters(countries=("FI", "SE"), types=("region",), confidence=("likely",)),
        Filters(query="north karelia"),
    ],
)
def test_round_trip_through_params(allowed: dict[str, tuple], filters: Filters) -> None:
    params = to_params(filters)
    assert all(isinstance(v, str) for v in params.values())
    assert parse_filters(params, allowed) == (filters, [])


@pytest.mark.parametrize(
    ("filters", "rows"),
    [
        (Filters(), live.count()),
        (Filters(groups=("cities-4-0",)), len(live.members("cities-4-0"))),
        (Filters(groups=(load.INDIVIDUAL,)), live.individuals()),
        (
            Filters(groups=("bioregions-facility", "east-north-finland")),
            len(live.members("bioregions-facility", "east-north-finland")),
        ),
        (Filters(countries=("FI",)), live.count(country_code="FI")),
        (
            Filters(countries=("FI",), confidence=("likely",)),
            live.count(country_code="FI", confidence="likely"),
        ),
        (Filters(types=("member_state",)), live.count(participant_type="member_state")),
        (Filters(query="NORTH"), live.matching("NORTH")),
        (
            Filters(countries=("BE",), types=("region",)),
            live.count(country_code="BE", participant_type="region"),
        ),
    ],
)
def test_apply_filters_counts(participants: pd.DataFrame, filters: Filters, rows: int) -> None:
    assert len(apply_filters(participants, filters)) == rows


def test_apply_filters_keeps_columns_and_order(participants: pd.DataFrame) -> None:
    out = apply_filters(participants, Filters(groups=("cities-4-0",)))
    assert list(out.columns) == list(participants.columns)
    assert out["participant_type"].eq("city").all()
    assert list(out.index) == sorted(out.index)
