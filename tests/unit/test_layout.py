"""The page's own CSS strings (ui.layout): a text from a catalogue cannot end its rule."""

from __future__ import annotations

import re

from ui.layout import css_string, no_results_rule


def test_css_string_escapes_everything_but_letters_digits_and_spaces() -> None:
    assert css_string("Téléverser") == '"Téléverser"'
    hostile = 'a"b\\c</style>{x}; @import'
    quoted = css_string(hostile)
    inner = quoted[1:-1]
    assert quoted.startswith('"') and quoted.endswith('"')
    assert not re.search(r'["<>{};@/]', inner)
    # read back as CSS reads it: each escape is hex digits and one space
    assert re.sub(r"\\([0-9a-f]+) ", lambda m: chr(int(m[1], 16)), inner) == hostile


def test_no_results_rule_quotes_its_word() -> None:
    rule = no_results_rule('Keine Treffer"}</style><b>')
    assert "<" not in rule and rule.count("}") == 3  # its three rules' own
    assert 'content:"Keine Treffer\\22 \\7d ' in rule
