"""Frames shaped for display: labels, hover text, colour categories. Pure pandas, no Streamlit."""

from __future__ import annotations

from collections.abc import Collection

import pandas as pd

from pri_data.countries import country_name
from pri_data.i18n import ENGLISH, N_, Translator
from pri_data.labels import INDIVIDUAL, INDIVIDUAL_LABEL, confidence_label, type_label

COLOR_BY = ("network", "type", "confidence")
GROUPS_WORD = N_("Groups")
REPRESENTED = N_("{country}: represented, {n} named")
NOT_REPRESENTED = N_("{country}: no named participant")
OTHER_SELECTION = N_("{country}: no participant in this selection")
LIKELY_SUFFIX, CITY_SUFFIX = N_("(likely)"), N_("(city)")
MAP_SOURCE = N_("Sources: PRI participant list; Eurostat GISCO NUTS 2021")
APPROXIMATE = "location_approximate"  # set on uploaded lists: a city drawn at its NUTS 3 unit
APPROXIMATE_LABEL = N_("location approximate (NUTS 3 unit)")


def _primary_group(ids: tuple[str, ...], kinds: dict[str, str]) -> str:
    """A participant in several groups is coloured by its first network, else its first group."""
    return sorted(ids, key=lambda g: (kinds.get(g) != "network", g))[0]


def display_name(name_en: str, name_local: str) -> str:
    """'Bretagne (Breizh)'; a local name that already starts with the English one is shown alone,
    so 'Podkarpackie (Podkarpacie)' is not doubled into 'Podkarpackie (Podkarpackie (...))'."""
    if name_local == name_en or not name_local:
        return name_en
    if name_local.startswith(name_en):
        return name_local
    return f"{name_en} ({name_local})"


def display_frame(
    participants: pd.DataFrame, groups: pd.DataFrame, color_by: str, tr: Translator = ENGLISH
) -> pd.DataFrame:
    """Participants (with ``group_ids``) plus category (a label), category_key (the group id,
    type or confidence it stands for), label, detail and groups_text columns, in the language of
    ``tr``."""
    if color_by not in COLOR_BY:
        raise ValueError(f"color_by must be one of {COLOR_BY}, got {color_by!r}")
    _ = tr.gettext
    individual = _(INDIVIDUAL_LABEL)
    names = {**dict(zip(groups["id"], groups["name"], strict=True)), INDIVIDUAL: individual}
    kinds = dict(zip(groups["id"], groups["kind"], strict=True))
    out = participants.copy()
    out["type_label"] = out["participant_type"].map(lambda t: type_label(t, tr))
    out["country"] = out["country_code"].map(lambda c: country_name(c, tr.locale))
    groups_word = _(GROUPS_WORD)
    out["groups_text"] = out["group_ids"].apply(
        lambda ids: f"{groups_word}: " + ", ".join(names.get(i, i) for i in ids)
    )
    out["label"] = [
        display_name(en, local)
        for en, local in zip(out["name_en"], out["name_local"], strict=True)
    ]
    confidence = out["confidence"].map(lambda c: confidence_label(c, tr))
    out["confidence_label"] = confidence
    out["detail"] = out["type_label"] + " · " + out["country"] + " · " + confidence
    if APPROXIMATE in out:  # an uploaded city without coordinates
        approximate = out[APPROXIMATE].fillna(False).astype(bool)
        out.loc[approximate, "detail"] += " · " + _(APPROXIMATE_LABEL)
    if color_by == "network":
        out["category_key"] = out["group_ids"].apply(lambda ids: _primary_group(ids, kinds))
        out["category"] = out["category_key"].map(names)
    elif color_by == "type":
        out["category_key"] = out["participant_type"]
        out["category"] = out["type_label"]
    else:
        out["category_key"] = out["confidence"]
        out["category"] = confidence.str.capitalize()
    return out


def represented_text(
    participants: pd.DataFrame,
    all_countries: list[str],
    tr: Translator = ENGLISH,
    elsewhere: Collection[str] = (),
) -> dict[str, str]:
    """Hover text per EU-27 country: represented with N named participants, or not; a country
    of ``elsewhere`` (with participants a filter leaves out): none in this selection."""
    per = participants["country_code"].value_counts()
    named, none = tr.gettext(REPRESENTED), tr.gettext(NOT_REPRESENTED)
    other = tr.gettext(OTHER_SELECTION)
    return {
        c: named.format(country=country_name(c, tr.locale), n=per[c])
        if c in per
        else (other if c in elsewhere else none).format(country=country_name(c, tr.locale))
        for c in all_countries
    }
