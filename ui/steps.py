"""The guided sequence a workshop facilitator steps through in presentation mode.

Overview -> the map of the represented Member States -> the map of each network or consortium
(``?group=<id>``, ids from the data) -> the indicator comparison. Every step is a link: page path
plus query parameters (``present=1``, ``step=<n>``, ``lang``), so the list can be prepared and
shared in advance. Pure functions; no Streamlit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import urlencode

from pri_data.i18n import ENGLISH, N_, Translator
from pri_data.text import echo

UNKNOWN_VALUE = N_("Ignored unknown {name} in the link: {value}")  # as pri_data.filters says it

PRESENT_PARAM, STEP_PARAM, LANG_PARAM = "present", "step", "lang"


@dataclass(frozen=True)
class Step:
    """One screen of the sequence. ``label`` is an English msgid, or a group's own name when
    ``translate`` is false."""

    page: str  # the page's name, its st.Page url_path: "overview", "map", "comparison"
    url_path: str  # the st.Page url_path; "" for the default page, which lives at the app root
    label: str
    params: tuple[tuple[str, str], ...] = ()
    translate: bool = True


def guided_steps(groups: Iterable[tuple[str, str]]) -> list[Step]:
    """The sequence for ``groups`` = (id, name) pairs in the order to show them."""
    return [
        Step("overview", "", N_("Overview of the pilot")),
        Step("map", "map", N_("Map of the represented Member States")),
        *(
            Step("map", "map", name, (("group", gid),), translate=False)
            for gid, name in groups
        ),
        Step("comparison", "comparison", N_("Indicator comparison")),
    ]


def step_params(steps: list[Step], index: int, lang: str = "en") -> dict[str, str]:
    """The query parameters of step ``index`` (0-based): its own, present=1, step=n, lang."""
    params = dict(steps[index].params)
    params[PRESENT_PARAM] = "1"
    params[STEP_PARAM] = str(index + 1)
    if lang != "en":
        params[LANG_PARAM] = lang
    return params


def step_url(steps: list[Step], index: int, lang: str = "en", base: str = "") -> str:
    """'map?group=cities-4-0&present=1&step=3&lang=nl', relative to the app root, or absolute
    when ``base`` (the app URL with its trailing slash) is given. The default page is the root
    itself: './?present=1&step=1' (or base + '?present=1&step=1')."""
    path = steps[index].url_path or ("" if base else "./")
    return f"{base}{path}?{urlencode(step_params(steps, index, lang))}"


def current_step(steps: list[Step], page: str | None, params: Mapping[str, str]) -> int | None:
    """The 0-based step shown by ``page`` with ``params``: the ``step`` parameter when it names a
    step of this page, else the first step of this page whose parameters match (None if none).
    ``page`` None (a page file run without the app's navigation) trusts the ``step`` parameter."""
    raw = params.get(STEP_PARAM, "")
    named = int(raw) - 1 if raw.isdigit() and 1 <= int(raw) <= len(steps) else None
    if named is not None and page in (None, steps[named].page):
        return named
    for index, step in enumerate(steps):
        own = dict(step.params)
        if step.page == page and all(params.get(k) == own.get(k) for k in ("group", *own)):
            return index
    return None


def ignored_step_params(
    steps: list[Step], page: str | None, params: Mapping[str, str], tr: Translator = ENGLISH
) -> list[str]:
    """A notice per presentation parameter the link gives but the page cannot use: ``present``
    other than 1, ``step`` that is not a step of this page (abc, -1, 999, another page's)."""
    notices = []
    present = params.get(PRESENT_PARAM)
    if present is not None and present != "1":
        notices.append(tr.gettext(UNKNOWN_VALUE).format(name=PRESENT_PARAM, value=echo(present)))
    raw = params.get(STEP_PARAM)
    if raw is not None:
        fits = raw.isdigit() and 1 <= int(raw) <= len(steps)
        fits = fits and page in (None, steps[int(raw) - 1].page)
        if not (fits and present == "1"):
            notices.append(tr.gettext(UNKNOWN_VALUE).format(name=STEP_PARAM, value=echo(raw)))
    return notices
