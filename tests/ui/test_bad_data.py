"""Bad data reaches the screen as a clear message naming file, line, field and value: every page
stops there instead of showing a traceback or silently dropping rows."""

from __future__ import annotations

import pytest

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
