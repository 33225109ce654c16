"""Start the dashboard with ``streamlit run`` on a free port and drive it with Debian chromium.

Plain functions (no pytest) so ``tests/browser`` and ``bench/`` share one launcher and one
readiness signal: ``/_stcore/health`` answers, then ``stApp`` reports ``notRunning``.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ENTRY = "serve.py"  # what users run: app.py, its first pages built at start (ui.warm)
CHROMIUM_PATH = "/usr/bin/chromium"
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
# Checked against the bundle of streamlit 1.67 (static/js/index.*.js): the app root carries
# data-testid="stApp" and data-test-script-state ("initial" | "running" | "notRunning" | ...).
READY_SELECTOR = '[data-testid="stApp"][data-test-script-state="notRunning"]'
_IDLE_JS = """() => !document.querySelector('[data-testid="stSpinner"]')
  && !(document.querySelector('[data-testid="stStatusWidget"]')?.innerText || '')
       .includes('Running')"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class StreamlitServer:
    """A running ``streamlit run``; its output goes to ``log_path``."""

    process: subprocess.Popen
    port: int
    log_path: Path

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def streamlit_command(port: int, app: str = ENTRY) -> list[str]:
    return [
        sys.executable, "-m", "streamlit", "run", app,
        "--server.headless", "true",
        "--server.port", str(port),
        "--server.address", "127.0.0.1",
        "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
    ]  # fmt: skip


def wait_healthy(server: StreamlitServer, timeout: float = 60.0) -> None:
    """Poll ``/_stcore/health``; raise with the server log if it does not answer in time."""
    deadline = time.monotonic() + timeout
    url = f"{server.base_url}/_stcore/health"
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            break
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.2)
    state = f"exited with {server.process.returncode}" if server.process.poll() else "no answer"
    raise RuntimeError(f"streamlit did not become healthy ({state}); log:\n{server.log()}")


def wait_warm(server: StreamlitServer, timeout: float = 60.0) -> float:
    """Wait until the server's log says ``ui.warm`` has built the first pages (``serve.py``);
    the seconds waited. Raise with the log if it does not say so in time."""
    from ui.warm import DONE

    started = time.monotonic()
    while DONE not in server.log():
        if time.monotonic() - started > timeout or server.process.poll() is not None:
            raise RuntimeError(f"no {DONE!r} in the server log:\n{server.log()[-3000:]}")
        time.sleep(0.1)
    return time.monotonic() - started


def start_streamlit(
    app: str = ENTRY,
    cwd: Path = REPO,
    env: Mapping[str, str] | None = None,
    timeout: float = 60.0,
) -> StreamlitServer:
    """Start ``streamlit run app`` headless on a free port and wait until it is healthy (not
    until ``ui.warm`` is done: a test may be the first visit, as a user may)."""
    port = free_port()
    log_path = Path(tempfile.mkstemp(prefix="streamlit-", suffix=".log")[1])
    with log_path.open("w") as log:
        process = subprocess.Popen(
            streamlit_command(port, app),
            cwd=cwd,
            env={**os.environ, **(env or {})},
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    server = StreamlitServer(process, port, log_path)
    try:
        wait_healthy(server, timeout)
    except BaseException:
        server.stop()
        raise
    return server


@contextmanager
def running_streamlit(**kwargs) -> Iterator[StreamlitServer]:
    server = start_streamlit(**kwargs)
    try:
        yield server
    finally:
        server.stop()


def launch_chromium(playwright, **kwargs):
    """Debian chromium, headless, without background traffic."""
    return playwright.chromium.launch(
        executable_path=CHROMIUM_PATH, headless=True, args=list(CHROMIUM_ARGS), **kwargs
    )


def wait_for_app(page, timeout_ms: float = 60_000) -> None:
    """Wait until the script has finished running and no spinner or 'Running' status is shown."""
    page.wait_for_selector(READY_SELECTOR, timeout=timeout_ms)
    page.wait_for_function(_IDLE_JS, timeout=timeout_ms)
    page.wait_for_selector(READY_SELECTOR, timeout=timeout_ms)
