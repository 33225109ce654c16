"""Keep the server's memory small and Streamlit's garbage collection after each run short.

Arrow's default allocator (mimalloc) keeps the pages it has freed for its next allocations.
Reading the app's few small Parquet files at the first run left about 30 MB more RSS that way
than with the system allocator, which gives them back (``use_system_allocator``).

Streamlit runs a full collection after every script run (``runner.postScriptGC``). It walks every
object the process tracks, about 170,000 once the map page has run (the imported libraries and
the cached data), which holds the interpreter lock for about 100 ms on an idle machine and several
times that under load. Messages still queued for the browser, a script-finished message
among them, and the next user input's run wait behind it.

After the first run of each page in this process, ``freeze_after_first_run`` collects once and
moves every object then alive to the permanent generation (``gc.freeze``): later collections,
Streamlit's included, walk only what was made since. What is frozen is freed as usual when no
longer referenced; only a reference cycle among frozen objects would stay (at most one freeze per
page, so bounded). Garbage made by later runs and sessions is still collected after each run.
"""

from __future__ import annotations

import gc

import pyarrow as pa

_FROZEN_PAGES: set[str | None] = set()


def use_system_allocator() -> None:
    """Allocate Arrow memory (Parquet reads, pandas' Arrow-backed columns) with the system
    allocator from now on; before the first run reads any file, so the process never holds
    mimalloc's retained pages."""
    if pa.default_memory_pool().backend_name != "system":
        pa.set_memory_pool(pa.system_memory_pool())


def freeze_after_first_run(page: str | None) -> bool:
    """At the end of a run of ``page``: collect and freeze the first time this process ran that
    page (its imports and cached data are loaded by then). True when it froze."""
    if page in _FROZEN_PAGES:
        return False
    _FROZEN_PAGES.add(page)
    gc.collect()
    gc.freeze()
    return True
