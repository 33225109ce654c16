"""The copy button (ui/copy.py): each rerun sends its data and a short loader, never the
button's code and styles, which are a static module (static/copy/pri-copy.js) the browser
imports once per page by a URL that changes with its content. The browser side is
tests/browser/test_dashboard_browser.py::test_copy_button_copies_the_sentence_after_a_rerun."""

from __future__ import annotations

import hashlib
import json

from tests.ui.apptest import REPO, components, run, texts
from ui import copy


def test_a_run_sends_the_sentence_and_a_short_loader_only() -> None:
    at = run("pages/overview.py", lang="de")
    (button,) = components(at, "pri_copy_button")
    assert len(button.js_content) < 300
    assert not button.html_content and not button.css_content
    data = json.loads(button.json)
    assert data["label"] == "Kopieren"
    assert data["text"] in texts(at.main.text)


def test_the_loader_imports_the_module_by_its_content_hash() -> None:
    module = REPO / "static" / "copy" / "pri-copy.js"
    digest = hashlib.sha256(module.read_bytes()).hexdigest()[:12]
    assert f'"app/static/copy/pri-copy.js?v={digest}"' in copy._LOADER  # noqa: SLF001
    assert "clipboard.writeText(data.text)" in module.read_text(encoding="utf-8")
