"""Frames shaped for display: labels, hover text, colour categories. Pure pandas, no Streamlit."""

from __future__ import annotations

import pandas as pd

from pri_data.countries import country_name

COLOR_BY = ("network", "type", "confidence")
TYPE_LABELS = {"region": "Region", "city": "City", "member_state": "Member State"}


def _primary_group(ids: tuple[str, ...], names: dict[str, str], kinds: dict[str, str]) -> str:
    """A participant in several groups is coloured by its first network, else its first group."""
    ranked = sorted(ids, key=lambda g: (kinds.get(g) != "network", g))
    return names.get(ranked[0], "Individual")


def display_frame(participants: pd.DataFrame, groups: pd.DataFrame, color_by: str) -> pd.DataFrame:
    """Participants (with ``group_ids``) plus category, label, detail and groups_text columns."""
    if color_by not in COLOR_BY:
        raise ValueError(f"color_by must be one of {COLOR_BY}, got {color_by!r}")
    names = dict(zip(groups["id"], groups["name"], strict=True))
    kinds = dict(zip(groups["id"], groups["kind"], strict=True))
    out = participants.copy()
    out["type_label"] = out["participant_type"].map(TYPE_LABELS)
    out["country"] = out["country_code"].map(country_name)
    out["groups_text"] = out["group_ids"].apply(
        lambda ids: "Groups: " + ", ".join(names.get(i, "individual") for i in ids)
    )
    out["label"] = out.apply(
        lambda r: r.name_en if r.name_en == r.name_local else f"{r.name_en} ({r.name_local})",
        axis=1,
    )
    out["detail"] = out["type_label"] + " · " + out["country"] + " · " + out["confidence"]
    if color_by == "network":
        out["category"] = out["group_ids"].apply(lambda ids: _primary_group(ids, names, kinds))
    elif color_by == "type":
        out["category"] = out["type_label"]
    else:
        out["category"] = out["confidence"].str.capitalize()
    return out


def category_order(frame: pd.DataFrame) -> list[str]:
    """Categories by size, 'Individual' last, so legends and colours are stable."""
    counts = frame["category"].value_counts()
    return sorted(counts.index, key=lambda c: (c == "Individual", -counts[c], c))


def represented_text(participants: pd.DataFrame, all_countries: list[str]) -> dict[str, str]:
    """Hover text per EU-27 country: represented with N named participants, or not."""
    per = participants["country_code"].value_counts()
    return {
        c: f"{country_name(c)}: represented, {per[c]} named participant{'s' if per[c] > 1 else ''}"
        if c in per
        else f"{country_name(c)}: no named participant"
        for c in all_countries
    }
