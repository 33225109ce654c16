"""Uploaded lists at the limit: check time and memory for 5,000 rows, and page runs on them.

``python -m bench.upload`` builds a 5,000-row list from the public one (ids made unique), checks it
as CSV and as Excel, checks a copy where every row has a bad confidence, then runs Overview,
Participants and Map in one AppTest session on the public list (warm caches) and on the upload
(first run: nothing cached; second run: the session's memo). Nothing is asserted: it prints.
"""

from __future__ import annotations

import io
import time
import tracemalloc
from pathlib import Path

import pandas as pd

from pri_data import dataset, load, upload
from pri_data.upload import UploadedFile

REPO = Path(__file__).resolve().parent.parent
PAGES = ("overview", "participants", "map")


def big_list(rows: int = upload.MAX_ROWS) -> pd.DataFrame:
    public = load.participants_with_groups().drop(columns=["group_ids", "group_names"])
    copies = -(-rows // len(public))
    frames = [public.assign(id=public["id"] + f"-{i}") for i in range(copies)]
    return pd.concat(frames).head(rows)


def check_times(frame: pd.DataFrame) -> bytes:
    groups, memberships = load.load_groups(), load.load_memberships()
    csv = frame.to_csv(index=False).encode()
    buffer = io.BytesIO()
    frame.to_excel(buffer, index=False, sheet_name="participants", engine="xlsxwriter")
    bad = csv.replace(b",confirmed,", b",sure,")
    for name, data in (("list.csv", csv), ("list.xlsx", buffer.getvalue()), ("bad.csv", bad)):
        start = time.perf_counter()
        result = upload.validate_upload([UploadedFile(name, data)], groups, memberships)
        seconds = time.perf_counter() - start
        tracemalloc.start()  # a second run for memory: tracing slows it down several times
        upload.validate_upload([UploadedFile(name, data)], groups, memberships)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(
            f"{name:10} {len(data) / 1e6:5.2f} MB  ok={result.ok!s:5}  "
            f"problems={len(result.problems):5}  {seconds:5.2f} s  peak {peak / 1e6:5.1f} MB"
        )
        if result.ok and name == "list.csv":
            own = dataset.from_upload(dict(result.frames))
            frames = (own.participants, own.groups, own.memberships)
            size = sum(f.memory_usage(deep=True).sum() for f in frames)
            print(f"{'':10} dataset held in the session: {size / 1e6:.1f} MB")
    return csv


def page_times(csv: bytes) -> None:
    from streamlit.testing.v1 import AppTest

    def timed(at: AppTest, page: str) -> float:
        start = time.perf_counter()
        at.switch_page(f"pages/{page}.py").run()
        return time.perf_counter() - start

    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=300).run()
    for page in PAGES:
        timed(at, page)  # warm the public caches
    public = {page: timed(at, page) for page in PAGES}
    at.switch_page("pages/upload.py").run()
    start = time.perf_counter()
    at.get("file_uploader")[0].upload("list.csv", csv).run()
    print(f"upload page, 5,000 rows: {time.perf_counter() - start:.2f} s")
    first = {page: timed(at, page) for page in PAGES}
    again = {page: timed(at, page) for page in PAGES}
    for page in PAGES:
        print(
            f"{page:13} public {public[page]:5.2f} s   upload first {first[page]:5.2f} s"
            f"   upload again {again[page]:5.2f} s"
        )


if __name__ == "__main__":
    page_times(check_times(big_list()))
