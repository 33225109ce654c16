"""A map shown narrower than ``svg_narrow.NARROW_PX`` (800 px with the sidebar open: the map is
436 px wide) is laid out again by CSS in its own <style>: the map across the width, the
legend under it, and a larger copy of the title, the cities' labels and the source lines, so
every text reads at 10 px or more. Its viewBox, which a download keeps, still has the legend
beside the map, and the copies are hidden outside the narrow page."""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET

import pytest

from figures import svg_map, svg_narrow
from figures.svg_text import LABEL_SIZE, SOURCE_SIZE, TEXT_SIZE, overlap, text_width
from tests.unit.figures.test_map_legend import VIEWS

SVG = "{http://www.w3.org/2000/svg}"
NUMBER = r"(-?[\d.]+)"
SHOWN_PX = 436.0  # the map's width at 800 px with the sidebar open
LONG_TITLE = "Vanguard Initiative in Deutschland — 3 von 4 Regionen in 16 Mitgliedstaaten"


def _rule(svg: ET.Element, selector: str) -> str:
    """The declarations of the narrow rule for ``#m-svg{selector}``."""
    query = svg.find(f"{SVG}style").text.split("@container", 1)[1]
    return re.search(rf"#m-svg{re.escape(selector)}\{{([^}}]*)\}}", query)[1]


def _value(expr: str, sizes: dict[str, float]) -> float:
    """A CSS calc() length of the narrow rules, with the view's sizes put in, in SVG units."""
    expr = re.sub(r"var\(--([\w-]+)\)", lambda m: repr(sizes[m[1]]), expr)
    expr = expr.replace("calc", "").replace("px", "").replace("cqw", "")
    assert re.fullmatch(r"[\d.\s()+*/-]+", expr), expr  # arithmetic only, then evaluated
    return eval(expr, {"__builtins__": {}})


def _args(transform: str, name: str) -> list[str]:
    """The arguments of ``name(...)`` in a transform, nested parentheses and all."""
    start = transform.index(name + "(") + len(name) + 1
    depth, parts, part = 0, [], ""
    for ch in transform[start:]:
        if ch == ")" and depth == 0:
            return [*parts, part]
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            parts, part = [*parts, part], ""
        else:
            part += ch
    raise ValueError(transform)


def _narrow_layout(svg: ET.Element, titled: bool) -> dict[str, float]:
    """Where the narrow rules put the map, legend and source lines, and the box's bottom."""
    sizes_text = next(n for n in svg.iter(f"{SVG}style") if n.get("class") == "pri-sizes").text
    sizes = {k: float(v) for k, v in re.findall(r"--([\w-]+):(-?[\d.]+)", sizes_text)}
    sizes["top"] = sizes["narrow-title-h" if titled else "title-h"]
    body = _rule(svg, ">.pri-body").split(":", 1)[1]
    legend = _rule(svg, ">.pri-legend").split(":", 1)[1]
    sources = _rule(svg, ">.pri-sources-narrow").split(":", 1)[1]
    margin = re.search(r"margin-bottom:(.*)", _rule(svg, ""))[1]
    height = float(svg.get("viewBox").split()[3])
    return {
        "body_dy": _value(_args(body, "translate")[1], sizes),
        "s": _value(_args(body, "scale")[0], sizes),
        "legend_dx": _value(_args(legend, "translate")[0], sizes),
        "legend_dy": _value(_args(legend, "translate")[1], sizes),
        "k": _value(_args(legend, "scale")[0], sizes),
        "sources_dy": _value(_args(sources, "translate")[1], sizes),
        "bottom": height + _value(margin, sizes) * sizes["w"] / 100,
    }


def _render(view: str, **kwargs) -> ET.Element:
    fig = dataclasses.replace(VIEWS[view](), title=LONG_TITLE)
    return ET.fromstring(svg_map.render(fig, "m", **kwargs))


def _of_class(root: ET.Element, cls: str) -> list[ET.Element]:
    return [n for n in root.iter() if cls in (n.get("class") or "").split()]


@pytest.mark.parametrize("view", ["eu by network", "one network", "indicator map"])
@pytest.mark.parametrize("titled", [True, False], ids=["page", "presenting"])
def test_the_legend_goes_under_the_map_at_11_px_or_more(view: str, titled: bool) -> None:
    svg = _render(view)
    assert f"@container (max-width:{svg_narrow.NARROW_PX}px)" in svg.find(f"{SVG}style").text
    at = _narrow_layout(svg, titled)
    width, height = map(float, svg.get("viewBox").split()[2:])
    frame = svg.find(f".//{SVG}svg[@class='pri-frame']")
    map_w, map_h, top = (float(frame.get(a)) for a in ("width", "height", "y"))
    k, s = at["k"], at["s"]
    assert TEXT_SIZE * k * SHOWN_PX / width >= 11.0
    entries = _of_class(svg, "pri-legend-entry")
    xs = [float(r.get("x")) for g in entries for r in g.iter(f"{SVG}rect") if r.get("x")]
    ys = [float(t.get("y")) for g in entries for t in g.iter(f"{SVG}text")]
    left, right = min(xs) * k + at["legend_dx"], (max(xs) + svg_map.LEGEND_WIDTH) * k
    assert left >= 0 and right + at["legend_dx"] <= width * 1.01
    map_top = top * s + at["body_dy"]
    assert min(ys) * k + at["legend_dy"] > map_top + map_h * s  # under the map
    assert map_w * s == pytest.approx(width, rel=0.001)  # which spans the whole width
    title = _of_class(svg, "pri-title-narrow")[0]
    title_bottom = max(float(t.get("y")) for t in title.iter(f"{SVG}tspan"))
    if titled:
        assert map_top > title_bottom  # the larger title above the map
    else:  # presenting: the page crops the wide title's height and shows no title
        assert map_top == pytest.approx(top)
    sources = _of_class(svg, "pri-source-narrow")
    source_y = max(float(t.get("y")) for t in sources) + at["sources_dy"]
    assert min(float(t.get("y")) for t in sources) + at["sources_dy"] > max(ys) * k + at[
        "legend_dy"
    ]  # the source lines under the legend
    assert at["bottom"] >= source_y  # the box holds it all
    assert height > top + map_h  # the viewBox (downloads) keeps the legend beside the map


def test_a_filter_change_sends_only_the_sizes_of_the_narrow_layout() -> None:
    """The rules are the same for every view of a map; its sizes are a few numbers apart."""
    one, other = _render("eu by network"), _render("one network")
    assert one.find(f"{SVG}style").text == other.find(f"{SVG}style").text
    sizes = [next(n for n in s.iter(f"{SVG}style") if n.get("class") == "pri-sizes").text
             for s in (one, other)]  # fmt: skip
    assert sizes[0] != sizes[1] and all(len(text) < 250 for text in sizes)


def test_the_title_labels_and_sources_have_a_larger_copy_only_the_narrow_page_shows() -> None:
    svg = _render("eu by network")
    style = svg.find(f"{SVG}style").text
    assert ".pri-narrow{display:none}" in style.split("@container")[0]  # hidden everywhere else
    query = style.split("@container", 1)[1]
    assert "#m-svg>.pri-title,#m-svg>.pri-sources,#m-svg .pri-labels{display:none}" in query
    assert "#m-svg .pri-narrow{display:inline}" in query
    assert "#m-svg.pri-untitled>.pri-title-narrow{display:none}" in query
    width = float(svg.get("viewBox").split()[2])
    px = SHOWN_PX / width  # a canvas unit on the narrow page

    (wide_title,), (narrow_title,) = _of_class(svg, "pri-title"), _of_class(svg, "pri-title-narrow")
    assert "pri-narrow" in narrow_title.get("class").split()
    assert " ".join("".join(narrow_title.itertext()).split()) == LONG_TITLE
    assert " ".join("".join(wide_title.itertext()).split()) == LONG_TITLE
    assert float(narrow_title.get("font-size")) * px >= 14.0
    for span in narrow_title.iter(f"{SVG}tspan"):  # wrapped for its size
        assert text_width(span.text.strip(), float(narrow_title.get("font-size"))) <= width

    (group,) = _of_class(svg, "pri-sources-narrow")
    assert "pri-narrow" in group.get("class").split()
    narrow_sources = _of_class(svg, "pri-source-narrow")
    wide_sources = _of_class(svg, "pri-source")
    assert " ".join(t.text for t in narrow_sources) == " ".join(t.text for t in wide_sources)
    assert SOURCE_SIZE * svg_narrow.SOURCE_SCALE * px >= 10.0
    assert all(float(t.get("font-size")) * px >= 10.0 for t in narrow_sources)


def _boxes(group: ET.Element) -> list[tuple[float, float, float, float]]:
    out, size = [], float(group.get("font-size"))
    for t in group.iter(f"{SVG}text"):
        x, y = float(t.get("x")), float(t.get("y"))
        w = text_width(t.text, size)
        left = {"start": x, "end": x - w, "middle": x - w / 2}[t.get("text-anchor")]
        out.append((left, y - size, left + w, y))
    return out


def test_the_narrow_city_labels_read_at_11_px_and_keep_clear_of_each_other() -> None:
    svg = _render("eu by network")
    frame = svg.find(f".//{SVG}svg[@class='pri-frame']")
    width = float(svg.get("viewBox").split()[2])
    map_units = float(frame.get("viewBox").split()[2]) / float(frame.get("width"))
    body_scale = width / float(frame.get("width"))
    (wide,), (narrow,) = _of_class(svg, "pri-labels"), _of_class(svg, "pri-labels-narrow")
    assert "pri-narrow" in narrow.get("class").split()
    names = [t.text for t in wide.iter(f"{SVG}text")]
    assert len(names) >= 2 and [t.text for t in narrow.iter(f"{SVG}text")] == names
    # map units -> canvas units -> px on the narrow page
    px = float(narrow.get("font-size")) / map_units * body_scale * SHOWN_PX / width
    assert px == pytest.approx(svg_narrow.LABEL_UNITS * SHOWN_PX / width, rel=0.01)
    assert px >= 11.0
    assert float(wide.get("font-size")) == pytest.approx(LABEL_SIZE * map_units, rel=0.001)
    boxes = _boxes(narrow)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not overlap(a, b), (a, b)


def test_a_legend_below_the_map_keeps_its_layout() -> None:
    svg = svg_map.render(VIEWS["locator, confirmed"](), "m", legend="below", width=340)
    assert "@container" not in svg
    assert "pri-narrow" not in svg  # nor a narrow copy of its title, labels or source lines
