"""Languages, presentation mode, the guided sequence and the press sentence, page by page (AppTest),
plus the pure step functions of ``ui.steps``."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

import pytest

from pri_data import load
from tests import live
from tests.ui.apptest import PAGE_FILES, REPO, links, map_components, map_data, run
from tests.ui.apptest import texts as values
from ui import present
from ui.steps import current_step, guided_steps, step_params, step_url

HEADINGS = {
    "en": ("Partnerships for Regional Innovation: the pilot", "Map of the participants"),
    "nl": ("Partnerschappen voor regionale innovatie: de pilot", "Kaart van de deelnemers"),
    "fr": (
        "Partenariats pour l’innovation régionale\u202f: le projet pilote",
        "Carte des participants",
    ),
    "de": ("Partnerschaften für regionale Innovation: das Pilotprojekt", "Karte der Teilnehmer"),
}
_CITIES = live.group_members("cities-4-0")
_N, _M = len(_CITIES), len({p["country_code"] for p in _CITIES})  # plural words below: N, M > 1
_NAME = live.group_name("cities-4-0")
CITIES_TITLE = {
    "en": f"{_NAME} — {_N} cities in {_M} Member States",
    "nl": f"{_NAME} — {_N} steden in {_M} lidstaten",
    "fr": f"{_NAME} — {_N} villes dans {_M} États membres",
    "de": f"{_NAME} — {_N} Städte in {_M} Mitgliedstaaten",
}


def _uses_shell(path: str) -> bool:
    return "shell.heading(" in (REPO / path).read_text(encoding="utf-8")


# --- the guided sequence (pure) ----------------------------------------------------------------


@pytest.fixture(scope="module")
def steps():
    groups = load.load_groups()
    return guided_steps(zip(groups["id"], groups["name"], strict=True))


def test_sequence_is_overview_map_groups_comparison(steps) -> None:
    groups = load.load_groups()
    assert len(steps) == 3 + len(groups)
    assert [s.url_path for s in steps] == ["", "map", *["map"] * len(groups), "comparison"]
    assert [dict(s.params).get("group") for s in steps[2:-1]] == list(groups["id"])


def test_step_links_carry_present_step_and_lang(steps) -> None:
    assert step_url(steps, 0) == "./?present=1&step=1"  # the default page is the app root
    assert step_url(steps, 0, base="http://h/") == "http://h/?present=1&step=1"
    assert step_url(steps, 4, "nl") == "map?group=cities-4-0&present=1&step=5&lang=nl"
    assert step_params(steps, 1, "de") == {"present": "1", "step": "2", "lang": "de"}


def test_current_step_from_step_param_or_page(steps) -> None:
    assert current_step(steps, "map", {"group": "cities-4-0", "step": "5"}) == 4
    assert current_step(steps, "map", {"group": "cities-4-0"}) == 4
    assert current_step(steps, "map", {}) == 1
    assert current_step(steps, "map", {"step": "1"}) == 1  # step 1 is not the map
    assert current_step(steps, "participants", {}) is None
    assert current_step(steps, None, {"step": "5"}) == 4  # a page file run without navigation


# --- languages ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", list(HEADINGS))
def test_overview_and_map_in_each_language(lang: str) -> None:
    overview = run("pages/overview.py", lang=lang)
    assert not overview.exception
    assert overview.title[0].value == HEADINGS[lang][0]
    map_page = run("pages/map.py", lang=lang, group="cities-4-0")
    assert not map_page.exception
    assert map_page.title[0].value == HEADINGS[lang][1]
    svg = map_data(map_page)["svg"]
    title = re.search(r'class="pri-title"[^>]*>(.*?)</text>', svg)[1]  # one <tspan> a line
    assert re.sub(r"<[^>]+>", "", title) == escape(CITIES_TITLE[lang])
    assert map_page.selectbox(key="lang_select").value == lang


def test_numbers_and_countries_in_dutch() -> None:
    at = run("pages/overview.py", lang="nl")
    assert [m.label for m in at.metric][:2] == ["Regio's", "Steden"]
    assert at.metric[0].value == f"{live.count(participant_type='region')} van 63"
    sentence = at.main.text[0].value
    assert "België" in sentence and "Spanje en Zweden." in sentence
    assert "Land" in [m.label for m in at.multiselect]


def test_unknown_language_falls_back_to_english_with_notice() -> None:
    at = run("pages/overview.py", lang="xx")
    assert not at.exception
    assert at.title[0].value == HEADINGS["en"][0]
    assert any("Unknown language 'xx'" in text for text in values(at.info))


def test_language_selector_writes_the_url() -> None:
    at = run("pages/map.py")
    at.selectbox(key="lang_select").set_value("de").run()
    assert at.query_params["lang"] == "de"
    assert at.title[0].value == HEADINGS["de"][1]
    at.selectbox(key="lang_select").set_value("en").run()
    assert "lang" not in at.query_params
    assert at.title[0].value == HEADINGS["en"][1]


def test_language_survives_a_page_switch() -> None:
    at = run("app.py", lang="nl")
    assert at.title[0].value == HEADINGS["nl"][0]
    at.switch_page("pages/map.py").run()  # like a sidebar link: the query string is dropped
    assert not at.exception
    assert at.title[0].value == HEADINGS["nl"][1]


@pytest.mark.parametrize(
    ("lang", "word"), [("en", None), ("de", "Keine Treffer"), ("nl", "Geen resultaten")]
)
def test_dropdowns_speak_the_ui_language(lang: str, word: str | None) -> None:
    """No filter offers Streamlit's English "Select all" row; an empty dropdown's "No results" is
    replaced by the UI language's words on every page (English keeps Streamlit's own)."""
    for path in ("pages/participants.py", "pages/about.py"):
        at = run(path, lang=lang)
        assert all(not m.proto.select_all for m in at.sidebar.multiselect)
        rules = [e.value for e in at.markdown if "[data-empty=true]" in str(e.value)]
        if word is None:
            assert not rules
        else:
            assert len(rules) == 1
            assert f'content:"{word}"' in rules[0]
    assert len(run("pages/participants.py", lang=lang).sidebar.multiselect) == 4


# --- presentation mode -------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["app.py", *PAGE_FILES])
def test_presentation_mode_on_every_page(path: str) -> None:
    at = run(path, present="1", group="cities-4-0")
    assert not at.exception, [e.value for e in at.exception]
    if path != "app.py" and not _uses_shell(path):
        pytest.skip(f"{path} does not call shell.heading yet")
    assert CITIES_TITLE["en"] in values(at.title)  # the title line states the selection
    assert at.button(key="present_exit")  # the way out, since the sidebar is hidden
    assert not at.sidebar.multiselect  # no filters rendered in the hidden sidebar


def test_presentation_step_indicator_and_links_in_german() -> None:
    at = run("pages/map.py", present="1", group="cities-4-0", step="5", lang="de")
    assert CITIES_TITLE["de"] in values(at.title)
    text = " ".join(values(at.markdown))
    assert "Schritt 5 von 9" in text
    assert "map?group=bioregions-facility&present=1&step=4&lang=de" in links(at)  # Previous
    assert "map?group=vanguard-initiative&present=1&step=6&lang=de" in links(at)  # Next


def test_presentation_map_fits_a_720_px_screen_without_its_own_title() -> None:
    shown = run("pages/map.py", present="1", group="cities-4-0")
    data = map_data(shown)
    assert data["maxHeight"].startswith("calc(100vh - ")  # below the bar and the title line
    assert data["hideTitle"]  # the title line says it once
    assert not shown.get("segmented_control")  # the step fixes the view: no controls


def test_presented_profile_is_titled_by_the_profile() -> None:
    at = run("pages/profile.py", present="1", id="fi-turku", group="cities-4-0")
    assert not at.exception
    assert values(at.title) == ["Turku"]


def test_presented_comparison_shows_its_chart_without_controls() -> None:
    at = run("pages/comparison.py", present="1", step="9")
    assert not at.exception
    assert len(map_components(at)) == 1 and not at.get("plotly_chart")
    assert not at.selectbox


def test_toggle_enters_and_exit_button_leaves_presentation() -> None:
    at = run("pages/overview.py", group="cities-4-0")
    at.toggle(key="present_toggle").set_value(True).run()
    assert at.query_params["present"] == "1"
    assert CITIES_TITLE["en"] in values(at.title)
    at.button(key="present_exit").click().run()
    assert "present" not in at.query_params
    assert at.title[0].value == HEADINGS["en"][0]
    assert at.query_params["group"] == "cities-4-0"  # the selection stays


def test_sidebar_lists_every_step_link_once_opened() -> None:
    """The guided sequence's links go out only while its expander is open (they would add 2.8 KB
    to every rerun); opening it reruns the page with them, in the UI language."""
    at = run("pages/overview.py", lang="fr")
    (sequence,) = at.sidebar.expander
    assert sequence.label == "Séquence guidée (9 étapes)"
    assert not at.sidebar.text and not [link for link in links(at) if "present=1" in link]
    at.session_state[present.SEQUENCE_KEY] = True  # the user opens it
    at.run()
    addresses = "\n".join(values(at.sidebar.text))
    assert "map?group=cities-4-0&present=1&step=5&lang=fr" in addresses
    assert addresses.count("present=1") == 9
    steps = [p.proto.label for p in at.get("page_link") if "present=1" in p.proto.query_string]
    assert len(steps) == 9 and steps[1] == "2. Carte des États membres représentés"


# --- the press sentence on every page -----------------------------------------------------------


@pytest.mark.parametrize("path", PAGE_FILES)
def test_press_sentence_on_every_page(path: str) -> None:
    at = run(path, group="cities-4-0", lang="nl")
    assert not at.exception
    if not _uses_shell(path):
        pytest.skip(f"{path} does not call shell.heading yet")
    sentences = [c for c in values(at.main.text) if c.startswith(CITIES_TITLE["nl"])]
    assert len(sentences) == 1, values(at.main.text)
    regions = live.count(participant_type="region")
    assert f"Voor de hele pilot: {regions} van 63 regio's" in sentences[0]
