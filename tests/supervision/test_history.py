"""Status history for leaders: per period the count of each status, each department's score and rank with its
move, and each indicator's status by month; an issued period shows what was issued."""
import datetime

import pytest

from actiondesk.core.scoping import SYSTEM
from actiondesk.plans.models import Indicator
from actiondesk.plans.services import indicator_update
from actiondesk.supervision import services
from actiondesk.supervision.selectors_history import status_history
from actiondesk.supervision.services_issue import period_issue

pytestmark = pytest.mark.django_db
JULY_20 = datetime.date(2026, 7, 20)


@pytest.fixture
def filed(plan, periods, alice, bob, supervisor, file_report, get_indicator, departments):
    """产业创新局 reports from April; 发展改革局 only in June; April is issued."""
    for indicator in Indicator.objects.filter(plan=plan, lead_department__isnull=True, tasks__isnull=True):
        indicator_update(indicator=indicator, acting_user=SYSTEM, lead_department=departments["发展改革局"])
    for month, value in ((4, 2), (5, 3), (6, 3)):
        report = file_report(alice, periods[month], {get_indicator("高技术成果"): value})
        services.report_approve(report=report, acting_user=supervisor)
    file_report(bob, periods[6], {get_indicator("年度投资"): 4})
    period_issue(period=periods[4], acting_user=supervisor, today=datetime.date(2026, 5, 20))


def test_history_counts_statuses_and_moves_ranks_per_period(plan, filed):
    history = status_history(plan, today=JULY_20)
    codes = [h.period.code for h in history["periods"]]
    assert codes == [f"2026-{m:02d}" for m in range(1, 8)]  # every period begun by 20 July
    april = history["periods"][3]
    assert april.issue is not None and history["periods"][4].issue is None
    assert sum(april.snapshot["counts"].values()) == Indicator.objects.filter(plan=plan).count()
    june = history["periods"][5]
    assert june.snapshot["counts"]["severe"] >= 1  # 年度投资 4 of 32 by June
    assert june.red == june.snapshot["counts"]["lagging"] + june.snapshot["counts"]["severe"]
    rows = {r["department"]: r["cells"] for r in history["ranking"]}
    assert set(rows) == {"发展改革局", "产业创新局", "投资促进局", "财政金融局", "规划建设局"}
    innovation = rows["产业创新局"]
    assert all(c["move"] == (0 if i == 0 else innovation[i - 1]["rank"] - c["rank"])
               for i, c in enumerate(innovation))
    # June: 发展改革局's first report shows 年度投资 far behind and drops it two places; 产业创新局 moves up one.
    assert (rows["发展改革局"][4]["rank"], rows["发展改革局"][5]["rank"], rows["发展改革局"][5]["down"]) == (1, 3, 2)
    assert (innovation[4]["rank"], innovation[5]["rank"], innovation[5]["up"]) == (3, 2, 1)
    high_tech = next(m for m in history["chart"]["multiples"] if m["name"] == "高技术成果")
    assert len(high_tech["levels"]) == 7 and high_tech["levels"][0] is None  # nothing counted in January


def test_the_history_page_is_read_by_departments_leaders_and_the_office_in_a_fixed_number_of_queries(
        plan, filed, bob, leader, supervisor, login, django_assert_max_num_queries):
    from actiondesk.supervision.scoring import score_components

    # Each score component a higher app registers (督办单, 企业诉求) reads once for all the periods shown.
    budget = 24 + len(score_components())
    for user in (bob, leader, supervisor):
        client = login(user)
        with django_assert_max_num_queries(budget):
            body = client.get("/supervision/history/").content.decode()
        assert 'id="rank-history"' in body and "↑" in body and 'id="history-chart"' in body
        assert "data-issued" in body and "<script>" not in body  # CSP: data in json_script, code in a file


def test_an_outsider_sees_nothing_of_the_zones_history(plan, filed, mallory, login):
    client = login(mallory)
    body = client.get(f"/supervision/history/?plan={plan.pk}").content.decode()
    assert plan.title not in body and "产业创新局" not in body
    assert client.get(f"/api/supervision/{plan.pk}/history").status_code == 404


def test_the_history_api_gives_each_period_with_its_issue(plan, filed, bob, login):
    periods = login(bob).get(f"/api/supervision/{plan.pk}/history").json()["periods"]
    april = next(p for p in periods if p["period"] == "2026-04")
    assert april["issued"] and april["ranking"][0]["rank"] == 1
    assert not next(p for p in periods if p["period"] == "2026-06")["issued"]
