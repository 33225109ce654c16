"""Your own list (AppTest): a valid upload changes the counts on every page and shows the banner;
each class of bad upload gives its message and leaves the public list in use; the way back;
two sessions stay apart."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from pri_data import cache, upload
from pri_data.cache import files, indicator_data, participant_data
from pri_data.filters import Filters
from tests import live
from tests.ui.apptest import PAGE_FILES, REPO, TIMEOUT, is_style, run

FIXTURE = REPO / "tests" / "data" / "upload" / "participants.csv"
BANNER = "Showing your uploaded list (4 participants), not the public compilation."
OWN_SENTENCE = "1 of 63 regions in your uploaded list"  # the fixture: 1 region, 2 cities, 1 MS


def _app() -> AppTest:
    return AppTest.from_file(str(REPO / "app.py"), default_timeout=TIMEOUT).run()


def _upload(at: AppTest, *files: tuple[str, bytes]) -> AppTest:
    at.switch_page("pages/upload.py").run()
    at.get("file_uploader")[0].set_value([(n, d, "application/octet-stream") for n, d in files])
    return at.run()


def _sentence(at: AppTest) -> str:
    """The press sentence every page shows (the main area's last plain-text block)."""
    return [c.value for c in at.main.text if "Partnerships for Regional Innovation" in c.value][-1]


def _banners(at: AppTest) -> list[str]:
    return [w.value for w in at.warning if "uploaded list" in w.value]


def _public_regions() -> str:
    return f"{live.count(participant_type='region')} of 63 regions"


@pytest.mark.parametrize("page", PAGE_FILES)
def test_a_valid_upload_changes_every_page(page: str) -> None:
    at = _upload(_app(), ("participants.csv", FIXTURE.read_bytes()))
    assert not at.exception and not at.error
    at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    assert [b for b in _banners(at) if b.startswith(BANNER)]
    assert "a link made from this view opens the public list" in _banners(at)[0]
    sentence = _sentence(at)
    assert OWN_SENTENCE in sentence and "public sources" not in sentence
    assert any("Participants: your uploaded list (participants.csv)" in c.value for c in at.caption)
    if page == "pages/overview.py":
        assert [m.value for m in at.metric][:3] == ["1 of 63", "2 of 7", "1 of 4"]


def test_presentation_mode_shows_the_banner() -> None:
    at = _upload(_app(), ("participants.csv", FIXTURE.read_bytes()))
    at.query_params["present"] = "1"
    at.switch_page("pages/map.py").run()
    assert not at.exception and not _banners(at)  # one caption line instead of the banner
    assert any(c.value.startswith(BANNER) for c in at.caption)


def test_upload_page_compares_and_goes_back() -> None:
    at = _upload(_app(), ("participants.csv", FIXTURE.read_bytes()))
    public = live.count()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {"Added": "2", "Removed": str(public - 2), "Changed": "0"}
    at.button(key="own_list_back").click().run()
    assert not _banners(at)
    at.switch_page("pages/overview.py").run()
    assert _public_regions() in _sentence(at) and not _banners(at)


def _workbook(**sheets: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="xlsxwriter") as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name, index=False)
    return buffer.getvalue()


def _edited(old: str, new: str) -> bytes:
    return FIXTURE.read_text(encoding="utf-8").replace(old, new).encode("utf-8")


_FRAME = pd.read_csv(FIXTURE, dtype=str, keep_default_na=False)
BAD_UPLOADS = {
    "missing column": (
        "participants.csv",
        _FRAME.drop(columns="evidence").to_csv(index=False).encode(),
        "field evidence: is a required column missing from the header",
    ),
    "unknown NUTS code": (
        "participants.csv",
        _edited("DE2,", "DE0,"),
        "line 5 (id 'de-bavaria'), field nuts_code, value 'DE0': is not a NUTS 2021 code",
    ),
    "duplicate id": (
        "participants.csv",
        _edited("de-bavaria", "be-ghent"),
        "field id, value 'be-ghent': is a duplicate",
    ),
    "wrong type": (
        "participants.csv",
        _edited("2792482", "two"),
        "field geonames_id, value 'two': has the wrong type",
    ),
    "bad encoding": (
        "participants.csv",
        FIXTURE.read_text(encoding="utf-8").encode("latin-1"),
        "is not UTF-8 text",
    ),
    "empty file": ("participants.csv", b"", "participants.csv: is empty"),
    "too large": (
        "participants.csv",
        FIXTURE.read_bytes() + b" " * upload.MAX_BYTES,
        "the limit is 5 MB",
    ),
    "Excel without participants sheet": (
        "list.xlsx",
        _workbook(groups=pd.DataFrame({"id": ["x"]})),
        "list.xlsx: has no sheet named 'participants' (sheets found: groups)",
    ),
}


@pytest.mark.parametrize("case", BAD_UPLOADS)
def test_a_bad_upload_is_named_and_not_used(case: str) -> None:
    name, data, expected = BAD_UPLOADS[case]
    at = _upload(_app(), (name, data))
    assert not at.exception
    assert "Your upload was not used" in at.error[0].value
    assert "still shows the public list" in at.error[0].value
    assert expected in at.main.code[0].value
    assert not _banners(at) and cache.SESSION_KEY not in at.session_state
    at.switch_page("pages/overview.py").run()
    assert _public_regions() in _sentence(at)


@pytest.mark.parametrize(
    ("lang", "word"), [("en", "Upload"), ("de", "Hochladen"), ("fr", "Envoyer"), ("nl", "Uploaden")]
)
def test_upload_button_in_the_ui_language(lang: str, word: str) -> None:
    """Streamlit's button says "Upload" in every language; the upload page's rule shows the UI
    language's word in its place, and no other page carries the rule."""
    rules = [
        e.value
        for e in run("pages/upload.py", lang=lang).markdown
        if is_style(e) and "stFileUploaderDropzone\"] button" in e.value
    ]
    assert len(rules) == 1 and f'content: "{word}"' in rules[0]
    other = run("pages/map.py", lang=lang).markdown
    assert not [e for e in other if "stFileUploaderDropzone\"] button" in str(e.value)]

def test_messages_in_the_ui_language() -> None:
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=TIMEOUT)
    at.query_params["lang"] = "de"
    at.run()
    at = _upload(at, ("participants.csv", _edited("DE2,", "DE0,")))
    assert "nicht verwendet" in at.error[0].value
    assert "Zeile 5 (ID 'de-bavaria'), Feld nuts_code, Wert 'DE0'" in at.main.code[0].value


def test_two_sessions_stay_apart() -> None:
    """Session A's upload is never seen by B (same process, shared caches), and B's own upload
    does not change A's view."""
    first, second = _app(), _app()
    _upload(first, ("participants.csv", FIXTURE.read_bytes()))
    for page in ("pages/overview.py", "pages/participants.py", "pages/map.py"):
        first.switch_page(page).run()
        second.switch_page(page).run()
        assert OWN_SENTENCE in _sentence(first) and _banners(first)
        assert _public_regions() in _sentence(second) and not _banners(second)
    frame = _FRAME[_FRAME["ID"] != "de-bavaria"]
    _upload(second, ("mine.xlsx", _workbook(participants=frame)))
    second.switch_page("pages/overview.py").run()
    first.switch_page("pages/overview.py").run()
    assert "0 of 63 regions" in _sentence(second) or "no region" in _sentence(second).lower()
    assert OWN_SENTENCE in _sentence(first)
    third = _app()
    assert _public_regions() in _sentence(third) and not _banners(third)


def test_sessions_running_at_the_same_time_stay_apart() -> None:
    """Two sessions open their pages in turn: each sees only its own list. (Interleaved, not in
    threads: AppTest creates and removes Streamlit's Runtime singleton around every run, and the
    map component, st.components.v2, looks its registry up there, so two AppTests cannot run at
    once; the real server has one Runtime for all sessions.)"""
    own, public = _upload(_app(), ("participants.csv", FIXTURE.read_bytes())), _app()
    mine, theirs = [], []
    for page in ("pages/overview.py", "pages/participants.py", "pages/networks.py") * 2:
        for at, seen in ((own, mine), (public, theirs)):
            at.switch_page(page).run()
            seen.append(_sentence(at))
    assert all(OWN_SENTENCE in s for s in mine)
    assert all(_public_regions() in s and "uploaded" not in s for s in theirs)


def test_many_problems_are_capped_on_screen_and_all_downloadable() -> None:
    rows = FIXTURE.read_text(encoding="utf-8").splitlines()
    bad = rows[4].replace(",confirmed,", ",sure,")  # one problem per row
    text = "\n".join([rows[0], *[bad.replace("de-bavaria", f"de-x{i}") for i in range(250)]])
    at = _upload(_app(), ("participants.csv", text.encode()))
    assert "250 problems" in at.error[0].value
    assert len(at.main.code[0].value.splitlines()) == 200
    assert any("all 250" in c.value for c in at.caption)
    assert at.get("download_button")[-1].proto.label == "Download the list of problems"


def test_participants_page_says_whose_list() -> None:
    at = _upload(_app(), ("participants.csv", FIXTURE.read_bytes()))
    at.switch_page("pages/participants.py").run()
    assert any("your uploaded list has 4." in c.value for c in at.caption)


def test_shared_caches_hold_public_data_only() -> None:
    """An uploaded list never enters st.cache_data: a fresh session after an upload gets the
    public frame from the shared cache, equal to the files."""
    _upload(_app(), ("participants.csv", FIXTURE.read_bytes()))
    assert len(cache.participants()) == live.count()
    fresh = cache.filtered.shared(Filters())
    assert set(fresh["id"]) == {row["id"] for row in live.rows("participants.csv")}


def test_every_data_function_is_per_session() -> None:
    """A cached function that reads participant data must answer per session (wrapped); the
    shared-only ones read none, or read the public list explicitly."""
    import inspect

    data_calls = ("participants(", "groups(", "memberships(", "filtered(", "display(")
    for module in (files, indicator_data, participant_data):
        for name in module.SHARED_ONLY:
            source = inspect.getsource(getattr(module, name).__wrapped__)
            body = source.split('"""')[-1]
            reads = any(call in body for call in data_calls)
            assert not reads or "using(dataset.PUBLIC)" in body, name
    assert hasattr(cache.participants, "shared")
    from ui import map_svgs  # the maps are built and cached there, per session too

    assert all(
        hasattr(f, "shared")
        for f in (map_svgs.participant_svg, map_svgs.locator_svg, map_svgs.indicator_svg)
    )


def test_template_download_is_the_public_list(tmp_path: Path) -> None:
    at = _app()
    at.switch_page("pages/upload.py").run()
    data = cache.template_file("en")
    sheets = pd.read_excel(io.BytesIO(data), sheet_name=None)
    assert len(sheets["participants"]) == live.count()
    assert {"participants", "groups", "memberships", "Columns"} <= set(sheets)
    assert not at.exception


def test_a_bad_upload_after_a_good_one_keeps_the_good_one() -> None:
    at = _upload(_app(), ("participants.csv", FIXTURE.read_bytes()))
    _upload(at, ("participants.csv", b""))
    assert "still shows your earlier uploaded list" in at.error[0].value
    assert [b for b in _banners(at) if b.startswith(BANNER)]


def test_an_approximate_city_says_so_on_its_profile() -> None:
    at = _upload(_app(), ("participants.csv", FIXTURE.read_bytes()))
    at.query_params["id"] = "be-ghent"  # no coordinates in the fixture
    at.switch_page("pages/profile.py").run()
    assert any(c.value == "Location approximate (NUTS 3 unit)" for c in at.caption)
    at.query_params["id"] = "be-leuven"
    at.switch_page("pages/profile.py").run()
    assert not any("approximate" in c.value for c in at.caption)
