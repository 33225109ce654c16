"""Every map of the app on the page: the SVG of ``figures`` drawn by one small custom component
(``st.components.v2``, no iframe, no Plotly). The component's code and styles are
``static/map/pri-map.js``, served by Streamlit's static file serving
(``server.enableStaticServing``) and imported once per page; the NUTS geometry comes the same way
(``geo.shapes``). The first run sends the SVG without its geometry; later reruns send only what
changed in it (``ui.map_patch``), which the browser applies in place.

A click on a participant, or Enter on a focused one, returns its id (``setTriggerValue``) and
``show`` opens its profile.
"""

from __future__ import annotations

import time

import streamlit as st

from figures import svg_map
from geo.shapes import STATIC_DIR, geometry_urls
from pri_data.filters import Filters
from ui import i18n, map_patch, map_preview, map_svgs, present, urls
from ui.assets import asset_url
from ui.i18n import _

JS_FILE = STATIC_DIR / "pri-map.js"
PRELOAD_KEY = "pri_map_preload"
MAP_PAGES = ("overview", "map", "networks", "comparison", "profile")  # url paths with a map
OVERVIEW_MAP, PARTICIPANT_MAP = "overview_map", "participant_map"  # pages/overview.py, map.py
# The maps users open first, built at a start (ui.warm), and their pages' addresses under the
# base URL ("": the default page, app.py).
FIRST_MAPS = {OVERVIEW_MAP: ("", "overview"), PARTICIPANT_MAP: ("map",)}
_SENT = "_pri_map_sent"
# A run waits this long after its first redrawn map: Streamlit's frontend renders what arrives
# together in one React commit and calls the component after it, so the map would wait for the
# sidebar and the press sentence. The browser is busy for about 100 ms after a rerun starts, so
# 30 ms was too short: 80 ms redrew the map about 40 ms sooner after a network pick, the page idle
# about 30 ms later (bench/README.md, Changes measured). ``preload`` resets it.
HANDOFF_S = 0.08
# A session's first map waits longer after its still picture, which the browser draws at once
# (Markdown is in Streamlit's first bundle): otherwise the picture waits for the rest of the
# page's messages, sidebar included. Measured, interleaved: the Overview's picture 120-220 ms
# sooner, the page idle about 60 ms later; at /map within the noise (bench/README.md, Changes
# measured).
FIRST_PAINT_HANDOFF_S = 0.06
_HANDED = "_pri_map_handed"
# The map's own styles are in pri-map.js (sent once per page); this rule must hold before it loads.
CSS = ".st-key-pri_map_preload { display: none; }"


# The inline module only imports the real one (a static file the browser keeps): the component's
# code then travels once per page, not with every rerun. It starts the geometry downloads at the
# same time (pri-map.js reads the same promises), so they do not wait for the module.
_LOADER = "\n".join(  # sent with every rerun: kept short (a string with no newline is a path)
    (
        "export default function (c) {",
        'performance.mark("pri-map:loader");',
        "const g = (globalThis.__priMapGeo ??= new Map());",
        "for (const u of Object.values(c.data?.geo ?? {})) {",
        "if (g.has(u)) continue;",
        "const p = fetch(new URL(u, document.baseURI)).then((r) => r.ok ? r.json() :",
        " Promise.reject(new Error(`map geometry ${u}: HTTP ${r.status}`)));",
        "p.catch(() => g.delete(u)); g.set(u, p);",
        "}",
        f'(globalThis.__priMapModule ??= import(new URL("{asset_url(JS_FILE)}",',
        " document.baseURI).href)).then((m) => m.default(c));",
        "}",
    )
)

_component = st.components.v2.component("pri_map", js=_LOADER, css=CSS, isolate_styles=False)


def preload() -> None:
    """An invisible instance of the map component, placed by app.py before anything else on a
    page with a map: the browser then asks for the component's code and the geometry first,
    ahead of the sidebar widgets' code (bench/breakdown.py). Only until the session's first map
    is sent: then the browser has both, and an empty slot keeps the place, so nothing after it
    moves, for a few bytes instead of about 1 KB on every filter change. It also starts the run's
    one hand-off (``HANDOFF_S``)."""
    slot = st.empty()
    st.session_state[_HANDED] = not st.session_state.get(_SENT)  # a first run: code still loading
    if not st.session_state.get(_SENT):
        eu_view = {k: url for k, url in geometry_urls().items() if k != "0f"}  # not the locator's
        with slot:
            _component(key=PRELOAD_KEY, data={"geo": eu_view})


def _noop() -> None:
    """The click is read from the component's result after it is mounted."""


def show(
    svg: str,
    *,
    key: str,
    filename: str,
    hide_title: bool = False,
    max_height: str = map_preview.MAX_HEIGHT,
    reserve: int = 0,
) -> str | None:
    """Mount the map; the participant id clicked (or chosen with Enter) in this run, if any.
    When presenting, the map fits the screen below the presentation bar and the title line, less
    ``reserve`` px the page shows above or below it (``present.map_height``)."""
    if present.is_presenting():
        max_height = present.map_height(reserve)
    sent = st.session_state.setdefault(_SENT, {})  # key -> the SVG's hash this browser holds
    # This session's first map: Streamlit has not loaded the component's code yet, and will
    # only with the sidebar widgets' (ui.map_preview). Presenting, there is no sidebar.
    first_paint = not sent and not present.is_presenting()
    held = sent.get(key)
    slot = st.empty()  # always there, so the component keeps its place on later runs
    data = {
        **map_patch.payload(svg, held),
        "id": key,
        "geo": {k: url for k, url in geometry_urls().items() if f'data-l="{k}"' in svg},
        "filename": filename,
        "hideTitle": hide_title,
        "maxHeight": max_height,
        "labels": {
            "svg": _("Download SVG"),
            "png": _("Download PNG"),
            "error": _("The map could not be drawn"),
        },
    }
    sent[key] = data["rev"]
    if first_paint:  # before the component's own message; it hides the picture when drawn
        box_key = f"{map_preview.KEY}_{key}"
        data["picture"] = f"st-key-{box_key}"
        slot.container(key=box_key).markdown(map_preview.picture(svg, hide_title))
        hand_off(FIRST_PAINT_HANDOFF_S)  # the component's code is still loading: it can wait
    result = _component(key=key, data=data, on_clicked_change=_noop, on_stale_change=_noop)
    if data["rev"] != held and not st.session_state.get(_HANDED, True):
        st.session_state[_HANDED] = True
        hand_off()
    if getattr(result, "stale", None):  # the browser lacked the base of a patch: send it all
        sent.pop(key, None)
        st.rerun()
    return getattr(result, "clicked", None)


def hand_off(seconds: float = HANDOFF_S) -> None:
    """Let the browser draw the map (or its picture) just sent before the rest of the run
    reaches it. Only the script's thread waits: other sessions run on."""
    time.sleep(seconds)


def open_profile(participant_id: str) -> None:
    """Switch to the participant's profile with the view's state (the one URL builder)."""
    urls.switch("profile", {"id": participant_id})


def participant_map(
    filters: Filters,
    color_by: str,
    title: str,
    key: str,
    *,
    legend: str = "right",
    width: float = svg_map.WIDTH,
    reserve: int = 0,
) -> None:
    """The participant map of ``filters``; a click opens the participant's profile. ``width``:
    about the pixels the map gets (its text keeps its size); ``reserve``: see ``show``."""
    box = present.map_box(reserve) if present.is_presenting() else 0.0
    svg = map_svgs.participant_svg(
        filters, color_by, title, key, i18n.current_lang(), legend, width, box
    )
    clicked = show(
        svg,
        key=key,
        filename=key.replace("_", "-"),
        hide_title=present.is_presenting(),
        reserve=reserve,
    )
    if clicked:
        open_profile(clicked)


def locator(participant_id: str, title: str) -> None:
    """The profile's small map (a click on the participant opens nothing new: it is this page)."""
    svg = map_svgs.locator_svg(participant_id, title, i18n.current_lang())
    show(svg, key="profile_map", filename=f"pri-profile-{participant_id}", hide_title=True)


def indicator_map(
    filters: Filters,
    indicator_id: str,
    year: int | None,
    title: str,
    unit: str,
    source: str,
    reserve: int = 0,
) -> None:
    """The comparison page's map (regions are not participants: clicks open nothing)."""
    box = present.map_box(reserve) if present.is_presenting() else 0.0
    svg = map_svgs.indicator_svg(
        filters, indicator_id, year, title, unit, source, i18n.current_lang(), box
    )
    show(
        svg,
        key="cmp_map",
        filename=f"pri-{indicator_id}-map",
        hide_title=present.is_presenting(),
        reserve=reserve,
    )
