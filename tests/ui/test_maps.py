"""Every page with a map mounts the one SVG map component, and its SVG says the right things: a
legend even for one group, legend and source line in the UI language, likely participants
hatched, the framing follows the selection. Read from the component's data AppTest receives."""

from __future__ import annotations

import re

import pytest

from tests import live
from tests.ui.apptest import components, map_components, map_data, run
from ui import map_component

MAP_PAGES = {
    "pages/overview.py": {},
    "pages/map.py": {},
    "pages/networks.py": {"group": "cities-4-0"},
    "pages/profile.py": {"id": "be-leuven"},
    "pages/comparison.py": {},
}


def legend_labels(svg: str) -> list[str]:
    entries = re.findall(r'<g class="pri-legend-entry".*?</g>', svg)
    return [" ".join(re.findall(r"<text[^>]*>([^<]*)</text>", e)) for e in entries]


@pytest.mark.parametrize("path", sorted(MAP_PAGES))
def test_every_map_page_draws_the_svg_map(path: str) -> None:
    at = run(path, **MAP_PAGES[path])
    assert not at.exception
    data = map_data(at)
    assert data["svg"].startswith("<svg") and 'data-nuts="' in data["svg"]
    # a URL for every geometry file the SVG's paths use, and no other
    assert set(data["geo"]) == set(re.findall(r'data-l="([^"]+)"', data["svg"]))
    # the countries outside the EU, where the frame shows any (Leuven's locator: the UK coast)
    assert "n" in data["geo"]
    assert all(url.startswith("app/static/map/") for url in data["geo"].values())


def test_overview_and_map_pages_load_no_plotly() -> None:
    for path in ("pages/overview.py", "pages/map.py"):
        assert len(run(path).get("plotly_chart")) == 0


def test_one_group_still_has_its_legend() -> None:
    svg = map_data(run("pages/map.py", group="vanguard-initiative"))["svg"]
    assert "Vanguard Initiative" in legend_labels(svg)


def test_legend_and_source_line_follow_the_language() -> None:
    svg = map_data(run("pages/map.py", lang="fr", color="type"))["svg"]
    assert {"Région", "Ville"} <= set(legend_labels(svg))
    assert re.search(r'class="pri-source"[^>]*>Sources : liste des participants', svg)
    source = " ".join(re.findall(r'class="pri-source"[^>]*>([^<]*)<', svg))  # wrapped lines
    assert "© EuroGeographics pour les limites administratives" in source  # SVG/PNG saves too


def test_likely_areas_are_hatched_and_explained() -> None:
    svg = map_data(run("pages/map.py", confidence="likely"))["svg"]
    likely = re.findall(r'<path [^>]*data-pid="[^"]+"[^>]*>', svg)
    areas = ("region", "member_state")  # cities are dots
    assert len(likely) == live.count(confidence="likely", participant_type=areas)
    assert all('fill="url(#' in p for p in likely)
    assert any(label.startswith("Likely") for label in legend_labels(svg))


def test_a_network_is_framed_closer_than_the_eu() -> None:
    eu = map_data(run("pages/map.py"))["svg"]
    one = map_data(run("pages/map.py", group="east-north-finland"))["svg"]

    def frame_width(svg: str) -> float:
        return float(re.search(r'class="pri-frame"[^>]*viewBox="[^ ]+ [^ ]+ ([^ ]+)', svg)[1])

    assert frame_width(one) < 0.5 * frame_width(eu)


def test_old_focus_links_open_the_map_without_error() -> None:
    at = run("pages/map.py", focus="Canarias")
    assert not at.exception
    assert "focus" not in at.query_params
    assert any("Canarias" in i.value for i in at.info)


def _pictures(at) -> list[str]:
    """The Markdown of the map's still pictures (ui/map_preview.py) on the page."""
    return [str(m.value) for m in at.markdown if str(m.value).startswith("![](data:image/svg")]


def test_a_session_s_first_map_comes_with_its_picture_and_later_runs_without() -> None:
    """The picture is on the screen while Streamlit loads the component's code; a rerun (the
    code is there) sends none, and the component is told which box to hide."""
    at = run("pages/map.py")
    (picture,) = _pictures(at)
    data = map_data(at)
    assert data["picture"] == "st-key-pri_map_picture_participant_map"
    at.query_params["group"] = "vanguard-initiative"
    at.run()
    assert _pictures(at) == [] and "picture" not in map_data(at)


def test_the_preload_comes_until_the_session_s_first_map_then_an_empty_slot() -> None:
    """The invisible preload asks for the code and geometry first on a fresh page; later runs
    send an empty slot in its place (about 1 KB less per filter change) and the map stays put."""
    at = run("pages/map.py")
    preload = [p for p in components(at, "pri_map") if p.id.endswith("pri_map_preload")]
    assert len(preload) == 1 and len(map_components(at)) == 1
    at.query_params["country"] = "IT"
    at.run()
    assert not at.exception
    assert [p.id for p in components(at, "pri_map")] == [p.id for p in map_components(at)]
    assert len(map_components(at)) == 1


def test_presenting_sends_no_picture() -> None:
    """Presenting, there is no sidebar whose widgets hold the component back."""
    at = run("pages/map.py", present="1")
    assert _pictures(at) == [] and "picture" not in map_data(at)


def _pauses(monkeypatch) -> list[float]:
    """The hand-offs (``map_component.hand_off``) of the runs that follow, in seconds."""
    pauses: list[float] = []
    monkeypatch.setattr(
        map_component, "hand_off", lambda s=map_component.HANDOFF_S: pauses.append(s)
    )
    return pauses


def test_a_redrawn_map_is_handed_to_the_browser_before_the_rest_of_the_run(monkeypatch) -> None:
    """A rerun that changes a map the browser can already draw pauses the run after it
    (``map_component.hand_off``), so the map is redrawn before the sidebar is rendered; an
    unchanged map does not. A session's first run pauses after the map's still picture instead
    (the component's code is still loading), longer: the picture is drawn before the sidebar."""
    pauses = _pauses(monkeypatch)
    at = run("pages/map.py")
    assert pauses == [map_component.FIRST_PAINT_HANDOFF_S]
    at.query_params["group"] = "vanguard-initiative"
    at.run()
    assert not at.exception
    assert pauses == [map_component.FIRST_PAINT_HANDOFF_S, map_component.HANDOFF_S]
    at.run()  # the same view: nothing to redraw
    assert len(pauses) == 2


def test_presenting_pauses_for_no_picture(monkeypatch) -> None:
    """Presenting, no picture is sent (no sidebar holds the component back): no first-paint
    pause either."""
    pauses = _pauses(monkeypatch)
    at = run("pages/overview.py", present="1")
    assert not at.exception and _pictures(at) == [] and pauses == []


def test_a_page_of_several_maps_hands_off_once_per_run(monkeypatch) -> None:
    """The Networks page redraws a map per network on a filter change; the run waits once. Its
    first run sends one still picture, for the first map, and waits once after it."""
    pauses = _pauses(monkeypatch)
    at = run("pages/networks.py")
    assert len(_pictures(at)) == 1 and pauses == [map_component.FIRST_PAINT_HANDOFF_S]
    before = [p.json for p in map_components(at)]
    at.query_params["country"] = "FI"
    at.run()
    changed = [a != b.json for a, b in zip(before, map_components(at), strict=False)]
    assert not at.exception and sum(changed) > 1 and pauses[1:] == [map_component.HANDOFF_S]
    at.query_params["country"] = "IT"  # the next run waits again
    at.run()
    assert pauses[1:] == [map_component.HANDOFF_S] * 2
