"""How the tables are shown (issue 13, point 4; issue 12's "pas de données"): every table goes
through ui.tables, the profile's caveat stands beside the value, long names wrap in a pinned
column and a column with missing values is wide enough for the translated "no data"."""

from __future__ import annotations

import json

import pandas as pd

from tests.ui.apptest import run
from ui import tables


def _config(dataframe) -> dict:
    return json.loads(dataframe.proto.columns)


def test_profile_caveat_beside_the_value_names_wrapped_and_pinned() -> None:
    at = run("pages/profile.py", id="se-uppsala", lang="fr")
    (table,) = at.dataframe  # the indicators
    order = list(table.proto.column_order)
    # indicator (with its unit), value, year, then whose figure it is, before the comparisons
    assert order[:4] == ["indicator", "value", "year", "note"], order
    assert "(% du PIB)" in table.value["indicator"].iloc[0]
    config = _config(table)
    assert config["indicator"]["pinned"] is True
    assert config["note"]["label"] == "Origine du chiffre"
    assert table.proto.row_height > 64  # the grid wraps text only in rows above 4rem
    assert table.proto.placeholder == "pas de données"
    # EU has no figure for some indicators: its column shows "pas de données" whole
    assert config["EU"]["width"] >= tables.placeholder_width("pas de données")


def test_network_summary_keeps_counts_beside_long_names() -> None:
    at = run("pages/comparison.py", lang="de")
    table = next(d for d in at.dataframe if "members" in d.proto.column_order)
    config = _config(table)
    assert config["_index"]["pinned"] is True and config["_index"]["width"] == "medium"
    assert table.proto.row_height > 64


def test_placeholder_width_only_where_a_value_is_missing() -> None:
    frame = pd.DataFrame({"full": [1.0, 2.0], "gaps": [1.0, None], "set": [None, 1.0]})
    spec = {"full": "Full", "gaps": tables.number("Gaps"), "set": tables.number("Set", width=50)}
    config = tables.column_config(spec, frame, "keine Daten")
    assert config["full"]["width"] is None
    assert config["gaps"]["width"] == tables.placeholder_width("keine Daten") > 70
    assert config["set"]["width"] == 50  # a width of its own is kept
    assert config["full"]["label"] == "Full" and config["full"]["type_config"]["type"] == "text"
