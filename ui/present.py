"""Presentation mode: ``?present=1`` turns any page into a screen-share view that fits a
1280x720 projector without scrolling (and 1920x1080): large type, no sidebar or Streamlit chrome,
one title line stating the current selection, the guided sequence of ``ui.steps`` on the
page (step indicator, Previous / Next links, "Exit presentation"; reachable with Tab and with a
clicker's keys) and a visible focus ring. ``ui.shell`` calls this module; the map component
sizes itself with ``map_height`` and ``map_box`` when presenting.
"""

from __future__ import annotations

import streamlit as st

from pri_data import cache
from pri_data.text import plain
from ui import i18n, layout, urls
from ui.i18n import _
from ui.steps import (
    PRESENT_PARAM,
    STEP_PARAM,
    Step,
    current_step,
    guided_steps,
    step_params,
    step_url,
)

SCREEN_HEIGHT = 720  # px: the smallest projector every step must fit without scrolling
SCREEN_WIDTH = 1280
MAP_CHROME = 225  # px: the bar, one title line and the map's download buttons, with gaps
SIDE_PADDING = 56  # px: the page's padding left and right (1.4rem each, below)
_CSS = """<style>
html { font-size: 20px; }
[data-testid="stSidebar"], [data-testid="stExpandSidebarButton"],
[data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stAppHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
[data-testid="stStatusWidget"], footer { display: none !important; }
[data-testid="stMainBlockContainer"] {
  padding: 0.5rem 1.4rem 0.5rem 1.4rem !important; max-width: 100% !important;
}
h1 { font-size: 1.2rem !important; line-height: 1.25 !important; padding: 0 !important; }
h2 { font-size: 1.3rem !important; }
h3 { font-size: 1.15rem !important; }
[data-testid="stMetricValue"] { font-size: 1.3rem !important; }
[data-testid="stMetricLabel"] p { font-size: 0.75rem !important; }
/* a narrow window wraps the bar's links rather than cutting them ("← Précédent") */
[class*="st-key-present_"] [data-testid="stPageLink"] * {
  white-space: normal !important; overflow: visible !important;
}
a:focus-visible, button:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid #1a5fb4 !important; outline-offset: 3px !important;
  box-shadow: 0 0 0 6px rgba(26, 95, 180, 0.25) !important;
}
</style>"""
# Presentation clickers send these keys: → / PageDown / Space next, ← / PageUp previous, Esc
# exits. The listener clicks the bar's own links and button (found by their container keys),
# so a key does exactly what a click does; typing in a field is left alone.
_KEYS_JS = """
export default function () {
  const ACTIONS = {
    ArrowRight: "present_next", PageDown: "present_next", " ": "present_next",
    ArrowLeft: "present_prev", PageUp: "present_prev", Escape: "present_exit",
  };
  const onKey = (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const active = document.activeElement;
    const tag = active ? active.tagName : "";
    if (["INPUT", "TEXTAREA", "SELECT"].includes(tag) || (active && active.isContentEditable)) {
      return;
    }
    if (event.key === " " && ["A", "BUTTON"].includes(tag)) return;  // Space activates it
    const key = ACTIONS[event.key];
    const target = key && document.querySelector(`.st-key-${key} a, .st-key-${key} button`);
    if (!target) return;
    event.preventDefault();
    target.click();
  };
  document.addEventListener("keydown", onKey);
  return () => document.removeEventListener("keydown", onKey);
}
"""
_keys = st.components.v2.component("pri_present_keys", js=_KEYS_JS)


def is_presenting() -> bool:
    """True when the URL has ``?present=1``."""
    return st.query_params.get(PRESENT_PARAM) == "1"


def map_height(reserve: int = 0) -> str:
    """The CSS height a map may take when presenting: the screen less ``MAP_CHROME`` and
    ``reserve`` (px the page shows above or below it)."""
    return f"calc(100vh - {MAP_CHROME + reserve}px)"


def map_box(reserve: int = 0) -> float:
    """The width/height ratio of the space a map has when presenting on the smallest screen
    (1280x720): the map's SVG is drawn to that shape so it fills the screen's width (a wider
    screen of the same shape leaves a little height free)."""
    return (SCREEN_WIDTH - SIDE_PADDING) / (SCREEN_HEIGHT - MAP_CHROME - reserve)


def apply_style() -> None:
    """Large type; sidebar, header toolbar, status and footer hidden; a visible focus ring: on
    top of the layout rules every page has (``layout.add_style``)."""
    layout.add_style(_CSS)


def steps() -> list[Step]:
    """The guided sequence for the data's groups (networks and consortia, in file order)."""
    groups = cache.groups()
    return guided_steps(zip(groups["id"], groups["name"], strict=True))


def step_label(step: Step) -> str:
    """The step's name for a Markdown label: a group's name from the data is escaped."""
    return _(step.label) if step.translate else plain(step.label)


def _link(all_steps: list[Step], index: int, label: str, container=st) -> None:
    """A same-tab link to step ``index``: its own parameters only (nothing else carried)."""
    step = all_steps[index]
    params = step_params(all_steps, index, i18n.current_lang())
    urls.link(step.page, label, params, carry=False, container=container)


def _exit() -> None:
    """Leave presentation mode with a clean link: no ``present``, no ``step``; one write."""
    urls.update_view({PRESENT_PARAM: None, STEP_PARAM: None})


def _on_toggle() -> None:
    if st.session_state["present_toggle"]:
        urls.update_view({PRESENT_PARAM: "1"})
    else:
        _exit()


def presentation_bar(page: str | None, title: str) -> None:
    """Step indicator, Previous / Next and Exit, above the title line; the keys listener."""
    all_steps = steps()
    index = current_step(all_steps, page, st.query_params.to_dict())
    where, back, forward, leave = st.columns([4.4, 1.5, 1.5, 2.6], vertical_alignment="center")
    if index is None:
        where.markdown(f"**{title}**")
        _link(all_steps, 0, "▶ " + _("Start the sequence"), forward.container(key="present_next"))
    else:
        urls.update_view({STEP_PARAM: str(index + 1)})
        text = _("Step {n} of {total}").format(n=index + 1, total=len(all_steps))
        where.markdown(f"**{text}** · {title}")
        if index > 0:
            _link(all_steps, index - 1, "← " + _("Previous"), back.container(key="present_prev"))
        if index < len(all_steps) - 1:
            _link(all_steps, index + 1, _("Next") + " →", forward.container(key="present_next"))
    with leave.container(key="present_exit_box"):
        st.button(_("Exit presentation"), key="present_exit", on_click=_exit, icon="✖")
        _keys(key="present_keys", height=0)


SEQUENCE_KEY = "present_sequence"  # the sidebar's expander of step links (open: session state)


def sidebar_section() -> None:
    """Sidebar: the presentation toggle and, once its expander is opened, every step of the
    sequence as a link and all of their addresses as text to copy."""
    st.session_state["present_toggle"] = is_presenting()
    with st.sidebar:
        st.subheader(_("Presentation"))
        st.toggle(
            _("Presentation mode"),
            key="present_toggle",
            on_change=_on_toggle,
            help=_(
                "Large type and no sidebar, for sharing a screen. Leave it with the button "
                "at the top of the page."
            ),
        )
        all_steps = steps()
        sequence = st.expander(
            _("Guided sequence ({n} steps)").format(n=len(all_steps)),
            key=SEQUENCE_KEY,
            on_change="rerun",
        )
        # Its links and their addresses (2.8 KB) go out only while it is open, not with every
        # filter change (at most 20 KB each, issue 10); opening it reruns the page.
        if not sequence.open:
            return
        with sequence:
            for index, step in enumerate(all_steps):
                _link(all_steps, index, f"{index + 1}. {step_label(step)}")
            st.caption(_("Links for a workshop; each opens its step in presentation mode."))
            # st.text, not st.code: st.code makes every page load Streamlit's 1.5 MB syntax
            # highlighter, which held the first map back by about 0.3 s (bench/breakdown.py).
            st.text(
                "\n".join(
                    step_url(all_steps, i, i18n.current_lang(), _base_url())
                    for i in range(len(all_steps))
                ),
            )


def _base_url() -> str:
    """The app's address up to its last '/', from the browser's URL ('' when unknown)."""
    url = (st.context.url or "").split("?")[0]
    return url[: url.rfind("/") + 1] if "://" in url else ""
