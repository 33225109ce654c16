"""The words a press officer copies (AppTest): every filter named, a network's own totals kept,
one clear notice when nothing matches, the small wording fixes of the profile and headline cards."""

from __future__ import annotations

from tests import live
from tests.ui.apptest import run, texts

CITIES = live.group_name("cities-4-0")
FINNISH = sorted(p["name_en"] for p in live.group_members("cities-4-0", country_code="FI"))
FINLAND = (
    f"{CITIES} in Finland — {len(FINNISH)} of its {len(live.members('cities-4-0'))} cities"
)


def test_network_plus_country_names_both_and_keeps_the_network_total() -> None:
    at = run("pages/participants.py", group="cities-4-0", country="FI")
    assert not at.exception
    sentence = at.main.text[0].value
    assert sentence.startswith(f"{FINLAND}: {live.and_list(FINNISH)}. For the whole pilot:")
    assert FINLAND in " ".join(texts(at.markdown))
    presented = run("pages/map.py", group="cities-4-0", country="FI", present="1")
    assert FINLAND in texts(presented.title)


def test_networks_page_shows_own_total_then_the_filtered_count() -> None:
    at = run("pages/networks.py", group="vanguard-initiative", country="NL")
    assert not at.exception
    lines = " ".join(texts(at.markdown))
    assert "Members named — " in lines and "regions in" in lines  # the network's own total
    dutch = len(live.group_members("vanguard-initiative", country_code="NL"))
    assert f"Named participants in Netherlands — {dutch} of its " in lines


def test_zero_matches_give_one_notice_and_no_empty_figures() -> None:
    for path in ("pages/overview.py", "pages/map.py", "pages/comparison.py"):
        at = run(path, group="cities-4-0", type="region")
        assert not at.exception, path
        notices = [t for t in texts(at.info) if t.startswith("No named participant matches")]
        assert len(notices) == 1, (path, texts(at.info))
        assert not at.metric and not at.get("plotly_chart"), path
        assert f"0 of {live.announced('regions')}" not in " ".join(texts(at.markdown))
    overview = run("pages/overview.py", group="cities-4-0", type="region")
    assert overview.main.text[0].value.startswith(
        f"No named participant matches: {CITIES} (regions only)."
    )


def test_cities_card_is_never_a_bare_number() -> None:
    at = run("pages/overview.py")
    cities = next(m for m in at.metric if m.label == "Cities")
    assert cities.value.endswith("(7 announced)")


def test_member_state_profile_wording() -> None:
    at = run("pages/profile.py", id="hu-hungary")
    assert not at.exception
    lines = " ".join(texts(at.markdown))
    assert "Member State in" not in lines
    assert "**Member State**, taking part at national level" in lines
    assert "Empty cells" not in " ".join(texts(at.caption))
