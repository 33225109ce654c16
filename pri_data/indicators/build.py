"""Build the project's indicator files from the reference extracts.

Run ``python -m pri_data.build_indicators``. It reads ``../shared/reference/indicators/*.csv``
(at build time only; the app never reads it) and writes ``pri_data/data/indicators.parquet``,
``indicator_catalog.csv`` and ``indicators_left_out.csv``. The flag Eurostat published is taken
from the ``unit`` text ("...; flag e (estimated)"), as is the extraction date.
Rebuilding gives identical files.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import pandas as pd

from pri_data.indicators.specs import IndicatorSpec, offline_specs
from pri_data.indicators.tidy import FILES, catalog, join_urls, tidy, write_files
from pri_data.sources import DEFAULT_DATA_DIR

REFERENCE_DIR = Path(__file__).resolve().parents[3] / "shared" / "reference" / "indicators"
_FLAG = re.compile(r"; flag ([a-z]+) \(")
_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
_MONTH = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\d{4})\b")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def parse_flag(unit: str) -> str:
    """The Eurostat flag letter(s) in a unit text, or "" (``"...; flag e (estimated)"`` -> e)."""
    match = _FLAG.search(unit)
    return match[1] if match else ""


def parse_extracted(unit: str) -> str:
    """The extraction date named in a unit text: ``YYYY-MM-DD``, or ``YYYY-MM`` for "Dec 2020"."""
    if match := _DATE.search(unit):
        return match[1]
    if match := _MONTH.search(unit):
        return f"{match[2]}-{_MONTHS.index(match[1]) + 1:02d}"
    return ""


def read_reference(spec: IndicatorSpec, reference_dir: Path) -> pd.DataFrame:
    """The rows of one indicator from its reference file, as source rows (``RAW_COLUMNS``)."""
    path = reference_dir / str(spec.reference_file)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    frame = frame[frame["indicator"] == spec.reference_indicator]
    if frame.empty:
        raise ValueError(f"{path.name}: no rows with indicator {spec.reference_indicator!r}")
    return pd.DataFrame(
        {
            "indicator_id": spec.indicator_id,
            "nuts_code": frame["nuts_code"],
            "region_name": frame["region_name"].replace("", None),
            "year": frame["year"].astype(int),
            "value": pd.to_numeric(frame["value"].replace("", None)).astype(float),
            "flag": frame["unit"].map(parse_flag),
            "source_url": frame["source_url"],
            "_unit": frame["unit"],
        }
    )


def build(reference_dir: Path = REFERENCE_DIR) -> dict[str, pd.DataFrame]:
    """The three frames (indicators, catalog, left_out) from the reference extracts."""
    specs = offline_specs()
    raw = pd.concat([read_reference(spec, reference_dir) for spec in specs], ignore_index=True)
    indicators, left_out = tidy(raw)
    by_id = raw.groupby("indicator_id")
    urls = {i: join_urls(g["source_url"]) for i, g in by_id}
    extracted = {i: max(g["_unit"].map(parse_extracted)) for i, g in by_id}
    datasets = {s.indicator_id: s.reference_dataset or s.dataset_code for s in specs}
    flags = {s.indicator_id: s.reference_flags for s in specs}
    return {
        "indicators": indicators,
        "catalog": catalog(indicators, urls, extracted, datasets, flags),
        "left_out": left_out,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=REFERENCE_DIR)
    parser.add_argument("--out", type=Path, default=DEFAULT_DATA_DIR)
    args = parser.parse_args(argv)
    if not args.reference.is_dir():
        print(f"reference extracts not found at {args.reference}", file=sys.stderr)
        return 2
    frames = build(args.reference)
    write_files(frames, args.out)
    for name, file in FILES.items():
        print(f"{args.out / file}: {len(frames[name])} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
