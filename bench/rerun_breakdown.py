"""Where the time between a filter pick and the map redrawn goes (a diagnostic, not a scenario: it
prints, it asserts nothing).

    python -m bench.rerun_breakdown --runs 8
    python -m bench.rerun_breakdown --runs 8 --variant base=/tmp/base \
        --variant nogc=.:STREAMLIT_RUNNER_POST_SCRIPT_GC=false

Each variant is a checkout (and optional environment) of the app; their servers run side by side
and their repetitions alternate, so load on the machine hits all of them. Per repetition, on one
idle /map page: pick a network (measured), remove it, pick a country (measured), remove it. On the
page's clock (the probe's websocket log, ``bench/harness.py``), from the input (pointerdown):
``sent`` the rerun request left the browser, ``started`` the run's first message arrived
(``new_session``), ``finished`` its ``script_finished`` arrived, ``drawn`` the map's
``data-drawn-at``, ``idle`` as the bench defines it, and ``running`` the first "running" state seen.
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path

from playwright.sync_api import sync_playwright

from bench.harness import APP, open_probe, open_ready
from bench.inputs import clear_filter, measure_input, pick_option
from tests.browser.server import launch_chromium, start_streamlit

PICKS = (("Network or consortium", "Vanguard Initiative"), ("Country", "Italy"))
COLUMNS = ("sent", "running", "started", "finished", "drawn", "idle")


def _variant(text: str) -> tuple[str, Path, dict[str, str]]:
    name, _, rest = text.partition("=")
    path, *pairs = rest.split(":")
    return name, Path(path).resolve(), dict(p.split("=", 1) for p in pairs)


def _one(probe, label: str, option: str) -> dict[str, float | None]:
    result = measure_input(probe, pick_option(probe, label, option))
    row = {key: result.get(f"to_{key}_ms") for key in COLUMNS}
    row["drawn"] = result["map_redrawn_ms"]
    row["idle"] = result["idle_ms"]
    row["running"] = result["to_running_ms"]
    clear_filter(probe, label)
    probe.page.keyboard.press("Escape")
    return row


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.rerun_breakdown")
    parser.add_argument("--runs", type=int, default=6)
    parser.add_argument("--variant", action="append", default=[], metavar="NAME=PATH[:K=V...]")
    args = parser.parse_args(argv)
    variants = [_variant(v) for v in args.variant] or [("app", Path(".").resolve(), {})]
    servers = {n: start_streamlit(app=APP.script, cwd=p, env=e) for n, p, e in variants}
    rows: dict[str, dict[str, list[dict]]] = {n: {o: [] for _l, o in PICKS} for n in servers}
    try:
        with sync_playwright() as pw:
            browser = launch_chromium(pw)
            for rep in range(args.runs + 1):  # the first is a warm-up
                for name, server in servers.items():
                    with open_probe(browser) as probe:
                        open_ready(probe, server.base_url + APP.map_path)
                        for label, option in PICKS:
                            row = _one(probe, label, option)
                            if rep:
                                rows[name][option].append(row)
                            shown = " ".join(f"{k}={v:.0f}" for k, v in row.items() if v)
                            print(f"{name} #{rep} {option}: {shown}", flush=True)
            browser.close()
    finally:
        for server in servers.values():
            server.stop()
    print("\nmedians (ms after the input)", " ".join(f"{c:>9}" for c in COLUMNS))
    for name, by_option in rows.items():
        for option, samples in by_option.items():
            cells = []
            for column in COLUMNS:
                values = [r[column] for r in samples if r[column] is not None]
                cells.append(f"{statistics.median(values):9.0f}" if values else f"{'-':>9}")
            print(f"{name:>12} {option[:15]:>15}", " ".join(cells), f"n={len(samples)}")


if __name__ == "__main__":
    main()
