"""ui.warm builds, at a server's start, what the first visit of the Overview and the Map page would
build: with it, the pages' first run builds no map and no still picture; without it, they do (the
same check, so it can fail). Served by ``serve.py``, the first pages' pictures then come as files
(ui.served_pictures). The server itself is tried in tests/browser/test_warm_browser.py."""

from __future__ import annotations

import pytest

from figures import svg_map
from tests.ui.apptest import map_components, run
from ui import map_component, map_preview, map_svgs, served_pictures, warm

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
    map_svgs.participant_svg.shared.clear()
    monkeypatch.setattr(served_pictures, "_files", {})  # whatever a test offers is forgotten
    monkeypatch.setattr(served_pictures, "_first", {})
    map_preview.picture_svg.cache_clear()
    return built


def test_without_the_warm_up_the_first_visit_builds_each_map(builds):
    for page in PAGES:
        assert not run(page).exception
    assert sorted(builds) == sorted(map_component.FIRST_MAPS)
    assert map_preview.picture_svg.cache_info().misses == 2


def test_after_the_warm_up_the_first_visit_builds_no_map(builds):
    assert warm.warm(["en", "de"]) == []
    assert sorted(builds) == sorted(list(map_component.FIRST_MAPS) * 2)  # two languages
    pictures = map_preview.picture_svg.cache_info().misses
    for page in PAGES:
        for lang in ("en", "de"):
            at = run(page, lang=lang)
            assert not at.exception
            assert len(map_components(at)) == 1  # the page was drawn, with its map
    assert len(builds) == 4, builds[4:]  # the page's own run found every map built
    assert map_preview.picture_svg.cache_info().misses == pictures  # and its still picture


def _pictures(at) -> list[str]:
    return [str(m.value) for m in at.markdown if str(m.value).startswith("![](")]


def test_after_the_warm_up_of_serve_py_the_first_pages_name_their_picture_file(builds):
    """``serve.py``'s warm-up offers the pictures to ui.served_pictures: the first run's Markdown
    then names the file the page's HTML preloads, not a 100 KB data URL. A filtered view's picture
    was not built at the start: it still comes as a data URL."""
    assert warm.warm(["en"], serve_pictures=True) == []
    for page, address in (("app.py", ""), ("pages/map.py", "map")):
        url = served_pictures.first_picture(address, "", "en-GB")
        assert url and url.startswith(served_pictures.PATH), url
        assert _pictures(run(page)) == [f"![]({url})"]
        assert _pictures(run(page, lang="de"))[0].startswith("![](data:image/svg+xml;base64,")
    filtered = _pictures(run("pages/map.py", country="FI"))
    assert filtered[0].startswith("![](data:image/svg+xml;base64,"), filtered[0][:40]
