"""Counts of the named participants beside the totals announced on 17 May 2022, and the sentences
that state them. Everything is computed from the data, so the honest gap is always shown."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from pri_data.countries import country_name

_TYPE_KEYS = {"region": "regions", "city": "cities", "member_state": "member_states"}
_NOUNS = {
    "regions": ("region", "regions"),
    "cities": ("city", "cities"),
    "member_states": ("Member State (national level)", "Member States (national level)"),
    "member_states_represented": ("represented Member State", "represented Member States"),
    "networks": ("network", "networks"),
}


@dataclass(frozen=True)
class Count:
    """One headline figure: how many are named (confirmed + likely) against the announcement."""

    key: str
    named: int
    confirmed: int
    likely: int
    announced: int | None

    @property
    def figure(self) -> str:
        """The headline figure: '50 of 63', or just '8' when more are named than announced."""
        if self.announced is None or self.named > self.announced:
            return str(self.named)
        return f"{self.named} of {self.announced}"

    @property
    def note(self) -> str:
        """The line under a figure: the confidence split, and the announcement when exceeded."""
        split = (
            f"{self.confirmed} confirmed, {self.likely} likely" if self.likely else "all confirmed"
        )
        if self.announced is not None and self.named > self.announced:
            return f"{self.announced} announced; {split}"
        return split

    @property
    def title(self) -> str:
        """'Regions', 'Member States represented', ... for a metric label."""
        plural = _NOUNS[self.key][1]
        return plural[0].upper() + plural[1:]

    @property
    def noun(self) -> str:
        singular, plural = _NOUNS[self.key]
        return singular if self.named == 1 else plural

    def sentence(self) -> str:
        """E.g. '50 of 63 regions named in public sources: 36 confirmed, 14 likely'."""
        split = f": {self.confirmed} confirmed, {self.likely} likely" if self.likely else ""
        plural = _NOUNS[self.key][1]
        if self.announced is not None and self.named > self.announced:
            return (
                f"{self.named} {plural} named in public sources ({self.announced} announced){split}"
            )
        of = f" of {self.announced}" if self.announced is not None else ""
        return f"{self.named}{of} {plural} named in public sources{split}"


def _count(key: str, confidence: pd.Series, announced: dict[str, int]) -> Count:
    confirmed = int((confidence == "confirmed").sum())
    return Count(key, len(confidence), confirmed, len(confidence) - confirmed, announced.get(key))


def announced_totals(announced: pd.DataFrame) -> dict[str, int]:
    """``announced.csv`` as {key: value}."""
    return {str(k): int(v) for k, v in zip(announced["key"], announced["value"], strict=True)}


def country_confidence(participants: pd.DataFrame) -> pd.Series:
    """Per represented country: 'confirmed' if any participant there is confirmed, else 'likely'."""
    confirmed = participants["confidence"].eq("confirmed").groupby(participants["country_code"])
    return confirmed.any().map({True: "confirmed", False: "likely"})


def headline_counts(
    participants: pd.DataFrame, groups: pd.DataFrame, announced: dict[str, int]
) -> list[Count]:
    """Regions, cities, Member States (national level and represented), networks."""
    counts = [
        _count(
            key, participants.loc[participants["participant_type"] == t, "confidence"], announced
        )
        for t, key in _TYPE_KEYS.items()
    ]
    counts.append(_count("member_states_represented", country_confidence(participants), announced))
    counts.append(
        _count("networks", groups.loc[groups["kind"] == "network", "confidence"], announced)
    )
    return counts


def counts_table(participants: pd.DataFrame, by: str) -> pd.DataFrame:
    """Participants per value of ``by`` split by confidence (columns confirmed, likely, total)."""
    table = pd.crosstab(participants[by], participants["confidence"])
    table = table.reindex(columns=["confirmed", "likely"], fill_value=0)
    table["total"] = table.sum(axis=1)
    return table.sort_values("total", ascending=False)


def group_counts(participants: pd.DataFrame, group_names: dict[str, str]) -> pd.DataFrame:
    """Participants per group (a participant in two groups counts in both); 'individual' too."""
    exploded = participants.explode("group_ids")
    exploded["group"] = exploded["group_ids"].map(lambda g: group_names.get(g, "Individual"))
    return counts_table(exploded, "group")


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def selection_title(participants: pd.DataFrame, label: str) -> str:
    """'Cities 4.0 Consortium — 6 cities in 4 Member States' for a filtered selection."""
    parts = []
    for t, key in _TYPE_KEYS.items():
        n = int((participants["participant_type"] == t).sum())
        if n:
            singular, plural = (
                _NOUNS[key] if key != "member_states" else ("Member State", "Member States")
            )
            parts.append(f"{n} {singular if n == 1 else plural}")
    n_countries = participants["country_code"].nunique()
    where = f" in {n_countries} Member State{'s' if n_countries != 1 else ''}"
    return f"{label} — {_join(parts) + where if parts else 'no participants'}"


def press_sentence(
    participants: pd.DataFrame, everyone: pd.DataFrame, announced: dict[str, int], label: str
) -> str:
    """One or two sentences a press officer can paste, with the honest gap to the announcement."""
    counts = headline_counts(everyone, pd.DataFrame({"kind": [], "confidence": []}), announced)
    total = "; ".join(c.sentence() for c in counts[:3])
    if len(participants) == len(everyone):
        countries = _join(sorted(country_name(c) for c in everyone["country_code"].unique()))
        return (
            f"The Partnerships for Regional Innovation pilot (announced 17 May 2022): {total}. "
            f"Named participants come from {everyone['country_code'].nunique()} of the "
            f"{announced.get('member_states_represented')} Member States represented: {countries}."
        )
    names = _join(sorted(participants["name_en"]))[:600] if len(participants) else "none"
    return f"{selection_title(participants, label)}: {names}. For the whole pilot: {total}."
