"""A real headless browser for report tests: Debian's chromium, driven by Playwright.

Playwright never downloads a browser here (``playwright install`` fails offline); it
drives the system's ``chromium``, which ``make`` installs when it is missing.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_browser = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium on this machine (make installs it where it may)"
)


@dataclass
class OpenedPage:
    page: object
    problems: list[str] = field(default_factory=list)


@contextmanager
def chromium() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        )
        try:
            yield browser
        finally:
            browser.close()


def open_page(browser, path: Path, dialogs: list[str]) -> OpenedPage:
    """Open a report file; console errors, page errors and dialogs are collected."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    opened = OpenedPage(page)
    page.on(
        "console",
        lambda m: (
            opened.problems.append(f"console {m.type}: {m.text}")
            if m.type in ("error", "warning")
            else None
        ),
    )
    page.on("pageerror", lambda e: opened.problems.append(f"page error: {e}"))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(path.resolve().as_uri())
    page.wait_for_load_state("load")
    return opened
