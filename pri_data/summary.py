"""Counts of the named participants beside the totals announced on 17 May 2022, and the sentences
that state them. Everything is computed from the data, so the honest gap is always shown.

Sentences are English unless a ``Translator`` is passed (``ui.i18n.translator()`` gives the UI
language's); this module never imports streamlit. Strings are marked with ``_``, ``ngettext`` and
``N_`` so Babel's extractor finds them (see ``ui/i18n_tools.py``).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import pandas as pd

from pri_data.i18n import ENGLISH, N_, Translator
from pri_data.labels import NO_DATA, group_name
from pri_data.sources import RELEASE_DATE

TYPE_KEYS = {"region": "regions", "city": "cities", "member_state": "member_states"}
# The metric labels: marked here, translated where used.
_TITLES = {
    "regions": N_("Regions"),
    "cities": N_("Cities"),
    "member_states": N_("Member States (national level)"),
    "member_states_represented": N_("Represented Member States"),
    "networks": N_("Networks"),
}


def noun(key: str, n: int, tr: Translator) -> str:
    """The noun of ``key`` agreeing with ``n`` ('1 region', '2 regions') in the UI language."""
    ngettext = tr.ngettext  # a plain name, so Babel's extractor sees each call
    if key == "regions":
        return ngettext("region", "regions", n)
    if key == "cities":
        return ngettext("city", "cities", n)
    if key == "member_states":
        return ngettext("Member State (national level)", "Member States (national level)", n)
    if key == "member_states_represented":
        return ngettext("represented Member State", "represented Member States", n)
    return ngettext("network", "networks", n)


@dataclass(frozen=True)
class Count:
    """One headline figure: how many are named (confirmed + likely) against the announcement."""

    key: str
    named: int
    confirmed: int
    likely: int
    announced: int | None

    @property
    def exceeded(self) -> bool:
        return self.announced is not None and self.named > self.announced

    def figure_in(self, tr: Translator) -> str:
        """The headline figure: '50 of 63', or '8 (7 announced)' when more are named than
        announced (never a bare '8' beside the other cards' 'x of y')."""
        if self.announced is None:
            return tr.number(self.named)
        if self.exceeded:
            text = tr.gettext("{named} ({announced} announced)")
            return text.format(named=tr.number(self.named), announced=tr.number(self.announced))
        text = tr.gettext("{named} of {announced}")
        return text.format(named=tr.number(self.named), announced=tr.number(self.announced))

    def note_in(self, tr: Translator) -> str:
        """The line under a figure: the confidence split."""
        _ = tr.gettext
        if not self.named:
            return _("none named")
        if self.likely:
            return _("{confirmed} confirmed, {likely} likely").format(
                confirmed=tr.number(self.confirmed), likely=tr.number(self.likely)
            )
        return _("all confirmed")

    def title_in(self, tr: Translator) -> str:
        """'Regions', 'Represented Member States', ... for a metric label (capitalised, since a
        language may share the msgid with the lower-case noun of a sentence)."""
        title = tr.gettext(_TITLES[self.key])
        return title[:1].upper() + title[1:]

    def sentence(self, tr: Translator = ENGLISH) -> str:
        """E.g. '50 of 63 regions named in public sources: 36 confirmed, 14 likely'."""
        _ = tr.gettext
        split = ""
        if self.likely:
            split = _(": {confirmed} confirmed, {likely} likely").format(
                confirmed=tr.number(self.confirmed), likely=tr.number(self.likely)
            )
        values = {
            "named": tr.number(self.named),
            # 'of 63 regions' agrees with the announcement, '1 region named' with the count
            "things": noun(
                self.key,
                self.announced if self.announced is not None and not self.exceeded else self.named,
                tr,
            ),
            "split": split,
            "announced": tr.number(self.announced) if self.announced is not None else "",
        }
        if self.exceeded:
            text = _("{named} {things} named in public sources ({announced} announced){split}")
        elif self.announced is not None:
            text = _("{named} of {announced} {things} named in public sources{split}")
        else:
            text = _("{named} {things} named in public sources{split}")
        return text.format(**values)


def _count(key: str, confidence: pd.Series, announced: dict[str, int]) -> Count:
    confirmed = int((confidence == "confirmed").sum())
    return Count(key, len(confidence), confirmed, len(confidence) - confirmed, announced.get(key))


def announced_totals(announced: pd.DataFrame) -> dict[str, int]:
    """``announced.csv`` as {key: value}."""
    return {str(k): int(v) for k, v in zip(announced["key"], announced["value"], strict=True)}


def announced_figures(announced: dict[str, int], tr: Translator = ENGLISH) -> dict[str, str]:
    """The announcement's figures for a sentence's placeholders ({date}, {regions}, {cities},
    {member_states}, {represented}, {networks}), read from announced.csv, never retyped; a total
    the file lacks reads 'no data'."""
    keys = {
        "regions": "regions",
        "cities": "cities",
        "member_states": "member_states",
        "represented": "member_states_represented",
        "networks": "networks",
    }
    out = {
        name: tr.number(announced[key]) if key in announced else tr.gettext(NO_DATA)
        for name, key in keys.items()
    }
    return {"date": tr.date(RELEASE_DATE), **out}


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
        for t, key in TYPE_KEYS.items()
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


def group_counts(
    participants: pd.DataFrame, group_names: dict[str, str], tr: Translator = ENGLISH
) -> pd.DataFrame:
    """Participants per group (a participant in two groups counts in both); 'individual' too."""
    exploded = participants.explode("group_ids")
    exploded["group"] = exploded["group_ids"].map(lambda g: group_name(g, group_names, tr))
    return counts_table(exploded, "group")


def sort_key(text: str) -> str:
    """Sort 'Österreich' with the O's, not after 'Zypern'."""
    return unicodedata.normalize("NFKD", text).casefold()
