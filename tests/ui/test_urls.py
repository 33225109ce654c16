"""ONE URL builder (ui/urls.py): every in-app link keeps the filters and the language, and drops
what belonged to the page it leaves (a profile's id, a presentation step)."""

from __future__ import annotations

import ast
from urllib.parse import parse_qs

import pytest
from streamlit.runtime.state.query_params import QueryParams

from tests.ui.apptest import REPO, run, texts
from ui.urls import KNOWN_PARAMS


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


@pytest.fixture
def url_writes(monkeypatch) -> list[str]:
    """The query strings the app sends to the browser, one per write. Each write is a
    ``page_info_changed`` message and a re-render in the browser; Streamlit 1.67 sends every one
    through ``QueryParams._send_query_param_msg`` (streamlit/runtime/state/query_params.py):
    counted there, the only public-API-free way to see the messages in AppTest."""
    sent: list[str] = []
    original = QueryParams._send_query_param_msg

    def counted(self) -> None:
        sent.append("&".join(sorted(f"{k}={','.join(self.get_all(k))}" for k in self)))
        original(self)

    monkeypatch.setattr(QueryParams, "_send_query_param_msg", counted)
    return sent


def test_a_filter_change_writes_the_url_once(url_writes: list[str]) -> None:
    at = run("pages/map.py", lang="de")
    assert url_writes == ["lang=de"]  # a new session: the address is sent once
    at.run()
    assert url_writes == ["lang=de"]  # the same view again: nothing sent
    at.multiselect(key="f_group").set_value(["cities-4-0"]).run()
    assert url_writes == ["lang=de", "group=cities-4-0&lang=de"]  # one write, not two
    at.query_params["group"] = "vanguard-initiative"  # a same-page link to another view
    at.run()
    assert url_writes[2:] == ["group=vanguard-initiative&lang=de"]  # the browser gets it


def test_a_fresh_link_without_filters_has_none() -> None:
    at = run("app.py")  # nothing is restored from the session: the URL is the state
    at.multiselect(key="f_group").set_value(["cities-4-0"]).run()
    assert at.query_params["group"] == "cities-4-0"
    at.query_params.clear()
    at.run()
    assert "group" not in at.query_params
    assert not at.multiselect(key="f_group").value


def test_clear_filters_is_always_there_and_only_works_when_there_is_something_to_clear() -> None:
    """The button is drawn on every page's first run (disabled), so its code is loaded then,
    not by the first filter change (Streamlit would hold that run's map back until it had)."""
    at = run("pages/map.py")
    assert at.sidebar.button(key="f_clear").disabled
    at.multiselect(key="f_group").set_value(["cities-4-0"]).run()
    assert not at.sidebar.button(key="f_clear").disabled
    at.sidebar.button(key="f_clear").click().run()
    assert "group" not in at.query_params
    assert not at.multiselect(key="f_group").value
    assert at.sidebar.button(key="f_clear").disabled


def test_a_filter_change_drops_the_presentation_step() -> None:
    at = run("pages/overview.py", group="cities-4-0", step="5")
    at.multiselect(key="f_country").set_value(["FI"]).run()
    assert at.query_params.get("country") == "FI"
    assert "step" not in at.query_params


def test_exit_presentation_leaves_a_clean_link() -> None:
    at = run("pages/map.py", group="cities-4-0", present="1", step="5", lang="de")
    at.button(key="present_exit").click().run()
    assert dict(at.query_params) == {"group": "cities-4-0", "lang": "de"}


def test_an_unknown_parameter_name_gets_a_notice_naming_it_and_its_value() -> None:
    at = run("app.py", foo="1", grup="cities-4-0")
    assert not at.exception
    unknown = [t for t in texts(at.info) if "unknown parameter" in t]
    assert unknown == [  # Markdown source: the colon is escaped (plain text)
        "Ignored unknown parameter 'foo' in the link\\: '1'",
        "Ignored unknown parameter 'grup' in the link\\: 'cities-4-0'",
    ]
    nl = run("pages/map.py", foo="1", lang="nl")
    assert "Onbekende parameter 'foo' in de link genegeerd\\: '1'" in texts(nl.info)


def test_the_parameters_pages_use_get_no_unknown_parameter_notice() -> None:
    used = {"group": "cities-4-0", "country": "FI", "type": "city", "confidence": "confirmed",
            "q": "Turku", "lang": "en", "present": "1", "step": "1", "id": "fi-turku",
            "color": "type", "focus": "eu", "ind": "gerd_pc_gdp", "ind2": "gerd_pc_gdp",
            "year": "2020"}  # fmt: skip
    assert set(used) == KNOWN_PARAMS
    for path in ("app.py", "pages/map.py", "pages/comparison.py"):
        at = run(path, **used)
        assert not at.exception
        assert not [t for t in texts(at.info) if "unknown parameter" in t], path


def _names_read_by_the_code() -> set[str]:
    """Query parameter names the pages and ui/ read: st.query_params.get/pop("x"), and the
    name argument of ui.params.url_value / url_choice / url_selectbox."""
    position = {"url_value": 0, "url_selectbox": 1, "url_choice": 2, "get": 0, "pop": 0}
    names = set()
    for path in [*REPO.glob("pages/*.py"), *REPO.glob("ui/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            name = node.func.attr
            on_params = name not in ("get", "pop") or ast.unparse(node.func.value).endswith(
                "query_params"
            )
            if name in position and on_params and len(node.args) > position[name]:
                arg = node.args[position[name]]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    names.add(arg.value)
    return names


def test_every_parameter_the_code_reads_is_known() -> None:
    names = _names_read_by_the_code()
    assert {"id", "color", "focus", "ind", "ind2", "year", "lang"} <= names
    assert names <= KNOWN_PARAMS
