"""One participant list as a value: participants (with their groups), groups, memberships and a
content hash. The public compilation is one; an uploaded list (``pri_data.upload``) is another.

Pure (no Streamlit). ``pri_data.cache`` answers every data question for the dataset that is
``active()`` while it computes: the session's own, or the public one.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from pri_data.i18n import N_
from pri_data.load import with_groups

MEMO_ENTRIES = 64  # results kept per uploaded dataset (tables and figures of this session)
OWN_LIST_NOTE = N_("Your uploaded list ({files}), not the public compilation.")


def content_key(frames: dict[str, pd.DataFrame]) -> str:
    """A hash of the tables' content (values, columns, order): equal lists, equal keys."""
    digest = hashlib.sha256()
    for name in sorted(frames):
        frame = frames[name]
        digest.update(name.encode())
        digest.update("\x1f".join(map(str, frame.columns)).encode())
        digest.update(pd.util.hash_pandas_object(frame.astype(str), index=False).values.tobytes())
    return "upload-" + digest.hexdigest()[:24]


@dataclass(frozen=True, eq=False)
class Dataset:
    """An uploaded list held in one session's memory; ``memo`` keeps what the caches computed
    from it, so it goes when the session does (never in the shared caches)."""

    participants: pd.DataFrame  # validated, with group_ids and group_names
    groups: pd.DataFrame
    memberships: pd.DataFrame
    key: str
    file_names: tuple[str, ...] = ()
    memo: OrderedDict = field(default_factory=OrderedDict, repr=False)

    @property
    def size(self) -> int:
        return len(self.participants)

    def remember(self, name: str, args: Hashable, compute: Callable[[], Any]) -> Any:
        """``compute()`` once per (function, arguments) for this dataset; least recently used
        results beyond ``MEMO_ENTRIES`` are dropped."""
        slot = (name, args)
        if slot in self.memo:
            self.memo.move_to_end(slot)
            return self.memo[slot]
        value = compute()
        self.memo[slot] = value
        while len(self.memo) > MEMO_ENTRIES:
            self.memo.popitem(last=False)
        return value


def from_upload(frames: dict[str, pd.DataFrame], file_names: tuple[str, ...] = ()) -> Dataset:
    """The dataset of a valid upload (``UploadResult.frames``)."""
    participants = with_groups(frames["participants"], frames["groups"], frames["memberships"])
    return Dataset(
        participants, frames["groups"], frames["memberships"], content_key(frames), file_names
    )


PUBLIC = "public"  # the marker of the public compilation while a computation runs
_ACTIVE: ContextVar[Dataset | str | None] = ContextVar("pri_dataset", default=None)


def active() -> Dataset | str | None:
    """The dataset a computation in progress is for: a ``Dataset``, ``PUBLIC``, or None when
    nothing has decided yet (the caller's session decides)."""
    return _ACTIVE.get()


@contextmanager
def using(dataset: Dataset | str) -> Iterator[None]:
    """Compute for ``dataset`` (or ``PUBLIC``) inside the block; nested data calls follow it."""
    token = _ACTIVE.set(dataset)
    try:
        yield
    finally:
        _ACTIVE.reset(token)
