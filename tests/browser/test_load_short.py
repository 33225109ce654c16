"""``python -m bench.load`` keeps working: a short run (3 websocket sessions and one browser for a
few seconds) prints its table with no error. The figures are printed by the bench, not judged."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.browser.server import REPO

pytestmark = pytest.mark.playwright


def test_short_load_run_has_no_errors() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bench.load", "--sessions", "4", "--browsers", "1",
         "--seconds", "6", "--after", "1"],
        cwd=REPO, capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    rows = [line.strip("|").split("|") for line in result.stdout.splitlines() if "|" in line]
    table = {name.strip(): value.strip() for name, value in rows[2:]}
    assert table["errors"] == "0", result.stderr
    changes = [int(n) for n in table["page/filter changes"].split(" + ")]
    assert changes[0] >= 3 and changes[1] >= 1, table
    assert table["server RSS peak"].endswith("MB") and "Traceback" not in result.stderr
