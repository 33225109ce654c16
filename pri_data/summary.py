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

from pri_data.countries import country_name
from pri_data.i18n import ENGLISH, N_, Translator
from pri_data.labels import group_name

_TYPE_KEYS = {"region": "regions", "city": "cities", "member_state": "member_states"}
_NOUNS = {
    "regions": ("region", "regions"),
    "cities": ("city", "cities"),
    "member_states": ("Member State (national level)", "Member States (national level)"),
    "member_states_represented": ("represented Member State", "represented Member States"),
    "networks": ("network", "networks"),
}
# The metric labels: marked here, translated where used.
_TITLES = {
    "regions": N_("Regions"),
    "cities": N_("Cities"),
    "member_states": N_("Member States (national level)"),
    "member_states_represented": N_("Represented Member States"),
    "networks": N_("Networks"),
}


def _noun(key: str, n: int, tr: Translator) -> str:
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


def _n_of_type(key: str, n: int, tr: Translator) -> str:
    """'6 cities', '1 region', '2 Member States' in the UI language."""
    ngettext = tr.ngettext
    if key == "regions":
        text = ngettext("{n} region", "{n} regions", n)
    elif key == "cities":
        text = ngettext("{n} city", "{n} cities", n)
    else:
        text = ngettext("{n} Member State", "{n} Member States", n)
    return text.format(n=tr.number(n))


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
        """The headline figure: '50 of 63', or just '8' when more are named than announced."""
        if self.announced is None or self.exceeded:
            return tr.number(self.named)
        text = tr.gettext("{named} of {announced}")
        return text.format(named=tr.number(self.named), announced=tr.number(self.announced))

    def note_in(self, tr: Translator) -> str:
        """The line under a figure: the confidence split, and the announcement when exceeded."""
        _ = tr.gettext
        if self.likely:
            split = _("{confirmed} confirmed, {likely} likely").format(
                confirmed=tr.number(self.confirmed), likely=tr.number(self.likely)
            )
        else:
            split = _("all confirmed")
        if self.exceeded:
            return _("{announced} announced; {split}").format(
                announced=tr.number(self.announced), split=split
            )
        return split

    def title_in(self, tr: Translator) -> str:
        """'Regions', 'Represented Member States', ... for a metric label (capitalised, since a
        language may share the msgid with the lower-case noun of a sentence)."""
        title = tr.gettext(_TITLES[self.key])
        return title[:1].upper() + title[1:]

    @property
    def figure(self) -> str:
        return self.figure_in(ENGLISH)

    @property
    def note(self) -> str:
        return self.note_in(ENGLISH)

    @property
    def title(self) -> str:
        return self.title_in(ENGLISH)

    @property
    def noun(self) -> str:
        singular, plural = _NOUNS[self.key]
        return singular if self.named == 1 else plural

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
            "things": _noun(
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


def group_counts(
    participants: pd.DataFrame, group_names: dict[str, str], tr: Translator = ENGLISH
) -> pd.DataFrame:
    """Participants per group (a participant in two groups counts in both); 'individual' too."""
    exploded = participants.explode("group_ids")
    exploded["group"] = exploded["group_ids"].map(lambda g: group_name(g, group_names, tr))
    return counts_table(exploded, "group")


def _sort_key(text: str) -> str:
    """Sort 'Österreich' with the O's, not after 'Zypern'."""
    return unicodedata.normalize("NFKD", text).casefold()


def selection_title(participants: pd.DataFrame, label: str, tr: Translator = ENGLISH) -> str:
    """'Cities 4.0 Consortium — 6 cities in 4 Member States' for a filtered selection."""
    parts = [
        _n_of_type(key, n, tr)
        for t, key in _TYPE_KEYS.items()
        if (n := int((participants["participant_type"] == t).sum()))
    ]
    if not parts:
        return f"{label} — {tr.gettext('no participants')}"
    n_countries = participants["country_code"].nunique()
    where = tr.ngettext(
        "{parts} in {n} Member State", "{parts} in {n} Member States", n_countries
    ).format(parts=tr.join(parts), n=tr.number(n_countries))
    return f"{label} — {where}"


def press_sentence(
    participants: pd.DataFrame,
    everyone: pd.DataFrame,
    announced: dict[str, int],
    label: str,
    tr: Translator = ENGLISH,
) -> str:
    """One or two sentences a press officer can paste, with the honest gap to the announcement."""
    _ = tr.gettext
    counts = headline_counts(everyone, pd.DataFrame({"kind": [], "confidence": []}), announced)
    total = "; ".join(c.sentence(tr) for c in counts[:3])
    if len(participants) == len(everyone):
        names = (country_name(c, tr.locale) for c in everyone["country_code"].unique())
        return _(
            "The Partnerships for Regional Innovation pilot (announced 17 May 2022): {total}. "
            "Named participants come from {n} of the {represented} Member States represented: "
            "{countries}."
        ).format(
            total=total,
            n=tr.number(everyone["country_code"].nunique()),
            represented=announced.get("member_states_represented"),
            countries=tr.join(sorted(names, key=_sort_key)),
        )
    names = tr.join(sorted(participants["name_en"]))[:600] if len(participants) else _("none")
    return _("{title}: {names}. For the whole pilot: {total}.").format(
        title=selection_title(participants, label, tr), names=names, total=total
    )
