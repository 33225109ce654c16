"""The copy button (ui/copy.py): each rerun sends its labels and a short loader, never the
button's code and styles, which are a static module (static/copy/pri-copy.js) the browser
imports once per page by a URL that changes with its content, nor the sentence again: the
module copies the text shown beside it. The browser side is
tests/browser/test_dashboard_browser.py::test_copy_button_copies_the_sentence_after_a_rerun."""

from __future__ import annotations

import hashlib
import json

from tests.ui.apptest import REPO, components, run, texts
from ui import copy


def test_a_run_sends_the_sentence_once_and_a_short_loader() -> None:
    at = run("pages/overview.py", lang="de")
    (button,) = components(at, "pri_copy_button")
    assert len(button.js_content) < 300
    assert not button.html_content and not button.css_content
    data = json.loads(button.json)
    assert data == {
        "label": "Kopieren",
        "done": "Kopiert",
        "help": "Den Satz in die Zwischenablage kopieren",
    }
    (sentence,) = [t for t in texts(at.main.text) if t.startswith("Das Pilotprojekt")]
    assert sentence not in button.json


def test_the_loader_imports_the_module_by_its_content_hash() -> None:
    module = REPO / "static" / "copy" / "pri-copy.js"
    digest = hashlib.sha256(module.read_bytes()).hexdigest()[:12]
    assert f'"app/static/copy/pri-copy.js?v={digest}"' in copy._LOADER  # noqa: SLF001
    assert "clipboard.writeText(text)" in module.read_text(encoding="utf-8")
