import pytest

from actiondesk.investment.models import Lead

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_investment_bureau_signs_a_gap_segment_lead_and_the_chain_map_shows_the_new_project(
        page, browser_login, live_server, carol, reducer_lead, robot_chain, artifacts_dir):
    browser_login(page, "carol")
    page.goto(f"{live_server.url}/investment/{reducer_lead.pk}/")
    page.select_option("#advance-form select[name=stage]", "signed")
    page.fill("#advance-form input[name=note]", "签订投资协议")
    page.click("#advance-form button[type=submit]")
    page.wait_for_selector("#lead-project")
    assert page.inner_text("#lead-stage") == "签约"
    project = Lead.objects.select_related("project").get(pk=reducer_lead.pk).project
    page.goto(f"{live_server.url}/chains/{robot_chain.pk}/")
    segment = page.locator('#chain-pipeline .pipeline-segment[data-segment="精密减速器"]')
    assert "招商重点" in segment.inner_text()
    assert segment.locator(f'a[data-project="{project.code}"]').count() == 1
    page.screenshot(path=str(artifacts_dir / "chain-map-signed-lead.png"), full_page=True)
