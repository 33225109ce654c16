"""The selection in words: every active filter named, a group's own totals kept beside the
filtered counts, one clear sentence when nothing matches. The logic is tested on the invented
list in tests/data/selection/; the real data only with figures derived from its files."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pri_data import load, selection
from pri_data.countries import country_name
from pri_data.filters import Filters, apply_filters
from tests import live

FIXTURE = Path(__file__).resolve().parents[2] / "data" / "selection"
ANNOUNCED = {"regions": 63, "cities": 7, "member_states": 4, "member_states_represented": 23}


def _read(name: str) -> pd.DataFrame:
    return pd.read_csv(FIXTURE / name, dtype=str)


@pytest.fixture(scope="module")
def fixture_groups() -> pd.DataFrame:
    return _read("groups.csv")


@pytest.fixture(scope="module")
def names(fixture_groups: pd.DataFrame) -> dict[str, str]:
    return dict(zip(fixture_groups["id"], fixture_groups["name"], strict=True))


@pytest.fixture(scope="module")
def invented(fixture_groups: pd.DataFrame) -> pd.DataFrame:
    """Seven invented participants; Test City Network has the three cities (FI, FI, IT)."""
    return load.with_groups(_read("participants.csv"), fixture_groups, _read("memberships.csv"))


def _sentence(participants, names, filters: Filters, announced=ANNOUNCED) -> str:
    chosen = apply_filters(participants, filters)
    return selection.press_sentence(chosen, participants, announced, filters, names)


@pytest.mark.parametrize(
    ("filters", "label"),
    [
        (Filters(), "All named participants"),
        (Filters(groups=("city-net",)), "Test City Network"),
        (Filters(groups=("city-net",), countries=("FI",)), "Test City Network in Finland"),
        (Filters(countries=("SE", "FI")), "Named participants in Finland and Sweden"),
        (
            Filters(types=("region",), confidence=("likely",), query="a"),
            "Named participants (regions only; likely only; name contains “a”)",
        ),
        (Filters(groups=("individual",)), "Individual participants"),
    ],
)
def test_label_names_every_filter(names, filters: Filters, label: str) -> None:
    assert selection.label(filters, names) == label


def test_network_and_country_keep_the_network_total(invented, names) -> None:
    sentence = _sentence(invented, names, Filters(groups=("city-net",), countries=("FI",)))
    assert sentence.startswith(
        "Test City Network in Finland — 2 of its 3 cities: Aurora City and Birch City. "
        "For the whole pilot: "
    )


def test_whole_network_reads_its_own_counts(invented, names) -> None:
    sentence = _sentence(invented, names, Filters(groups=("city-net",)))
    assert sentence.startswith(
        "Test City Network — 3 cities in 2 Member States: Aurora City, Birch City and Canal City."
    )
    assert "of its" not in sentence


def test_no_match_is_one_clear_sentence(invented, names) -> None:
    sentence = _sentence(invented, names, Filters(groups=("city-net",), types=("region",)))
    assert sentence.startswith(
        "No named participant matches: Test City Network (regions only). For the whole pilot:"
    )
    assert "none" not in sentence
    empty = invented.iloc[:0]
    assert selection.title_line(empty, "X") == "X — no participant matches"


def test_long_lists_say_how_many_more() -> None:
    names = [f"Region {i:02d}" for i in range(45)]
    text = selection.names_text(names)
    assert text.endswith("Region 39 and 5 more")


def test_whole_pilot_sentence_names_the_gap_and_every_country(invented, names) -> None:
    whole = _sentence(invented, names, Filters())
    assert "3 of 63 regions" in whole
    assert whole.endswith(
        "Named participants come from 6 of the 23 Member States represented: Finland, Greece, "
        "Hungary, Italy, Spain and Sweden."
    )


def test_whole_pilot_sentence_on_the_real_data(participants, announced) -> None:
    """The committed list, with every figure derived from its files (tests/live.py)."""
    whole = _sentence(participants, {}, Filters(), announced)
    regions = live.count(participant_type="region")
    assert f"{regions} of {announced['regions']} regions" in whole
    countries = sorted(country_name(code, "en") for code in live.countries())
    assert whole.endswith(f"{', '.join(countries[:-1])} and {countries[-1]}.")


def test_local_name_is_not_doubled() -> None:
    from pri_data.display_frames import display_name

    local = "Podkarpackie (Podkarpacie)"
    assert display_name("Podkarpackie", local) == local
    assert display_name("Brittany", "Bretagne") == "Brittany (Bretagne)"
    assert display_name("Turku", "Turku") == "Turku"
