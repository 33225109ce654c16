"""``python -m pri_data check`` as a user runs it: summary and exit 0, or the report and exit 1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests import live
from tests.conftest import set_cell


def run_check(repo_root: Path, data: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PRI_DATA_DIR"}
    if data is not None:
        env["PRI_DATA_DIR"] = str(data)
    return subprocess.run(
        [sys.executable, "-m", "pri_data", "check"],
        cwd=repo_root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_passes_on_committed_data(repo_root: Path) -> None:
    result = run_check(repo_root)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert live.regions_sentence() in out
    assert f"{live.count(participant_type='city')} cities named in public sources" in out
    assert f"Member States represented ({len(live.countries())} of 23 announced)" in out
    assert "Finland (FI)" in out and "Greece (EL)" in out
    assert "Cities 4.0 Consortium" in out and "Individual" in out
    assert "Traceback" not in result.stdout + result.stderr


def test_check_reads_pri_data_dir(repo_root: Path, data_copy: Path) -> None:
    result = run_check(repo_root, data_copy)
    assert result.returncode == 0, result.stderr
    assert str(data_copy) in result.stdout


def test_check_reports_every_problem_and_exits_1(repo_root: Path, data_copy: Path) -> None:
    set_cell(data_copy / "participants.csv", 4, "participant_type", "province")
    set_cell(data_copy / "groups.csv", 3, "kind", "club")
    result = run_check(repo_root, data_copy)
    assert result.returncode == 1
    err = result.stderr
    assert "2 data problem(s)" in err
    assert "participants.csv line 4" in err and "field 'participant_type'" in err
    assert "'province'" in err
    assert "groups.csv line 3" in err and "field 'kind'" in err and "'club'" in err
    assert "Traceback" not in result.stdout + err


def test_check_on_missing_directory_exits_1_without_traceback(
    repo_root: Path, tmp_path: Path
) -> None:
    result = run_check(repo_root, tmp_path / "nowhere")
    assert result.returncode == 1
    assert "participants.csv" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
