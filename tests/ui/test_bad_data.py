"""Bad data reaches the screen as a clear message naming file, line, field and value: every page
stops there instead of showing a traceback or silently dropping rows."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from tests import breakage, live
from tests.ui.apptest import PAGE_FILES, run, texts


@pytest.mark.parametrize("path", ["app.py", *PAGE_FILES])
def test_every_page_shows_the_data_problem(break_cell, path: str) -> None:
    break_cell("participants.csv", 3, "nuts_code", "BG999")  # Gabrovo, an unknown NUTS code
    at = run(path)
    assert not at.exception, [e.value for e in at.exception]
    errors = texts(at.error)
    assert any("data failed its checks" in e for e in errors)
    report = "\n".join(texts(at.code))
    assert "participants.csv line 3" in report
    assert "'nuts_code'" in report and "'BG999'" in report


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nl", "participants.csv regel 3 (id {id}), veld 'nuts_code': 'BG999': is geen NUTS 2021"),
        ("fr", "participants.csv ligne 3 (identifiant {id}), champ 'nuts_code' : 'BG999' : n'est"),
        ("de", "participants.csv Zeile 3 (ID {id}), Feld 'nuts_code': 'BG999': ist kein NUTS"),
    ],
)
def test_problem_lines_are_in_the_page_language(break_cell, lang: str, words: str) -> None:
    break_cell("participants.csv", 3, "nuts_code", "BG999")
    at = run("app.py", lang=lang)
    assert not at.exception
    report = "\n".join(texts(at.code))
    assert words.format(id=repr(live.rows("participants.csv")[1]["id"])) in report, report
    assert "line 3" not in report and "is not a NUTS" not in report  # no English left


# Every way every file can break (tests/breakage.py), each on one page, the pages in turn: every
# page meets every kind of break, and every break is met on some page.
ROTATION = [
    pytest.param(file, how, page, id=f"{how}-{file}-{page.split('/')[-1]}")
    for (file, how), page in zip(
        breakage.cases(),
        itertools.cycle(["app.py", *PAGE_FILES]),
    )
]


@pytest.mark.parametrize(("file", "how", "path"), ROTATION)
def test_page_shows_the_broken_file(
    data_copy: Path, geo_copy: Path, file: str, how: str, path: str
) -> None:
    breakage.apply(file, how, data_copy, geo_copy)
    at = run(path)
    assert not at.exception, [e.value for e in at.exception]
    assert any("data failed its checks" in e for e in texts(at.error))
    assert any("python -m pri_data check" in t for t in texts(at.text))
    report = "\n".join(texts(at.code))
    assert file in report
    assert not at.main.markdown or all(file not in m for m in texts(at.main.markdown))


def test_every_page_shows_the_same_message(data_copy: Path, geo_copy: Path) -> None:
    breakage.apply("indicators.parquet", "truncated", data_copy, geo_copy)
    reports = {path: "\n".join(texts(run(path).code)) for path in PAGE_FILES}
    assert len(set(reports.values())) == 1, reports
    assert "indicators.parquet" in next(iter(reports.values()))
