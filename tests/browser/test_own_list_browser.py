"""Your own list in a real browser: download the template, change two rows and add one, upload it,
see the banner and the new counts on other pages, download the Excel export, return to the
public list. Navigation uses the app's own links: a reload would start a new session."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from playwright.sync_api import expect

from tests import live
from tests.browser.app_utils import click_sidebar_link, open_app, wait_for_app

pytestmark = pytest.mark.playwright

NEW_REGION = {
    "id": "fr-brittany-upload-test",
    "name_en": "Brittany",
    "name_local": "Bretagne",
    "participant_type": "region",
    "country_code": "FR",
    "nuts_code": "FRH0",
    "nuts_level": None,  # inferred from the code
    "confidence": "confirmed",
    "source_urls": "https://example.org/official-list",
    "evidence": "Named in the official list (test).",
}


def _edit_template(template: Path, out: Path) -> tuple[str, str]:
    """Two rows changed (confidence; one also without its NUTS level, which is then read from
    the code) and one region added."""
    sheets = pd.read_excel(template, sheet_name=None, dtype=object)
    people = sheets["participants"]
    confirmed = people.index[people["confidence"] == "confirmed"][:2]
    people.loc[confirmed, "confidence"] = "likely"
    people.loc[confirmed[1], "nuts_level"] = None
    sheets["participants"] = pd.concat([people, pd.DataFrame([NEW_REGION])], ignore_index=True)
    with pd.ExcelWriter(out, engine="xlsxwriter") as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name, index=False)
    return str(people.at[confirmed[0], "id"]), NEW_REGION["id"]


def test_upload_button_speaks_the_ui_language(page, app_url: str, screenshots_dir: Path) -> None:
    """The drop zone's button reads "Envoyer" in French, to the eye and to a screen reader, and
    Streamlit's English "Upload" is nowhere on the page; it still opens the file chooser."""
    open_app(page, f"{app_url}/upload?lang=fr")
    button = page.get_by_role("button", name="Envoyer", exact=True)
    expect(button).to_be_visible()
    expect(page.get_by_role("button", name="Upload", exact=True)).to_have_count(0)
    expect(page.get_by_text("Upload", exact=True)).to_be_hidden()
    assert button.evaluate("(b) => b.scrollWidth <= b.clientWidth")  # the word fits its button
    with page.expect_file_chooser():
        button.click()
    page.get_by_test_id("stFileUploader").screenshot(path=screenshots_dir / "upload_button_fr.png")

def test_upload_the_edited_template(
    page, app_url: str, tmp_path: Path, screenshots_dir: Path
) -> None:
    open_app(page, f"{app_url}/upload")
    # one statement of the limits, the app's: not also Streamlit's higher cap, in English
    expect(page.get_by_text("Limits: 5 MB and 5,000 rows.")).to_be_visible()
    expect(page.get_by_test_id("stFileUploaderDropzone")).to_be_visible()
    expect(page.get_by_test_id("stFileUploaderDropzoneInstructions")).to_be_hidden()
    expect(page.get_by_text(re.compile(r"MB per file"))).to_be_hidden()
    with page.expect_download() as info:
        page.get_by_test_id("stDownloadButton").filter(has_text="template").click()
    template = tmp_path / "template.xlsx"
    info.value.save_as(template)
    changed_id, added_id = _edit_template(template, tmp_path / "official.xlsx")

    page.locator("input[type=file]").set_input_files(tmp_path / "official.xlsx")
    n = live.count() + 1
    banner = page.get_by_text(f"Showing your uploaded list ({n} participants)")
    expect(banner).to_be_visible(timeout=30_000)
    wait_for_app(page)
    metrics = page.get_by_test_id("stMetric")
    expect(metrics.filter(has_text="Added")).to_contain_text("1")
    expect(metrics.filter(has_text="Changed")).to_contain_text("2")
    expect(page.locator("td", has_text=changed_id).first).to_be_attached()  # canvas grid
    page.screenshot(path=screenshots_dir / "own_list_upload.png", full_page=True)

    click_sidebar_link(page, "Overview")
    expect(banner).to_be_visible()
    regions = live.count(participant_type="region") + 1
    expect(page.get_by_test_id("stMetric").first).to_contain_text(f"{regions} of 63")
    page.screenshot(path=screenshots_dir / "own_list_overview.png")

    click_sidebar_link(page, "Participants")
    expect(banner).to_be_visible()
    with page.expect_download() as info:
        page.get_by_test_id("stDownloadButton").filter(has_text="Excel").first.click()
    export = tmp_path / "export.xlsx"
    info.value.save_as(export)
    table = pd.read_excel(export, sheet_name=0)
    about = pd.read_excel(export, sheet_name=1).to_string()
    assert "Your uploaded list (official.xlsx), not the public compilation." in about
    assert len(table) == n
    assert added_id in set(table.iloc[:, -1].astype(str)) or added_id in table.to_string()

    page.get_by_role("button", name="Return to the public list").click()
    wait_for_app(page)
    expect(banner).to_have_count(0)
    click_sidebar_link(page, "Overview")
    public_regions = live.count(participant_type="region")
    expect(page.get_by_test_id("stMetric").first).to_contain_text(f"{public_regions} of 63")
    expect(page).not_to_have_url(re.compile("upload"))
