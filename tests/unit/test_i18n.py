"""The catalogues cover every string the sources mark, load without a compile step, and numbers,
dates and sentences come out in the UI language."""

from __future__ import annotations

import re
import string
from datetime import date

import pytest

from pri_data import i18n as core
from pri_data import labels, load, notes, selection, summary
from pri_data.filters import Filters, apply_filters
from tests import live
from ui import i18n, i18n_tools

LANGS = i18n_tools.TRANSLATED


@pytest.fixture(scope="module")
def template():
    """Extracted now from the Python sources babel.cfg names (not the committed .pot)."""
    return i18n_tools.extract_catalog()


def test_sources_mark_strings(template) -> None:
    ids = {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id}
    assert {"Map of the participants", "Exit presentation", "{n} city", "Regions"} <= ids
    assert {"Unemployment rate", "% of GDP"} <= ids  # indicator labels and units (data)
    assert len(ids) > 100


@pytest.mark.parametrize("lang", LANGS)
def test_catalogue_translates_every_msgid(lang: str, template) -> None:
    missing = i18n_tools.missing(lang, template)
    assert not missing, f"{lang}: {len(missing)} msgid(s) untranslated, empty or fuzzy: {missing}"


def _fields(text: str) -> list[str]:
    return sorted(f for _, f, _, _ in string.Formatter().parse(text) if f is not None)


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_placeholders(lang: str) -> None:
    """A translation must use the same {placeholders}, or .format() would fail at run time."""
    wrong = []
    for message in i18n_tools.read_catalog(lang):
        if not message.id or not message.string:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = _fields(ids[-1])
        wrong += [s for s in strings if _fields(s) != wanted and _fields(s) != _fields(ids[0])]
    assert not wrong


def test_catalogue_loads_from_po_with_plurals() -> None:
    nl = i18n.catalogue("nl")
    assert nl.gettext("Map of the participants") == "Kaart van de deelnemers"
    assert nl.ngettext("{n} city", "{n} cities", 1) == "{n} stad"
    assert nl.ngettext("{n} city", "{n} cities", 6) == "{n} steden"
    assert (
        i18n.catalogue("fr").ngettext("{n} city", "{n} cities", 0) == "{n} ville"
    )  # fr: 0 is singular
    assert i18n.catalogue("en").gettext("Regions") == "Regions"


@pytest.mark.parametrize(
    ("lang", "number", "percent", "day"),
    [
        ("en", "1,234.5", "12.5%", "17 May 2022"),
        ("nl", "1.234,5", "12,5%", "17 mei 2022"),
        ("de", "1.234,5", "12,5\xa0%", "17. Mai 2022"),
        ("fr", "1\u202f234,5", "12,5\xa0%", "17 mai 2022"),
    ],
)
def test_formats_follow_the_language(
    lang: str, number: str, percent: str, day: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "current_lang", lambda: lang)
    assert i18n.format_number(1234.5, 1) == number
    assert i18n.format_number(1234.5) == number.split({"en": "."}.get(lang, ","))[0]
    assert i18n.format_percent(0.125, 1) == percent
    assert i18n.format_date(date(2022, 5, 17)) == day
    assert i18n.country("EL") in {"Greece", "Griekenland", "Griechenland", "Grèce"}


def test_summary_sentences_in_dutch() -> None:
    participants = load.participants_with_groups()
    announced = summary.announced_totals(load.load_announced())
    nl = summary.Translator(i18n.catalogue("nl").gettext, i18n.catalogue("nl").ngettext, "nl")
    cities = apply_filters(participants, Filters(groups=("cities-4-0",)))
    assert selection.title_line(cities, "Cities 4.0", nl) == "Cities 4.0 — 6 steden in 5 lidstaten"
    whole = selection.press_sentence(participants, participants, announced, Filters(), {}, nl)
    confirmed = live.count(participant_type="region", confidence="confirmed")
    likely = live.count(participant_type="region", confidence="likely")
    assert (
        f"{confirmed + likely} van 63 regio's genoemd in openbare bronnen: "
        f"{confirmed} bevestigd, {likely} waarschijnlijk"
    ) in whole
    assert "België" in whole and "Spanje en Zweden." in whole
    counts = summary.headline_counts(participants, load.load_groups(), announced)
    assert [c.title_in(nl) for c in counts][:3] == [
        "Regio's", "Steden", "Lidstaten (nationaal niveau)"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "small", "big", "day", "seps"),
    [
        ("en", "3.90", "1,687,810", "31 March 2022", ".,"),
        ("nl", "3,90", "1.687.810", "31 maart 2022", ",."),
        ("fr", "3,90", "1\u202f687\u202f810", "31 mars 2022", ",\u202f"),
        ("de", "3,90", "1.687.810", "31. März 2022", ",."),
    ],
)
def test_core_formats_take_an_explicit_language(
    lang: str, small: str, big: str, day: str, seps: str
) -> None:
    """The Streamlit-free API (for pri_data and figures): numbers, ISO dates, Plotly separators."""
    assert core.format_number(3.9, lang, 2) == small
    assert core.format_number(1687810.0, lang) == big
    assert core.format_date("2022-03-31", lang) == day
    assert core.format_date("not a date", lang) == "not a date"
    assert core.separators(lang) == seps
    assert core.translator_for(lang).number(1687810) == big


def test_labels_are_written_once_and_translated() -> None:
    fr = core.translator_for("fr")
    assert labels.type_label("city", fr) == "Ville"
    assert labels.confidence_label("likely", fr) == "probable"
    assert labels.group_name(labels.INDIVIDUAL, {}, fr) == "Individuel"
    assert labels.type_label("unknown", fr) == "unknown"
    assert labels.value_digits("persons") == 0 and labels.value_digits("% of GDP") == 2


def test_babel_cfg_covers_every_module_with_ui_text() -> None:
    """A module that marks strings (``_(``, ``ngettext(``, ``N_(``) but that babel.cfg does not
    extract would pass 'every msgid translated' while showing English."""
    from babel.messages.extract import pathmatch
    from babel.messages.frontend import parse_mapping_cfg

    root = i18n_tools.ROOT
    with (root / "babel.cfg").open(encoding="utf-8") as cfg:
        method_map, _options = parse_mapping_cfg(cfg)

    marked = re.compile(r"\b(_|N_|ngettext|gettext)\(")
    uncovered = []
    for path in root.rglob("*.py"):
        rel = path.relative_to(root).as_posix()
        if rel.startswith(("tests/", "bench/", ".")) or not marked.search(path.read_text("utf-8")):
            continue
        if not any(pathmatch(pattern, rel) for pattern, _method in method_map):
            uncovered.append(rel)
    assert not uncovered



def test_translated_notes_keep_the_figures() -> None:
    """The About page's 'known to be missing' notes in each language carry the same numbers as
    the English copy (a translation must not drift from the facts)."""
    english = re.findall(r"\d+", notes.notes_file("en").read_text("utf-8"))
    for lang in LANGS:
        path = notes.notes_file(lang)
        assert path != notes.notes_file("en"), f"no translated notes for {lang}"
        assert re.findall(r"\d+", path.read_text("utf-8")) == english, lang


def _glossary() -> dict[str, dict[str, str]]:
    """English term -> {lang: stem} from the table in locales/GLOSSARY.md."""
    text = (i18n_tools.LOCALES / "GLOSSARY.md").read_text(encoding="utf-8")
    rows = [line.strip("|").split("|") for line in text.splitlines() if line.startswith("| ")]
    out = {}
    for cells in rows[1:]:  # after the header row
        stems = [s.strip() for s in cells[-1].split("/")]
        out[cells[0].strip()] = dict(zip(LANGS, stems, strict=True))
    return out


def _prose(msgid: str) -> str:
    """The msgid without placeholders, code tokens (names with _ . / = or quotes) and code values
    being defined ('network: one of ...'), lower case."""
    text = re.sub(r"\{[^}]*\}|\([^)]*[?=][^)]*\)", " ", msgid)
    text = re.sub(r"\S*[_./='\"]\S*", " ", text)
    text = re.sub(r"\b[a-z_]+:", " ", text)
    return text.lower()


def test_glossary_terms_are_used() -> None:
    """Every translation of a text that uses a glossary term uses the glossary's word for it."""
    glossary = _glossary()
    assert set(glossary) >= {"Member State", "region", "network", "confirmed", "likely"}
    wrong = []
    for lang in LANGS:
        for message in i18n_tools.read_catalog(lang):
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            for msgid, text in zip(ids, strings, strict=False):
                for term, stems in glossary.items():
                    used = re.search(rf"\b{re.escape(term.lower())}(s|es)?\b", _prose(msgid or ""))
                    kept = term.lower() in text.lower()  # a code value kept as is (sheet names)
                    if used and text and not kept and stems[lang].lower() not in text.lower():
                        wrong.append((lang, term, msgid, text))
    assert not wrong


def test_the_language_is_the_links_then_the_sessions_then_the_browsers() -> None:
    """pri_data.i18n.lang_for: one rule for a run (ui.i18n.current_lang) and for the server's
    answer to a page request (ui.served_pictures)."""
    lang_for, primary_lang = core.lang_for, core.primary_lang
    assert lang_for("de", "fr", "nl") == "de"
    assert lang_for(None, "fr", "nl") == "fr"
    assert lang_for(None, None, "nl") == "nl"
    assert lang_for(None, None, None) == "en"
    assert lang_for("xx", "fr", "nl") == "en"  # an unknown ?lang= is English, not the browser's
    assert lang_for("", "fr", "nl") == "en"
    assert [primary_lang(x) for x in ("fr-FR", "de_AT", "NL", "pt-BR", "", None)] == [
        "fr", "de", "nl", None, None, None
    ]  # fmt: skip
