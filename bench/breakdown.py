"""Where the time between page open and map drawn goes, on the map page (a diagnostic, not a
scenario: it prints, it asserts nothing).

    python -m bench.breakdown --runs 5

Per fresh browser context it opens ``/map`` and reads, on the page's clock (0 = navigation start):
the first script run finished (idle), the component's marks (``static/map/pri-map.js`` and its
inline loader: ``pri-map:loader`` when Streamlit called the loader, ``:module`` when the module
ran, ``:call`` when its function ran, ``:geometry`` when the NUTS files were parsed, ``:drawn``),
and the resource timing of the component's module, the geometry files, Streamlit's own component
chunk and the fonts. It prints the median of each.
"""

from __future__ import annotations

import argparse
import statistics
import sys

from playwright.sync_api import sync_playwright

from bench.harness import APP, EMPTY, open_probe
from bench.scenarios.first_load import _first_idle
from tests.browser.server import launch_chromium

_MARKS_JS = """() => {
  const out = {};
  for (const m of performance.getEntriesByType('mark'))
    if (m.name.startsWith('pri-map:') && !(m.name in out)) out[m.name] = m.startTime;
  for (const p of performance.getEntriesByType('paint')) out[p.name] = p.startTime;
  const nav = performance.getEntriesByType('navigation')[0];
  out['domContentLoaded'] = nav.domContentLoadedEventEnd;
  out['load'] = nav.loadEventEnd;
  const res = [];
  for (const r of performance.getEntriesByType('resource')) {
    const name = r.name.split('?')[0].split('/').slice(-1)[0];
    res.push([name, r.initiatorType, r.startTime, r.responseEnd, r.transferSize,
      r.encodedBodySize]);
  }
  out.resources = res;
  return out;
}"""

_WATCH = ("pri-map.js", "nuts0.json", "nuts1.json", "nuts2.json", "nuts3.json")


def _one(browser, server, app) -> dict[str, float]:
    with open_probe(browser, app.drawn) as probe:
        probe.page.goto(server.base_url + app.map_path, wait_until="commit")
        drawn = probe.map_drawn_at()
        probe.wait_idle_after(0.0)
        marks = probe.page.evaluate(_MARKS_JS)
        states = probe.page.evaluate("window.__bench.states")
    row = {"drawn": drawn, "script_done": _first_idle(states) or float("nan")}
    for key, value in marks.items():
        if key != "resources":
            row[key] = value
    for name, kind, start, end, _size, body in marks["resources"]:
        short = name if name in _WATCH else None
        if short is None and name.endswith(".woff2"):
            short = "fonts (last)"
        if short is None and kind == "script":
            short = "scripts (last)"
        if short is None:
            continue
        row[f"{short} start"] = max(row.get(f"{short} start", 0.0), start)
        row[f"{short} end"] = max(row.get(f"{short} end", 0.0), end)
        if name in _WATCH:
            row[f"{short} KB"] = body / 1000
    return row


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.breakdown")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-empty", action="store_true")
    args = parser.parse_args(argv)
    apps = [APP] if args.no_empty else [APP, EMPTY]
    servers = {app.kind: app.start() for app in apps}
    rows: dict[str, list[dict]] = {app.kind: [] for app in apps}
    try:
        with sync_playwright() as pw:
            browser = launch_chromium(pw)
            for rep in range(args.runs + 1):  # the first is a warm-up
                for app in apps:
                    row = _one(browser, servers[app.kind], app)
                    if rep:
                        rows[app.kind].append(row)
                    print(f"{app.kind} #{rep}: drawn {row['drawn']:.0f} ms", file=sys.stderr)
            browser.close()
    finally:
        for server in servers.values():
            server.stop()
    for kind, samples in rows.items():
        print(f"\n{kind}: medians of {len(samples)} runs (ms from navigation start)")
        keys = sorted({k for r in samples for k in r}, key=lambda k: statistics.median(
            [r[k] for r in samples if k in r]))
        for key in keys:
            values = [r[key] for r in samples if key in r]
            spread = f"({min(values):.0f}–{max(values):.0f})"
            print(f"  {key:28s} {statistics.median(values):9.1f}  {spread}")


if __name__ == "__main__":
    main()
