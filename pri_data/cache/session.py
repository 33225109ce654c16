"""What every cache module of ``pri_data.cache`` shares: the bounds of its caches, and the
answers per session for a list the session uploaded (issue #15, "Your own list").

For the public list a cached function is the shared ``st.cache_data`` cache, unchanged and
warm. For an uploaded list it is the function's own body, remembered in that session's Dataset
(``st.session_state``): an upload never enters the shared caches, so no other session can see
it and it goes when the session ends."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Collection
from typing import Any

import pandas as pd
import streamlit as st

from pri_data import dataset
from pri_data.dataset import Dataset

# Every cache is bounded (entries and age): memory stays flat however many filter combinations
# sessions try. Tables are small (tens to hundreds of rows); the map figures have their own bounds.
HOUR = 3600
ONE = {"show_spinner": False, "max_entries": 2, "ttl": 24 * HOUR}  # whole files, loaded once
PER_FILTER = {"show_spinner": False, "max_entries": 128, "ttl": HOUR}  # one per filter combination
PER_EXPORT = {"show_spinner": False, "max_entries": 16, "ttl": HOUR}  # CSV and Excel bytes
PER_INDICATOR = {"show_spinner": False, "max_entries": 256, "ttl": 24 * HOUR}  # indicator x year
PER_CODE = {"show_spinner": False, "max_entries": 512, "ttl": 24 * HOUR}  # one per unit or id

SESSION_KEY = "_own_dataset"  # st.session_state: the uploaded Dataset in use, if any
_BASE = {
    "participants": lambda ds: ds.participants,
    "groups": lambda ds: ds.groups,
    "memberships": lambda ds: ds.memberships,
}


def session_dataset() -> Dataset | None:
    """The uploaded dataset this session uses, or None for the public list."""
    try:
        value = st.session_state.get(SESSION_KEY)
    except Exception:  # outside a Streamlit run (plain scripts, unit tests)
        return None
    return value if isinstance(value, Dataset) else None


def per_session(cached: Callable[..., Any], name: str | None = None) -> Callable[..., Any]:
    """``cached`` (an ``st.cache_data`` function) for the public list; for an uploaded one, its
    body memoised in the Dataset under ``name`` (default: the function's) by the arguments
    Streamlit would hash (those not starting with '_'). Usable as a decorator."""
    body = cached.__wrapped__
    name = name or body.__name__
    signature = inspect.signature(body)

    @functools.wraps(body)
    def run(*args: Any, **kwargs: Any) -> Any:
        current = dataset.active() or session_dataset() or dataset.PUBLIC
        if not isinstance(current, Dataset):
            with dataset.using(dataset.PUBLIC):
                return cached(*args, **kwargs)
        with dataset.using(current):
            if name in _BASE:
                return _BASE[name](current).copy()
            bound = signature.bind(*args, **kwargs)
            bound.apply_defaults()
            key = tuple((k, v) for k, v in bound.arguments.items() if not k.startswith("_"))
            value = current.remember(name, key, lambda: body(*args, **kwargs))
        return value.copy() if isinstance(value, pd.DataFrame) else value

    run.shared = cached  # the public cache itself, e.g. for .clear()
    return run


def answer_per_session(namespace: dict[str, Any], shared_only: Collection[str]) -> None:
    """Wrap every Streamlit-cached function defined in the module ``namespace`` (its
    ``globals()``) with ``per_session``, but those in ``shared_only`` (functions that read no
    participant data, or read the public list explicitly). Calls between the module's own
    functions then answer for the session's dataset too."""
    for name, value in list(namespace.items()):
        is_cached = callable(getattr(value, "__wrapped__", None)) and hasattr(value, "clear")
        defined_here = getattr(value, "__module__", None) == namespace["__name__"]
        if is_cached and defined_here and name not in shared_only:
            namespace[name] = per_session(value, name)
