"""The console in a real browser (Playwright driving Debian's chromium): every role signs
in through the form, the dispute goes from the agent's page to the evaluator's decision
and back, the officer's unredacted view asks for a reason and the audit page shows it,
hostile text stays inert, and no page logs an error.

Screenshots of the main pages go to the test's folder, and to ``$QA_SCREENSHOTS`` when
set (``QA_SCREENSHOTS=docs/images`` refreshes the README's).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from browser import chromium, needs_browser
from console_server import PASSWORDS, prepare, serving

pytestmark = [pytest.mark.slow, needs_browser]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    home = tmp_path_factory.mktemp("console-browser") / "qa-home"
    prepare(home)
    with serving(home) as running:
        yield running


class Visit:
    """One signed-in browser context; collects console errors and dialogs."""

    def __init__(self, browser, server, name: str, shots: Path) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.problems: list[str] = []
        self.shots = shots
        self.page.on(
            "console", lambda m: self.problems.append(m.text) if m.type == "error" else None
        )
        self.page.on("pageerror", lambda e: self.problems.append(str(e)))
        self.page.on("dialog", lambda d: (self.problems.append(f"dialog {d.message}"), d.dismiss()))
        self.base = server.url
        self.page.goto(f"{self.base}/interactions/call-d01")  # sent to sign in first
        assert self.page.url.endswith("/login")
        self.page.fill("input[name=username]", name)
        self.page.fill("input[name=password]", PASSWORDS[name])
        self.page.click("button[type=submit]")
        self.page.wait_for_load_state("load")

    def go(self, path: str) -> None:
        self.page.goto(f"{self.base}{path}")
        self.page.wait_for_load_state("load")

    def shot(self, name: str) -> None:
        path = self.shots / f"console-{name}.png"
        self.page.screenshot(path=str(path), full_page=False)
        wanted = os.environ.get("QA_SCREENSHOTS")
        if wanted:
            shutil.copyfile(path, Path(wanted) / path.name)

    def close(self) -> None:
        self.context.close()


def test_the_main_flows_in_a_browser(server, tmp_path):
    with chromium() as browser:
        ana = Visit(browser, server, "ana", tmp_path)
        assert ana.page.url.endswith("/")  # the agent's scorecards
        ana.shot("agent-index")
        ana.go("/interactions/call-d01")
        ana.page.select_option("select[name=criterion]", "offer_help")
        ana.page.fill("textarea[name=comment]", "I offered help at the end of the call.")
        ana.page.click("form[action$='/disputes'] button[type=submit]")
        ana.page.wait_for_load_state("load")
        assert ana.page.locator("[data-status=open]").count() == 1
        ana.shot("agent-interaction")
        ana.go("/interactions/xss-1")  # hostile transcript and metadata: text, not code
        assert "<script>" in ana.page.inner_text("main")

        eva = Visit(browser, server, "eva", tmp_path)
        eva.go("/disputes")
        row = eva.page.locator("tr[data-dispute]").first
        assert "I offered help" in row.inner_text()
        eva.shot("evaluator-disputes")
        row.locator("input[value=overturn]").check()
        row.locator("input[name=reason]").fill("the offer is at 2:41")
        row.locator("button[type=submit]").click()
        eva.page.wait_for_load_state("load")
        assert "overturned" in eva.page.inner_text("main")
        eva.go("/interactions/call-d01")
        assert eva.page.locator("[data-override=eva]").count() == 1  # as `qa override` does
        eva.shot("evaluator-interaction")

        ana.go("/interactions/call-d01")  # the agent sees the outcome
        assert ana.page.locator("[data-status=overturned]").count() == 1

        olivia = Visit(browser, server, "olivia", tmp_path)
        olivia.go("/interactions/call-d01")
        reason = olivia.page.locator("input[name=reason]")
        assert reason.get_attribute("required") is not None  # the form asks for a reason
        reason.fill("customer complaint CX-9")
        olivia.page.click("form[method=get] button[type=submit]")
        olivia.page.wait_for_load_state("load")
        assert "customer complaint CX-9" in olivia.page.inner_text("main")
        olivia.shot("officer-unredacted")
        olivia.go("/audit")
        assert (
            "customer complaint CX-9"
            in olivia.page.locator("tr[data-action=view_unredacted]").first.inner_text()
        )
        olivia.shot("officer-audit")

        root = Visit(browser, server, "root", tmp_path)
        assert root.page.url.endswith("/users")
        root.shot("admin-users")

        for visit in (ana, eva, olivia, root):
            assert visit.problems == []
            visit.close()
