"""Page layout that holds at every window width (issue 13, point 5): narrower side margins below
1440 px, headline figures and their labels that wrap instead of ending in "…", and a row of
cards that flows onto a second line in a narrow window. CSS only, on Streamlit's own test ids
(checked in 1.67: stMainBlockContainer, stMetricLabel, stMetricValue,
stFileUploaderDropzoneInstructions, stFileUploaderDropzone, a dropdown's role=listbox data-empty)
and on our own keys; the browser test ``test_narrow_browser.py`` fails if a headline figure or
label is cut again."""

from __future__ import annotations

import re
from functools import cache

import streamlit as st

from figures.svg_narrow import NARROW_PX
from ui import map_preview

CARDS_KEY = "headline_cards"  # the Overview's row of headline figures (st.container key)
PROFILE_KEY = "profile_body"  # the profile's details and locator map (st.container key)
# Narrower than the maps' own breakpoint (figures.svg_narrow.NARROW_PX), the profile's locator goes
# under the details: beside them, its column would be under 300 px and its legend text under
# 11 px (figures.svg_map.LOCATOR_WIDTH).
LOCATOR_MAX_PX = 440
STYLE_KEY = "pri_style"  # the box that carries the rules below; the rules hide it
NO_RESULTS_KEY = "pri_no_results"  # the box that carries ``no_results_rule``
_state = {"in_html": False}  # True: serve.py writes ``CSS`` into the page (``rules_in_html``)
CARD_MIN_REM = 9.5  # a card narrower than this moves to the next line

# Headline labels and figures wrap rather than end in "…" (also in presentation mode, ui.present).
METRIC_WRAP = """
[data-testid="stMetricLabel"], [data-testid="stMetricLabel"] * ,
[data-testid="stMetricValue"], [data-testid="stMetricValue"] * {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important;
  overflow-wrap: break-word;
}
"""
# Streamlit's drop zone states its own cap per file, in English ("20MB per file • CSV, XLSX"),
# beside the upload page's limits (5 MB, 5,000 rows) in the UI language: the cap is higher on
# purpose, so a larger file reaches the app's own message naming it (ui.own_list.UPLOADER_MAX_MB).
# The label names the formats; the drop zone keeps its button.
UPLOAD_HINT = '[data-testid="stFileUploaderDropzoneInstructions"] { display: none; }'
# Every page's rules: in its HTML under serve.py (ui.served_style), else in the run (add_style).
CSS = f"""<style>
@media (max-width: 1440px) {{
  [data-testid="stMainBlockContainer"] {{ padding-left: 2rem; padding-right: 2rem; }}
}}
{METRIC_WRAP}
{UPLOAD_HINT}
[data-testid="stMetricValue"] {{ font-size: clamp(1.25rem, 1.6vw, 2.25rem); line-height: 1.2; }}
.st-key-{CARDS_KEY} > div {{ flex: 1 1 {CARD_MIN_REM}rem; min-width: {CARD_MIN_REM}rem; }}
.st-key-{PROFILE_KEY} {{ container-type: inline-size; }}
@container (max-width: {NARROW_PX}px) {{
  .st-key-{PROFILE_KEY} [data-testid="stHorizontalBlock"] {{ flex-direction: column; }}
  .st-key-{PROFILE_KEY} [data-testid="stColumn"] {{
    width: 100% !important; flex: 1 1 auto !important; max-width: 100% !important;
  }}
  .st-key-{PROFILE_KEY} [data-testid="stColumn"]:last-child {{
    max-width: {LOCATOR_MAX_PX}px !important;
  }}
}}
{map_preview.CSS}
</style>"""


def box_wrapper(key: str) -> str:
    """The selector of the wrapper Streamlit puts around container ``key``: hidden, the box
    leaves no gap between the elements around it (a hidden box alone would)."""
    return f'[data-testid="stLayoutWrapper"]:has(> .st-key-{key})'


# The box that carries a page's rules takes no room.
_HIDE_STYLE_BOX = f"<style>{box_wrapper(STYLE_KEY)} {{ display: none; }}</style>"


def rules_in_html() -> None:
    """Called by ``ui.served_style`` when the server writes ``CSS`` into every page's HTML: the
    runs then leave it out of the page's style."""
    _state["in_html"] = True


def add_style(css: str = "") -> None:
    """Put the layout rules (``CSS``) and ``css`` (a module constant, ``<style>`` blocks; never a
    data string) on the page, once per run; none of ``CSS`` when the page's HTML has it already
    (``serve.py``, ``ui.served_style``). Markdown, not st.html: Markdown is in Streamlit's first
    bundle, so the rules apply with the first paint (the map's picture has its size at once,
    presentation mode hides the sidebar at once); st.html is loaded on demand, hundreds of ms
    later. Each such Markdown costs the browser about 50 ms before the map's picture
    (bench/README.md, Changes measured): the HTML's copy costs nothing."""
    rules = css if _state["in_html"] else CSS + css
    if rules:
        st.container(key=STYLE_KEY).markdown(
            compact(rules + _HIDE_STYLE_BOX), unsafe_allow_html=True
        )


@cache  # called with module constants only
def compact(css: str) -> str:
    """``css`` on one line, without the spaces CSS ignores: it goes out on every run (every
    filter change), so each byte counts (issue 10: at most 20 KB per filter change). Computed
    once per constant, not on every run."""
    css = re.sub(r"\s+", " ", css)
    return re.sub(r"\s*([{};,])\s*|(:)\s+", r"\1\2", css).strip()


UPLOAD_LABEL_KEY = "pri_upload_label"  # the box that carries the rule below
_UPLOAD_BUTTON = '[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"]'


def add_rules(key: str, css: str) -> None:
    """Rules that one page part needs, in a box ``key`` that takes no room (``add_style`` is
    the rules every page has)."""
    hide = f"{box_wrapper(key)} {{ display: none; }}"
    st.container(key=key).markdown(f"<style>{css}{hide}</style>", unsafe_allow_html=True)


def upload_button_label(label: str) -> None:
    """Streamlit's drop zone says "Upload" in every language, and 1.67 has no option for it: the
    button shows ``label`` instead (its accessible name too), by CSS on the page that has one."""
    add_rules(
        UPLOAD_LABEL_KEY,
        f"{_UPLOAD_BUTTON} p {{ display: none; }}"
        f"{_UPLOAD_BUTTON}::after {{ content: {css_string(label)}; }}",
    )


# A dropdown's empty list (1.67's selectbox and multiselect: React Aria's listbox, marked
# data-empty) holds one option (display: contents) around a span saying "No results". The span
# goes and the option, given a box, shows our words as its own content: its accessible name too.
_NO_RESULTS = "[role=listbox][data-empty=true]>[role=option]"
_NO_RESULTS_LOOK = (  # the span's look in 1.67's light theme (emptyDropdownHeight, fadedText70)
    "display:flex;align-items:center;justify-content:center;height:90px;font-size:14px;"
    "color:rgba(47,45,43,0.7)"
)


def no_results_words(label: str) -> None:
    """A selectbox or multiselect whose typed text matches no option says "No results" in every
    language, and 1.67 has no option for it: rules that show ``label`` instead. They come after
    the page (``ui.shell.sidebar``): a dropdown is opened later, and the map goes first."""
    add_rules(NO_RESULTS_KEY, no_results_rule(label))


def no_results_rule(label: str) -> str:
    """The rules of ``no_results_words``, with ``label`` quoted (``css_string``)."""
    return (
        f"{_NO_RESULTS}{{display:block!important}}{_NO_RESULTS}>span{{display:none}}"
        f"{_NO_RESULTS}::after{{{_NO_RESULTS_LOOK};content:{css_string(label)}}}"
    )


def css_string(text: str) -> str:
    """``text`` as a quoted CSS string: any character but a letter, digit or space escaped
    (``\\22 `` for a quote), so no text can end the string, the rule or the style element."""
    body = "".join(c if c.isalnum() or c == " " else f"\\{ord(c):x} " for c in text)
    return f'"{body}"'
