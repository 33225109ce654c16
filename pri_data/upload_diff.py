"""What an uploaded list changes against the public compilation: participants added, removed,
and changed in NUTS code, type, group or confidence. Pure pandas; frames carry ``group_ids``."""

from __future__ import annotations

import pandas as pd

from pri_data.i18n import N_

ADDED, REMOVED, CHANGED = N_("added"), N_("removed"), N_("changed")
COMPARED = {
    "nuts_code": N_("NUTS code"),
    "participant_type": N_("type"),
    "group_ids": N_("group"),
    "confidence": N_("confidence"),
}
DIFF_COLUMNS = ("change", "id", "name_en", "field", "public", "uploaded")


def _text(value: object) -> str:
    if isinstance(value, tuple):
        return ", ".join(value)
    return "" if value is None or pd.isna(value) else str(value)


def compare(public: pd.DataFrame, uploaded: pd.DataFrame) -> pd.DataFrame:
    """One row per added or removed participant and per changed field (English keys in
    ``change`` and ``field``; the page translates them). Sorted: added, removed, changed."""
    old, new = public.set_index("id"), uploaded.set_index("id")
    added, removed = new.index.difference(old.index), old.index.difference(new.index)
    rows = [(ADDED, pid, new.at[pid, "name_en"], "", "", "") for pid in added]
    rows += [(REMOVED, pid, old.at[pid, "name_en"], "", "", "") for pid in removed]
    for pid in new.index.intersection(old.index):
        for column in COMPARED:
            before, after = _text(old.at[pid, column]), _text(new.at[pid, column])
            if before != after:
                rows.append((CHANGED, pid, new.at[pid, "name_en"], column, before, after))
    return pd.DataFrame(rows, columns=list(DIFF_COLUMNS))


def counts(diff: pd.DataFrame) -> dict[str, int]:
    """Participants added, removed and changed (two changed fields of one count once)."""
    return {
        ADDED: int((diff["change"] == ADDED).sum()),
        REMOVED: int((diff["change"] == REMOVED).sum()),
        CHANGED: int(diff.loc[diff["change"] == CHANGED, "id"].nunique()),
    }
