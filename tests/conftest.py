"""Shared fixtures: repository paths, a writable copy of the data, a clean Streamlit cache."""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "network: needs a package registry (deselect with -m 'not network')"
    )


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The committed data files (pri_data/data)."""
    return REPO / "pri_data" / "data"


@pytest.fixture
def data_copy(tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of every file in pri_data/data in tmp_path; PRI_DATA_DIR points at it."""
    copy = tmp_path / "data"
    copy.mkdir()
    for path in data_dir.iterdir():
        if path.is_file():
            shutil.copy(path, copy / path.name)
    monkeypatch.setenv("PRI_DATA_DIR", str(copy))
    return copy


@pytest.fixture
def geo_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of geo/data/*.parquet in tmp_path; PRI_GEO_DIR points at it."""
    copy = tmp_path / "geo"
    copy.mkdir()
    for path in (REPO / "geo" / "data").glob("*.parquet"):
        shutil.copy(path, copy / path.name)
    monkeypatch.setenv("PRI_GEO_DIR", str(copy))
    return copy


def set_cell(path: Path, line: int, field: str, value: str) -> str:
    """Set one cell (``line`` is the 1-based line of the record); returns the old value."""
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    column = rows[0].index(field)
    old, rows[line - 1][column] = rows[line - 1][column], value
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    return old


@pytest.fixture
def break_cell(data_copy: Path) -> Callable[[str, int, str, str], str]:
    """``break_cell(file, line, field, value)`` edits one cell of the copied data."""
    return lambda file, line, field, value: set_cell(data_copy / file, line, field, value)


def _clear_caches() -> None:
    import sys

    st = sys.modules.get("streamlit")  # lazily: tests that never import streamlit stay fast
    if st is not None:
        st.cache_data.clear()
        st.cache_resource.clear()


@pytest.fixture(autouse=True)
def _clear_streamlit_caches():
    """Each test starts and ends with empty st.cache_data / st.cache_resource."""
    _clear_caches()
    yield
    _clear_caches()
