"""Files under ``static/`` (Streamlit's static file serving, ``server.enableStaticServing``) and
their URLs. A URL carries a hash of the file's content: the browser keeps a file as long as it
is the same and never keeps a stale one."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

STATIC_ROOT = Path(__file__).resolve().parent.parent / "static"
STATIC_URL = "app/static"  # relative to the app's base URL


@cache
def asset_url(path: Path) -> str:
    """``path``'s URL (relative to the page's base URL) with a hash of its content."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    return f"{STATIC_URL}/{path.relative_to(STATIC_ROOT).as_posix()}?v={digest}"
