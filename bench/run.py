"""Run every scenario against the dashboard, the plain baseline and an empty page; print the table,
write JSON.

    python -m bench                    # or: python bench/run.py
    python -m bench --runs 7 --only first_load network_filter
    python -m bench --no-baseline --update-readme

The three apps run side by side (three servers) and their repetitions are interleaved, so a burst
of load on the machine hits all of them. The empty page (one line of text) only takes part in the
first load, startup and first visit: it is the floor "page open → map drawn" is compared with.
The first load opens each at two addresses (``bench/scenarios/first_load.py``). Warm-up
repetitions are run first and kept out of the figures.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path

if __package__ in (None, ""):  # `python bench/run.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import report  # noqa: E402
from bench.harness import (  # noqa: E402
    APP,
    APP_OVERVIEW,
    APP_UNWARMED,
    BASELINE,
    EMPTY,
    EMPTY_AT_MAP,
    VIEWPORT,
    open_probe,
)
from bench.scenarios import (  # noqa: E402
    BROWSER_SCENARIOS,
    JOURNEYS,
    first_visit,
    sessions,
    startup,
)
from tests.browser.server import CHROMIUM_PATH, launch_chromium  # noqa: E402

ALL = ("startup", *(s.NAME for s in BROWSER_SCENARIOS), "sessions", "first_visit")


def _args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="measured repetitions (default 5)")
    parser.add_argument("--warmup", type=int, default=1, help="discarded repetitions (default 1)")
    parser.add_argument(
        "--session-runs", type=int, default=3, help="repetitions of the 30-session RSS scenario"
    )
    parser.add_argument(
        "--only", nargs="+", choices=ALL, default=list(ALL), metavar="SCENARIO",
        help="these scenarios, each with the steps before it in its journey",
    )  # fmt: skip
    parser.add_argument("--no-baseline", action="store_true", help="measure the dashboard only")
    parser.add_argument(
        "--update-readme", action="store_true", help="put the table in bench/README.md"
    )
    return parser.parse_args(argv)


class Recorder:
    """Samples per app and metric, warm-up kept apart; errors and n/a noted, never fatal."""

    def __init__(self, warmup: int) -> None:
        self.warmup = warmup
        self.samples: dict[str, dict[str, dict[str, list]]] = {}
        self.errors: list[dict] = []
        self.not_applicable: set[str] = set()
        self.started = time.monotonic()

    def run(self, scenario: str, kind: str, rep: int, measure) -> bool:
        """Record one repetition; False when it failed."""
        label = f"{scenario} {kind} #{rep + 1}{' (warm-up)' if rep < self.warmup else ''}"
        try:
            sample = measure()
        except Exception as exc:  # noqa: BLE001 - one failed repetition must not end the run
            self.errors.append({"scenario": scenario, "app": kind, "rep": rep, "error": repr(exc)})
            print(f"[{self._elapsed()}] {label}: FAILED {exc!r}", file=sys.stderr)
            traceback.print_exc(limit=2, file=sys.stderr)
            return False
        if sample is None:
            self.not_applicable.add(f"{kind}:{scenario}")
            print(f"[{self._elapsed()}] {label}: n/a", file=sys.stderr)
            return True
        where = "warmup" if rep < self.warmup else "runs"
        metrics = self.samples.setdefault(kind, {})
        for name, value in {**sample, "loadavg_1m": os.getloadavg()[0]}.items():
            record = metrics.setdefault(f"{scenario}.{name}", {"runs": [], "warmup": []})
            record[where].append(value)
        shown = ", ".join(  # the page clock gives whole numbers too (JSON ints): show them
            f"{k}={v:.0f}"
            for k, v in sample.items()
            if isinstance(v, int | float) and not isinstance(v, bool)
        )
        print(f"[{self._elapsed()}] {label}: {shown}", file=sys.stderr)
        return True

    def _elapsed(self) -> str:
        return f"{time.monotonic() - self.started:6.1f}s"


def journey_steps(journey: tuple, only: list[str]) -> list:
    """The steps of ``journey`` up to the last one ``only`` names. Each step starts where the one
    before left the page (a filter needs the map page open), so ``--only network_filter`` opens
    the page first too, and its figures are printed with the rest."""
    wanted = [i for i, step in enumerate(journey) if step.NAME in only]
    return list(journey[: wanted[-1] + 1]) if wanted else []


def _journey(rec: Recorder, browser, server, app, steps: list, rep: int) -> None:
    """The steps that apply to ``app``, in one fresh context; a failed step ends the journey."""
    steps = [s for s in steps if app.kind in s.APPS]
    steps = [s for s in steps if f"{app.kind}:{s.NAME}" not in rec.not_applicable]
    if not steps:
        return
    with open_probe(browser, app.drawn) as probe:
        for step in steps:
            ok = rec.run(step.NAME, app.kind, rep, lambda s=step: s.measure(probe, server, app))
            if not ok:
                return


def _git(*args: str) -> str:
    try:
        return subprocess.run(
            ["git", *args], cwd=report.README.parents[1], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _meta(args: argparse.Namespace, browser_version: str) -> dict:
    import plotly
    import streamlit
    from playwright._repo_version import version as playwright_version

    return {
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "git_commit": _git("rev-parse", "HEAD"),
        "git_dirty_files": _git("status", "--porcelain").splitlines(),
        "python": platform.python_version(),
        "streamlit": streamlit.__version__,
        "plotly": plotly.__version__,
        "playwright": playwright_version,
        "chromium": f"{CHROMIUM_PATH} {browser_version}",
        "cpus": os.cpu_count(),
        "viewport": VIEWPORT,
        "runs": args.runs,
        "warmup": args.warmup,
        "session_runs": args.session_runs,
        "loadavg_start": os.getloadavg(),
    }


def main(argv: list[str] | None = None) -> int:
    from playwright.sync_api import sync_playwright

    args = _args(argv)
    # every address each pass: the dashboard at /map and /, the baseline, the empty page at /, /map
    apps = [APP, APP_OVERVIEW, *([] if args.no_baseline else [BASELINE]), EMPTY, EMPTY_AT_MAP]
    rec = Recorder(args.warmup)
    reps = range(args.warmup + args.runs)

    if "startup" in args.only:
        for rep in reps:
            for app in [a for a in apps if a.kind in startup.APPS]:
                rec.run("startup", app.kind, rep, lambda app=app: startup.measure(app))

    servers = {}
    try:
        for app in apps:  # one server per script: both addresses of an app share it
            if app.script not in servers:
                servers[app.script] = app.start()
        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)
            meta = _meta(args, browser.version)
            for journey in JOURNEYS:
                steps = journey_steps(journey, args.only)
                for rep in reps:
                    for app in apps:
                        _journey(rec, browser, servers[app.script], app, steps, rep)
            if "sessions" in args.only:
                for rep in range(args.session_runs):
                    for app in [a for a in apps if a.kind in sessions.APPS]:
                        rec.run(
                            "sessions",
                            app.kind,
                            rep + args.warmup,  # RSS needs no warm-up: every repetition counts
                            lambda a=app: sessions.measure(browser, servers[a.script], a),
                        )
            if "first_visit" in args.only:  # a server of its own per repetition
                for rep in reps:
                    for app in [a for a in (*apps, APP_UNWARMED) if a.kind in first_visit.APPS]:
                        rec.run(
                            "first_visit",
                            app.kind,
                            rep,
                            lambda a=app: first_visit.measure(browser, a),
                        )
            browser.close()
    finally:
        for server in servers.values():
            server.stop()

    summary = report.summarize_samples(rec.samples)
    text = report.table(summary)
    meta["loadavg_end"] = os.getloadavg()
    meta["duration_s"] = round(time.monotonic() - rec.started, 1)
    record = {
        "meta": meta,
        "metrics": summary,
        "budgets": report.evaluate(summary),
        "not_applicable": sorted(rec.not_applicable),
        "errors": rec.errors,
    }
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = report.write_json(record, stamp)
    print(text)
    print(
        f"\nmedian of {args.runs} runs after {args.warmup} warm-up; {meta['duration_s']} s; "
        f"commit {meta['git_commit'][:10]}; streamlit {meta['streamlit']}, "
        f"chromium {meta['chromium'].split()[-1]}, "
        f"python {meta['python']}; load average {meta['loadavg_start'][0]:.1f} → "
        f"{meta['loadavg_end'][0]:.1f}\nn/a: {', '.join(sorted(rec.not_applicable)) or 'none'}; "
        f"errors: {len(rec.errors)}\nJSON: {path}"
    )
    if args.update_readme:
        report.update_readme(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
