"""Nothing a link or a data file holds is rendered as markup: every echoed URL parameter and the
names, descriptions and evidence of a data file reach Markdown elements escaped (no image, link,
HTML or Streamlit directive), and notices shorten long values."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from tests.conftest import set_cell
from tests.ui.apptest import PAGE_FILES, run, texts

HOST = "198.51.100.7"
PAYLOADS = {
    "image": f"![p](http://{HOST}/pixel.png)",
    "link": f"[click](http://{HOST}/)",
    "html": f"<img src=http://{HOST}/x.png onerror=alert(1)>",
    "svg": f"<svg onload=alert(1)><script>fetch('//{HOST}')</script></svg>",
    "directive": ":red[red] :material/home:",
}
# Where an unescaped payload would act: an image, a link, an autolink, a tag, a directive.
UNSAFE = re.compile(
    rf"!\[p\]|\[click\]\(|https?\\?://{re.escape(HOST)}|(?<!\\)<(?:img|svg|script)"
    r"|(?<!\\):(?:red|material)"
)
MARKDOWN_ELEMENTS = (
    "markdown", "caption", "info", "warning", "error", "success", "title", "header", "subheader",
)  # fmt: skip

# (page, parameter, extra parameters): every value a page repeats from the link.
ECHOED = [
    ("pages/profile.py", "id", {}),
    ("pages/participants.py", "group", {}),
    ("pages/participants.py", "country", {}),
    ("pages/map.py", "type", {}),
    ("pages/networks.py", "confidence", {}),
    ("pages/participants.py", "q", {}),
    ("pages/overview.py", "lang", {}),
    ("pages/map.py", "color", {}),
    ("pages/map.py", "focus", {}),
    ("pages/about.py", "present", {}),
    ("pages/map.py", "step", {"present": "1"}),
    ("pages/comparison.py", "ind", {}),
    ("pages/comparison.py", "year", {}),
    ("pages/comparison.py", "ind2", {}),
]
# Each parameter meets one payload, the payloads in turn (every payload meets several parameters;
# the browser test repeats the image and SVG payloads on the main ones).
CASES = [
    pytest.param(page, name, extra, kind, id=f"{name}-{kind}")
    for (page, name, extra), kind in zip(ECHOED, itertools.cycle(PAYLOADS))
]


def markdown_texts(at) -> list[str]:
    """Every string a Markdown element of the run shows (main area and sidebar)."""
    return [t for kind in MARKDOWN_ELEMENTS for t in texts(at.get(kind))]


def assert_nothing_unsafe(at) -> None:
    assert not at.exception, [e.value for e in at.exception]
    bad = [t for t in markdown_texts(at) if UNSAFE.search(t)]
    assert not bad, bad


@pytest.mark.parametrize(("path", "name", "extra", "kind"), CASES)
def test_echoed_parameter_is_plain_text(path: str, name: str, extra: dict, kind: str) -> None:
    at = run(path, **extra, **{name: PAYLOADS[kind]})
    assert_nothing_unsafe(at)
    if name != "q":  # a short search text is a filter, not an ignored value
        notices = [t for t in texts(at.info) if "198" in t or "red" in t or "svg" in t]
        assert notices, texts(at.info)


@pytest.mark.parametrize(("path", "name"), [("pages/profile.py", "id"),
                                            ("pages/overview.py", "group"),
                                            ("pages/map.py", "lang"),
                                            ("pages/map.py", "step")])  # fmt: skip
def test_long_value_is_shortened_in_its_notice(path: str, name: str) -> None:
    at = run(path, **{name: "A" * 10_000, "present": "1" if name == "step" else "0"})
    assert not at.exception
    notices = [t for t in texts(at.info) if "AAAA" in t]
    assert notices and all(len(t) < 400 and "…" in t for t in notices), notices


def test_an_unknown_parameter_name_is_plain_text_in_its_notice() -> None:
    at = run("pages/map.py", **{PAYLOADS["image"]: PAYLOADS["html"], PAYLOADS["svg"]: "1"})
    assert_nothing_unsafe(at)
    assert len([t for t in texts(at.info) if "unknown parameter" in t]) == 2, texts(at.info)


def test_ignored_presentation_values_each_give_a_notice() -> None:
    for params in ({"present": "yes"}, {"present": "2"}, {"present": "1", "step": "-1"},
                   {"present": "1", "step": "999"}, {"present": "1", "step": "abc"}):  # fmt: skip
        at = run("pages/map.py", **params)
        assert not at.exception
        ignored = params.get("step", params["present"])
        notices = [t for t in texts(at.info) if f"'{ignored}'" in t]
        assert len(notices) == 1 and "Ignored" in notices[0], texts(at.info)
    clean = run("pages/map.py", present="1", step="2")  # step 2 is the map: nothing ignored
    assert not [t for t in texts(clean.info) if "Ignored" in t]


@pytest.fixture
def hostile_data(data_copy: Path) -> Path:
    """A data copy whose participant and group texts are payloads (Leuven, Cities 4.0)."""
    p, g = data_copy / "participants.csv", data_copy / "groups.csv"
    set_cell(p, 2, "name_en", "Leuven " + PAYLOADS["image"])
    set_cell(p, 2, "name_local", PAYLOADS["svg"])
    set_cell(p, 2, "evidence", PAYLOADS["link"] + " " + PAYLOADS["directive"])
    line = next(i for i, row in enumerate(g.read_text().split("\n"), 1) if row.startswith("cit"))
    set_cell(g, line, "name", "Cities " + PAYLOADS["html"])
    set_cell(g, line, "description", PAYLOADS["image"] + " " + PAYLOADS["svg"])
    return data_copy


@pytest.mark.parametrize("path", PAGE_FILES)
def test_names_from_a_data_file_are_plain_text(hostile_data: Path, path: str) -> None:
    params = {"id": "be-leuven"} if path.endswith("profile.py") else {"group": "cities-4-0"}
    at = run(path, **params)
    assert_nothing_unsafe(at)
    if path.endswith(("profile.py", "networks.py")):
        shown = "\n".join(markdown_texts(at))
        assert "pixel.png" in shown  # the text is there, as text


def test_names_are_plain_text_in_presentation_mode(hostile_data: Path) -> None:
    at = run("pages/map.py", group="cities-4-0", present="1")
    assert_nothing_unsafe(at)
    assert any("Cities" in t for t in texts(at.title))
