import pytest

from actiondesk.chainwork.models import ChainProblem, MeetingDecision
from actiondesk.orders.models import Order

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_chain_leader_records_a_problem_and_a_meeting_decision_that_becomes_a_supervision_order(
        page, browser_login, live_server, chief, robot_chain, departments, artifacts_dir):
    investment = departments["投资促进局"]
    browser_login(page, "zhang")
    page.goto(f"{live_server.url}/chainwork/chains/{robot_chain.pk}/")
    page.click("#add-problem summary")
    form = page.locator("#add-problem form")
    form.locator("input[name=title]").fill("精密减速器配套不足")
    form.locator("select[name=raised_by]").select_option("chain_leader_firm")
    form.locator("select[name=owner_department]").select_option(str(investment.pk))
    form.locator("input[name=raised_on]").fill("2026-03-01")
    form.locator("button[type=submit]").click()
    page.wait_for_selector('tr[data-problem="精密减速器配套不足"]')
    page.click("#add-meeting summary")
    meeting = page.locator("#add-meeting form")
    meeting.locator("input[name=title]").fill("特种机器人链长第一次会议")
    meeting.locator("input[name=held_on]").fill("2026-03-15")
    meeting.locator("button[type=submit]").click()
    block = page.locator('.meeting[data-meeting="特种机器人链长第一次会议"]')
    block.locator("summary").click()
    decision = block.locator("form.decision-form")
    decision.locator("textarea[name=text]").fill("投资促进局牵头对接减速器企业")
    decision.locator("select[name=departments]").select_option(str(investment.pk))
    decision.locator("input[name=due_on]").fill("2026-06-30")
    decision.locator("select[name=problem]").select_option(
        str(ChainProblem.objects.get(title="精密减速器配套不足").pk))
    decision.locator("button[type=submit]").click()
    page.wait_for_selector(".decision a[data-order]")
    order = Order.objects.get(pk=MeetingDecision.objects.get().order_id)
    assert order.source_kind == "meeting" and order.created_by == chief
    assert list(order.departments.all()) == [investment]
    assert ChainProblem.objects.get().state == "in_progress"
    page.screenshot(path=str(artifacts_dir / "chain-leader-docket.png"), full_page=True)
