"""From source rows to the project's three indicator files, shared by the build and the refresh.

Source rows (``RAW_COLUMNS``) carry the code as published. Each is kept under its NUTS 2021 code
(``geo.versions.resolve_code``), kept as an EU aggregate, or left out with a reason; nothing is
estimated. Files are written to a temporary directory first and swapped in only when all are
written, so a failure leaves the committed files untouched.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from geo.nuts import EU27
from geo.versions import resolve_code
from pri_data.indicators.specs import CREDIT, EU_AGGREGATES, LICENCE, SPEC_BY_ID

RAW_COLUMNS = (
    "indicator_id", "nuts_code", "region_name", "year", "value", "flag", "source_url",
)  # fmt: skip
INDICATOR_COLUMNS = (
    "nuts_id", "source_nuts_id", "level", "indicator_id", "year", "value", "flag", "source_url",
)  # fmt: skip
LEFT_OUT_COLUMNS = (
    "indicator_id", "source_nuts_id", "region_name", "year", "value", "flag", "reason",
)  # fmt: skip
CATALOG_COLUMNS = (
    "indicator_id", "label", "unit", "dataset_code", "direction", "flags_recorded", "source_url",
    "extracted", "first_year", "last_year", "licence", "credit",
)  # fmt: skip
FILES = {
    "indicators": "indicators.parquet",
    "catalog": "indicator_catalog.csv",
    "left_out": "indicators_left_out.csv",
}
REASON_NO_VALUE = "no value published (flag {flag})"
REASON_OUTSIDE = "outside the EU-27"
REASON_DUPLICATE = "duplicate: the source also publishes this year under {nuts_id}"


def _place(code: str) -> tuple[str | None, str]:
    """(NUTS 2021 code or aggregate, "") or (None, reason) for one published code."""
    if code in EU_AGGREGATES:
        return code, ""
    mapping = resolve_code(code)
    if mapping.nuts_id is None:
        return None, mapping.reason
    if mapping.nuts_id[:2] not in EU27:
        return None, REASON_OUTSIDE
    return mapping.nuts_id, ""


def _level(nuts_id: str) -> int | None:
    return None if nuts_id in EU_AGGREGATES else len(nuts_id) - 2


def tidy(raw: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Split source rows into (indicators, left_out), both sorted and typed as written."""
    rows = raw.loc[:, list(RAW_COLUMNS)].copy()
    placed = rows["nuts_code"].map(_place)
    rows["nuts_id"] = placed.str[0]
    rows["reason"] = placed.str[1]
    no_value = rows["value"].isna()
    rows.loc[no_value, "reason"] = [
        REASON_NO_VALUE.format(flag=f or "none") for f in rows.loc[no_value, "flag"]
    ]
    rows.loc[no_value, "nuts_id"] = None
    # A figure published under the NUTS 2021 code wins over the same territory's older code.
    rows["_recoded"] = rows["nuts_id"].ne(rows["nuts_code"])
    rows = rows.sort_values(["indicator_id", "nuts_id", "year", "_recoded", "nuts_code"])
    dup = rows["nuts_id"].notna() & rows.duplicated(["indicator_id", "nuts_id", "year"])
    rows.loc[dup, "reason"] = [REASON_DUPLICATE.format(nuts_id=n) for n in rows.loc[dup, "nuts_id"]]
    rows.loc[dup, "nuts_id"] = None
    kept = rows[rows["nuts_id"].notna()].rename(columns={"nuts_code": "source_nuts_id"})
    kept = kept.assign(level=kept["nuts_id"].map(_level).astype("Int8"))
    indicators = kept.loc[:, list(INDICATOR_COLUMNS)].sort_values(
        ["indicator_id", "nuts_id", "year"], ignore_index=True
    )
    left = rows[rows["nuts_id"].isna()].rename(columns={"nuts_code": "source_nuts_id"})
    left_out = left.loc[:, list(LEFT_OUT_COLUMNS)].sort_values(
        ["indicator_id", "source_nuts_id", "year"], ignore_index=True
    )
    return _typed(indicators), left_out.astype({"year": "int64", "value": "float64"})


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.astype(
        {
            "nuts_id": "str",
            "source_nuts_id": "str",
            "indicator_id": "str",
            "year": "int16",
            "value": "float64",
            "flag": "str",
            "source_url": "str",
        }
    )


def catalog(
    indicators: pd.DataFrame,
    source_urls: dict[str, str],
    extracted: dict[str, str],
    dataset_codes: dict[str, str] | None = None,
    flags_recorded: dict[str, bool] | None = None,
) -> pd.DataFrame:
    """One row per indicator that has figures, in registry order. ``flags_recorded``: whether
    the source kept Eurostat's flags (default: yes, as the online refresh does)."""
    years = indicators.groupby("indicator_id")["year"].agg(["min", "max"])
    rows = []
    for indicator_id in (i for i in SPEC_BY_ID if i in years.index):
        spec = SPEC_BY_ID[indicator_id]
        rows.append(
            {
                "indicator_id": indicator_id,
                "label": spec.label,
                "unit": spec.unit,
                "dataset_code": (dataset_codes or {}).get(indicator_id, spec.dataset_code),
                "direction": spec.direction,
                "flags_recorded": str((flags_recorded or {}).get(indicator_id, True)).lower(),
                "source_url": source_urls[indicator_id],
                "extracted": extracted[indicator_id],
                "first_year": int(years.at[indicator_id, "min"]),
                "last_year": int(years.at[indicator_id, "max"]),
                "licence": LICENCE,
                "credit": CREDIT,
            }
        )
    return pd.DataFrame(rows, columns=list(CATALOG_COLUMNS))


def _write_one(name: str, frame: pd.DataFrame, path: Path) -> None:
    if name == "indicators":
        frame.to_parquet(path, index=False, engine="pyarrow", compression="zstd")
    else:
        frame.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")


def write_files(frames: dict[str, pd.DataFrame], out_dir: Path) -> list[Path]:
    """Write all three files into ``out_dir``, replacing the old ones only once all are written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out_dir, prefix=".indicators-") as tmp:
        for name, file in FILES.items():
            _write_one(name, frames[name], Path(tmp) / file)
        for file in FILES.values():
            os.replace(Path(tmp) / file, out_dir / file)
    return [out_dir / file for file in FILES.values()]


def join_urls(urls: Iterable[str]) -> str:
    """Distinct URLs, sorted, " | "-separated (the participants files' convention)."""
    return " | ".join(sorted(set(urls)))
