"""The loaders accept the committed data and reject each kind of bad cell, naming where it is."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from pri_data import check, load
from pri_data.errors import DataValidationError
from tests import live
from tests.conftest import set_cell

P, G, M = "participants.csv", "groups.csv", "memberships.csv"
LOADERS = {
    P: lambda: load.load_participants(check_cities=True),  # as python -m pri_data check does
    G: load.load_groups,
    M: load.load_memberships,
}
# Lines used below: 2 be-leuven (city, BE242); 4 de-baden-wurttemberg (region, DE1);
# 5 de-lower-saxony; 6 de-north-rhine-westphalia (region, DEA, level 1); HU = hu-hungary (HU, 0).
HU = live.line_of("hu-hungary")


def test_committed_data_loads(data_dir: Path) -> None:
    participants = load.load_participants()
    assert len(participants) == live.count()
    assert participants["id"].is_unique
    assert len(load.load_groups()) == len(live.rows("groups.csv"))
    assert len(load.load_memberships()) == len(live.rows("memberships.csv"))
    assert set(load.load_announced()["key"]) == {
        "regions", "cities", "member_states", "member_states_represented", "networks",
    }  # fmt: skip
    assert participants["nuts_level"].dtype == "Int8"
    assert str(load.data_dir()) == str(data_dir)


def test_committed_cities_fall_inside_their_nuts3_units() -> None:
    """The check the app leaves out at run time (it would hold the 1:3 million shapes)."""
    participants = load.load_participants(check_cities=True)  # raises on a city outside
    assert len(participants) == live.count()
    assert (participants["participant_type"] == "city").sum() >= 7


def test_the_app_never_loads_the_geometry(monkeypatch: pytest.MonkeyPatch) -> None:
    """At run time (cache.data_problems, cache.participants) the shapes stay on disk: both NUTS
    files are checked from their attribute columns only, codes against geo.lookup, cities
    against no polygons."""
    from geo import nuts

    loaded: list[str] = []
    real = nuts.load_nuts
    monkeypatch.setattr(nuts, "load_nuts", lambda scale="10M": loaded.append(scale) or real(scale))
    monkeypatch.setattr(nuts, "nuts3_polygons", lambda *a: pytest.fail("polygons loaded"))
    monkeypatch.setattr(load, "nuts3_polygons", lambda *a: pytest.fail("polygons loaded"))
    assert check.collect_problems(at_run_time=True) == []
    load.participants_with_groups()
    assert loaded == []


@pytest.mark.parametrize(
    "step",
    [
        pytest.param(load.participants_with_groups, id="participants_with_groups"),
        pytest.param(lambda: check.collect_problems(at_run_time=True), id="the app's check"),
    ],
)
def test_each_file_is_read_once(monkeypatch: pytest.MonkeyPatch, step: Callable) -> None:
    """Memberships are checked against the participants and groups just loaded, not against a
    second reading of them: a server's first run validates each file once per step."""
    read: list[str] = []
    real = load.read_csv_text
    monkeypatch.setattr(
        load, "read_csv_text", lambda path, **kw: read.append(path.name) or real(path, **kw)
    )
    step()
    assert sorted(n for n in read if n in (P, G, M)) == sorted([G, M, P])


def test_participants_with_groups_marks_individuals() -> None:
    frame = load.participants_with_groups()
    by_id = frame.set_index("id")["group_ids"]
    assert by_id["fi-north-karelia"] == ("bioregions-facility", "east-north-finland")
    assert by_id["hu-hungary"] == (load.INDIVIDUAL,)
    assert frame["group_ids"].map(len).min() == 1


def _edit(file: str, line: int, field: str, value: str) -> Callable[[Path], None]:
    return lambda folder: set_cell(folder / file, line, field, value) and None


def _append_to_line(file: str, line: int, text: str) -> Callable[[Path], None]:
    def mutate(folder: Path) -> None:
        lines = (folder / file).read_text(encoding="utf-8").split("\n")
        lines[line - 1] += text
        (folder / file).write_text("\n".join(lines), encoding="utf-8")

    return mutate


def _drop_column(file: str, index: int) -> Callable[[Path], None]:
    def mutate(folder: Path) -> None:
        frame = pd.read_csv(folder / file, dtype=str, keep_default_na=False)
        frame.drop(columns=frame.columns[index]).to_csv(folder / file, index=False)

    return mutate


def _repeat_line(file: str, line: int) -> Callable[[Path], None]:
    def mutate(folder: Path) -> None:
        text = (folder / file).read_text(encoding="utf-8")
        (folder / file).write_text(text + text.split("\n")[line - 1] + "\n", encoding="utf-8")

    return mutate


# id, file, mutation, then the expected problem: line, field, value (None: any value).
BAD_CASES = [
    ("malformed_extra_field", P, _append_to_line(P, 10, ",surplus"), 10, "(file)", None),
    ("malformed_open_quote", P, _append_to_line(P, 12, ',"open'), 12, "(file)", None),
    ("missing_column", P, _drop_column(P, -1), 1, "evidence", ""),
    ("bad_participant_type", P, _edit(P, 4, "participant_type", "province"), 4,
     "participant_type", "province"),
    ("duplicate_id", P, _edit(P, 4, "id", "be-leuven"), 4, "id", "be-leuven"),
    ("unknown_nuts_code", P, _edit(P, 6, "nuts_code", "DEZ"), 6, "nuts_code", "DEZ"),
    ("nuts_code_at_wrong_level", P, _edit(P, 6, "nuts_level", "2"), 6, "nuts_level", "2"),
    ("code_country_mismatch", P, _edit(P, 6, "country_code", "FR"), 6, "country_code", "FR"),
    ("level_not_fitting_type", P, _edit(P, HU, "participant_type", "region"), HU,
     "nuts_level", "0"),
    ("city_without_coordinates", P, _edit(P, 2, "lat", ""), 2, "lat", ""),
    ("city_outside_its_nuts3", P, _edit(P, 2, "lat", "51.5"), 2, "lat", "51.5"),
    ("lat_out_of_range", P, _edit(P, 6, "lat", "95"), 6, "lat", "95.0"),
    ("bad_confidence", P, _edit(P, 5, "confidence", "maybe"), 5, "confidence", "maybe"),
    ("bad_source_url", P, _edit(P, 5, "source_urls", "ftp://example.org/x"), 5, "source_urls",
     "ftp://example.org/x"),
    ("membership_unknown_participant", M, _edit(M, 3, "participant_id", "xx-nowhere"), 3,
     "participant_id", "xx-nowhere"),
    ("membership_unknown_group", M, _edit(M, 3, "group_id", "no-such-group"), 3, "group_id",
     "no-such-group"),
    ("duplicate_membership", M, _repeat_line(M, 2), len(live.rows(M)) + 2, "group_id",
     "baltic-sea-region"),
    ("bad_groups_kind", G, _edit(G, 3, "kind", "club"), 3, "kind", "club"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("file", "mutate", "line", "field", "value"),
    [pytest.param(*case[1:], id=case[0]) for case in BAD_CASES],
)
def test_bad_cell_is_reported_with_file_line_field_value(
    data_copy: Path, file: str, mutate, line: int, field: str, value: str | None
) -> None:
    mutate(data_copy)
    with pytest.raises(DataValidationError) as caught:
        LOADERS[file]()
    matches = [p for p in caught.value.problems if (p.line, p.field) == (line, field)]
    assert matches, f"no problem at line {line}, field {field!r} in:\n{caught.value}"
    problem = matches[0]
    assert problem.file == file
    text = str(caught.value)
    assert f"{file} line {line}" in text
    assert f"field {field!r}" in text
    if value is not None:
        assert problem.value == value
        assert repr(value) in text
    else:  # a parse error quotes the offending line of the file
        raw = (data_copy / file).read_text(encoding="utf-8").split("\n")[line - 1]
        assert problem.value and raw.startswith(problem.value)
    assert problem.message


def test_several_problems_are_all_reported(data_copy: Path) -> None:
    set_cell(data_copy / P, 3, "participant_type", "province")
    set_cell(data_copy / P, 5, "confidence", "maybe")
    set_cell(data_copy / P, 40, "lat", "95")
    with pytest.raises(DataValidationError) as caught:
        load.load_participants()
    where = {(p.line, p.field, p.value) for p in caught.value.problems}
    assert where >= {(3, "participant_type", "province"), (5, "confidence", "maybe")}
    assert any(line == 40 and field == "lat" for line, field, _ in where)
    assert str(caught.value).startswith(f"{len(caught.value.problems)} data problem(s)")


def test_empty_file_is_reported(data_copy: Path) -> None:
    (data_copy / G).write_text("", encoding="utf-8")
    with pytest.raises(DataValidationError, match=r"groups\.csv, field '\(file\)'"):
        load.load_groups()


def test_extra_column_is_reported(data_copy: Path) -> None:
    text = (data_copy / G).read_text(encoding="utf-8")
    lines = [line + ",x" for line in text.splitlines()]
    lines[0] = lines[0].removesuffix(",x") + ",extra"
    (data_copy / G).write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(DataValidationError, match=r"groups\.csv line 1, field 'extra'"):
        load.load_groups()


# The committed data against the checksums recorded in pri_data/data/README.md (the copies of the
# reference compilation; tests never read ../shared), and the loaders against the raw rows.


def _recorded_checksums(data_dir: Path) -> dict[str, str]:
    text = (data_dir / "README.md").read_text(encoding="utf-8")
    return dict(re.findall(r"^\| `([^`]+)` \| `([0-9a-f]{64})` \|$", text, flags=re.MULTILINE))


def test_committed_files_match_recorded_checksums(data_dir: Path) -> None:
    recorded = _recorded_checksums(data_dir)
    assert {P, G, M, "NOTES.md", "indicators.parquet"} <= set(recorded)
    for file, digest in recorded.items():
        assert hashlib.sha256((data_dir / file).read_bytes()).hexdigest() == digest, file


def test_counts_by_type_and_confidence_match_the_file() -> None:
    raw = pd.DataFrame(list(live.rows(P)))
    expected = raw.groupby(["participant_type", "confidence"]).size()
    got = load.load_participants().groupby(["participant_type", "confidence"]).size()
    pd.testing.assert_series_equal(got, expected, check_names=False, check_index_type=False)


def test_represented_member_states_match_the_file() -> None:
    assert set(load.load_participants()["country_code"]) == live.countries()
