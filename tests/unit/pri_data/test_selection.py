"""The selection in words: every active filter named, a group's own totals kept beside the
filtered counts, one clear sentence when nothing matches."""

from __future__ import annotations

import pytest

from pri_data import load, selection
from pri_data.filters import Filters, apply_filters


@pytest.fixture(scope="module")
def names() -> dict[str, str]:
    groups = load.load_groups()
    return dict(zip(groups["id"], groups["name"], strict=True))


def _sentence(participants, announced, names, filters: Filters) -> str:
    chosen = apply_filters(participants, filters)
    return selection.press_sentence(chosen, participants, announced, filters, names)


@pytest.mark.parametrize(
    ("filters", "label"),
    [
        (Filters(), "All named participants"),
        (Filters(groups=("cities-4-0",)), "Cities 4.0 Consortium"),
        (Filters(groups=("cities-4-0",), countries=("FI",)), "Cities 4.0 Consortium in Finland"),
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


def test_network_and_country_keep_the_network_total(participants, announced, names) -> None:
    filters = Filters(groups=("cities-4-0",), countries=("FI",))
    sentence = _sentence(participants, announced, names, filters)
    whole = apply_filters(participants, Filters(groups=("cities-4-0",)))
    n_cities = int((whole["participant_type"] == "city").sum())
    assert sentence.startswith(
        f"Cities 4.0 Consortium in Finland — 2 of its {n_cities} cities: Espoo and Turku. "
        "For the whole pilot: "
    )


def test_whole_network_reads_its_own_counts(participants, announced, names) -> None:
    sentence = _sentence(participants, announced, names, Filters(groups=("cities-4-0",)))
    assert sentence.startswith("Cities 4.0 Consortium — 6 cities in 5 Member States: Bologna")
    assert "of its" not in sentence


def test_no_match_is_one_clear_sentence(participants, announced, names) -> None:
    filters = Filters(groups=("cities-4-0",), types=("region",))
    sentence = _sentence(participants, announced, names, filters)
    assert sentence.startswith(
        "No named participant matches: Cities 4.0 Consortium (regions only). For the whole pilot:"
    )
    assert "none" not in sentence
    empty = participants.iloc[:0]
    assert selection.title_line(empty, "X") == "X — no participant matches"


def test_long_lists_say_how_many_more() -> None:
    names = [f"Region {i:02d}" for i in range(45)]
    text = selection.names_text(names)
    assert text.endswith("Region 39 and 5 more")


def test_whole_pilot_sentence_is_unchanged(participants, announced, names) -> None:
    whole = _sentence(participants, announced, names, Filters())
    regions = announced["regions"]
    n_regions = int((participants["participant_type"] == "region").sum())
    assert f"{n_regions} of {regions} regions" in whole
    assert "Greece" in whole and "Spain and Sweden." in whole


def test_local_name_is_not_doubled() -> None:
    from pri_data.display_frames import display_name

    local = "Podkarpackie (Podkarpacie)"
    assert display_name("Podkarpackie", local) == local
    assert display_name("Brittany", "Bretagne") == "Brittany (Bretagne)"
    assert display_name("Turku", "Turku") == "Turku"
