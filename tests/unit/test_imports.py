"""``geo`` and ``pri_data`` (all but ``pri_data.cache``) import without Streamlit."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ALLOWED_TO_IMPORT_STREAMLIT = {"pri_data.cache"}


def _modules() -> list[str]:
    names = []
    for package in ("geo", "pri_data"):
        for path in sorted((REPO / package).rglob("*.py")):  # subpackages too
            parts = path.relative_to(REPO).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            if name not in ALLOWED_TO_IMPORT_STREAMLIT:
                names.append(name)
    return names


# One interpreter imports the modules one by one and names the first that pulls in streamlit.
_SCRIPT = """
import importlib, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
    if "streamlit" in sys.modules:
        print(name)
        sys.exit(3)
"""


def test_modules_are_found() -> None:
    expected = {"geo.nuts", "pri_data.load", "pri_data.indicators.store", "pri_data.check"}
    assert expected <= set(_modules())


def test_imports_without_streamlit() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, *_modules()],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 3, f"{result.stdout.strip()} imports streamlit"
    assert result.returncode == 0, result.stderr
