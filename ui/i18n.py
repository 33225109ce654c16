"""Interface language: gettext catalogues read straight from ``locales/<lang>/LC_MESSAGES/*.po``.

Languages: en (default, the msgids themselves), nl, fr, de, chosen with ``?lang=`` (the sidebar's
"lang_select" writes it). Pages mark every user-visible string with ``_`` / ``ngettext`` and
format numbers and dates with ``format_number`` / ``format_percent`` / ``format_date`` so
1,234.5 reads 1.234,5 in nl and de. Code outside Streamlit (``pri_data.summary``) takes
``translator()``.

The language-free primitives (``N_``, ``Translator``, catalogues, Babel formatting with an
explicit ``lang``) live in ``pri_data.i18n``; this module binds them to the page's language.
Without ``?lang=`` the browser's language (``st.context.locale``) is used, else English.

Catalogues (Babel; no compile step, the .po files are loaded at run time)::

    python -m ui.i18n_tools extract   # sources -> locales/messages.pot (babel.cfg says which)
    python -m ui.i18n_tools update    # merge the .pot into locales/{nl,fr,de}/.../messages.po
    python -m ui.i18n_tools check     # list msgids without a (non-fuzzy) translation; exit 1

The same with pybabel: ``pybabel extract -F babel.cfg -k N_ -o locales/messages.pot .`` then
``pybabel update -i locales/messages.pot -d locales -N``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

import pandas as pd
import streamlit as st
from pandas.io.formats.style import Styler

from pri_data import i18n as core
from pri_data.countries import country_name
from pri_data.i18n import (  # noqa: F401
    DEFAULT_LANG,
    LANGUAGES,
    Translator,
    catalogue,
    lang_for,
    po_path,
    primary_lang,
)
from pri_data.text import echo

REMEMBERED_LANG = "_lang"  # session key: the language survives page links that drop ?lang=


def requested_lang() -> str | None:
    """The raw ``?lang=`` value, if any."""
    try:
        return st.query_params.get("lang")
    except Exception:  # outside a script run (imports, plain unit tests)
        return None


def browser_lang() -> str | None:
    """The browser's language (``st.context.locale``) when the dashboard has it; None otherwise."""
    try:
        locale = st.context.locale
    except Exception:  # outside a script run
        return None
    return primary_lang(locale)


def current_lang() -> str:
    """The UI language of this run (``lang_for``)."""
    requested = requested_lang()
    if requested is not None:
        return lang_for(requested, None, None)
    try:
        return lang_for(None, st.session_state.get(REMEMBERED_LANG), browser_lang())
    except Exception:  # outside a script run
        return DEFAULT_LANG


def lang_notice() -> str | None:
    """A notice when the link asks for a language this dashboard does not have."""
    lang = requested_lang()
    if lang is None or lang in LANGUAGES:
        return None
    return (  # the page is English then, so is this notice
        f"Unknown language {echo(lang)} in the link: showing English (available: "
        + ", ".join(f"{code} = {name}" for code, name in LANGUAGES.items())
        + ")."
    )


def _(message: str) -> str:
    """Translate ``message`` into the current language."""
    return catalogue(current_lang()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Singular or plural form for ``n`` in the current language."""
    return catalogue(current_lang()).ngettext(singular, plural, n)


def translator() -> Translator:
    """The current language for text built outside Streamlit (``pri_data``, ``figures``)."""
    return core.translator_for(current_lang())


def format_number(value: float, decimals: int = 0, lang: str | None = None) -> str:
    """``value`` with exactly ``decimals`` decimals in the current (or given) locale:
    1,234.5 / 1.234,5 / 1 234,5."""
    return core.format_number(value, lang or current_lang(), decimals)


def format_percent(value: float, decimals: int = 0, lang: str | None = None) -> str:
    """A share (0.125) as a percentage in the current locale: 12.5% / 12,5% / 12,5 %."""
    return core.format_percent(value, lang or current_lang(), decimals)


def format_date(value: date | datetime | str, fmt: str = "long", lang: str | None = None) -> str:
    """A date in the current locale: 17 May 2022 / 17 mei 2022 / 17. Mai 2022."""
    return core.format_date(value, lang or current_lang(), fmt)


def localized_numbers(
    frame: pd.DataFrame, digits: Mapping[str, int], rows: Sequence | None = None,
    styler: Styler | None = None,
) -> Styler:  # fmt: skip
    """A ``st.dataframe`` Styler that shows the ``digits`` columns (name -> decimals) in the
    current locale (3,90 / 1.687.810) while the cells stay numbers, so columns still sort by
    value; ``rows`` limits it to some index labels. Missing values show empty."""
    lang = current_lang()
    styler = styler if styler is not None else frame.style
    for column, n in digits.items():
        if column not in frame.columns:
            continue
        subset = (list(rows), [column]) if rows is not None else [column]
        styler = styler.format(
            lambda v, n=n: "" if pd.isna(v) else core.format_number(v, lang, n),
            subset=subset,
        )
    return styler


def separators(lang: str | None = None) -> str:
    """Plotly ``layout.separators`` for the current locale."""
    return core.separators(lang or current_lang())


def country(code: str) -> str:
    """The country of a NUTS country code in the UI language (CLDR names via Babel)."""
    return country_name(code, current_lang())
