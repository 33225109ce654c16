"""Participant data: read, validated, filtered, counted and put into words; no Streamlit (except
``cache``) and no figures.

The public surface is the modules below, imported by name (``from pri_data import cache,
labels``). They are not re-exported as functions here: ``geo.nuts`` imports ``pri_data.errors``
and ``pri_data.read`` while ``pri_data.load`` imports ``geo.nuts``, so a package that imported
``load`` on entry would make the two packages import each other; and pages load the indicator
and export modules only when they use them.

- Files: ``sources`` (data directory and file registry), ``read`` and ``load`` (the only code
  that reads files, pandera contracts in ``schemas``), ``errors`` (``Problem``), ``check``
  (``python -m pri_data check``).
- The selection: ``filters``, ``summary``, ``selection`` (in words), ``display_frames``,
  ``export``.
- Words: ``labels``, ``i18n``, ``countries``, ``licences``, ``notes``, ``text`` (link and file
  text made plain).
- Your own list: ``upload``, ``upload_diff``, ``upload_template``, ``dataset``; ``problem_text``
  (an upload's and the data files' problems in the UI language).
- ``indicators`` (Eurostat indicators, its own subpackage) and ``cache`` (Streamlit caches).
"""

__all__ = [
    "cache",
    "check",
    "countries",
    "dataset",
    "display_frames",
    "errors",
    "export",
    "filters",
    "i18n",
    "indicators",
    "labels",
    "licences",
    "load",
    "notes",
    "problem_text",
    "read",
    "schemas",
    "selection",
    "sources",
    "summary",
    "text",
    "upload",
    "upload_diff",
    "upload_template",
]
