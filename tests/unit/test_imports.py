"""Data flows one way: ``geo`` and ``pri_data`` (all but the ``pri_data.cache`` package) import
without Streamlit, and neither builds figures (no Plotly, no ``figures``); ``figures`` imports no
Streamlit."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ALLOWED_TO_IMPORT_STREAMLIT = "pri_data.cache"  # the package and its modules
FIGURE_LIBRARIES = ("plotly", "figures", "matplotlib")


def _modules(packages: tuple[str, ...] = ("geo", "pri_data")) -> list[str]:
    names = []
    for package in packages:
        for path in sorted((REPO / package).rglob("*.py")):  # subpackages too
            parts = path.relative_to(REPO).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            if not f"{name}.".startswith(f"{ALLOWED_TO_IMPORT_STREAMLIT}."):
                names.append(name)
    return names


# One interpreter imports the modules one by one and names the first that pulls in a forbidden
# module (argv[1]: comma-separated names).
_SCRIPT = """
import importlib, sys
forbidden = sys.argv[1].split(",")
for name in sys.argv[2:]:
    importlib.import_module(name)
    for bad in forbidden:
        if bad in sys.modules:
            print(name, "imports", bad)
            sys.exit(3)
"""


def test_modules_are_found() -> None:
    expected = {"geo.nuts", "pri_data.load", "pri_data.indicators.store", "pri_data.check"}
    assert expected <= set(_modules())
    assert {"figures.svg_map", "figures.charts", "figures.palette"} <= set(_modules(("figures",)))


@pytest.mark.parametrize(
    ("packages", "forbidden"),
    [
        (("geo", "pri_data"), ("streamlit", *FIGURE_LIBRARIES)),
        (("figures",), ("streamlit",)),
    ],
)
def test_one_way_imports(packages: tuple[str, ...], forbidden: tuple[str, ...]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, ",".join(forbidden), *_modules(packages)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 3, result.stdout.strip()
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("package", "commands"),
    [("pri_data", {"build_indicators", "refresh"}), ("geo", {"build"})],
)
def test_public_modules_are_listed_in_all(package: str, commands: set[str]) -> None:
    """Each package's ``__all__`` names its modules; only the offline commands stay out."""
    import importlib

    folder = REPO / package
    modules = {p.stem for p in folder.glob("*.py") if not p.stem.startswith("__")}
    modules |= {p.parent.name for p in folder.glob("*/__init__.py")}
    assert set(importlib.import_module(package).__all__) == modules - commands


def test_what_serve_py_imports_before_the_server_answers_loads_no_data_library() -> None:
    """``serve.py`` imports these before the server answers its health check; pandas and the
    rest (about 1 s) load in ui.warm's thread, after it. ui.served_pictures once imported
    ui.i18n, hence pandas: server start → healthy took 1.33 s in the bench, the baseline 1.01 s."""
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, "pandas,geopandas", "ui.warm",
         "ui.served_pictures"],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode != 3, result.stdout.strip()
    assert result.returncode == 0, result.stderr
