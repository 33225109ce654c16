"""The boundaries' attribution is written once and reads in the UI language everywhere it is
shown: licence lines (About, Excel), the footer and the maps' source lines (screen, SVG, PNG)."""

from __future__ import annotations

import pytest

from figures.map_specs import source_line
from pri_data import licences
from pri_data.i18n import translator_for

EUROSTAT_WORDING = {  # as Eurostat's GISCO copyright notice gives it in each language
    "en": "© EuroGeographics for the administrative boundaries",
    "de": "© EuroGeographics bezüglich der Verwaltungsgrenzen",
    "fr": "© EuroGeographics pour les limites administratives",
    "nl": "© EuroGeographics voor de administratieve grenzen",
}


@pytest.mark.parametrize("lang", sorted(EUROSTAT_WORDING))
def test_attribution_in_every_place_follows_the_language(lang: str) -> None:
    tr, wording = translator_for(lang), EUROSTAT_WORDING[lang]
    assert licences.boundaries_attribution(tr) == wording
    assert any(wording in line for line in licences.licence_lines(tr))
    assert wording in licences.footer_attribution(tr)
    assert source_line("Sources", tr) == f"Sources. {wording}"
    if lang != "en":
        everything = " ".join([*licences.licence_lines(tr), source_line("Sources", tr)])
        assert EUROSTAT_WORDING["en"] not in everything
