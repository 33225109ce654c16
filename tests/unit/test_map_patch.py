"""ui.map_patch: a filter change sends only what changed, and applying it (as pri-map.js does)
gives exactly the new SVG."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from figures import map_specs, svg_map
from figures.map_figure import Dot, Fill, MapFigure, Shape
from ui import map_patch

NS = f"{{{map_patch.SVG_NS}}}"


def _apply(svg: str, ops: list) -> ET.Element:
    """pri-map.js's applyPatch, on ElementTree: the operations in order, on the old SVG."""
    root = ET.fromstring(svg)
    parents: dict[int, ET.Element] = {}

    def at(path: list[int]) -> ET.Element:
        node = root
        for i in path:
            parents[id(node[i])] = node
            node = node[i]
        return node

    def parse(markups: list[str]) -> list[ET.Element]:
        return list(ET.fromstring(f'<svg xmlns="{map_patch.SVG_NS}">{"".join(markups)}</svg>'))

    for kind, path, arg in ops:
        node = at(path)
        if kind == "a":
            for name, value in arg.items():
                if value is None:
                    node.attrib.pop(name, None)
                else:
                    node.set(name, value)
        elif kind == "t":
            node.text = arg
        elif kind == "r":
            parent = parents[id(node)]
            parent[list(parent).index(node)] = parse([arg])[0]
        elif kind == "c":
            old = list(node)
            fresh = iter(parse([a for a in arg if isinstance(a, str)]))
            node[:] = [next(fresh) if isinstance(a, str) else old[a] for a in arg]
    return root


def _canonical(element: ET.Element) -> str:
    return ET.tostring(element, encoding="unicode")


def _figure(keys: list[str], title: str, frame=(0.0, 0.0, 1000.0, 800.0)) -> MapFigure:
    fills = (Fill("a", "#E69F00", "Network A"), Fill("b", "#56B4E9", "Network B"))
    shapes = tuple(
        Shape(code, 2, "a" if i % 2 else "b", (f"Region {code}", "Region & <co>"), f"p-{code}")
        for i, code in enumerate(keys)
    )
    base = tuple(Shape(c, 0, "a", (f"Country {c}",)) for c in ("BE", "NL", "IT"))
    dots = tuple(Dot(10.0 * i, 20.0, "a", f"City {c}", (f"City {c}",), f"c-{c}") for i, c in
                 enumerate(keys[:2]))
    return MapFigure(title, "Source. © EuroGeographics", frame, fills, base, shapes, dots=dots)


def _svg(fig: MapFigure) -> str:
    return svg_map.render(fig, "test_map")


CASES = {
    "fewer participants, new title and frame": (
        ["BE21", "BE22", "NL11", "ITC4"], ["NL11"], (100.0, 50.0, 400.0, 300.0)
    ),
    "other participants": (["BE21", "BE22"], ["ITC4", "ITH3", "BE22"], (0.0, 0.0, 1000.0, 800.0)),
    "same map": (["BE21"], ["BE21"], (0.0, 0.0, 1000.0, 800.0)),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_applying_the_patch_gives_the_new_svg(case: str) -> None:
    before, after, frame = CASES[case]
    old = _svg(_figure(before, "All"))
    new = _svg(_figure(after, "All" if before == after else "Some", frame))
    ops = map_patch.diff(old, new)
    assert _canonical(_apply(old, ops)) == _canonical(ET.fromstring(new))
    if before == after:
        assert ops == []


def test_a_kept_region_is_patched_not_resent() -> None:
    old = _svg(_figure(["BE21", "BE22", "NL11"], "All"))
    new = _svg(_figure(["NL11"], "Only NL11"))
    text = json.dumps(map_patch.diff(old, new))
    assert "p-NL11" not in text  # the kept path stays in the page; only its position moves
    assert "Only NL11" in text
    assert len(text) < len(new) / 2


def test_payload_is_the_whole_svg_first_then_a_patch() -> None:
    docs = map_patch.Documents(size=4)
    map_patch.DOCUMENTS, saved = docs, map_patch.DOCUMENTS
    try:
        old = _svg(_figure(["BE21", "BE22", "NL11"], "All"))
        new = _svg(_figure(["NL11"], "Only NL11"))
        first = map_patch.payload(old, None)
        assert first == {"rev": map_patch.rev(old), "svg": old}
        second = map_patch.payload(new, first["rev"])
        assert second["base"] == first["rev"] and "svg" not in second
        assert map_patch.svg_for(second) == new
        assert map_patch.payload(new, second["rev"])["patch"] == []  # a rerun, same map
        assert "svg" in map_patch.payload(new, "unknown-base")  # the base is not remembered
    finally:
        map_patch.DOCUMENTS = saved


def test_documents_are_bounded() -> None:
    docs = map_patch.Documents(size=2)
    keys = [docs.put(f"<svg>{i}</svg>") for i in range(3)]
    assert docs.get(keys[0]) is None and docs.get(keys[2]) == "<svg>2</svg>"


def test_a_real_filter_change_is_small() -> None:
    """The participant map, unfiltered then one network's: the patch is well under 20 KB and
    rebuilds the filtered SVG exactly."""
    fills = (Fill("g1", "#E69F00", "G1"), Fill(map_specs.REPRESENTED_KEY, "#ccc", "R"))
    every = [f"DE{i:02d}" for i in range(60)]
    big = MapFigure("All", "S", (0.0, 0.0, 1.0, 1.0), fills,
                    shapes=tuple(Shape(c, 2, "g1", (c, "tip " * 20), c) for c in every))
    small = MapFigure("One", "S", (0.0, 0.0, 0.5, 0.5), fills,
                      shapes=tuple(Shape(c, 2, "g1", (c, "tip " * 20), c) for c in every[:4]))
    old, new = svg_map.render(big, "m"), svg_map.render(small, "m")
    ops = map_patch.diff(old, new)
    assert len(json.dumps(ops)) < 2_000 < len(new)
    assert _canonical(_apply(old, ops)) == _canonical(ET.fromstring(new))
