"""Counts of the committed participant list, read straight from pri_data/data/*.csv with the csv
module (not through pri_data), so tests follow a data update instead of hard-coding live figures."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "pri_data" / "data"


@cache
def rows(file: str) -> tuple[dict[str, str], ...]:
    """Every record of ``file`` (e.g. "participants.csv") as a dict of strings."""
    with (DATA / file).open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


def line_of(participant_id: str) -> int:
    """The line of participants.csv holding ``participant_id`` (no record spans two lines)."""
    ids = [p["id"] for p in rows("participants.csv")]
    return ids.index(participant_id) + 2


def participants(**where: str | tuple[str, ...]) -> list[dict[str, str]]:
    """Participants whose columns equal (or, for a tuple, are among) the given values."""

    def keep(row: dict[str, str]) -> bool:
        return all(
            row[k] in v if isinstance(v, tuple) else row[k] == v for k, v in where.items()
        )

    return [row for row in rows("participants.csv") if keep(row)]


def count(**where: str | tuple[str, ...]) -> int:
    return len(participants(**where))


def members(*group_ids: str) -> set[str]:
    """Ids of participants in any of ``group_ids``."""
    return {m["participant_id"] for m in rows("memberships.csv") if m["group_id"] in group_ids}


def individuals() -> int:
    """Participants in no group."""
    grouped = {m["participant_id"] for m in rows("memberships.csv")}
    return sum(p["id"] not in grouped for p in rows("participants.csv"))


def countries() -> set[str]:
    """Member States represented (country codes of every participant)."""
    return {p["country_code"] for p in rows("participants.csv")}


def matching(text: str) -> int:
    """Participants whose English or local name contains ``text`` (case-insensitive)."""
    text = text.lower()
    names = (f"{p['name_en']} {p['name_local']}".lower() for p in rows("participants.csv"))
    return sum(text in name for name in names)


def networks() -> int:
    """Groups of kind network (one of the six announced)."""
    return sum(g["kind"] == "network" for g in rows("groups.csv"))


def announced(key: str) -> int:
    return next(int(r["value"]) for r in rows("announced.csv") if r["key"] == key)


def regions_sentence() -> str:
    """The English headline sentence for regions, e.g. "51 of 63 regions named in public ...\""""
    confirmed = count(participant_type="region", confidence="confirmed")
    likely = count(participant_type="region", confidence="likely")
    return (
        f"{confirmed + likely} of {announced('regions')} regions named in public sources: "
        f"{confirmed} confirmed, {likely} likely"
    )


def group_name(group_id: str) -> str:
    return next(g["name"] for g in rows("groups.csv") if g["id"] == group_id)


def group_members(group_id: str, **where: str) -> list[dict[str, str]]:
    """Participants of ``group_id`` (in file order) whose columns equal ``where``."""
    ids = members(group_id)
    return [p for p in participants(**where) if p["id"] in ids]


def and_list(names: list[str]) -> str:
    """'Espoo and Turku', 'A, B and C': how the English sentences join two or more names."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
