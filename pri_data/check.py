"""``python -m pri_data check``: load (and so validate) every data file and summarise it.

The summary states the named participants against the totals announced on 17 May 2022, by type
and confidence, by country and by group. Bad data gives the full problem report, never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TextIO, TypeVar

import pandas as pd

from pri_data import load
from pri_data.countries import country_name
from pri_data.errors import DataValidationError, Problem
from pri_data.read import read_csv_text
from pri_data.sources import data_dir
from pri_data.summary import announced_totals, counts_table, group_counts, headline_counts

T = TypeVar("T")


def _loaded(loader: Callable[[], T]) -> tuple[T | None, list[Problem]]:
    """What ``loader`` returns, or None with the problems it raised."""
    try:
        return loader(), []
    except DataValidationError as exc:
        return None, exc.problems


def _problems_of(loader: Callable[[], object]) -> list[Problem]:
    return _loaded(loader)[1]


def _geometry_problems(at_run_time: bool = False) -> list[Problem]:
    from geo.lookup import load_lookup
    from geo.neighbours import load_neighbours  # cached per path and mtime
    from geo.nuts import SCALES, check_nuts_file, load_nuts

    def one(scale: str) -> None:
        if at_run_time:  # the app draws from geo.lookup and static/map, not these shapes
            check_nuts_file(scale)
        else:
            load_nuts(scale)

    problems = [p for scale in SCALES for p in _problems_of(lambda s=scale: one(s))]
    return problems + _problems_of(load_lookup) + _problems_of(load_neighbours)


def files_read() -> list[Path]:
    """Every file the app reads, for a cache key that changes when any of them does."""
    from geo.lookup import lookup_file
    from geo.neighbours import neighbours_file
    from geo.nuts import SCALES, nuts_file
    from pri_data.indicators import FILES

    names = ["participants.csv", "groups.csv", "memberships.csv", "announced.csv"]
    geometry = [*(nuts_file(s) for s in SCALES), lookup_file(), neighbours_file()]
    return [*(data_dir() / n for n in [*names, *FILES.values()]), *geometry]


def files_stamp() -> tuple[tuple[str, int, int], ...]:
    """(path, size, modification time) of every file read; -1 for a missing one."""
    out = []
    for path in files_read():
        try:
            info = path.stat()
            out.append((str(path), info.st_size, info.st_mtime_ns))
        except OSError:
            out.append((str(path), -1, -1))
    return tuple(out)


def collect_problems(at_run_time: bool = False) -> list[Problem]:
    """Every problem in every file the app reads: geometry, participants, groups, announced
    totals, memberships (when what they point to is valid) and the three indicator files.
    ``at_run_time`` (the app): the 1:3 million geometry is checked without its shapes and the
    cities are not checked against its NUTS 3 polygons, so the app never holds them; ``python -m
    pri_data check`` and the tests check everything."""
    from pri_data import indicators

    problems = _geometry_problems(at_run_time)
    participants = None
    if not problems:  # participants are checked against the NUTS codes (and polygons)
        participants, found = _loaded(
            lambda: load.load_participants(check_cities=not at_run_time)
        )
        problems += found
    groups, found = _loaded(load.load_groups)
    problems += found + _problems_of(load.load_announced)
    if not problems:  # memberships are checked against valid participants and groups
        problems += _problems_of(lambda: load.load_memberships(participants, groups))
    else:  # the file itself still: missing, empty, header only, not UTF-8, broken records
        problems += _problems_of(lambda: read_csv_text(data_dir() / "memberships.csv"))
    catalog = _problems_of(indicators.load_indicator_catalog)
    problems += catalog
    if not catalog:  # the table is checked against the catalogue's indicator ids
        problems += _problems_of(indicators.load_indicators)
    problems += _problems_of(indicators.load_left_out)
    return problems


def _table(frame: pd.DataFrame, label: str) -> str:
    frame = frame.rename_axis(index=label, columns=None)
    return frame.to_string()


def summary_text(participants: pd.DataFrame, groups: pd.DataFrame, announced: pd.DataFrame) -> str:
    """The plain-text summary printed by the check (participants with ``group_ids``)."""
    totals = announced_totals(announced)
    names = dict(zip(groups["id"], groups["name"], strict=True))
    by_country = counts_table(participants, "country_code")
    by_country.index = [f"{country_name(c)} ({c})" for c in by_country.index]
    represented = sorted(participants["country_code"].unique())
    lines = [
        f"Data directory: {data_dir()}",
        f"All files valid: {len(participants)} participants, {len(groups)} groups.",
        "",
        "Against the totals announced on 17 May 2022:",
        *(f"- {count.sentence()}" for count in headline_counts(participants, groups, totals)),
        "",
        "By type and confidence:",
        _table(counts_table(participants, "participant_type"), "type"),
        "",
        "By country:",
        _table(by_country, "country"),
        "",
        "By group (a participant in two groups counts in both):",
        _table(group_counts(participants, names), "group"),
        "",
        f"Member States represented ({len(represented)} of "
        f"{totals.get('member_states_represented', '?')} announced):",
        ", ".join(f"{country_name(c)} ({c})" for c in represented),
    ]
    return "\n".join(lines)


def problems_text(problems: list[Problem]) -> str:
    """The full report: every problem with its file, line, field, value and message."""
    lines = [f"{len(problems)} data problem(s) in {data_dir()}:"]
    lines += [f"- {p}" for p in problems]
    return "\n".join(lines)


def run_check(out: TextIO, err: TextIO) -> int:
    """Validate and summarise; 0 when every file is valid, 1 with the report on ``err``."""
    try:
        problems = collect_problems()
        if not problems:
            text = summary_text(
                load.participants_with_groups(), load.load_groups(), load.load_announced()
            )
    except OSError as exc:  # e.g. PRI_DATA_DIR points at a folder without the files
        print(f"Cannot read the data in {data_dir()}: {exc}", file=err)
        return 1
    if problems:
        print(problems_text(problems), file=err)
        return 1
    print(text, file=out)
    return 0
