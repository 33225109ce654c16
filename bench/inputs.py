"""The inputs a scenario makes as a user does (a sidebar pick, a removal, any action), each timed
on the page's clock from its ``pointerdown``/``keydown`` to idle, with the websocket bytes it cost
and, for a rerun, where the time went (request sent, run started, script finished, map redrawn).
The probe they read: ``bench/harness.py``."""

from __future__ import annotations

from collections.abc import Callable

from bench.harness import Probe, WsBytes
from bench.probe_js import NEW_SESSION, RERUN_SCRIPT, SCRIPT_FINISHED


def timed_input(probe: Probe, act: Callable[[], None]) -> tuple[float, WsBytes, float]:
    """Run ``act`` (whose last event is the input that triggers a rerun); returns (page time of
    that input, websocket bytes until idle, page time of idle). ``act`` returns once the input is
    made; the last pointerdown/keydown it caused is taken as the input."""
    before_inputs, before_bytes = probe.inputs(), probe.bytes_snapshot()
    act()
    count = probe.inputs()
    if count <= before_inputs:
        raise RuntimeError("the action made no pointer or key input")
    t_input = probe.input_time(count - 1)
    idle_at = probe.wait_idle_after(t_input)
    return t_input, probe.bytes_since(before_bytes), idle_at


def pick_option(probe: Probe, label: str, option: str) -> Callable[[], None]:
    """An action: open the sidebar multiselect ``label`` and click ``option`` (as a user does)."""
    page = probe.page

    def act() -> None:
        page.keyboard.press("Escape")  # close a dropdown left open by an earlier pick
        widget = page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect")
        widget.filter(has_text=label).first.click()
        page.keyboard.type(option)  # the option list is virtualised: narrow it first
        page.get_by_role("option", name=option, exact=True).click()

    return act


def measure_input(probe: Probe, act: Callable[[], None]) -> dict[str, float | None]:
    """Input to idle, the websocket bytes it cost, and input to map drawn again (None when the
    map was not redrawn)."""
    t_input, cost, idle_at = timed_input(probe, act)
    redrawn = probe.map_redrawn_after(t_input)
    states = probe.page.evaluate("window.__bench.states")
    running = next((t for t, st in states if t >= t_input and st == "running"), None)
    log = probe.page.evaluate("window.__bench.ws")
    sent = _first(log, t_input, "out", RERUN_SCRIPT)
    started = _first(log, sent, "in", NEW_SESSION)
    finished = _first(log, started, "in", SCRIPT_FINISHED)
    return {
        "idle_ms": idle_at - t_input,
        "to_running_ms": None if running is None else running - t_input,  # may not be seen
        "to_sent_ms": _since(sent, t_input),  # the browser sent the rerun request
        "to_started_ms": _since(started, t_input),  # the run's first message arrived
        "to_finished_ms": _since(finished, t_input),  # its script_finished arrived
        "ws_kb": cost.total / 1000,
        "ws_sent_kb": cost.sent / 1000,
        "map_redrawn_ms": None if redrawn is None else redrawn - t_input,
    }


def _first(log: list, after: float | None, direction: str, kind: int) -> float | None:
    """Page time of the first websocket message of ``kind`` in ``direction`` at or after
    ``after`` (the probe's log); None when there is none."""
    if after is None:
        return None
    return next((t for t, d, k, _n in log if t >= after and d == direction and k == kind), None)


def _since(t: float | None, t0: float) -> float | None:
    return None if t is None else t - t0


def clear_filter(probe: Probe, label: str) -> float:
    """Remove the last pick of the sidebar multiselect ``label`` (Backspace in the widget) and
    wait until the app is idle again; the page time of that input."""
    page = probe.page

    def clear() -> None:
        page.keyboard.press("Escape")
        widget = page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect")
        widget.filter(has_text=label).first.click()
        page.keyboard.press("Backspace")

    t_input, _cost, _idle = timed_input(probe, clear)
    return t_input


def filter_step(probe: Probe, label: str, option: str) -> dict:
    """Pick ``option`` in the sidebar multiselect ``label`` (measured), then remove it again
    (not measured) so the page is back to unfiltered and idle."""
    result = measure_input(probe, pick_option(probe, label, option))
    probe.map_redrawn_after(clear_filter(probe, label))
    probe.page.keyboard.press("Escape")
    return result
