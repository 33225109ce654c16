"""The countries outside the EU on the SVG maps: one grey path under the EU's shapes, never a
participant (no tooltip, click or Tab stop), the last legend entry and named in the source line,
drawn only where the frame shows them; the profile locator's finer shapes."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pandas as pd
import pytest

from figures import map_specs, palette, svg_map
from geo.nuts import EU27
from geo.shapes import NEIGHBOURS_ID, file_text
from pri_data.i18n import translator_for

SVG = "{http://www.w3.org/2000/svg}"


def _frame(code: str, level: int, country: str, kind: str = "region", lonlat=(None, None)):
    lon, lat = lonlat
    return pd.DataFrame(
        {
            "id": ["p1"], "name_en": ["One"], "name_local": ["Un"],
            "participant_type": [kind], "country_code": [country], "nuts_code": [code],
            "nuts_level": [level], "lat": [lat], "lon": [lon], "confidence": ["confirmed"],
            "category_key": ["confirmed"], "category": ["Confirmed"], "detail": ["Region"],
            "groups_text": ["Groups: none"],
        }
    )  # fmt: skip


def _participant_map(frame: pd.DataFrame, lang: str = "en", fit: bool = True):
    return map_specs.participant_map(
        frame, "confidence", (), {"confirmed": "Confirmed"}, {}, "T", "S", fit=fit,
        tr=translator_for(lang),
    )  # fmt: skip


def _context_path(root: ET.Element) -> ET.Element:
    (group,) = [g for g in root.iter(f"{SVG}g") if g.get("class") == "pri-context"]
    (path,) = list(group)
    return path


def test_eu_view_draws_them_under_the_eu_and_never_as_a_participant() -> None:
    svg = svg_map.render(_participant_map(_frame("BE10", 2, "BE"), fit=False), "m")
    root = ET.fromstring(svg)
    frame = root.find(f".//{SVG}svg[@class='pri-frame']")
    groups = [g.get("class") for g in frame.iter(f"{SVG}g")]
    assert groups.index("pri-context") < groups.index("pri-base") < groups.index("pri-areas")
    path = _context_path(root)
    assert path.get("data-nuts") == NEIGHBOURS_ID and path.get("data-l") == "n"
    assert path.get("fill") == palette.OUTSIDE_EU
    for attr in ("data-pid", "data-tip", "tabindex", "role", "d"):
        assert path.get(attr) is None, attr  # geometry comes from static/map/neighbours.json
    entries = [e for e in root.iter(f"{SVG}g") if e.get("class") == "pri-legend-entry"]
    assert entries[-1].get("data-fill") == map_specs.OUTSIDE_KEY
    assert "Outside the EU" in "".join(entries[-1].itertext())
    assert "Natural Earth" in "".join(
        t.text or "" for t in root.iter(f"{SVG}text") if t.get("class") == "pri-source"
    )


def test_the_legend_and_source_line_are_translated() -> None:
    fig = _participant_map(_frame("BE10", 2, "BE"), lang="de", fit=False)
    assert fig.fills[-1].label == "Außerhalb der EU"
    assert "Länder außerhalb der EU" in fig.source


def test_a_self_contained_svg_holds_their_path() -> None:
    fig = _participant_map(_frame("BE10", 2, "BE"), fit=False)
    paths = {NEIGHBOURS_ID: file_text("n").split('"')[3]}
    assert _context_path(ET.fromstring(svg_map.render(fig, "m", paths=paths))).get("d")


def test_a_frame_without_them_has_no_context_and_no_legend_entry() -> None:
    fig = map_specs.locator_map(
        _frame("ES300", 3, "ES", "city", (-3.70, 40.42)), {}, "T", "S", translator_for("en")
    )  # Madrid: Portugal and Spain all around, no other country within the locator's frame
    assert fig.context == ()
    assert map_specs.OUTSIDE_KEY not in {f.key for f in fig.fills}
    assert "Natural Earth" not in fig.source


@pytest.mark.parametrize("code", ["FI1D", "EE00"])
def test_a_border_region_is_framed_with_them(code: str) -> None:
    fig = map_specs.locator_map(_frame(code, 2, code[:2]), {}, "T", "S", translator_for("en"))
    assert fig.context and fig.fills[-1].key == map_specs.OUTSIDE_KEY


def test_the_indicator_map_draws_them() -> None:
    values = pd.DataFrame(
        {"nuts_id": ["BE10"], "label": ["Bruxelles"], "value": [1.0], "year": [2020],
         "flag": [""]}
    )  # fmt: skip
    fig = map_specs.indicator_map(values, set(), "T", "%", "S", str)
    assert fig.context and fig.fills[-1].key == map_specs.OUTSIDE_KEY


def test_the_locator_uses_finer_shapes() -> None:
    """Countries from the finer file ('0f'); its own unit written in at the locator's detail
    (the 1:10M file less simplified, 0.1 km steps), with more points than the EU-wide file."""
    fig = map_specs.locator_map(_frame("FI1D", 2, "FI"), {}, "T", "S", translator_for("en"))
    assert {s.level for s in fig.base if s.nuts_id in EU27} == {"0f"}
    assert {s.level for s in fig.base if s.nuts_id not in EU27} == {2}  # outermost regions
    root = ET.fromstring(svg_map.render(fig, "p", legend="below", width=420))
    own = [p for p in root.iter(f"{SVG}path") if p.get("data-nuts") == "FI1D"]
    assert len(own) == 1 and own[0].get("d")
    eu_wide = file_text("2").split('"FI1D":"')[1].split('"')[0]
    assert own[0].get("d").count(" ") > 1.2 * eu_wide.count(" ")
    assert "." in own[0].get("d") and "." not in eu_wide
