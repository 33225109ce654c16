"""Eurostat's observation flags in words, for a legend beside the values and for chart hover.

The letters are Eurostat's own (the dissemination database's flag list); a figure can carry
several ("ep"). Where an extract did not keep the flags
(``flags_recorded`` false in the catalogue), a blank flag means "not recorded", not "none".
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from pri_data.i18n import ENGLISH, N_, Translator

FLAG_MEANINGS = {
    "b": N_("break in time series"),
    "c": N_("confidential"),
    "d": N_("definition differs"),
    "e": N_("estimated"),
    "f": N_("forecast"),
    "n": N_("not significant"),
    "p": N_("provisional"),
    "r": N_("revised"),
    "s": N_("Eurostat estimate"),
    "u": N_("low reliability"),
    "z": N_("not applicable"),
}
FLAG_ITEM = N_("{flag}: {meaning}")
FLAGS_LEGEND = N_("Eurostat flags: {flags}.")
FLAGS_KEPT_ONLY = N_(
    "Eurostat's flags were kept only in the extracts of {indicators}; for the other indicators "
    "a blank flag means “not recorded”, not “no flag”."
)
FLAGS_NONE_KEPT = N_(
    "The source extract kept no Eurostat flags: a blank flag means “not recorded”, not “no flag”."
)
QUOTED = N_("“{name}”")
UNKNOWN_FLAG = N_("unknown flag")


def flag_meaning(flags: str, tr: Translator = ENGLISH) -> str:
    """'estimated' for 'e', 'estimated, provisional' for 'ep'; '' for no flag."""
    meanings = [tr.gettext(FLAG_MEANINGS.get(letter, UNKNOWN_FLAG)) for letter in str(flags)]
    return ", ".join(meanings)


def flag_with_meaning(flags: str, tr: Translator = ENGLISH) -> str:
    """'e: estimated' (hover text); '' for no flag."""
    if not flags:
        return ""
    return tr.gettext(FLAG_ITEM).format(flag=flags, meaning=flag_meaning(flags, tr))


def flag_legend(flags: Iterable[str], tr: Translator = ENGLISH) -> str:
    """'Eurostat flags: e: estimated.' for the letters that occur in ``flags``; '' if none."""
    letters = sorted({letter for flag in flags for letter in str(flag or "")})
    if not letters:
        return ""
    items = [flag_with_meaning(letter, tr) for letter in letters]
    return tr.gettext(FLAGS_LEGEND).format(flags="; ".join(items))


def flag_notes(flags: Iterable[str], catalog: pd.DataFrame, tr: Translator = ENGLISH) -> list[str]:
    """The legend of the flags in ``flags`` and, for the indicators of ``catalog`` (rows with
    label and flags_recorded), which extracts kept Eurostat's flags: where they were not kept a
    blank flag means "not recorded"."""
    kept = catalog["flags_recorded"].astype(bool)
    if kept.all():
        recorded = ""
    elif not kept.any():
        recorded = tr.gettext(FLAGS_NONE_KEPT)
    else:
        names = [tr.gettext(QUOTED).format(name=tr.gettext(str(label)))
                 for label in catalog.loc[kept, "label"]]  # fmt: skip
        recorded = tr.gettext(FLAGS_KEPT_ONLY).format(indicators=tr.join(names))
    return [line for line in (flag_legend(flags, tr), recorded) if line]
