"""Interface language. ``_`` marks every user-visible string so gettext catalogues can translate it.

Languages: en (default), nl, fr, de, chosen with ``?lang=``. (Catalogues: see issue 6.)
"""

from __future__ import annotations

import streamlit as st

LANGUAGES = {"en": "English", "nl": "Nederlands", "fr": "Français", "de": "Deutsch"}
DEFAULT_LANG = "en"


def current_lang() -> str:
    """The UI language from the URL; anything unknown falls back to English."""
    lang = st.query_params.get("lang", DEFAULT_LANG)
    return lang if lang in LANGUAGES else DEFAULT_LANG


def _(message: str) -> str:
    """Translate ``message`` into the current language (identity until catalogues exist)."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    """Singular or plural form for ``n`` in the current language."""
    return singular if n == 1 else plural
