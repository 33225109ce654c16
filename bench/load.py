"""Load and memory: N concurrent sessions switch pages and filters for a set time.

``python -m bench.load [--sessions 30] [--browsers 3] [--seconds 120] [--after 60]`` starts the app
(``tests/browser/server.py``'s launcher), opens ``sessions - browsers`` clients that speak
Streamlit's own websocket protocol (``BackMsg.rerun_script`` with a page and a query string, then
``ForwardMsg`` until ``script_finished``) and ``browsers`` real chromium pages, all changing page
and filters in a loop until the time is up. It prints errors, the p50/p95 of filter change -> idle
and the server's RSS at start, after one session, at peak and ``--after`` seconds after every
session closed. Nothing is asserted: it prints.

Bounded: traffic goes to 127.0.0.1 only (the browsers abort anything else); every wait has a
timeout; each session stops at the deadline or after ``MAX_CHANGES`` changes.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from bench.harness import NOT_LOCAL
from bench.server_memory import rss_mb
from tests.browser.server import CHROMIUM_ARGS, CHROMIUM_PATH, READY_SELECTOR, start_streamlit

PAGES = ("", "map", "participants", "networks", "comparison", "profile", "about")
RUN_TIMEOUT_S = 60.0  # one page run: longer counts as an error
MAX_CHANGES = 10_000  # per session, besides the deadline
MAX_MESSAGES = 5_000  # ForwardMsgs of one run, besides RUN_TIMEOUT_S
_STATUS = ForwardMsg.DESCRIPTOR.fields_by_name["script_finished"].enum_type.values_by_name
FINISHED = {_STATUS[n].number for n in ("FINISHED_SUCCESSFULLY",
                                        "FINISHED_FRAGMENT_RUN_SUCCESSFULLY")}  # fmt: skip


@dataclass
class Tally:
    """What every session reports: latencies (s) of a change -> idle, and errors with a reason."""

    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    ws_changes: int = 0
    browser_changes: int = 0


def _choices() -> dict[str, list[str]]:
    """Filter values from the project's own data (read once, in this process)."""
    from pri_data import load
    from pri_data.indicators import load_indicator_catalog

    people = load.load_participants()
    return {
        "group": [*load.load_groups()["id"], "individual"],
        "country": sorted(set(people["country_code"])),
        "type": ["region", "city", "member_state"],
        "confidence": ["confirmed", "likely"],
        "color": ["network", "type", "confidence"],
        "ind": list(load_indicator_catalog()["indicator_id"]),
        "id": list(people["id"]),
    }


def next_view(rng: random.Random, choices: dict[str, list[str]]) -> tuple[str, dict[str, str]]:
    """A page and a query: one or two filters set, as a user clicking around would."""
    page = rng.choice(PAGES)
    params: dict[str, str] = {}
    for name in rng.sample(["group", "country", "type", "confidence"], rng.choice([0, 1, 1, 2])):
        params[name] = rng.choice(choices[name])
    if page == "map":
        params["color"] = rng.choice(choices["color"])
    elif page == "comparison":
        params["ind"] = rng.choice(choices["ind"])
    elif page == "profile":
        params["id"] = rng.choice(choices["id"])
    return page, params


async def _ws_run(ws, page: str, params: dict[str, str]) -> list[str]:
    """One rerun of ``page`` with ``params``; waits for script_finished; returns errors seen."""
    msg = BackMsg()
    msg.rerun_script.query_string = urlencode(params)
    msg.rerun_script.page_name = page
    await ws.send(msg.SerializeToString())
    errors = []
    ends = time.monotonic() + RUN_TIMEOUT_S
    for _ in range(MAX_MESSAGES):
        forward = ForwardMsg()
        left = ends - time.monotonic()
        forward.ParseFromString(await asyncio.wait_for(ws.recv(), max(left, 0.001)))
        kind = forward.WhichOneof("type")
        if kind == "delta" and forward.delta.new_element.WhichOneof("type") == "exception":
            errors.append(f"exception on /{page}?{urlencode(params)}: "
                          f"{forward.delta.new_element.exception.message[:200]}")  # fmt: skip
        elif kind == "page_not_found":
            errors.append(f"page not found: /{page}")
        elif kind == "script_finished" and forward.script_finished in FINISHED:
            return errors
    raise TimeoutError(f"/{page}: no script_finished after {MAX_MESSAGES} messages")


async def ws_session(url: str, seed: int, deadline: float, tally: Tally, choices: dict) -> None:
    """A websocket client switching pages and filters until ``deadline``."""
    rng = random.Random(seed)
    try:
        async with websockets.connect(url, subprotocols=["streamlit"], max_size=2**26) as ws:
            for _ in range(MAX_CHANGES):
                if time.monotonic() >= deadline:
                    break
                page, params = next_view(rng, choices)
                started = time.monotonic()
                tally.errors += await _ws_run(ws, page, params)
                tally.latencies.append(time.monotonic() - started)
                tally.ws_changes += 1
                await asyncio.sleep(rng.uniform(0.2, 1.0))  # a user reads before the next click
    except (TimeoutError, websockets.WebSocketException, OSError) as exc:
        tally.errors.append(f"websocket session {seed}: {type(exc).__name__}: {exc}")


async def browser_session(
    browser, base: str, seed: int, deadline: float, tally: Tally, choices: dict
) -> None:
    """A real chromium page doing the same; requests off this machine are aborted and counted."""
    rng = random.Random(seed)
    context = await browser.new_context(viewport={"width": 1280, "height": 800})
    outside: list[str] = []

    async def block(route) -> None:
        outside.append(route.request.url)
        await route.abort()

    await context.route(NOT_LOCAL, block)
    page = await context.new_page()
    try:
        for _ in range(MAX_CHANGES):
            if time.monotonic() >= deadline:
                break
            path, params = next_view(rng, choices)
            started = time.monotonic()
            await page.goto(f"{base}/{path}?{urlencode(params)}", wait_until="commit")
            await page.wait_for_selector(READY_SELECTOR, timeout=RUN_TIMEOUT_S * 1000)
            tally.latencies.append(time.monotonic() - started)
            tally.browser_changes += 1
            if await page.locator('[data-testid="stException"]').count():
                tally.errors.append(f"exception shown on /{path}?{urlencode(params)}")
            await asyncio.sleep(rng.uniform(0.2, 1.0))
    except Exception as exc:  # noqa: BLE001 - a browser failure is an error to report
        tally.errors.append(f"browser session {seed}: {type(exc).__name__}: {str(exc)[:200]}")
    finally:
        await context.close()
    tally.errors += [f"outside request: {u}" for u in outside]


async def _sample_rss(pid: int, until: asyncio.Event, peak: list[float]) -> None:
    while not until.is_set():
        peak.append(rss_mb(pid))
        await asyncio.sleep(1.0)


async def run_load(server, sessions: int, browsers: int, seconds: float, tally: Tally) -> float:
    """All sessions at once until the deadline; returns the peak RSS seen meanwhile (MB)."""
    choices = _choices()
    ws_url = f"ws://127.0.0.1:{server.port}/_stcore/stream"
    deadline = time.monotonic() + seconds
    done, peak = asyncio.Event(), [rss_mb(server.process.pid)]
    sampler = asyncio.create_task(_sample_rss(server.process.pid, done, peak))
    tasks = [ws_session(ws_url, i, deadline, tally, choices) for i in range(sessions - browsers)]
    if browsers:
        from playwright.async_api import async_playwright

        async with async_playwright() as pw:
            browser = await pw.chromium.launch(
                executable_path=CHROMIUM_PATH, headless=True, args=list(CHROMIUM_ARGS)
            )
            tasks += [browser_session(browser, server.base_url, 1000 + i, deadline, tally, choices)
                      for i in range(browsers)]  # fmt: skip
            await asyncio.wait_for(asyncio.gather(*tasks), seconds + 2 * RUN_TIMEOUT_S)
            await browser.close()
    else:
        await asyncio.wait_for(asyncio.gather(*tasks), seconds + 2 * RUN_TIMEOUT_S)
    done.set()
    await sampler
    return max(peak)


async def one_session(server) -> list[str]:
    """Every page once with no filter: the figure 'one session' is read after this."""
    async with websockets.connect(
        f"ws://127.0.0.1:{server.port}/_stcore/stream", subprotocols=["streamlit"], max_size=2**26
    ) as ws:
        errors = []
        for page in PAGES:
            errors += await _ws_run(ws, page, {})
        return errors


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 \
        else values[0]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.load", description="Load and memory")
    parser.add_argument("--sessions", type=int, default=30, help="concurrent sessions in all")
    parser.add_argument("--browsers", type=int, default=3, help="of which real chromium pages")
    parser.add_argument("--seconds", type=float, default=120.0, help="how long they run")
    parser.add_argument("--after", type=float, default=60.0, help="wait before the last RSS")
    args = parser.parse_args(argv)
    browsers = min(args.browsers, args.sessions)
    load_before = os.getloadavg()[0]
    server = start_streamlit()
    tally = Tally()
    try:
        pid = server.process.pid
        rss_start = rss_mb(pid)
        tally.errors += asyncio.run(one_session(server))
        rss_one = rss_mb(pid)
        peak = asyncio.run(run_load(server, args.sessions, browsers, args.seconds, tally))
        closed = time.monotonic()
        time.sleep(max(0.0, args.after - (time.monotonic() - closed)))
        rss_after = rss_mb(pid)
        exited = server.process.poll()
    finally:
        server.stop()
    if exited is not None:
        tally.errors.append(f"server exited with {exited}")
    p50, p95 = percentile(tally.latencies, 50), percentile(tally.latencies, 95)
    rows = [
        ("sessions (websocket + browser)", f"{args.sessions - browsers} + {browsers}"),
        ("duration", f"{args.seconds:.0f} s"),
        ("page/filter changes", f"{tally.ws_changes} + {tally.browser_changes}"),
        ("errors", str(len(tally.errors))),
        ("p50 filter change -> idle", f"{p50:.2f} s" if p50 is not None else "n/a"),
        ("p95 filter change -> idle", f"{p95:.2f} s" if p95 is not None else "n/a"),
        ("server RSS at start", f"{rss_start:.0f} MB"),
        ("server RSS after one session", f"{rss_one:.0f} MB"),
        ("server RSS peak", f"{peak:.0f} MB"),
        (f"server RSS {args.after:.0f} s after close", f"{rss_after:.0f} MB"),
        ("load average (1 min) before -> after", f"{load_before:.1f} -> {os.getloadavg()[0]:.1f}"),
    ]
    print("| measure | value |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")
    for error in tally.errors[:20]:
        print(f"error: {error}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
