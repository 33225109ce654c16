"""Translation primitives without Streamlit: marking (``N_``), the catalogues read from
``locales/<lang>/LC_MESSAGES/messages.po`` at run time, a ``Translator`` for code that builds
sentences, tables and figures, and Babel number/date formatting for an explicit language.

``ui.i18n`` wraps these for the language of the current page (``?lang=``); ``pri_data`` and
``figures`` take a ``Translator`` (or a ``lang``) so they never import streamlit.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from io import BytesIO
from pathlib import Path

from babel import Locale, dates, numbers
from babel.lists import format_list
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LANGUAGES = {"en": "English", "nl": "Nederlands", "fr": "Français", "de": "Deutsch"}
DEFAULT_LANG = "en"
LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
DOMAIN = "messages"


def N_(message: str) -> str:  # noqa: N802 - the gettext convention for "mark, translate later"
    """Mark ``message`` for extraction; it is translated where it is used."""
    return message


def po_path(lang: str) -> Path:
    """The catalogue file of ``lang`` (the one place that knows the layout of ``locales/``)."""
    return LOCALES_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def catalogue(lang: str) -> gettext.NullTranslations:
    """The translations of ``lang`` (read once per process); English and a missing file give
    the msgids back unchanged. Fuzzy entries are not used."""
    path = po_path(lang)
    if lang == DEFAULT_LANG or lang not in LANGUAGES or not path.exists():
        return gettext.NullTranslations()
    with path.open("rb") as po:
        messages = read_po(po, locale=lang)
    mo = BytesIO()
    write_mo(mo, messages, use_fuzzy=False)
    mo.seek(0)
    return gettext.GNUTranslations(mo)


def _babel_locale(lang: str) -> str:
    """English dates and numbers the European way ('17 May 2022'), other languages as is."""
    return "en_GB" if lang == "en" else lang if lang in LANGUAGES else "en_GB"


def format_number(value: float | int, lang: str, digits: int = 0) -> str:
    """``value`` rounded to exactly ``digits`` decimals with the locale's separators:
    1,687,810 / 1.687.810 / 1 687 810 (narrow no-break space) / 3.90 / 3,90."""
    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "")
    return numbers.format_decimal(value, format=pattern, locale=_babel_locale(lang))


def format_percent(share: float, lang: str, digits: int = 0) -> str:
    """A share (0.125) as a percentage in ``lang``: 12.5% / 12,5% / 12,5 %."""
    base = Locale.parse(_babel_locale(lang)).percent_formats[None].pattern.split(";")[0]
    pattern = base.replace("0", "0" + ("." + "0" * digits if digits > 0 else ""), 1)
    return numbers.format_percent(share, format=pattern, locale=_babel_locale(lang))


def format_date(value: date | datetime | str, lang: str, fmt: str = "long") -> str:
    """A date written out in ``lang``: 17 May 2022 / 17 mei 2022 / 17 mai 2022 / 17. Mai 2022.
    An ISO string ('2022-05-17') is parsed first; any other text is returned unchanged."""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value.strip())
        except ValueError:
            return value
    return dates.format_date(value, format=fmt, locale=_babel_locale(lang))


def separators(lang: str) -> str:
    """Plotly's ``layout.separators`` for ``lang``: decimal then group character ('.,' / ',.')."""
    locale = _babel_locale(lang)
    return numbers.get_decimal_symbol(locale) + numbers.get_group_symbol(locale)


def _english_plural(singular: str, plural: str, n: int) -> str:
    return singular if n == 1 else plural


def primary_lang(locale: str | None) -> str | None:
    """The dashboard's language for a browser locale ('fr-FR' -> 'fr'); None when it has none."""
    code = str(locale or "").replace("_", "-").split("-")[0].lower()
    return code if code in LANGUAGES else None


def lang_for(requested: str | None, remembered: str | None, browser: str | None) -> str:
    """The UI language: ``requested`` (``?lang=``) first, else the one this session last used,
    else the browser's, else English. Anything unknown falls back to English. One rule for a
    run (``ui.i18n.current_lang``) and for the server's answer to a page's request
    (``ui.served_pictures``)."""
    lang = requested if requested is not None else (remembered or browser or DEFAULT_LANG)
    return lang if lang in LANGUAGES else DEFAULT_LANG


@dataclass(frozen=True)
class Translator:
    """The UI language for text built outside Streamlit: gettext callables and a Babel locale."""

    gettext: Callable[[str], str] = field(default=str)
    ngettext: Callable[[str, str, int], str] = field(default=_english_plural)
    locale: str = "en"

    def number(self, value: float | int, digits: int | None = None) -> str:
        """``value`` with the locale's grouping (1,234 / 1.234); ``digits`` fixes the decimals
        (None keeps up to three, so small integers read unchanged)."""
        if digits is None:
            return numbers.format_decimal(value, locale=_babel_locale(self.locale))
        return format_number(value, self.locale, digits)

    def date(self, value: date | datetime | str, fmt: str = "long") -> str:
        """A date written out in the locale (ISO strings are parsed)."""
        return format_date(value, self.locale, fmt)

    def join(self, items: list[str]) -> str:
        """'a, b and c' in the locale's words (English keeps its form without a serial comma)."""
        if not items:
            return ""
        if self.locale == "en" or len(items) < 2:
            return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
        return format_list(items, locale=self.locale)


ENGLISH = Translator()


def translator_for(lang: str) -> Translator:
    """The ``Translator`` of ``lang`` (English for anything unknown)."""
    lang = lang if lang in LANGUAGES else DEFAULT_LANG
    return Translator(catalogue(lang).gettext, catalogue(lang).ngettext, lang)
