"""Country names for NUTS country codes, from Babel's CLDR locale data (not a hand-written list)."""

from __future__ import annotations

from functools import cache

from babel import Locale

# NUTS uses EL for Greece; ISO 3166 (and CLDR) use GR. That is the only EU-27 difference.
_NUTS_TO_ISO = {"EL": "GR"}


@cache
def country_name(nuts_country: str, locale: str = "en") -> str:
    """The country's name in ``locale``; an unknown code is returned unchanged."""
    iso = _NUTS_TO_ISO.get(nuts_country, nuts_country)
    return Locale.parse(locale).territories.get(iso, nuts_country)
