"""Page tests (AppTest): every page runs, navigation lists every page, and the values the
Participants, Networks, Region profile and About pages show for known links."""

from __future__ import annotations

import ast

import pytest
from streamlit.testing.v1 import AppTest

from tests import live
from tests.ui.apptest import (
    PAGE_FILES,
    REPO,
    TIMEOUT,
    is_style,
    links,
    map_components,
    map_data,
    run,
    texts,
)
from ui import layout, served_style


@pytest.mark.parametrize("path", ["app.py", *PAGE_FILES])
def test_page_runs_without_exception(path: str) -> None:
    at = run(path)
    assert not at.exception, [e.value for e in at.exception]


def _navigation_pages() -> set[str]:
    """The file paths given to st.Page(...) in app.py."""
    tree = ast.parse((REPO / "app.py").read_text(encoding="utf-8"))
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "attr", getattr(node.func, "id", None)) in {"Page", "RoutedPage"}
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }


def test_every_page_file_is_in_navigation_and_back() -> None:
    assert _navigation_pages() == set(PAGE_FILES)


def test_app_builds_the_frame_and_the_page_its_heading_above_the_notices() -> None:
    """app.py builds the shared frame once (sidebar, notices) before the page runs; the page's
    own heading still comes first, above the frame's notice for a junk link value."""
    at = run("app.py", group="nope")
    assert not at.exception
    kinds = [type(e).__name__ for e in at.main]
    assert kinds.index("Title") < kinds.index("Info")
    assert at.title[0].value == "Partnerships for Regional Innovation: the pilot"
    assert any("nope" in i for i in texts(at.info))
    assert at.sidebar.multiselect(key="f_group")  # the frame's filters, drawn once


def test_the_sidebar_is_built_after_the_page_even_when_the_page_stops_early() -> None:
    """app.py builds the sidebar after the page (its map travels first, ui/map_preview.py),
    also after a page that stopped early: nothing matches ``q``."""
    at = run("app.py", q="zzzz-no-such-name")
    assert not at.exception
    assert any("zzzz-no-such-name" in i for i in texts(at.info))  # the no-match notice
    assert at.sidebar.multiselect(key="f_group") and at.sidebar.text_input(key="f_q")


def test_app_py_freezes_after_a_page_s_first_run() -> None:
    """app.py ends each run with ui.memory (Streamlit's collection after later runs stays short)."""
    from ui import memory

    memory._FROZEN_PAGES.discard("about")
    at = run("pages/about.py")
    assert not at.exception
    assert "about" in memory._FROZEN_PAGES


def test_app_py_gives_arrow_the_system_allocator() -> None:
    """app.py switches Arrow to the system allocator (ui.memory): freed memory goes back."""
    import pyarrow as pa

    pa.set_memory_pool(pa.mimalloc_memory_pool())  # as a fresh process starts
    try:
        at = run("pages/about.py")
        assert not at.exception
        assert pa.default_memory_pool().backend_name == "system"
    finally:
        pa.set_memory_pool(pa.system_memory_pool())


@pytest.mark.parametrize("path", PAGE_FILES)
def test_every_page_runs_through_app_py_on_every_run(path: str) -> None:
    """tests/ui/apptest.py keeps AppTest out of Streamlit's legacy pages/ mode, so a page never
    runs alone (shell.heading would stop it: no frame): app.py's frame and sidebar, its links."""
    at = run(path)
    at.run()  # a rerun too (AppTest resets the legacy flag before each run)
    assert not at.exception, [e.value for e in at.exception]
    assert at.sidebar.selectbox(key="lang_select")  # the sidebar app.py builds after the page
    assert any(link.startswith("about?") for link in links(at))  # app.py's navigation


def test_only_app_py_builds_the_frame_and_every_page_sets_its_heading() -> None:
    app = (REPO / "app.py").read_text(encoding="utf-8")
    assert app.count("shell.frame()") == 1 and app.index("shell.frame()") < app.index(".run()")
    assert app.count("shell.sidebar()") == 1 and app.index(".run()") < app.index("shell.sidebar()")
    for path in PAGE_FILES:
        source = (REPO / path).read_text(encoding="utf-8")
        assert "shell.frame(" not in source, path
        assert source.count("shell.heading(") == 1, path


# --- Participants ------------------------------------------------------------------------------


def test_participants_filtered_to_a_consortium() -> None:
    at = run("pages/participants.py", group="cities-4-0")
    assert not at.exception
    cities = len(live.members("cities-4-0"))
    assert f"{cities} participants match (of {live.count()} named)" in texts(at.subheader)
    table = at.dataframe(key="participants_table").value
    assert len(table) == cities
    assert set(table["Name (English)"]) >= {"Leuven", "Bologna", "Turku"}
    by_type = at.dataframe[1].value  # table, by type, by country, by group
    assert by_type.loc["City", "total"] == cities


def test_participants_country_filter_changes_counts() -> None:
    at = run("pages/participants.py", group="cities-4-0", country="FI")
    finland = {p["id"] for p in live.participants(country_code="FI")}
    finnish = len(live.members("cities-4-0") & finland)
    assert f"{finnish} participants match (of {live.count()} named)" in texts(at.subheader)
    by_country = at.dataframe[2].value
    assert by_country.index.tolist() == ["Finland"]
    assert by_country.loc["Finland", "total"] == finnish


def test_participants_unfiltered_states_the_gap() -> None:
    at = run("pages/participants.py")
    n = live.count()
    assert f"{n} participants match" in texts(at.subheader)
    captions = texts(at.caption)
    assert any("announced 74 participants" in c and f"{n} are named" in c for c in captions)
    assert len(at.dataframe(key="participants_table").value) == n


def test_participants_junk_link_shows_notice() -> None:
    at = run("pages/participants.py", group="nope")
    assert not at.exception
    assert any("nope" in i for i in texts(at.info))
    assert len(at.dataframe(key="participants_table").value) == live.count()


def test_participants_sources_first_as_link_all_as_text() -> None:
    table = run("pages/participants.py", q="Leuven").dataframe(key="participants_table").value
    row = table.iloc[0]
    assert row["Source"].startswith("https://")
    assert row["Source"] in row["All sources"]


def test_participants_open_a_profile_switches_page() -> None:
    """Through app.py, so st.switch_page finds the registered profile page."""
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=TIMEOUT)
    at.switch_page("pages/participants.py").run()
    at.selectbox(key="participants_open").set_value("be-leuven").run()
    assert not at.exception
    assert at.query_params["id"] == "be-leuven"
    assert "Leuven" in texts(at.header)


# --- Networks ----------------------------------------------------------------------------------


def test_networks_gap_and_one_section_per_group() -> None:
    at = run("pages/networks.py")
    assert not at.exception
    assert "6 networks announced; 4 identified" in texts(at.subheader)
    sections = [h for h in texts(at.header) if h != "Filters"]  # "Filters": the sidebar
    assert len(sections) == 6 + 1  # four networks, two consortia, individual participants
    assert sections[-1] == "Individual participants"
    assert "networks?group=cities-4-0" in links(at)


def test_networks_filtered_to_one_group() -> None:
    at = run("pages/networks.py", group="cities-4-0")
    sections = [h for h in texts(at.header) if h != "Filters"]
    assert sections == ["Cities 4.0 Consortium"]
    assert len(at.dataframe[0].value) == 6  # members, then counts by type
    assert any("One of the six announced networks" in m for m in texts(at.markdown))


def test_networks_consortium_is_marked_as_such() -> None:
    at = run("pages/networks.py", group="mid-sweden")
    assert any("Consortium: a joint application" in m for m in texts(at.markdown))


# --- Region profile ----------------------------------------------------------------------------


def test_profile_shows_participant_and_sources() -> None:
    at = run("pages/profile.py", id="be-leuven")
    assert not at.exception
    assert "Leuven" in texts(at.header)
    markdown = texts(at.markdown)
    assert any("BE242" in m and "level 3" in m for m in markdown)
    assert any(link.startswith("networks?group=cities-4-0") for link in links(at))
    assert any("https://cor.europa.eu/" in m for m in markdown if m.startswith("- ["))
    assert "Indicators" in texts(at.subheader)
    assert len(map_components(at)) == 1  # the locator
    assert 'data-pid="be-leuven"' in map_data(at)["svg"]


def test_profile_unknown_id_shows_notice_and_picker() -> None:
    at = run("pages/profile.py", id="junk")
    assert not at.exception
    assert any("junk" in i for i in texts(at.info))
    assert at.selectbox(key="profile_pick").value is None


def test_profile_picker_writes_id() -> None:
    at = run("pages/profile.py")
    at.selectbox(key="profile_pick").set_value("be-leuven").run()
    assert at.query_params["id"] == "be-leuven"
    assert "Leuven" in texts(at.header)


# --- About -------------------------------------------------------------------------------------


def test_about_names_attribution_sources_and_gaps() -> None:
    at = run("pages/about.py")
    assert not at.exception
    markdown = " ".join(texts(at.markdown))
    assert "© EuroGeographics" in markdown
    assert "Source: Eurostat" in markdown
    assert "NUTS 2021" in markdown
    assert "Navarra" in markdown  # from the project's copy of the completeness notes
    assert "Indicators left out" in texts(at.header)
    assert len(at.dataframe[0].value) == 5  # the announced totals


# --- Overview ----------------------------------------------------------------------------------


def test_overview_intro_states_the_announced_totals_from_the_file() -> None:
    at = run("pages/overview.py")
    assert not at.exception
    intro = texts(at.markdown)[0]
    figures = (
        f"{live.announced('regions')} regions, {live.announced('cities')} cities and "
        f"{live.announced('member_states')} Member States, from "
        f"{live.announced('member_states_represented')} Member States, alone or in "
        f"{live.announced('networks')} networks"
    )
    assert intro.startswith("On 17 May 2022 ") and figures in intro


@pytest.mark.parametrize("params", [{}, {"present": "1"}], ids=["page", "presenting"])
def test_the_page_styles_come_in_markdown_before_the_content(params: dict[str, str]) -> None:
    """The rules (ui.layout.add_style) travel as Markdown, which is in Streamlit's first bundle,
    so the map's picture has its size and presentation mode hides the sidebar at once: st.html
    would wait for code Streamlit loads on demand."""
    at = run("pages/map.py", **params)
    assert not at.exception
    assert not at.get("html")
    styles = [m for m in at.markdown if is_style(m)]
    assert len(styles) == 1 and styles[0].allow_html
    assert ("stSidebar" in styles[0].value) == bool(params)  # presentation's rules when presenting
    assert f"st-key-{layout.CARDS_KEY}" in styles[0].value  # the layout's, under presentation's


def test_the_runs_leave_out_the_layout_rules_the_served_html_has(monkeypatch) -> None:
    """``serve.py`` writes the layout rules into every page's HTML (ui.served_style): the runs
    send none of them, and presenting sends only its own."""
    monkeypatch.setitem(layout._state, "in_html", False)  # for this test only
    served_style.StyleInHtml(lambda *args: None)  # what serve.py's server builds at its start
    at = run("pages/map.py")
    assert not at.exception and not [m for m in at.markdown if is_style(m)]
    at.query_params["present"] = "1"
    (styles,) = [m for m in at.run().markdown if is_style(m)]
    assert "stSidebar" in styles.value and f"st-key-{layout.CARDS_KEY}" not in styles.value
