"""The current selection in words: a label that names every active filter, the title line, and the
sentence a press officer pastes. A group's own totals are never replaced by filtered counts
without saying so: a narrowed group reads "2 of its 6 cities".

Pure functions on frames and ``Filters`` (no Streamlit); English unless a ``Translator`` is passed.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from pri_data.countries import country_name
from pri_data.filters import Filters, apply_filters
from pri_data.i18n import ENGLISH, N_, Translator
from pri_data.labels import INDIVIDUAL, INDIVIDUAL_PARTICIPANTS, confidence_label
from pri_data.summary import TYPE_KEYS, headline_counts, noun, sort_key

ALL_NAMED = N_("All named participants")
SOME_NAMED = N_("Named participants")
MAX_NAMES = 40  # a press sentence lists at most this many names, then says how many more


def label(filters: Filters, group_names: Mapping[str, str], tr: Translator = ENGLISH) -> str:
    """'Cities 4.0 Consortium in Finland', 'Named participants (regions only; confirmed only)':
    every active filter in words."""
    _ = tr.gettext
    names = {**group_names, INDIVIDUAL: _(INDIVIDUAL_PARTICIPANTS)}
    if filters.groups:
        who = tr.join([names.get(g, g) for g in filters.groups])
    else:
        who = _(ALL_NAMED) if filters.is_empty() else _(SOME_NAMED)
    if filters.countries:
        places = sorted((country_name(c, tr.locale) for c in filters.countries), key=sort_key)
        who = _("{who} in {places}").format(who=who, places=tr.join(places))
    qualifiers = []
    if filters.types:
        kinds = [noun(TYPE_KEYS[t], 2, tr) for t in TYPE_KEYS if t in filters.types]
        qualifiers.append(_("{kinds} only").format(kinds=tr.join(kinds)))
    if filters.confidence:
        levels = [
            confidence_label(level, tr) for level in ("confirmed", "likely")
            if level in filters.confidence
        ]  # fmt: skip
        qualifiers.append(_("{levels} only").format(levels=tr.join(levels)))
    if filters.query:
        qualifiers.append(_("name contains “{text}”").format(text=filters.query))
    return f"{who} ({'; '.join(qualifiers)})" if qualifiers else who


def _type_part(key: str, n: int, total: int | None, tr: Translator) -> str:
    """'6 cities', or '2 of its 6 cities' when the group has more than the filters keep."""
    if total is None or total == n:
        texts = {
            "regions": tr.ngettext("{n} region", "{n} regions", n),
            "cities": tr.ngettext("{n} city", "{n} cities", n),
            "member_states": tr.ngettext("{n} Member State", "{n} Member States", n),
        }
        return texts[key].format(n=tr.number(n))
    texts = {
        "regions": tr.ngettext("{n} of its {total} region", "{n} of its {total} regions", total),
        "cities": tr.ngettext("{n} of its {total} city", "{n} of its {total} cities", total),
        "member_states": tr.ngettext(
            "{n} of its {total} Member State", "{n} of its {total} Member States", total
        ),
    }
    return texts[key].format(n=tr.number(n), total=tr.number(total))


def whole_groups(participants: pd.DataFrame, filters: Filters) -> pd.DataFrame | None:
    """The chosen groups' full membership when other filters narrow it, else None."""
    only_groups = Filters(groups=filters.groups)
    if not filters.groups or filters == only_groups:
        return None
    return apply_filters(participants, only_groups)


def title_line(
    selected: pd.DataFrame,
    text: str,
    tr: Translator = ENGLISH,
    *,
    whole: pd.DataFrame | None = None,
    name_countries: bool = True,
) -> str:
    """'Cities 4.0 Consortium — 6 cities in 5 Member States'; with ``whole`` (the group's full
    membership) 'Cities 4.0 Consortium in Finland — 2 of its 6 cities'. ``name_countries=False``
    leaves out 'in N Member States' (the label already names the countries)."""
    if selected.empty:
        return tr.gettext("{label} — no participant matches").format(label=text)
    parts = []
    for kind, key in TYPE_KEYS.items():
        n = int((selected["participant_type"] == kind).sum())
        total = None if whole is None else int((whole["participant_type"] == kind).sum())
        if n:
            parts.append(_type_part(key, n, total, tr))
    counted = tr.join(parts)
    if name_countries:
        n_countries = selected["country_code"].nunique()
        counted = tr.ngettext(
            "{parts} in {n} Member State", "{parts} in {n} Member States", n_countries
        ).format(parts=counted, n=tr.number(n_countries))
    return f"{text} — {counted}"


def names_text(names: list[str], tr: Translator = ENGLISH) -> str:
    """'Espoo and Turku'; after ``MAX_NAMES`` names, 'and 12 more'."""
    names = sorted(names, key=sort_key)
    if len(names) <= MAX_NAMES:
        return tr.join(names)
    rest = len(names) - MAX_NAMES
    more = tr.ngettext("{n} more", "{n} more", rest).format(n=tr.number(rest))
    return tr.join([*names[:MAX_NAMES], more])


def press_sentence(
    selected: pd.DataFrame,
    everyone: pd.DataFrame,
    announced: dict[str, int],
    filters: Filters,
    group_names: Mapping[str, str],
    tr: Translator = ENGLISH,
) -> str:
    """One or two sentences a press officer can paste: the selection named by every filter,
    its counts and names, and the honest gap to the announcement for the whole pilot."""
    _ = tr.gettext
    counts = headline_counts(everyone, pd.DataFrame({"kind": [], "confidence": []}), announced)
    total = "; ".join(c.sentence(tr) for c in counts[:3])
    if filters.is_empty():
        names = (country_name(c, tr.locale) for c in everyone["country_code"].unique())
        return _(
            "The Partnerships for Regional Innovation pilot (announced 17 May 2022): {total}. "
            "Named participants come from {n} of the {represented} Member States represented: "
            "{countries}."
        ).format(
            total=total,
            n=tr.number(everyone["country_code"].nunique()),
            represented=announced.get("member_states_represented"),
            countries=tr.join(sorted(names, key=sort_key)),
        )
    text = label(filters, group_names, tr)
    if selected.empty:
        return _("No named participant matches: {label}. For the whole pilot: {total}.").format(
            label=text, total=total
        )
    title = title_line(
        selected,
        text,
        tr,
        whole=whole_groups(everyone, filters),
        name_countries=not filters.countries,
    )
    return _("{title}: {names}. For the whole pilot: {total}.").format(
        title=title, names=names_text(list(selected["name_en"]), tr), total=total
    )
