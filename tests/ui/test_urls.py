"""ONE URL builder (ui/urls.py): every in-app link keeps the filters and the language, and drops
what belonged to the page it leaves (a profile's id, a presentation step)."""

from __future__ import annotations

from urllib.parse import parse_qs

from tests.ui.apptest import run


def _links(at, where=None) -> dict[str, dict[str, list[str]]]:
    """Label -> query parameters of every st.page_link rendered (in ``where`` if given)."""
    elements = (where or at).get("page_link")
    return {e.proto.label: parse_qs(e.proto.query_string) for e in elements}


def test_sidebar_links_carry_filters_and_language_not_the_profile_id() -> None:
    at = run("app.py", group="cities-4-0", country="FI", lang="nl", id="fi-turku")
    assert not at.exception
    links = {k: q for k, q in _links(at, at.sidebar).items() if "present" not in q}  # no steps
    assert {"Overzicht", "Kaart", "Deelnemers", "Netwerken"} <= set(links)  # the navigation
    for query in links.values():
        assert query == {"group": ["cities-4-0"], "country": ["FI"], "lang": ["nl"]}


def test_links_drop_the_values_the_view_ignored() -> None:
    """Junk in the URL gets a notice and is not carried forward: every link is clean."""
    at = run("app.py", group="cities-4-0,nope", country="XX", lang="xx", present="yes")
    assert not at.exception
    notices = " ".join(i.value for i in at.info)
    assert all(junk in notices for junk in ("'nope'", "'XX'", "'xx'", "'yes'"))
    links = {k: q for k, q in _links(at, at.sidebar).items() if "present" not in q}  # no steps
    assert {"Overview", "Map", "Participants", "Networks"} <= set(links)
    for query in links.values():
        assert query == {"group": ["cities-4-0"]}


def test_a_fresh_link_without_filters_has_none() -> None:
    at = run("app.py")  # nothing is restored from the session: the URL is the state
    at.multiselect(key="f_group").set_value(["cities-4-0"]).run()
    assert at.query_params["group"] == "cities-4-0"
    at.query_params.clear()
    at.run()
    assert "group" not in at.query_params
    assert not at.multiselect(key="f_group").value


def test_a_filter_change_drops_the_presentation_step() -> None:
    at = run("pages/overview.py", group="cities-4-0", step="5")
    at.multiselect(key="f_country").set_value(["FI"]).run()
    assert at.query_params.get("country") == "FI"
    assert "step" not in at.query_params


def test_exit_presentation_leaves_a_clean_link() -> None:
    at = run("pages/map.py", group="cities-4-0", present="1", step="5", lang="de")
    at.button(key="present_exit").click().run()
    assert dict(at.query_params) == {"group": "cities-4-0", "lang": "de"}
