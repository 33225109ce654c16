"""The printed table, the budgets and the JSON record of one benchmark run.

"page open → map drawn ≤ 1.15× the empty page" is checked like for like: the dashboard at /map
against the empty page opened at /map, the Overview at / against the empty page at / (why:
``bench.harness.EMPTY_AT_MAP``). The /map figure against the empty page at / is still shown, as
information, not as a budget.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from bench.harness import summarize

RESULTS_DIR = Path(__file__).resolve().parent / "results"
README = Path(__file__).resolve().parent / "README.md"
RATIO_BUDGET = 1 / 3  # ">= 3x faster than the baseline": ours <= baseline / 3
EMPTY_BUDGET = 1.15  # "<= 1.15x the empty page"


@dataclass(frozen=True)
class Row:
    key: str  # "<scenario>.<metric>"
    label: str
    unit: str  # ms, s, KB (1000 bytes), MB (RSS, 2**20 bytes)
    budget: float | None = None  # the median must be <= budget
    vs_baseline: bool = False  # the median must be <= RATIO_BUDGET x the baseline's median
    vs_empty: bool = False  # the median must be <= EMPTY_BUDGET x the empty page's median
    app: str = "app"  # whose median the row shows (harness.AppUnderTest.kind: an app at an address)
    floor: str = "empty"  # the empty page at which address it is compared with
    base: str | None = "baseline"  # the baseline it is compared with (None: not compared)


DRAWN = "first_load.map_drawn_ms"
# The same, read from the browser's paint timing (the frame that showed the picture or the text):
# shown beside the budget rows, judged against none.
SHOWN = "first_load.map_shown_ms"
# A return visit (same browser, its HTTP cache filled by the first load): information, no budget.
RETURN = "return_visit.map_drawn_ms"
ROWS = (
    Row("startup.server_start_s", "server start → healthy", "s"),
    Row(DRAWN, "page open → map drawn, /map (empty page at /map)", "ms", None, True, True,
        floor="empty_at_map"),
    Row(DRAWN, "page open → map drawn, / Overview (empty page at /)", "ms", None, False, True,
        app="app_overview"),
    Row(DRAWN, "page open → map drawn, /map vs empty page at / (information, not a budget)", "ms",
        base=None),
    Row(SHOWN, "page open → map on the screen (paint timing), /map (empty page at /map)", "ms",
        floor="empty_at_map", base=None),
    Row(SHOWN, "page open → map on the screen (paint timing), / Overview (empty page at /)", "ms",
        app="app_overview", base=None),
    Row("first_load.map_live_ms", "page open → map live (hover, click)", "ms"),
    Row(RETURN, "return visit (same browser) → map drawn, /map (empty page's return at /map)", "ms",
        floor="empty_at_map"),
    Row(RETURN, "return visit (same browser) → map drawn, / Overview (empty page's return at /)",
        "ms", app="app_overview"),
    Row("first_load.idle_ms", "page open → idle", "ms"),
    Row("first_load.ws_kb", "first load, websocket", "KB", 300),
    Row("network_filter.idle_ms", "network filter → idle", "ms"),
    Row("network_filter.ws_kb", "network filter, websocket", "KB", 20),
    Row("network_filter.map_redrawn_ms", "network filter → map redrawn", "ms", 300),
    Row("country_filter.idle_ms", "country filter → idle", "ms"),
    Row("country_filter.ws_kb", "country filter, websocket", "KB", 20),
    Row("country_filter.map_redrawn_ms", "country filter → map redrawn", "ms", 300),
    Row("page_switch.idle_ms", "page switch → idle", "ms"),
    Row("page_switch.ws_kb", "page switch, websocket", "KB"),
    Row("page_switch.map_redrawn_ms", "page switch → map drawn", "ms"),
    Row("map_click.idle_ms", "map click → profile idle", "ms"),
    Row("map_click.ws_kb", "map click, websocket", "KB"),
    Row("indicator_change.idle_ms", "indicator change → idle", "ms"),
    Row("indicator_change.ws_kb", "indicator change, websocket", "KB"),
    Row("first_load.rss_1_session_mb", "server RSS, 1 session", "MB"),
    Row("sessions.rss_30_sessions_mb", "server RSS, 30 sessions", "MB", 300),
    Row("first_visit.ready_s", "server start → first pages built (ui.warm)", "s", base=None),
    Row("first_visit.map_drawn_ms", "first visit after a start → map drawn, /map (baseline "
        "column: the app without the warm-up)", "ms", floor="empty_at_map", base="app_unwarmed"),
)
_DECIMALS = {"ms": 0, "s": 2, "KB": 1, "MB": 0}


def summarize_samples(samples: dict) -> dict:
    """{kind: {key: {"runs": [...], "warmup": [...]}}} -> per key: median, min, max, n, samples."""
    out: dict = {}
    for kind, metrics in samples.items():
        out[kind] = {}
        for key, record in metrics.items():
            runs = [v for v in record["runs"] if v is not None]
            out[kind][key] = {**summarize(runs), "samples": runs, "warmup": record["warmup"]}
    return out


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "n/a"
    return f"{value:,.{_DECIMALS[unit]}f}"


def _cell(stats: dict | None, unit: str) -> str:
    if not stats or stats["median"] is None:
        return "n/a"
    return (
        f"{_fmt(stats['median'], unit)} {unit} "
        f"({_fmt(stats['min'], unit)}–{_fmt(stats['max'], unit)})"
    )


def evaluate(summary: dict) -> list[dict]:
    """One entry per row: medians, ratio to the baseline and whether each budget is met."""
    rows = []
    for row in ROWS:
        median = _median(summary, row.app, row.key)
        base_median = None if row.base is None else _median(summary, row.base, row.key)
        empty_median = _median(summary, row.floor, row.key)
        ratio = median / base_median if median is not None and base_median else None
        to_empty = median / empty_median if median is not None and empty_median else None
        budget_met = None if row.budget is None or median is None else median <= row.budget
        ratio_met = None if not row.vs_baseline or ratio is None else ratio <= RATIO_BUDGET
        empty_met = None if not row.vs_empty or to_empty is None else to_empty <= EMPTY_BUDGET
        rows.append(
            {
                "key": row.key,
                "label": row.label,
                "app": row.app,
                "floor": row.floor,
                "unit": row.unit,
                "median": median,
                "baseline_median": base_median,
                "ratio": ratio,
                "budget": row.budget,
                "budget_met": budget_met,
                "ratio_budget": RATIO_BUDGET if row.vs_baseline else None,
                "ratio_met": ratio_met,
                "empty_median": empty_median,
                "ratio_to_empty": to_empty,
                "empty_budget": EMPTY_BUDGET if row.vs_empty else None,
                "empty_met": empty_met,
            }
        )
    return rows


def _median(summary: dict, kind: str, key: str) -> float | None:
    stats = summary.get(kind, {}).get(key)
    return stats["median"] if stats else None


def _target(row: Row) -> str:
    parts = []
    if row.budget is not None:
        parts.append(f"≤ {_fmt(row.budget, row.unit)} {row.unit}")
    if row.vs_empty:
        parts.append(f"≤ {EMPTY_BUDGET:.2f}× empty")
    if row.vs_baseline:
        parts.append(f"≥ {1 / RATIO_BUDGET:.0f}× faster than baseline")
    return "; ".join(parts)


def _met(result: dict, row: Row) -> str:
    checks = [
        (result["budget_met"], row.budget is not None),
        (result["empty_met"], row.vs_empty),
        (result["ratio_met"], row.vs_baseline),
    ]
    return "; ".join(_status(met, wanted) for met, wanted in checks if wanted)


def _status(met: bool | None, wanted: bool) -> str:
    if not wanted:
        return ""
    return "n/a" if met is None else ("met" if met else "**not met**")


def table(summary: dict) -> str:
    """The results as a Markdown table (readable as plain text too)."""
    lines = [
        "| Metric | App median (min–max) | Baseline median (min–max) | Empty page median "
        "| App ÷ baseline | App ÷ empty | Target | Met |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row, result in zip(ROWS, evaluate(summary), strict=True):
        ratio, to_empty = result["ratio"], result["ratio_to_empty"]
        lines.append(
            "| "
            + " | ".join(
                [
                    row.label,
                    _cell(summary.get(row.app, {}).get(row.key), row.unit),
                    "" if row.base is None
                    else _cell(summary.get(row.base, {}).get(row.key), row.unit),
                    _cell(summary.get(row.floor, {}).get(row.key), row.unit)
                    if summary.get(row.floor, {}).get(row.key)
                    else "",
                    "" if ratio is None else f"{ratio:.2f}×",
                    "" if to_empty is None else f"{to_empty:.2f}×",
                    _target(row),
                    _met(result, row),
                ]
            )
            + " |"
        )
    return "\n".join(lines)


def write_json(record: dict, stamp: str) -> Path:
    """bench/results/bench-<stamp>.json and latest.json (the folder is git-ignored)."""
    RESULTS_DIR.mkdir(exist_ok=True)
    text = json.dumps(record, indent=2, ensure_ascii=False, default=str)
    path = RESULTS_DIR / f"bench-{stamp}.json"
    path.write_text(text, encoding="utf-8")
    (RESULTS_DIR / "latest.json").write_text(text, encoding="utf-8")
    return path


def update_readme(text: str) -> None:
    """Replace the table between the README's bench:table markers."""
    readme = README.read_text(encoding="utf-8")
    new = re.sub(
        r"(<!-- bench:table:start -->\n).*?(<!-- bench:table:end -->)",
        lambda m: m.group(1) + text + "\n" + m.group(2),
        readme,
        flags=re.DOTALL,
    )
    README.write_text(new, encoding="utf-8")
