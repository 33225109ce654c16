"""The first visit after a server start, made as fast as the next: ``serve.py`` serves the app as
an ``st.App`` whose start runs ``warm`` in a background thread.

Without it, the first visitor after a start waits for what every later visitor finds ready: the
imports, the data check, the tables and the first maps with their still pictures (page open → map
drawn at /map: 4.7 s without, 1.9 s with it, once it is done, 4.3 s after the start; measured by
bench/scenarios/first_visit.py). ``warm`` builds them into the same shared
caches a session uses (``st.cache_data``, ``functools.lru_cache``), for the pages users open first
(the Overview and the Map, unfiltered) in every language of the app. The server answers at once:
a visitor who comes before ``warm`` has finished is served as without it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager, contextmanager

from pri_data.i18n import LANGUAGES

LOG = logging.getLogger(__name__)
# Streamlit warns when a cached function runs outside a script run; warm does that on purpose.
_NO_CONTEXT_LOGGER = "streamlit.runtime.scriptrunner_utils.script_run_context"
DONE = "PRI dashboard: the first pages are ready"  # the log line bench/ and tests/ wait for


def warm(langs: Iterable[str] = LANGUAGES, *, serve_pictures: bool = False) -> list[str]:
    """Build what the first run of the Overview and the Map page reads and draws, unfiltered,
    in each of ``langs``; the data problems found, if any (then no map is built: every page shows
    the data-error screen, from the same cached check). ``serve_pictures``: offer the maps' still
    pictures to ``ui.served_pictures`` (only where ``serve.py`` serves its routes)."""
    from pri_data import cache
    from pri_data.filters import Filters
    from pri_data.i18n import translator_for
    from ui import map_component, map_svgs, memory, served_pictures, shell

    memory.use_system_allocator()  # before any file is read, as app.py does
    if problems := cache.data_problems():
        return [str(p) for p in problems]
    everyone = cache.participants()
    view = shell.View(Filters(), cache.filtered(Filters()), everyone)
    for lang in langs:
        title = view.title_line_in(translator_for(lang))
        for key, addresses in map_component.FIRST_MAPS.items():
            picture = map_svgs.first_paint(view.filters, title, key, lang)
            if serve_pictures:
                served_pictures.offer(addresses, lang, picture)
    return []


@contextmanager
def _quiet_outside_session():
    logger = logging.getLogger(_NO_CONTEXT_LOGGER)
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _warm_and_report() -> None:
    started = time.perf_counter()
    try:
        with _quiet_outside_session():
            problems = warm(serve_pictures=True)
    except Exception:  # an optimisation only: the first visitor then builds it, and sees any error
        LOG.exception("warming the caches failed; the first visit builds them")
        return
    if problems:
        LOG.warning("the data check found %d problem(s); every page shows them", len(problems))
    print(f"{DONE} ({time.perf_counter() - started:.1f} s)", flush=True)


@asynccontextmanager
async def lifespan(_app: object) -> AsyncIterator[None]:
    """``st.App`` lifespan: warm in a daemon thread, so the server answers at once and stops at
    once."""
    threading.Thread(target=_warm_and_report, name="pri-warm", daemon=True).start()
    yield
