"""Every chart carries its source line first among its annotations (``SOURCE_INDEX``): the page
hides it there and shows it as a caption (``ui.charts``), and a PNG export keeps it."""

from __future__ import annotations

import pandas as pd
import pytest

from figures.charts import SOURCE_INDEX, distribution, ranking_bars, scatter_two
from figures.plotly_config import EXPORT_WIDTH, PLOTLY_TEXTS, chart_config, locale_config
from pri_data.i18n import translator_for

SOURCE = "Source: Eurostat (test)"
RANKING = pd.DataFrame(
    {"name": ["low", "high"], "value": [0.5, 2.0], "year": [2013, 2013], "flag": ["e", ""],
     "country_value": [1.0, 1.0]}
)  # fmt: skip
POINTS = pd.DataFrame(
    {"label": ["a", "b", "c"], "x": [1.0, 2.0, 3.0], "y": [3.0, 1.0, 2.0], "x_flag": ["", "", ""],
     "y_flag": ["", "p", ""], "group": ["", "g", ""]}
)  # fmt: skip
VALUES = pd.DataFrame(
    {"value": [1.0, 2.0, 3.0, 4.0], "year": [2020] * 4, "flag": [""] * 4,
     "is_participant": [True, True, False, False], "label": list("abcd")}
)  # fmt: skip
CHARTS = {
    "ranking": lambda: ranking_bars(RANKING, (1.0, 2013, "EU28"), "u", "T", SOURCE),
    "scatter": lambda: scatter_two(POINTS, "x", "y", "T", SOURCE),
    "distribution": lambda: distribution(VALUES, "u", "T", SOURCE),
}


@pytest.mark.parametrize("name", CHARTS)
def test_the_source_line_comes_first_and_once(name: str) -> None:
    texts = [a.text for a in CHARTS[name]().layout.annotations]
    assert texts[SOURCE_INDEX] == SOURCE and texts.count(SOURCE) == 1


def test_the_distribution_keeps_its_median_gap() -> None:
    """update_layout merges a list of annotations into the ones there, one by one: passing the
    source line first that way overwrote the gap's annotation."""
    texts = [a.text for a in CHARTS["distribution"]().layout.annotations]
    assert texts == [SOURCE, "Gap between medians: −2.00 u"]


def test_a_png_export_has_one_width_whatever_the_window() -> None:
    assert chart_config("x")["toImageButtonOptions"]["width"] == EXPORT_WIDTH


def test_plotly_controls_speak_the_ui_language() -> None:
    assert locale_config("en", translator_for("en").gettext) == {}
    for lang in ("de", "fr", "nl"):
        config = locale_config(lang, translator_for(lang).gettext)
        words = config["locales"][lang]["dictionary"]
        assert config["locale"] == lang and set(words) == set(PLOTLY_TEXTS)
        same = {text for text, word in words.items() if text == word}
        assert same <= {"Zoom"}, (lang, same)  # French says "Zoom" too
