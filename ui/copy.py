"""A sentence shown as plain text with a visible "Copy" button beside it (st.components.v2: the
button's script runs in the page, no iframe). The sentence reaches the script as data and is put
on the clipboard as text; it is never parsed as HTML or Markdown."""

from __future__ import annotations

import streamlit as st

from ui.i18n import _

_HTML = '<button type="button" class="pri-copy" aria-live="polite"></button>'
_CSS = """
.pri-copy {
  font: inherit; font-size: 0.95rem; padding: 0.3rem 0.9rem; cursor: pointer;
  border: 1px solid rgba(49, 51, 63, 0.35); border-radius: 0.5rem; background: #fff;
  color: #31333f; white-space: nowrap;
}
.pri-copy:hover { border-color: #ff4b4b; color: #ff4b4b; }
.pri-copy:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
"""
_JS = """
export default function (component) {
  const { parentElement, data } = component;
  const button = parentElement.querySelector("button");
  button.textContent = data.label;
  button.title = data.help;
  const fallback = () => {
    const area = document.createElement("textarea");
    area.value = data.text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    document.execCommand("copy");
    area.remove();
  };
  button.onclick = async () => {
    try {
      await navigator.clipboard.writeText(data.text);
    } catch (error) {
      fallback();
    }
    button.textContent = data.done;
    setTimeout(() => { button.textContent = data.label; }, 2000);
  };
}
"""
_copy_button = st.components.v2.component("pri_copy_button", html=_HTML, css=_CSS, js=_JS)


def sentence_with_copy(sentence: str, *, key: str) -> None:
    """``sentence`` as plain text in a bordered box, the Copy button beside it."""
    with st.container(border=True):
        text, button = st.columns([5, 1], vertical_alignment="top")
        text.text(sentence)
        with button:
            _copy_button(
                key=key,
                data={
                    "text": sentence,
                    "label": _("Copy"),
                    "done": _("Copied"),
                    "help": _("Copy the sentence to the clipboard"),
                },
            )
