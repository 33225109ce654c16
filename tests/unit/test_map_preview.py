"""The map's still picture (ui/map_preview.py): one Markdown image holding the whole map, inert,
framed as the live map is, with every data string kept out of Markdown's reach."""

from __future__ import annotations

import base64
import re
import xml.etree.ElementTree as ET

from figures import map_specs, svg_map
from geo.shapes import coarse_paths, served_paths
from tests.unit.figures.belgium import belgium_frame
from ui import map_preview, served_pictures

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = "Région ](javascript:alert(1)) <b>*x*</b>\n\n# not a heading"


def _svg(name: str = "Region One") -> str:
    frame = belgium_frame(name)
    fig = map_specs.participant_map(frame, "network", ["g1"], {"g1": name}, {}, name, "S")
    return svg_map.render(fig, "m")


def _decode(markdown: str) -> ET.Element:
    match = re.fullmatch(r"!\[\]\(data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)\)", markdown)
    assert match, markdown[:80]
    return ET.fromstring(base64.b64decode(match.group(1)))


def test_picture_is_one_markdown_image_of_the_whole_map() -> None:
    svg = _svg()
    root = _decode(map_preview.picture(svg, False))
    live = ET.fromstring(svg)
    shapes = [p for p in live.iter(f"{SVG}path") if p.get("data-nuts")]
    assert shapes and not any(p.get("d") for p in shapes)  # the live map gets them in the browser
    drawn = [p for p in root.iter(f"{SVG}path") if p.get("d")]
    assert len(drawn) == len(list(live.iter(f"{SVG}path")))  # every one written in
    assert root.get("viewBox") == live.get("viewBox")
    width, height = (float(root.get(k)) for k in ("width", "height"))
    assert width == map_preview.SCALE * float(live.get("width"))  # wider than any column
    assert abs(width / height - float(live.get("width")) / float(live.get("height"))) < 1e-3


def test_picture_is_inert_and_its_ids_are_its_own() -> None:
    root = _decode(map_preview.picture(_svg(), False))
    ids = {n.get("id") for n in root.iter() if n.get("id")}
    assert ids and all(i.startswith(map_preview.PREFIX) for i in ids)
    for node in root.iter():
        assert not {"data-tip", "data-pid", "tabindex", "role", "data-nuts"} & set(node.attrib)
        for value in node.attrib.values():
            for ref in re.findall(r"url\(#([^)]+)\)", value):
                assert ref in ids  # the hatching still resolves, to the picture's own pattern


def test_picture_leaves_out_the_narrow_pages_copies() -> None:
    """An image is in no container, so the narrow layout (figures.svg_narrow) never applies:
    its larger title and source lines would be dead bytes in the first paint's message."""
    svg = _svg()
    assert "pri-narrow" in svg
    root = _decode(map_preview.picture(svg, False))
    assert not [n for n in root.iter() if "pri-narrow" in (n.get("class") or "")]
    assert [n for n in root.iter() if n.get("class") == "pri-title"]  # the wide copy stays


def test_picture_crops_the_title_as_the_live_map_does_when_hidden() -> None:
    svg = _svg()
    live = ET.fromstring(svg)
    top = float(live.get("data-title-height"))
    cropped = _decode(map_preview.picture(svg, True))
    _x, y, _w, h = (float(v) for v in cropped.get("viewBox").split())
    assert y == top and h == float(live.get("viewBox").split()[3]) - top


def test_data_strings_never_reach_markdown() -> None:
    """A name with Markdown and HTML in it is text in the SVG, and the Markdown holds base64."""
    markdown = map_preview.picture(_svg(HOSTILE), False)
    root = _decode(markdown)
    assert HOSTILE.split("\n")[0] in "".join(root.itertext())
    assert "<" not in markdown and "\n" not in markdown and markdown.count("](") == 1


def test_the_countries_outside_the_eu_keep_only_the_rings_that_show() -> None:
    d = "M0 0l10 0 0 10z" + "M500 500l10 0 0 10z" + "M-20 -20l30 0 0 30z"
    assert map_preview._rings_in(d, (0, 0, 100, 100)) == "M0 0l10 0 0 10zM-20 -20l30 0 0 30z"
    svg = _svg()  # framed on Belgium
    (outside,) = [p for p in ET.fromstring(svg).iter(f"{SVG}path") if p.get("data-l") == "n"]
    root = _decode(map_preview.picture(svg, False))
    (context,) = [p for p in root.iter(f"{SVG}path") if p.get("id") == "pv-" + outside.get("id")]
    whole = served_paths(map_preview.CONTEXT_LEVEL)["outside_eu"]
    assert 0 < len(context.get("d")) < len(whole) / 4


def test_the_picture_is_simplified_to_what_its_frame_can_show() -> None:
    """An EU-wide layer (about 6.3 km per canvas unit) gets outlines within 4 km (8 km for the
    grey countries outside the EU); a close frame keeps the served outlines."""
    assert map_preview.tolerance("2", 6.29) == 4.0
    assert map_preview.tolerance(map_preview.CONTEXT_LEVEL, 6.29) == 8.0
    assert map_preview.tolerance("2", 2.0) is None  # the served file is already as coarse
    assert map_preview.tolerance("2", 0.0) is None
    unit = '<path data-l="2" data-nuts="BE10"/>'
    layer = f'<svg width="730" viewBox="1980 -5360 4590 4030">{unit}</svg>'
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 745">{layer}</svg>'
    (path,) = _decode(map_preview.picture(svg, False)).iter(f"{SVG}path")
    assert path.get("d") == coarse_paths("2", 4.0)["BE10"]
    close = svg.replace('width="730"', 'width="4590"')  # 1 km per canvas unit
    (path,) = _decode(map_preview.picture(close, False)).iter(f"{SVG}path")
    assert path.get("d") == served_paths("2")["BE10"]


def test_a_picture_served_as_a_file_is_named_by_its_url(monkeypatch) -> None:
    """``serve.py`` serves the first pages' pictures as files their HTML preloads
    (ui.served_pictures): the Markdown then names the file; any other picture is a data URL."""
    for name in ("_files", "_first"):
        monkeypatch.setattr(served_pictures, name, {})
    svg, other = _svg(), _svg("Region Two")
    served_pictures.offer(("map",), "en", map_preview.picture_svg(svg, False))
    url = served_pictures.url_of(map_preview.picture_svg(svg, False))
    assert map_preview.picture(svg, False) == f"![]({url})"
    assert _decode(map_preview.picture(other, False)) is not None  # a data URL
    assert _decode(map_preview.picture(svg, True)) is not None  # cropped: another picture
