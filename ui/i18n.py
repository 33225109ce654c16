"""Interface language: gettext catalogues read straight from ``locales/<lang>/LC_MESSAGES/*.po``.

Languages: en (default, the msgids themselves), nl, fr, de, chosen with ``?lang=`` (the sidebar's
"lang_select" writes it). Pages mark every user-visible string with ``_`` / ``ngettext`` and
format numbers and dates with ``format_number`` / ``format_percent`` / ``format_date`` so
1,234.5 reads 1.234,5 in nl and de. Code outside Streamlit (``pri_data.summary``) takes
``translator()``.

Catalogues (Babel; no compile step, the .po files are loaded at run time)::

    python -m ui.i18n_tools extract   # sources -> locales/messages.pot (babel.cfg says which)
    python -m ui.i18n_tools update    # merge the .pot into locales/{nl,fr,de}/.../messages.po
    python -m ui.i18n_tools check     # list msgids without a (non-fuzzy) translation; exit 1

The same with pybabel: ``pybabel extract -F babel.cfg -k N_ -o locales/messages.pot .`` then
``pybabel update -i locales/messages.pot -d locales -N``.
"""

from __future__ import annotations

import gettext
from datetime import date, datetime
from functools import cache
from io import BytesIO
from pathlib import Path

import streamlit as st
from babel import dates, numbers
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from pri_data.countries import country_name
from pri_data.summary import Translator

LANGUAGES = {"en": "English", "nl": "Nederlands", "fr": "Français", "de": "Deutsch"}
DEFAULT_LANG = "en"
LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
DOMAIN = "messages"
REMEMBERED_LANG = "_lang"  # session key: the language survives page links that drop ?lang=


def po_path(lang: str) -> Path:
    return LOCALES_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def catalogue(lang: str) -> gettext.NullTranslations:
    """The translations of ``lang`` (read once per process); English and a missing file give
    the msgids back unchanged. Fuzzy entries are not used."""
    path = po_path(lang)
    if lang == DEFAULT_LANG or not path.exists():
        return gettext.NullTranslations()
    with path.open("rb") as po:
        messages = read_po(po, locale=lang)
    mo = BytesIO()
    write_mo(mo, messages, use_fuzzy=False)
    mo.seek(0)
    return gettext.GNUTranslations(mo)


def requested_lang() -> str | None:
    """The raw ``?lang=`` value, if any."""
    try:
        return st.query_params.get("lang")
    except Exception:  # outside a script run (imports, plain unit tests)
        return None


def current_lang() -> str:
    """The UI language from the URL (else the one this session last used); anything unknown
    falls back to English."""
    lang = requested_lang()
    if lang is None:
        try:
            lang = st.session_state.get(REMEMBERED_LANG, DEFAULT_LANG)
        except Exception:  # outside a script run
            lang = DEFAULT_LANG
    return lang if lang in LANGUAGES else DEFAULT_LANG


def lang_notice() -> str | None:
    """A notice when the link asks for a language this dashboard does not have."""
    lang = requested_lang()
    if lang is None or lang in LANGUAGES:
        return None
    return (
        f"Unknown language {lang!r} in the link: showing English (available: "
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
    """The current language for ``pri_data.summary`` sentences."""
    lang = current_lang()
    return Translator(catalogue(lang).gettext, catalogue(lang).ngettext, lang)


def format_number(value: float, decimals: int = 0) -> str:
    """``value`` with exactly ``decimals`` decimals in the current locale: 1,234.5 / 1.234,5."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return numbers.format_decimal(value, format=pattern, locale=current_lang())


def format_percent(value: float, decimals: int = 0) -> str:
    """A share (0.125) as a percentage in the current locale: 12.5% / 12,5 % / 12,5 %."""
    base = numbers.Locale.parse(current_lang()).percent_formats[None].pattern
    integer = base.split(";")[0]
    pattern = integer.replace("0", "0" + ("." + "0" * decimals if decimals > 0 else ""), 1)
    return numbers.format_percent(value, format=pattern, locale=current_lang())


def format_date(value: date | datetime, fmt: str = "long") -> str:
    """A date in the current locale: 17 May 2022 / 17 mei 2022 / 17. Mai 2022."""
    locale = "en_GB" if current_lang() == "en" else current_lang()
    return dates.format_date(value, format=fmt, locale=locale)


def country(code: str) -> str:
    """The country of a NUTS country code in the UI language (CLDR names via Babel)."""
    return country_name(code, current_lang())
