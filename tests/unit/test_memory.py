"""ui/memory.py: the objects alive after a page's first run are frozen once, so Streamlit's
collection after every later run walks only what was made since."""

from __future__ import annotations

import gc
import weakref

from ui import memory


def test_a_page_s_first_run_freezes_and_later_runs_do_not() -> None:
    page = "test-memory-page"
    gc.unfreeze()
    try:
        kept = [[i] for i in range(1000)]  # alive: frozen with the rest
        assert memory.freeze_after_first_run(page)
        frozen = gc.get_freeze_count()
        assert frozen >= len(kept)
        assert not memory.freeze_after_first_run(page)  # the same page again: nothing more
        assert gc.get_freeze_count() == frozen
        assert memory.freeze_after_first_run("test-memory-other-page")  # another page's first run
    finally:
        gc.unfreeze()


class _Node:
    """A weak-referenceable object for a reference cycle."""


def test_garbage_is_collected_before_the_freeze() -> None:
    """A reference cycle dropped before the freeze is freed, not frozen for good."""
    gc.unfreeze()
    try:
        node = _Node()
        node.me = node  # a cycle: only the collector frees it
        alive = weakref.ref(node)
        del node
        memory.freeze_after_first_run("test-memory-garbage")
        assert alive() is None
    finally:
        gc.unfreeze()


def test_arrow_allocates_with_the_system_allocator_after_the_switch() -> None:
    import pyarrow as pa

    pa.set_memory_pool(pa.mimalloc_memory_pool())
    try:
        memory.use_system_allocator()
        assert pa.default_memory_pool().backend_name == "system"
        before = pa.system_memory_pool().bytes_allocated()
        data = pa.array(list(range(10_000)))  # allocated from the default pool
        assert pa.system_memory_pool().bytes_allocated() > before
        del data
    finally:
        pa.set_memory_pool(pa.system_memory_pool())
