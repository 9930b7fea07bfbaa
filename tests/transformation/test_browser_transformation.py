"""In Debian chromium: 产业创新局 records a diagnosis and a rating on an enterprise's profile; after the metric
refresh the battle map's coverage and smart-factory indicators change; another department reads but cannot edit."""
import pytest

from actiondesk.core.scoping import SYSTEM
from actiondesk.plans.models import Indicator
from actiondesk.plans.services import indicators_bind_suggested
from actiondesk.supervision.periods import periods_ensure
from actiondesk.supervision.services_metrics import metric_values_refresh
from actiondesk.transformation.models import Diagnosis, FactoryRating
from tests.transformation.helpers import D, diagnose, enterprise

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _actual(page, indicator) -> float:
    text = page.locator(f"tr[data-indicator='{indicator.pk}'] [data-actual]").inner_text().strip()
    return float(text.replace("%", "").replace(",", "") or "nan")


def test_innovation_records_a_diagnosis_and_a_rating_and_the_battle_map_follows_after_the_refresh(
        page, browser, browser_login, live_server, full_plan, departments, alice, bob, supervisor, artifacts_dir):
    zone = full_plan.zone
    indicators_bind_suggested(plan=full_plan, acting_user=SYSTEM)  # as the admin's one-click binding does
    periods_ensure(plan=full_plan, acting_user=SYSTEM)
    coverage = Indicator.objects.get(plan=full_plan, metric="transformation.diagnosis_coverage")
    smart = Indicator.objects.get(plan=full_plan, metric="transformation.new_smart_basic_advanced")
    diagnose(enterprise(zone, 1, name="沈抚美托科技有限公司", entered=D(2020, 1, 1)), D(2026, 3, 1))
    firm = enterprise(zone, 2, name="沈抚百轩食品有限公司", entered=D(2020, 1, 1))
    metric_values_refresh(plan=full_plan, acting_user=SYSTEM)  # the values as they stood before the records
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    browser_login(page, "alice")
    page.goto(f"{live_server.url}/enterprises/{firm.pk}/")
    page.click("#transformation >> text=记录评估诊断")
    page.fill("#id_diagnosed_on", "2026-06-15")
    page.select_option("#id_method", "on_site")
    page.fill("#id_level_overall", "2")
    page.fill("#id_provider", "双智赋能中心")
    page.fill("#id_findings", "设备联网率低")
    page.click("#transformation-form button[type=submit]")
    page.wait_for_selector("#transformation-diagnoses >> text=2026-06-15")
    page.click("#transformation >> text=记录工厂评级")
    page.select_option("#id_kind", "smart")
    page.select_option("#id_level", "basic")
    page.select_option("#id_stage", "recognised")
    page.fill("#id_recognised_on", "2026-06-20")
    page.fill("#id_certificate_number", "辽工信智备〔2026〕027")
    page.click("#transformation-form button[type=submit]")
    page.wait_for_selector("#transformation-ratings >> text=基础级")
    page.screenshot(path=str(artifacts_dir / "transformation-profile.png"), full_page=True)
    assert Diagnosis.objects.filter(enterprise=firm).count() == 1
    assert FactoryRating.objects.filter(enterprise=firm, level="basic").count() == 1

    reviewer = browser.new_context(viewport={"width": 1920, "height": 1080}, locale="zh-CN").new_page()
    reviewer.set_default_timeout(15000)
    browser_login(reviewer, "supervisor")
    reviewer.goto(f"{live_server.url}/supervision/?period=2026-06")
    assert _actual(reviewer, coverage) == 50 and _actual(reviewer, smart) == 0
    with reviewer.expect_navigation():  # HX-Refresh reloads the page once the values are stored
        reviewer.click("[data-refresh-metrics]")
    reviewer.wait_for_load_state("networkidle")
    assert _actual(reviewer, coverage) == 100 and _actual(reviewer, smart) == 1
    reviewer.screenshot(path=str(artifacts_dir / "transformation-battle-map.png"))
    reviewer.context.close()

    other = browser.new_context(viewport={"width": 1440, "height": 900}, locale="zh-CN").new_page()
    other.set_default_timeout(15000)
    browser_login(other, "bob")
    other.goto(f"{live_server.url}/enterprises/{firm.pk}/")
    panel = other.locator("#transformation")
    assert "2026-06-15" in panel.inner_text() and "基础级" in panel.inner_text()
    assert panel.locator("text=记录评估诊断").count() == 0 and panel.locator("text=编辑").count() == 0
    assert other.goto(f"{live_server.url}/transformation/enterprises/{firm.pk}/diagnoses/new/").status == 403
    other.goto(f"{live_server.url}/transformation/coverage/")
    assert "100.0%" in other.locator("#coverage-kpi").inner_text()
    other.wait_for_function("document.querySelector('#coverage-park canvas') !== null")
    status = other.evaluate("""async (id) => {
        const csrf = document.cookie.split('; ').find(c => c.startsWith('csrftoken='));
        const r = await fetch('/api/transformation/enterprises/' + id + '/ratings', {method: 'POST',
            headers: {'Content-Type': 'application/json', 'X-CSRFToken': csrf ? csrf.split('=')[1] : ''},
            body: JSON.stringify({kind: 'green', level: 'provincial'})});
        return r.status; }""", firm.pk)
    assert status == 403
    other.context.close()
    assert errors == []
