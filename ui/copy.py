"""A sentence shown as plain text with a visible "Copy" button beside it (st.components.v2: the
button's script, ``static/copy/pri-copy.js``, runs in the page, no iframe). The script copies the
text shown in the button's row (Streamlit's text element, never parsed as HTML or Markdown): the
sentence travels once a run, not also as the button's data."""

from __future__ import annotations

import streamlit as st

from ui.assets import STATIC_ROOT, asset_url
from ui.i18n import _

JS_FILE = STATIC_ROOT / "copy" / "pri-copy.js"
# The inline module only imports the real one (static/copy/pri-copy.js, which builds the button
# and holds its styles): the code then travels once per page, and a rerun sends only the data.
_LOADER = "\n".join(  # a string with no newline would be taken for a path
    (
        "export default function (c) {",
        f'(globalThis.__priCopyModule ??= import(new URL("{asset_url(JS_FILE)}",',
        " document.baseURI).href)).then((m) => m.default(c));",
        "}",
    )
)
_copy_button = st.components.v2.component("pri_copy_button", js=_LOADER)


def sentence_with_copy(sentence: str, *, key: str) -> None:
    """``sentence`` as plain text in a bordered box, the Copy button beside it."""
    with st.container(border=True):
        text, button = st.columns([5, 1], vertical_alignment="top")
        text.text(sentence)
        with button:
            _copy_button(
                key=key,
                data={
                    "label": _("Copy"),
                    "done": _("Copied"),
                    "help": _("Copy the sentence to the clipboard"),
                },
            )
