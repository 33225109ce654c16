"""A choice widget bound to one URL query parameter: the URL is the source, the widget writes it.
A value in the link that is not an option is ignored with a visible notice."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import streamlit as st

from pri_data.text import echo, plain
from ui import urls
from ui.i18n import _


def url_value(name: str, options: Sequence[str], default: str) -> tuple[str, str | None]:
    """The option named by ``?name=``, or ``default`` and a notice when the link names none."""
    raw = st.query_params.get(name)
    if raw is None or raw in options:
        return (raw or default), None
    notice = _("Ignored unknown {name} in the link: {value}")
    return default, notice.format(name=name, value=echo(raw))


def _write(name: str, key: str, default: str) -> None:
    value = st.session_state[key]
    urls.update_view({name: None if value == default else value})  # one write, noted


def url_choice(
    widget: Callable,
    label: str,
    name: str,
    options: Sequence[str],
    default: str,
    *,
    key: str,
    format_func: Callable[[str], str] = str,
    **kwargs,
) -> str:
    """``widget`` (e.g. ``st.segmented_control``, ``column.selectbox``) showing ``?name=`` (or
    ``default``); choosing rewrites the URL and reruns. ``kwargs`` go to the widget."""
    value, notice = url_value(name, options, default)
    if notice:
        st.info(plain(notice), icon="ℹ️")
    st.session_state[key] = value
    widget(
        label,
        list(options),
        key=key,
        format_func=format_func,
        on_change=_write,
        args=(name, key, default),
        **kwargs,
    )
    return value

