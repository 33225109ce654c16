"""Headline counts against the announcement, the tables behind them and the press sentence."""

from __future__ import annotations

import pandas as pd
import pytest

from pri_data import load
from pri_data.i18n import ENGLISH
from pri_data.summary import (
    Count,
    announced_figures,
    announced_totals,
    counts_table,
    group_counts,
    headline_counts,
    noun,
)
from tests import live


def test_announced_totals(announced: dict[str, int]) -> None:
    keys = ("regions", "cities", "member_states", "member_states_represented", "networks")
    assert announced == {key: live.announced(key) for key in keys}


def test_headline_counts(
    participants: pd.DataFrame, groups: pd.DataFrame, announced: dict[str, int]
) -> None:
    counts = {c.key: c for c in headline_counts(participants, groups, announced)}
    for key, kind in (("regions", "region"), ("cities", "city"), ("member_states", "member_state")):
        n = [live.count(participant_type=kind, confidence=c) for c in ("confirmed", "likely")]
        assert counts[key] == Count(key, sum(n), n[0], n[1], live.announced(key))
    represented = len(live.countries())
    key = "member_states_represented"
    assert counts[key] == Count(key, represented, represented, 0, live.announced(key))
    n, key = live.networks(), "networks"
    assert counts[key] == Count(key, n, n, 0, live.announced(key))


def test_headline_sentences(
    participants: pd.DataFrame, groups: pd.DataFrame, announced: dict[str, int]
) -> None:
    sentences = {c.key: c.sentence() for c in headline_counts(participants, groups, announced)}
    assert sentences["regions"] == live.regions_sentence()
    assert sentences["cities"] == (
        f"{live.count(participant_type='city')} cities named in public sources "
        f"({live.announced('cities')} announced)"
    )
    assert sentences["member_states"].startswith(
        f"{live.count(participant_type='member_state')} of {live.announced('member_states')} "
        "Member States"
    )
    assert sentences["networks"] == (
        f"{live.networks()} of {live.announced('networks')} networks named in public sources"
    )
    counts = headline_counts(participants, groups, announced)
    figures = {c.key: c.figure_in(ENGLISH) for c in counts}
    cities, regions = live.count(participant_type="city"), live.count(participant_type="region")
    # never a bare number beside "x of y"
    assert figures["cities"] == f"{cities} ({live.announced('cities')} announced)"
    assert figures["regions"] == f"{regions} of {live.announced('regions')}"


@pytest.mark.parametrize(
    ("count", "sentence"),
    [
        (Count("regions", 1, 0, 1, None),
            "1 region named in public sources: 0 confirmed, 1 likely"),
        (Count("cities", 1, 1, 0, 7), "1 of 7 cities named in public sources"),
        (Count("networks", 7, 7, 0, 6), "7 networks named in public sources (6 announced)"),
        (Count("cities", 7, 7, 0, 7), "7 of 7 cities named in public sources"),
    ],
)  # fmt: skip
def test_sentence_variants(count: Count, sentence: str) -> None:
    assert count.sentence() == sentence


def test_sentence_plurals_in_french_and_dutch() -> None:
    from pri_data.i18n import translator_for

    one = Count("regions", 1, 1, 0, None)
    assert one.sentence(translator_for("nl")) == "1 regio genoemd in openbare bronnen"
    assert Count("regions", 2, 2, 0, None).sentence(translator_for("fr")).startswith("2 régions")


def test_noun_is_singular_for_one() -> None:
    assert noun("cities", 1, ENGLISH) == "city"
    assert noun("cities", 2, ENGLISH) == "cities"


def test_counts_table_by_type(participants: pd.DataFrame) -> None:
    table = counts_table(participants, "participant_type")
    kinds = ["region", "city", "member_state"]
    expected = pd.DataFrame(
        {
            "confirmed": [live.count(participant_type=k, confidence="confirmed") for k in kinds],
            "likely": [live.count(participant_type=k, confidence="likely") for k in kinds],
            "total": [live.count(participant_type=k) for k in kinds],
        },
        index=pd.Index(kinds),
    )
    pd.testing.assert_frame_equal(
        table, expected, check_names=False, check_index_type=False, check_dtype=False
    )


def test_group_counts_count_a_participant_in_each_group(
    participants: pd.DataFrame, groups: pd.DataFrame
) -> None:
    table = group_counts(participants, dict(zip(groups["id"], groups["name"], strict=True)))
    assert table.loc["Cities 4.0 Consortium", "total"] == len(live.members("cities-4-0"))
    assert table.loc["Individual", "total"] == live.individuals()
    assert table["total"].sum() == len(participants.explode("group_ids"))
    assert table["total"].sum() > len(participants)  # North Karelia is in two groups


def test_announced_figures_come_from_the_file() -> None:
    totals = announced_totals(load.load_announced())
    figures = announced_figures(totals)
    assert figures["regions"] == str(live.announced("regions"))
    assert figures["represented"] == str(live.announced("member_states_represented"))
    assert figures["date"] == "17 May 2022"
    assert announced_figures({"regions": 63})["networks"] == "no data"
