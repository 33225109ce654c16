"""Server memory as the benchmark reads it: VmRSS of the ``streamlit run`` process and its
children, from ``/proc`` (psutil is not installed here)."""

from __future__ import annotations

from pathlib import Path


def _children(pid: int) -> list[int]:
    kids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            kids.append(int(stat.parent.name))
    return kids


def rss_mb(pid: int) -> float:
    """VmRSS of ``pid`` and its descendants, in MB (psutil is not installed here)."""
    total_kb, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
        except OSError:
            continue
        total_kb += next(
            (int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0
        )
        todo.extend(_children(current))
    return total_kb / 1024
