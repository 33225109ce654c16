"""ui.warm builds, at a server's start, what the first visit of the Overview and the Map page would
build: with it, the pages' first run builds no map and no still picture; without it, they do (the
same check, so it can fail). The server itself is tried in tests/browser/test_warm_browser.py."""

from __future__ import annotations

import pytest

from figures import svg_map
from tests.ui.apptest import map_components, run
from ui import map_component, map_preview, warm

PAGES = ("app.py", "pages/map.py")  # the Overview (the default page) and the Map page


@pytest.fixture
def builds(monkeypatch) -> list[str]:
    """The keys of the maps built from now on, with every built map forgotten first."""
    built: list[str] = []
    render = svg_map.render

    def counting(fig, key, **kwargs):
        built.append(key)
        return render(fig, key, **kwargs)

    monkeypatch.setattr(svg_map, "render", counting)
    map_component.participant_svg.shared.clear()
    map_preview.picture.cache_clear()
    return built


def test_without_the_warm_up_the_first_visit_builds_each_map(builds):
    for page in PAGES:
        assert not run(page).exception
    assert sorted(builds) == sorted(map_component.FIRST_MAPS)
    assert map_preview.picture.cache_info().misses == 2


def test_after_the_warm_up_the_first_visit_builds_no_map(builds):
    assert warm.warm(["en", "de"]) == []
    assert sorted(builds) == sorted(map_component.FIRST_MAPS * 2)  # two languages
    pictures = map_preview.picture.cache_info().misses
    for page in PAGES:
        for lang in ("en", "de"):
            at = run(page, lang=lang)
            assert not at.exception
            assert len(map_components(at)) == 1  # the page was drawn, with its map
    assert len(builds) == 4, builds[4:]  # the page's own run found every map built
    assert map_preview.picture.cache_info().misses == pictures  # and its still picture
