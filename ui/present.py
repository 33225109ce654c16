"""Presentation mode: ``?present=1`` turns any page into a screen-share view (large type, no
sidebar or Streamlit chrome, taller charts, a title line stating the current selection), with the
guided sequence of ``ui.steps`` on the page: step indicator, Previous / Next links and an
"Exit presentation" button (all reachable with Tab). ``shell.page_start`` calls this module.

Pages ask for chart heights with ``figure_height(default)``.
"""

from __future__ import annotations

import streamlit as st

from pri_data import cache
from pri_data.text import plain
from ui import i18n, urls
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

PRESENT_MIN_HEIGHT = 800  # px: a chart fills a shared 1080p screen below the title line
_CSS = """<style>
html { font-size: 22px; }
[data-testid="stSidebar"], [data-testid="stExpandSidebarButton"],
[data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stAppHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
[data-testid="stStatusWidget"], footer { display: none !important; }
[data-testid="stMainBlockContainer"] {
  padding: 0.6rem 1.6rem 1rem 1.6rem !important; max-width: 100% !important;
}
h1 { font-size: 1.9rem !important; padding: 0.2rem 0 0.4rem 0 !important; }
h2 { font-size: 1.5rem !important; }
h3 { font-size: 1.25rem !important; }
[data-testid="stMetricValue"] { font-size: 1.5rem !important; }
[data-testid="stMetricLabel"] p { font-size: 0.8rem !important; }
</style>"""


def is_presenting() -> bool:
    """True when the URL has ``?present=1``."""
    return st.query_params.get(PRESENT_PARAM) == "1"


def figure_height(default: int) -> int:
    """The chart height a page should use: ``default``, taller when presenting."""
    return max(round(default * 1.1), PRESENT_MIN_HEIGHT) if is_presenting() else default


def apply_style() -> None:
    """Large type; sidebar, header toolbar, status and footer hidden."""
    st.html(_CSS)


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
    """Step indicator, Previous / Next and Exit, above the title line."""
    all_steps = steps()
    index = current_step(all_steps, page, st.query_params.to_dict())
    where, back, forward, leave = st.columns([4.4, 1.5, 1.5, 2.6], vertical_alignment="center")
    if index is None:
        where.markdown(f"**{title}**")
        _link(all_steps, 0, "▶ " + _("Start the sequence"), forward)
    else:
        # Also sends the whole query string to the browser: a page link to the same page with
        # other parameters (map -> map of the next network) leaves the old URL there otherwise.
        urls.update_view({STEP_PARAM: str(index + 1)})
        text = _("Step {n} of {total}").format(n=index + 1, total=len(all_steps))
        where.markdown(f"**{text}** · {title}")
        if index > 0:
            _link(all_steps, index - 1, "← " + _("Previous"), back)
        if index < len(all_steps) - 1:
            _link(all_steps, index + 1, _("Next") + " →", forward)
    leave.button(_("Exit presentation"), key="present_exit", on_click=_exit, icon="✖")


def sidebar_section() -> None:
    """Sidebar: the presentation toggle and every step of the sequence as a link."""
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
        with st.expander(_("Guided sequence ({n} steps)").format(n=len(all_steps))):
            for index, step in enumerate(all_steps):
                _link(all_steps, index, f"{index + 1}. {step_label(step)}")
            st.caption(_("Links for a workshop; each opens its step in presentation mode."))
            st.code(
                "\n".join(
                    step_url(all_steps, i, i18n.current_lang(), _base_url())
                    for i in range(len(all_steps))
                ),
                language=None,
            )


def _base_url() -> str:
    """The app's address up to its last '/', from the browser's URL ('' when unknown)."""
    url = (st.context.url or "").split("?")[0]
    return url[: url.rfind("/") + 1] if "://" in url else ""
