"""Every page in Dutch, French and German shows no English UI word and no English-formatted number.

Each page runs in AppTest with ``?lang=``; the test collects what a user reads: headings, text,
captions, notices, metric labels, widget labels and options, button labels, table headers and
text cells, and every string of every Plotly figure (titles, legends, axes, annotations, colour
bars, hover). It fails when one of them is (or contains) an English msgid whose translation
differs, and when a figure's ``layout.separators`` does not follow the language.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Iterator
from functools import cache

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from pri_data import i18n as core
from tests.ui.apptest import PAGE_FILES, is_style, run
from ui import i18n_tools

LANGS = ("nl", "fr", "de")
PAGES = [
    ("app.py", {}),
    *[(path, {}) for path in PAGE_FILES if path != "pages/profile.py"],
    ("pages/profile.py", {"id": "se-dalarna"}),  # NUTS 3: 'figure for ..., which contains ...'
    ("pages/profile.py", {"id": "be-leuven"}),
    # NUTS 1 without its own figures: NUTS 2 parts, EU aggregates, flag notes, 'not ranked'
    ("pages/profile.py", {"id": "fr-hauts-de-france"}),
    ("pages/comparison.py", {"ind": "gdp_pps_pc_eu28", "year": "2013"}),  # flags in the legend
]
# Plotly keys that hold data, colours or styling, never words a user reads as UI text.
_SKIP_KEYS = {
    "template", "geojson", "customdata", "locations", "ids", "featureidkey", "colorscale",
    "color", "colors", "bgcolor", "bordercolor", "fillcolor", "family", "z", "lat", "lon", "x",
    "y", "type", "mode", "hoverinfo", "xref", "yref", "xanchor", "yanchor", "symbol", "dash",
    "legendgroup", "uid", "selectedpoints", "textposition", "orientation", "separators",
    "projection", "fitbounds", "scope", "resolution", "hovermode", "dragmode", "barmode",
    "layer", "valign", "align", "side", "anchor", "tickformat", "hoverformat", "automargin",
    "ticks", "visible", "showlegend", "tracegroupgap", "itemsizing", "entrywidthmode",
    "sizemode",
}  # fmt: skip
_COLOURISH = re.compile(r"^(#[0-9a-fA-F]{3,8}|rgba?\(.*\))$")


def _msgid_text(message) -> str:
    return message.id if isinstance(message.id, str) else message.id[0]


@cache
def _english(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """(whole msgids, literal fragments of longer msgids) whose translation differs in ``lang``.
    A word the language writes the same way (fr 'Participants', de 'Region') is left out."""
    catalog = i18n_tools.read_catalog(lang)
    translated: set[str] = set()
    pairs = []
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        translated.update(s for s in strings if s)
        pairs += [(i, s) for i, s in zip(ids, strings, strict=False) if s and s != i]
    whole = frozenset(
        i for i, _s in pairs if "{" not in i and i not in translated and len(i) > 2
    )
    fragments = set()
    for msgid, _s in pairs:
        for literal, *_rest in string.Formatter().parse(msgid):
            part = literal.strip(" .,:;()*-—[]")
            long_enough = len(part.split()) >= 3 and len(part) >= 15
            if long_enough and not any(part in t for t in translated):
                fragments.add(part)
    return whole, tuple(sorted(fragments))


def _plotly_strings(node, key: str = "") -> Iterator[str]:
    if key in _SKIP_KEYS:
        return
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _plotly_strings(v, k)
    elif isinstance(node, list):
        for item in node:
            yield from _plotly_strings(item, key)
    elif isinstance(node, str) and node and not _COLOURISH.match(node):
        yield node


def _figures(at: AppTest) -> list[dict]:
    return [json.loads(e.proto.spec) for e in at.get("plotly_chart")]


def _table_strings(element) -> Iterator[str]:
    """Headers (column_config labels, else column names) and text cells of a dataframe."""
    config = json.loads(element.proto.columns or "{}")
    frame = element.value
    for column in frame.columns:
        label = config.get(str(column), {}).get("label")
        hidden = config.get(str(column), {}).get("hidden")
        if not hidden:
            yield str(label or column)
        if frame[column].dtype == object or pd.api.types.is_string_dtype(frame[column]):
            yield from (v for v in frame[column].dropna().astype(str).unique())
    if not config.get("_index", {}).get("hidden") and not isinstance(frame.index, pd.RangeIndex):
        yield from (str(v) for v in frame.index.unique())


def _visible_strings(at: AppTest) -> Iterator[tuple[str, str]]:
    """(where, text) for everything a user reads on the page, sidebar included."""
    for kind in ("title", "header", "subheader", "markdown", "caption", "code", "info",
                 "warning", "error", "success", "exception"):  # fmt: skip
        for element in at.get(kind):
            if is_style(element):
                continue  # the page's rules (ui.layout.add_style): never shown
            yield kind, str(element.value)
    for element in at.get("metric"):
        yield "metric", element.label
        yield "metric", str(element.value)
    widgets = ("selectbox", "multiselect", "radio", "button_group", "text_input", "toggle",
               "checkbox", "button", "download_button", "expander",
               "segmented_control")  # fmt: skip
    for kind in widgets:
        for element in at.get(kind):
            proto = element.proto
            for field in ("label", "placeholder", "help"):
                if getattr(proto, field, ""):
                    yield kind, getattr(proto, field)
            for option in getattr(proto, "options", []):
                yield f"{kind} option", str(getattr(option, "content", option))
    for element in at.dataframe:
        for text in _table_strings(element):
            yield "table", text
    for figure in _figures(at):
        for text in _plotly_strings(figure):
            yield "figure", text


# English number and date formats: 1,234 grouping, 3.90 decimals, ISO dates in prose.
_ENGLISH_NUMBER = re.compile(
    r"(?<![\d.,])\d{1,3}(,\d{3})+(?![\d,])|(?<![\d.])\d+\.\d{1,2}(?![\d.])"
)
_NAMES_WITH_NUMBERS = re.compile(r"Cities 4\.0|CC BY 4\.0")  # names, not figures
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def _english_numbers(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Numbers and dates written the English way in text (not in tables, whose cells are
    numbers formatted by the Styler, nor in URLs, code or NUTS/Eurostat identifiers)."""
    found = []
    for where, text in texts:
        if where == "table" or where.endswith("option"):
            continue
        prose = re.sub(r"https?://\S+|`[^`]*`|%\{[^}]*\}", " ", _NAMES_WITH_NUMBERS.sub(" ", text))
        for match in (*_ENGLISH_NUMBER.finditer(prose), *_ISO_DATE.finditer(prose)):
            found.append((where, f"{match.group()!r} in {text[:90]!r}"))
    return found


def _english_in(lang: str, texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    whole, fragments = _english(lang)
    found = []
    for where, text in texts:
        clean = re.sub(r"<[^>]+>|\*\*|%\{[^}]*\}", " ", text)
        pieces = {clean.strip(), *(p.strip(" ,:;()*") for p in re.split(r"[·|\n]|: ", clean))}
        hits = [p for p in pieces if p in whole]
        hits += [f for f in fragments if f in clean]
        found += [(where, f"{hit!r} in {text[:90]!r}") for hit in hits]
    return found


@pytest.fixture(scope="module", params=LANGS)
def lang(request) -> str:
    return request.param


@pytest.mark.parametrize(("path", "params"), PAGES, ids=[f"{p}{q}" for p, q in PAGES])
def test_no_english_ui_text(path: str, params: dict[str, str], lang: str) -> None:
    at = run(path, lang=lang, **params)
    assert not at.exception, [e.value for e in at.exception]
    texts = list(_visible_strings(at))
    assert len(texts) > 10
    found = _english_in(lang, texts) + _english_numbers(texts)
    assert not found, f"{lang} {path}: English UI text:\n" + "\n".join(map(str, found))
    for figure in _figures(at):
        assert figure["layout"].get("separators") == core.separators(lang), path


def test_the_guard_sees_english() -> None:
    """The check itself: an English page in 'nl' terms is caught (the test can fail)."""
    at = run("pages/participants.py")
    found = _english_in("nl", list(_visible_strings(at)))
    assert any("Networks and consortia" in text for _where, text in found)
