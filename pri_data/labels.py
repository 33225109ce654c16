"""The display words for the data's codes, written once: participant types, confidence levels,
the 'individual' pseudo-group, group kinds and the count-table columns. Every table, figure,
filter, profile and export takes its labels from here, in the language of a ``Translator``.
Pure (no Streamlit)."""

from __future__ import annotations

from collections.abc import Mapping

from pri_data.i18n import ENGLISH, N_, Translator

INDIVIDUAL = "individual"  # the group id of a participant that belongs to no group

TYPE_LABELS = {"region": N_("Region"), "city": N_("City"), "member_state": N_("Member State")}
CONFIDENCE_LABELS = {"confirmed": N_("confirmed"), "likely": N_("likely")}
# 'Individual' is a legend/colour category; the longer forms name the pseudo-group in a filter
# and as a section heading.
INDIVIDUAL_LABEL = N_("Individual")
INDIVIDUAL_NO_GROUP = N_("Individual (no group)")
INDIVIDUAL_PARTICIPANTS = N_("Individual participants")
NO_DATA = N_("no data")  # a figure no source gives
CONFIDENCE_HELP = N_(
    "confirmed: a source names the territory as a participant. likely: a source "
    "names its group as selected and the territory as a member."
)
# Columns of the count tables (summary.counts_table): keys stay English, headers are translated.
COUNT_COLUMNS = {"confirmed": N_("confirmed"), "likely": N_("likely"), "total": N_("total")}


# Headers of the figure downloads (CSV of a chart's or table's figures); keys are the frames'
# column names, which stay English in code.
FIGURE_COLUMNS = {
    "nuts_id": N_("NUTS code"),
    "label": N_("Name"),
    "name": N_("Name"),
    "id": N_("ID"),
    "value": N_("Value"),
    "year": N_("Year"),
    "flag": N_("Eurostat flag"),
    "x_flag": N_("Eurostat flag of the first indicator"),
    "y_flag": N_("Eurostat flag of the second indicator"),
    "eu_value": N_("EU value"),
    "eu_aggregate": N_("EU aggregate"),
    "eu_year": N_("Year of the EU value"),
    "eu_of": N_("EU aggregate (year)"),
    "basis_nuts_id": N_("NUTS code of the figure"),
    "basis_note": N_("Whose figure"),
    "country_code": N_("Country code"),
    "country_value": N_("Country's value"),
    "category": N_("Group"),
    "category_key": N_("Group id"),
    "x": N_("First indicator"),
    "y": N_("Second indicator"),
    "x_year": N_("Year of the first indicator"),
    "y_year": N_("Year of the second indicator"),
    "group": N_("Network or consortium"),
    "is_participant": N_("In a participant's territory"),
    "indicator": N_("Indicator"),
    "unit": N_("Unit"),
    "EU": N_("EU"),
    "country": N_("Country"),
    "rank": N_("Rank among EU regions"),
    "note": N_("Whose figure"),
}


def figure_headers(columns, tr: Translator = ENGLISH) -> dict[str, str]:
    """{column: header in ``tr``'s language} for the columns of a figure download."""
    return {c: tr.gettext(FIGURE_COLUMNS[c]) for c in columns if c in FIGURE_COLUMNS}


# Decimals shown per unit: whole numbers for counts of people and money per head, else two.
_WHOLE_UNITS = frozenset({"persons", "PPS per inhabitant"})


def value_digits(unit: str) -> int:
    """How many decimals a figure in ``unit`` is shown with (0 for persons, else 2)."""
    return 0 if unit in _WHOLE_UNITS else 2


def type_label(participant_type: str, tr: Translator = ENGLISH) -> str:
    """'Region', 'City', 'Member State' (an unknown code is returned unchanged)."""
    label = TYPE_LABELS.get(participant_type)
    return tr.gettext(label) if label else participant_type


def confidence_label(confidence: str, tr: Translator = ENGLISH) -> str:
    """'confirmed' / 'likely' (an unknown value is returned unchanged)."""
    label = CONFIDENCE_LABELS.get(confidence)
    return tr.gettext(label) if label else confidence


def group_names_with_individual(
    group_names: Mapping[str, str], tr: Translator = ENGLISH, label: str = INDIVIDUAL_LABEL
) -> dict[str, str]:
    """The groups' published names plus the 'individual' pseudo-group in ``tr``'s language."""
    return {**group_names, INDIVIDUAL: tr.gettext(label)}


def group_name(
    group_id: str, group_names: Mapping[str, str], tr: Translator = ENGLISH,
    label: str = INDIVIDUAL_LABEL,
) -> str:  # fmt: skip
    """A group's published name, 'Individual' (translated) for no group, else the id."""
    if group_id == INDIVIDUAL:
        return tr.gettext(label)
    return group_names.get(group_id, group_id)
