"""Every table of the app, shown one way: ``show`` draws a ``st.dataframe`` from a frame (or a
locale Styler of ``ui.i18n.localized_numbers``) and a column spec, so headers, widths, wrapping,
pinning and the translated "no data" are decided in one place and pages stay layout only.

A column spec maps a column name to a header (a plain string: a text column) or to a
``st.column_config`` object built with ``text``, ``number`` or ``link``; its order is the order
on screen, and columns it leaves out are not shown. Numbers stay numbers (they sort by value);
the locale formatting comes from the Styler."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
import streamlit as st
from pandas.io.formats.style import Styler

from pri_data.labels import COUNT_COLUMNS
from ui.i18n import _

__all__ = ["INDEX", "WRAP_ROW_HEIGHT", "counts", "link", "number", "show", "text"]

INDEX = "_index"  # st.column_config's name for a frame's index
# st.dataframe lets a cell wrap its text only when rows are taller than 4rem (64 px; checked in
# the 1.67 bundle: isWrappingAllowed = rowHeight > 4rem); 66 px holds three lines.
WRAP_ROW_HEIGHT = 66
_CHAR_PX, _PADDING_PX = 7.0, 20  # Source Sans at the grid's 14 px: about 7 px a character
Spec = Mapping[str, str | dict[str, Any]]


def text(
    label: str, *, width: str | int | None = None, help: str | None = None, pinned: bool = False
) -> dict[str, Any]:
    """A text column; ``pinned`` keeps it in view when the table scrolls sideways."""
    return st.column_config.TextColumn(label, width=width, help=help, pinned=pinned or None)


def number(
    label: str, *, width: str | int | None = None, help: str | None = None, fmt: str | None = None
) -> dict[str, Any]:
    """A numeric column: it sorts by value; its text comes from the Styler (or ``fmt``)."""
    return st.column_config.NumberColumn(label, width=width, help=help, format=fmt)


def link(label: str, *, help: str | None = None) -> dict[str, Any]:
    """A link column that shows the site's name ("cor.europa.eu"); the full address opens."""
    return st.column_config.LinkColumn(label, help=help, display_text=r"https?://(?:www\.)?([^/]+)")


def placeholder_width(placeholder: str) -> int:
    """Pixels a column needs to show ``placeholder`` whole ("pas de données", not "donnée")."""
    return round(len(placeholder) * _CHAR_PX + _PADDING_PX)


def column_config(spec: Spec, frame: pd.DataFrame, placeholder: str) -> dict[str, dict[str, Any]]:
    """The spec as ``st.column_config`` objects. A column with a missing value and no width of
    its own gets one that shows the placeholder whole: the grid sizes columns by their values."""
    config = {}
    for name, column in spec.items():
        column = dict(text(column) if isinstance(column, str) else column)
        values = frame.index if name == INDEX else frame.get(name)
        if column.get("width") is None and values is not None and pd.isna(values).any():
            column["width"] = placeholder_width(placeholder)
        config[name] = column
    return config


def show(
    data: pd.DataFrame | Styler,
    key: str,
    columns: Spec,
    *,
    wrap: bool = False,
    container: Any = None,
    **options: Any,
) -> Any:
    """Draw ``data`` as a table with ``columns`` (see the module docstring) under ``key``.
    ``wrap`` lets long texts run over up to three lines instead of being cut; ``options`` go to
    ``st.dataframe`` (selection, height). The index is shown only when the spec names
    ``INDEX``; a frame's other columns are not sent. Returns what ``st.dataframe`` returns
    (the selection event, when selectable)."""
    shown = [name for name in columns if name != INDEX]
    if isinstance(data, pd.DataFrame):  # send only what is shown
        data = data[shown]
    frame = data.data if isinstance(data, Styler) else data
    placeholder = _("no data")
    target = container if container is not None else st
    if wrap:  # tall rows: show them all rather than a ten-row window of five
        options.setdefault("height", "content")
    return target.dataframe(
        data,
        key=key,
        hide_index=INDEX not in columns,
        column_order=shown,
        column_config=column_config(columns, frame, placeholder),
        placeholder=placeholder,
        row_height=WRAP_ROW_HEIGHT if wrap else None,
        **options,
    )


def counts(
    frame: pd.DataFrame, key: str, by: str, *, wrap: bool = False, container: Any = None
) -> Any:
    """A table of ``pri_data.summary.counts_table``: the names (header ``by``, pinned), then
    confirmed, likely and total, as wide as their headers; ``wrap`` for long names."""
    names = text(by, width="medium" if wrap else None, pinned=True)
    spec: dict[str, str | dict[str, Any]] = {INDEX: names}
    spec.update({name: number(_(label)) for name, label in COUNT_COLUMNS.items()})
    return show(frame, key, spec, wrap=wrap, container=container, width="content")
