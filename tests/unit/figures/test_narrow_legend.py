"""A map shown narrower than ``svg_map.NARROW_PX`` (800 px with the sidebar open: the map is
about 440 px wide) sets its legend under the map at a readable size, by CSS in its own <style>;
its viewBox, which a download keeps, still has the legend beside the map."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from figures import svg_map
from figures.svg_text import TEXT_SIZE
from tests.unit.figures.test_map_legend import VIEWS

SVG = "{http://www.w3.org/2000/svg}"
NUMBER = r"(-?[\d.]+)"


def _rule(style: str, part: str) -> str:
    return re.search(rf"#m-svg{part}\{{([^}}]*)\}}", style)[1]


@pytest.mark.parametrize("view", ["eu by network", "one network", "indicator map"])
def test_the_legend_goes_under_the_map_at_11_px_or_more(view: str) -> None:
    svg = svg_map.render(VIEWS[view](), "m")
    root = ET.fromstring(svg)
    style = root.find(f"{SVG}style").text
    assert f"@container (max-width:{svg_map.NARROW_PX}px)" in style
    width, height = map(float, root.get("viewBox").split()[2:])
    frame = root.find(f".//{SVG}svg[@class='pri-frame']")
    map_w, map_h, top = (float(frame.get(a)) for a in ("width", "height", "y"))
    tx, ty, k = map(float, re.search(
        rf"translate\({NUMBER}px,{NUMBER}px\) scale\({NUMBER}\)", _rule(style, ">.pri-legend")
    ).groups())  # fmt: skip
    s = float(re.search(rf"scale\({NUMBER}\)", _rule(style, ">.pri-body"))[1])
    shown_px = 440.0  # the map's width at 800 px with the sidebar open
    assert TEXT_SIZE * k * shown_px / width >= 11.0
    entries = [g for g in root.iter(f"{SVG}g") if g.get("class") == "pri-legend-entry"]
    xs = [float(r.get("x")) for g in entries for r in g.iter(f"{SVG}rect") if r.get("x")]
    ys = [float(t.get("y")) for g in entries for t in g.iter(f"{SVG}text")]
    assert min(xs) * k + tx >= 0 and (max(xs) + svg_map.LEGEND_WIDTH) * k + tx <= width * 1.01
    assert min(ys) * k + ty > top + map_h * s  # under the map, which spans the whole width
    assert map_w * s == pytest.approx(width, rel=0.001)
    shift = float(re.search(rf"translate\(0,{NUMBER}px\)", _rule(style, ">.pri-sources"))[1])
    sources = [t for t in root.iter(f"{SVG}text") if t.get("class") == "pri-source"]
    source_y = max(float(t.get("y")) for t in sources)
    assert source_y + shift > max(ys) * k + ty  # the source lines under the legend
    margin = float(re.search(rf"margin-bottom:{NUMBER}cqw", _rule(style, ""))[1])
    assert margin == pytest.approx(100 * shift / width, abs=0.01)  # the box holds it all
    assert height > top + map_h  # the viewBox (downloads) keeps the legend beside the map


def test_a_legend_below_the_map_keeps_its_layout() -> None:
    svg = svg_map.render(VIEWS["locator, confirmed"](), "m", legend="below", width=340)
    assert "@container" not in svg
