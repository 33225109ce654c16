"""The filter state of every view, and its round trip through URL query parameters.

Query parameters are the single source of a view's filters, so any view has a link. Parsing never
raises: an unknown or malformed value is dropped and named in a notice the page shows.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields

import pandas as pd

from pri_data.i18n import ENGLISH, N_, Translator
from pri_data.load import INDIVIDUAL
from pri_data.text import echo

LIST_PARAMS = {
    "group": "groups",
    "country": "countries",
    "type": "types",
    "confidence": "confidence",
}
MAX_QUERY_LENGTH = 80
MAX_ECHOED = 3  # ignored values repeated in one notice; the rest are counted
UNKNOWN_VALUE = N_("Ignored unknown {name} in the link: {value}")
LONG_QUERY = N_("Ignored a search text longer than {n} characters")


@dataclass(frozen=True)
class Filters:
    """Selected values per dimension; an empty tuple means "all"."""

    groups: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    confidence: tuple[str, ...] = ()
    query: str = ""

    def is_empty(self) -> bool:
        return not any(getattr(self, f.name) for f in fields(self))


def allowed_values(participants: pd.DataFrame, group_ids: Iterable[str]) -> dict[str, tuple]:
    """What each list parameter may hold, given the data."""
    return {
        "group": (*sorted(group_ids), INDIVIDUAL),
        "country": tuple(sorted(participants["country_code"].unique())),
        "type": tuple(sorted(participants["participant_type"].unique())),
        "confidence": tuple(sorted(participants["confidence"].unique())),
    }


def _as_list(raw: str | list[str]) -> list[str]:
    items = raw if isinstance(raw, list) else [raw]
    return [v.strip() for item in items for v in str(item).split(",") if v.strip()]


def parse_filters(
    params: Mapping[str, str | list[str]], allowed: Mapping[str, tuple], tr: Translator = ENGLISH
) -> tuple[Filters, list[str]]:
    """Read filters from query parameters; returns them and a notice per value ignored, in the
    language of ``tr``."""
    notices: list[str] = []
    values: dict[str, object] = {}
    for param, attr in LIST_PARAMS.items():
        if param not in params:
            continue
        wanted = _as_list(params[param])
        bad = [v for v in wanted if v not in allowed[param]]
        if bad:
            values_text = ", ".join(map(echo, bad[:MAX_ECHOED]))
            values_text += f" (+{len(bad) - MAX_ECHOED})" if len(bad) > MAX_ECHOED else ""
            notices.append(tr.gettext(UNKNOWN_VALUE).format(name=param, value=values_text))
        values[attr] = tuple(v for v in dict.fromkeys(wanted) if v in allowed[param])
    if "q" in params:
        query = " ".join(_as_list(params["q"]))
        if len(query) > MAX_QUERY_LENGTH:
            notices.append(tr.gettext(LONG_QUERY).format(n=MAX_QUERY_LENGTH))
        else:
            values["query"] = query
    return Filters(**values), notices


def to_params(filters: Filters) -> dict[str, str]:
    """Query parameters for ``filters`` (only the dimensions that are set)."""
    out = {p: ",".join(getattr(filters, a)) for p, a in LIST_PARAMS.items() if getattr(filters, a)}
    if filters.query:
        out["q"] = filters.query
    return out


def apply_filters(participants: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Rows of ``participants`` (with ``group_ids``) that match every set dimension."""
    keep = pd.Series(True, index=participants.index)
    if filters.groups:
        wanted = set(filters.groups)
        keep &= participants["group_ids"].apply(lambda ids: bool(wanted.intersection(ids)))
    for column, chosen in (
        ("country_code", filters.countries),
        ("participant_type", filters.types),
        ("confidence", filters.confidence),
    ):
        if chosen:
            keep &= participants[column].isin(chosen)
    if filters.query:
        text = participants["name_en"] + " " + participants["name_local"]
        keep &= text.str.contains(filters.query, case=False, regex=False)
    return participants[keep]
