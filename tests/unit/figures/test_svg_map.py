"""The SVG map builder: every unit once with its id, insets inside their boxes, coordinates in
EPSG:3035, the same output on every run, text escaped, labels apart."""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET

import geopandas as gpd
import pytest
import shapely

from figures import map_figure, map_framing, map_specs, svg_map, svg_text
from figures.map_figure import Dot, Fill, MapFigure, Shape
from geo.nuts import EU27, load_nuts
from geo.projection import INSETS, MAINLAND, eu_frame, inset_boxes
from geo.shapes import level_paths
from tests.unit.figures.belgium import belgium_frame

SVG = "{http://www.w3.org/2000/svg}"


def _level_figure(level: int) -> MapFigure:
    codes = sorted(level_paths(level))
    return MapFigure(
        title="Title <&>",
        source=map_specs.source_line("Source"),
        frame=eu_frame(),
        fills=(Fill("a", "#0072B2", "A"),),
        base=tuple(Shape(c, level, "a", (c,)) for c in codes),
        insets=map_framing.insets(),
    )


@pytest.mark.parametrize("level", [0, 2])
def test_every_unit_of_the_level_appears_once_with_its_id(level: int) -> None:
    svg = svg_map.render(_level_figure(level), "t", paths=level_paths(level))
    root = ET.fromstring(svg)
    ids = [p.get("data-nuts") for p in root.iter(f"{SVG}path")]
    expected = sorted(load_nuts().query("level == @level")["nuts_id"])
    assert sorted(ids) == expected
    assert len(ids) == len(set(ids))
    assert all(p.get("d") for p in root.iter(f"{SVG}path"))


def test_output_is_the_same_on_every_run() -> None:
    fig = _level_figure(0)
    assert svg_map.render(fig, "t", paths=level_paths(0)) == svg_map.render(
        fig, "t", paths=level_paths(0)
    )


def test_text_is_escaped() -> None:
    svg = svg_map.render(_level_figure(0), "t")
    assert "Title &lt;&amp;&gt;" in svg
    ET.fromstring(svg)  # well-formed


def test_a_long_title_wraps_inside_the_canvas_and_moves_the_map_down() -> None:
    """A German title ('… in 16 Mitgliedstaaten') ran off the right edge at 1280 px."""
    short = ET.fromstring(svg_map.render(_level_figure(0), "t", width=600))
    long_title = "Vanguard Initiative in Deutschland — 3 von 4 Regionen in 16 Mitgliedstaaten " * 2
    fig = dataclasses.replace(_level_figure(0), title=long_title.strip())
    root = ET.fromstring(svg_map.render(fig, "t", width=600))
    title = next(t for t in root.iter(f"{SVG}text") if t.get("class") == "pri-title")
    lines = [span.text for span in title.iter(f"{SVG}tspan")]
    assert len(lines) > 1
    assert " ".join(line.strip() for line in lines) == long_title.strip()
    assert all(svg_text.text_width(line.strip(), svg_text.TITLE_SIZE) <= 600 for line in lines)

    def frame_y(svg: ET.Element) -> float:
        frame = next(s for s in svg.iter(f"{SVG}svg") if s.get("class") == "pri-frame")
        return float(frame.get("y"))

    assert frame_y(root) > frame_y(short)


def _path_points(d: str) -> list[tuple[float, float]]:
    """Absolute points of 'Mx yl dx dy ... z' rings."""
    points = []
    for ring in re.findall(r"M([^l]+)l([^z]*)z", d):
        x, y = map(float, ring[0].split())
        points.append((x, y))
        steps = list(map(float, ring[1].split()))
        for dx, dy in zip(steps[::2], steps[1::2], strict=True):
            x, y = x + dx, y + dy
            points.append((x, y))
    return points


def test_mainland_coordinates_are_epsg_3035_kilometres() -> None:
    """Brussels (BE10) drawn where EPSG:3035 puts it: x = easting/1000, y = -northing/1000."""
    points = _path_points(level_paths(2)["BE10"])
    nuts = load_nuts()
    unit = nuts[nuts["nuts_id"] == "BE10"].to_crs(3035).geometry.iloc[0]
    minx, miny, maxx, maxy = unit.bounds
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    assert min(xs) == pytest.approx(minx / 1000, abs=2.5)
    assert max(xs) == pytest.approx(maxx / 1000, abs=2.5)
    assert -max(ys) == pytest.approx(miny / 1000, abs=2.5)
    assert -min(ys) == pytest.approx(maxy / 1000, abs=2.5)


def test_every_mainland_unit_lies_in_the_mainland_frame() -> None:
    minx, miny, maxx, maxy = MAINLAND
    for code, d in level_paths(0).items():
        for x, y in _path_points(d):
            inside_mainland = minx <= x <= maxx and miny <= y <= maxy
            in_an_inset = any(
                bx <= x <= bx + bw and by <= y <= by + bh
                for bx, by, bw, bh in inset_boxes().values()
            )
            assert inside_mainland or in_an_inset, (code, x, y)


@pytest.mark.parametrize("inset", INSETS, ids=lambda i: i.code)
def test_outermost_regions_sit_inside_their_boxes(inset) -> None:
    bx, by, bw, bh = inset_boxes()[inset.code]
    points = _path_points(level_paths(2)[inset.code])
    assert points
    for x, y in points:
        assert bx <= x <= bx + bw and by <= y <= by + bh
    # and fill a fair part of the box (no speck in an empty square)
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    assert max(max(xs) - min(xs), max(ys) - min(ys)) > 0.4 * min(bw, bh)


def test_france_is_its_mainland_and_its_outermost_regions_are_drawn_in_their_boxes() -> None:
    """France's outline stops at its mainland; on the EU view its five outermost regions are
    drawn in their boxes by their own units, with France's fill and tooltip."""
    minx, miny, maxx, maxy = MAINLAND
    france_outline = _path_points(level_paths(0)["FR"])
    assert all(minx <= x <= maxx and miny <= y <= maxy for x, y in france_outline)
    fig = map_specs.participant_map(belgium_frame(), "network", ["g1"], {"g1": "G1"}, {"FR": "Fr"},
                                    "T", "S", fit=False)  # fmt: skip
    france = next(s for s in fig.base if s.nuts_id == "FR")
    outermost = [s for s in fig.base if s.nuts_id.startswith("FRY")]
    assert [s.nuts_id for s in outermost] == ["FRY1", "FRY2", "FRY3", "FRY4", "FRY5"]
    assert all((s.level, s.fill, s.tip) == (2, france.fill, ("Fr",)) for s in outermost)


def test_city_labels_do_not_collide() -> None:
    dots = tuple(Dot(100.0 + i * 3, 100.0, "a", f"City number {i}") for i in range(6))
    placed = [p for p in svg_text.place_labels(dots, 12.0, 5.0) if p is not None]
    boxes = []
    for (x, y, anchor), dot in zip(placed, dots, strict=False):
        w = svg_text.text_width(dot.label, 12.0)
        left = x if anchor == "start" else x - w if anchor == "end" else x - w / 2
        boxes.append((left, y - 12.0, left + w, y))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not svg_text.overlap(a, b)


def test_fit_frame_keeps_surroundings_and_aspect() -> None:
    x, y, w, h = map_figure.fit_frame((0, 0, 100, 10), min_size=700)
    assert w >= 700 and h >= 700 / 1.5 and 0.8 <= w / h <= 1.5
    assert x < 0 and x + w > 100


def test_participant_map_draws_countries_and_participants() -> None:
    frame = belgium_frame()
    fig = map_specs.participant_map(frame, "network", ["g1"], {"g1": "G1"}, {}, "T", "S")
    svg = svg_map.render(fig, "m")
    root = ET.fromstring(svg)
    base = root.find(f".//{SVG}g[@class='pri-base']")
    # framed on Belgium: the countries, none of the outermost regions' boxes
    assert sorted(p.get("data-nuts") for p in base) == sorted(EU27)
    assert [p.get("data-pid") for p in root.iter(f"{SVG}path") if p.get("data-pid")] == ["p1"]
    city = [c for c in root.iter(f"{SVG}circle") if c.get("data-pid")]
    assert city[0].get("data-pid") == "c1" and city[0].get("tabindex") == "0"
    assert "Région Un" in svg  # the local name in the tooltip
    x, y, w, h = fig.frame
    assert w < 0.5 * eu_frame()[2]  # framed on Belgium, not the EU


def test_frame_points_are_in_epsg_3035() -> None:
    """A city dot lands where EPSG:3035 puts it."""
    from geo.projection import map_point

    x, y = map_point(4.70093, 50.87959)
    p = gpd.GeoSeries([shapely.Point(4.70093, 50.87959)], crs=4326).to_crs(3035).iloc[0]
    assert (x, y) == pytest.approx((p.x / 1000, -p.y / 1000))
