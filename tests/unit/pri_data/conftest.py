"""The committed participant data as the unit tests of filters, summary and selection read it
(one copy of these fixtures; module-scoped, as each file had them)."""

from __future__ import annotations

import pandas as pd
import pytest

from pri_data import load
from pri_data.summary import announced_totals


@pytest.fixture(scope="module")
def participants() -> pd.DataFrame:
    return load.participants_with_groups()


@pytest.fixture(scope="module")
def groups() -> pd.DataFrame:
    return load.load_groups()


@pytest.fixture(scope="module")
def announced() -> dict[str, int]:
    return announced_totals(load.load_announced())
