"""The session's own participant list: check an upload, put it in use, show the banner, go back.

The uploaded Dataset lives in ``st.session_state`` only (``cache.SESSION_KEY``): never on disk,
never logged, gone with the session. ``pri_data.cache`` then answers every page for it.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence

import pandas as pd
import streamlit as st

from pri_data import cache, dataset, problem_text, upload, upload_diff
from pri_data.dataset import Dataset
from pri_data.i18n import N_, Translator
from pri_data.text import plain
from pri_data.upload import UploadedFile, UploadResult
from ui import i18n, present
from ui.i18n import _, ngettext

_SEEN = "_own_upload_seen"  # hash of the files last checked, so a rerun does not redo it
_PROBLEMS = "_own_upload_problems"  # the problems of the last rejected upload (session memory)
_GENERATION = "_own_upload_generation"  # bumped to empty the uploader widget
SHOWN_PROBLEMS = 200  # on screen; the download lists every one
UPLOADER_MAX_MB = 20  # Streamlit's own cap per file; our 5 MB limit gives the clear message
# pri_data.summary's sentences say "named in public sources"; for an uploaded list they say
# "in your uploaded list" (tests/ui/test_own_list.py checks the press sentence never says both).
OWN_WORDING = {
    "{named} {things} named in public sources ({announced} announced){split}": N_(
        "{named} {things} in your uploaded list ({announced} announced){split}"
    ),
    "{named} of {announced} {things} named in public sources{split}": N_(
        "{named} of {announced} {things} in your uploaded list{split}"
    ),
    "{named} {things} named in public sources{split}": N_(
        "{named} {things} in your uploaded list{split}"
    ),
    "The Partnerships for Regional Innovation pilot (announced 17 May 2022): {total}. "
    "Named participants come from {n} of the {represented} Member States represented: "
    "{countries}.": N_(
        "The Partnerships for Regional Innovation pilot (announced 17 May 2022): {total}. "
        "The participants in your uploaded list come from {n} of the {represented} Member "
        "States represented: {countries}."
    ),
}
FOOTER_NOTE = N_("Participants: your uploaded list ({files}), not the public compilation.")


def in_use() -> Dataset | None:
    """The uploaded list this session shows, or None (the public compilation)."""
    return cache.session_dataset()


def translator() -> Translator:
    """The UI language for ``pri_data.summary`` sentences, worded for an uploaded list when one
    is in use."""
    tr = i18n.translator()
    if in_use() is None:
        return tr
    own_words = lambda message: tr.gettext(OWN_WORDING.get(message, message))  # noqa: E731
    return dataclasses.replace(tr, gettext=own_words)


def footer_text() -> str | None:
    """The footer's participant line while an upload is in use (file names as plain text)."""
    if (own := in_use()) is None:
        return None
    return _(FOOTER_NOTE).format(files=plain(", ".join(own.file_names)))


def uploader_key() -> str:
    return f"own_upload_{st.session_state.get(_GENERATION, 0)}"


def back_to_public() -> None:
    """Drop the upload from this session and empty the uploader (a button callback)."""
    for key in (cache.SESSION_KEY, _SEEN, _PROBLEMS):
        st.session_state.pop(key, None)
    st.session_state[_GENERATION] = st.session_state.get(_GENERATION, 0) + 1


def _digest(files: Sequence[UploadedFile]) -> str:
    digest = hashlib.sha256()
    for f in files:
        digest.update(f.name.encode() + b"\0" + hashlib.sha256(f.data).digest())
    return digest.hexdigest()


def check(files: Sequence[UploadedFile]) -> UploadResult:
    """Validate against the contracts; missing groups/memberships come from the public list."""
    with dataset.using(dataset.PUBLIC):
        groups, memberships = cache.groups(), cache.memberships()
    return upload.validate_upload(files, groups, memberships)


def receive(files: Sequence[UploadedFile]) -> bool:
    """Check new files once; a valid list goes into use, else its problems are kept to show.
    True when the dataset in use changed (the caller reruns so every element follows)."""
    if not files:
        st.session_state.pop(_PROBLEMS, None)
        st.session_state.pop(_SEEN, None)
        return False
    digest = _digest(files)
    if st.session_state.get(_SEEN) == digest:
        return False
    st.session_state[_SEEN] = digest
    result = check(files)
    if not result.ok:
        st.session_state[_PROBLEMS] = result.problems
        return False
    st.session_state.pop(_PROBLEMS, None)
    own = dataset.from_upload(dict(result.frames), tuple(f.name for f in files))
    current = in_use()
    st.session_state[cache.SESSION_KEY] = own
    return current is None or current.key != own.key


def problems() -> list[str]:
    """The last rejected upload's problems, one line each, in the UI language."""
    tr = i18n.translator()
    return [problem_text.describe(p, tr) for p in st.session_state.get(_PROBLEMS, ())]


def comparison(own: Dataset) -> pd.DataFrame:
    """Added, removed and changed participants against the public compilation."""
    with dataset.using(dataset.PUBLIC):
        public = cache.participants()
    return upload_diff.compare(public, own.participants)


def banner() -> None:
    """On every page while an upload is in use: what is shown, that links open the public list,
    and the way back."""
    own = in_use()
    if own is None:
        return
    n = own.size
    shown = ngettext(
        "Showing your uploaded list ({n} participant), not the public compilation.",
        "Showing your uploaded list ({n} participants), not the public compilation.",
        n,
    ).format(n=i18n.format_number(n))
    links = _(
        "It stays in this browser session only: a link made from this view opens the public list."
    )
    if present.is_presenting():  # one quiet line: the projected page keeps its room
        st.caption(shown)
        return
    with st.container(key="own_list_banner"):  # stacked: the button label stays whole at 800 px
        st.warning(f"{shown} {links}", icon=":material/upload_file:")
        st.button(_("Return to the public list"), key="own_list_back", on_click=back_to_public)
