"""What is known to be missing from the participant list, as the project's own copy of the notes.

``data/NOTES.md`` is a copy of the reference notes that came with the participant list
(shared/reference/participants/NOTES.md); the app never reads outside the project at run time.
"""

from __future__ import annotations

from pathlib import Path

from pri_data.i18n import LOCALES_DIR

NOTES_FILE = Path(__file__).resolve().parent / "data" / "NOTES.md"


def notes_file(lang: str = "en") -> Path:
    """The notes in ``lang``: a translation kept beside the catalogue
    (``locales/<lang>/NOTES.md``), else the English copy."""
    translated = LOCALES_DIR / lang / "NOTES.md"
    return translated if lang != "en" and translated.exists() else NOTES_FILE


def completeness_notes(lang: str = "en") -> str:
    """The notes as Markdown, without their top-level title (the page gives its own heading)."""
    lines = notes_file(lang).read_text(encoding="utf-8").splitlines()
    if lines and lines[0].startswith("# "):
        lines = lines[1:]
    return "\n".join(lines).strip()
