"""Text from a link or a data file, made safe to show: shortened for notices, quoted, and escaped so
a Markdown element (st.title, st.info, st.caption, st.markdown, widget labels) shows it as typed.

One place for these rules, used by every page: nothing a URL or a file holds may become an image, a
link, HTML or a Streamlit directive (``:red[...]``, ``:material/...:``) on screen. No Streamlit.
"""

from __future__ import annotations

import re
from urllib.parse import quote

ECHO_LIMIT = 60  # characters of an ignored value repeated in a notice
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~$:])")
_LIST_START = re.compile(r"^(\s*)(\d+)([.)])|^(\s*)([-+])", re.MULTILINE)
# The browser's Markdown turns address-like text into links after escapes are resolved
# (GFM autolink literals: "http://", "www.", "name@host"): an invisible word joiner breaks them.
_AUTOLINK = re.compile(r"(?i)://|www\.|@")
_JOINER = "\u2060"
_SAFE_URL = re.compile(r"^https?://[^\s<>\"'`\\]+$")


def shorten(value: object, limit: int = ECHO_LIMIT) -> str:
    """``value`` as text, cut to ``limit`` characters with an ellipsis; control characters and
    line breaks become spaces so a notice stays one line."""
    text = "".join(" " if ch.isspace() or ord(ch) < 32 else ch for ch in str(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def echo(value: object, limit: int = ECHO_LIMIT) -> str:
    """An ignored value for a notice: shortened and in quotes ('![p](http…')."""
    return repr(shorten(value, limit))


def plain(text: object) -> str:
    """``text`` with the characters Markdown, HTML and Streamlit's directives (``:red[...]``,
    ``:material/...:``) act on backslash-escaped, and a leading list marker too: any Markdown
    element shows it as typed (a link or image needs ``[``, HTML ``<``, an autolink ``:``)."""
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))
    text = _LIST_START.sub(lambda m: m.group(0)[:-1] + "\\" + m.group(0)[-1], text)
    return _AUTOLINK.sub(lambda m: m.group(0)[:-1] + _JOINER + m.group(0)[-1], text)


def safe_url(url: object) -> str | None:
    """``url`` when it is a plain http(s) address, with the characters that could end a Markdown
    link target percent-encoded; None otherwise (then show it as text only)."""
    text = str(url).strip()
    if not _SAFE_URL.match(text):
        return None
    return quote(text, safe=":/?#@!$&'*+,;=%~-._")


def link(url: object, label: object | None = None) -> str:
    """A Markdown link to ``url`` whose visible text is escaped; plain escaped text when the
    address is not http(s)."""
    target = safe_url(url)
    text = plain(url if label is None else label)
    return f"[{text}]({target})" if target else text
