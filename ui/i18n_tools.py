"""Keep the gettext catalogues in step with the sources (no Streamlit needed).

    python -m ui.i18n_tools extract   # write locales/messages.pot from the files babel.cfg names
    python -m ui.i18n_tools update    # merge it into every locales/<lang>/LC_MESSAGES/messages.po
    python -m ui.i18n_tools check     # msgids the sources use without a translation; exit 1

``update`` adds new msgids with an empty translation (no fuzzy guesses) and drops obsolete ones;
fill the empty ``msgstr`` lines by hand, then run ``check``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po, write_po

from pri_data.i18n import LOCALES_DIR, po_path

ROOT = Path(__file__).resolve().parent.parent
LOCALES = LOCALES_DIR
TEMPLATE = LOCALES / "messages.pot"
TRANSLATED = ("nl", "fr", "de")
PROJECT = "PRI pilot dashboard"


def data_messages() -> list[tuple[str, str]]:
    """(msgid, file) for strings that come from data files or registries and are shown through
    ``_()``: the indicator labels and units of ``indicator_catalog.csv`` (pages/comparison.py)
    and the descriptions in ``pri_data.sources.SOURCES`` (About page, Excel About sheet)."""
    from pri_data.indicators import load_indicator_catalog
    from pri_data.sources import SOURCES, data_dir

    catalog = load_indicator_catalog()
    where = "pri_data/data/indicator_catalog.csv"
    texts = dict.fromkeys([*catalog["label"].astype(str), *catalog["unit"].astype(str)])
    out = [(text, where) for text in texts]
    described = dict.fromkeys(t for s in SOURCES for t in (s.what, s.origin, s.licence))
    out += [(text, "pri_data/sources.py") for text in described]
    announced = pd.read_csv(data_dir() / "announced.csv", dtype=str)["label"]
    out += [(text, "pri_data/data/announced.csv") for text in dict.fromkeys(announced)]
    reasons = pd.read_csv(data_dir() / "indicators_left_out.csv", dtype=str)["reason"]
    out += [(text, "pri_data/data/indicators_left_out.csv") for text in dict.fromkeys(reasons)]
    return out


def extract_catalog(root: Path = ROOT) -> Catalog:
    """Every string the sources mark (``_``, ``ngettext``, ``N_``, ...), plus the data strings
    of ``data_messages``, as a template."""
    with (root / "babel.cfg").open(encoding="utf-8") as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    template = Catalog(project=PROJECT, fuzzy=False)
    for filename, lineno, message, comments, context in extract_from_dir(
        root, method_map, options_map, keywords=DEFAULT_KEYWORDS
    ):
        template.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    for message, where in data_messages():
        template.add(message, None, [(where, 0)])
    return template


def read_catalog(lang: str) -> Catalog:
    with po_path(lang).open("rb") as po:
        return read_po(po, locale=lang)


def _write(path: Path, catalog: Catalog) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        write_po(out, catalog, width=96, ignore_obsolete=True, include_previous=False)


def extract() -> Catalog:
    template = extract_catalog()
    _write(TEMPLATE, template)
    return template


def update() -> None:
    """Merge the template into each language's catalogue (creating it if needed)."""
    template = extract()
    for lang in TRANSLATED:
        catalog = read_catalog(lang) if po_path(lang).exists() else Catalog(locale=lang)
        catalog.project = PROJECT
        catalog.update(template, no_fuzzy_matching=True)
        _write(po_path(lang), catalog)


def missing(lang: str, template: Catalog | None = None) -> list[str]:
    """msgids of ``template`` (default: extracted now) that ``lang`` lacks, leaves empty or marks
    fuzzy; a plural entry needs every form."""
    template = template or extract_catalog()
    catalog = read_catalog(lang)
    out = []
    for message in template:
        if not message.id:
            continue
        found = catalog.get(message.id, context=message.context)
        strings = () if found is None else found.string
        strings = strings if isinstance(strings, tuple) else (strings,)
        if found is None or found.fuzzy or not strings or not all(strings):
            out.append(message.id if isinstance(message.id, str) else message.id[0])
    return out


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "extract":
        print(f"{len(extract())} messages -> {TEMPLATE.relative_to(ROOT)}")
    elif command == "update":
        update()
        print(f"updated {', '.join(TRANSLATED)}")
    elif command == "check":
        template = extract_catalog()
        gaps = {lang: missing(lang, template) for lang in TRANSLATED}
        for lang, ids in gaps.items():
            print(f"{lang}: {len(ids)} untranslated", *(f"  {i!r}" for i in ids), sep="\n")
        return 1 if any(gaps.values()) else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
