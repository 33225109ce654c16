"""Rebuild the indicator files from Eurostat's dissemination API: ``python -m pri_data.refresh``.

Each indicator of ``specs.SPECS`` is fetched as SDMX-CSV (SDMX 3.0 ``csvdata``; the
SDMX 2.1 ``SDMX-CSV`` layout is read too), with its flags (``OBS_FLAG``), and written in the same
tidy format as the offline build. Codes are mapped to NUTS 2021 by ``geo.versions`` (codes of
NUTS 2024, not in that table, are left out with their reason). Every dataset is downloaded and
parsed before anything is written, and the files are swapped in only when all are written: a
failed or partial download leaves the committed data untouched and names the dataset that failed.

The HTTP fetch is a parameter (``fetch``), so tests run offline on recorded responses. This project
was built without network access; the real download has never been run here.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import sys
import urllib.request
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

import pandas as pd

from pri_data.indicators.specs import SPECS, IndicatorSpec, eurostat_url
from pri_data.indicators.tidy import FILES, RAW_COLUMNS, catalog, tidy, write_files
from pri_data.sources import DEFAULT_DATA_DIR

Fetch = Callable[[str], str]
REQUIRED = ("geo", "TIME_PERIOD", "OBS_VALUE")


class RefreshError(RuntimeError):
    """A dataset could not be fetched or read; nothing was written."""

    def __init__(self, spec: IndicatorSpec, reason: str) -> None:
        self.dataset_code = spec.dataset_code
        self.indicator_id = spec.indicator_id
        super().__init__(f"dataset {spec.dataset_code} ({spec.indicator_id}) failed: {reason}")


def http_get(url: str, timeout: float = 300.0) -> str:
    """GET ``url`` and return its body as text (raises on HTTP errors and short reads)."""
    request = urllib.request.Request(url, headers={"User-Agent": "pri-dashboard refresh"})
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
        return response.read().decode("utf-8-sig")


def _records(text: str) -> pd.DataFrame:
    """The CSV as text columns; a row with the wrong number of fields means a cut-off download."""
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or not rows[0]:
        raise ValueError("empty response")
    header = rows[0]
    for number, row in enumerate(rows[1:], start=2):
        if row and len(row) != len(header):
            raise ValueError(f"truncated or malformed response at line {number}")
    return pd.DataFrame([r for r in rows[1:] if r], columns=header, dtype=str)


def parse_sdmx_csv(text: str, spec: IndicatorSpec, url: str) -> pd.DataFrame:
    """Source rows (``RAW_COLUMNS``) of one indicator from an SDMX-CSV response."""
    frame = _records(text)
    missing = [c for c in REQUIRED if c not in frame.columns]
    if missing:
        raise ValueError(f"response lacks the column(s) {', '.join(missing)}")
    for dim, value in (("freq", "A"), *spec.filters):  # in case the server ignored a filter
        if dim in frame.columns:
            frame = frame[frame[dim] == value]
    flags = frame["OBS_FLAG"] if "OBS_FLAG" in frame.columns else pd.Series("", index=frame.index)
    values = frame["OBS_VALUE"].str.strip().replace({"": None, ":": None})
    return pd.DataFrame(
        {
            "indicator_id": spec.indicator_id,
            "nuts_code": frame["geo"].str.strip(),
            "region_name": None,
            "year": frame["TIME_PERIOD"].str[:4].astype(int),
            "value": pd.to_numeric(values).astype(float),
            "flag": flags.fillna("").str.lower().str.replace(r"[^a-z]", "", regex=True),
            "source_url": url,
        },
        columns=list(RAW_COLUMNS),
    )


def download(
    specs: Iterable[IndicatorSpec], fetch: Fetch, progress: TextIO | None = sys.stderr
) -> pd.DataFrame:
    """Fetch and parse every indicator; the first failure raises ``RefreshError``."""
    specs = tuple(specs)
    parts = []
    for number, spec in enumerate(specs, start=1):
        url = eurostat_url(spec)
        if progress:
            bar = "#" * number + "." * (len(specs) - number)
            print(f"[{bar}] {number}/{len(specs)} {spec.dataset_code} ({spec.indicator_id})",
                  file=progress, flush=True)  # fmt: skip
        try:
            part = parse_sdmx_csv(fetch(url), spec, url)
        except Exception as exc:  # any failure of one dataset stops the whole refresh
            raise RefreshError(spec, f"{type(exc).__name__}: {exc}") from exc
        if part.empty:
            raise RefreshError(spec, "the response holds no rows for this indicator")
        parts.append(part)
    return pd.concat(parts, ignore_index=True)


def refresh(
    out_dir: Path = DEFAULT_DATA_DIR,
    fetch: Fetch = http_get,
    specs: Iterable[IndicatorSpec] = SPECS,
    today: str | None = None,
    progress: TextIO | None = sys.stderr,
) -> dict[str, pd.DataFrame]:
    """Download, tidy and write the three indicator files; returns the frames written."""
    raw = download(specs, fetch, progress)
    indicators, left_out = tidy(raw)
    stamp = today or dt.date.today().isoformat()
    urls = raw.groupby("indicator_id")["source_url"].first().to_dict()
    frames = {
        "indicators": indicators,
        "catalog": catalog(indicators, urls, dict.fromkeys(urls, stamp)),
        "left_out": left_out,
    }
    write_files(frames, out_dir)
    return frames


def main(argv: list[str] | None = None, fetch: Fetch | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_DATA_DIR)
    args = parser.parse_args(argv)
    try:
        frames = refresh(args.out, fetch or http_get)
    except RefreshError as exc:
        print(f"refresh stopped, files left unchanged: {exc}", file=sys.stderr)
        return 1
    for name, file in FILES.items():
        print(f"{args.out / file}: {len(frames[name])} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
