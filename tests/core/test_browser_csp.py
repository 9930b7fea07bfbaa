"""With the Content-Security-Policy on, the pages with charts and htmx run without a single CSP violation."""
import pytest
from rich.console import Console

from actiondesk.chains.models import Chain
from actiondesk.demo import DEMO_PASSWORD, load_demo
from actiondesk.enterprises.models import Enterprise
from actiondesk.plans.models import Indicator
from actiondesk.projects.models import Project

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Runs before any page script (CDP bypasses the page's CSP): collects every violation the browser reports.
COLLECT_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__cspViolations.push(e.violatedDirective + " " + (e.blockedURI || "inline") + " " + (e.sourceFile || "") + ":" + e.lineNumber);
});
"""


def _visit(page, url, ready, problems):
    response = page.goto(url)
    assert response.status == 200, url
    assert "script-src 'self'" in response.headers["content-security-policy"]
    page.wait_for_load_state("networkidle")
    page.wait_for_selector(ready, state="attached")
    problems.extend(f"{url}: {v}" for v in page.evaluate("window.__cspViolations"))


def test_charts_and_htmx_pages_run_under_the_csp(page, browser_login, live_server, artifacts_dir):
    demo = load_demo(console=Console(quiet=True))
    plan = demo["plan"]
    problems = []
    page.on("console", lambda msg: problems.append(f"console: {msg.text}")
            if msg.type == "error" and "Content Security Policy" in msg.text else None)
    page.on("pageerror", lambda exc: problems.append(f"pageerror: {exc}"))
    page.add_init_script(COLLECT_VIOLATIONS)
    browser_login(page, "admin", DEMO_PASSWORD)
    base = live_server.url

    _visit(page, f"{base}/supervision/", "#trend canvas", problems)
    page.hover("#trend canvas", position={"x": 200, "y": 150})  # the ECharts tooltip is HTML with style attributes
    page.select_option("#chart-pick", index=1) if page.locator("#chart-pick").count() else None
    page.screenshot(path=str(artifacts_dir / "csp-battle-map.png"))

    enterprise = Enterprise.objects.filter(zone=plan.zone, figures__isnull=False).distinct().first()
    _visit(page, f"{base}/enterprises/{enterprise.pk}/", "#figures-chart[data-rendered] canvas", problems)
    page.hover("#figures-chart canvas", position={"x": 300, "y": 140})

    _visit(page, f"{base}/projects/", "#chart-months[data-rendered] canvas", problems)
    project = Project.objects.filter(zone=plan.zone).first()
    _visit(page, f"{base}/projects/{project.pk}/", "#stage-card", problems)

    chain = Chain.objects.filter(zone=plan.zone).first()
    _visit(page, f"{base}/chains/{chain.pk}/", "#chain-tree[data-rendered] canvas", problems)
    page.click("#segments tbody tr a")  # htmx loads the segment panel
    page.wait_for_load_state("networkidle")
    assert page.locator("#segment-panel").inner_text().strip()
    page.screenshot(path=str(artifacts_dir / "csp-chain-map.png"))

    _visit(page, f"{base}/innovation/talent/", "#talent-chart[data-rendered] canvas", problems)
    page.hover("#talent-chart canvas", position={"x": 300, "y": 100})
    _visit(page, f"{base}/innovation/scenes/", "#new-demand", problems)

    indicator = Indicator.objects.filter(plan=plan).first()
    _visit(page, f"{base}/plans/indicators/{indicator.pk}/", "#trend[data-rendered] canvas", problems)

    # Former inline handlers now live in app.js: the period select submits its form, the language switch too.
    page.goto(f"{base}/supervision/")
    with page.expect_navigation():
        page.select_option("select[name=status]", "lagging")
    assert "status=lagging" in page.url
    with page.expect_navigation():
        page.select_option("select[name=language]", "en")
    assert page.locator("html").get_attribute("lang") == "en"
    problems.extend(page.evaluate("window.__cspViolations"))

    assert problems == []
