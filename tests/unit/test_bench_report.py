"""The bench's report (bench/report.py) checks "page open → map drawn ≤ 1.15× the empty page" like
for like: /map against the empty page opened at /map, / (Overview) against the empty page at /; the
/map figure against the empty page at / is shown as information only. Hand-made summaries, no
browser: the figures below are chosen so a ratio taken against the wrong floor flips met/not met."""

from __future__ import annotations

from bench import report
from bench.harness import summarize

DRAWN = "first_load.map_drawn_ms"


def _summary(app: float, overview: float, empty: float, empty_at_map: float) -> dict:
    def one(value: float) -> dict:
        return {DRAWN: summarize([value]), "first_load.ws_kb": summarize([100.0])}

    return {
        "app": one(app),
        "app_overview": one(overview),
        "baseline": one(6000.0),
        "empty": one(empty),
        "empty_at_map": one(empty_at_map),
    }


def _drawn_rows(summary: dict) -> dict[str, dict]:
    """The three "map drawn" rows, by the app and floor they compare."""
    rows = [r for r in report.evaluate(summary) if r["key"] == DRAWN]
    assert len(rows) == 3
    return {f"{r['app']} / {r['floor']}": r for r in rows}


def test_map_page_is_checked_against_the_empty_page_at_map() -> None:
    # 1,300 ms: 1.08x the empty page at /map (met), 1.30x the empty page at / (not met)
    rows = _drawn_rows(_summary(app=1300, overview=1000, empty=1000, empty_at_map=1200))
    at_map = rows["app / empty_at_map"]
    assert at_map["ratio_to_empty"] == 1300 / 1200
    assert at_map["empty_budget"] == report.EMPTY_BUDGET
    assert at_map["empty_met"] is True
    assert at_map["ratio"] == 1300 / 6000 and at_map["ratio_met"] is True  # >= 3x the baseline


def test_overview_is_checked_against_the_empty_page_at_root() -> None:
    # 1,200 ms: 1.20x the empty page at / (not met), 1.00x the empty page at /map
    rows = _drawn_rows(_summary(app=1000, overview=1200, empty=1000, empty_at_map=1200))
    overview = rows["app_overview / empty"]
    assert overview["median"] == 1200
    assert overview["ratio_to_empty"] == 1200 / 1000
    assert overview["empty_met"] is False


def test_map_page_against_the_empty_page_at_root_is_information_only() -> None:
    rows = _drawn_rows(_summary(app=1300, overview=1000, empty=1000, empty_at_map=1200))
    info = rows["app / empty"]
    assert info["ratio_to_empty"] == 1300 / 1000  # shown ...
    assert info["empty_budget"] is None and info["empty_met"] is None  # ... but not a budget
    assert info["baseline_median"] is None


def test_table_shows_both_budgets_and_the_information_row() -> None:
    text = report.table(_summary(app=1300, overview=1200, empty=1000, empty_at_map=1200))
    lines = {line.split(" | ")[0].lstrip("| "): line for line in text.splitlines()}
    at_map = lines["page open → map drawn, /map (empty page at /map)"]
    assert "| 1.08× |" in at_map and "1,200 ms" in at_map and at_map.endswith("| met; met |")
    overview = lines["page open → map drawn, / Overview (empty page at /)"]
    assert "| 1.20× |" in overview and overview.endswith("| **not met** |")
    info = [v for k, v in lines.items() if k.startswith("page open → map drawn, /map vs empty")]
    assert len(info) == 1 and "| 1.30× |" in info[0] and info[0].endswith("|  |  |")
    assert "first load, websocket" in lines  # the other rows are still there


def test_old_results_without_the_new_addresses_still_print() -> None:
    summary = _summary(app=1300, overview=1000, empty=1000, empty_at_map=1200)
    del summary["app_overview"], summary["empty_at_map"]  # a JSON from before this change
    rows = _drawn_rows(summary)
    assert rows["app / empty_at_map"]["empty_met"] is None  # n/a, not judged against /
    assert rows["app / empty"]["ratio_to_empty"] == 1.3
    assert "n/a" in report.table(summary)


def test_update_readme_writes_the_new_rows_between_the_markers(tmp_path, monkeypatch) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(
        "# Bench\n<!-- bench:table:start -->\n| old | table |\n<!-- bench:table:end -->\nAfter.\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(report, "README", readme)
    text = report.table(_summary(app=1300, overview=1200, empty=1000, empty_at_map=1200))
    report.update_readme(text)
    written = readme.read_text(encoding="utf-8")
    assert "| old | table |" not in written
    assert written == (
        "# Bench\n<!-- bench:table:start -->\n" + text + "\n<!-- bench:table:end -->\nAfter.\n"
    )
    assert written.count("page open → map drawn, ") == 3


def test_paint_timing_rows_compare_like_for_like_and_judge_nothing() -> None:
    # the browser's paint times: the picture 1,380 ms at /map, 1,250 ms at /; the empty page's
    # text 1,000 ms at / and 1,200 ms at /map
    summary = _summary(app=1300, overview=1200, empty=1000, empty_at_map=1200)
    for kind, shown in (("app", 1380), ("app_overview", 1250), ("empty", 1000),
                        ("empty_at_map", 1200), ("baseline", None)):  # fmt: skip
        summary[kind][report.SHOWN] = summarize([] if shown is None else [shown])
    rows = {(r["app"], r["floor"]): r for r in report.evaluate(summary) if r["key"] == report.SHOWN}
    assert set(rows) == {("app", "empty_at_map"), ("app_overview", "empty")}
    assert rows["app", "empty_at_map"]["ratio_to_empty"] == 1380 / 1200
    assert rows["app_overview", "empty"]["ratio_to_empty"] == 1250 / 1000
    for row in rows.values():
        assert row["empty_budget"] is None and row["empty_met"] is None  # information only
        assert row["baseline_median"] is None  # the baseline's canvas has no paint entry
    lines = [line for line in report.table(summary).splitlines() if "on the screen" in line]
    assert len(lines) == 2 and all(line.endswith("|  |  |") for line in lines)
    assert "| 1.15× |" in lines[0] and "| 1.25× |" in lines[1]
