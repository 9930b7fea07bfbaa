import datetime

import pytest

from actiondesk.enterprises.models import Certification, Enterprise
from actiondesk.parks.models import Park
from tests.enterprises.figures import add_figures
from tests.enterprises.sheets import code


@pytest.fixture
def browser_enterprise(zone, leader):
    enterprise = Enterprise.objects.create(zone=zone, credit_code=code(7), name="沈抚锐易医疗科技有限公司",
                                           industry_code="C3581", industry_section="C", park=Park.objects.create(zone=zone, name="生命健康产业园"),
                                           registered_on=datetime.date(2016, 4, 1), leader=leader)
    for year in (2022, 2023, 2024, 2025):
        add_figures(enterprise, year, revenue=10000 - (2025 - year) * 1000)
    Certification.objects.create(enterprise=enterprise, kind="tech_sme", granted_on=datetime.date(2026, 3, 20))
    return enterprise


@pytest.mark.django_db(transaction=True)
def test_a_reader_sees_the_ladder_gaps_but_cannot_edit(page, browser_login, live_server, bob, browser_enterprise,
                                                       artifacts_dir):
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    browser_login(page, "bob")
    page.goto(f"{live_server.url}/enterprises/")
    page.click(f"text={browser_enterprise.name}")
    page.wait_for_selector("#ladders")
    page.goto(page.url + "?on=2026-06-01")
    ladder = page.locator("[data-ladder=tech]")
    assert "科技型中小企业" in ladder.locator(".position").inner_text()
    assert "研发费用占营收（5000万–2亿） 3.1%，需 ≥ 4%" in ladder.locator(".gaps").inner_text()
    page.wait_for_selector("#figures-chart[data-rendered='1']")
    assert page.locator("#edit-enterprise").count() == 0
    page.screenshot(path=str(artifacts_dir / "enterprises-profile.png"), full_page=True)
    response = page.goto(f"{live_server.url}/enterprises/{browser_enterprise.pk}/edit/")
    assert response.status == 403
    page.goto(f"{live_server.url}/enterprises/")
    status = page.evaluate("""async (id) => {
        const csrf = document.cookie.split('; ').find(c => c.startsWith('csrftoken='));
        const r = await fetch('/api/enterprises/' + id, {method: 'PATCH', headers: {'Content-Type': 'application/json',
            'X-CSRFToken': csrf ? csrf.split('=')[1] : ''}, body: JSON.stringify({name: '改名'})});
        return r.status; }""", browser_enterprise.pk)
    assert status == 403
    assert errors == []


@pytest.mark.django_db(transaction=True)
def test_the_profile_does_not_scroll_sideways_on_a_laptop(browser, browser_login, live_server, bob,
                                                          browser_enterprise):
    page = browser.new_context(viewport={"width": 1366, "height": 768}, locale="zh-CN").new_page()
    browser_login(page, "bob")
    page.goto(f"{live_server.url}/enterprises/{browser_enterprise.pk}/")
    page.wait_for_selector("#ladders")
    # the 14 columns of 年度数据 scroll inside their card
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
