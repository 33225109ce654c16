"""Presentation mode: a map drawn for a screen's shape (``svg_map.render(box=...)``) has that
shape below its title, its frame widened about the selection, its legend in two columns when
one would be too tall."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from figures import svg_map, svg_text
from figures.map_figure import Fill, MapFigure, widen
from geo import neighbours
from geo.projection import eu_frame

SVG = "{http://www.w3.org/2000/svg}"


def _figure(n_fills: int) -> MapFigure:
    fills = tuple(Fill(f"k{i}", "#0072B2", f"Entry number {i}") for i in range(n_fills))
    return MapFigure("Title", "Source line", eu_frame(), fills, legend_title="Legend")


def _visible_aspect(svg: str) -> float:
    root = ET.fromstring(svg)
    _x, _y, w, h = map(float, root.get("viewBox").split())
    return w / (h - float(root.get("data-title-height")))


def _legend_columns(svg: str) -> int:
    root = ET.fromstring(svg)
    entries = [g for g in root.iter(f"{SVG}g") if g.get("class") == "pri-legend-entry"]
    return len({g.find(f"{SVG}rect").get("x") for g in entries})


@pytest.mark.parametrize("box", [2.0, 2.47])
def test_the_svg_takes_the_screens_shape(box: float) -> None:
    svg = svg_map.render(_figure(5), "m", box=box)
    assert _visible_aspect(svg) == pytest.approx(box, rel=0.01)
    assert _legend_columns(svg) == 1


def test_a_tall_legend_goes_into_two_columns() -> None:
    svg = svg_map.render(_figure(14), "m", box=3.3)
    assert _legend_columns(svg) == 2
    assert _visible_aspect(svg) == pytest.approx(3.3, rel=0.01)


def test_the_frame_is_widened_about_its_centre_up_to_the_cap() -> None:
    fig, _width, _columns = svg_map.fill_box(_figure(3), "m", 1000.0, 5.0)
    x, y, w, h = fig.frame
    ex, ey, ew, eh = eu_frame()
    assert (y, h) == (ey, eh)
    assert w / h == pytest.approx(svg_map.MAX_ASPECT)
    assert x + w / 2 == pytest.approx(ex + ew / 2)


def test_the_eu_view_is_widened_to_the_east() -> None:
    """No more empty Atlantic west of the insets: the EU view keeps its west edge."""
    from figures.map_framing import insets

    fig = MapFigure("T", "S", eu_frame(), (), insets=insets())
    widened, _width, _columns = svg_map.fill_box(fig, "m", 1000.0, 1.6)
    assert widened.frame[0] == eu_frame()[0]
    assert widened.frame[2] > eu_frame()[2]
    # as wide as it gets (a legend of one column): never past the east edge of the neighbours'
    # geometry (there the map would show sea where Russia is), the rest to the west
    wide, _width, _columns = svg_map.fill_box(fig, "m", 1000.0, 5.0)
    x, _y, w, _h = wide.frame
    assert x + w <= neighbours.CLIP[2] and x < eu_frame()[0]


def test_widen_never_cuts() -> None:
    assert widen((0, 0, 100, 100), 2.0) == (-50, 0, 200, 100)
    assert widen((0, 0, 400, 100), 2.0) == (0, -50, 400, 200)


def test_without_a_box_nothing_changes() -> None:
    fig = _figure(5)
    assert svg_map.render(fig, "m") == svg_map.render(fig, "m", box=0.0)
    frame = " ".join(svg_text.num(v) for v in fig.frame)
    assert f'viewBox="{frame}"' in svg_map.render(fig, "m")
