import datetime

import pytest
from django.urls import reverse

from actiondesk.plans.models import Indicator, Programme, Task
from actiondesk.supervision import services
from actiondesk.supervision.models import Comment, PeriodReport

pytestmark = pytest.mark.django_db


def test_outsider_sees_no_battle_map_report_or_api_data(login, mallory, plan, periods, alice, file_report,
                                                        get_indicator):
    report = file_report(alice, periods[6], {get_indicator("高技术成果"): 3})
    client = login(mallory)
    assert "高技术成果" not in client.get(reverse("supervision:battle_map") + f"?plan={plan.pk}").content.decode()
    assert client.get(reverse("supervision:report_detail", args=[report.pk])).status_code == 404
    assert client.get(reverse("supervision:report_edit", args=[periods[6].pk])).status_code == 404
    assert client.get(f"/api/supervision/reports/{report.pk}").status_code == 404
    assert client.get(f"/api/supervision/{plan.pk}/battle-map").status_code == 404
    assert client.get("/api/supervision/reports").json() == []


def test_anonymous_users_are_sent_to_login(client):
    assert client.get(reverse("supervision:battle_map")).status_code == 302


def test_battle_map_shows_goals_programmes_tasks_ranking_and_rules(login, leader, plan, periods, alice,
                                                                   supervisor, file_report, get_indicator):
    services.report_approve(report=file_report(alice, periods[6], {get_indicator("高技术成果"): 3}),
                            acting_user=supervisor)
    body = login(leader).get(reverse("supervision:battle_map") + "?period=2026-06").content.decode()
    assert body.count('data-task="') == 2
    assert "部门督导考核排名" in body and "银川" in body and "0–10个百分点" in body
    assert "每项逾期20分" in body and "每次退回25分" in body  # the named scoring factors, not copied text
    report = PeriodReport.objects.get()
    assert reverse("supervision:report_detail", args=[report.pk]) in body  # the figure links to its report
    assert 'vendor/echarts/echarts.min.js' in body


def test_battle_map_filters_by_department_programme_and_status(login, leader, plan, periods, departments):
    client = login(leader)
    finance = departments["财政金融局"]
    body = client.get(reverse("supervision:battle_map") + f"?period=2026-06&department={finance.pk}").content.decode()
    assert body.count('data-task="') == 1 and 'data-task="2"' in body  # 财政金融局 co-leads task 2 only
    assert client.get(reverse("supervision:battle_map") + "?period=2026-06&status=done").content.decode().count(
        'data-task="') == 0
    other = Programme.objects.create(plan=plan, number="(二)", position=2, title="加力实施“强基跃升”工程")
    Task.objects.create(plan=plan, number="3", position=3, title="培育壮大新兴产业", programme=other)
    body = client.get(reverse("supervision:battle_map") + f"?programme={other.pk}").content.decode()
    assert body.count('data-task="') == 1 and 'data-task="3"' in body


@pytest.mark.parametrize("extra", [0, 60])
def test_battle_map_runs_at_most_25_queries_whatever_the_number_of_indicators(
        login, leader, plan, periods, alice, supervisor, file_report, django_assert_max_num_queries, extra,
        get_indicator, get_task):
    task = get_task("1")
    added = Indicator.objects.bulk_create([Indicator(plan=plan, name=f"附加指标{i}", target_value=10, unit="项",
                                                     position=100 + i) for i in range(extra)])
    task.indicators.add(*added)
    for month in range(1, 7):
        report = file_report(alice, periods[month], {i: month for i in [get_indicator("高技术成果"), *added]})
        services.report_approve(report=report, acting_user=supervisor)
    client = login(leader)
    with django_assert_max_num_queries(25):
        response = client.get(reverse("supervision:battle_map") + "?period=2026-06")
    assert response.status_code == 200
    assert response.content.decode().count("data-indicator=") == Indicator.objects.filter(plan=plan).count()


def test_department_fills_in_and_submits_its_report_on_the_page(login, alice, plan, periods, get_indicator, get_task):
    indicator, task = get_indicator("高技术成果"), get_task("1")
    client = login(alice)
    url = reverse("supervision:report_edit", args=[periods[6].pk])
    assert indicator.name in client.get(url).content.decode()
    response = client.post(url, {f"value_{indicator.pk}": "3", f"progress_{task.pk}": "攻关项目2项",
                                 "action": "submit", "confirm_blank": "1"})
    assert response.status_code == 302
    report = PeriodReport.objects.get()
    assert report.status == "submitted" and report.values.get(indicator=indicator).value == 3


def test_department_cannot_open_or_review_another_departments_report(login, alice, bob, plan, periods, file_report,
                                                                     get_indicator):
    report = file_report(alice, periods[6], {get_indicator("高技术成果"): 3}, submit=False)
    client = login(bob)
    assert client.get(reverse("supervision:report_detail", args=[report.pk])).status_code == 404
    assert client.post(reverse("supervision:report_review", args=[report.pk]), {"action": "approve"}).status_code == 404
    response = client.post(f"/api/supervision/reports/{report.pk}/submit")
    assert response.status_code == 404
    response = client.post(f"/api/supervision/periods/{periods[6].pk}/report",
                           {"values": [{"indicator": get_indicator("高技术成果").pk, "value": "9"}]},
                           content_type="application/json")
    assert response.status_code == 403
    assert PeriodReport.objects.get(pk=report.pk).values.get().value == 3


def test_leader_cannot_approve_on_the_page_or_the_api(login, leader, alice, periods, file_report, get_indicator):
    report = file_report(alice, periods[6], {get_indicator("高技术成果"): 3})
    client = login(leader)
    assert client.post(reverse("supervision:report_review", args=[report.pk]), {"action": "approve"}).status_code == 403
    assert client.post(f"/api/supervision/reports/{report.pk}/approve").status_code == 403
    assert PeriodReport.objects.get(pk=report.pk).status == "submitted"


def test_supervisor_approves_and_returns_through_the_api(login, supervisor, alice, plan, periods, file_report,
                                                        get_indicator):
    report = file_report(alice, periods[6], {get_indicator("高技术成果"): 3})
    client = login(supervisor)
    response = client.post(f"/api/supervision/reports/{report.pk}/return", {"reason": "请附佐证材料"},
                           content_type="application/json")
    assert response.json()["status"] == "returned" and response.json()["return_reason"] == "请附佐证材料"
    alice_client = login(alice)
    response = alice_client.post(f"/api/supervision/reports/{report.pk}/submit")
    assert response.json()["status"] == "submitted"
    client = login(supervisor)
    assert client.post(f"/api/supervision/reports/{report.pk}/approve").json()["status"] == "approved"
    status = client.get(f"/api/supervision/{plan.pk}/status?period=2026-06").json()
    row = next(i for i in status["indicators"] if i["name"] == "高技术成果")
    assert (row["actual"], row["status"], row["expected"]) == ("3", "超序时", "3")  # 2.5项 expected: counts are whole


def test_api_lists_periods_and_battle_map_json(login, leader, plan, periods):
    client = login(leader)
    assert len(client.get(f"/api/supervision/{plan.pk}/periods").json()) == 12
    data = client.get(f"/api/supervision/{plan.pk}/battle-map?period=2026-06").json()
    assert [t["number"] for t in data["tasks"]] == ["1", "2"] and data["expected_share"] == 50.0


def test_leader_comments_on_a_task_and_the_department_sees_it(login, leader, alice, plan, periods, get_task):
    task = get_task("1")
    response = login(leader).post(reverse("supervision:comment_add"), {"task": task.pk, "text": "加快认定进度"})
    assert response.status_code == 302
    assert "加快认定进度" in login(alice).get(reverse("plans:task_detail", args=[task.pk])).content.decode()
    assert "加快认定进度" in login(alice).get(reverse("plans:my_department")).content.decode()


def test_department_cannot_comment(login, alice, plan, get_task):
    task = get_task("1")
    assert login(alice).post(reverse("supervision:comment_add"), {"task": task.pk, "text": "x"}).status_code == 403
    assert not Comment.objects.exists()


def test_admin_revises_a_target_on_the_page_and_pages_show_both(login, admin, alice, plan, periods, get_indicator):
    indicator = get_indicator("成果路演、对接活动")
    client = login(admin)
    response = client.post(reverse("supervision:indicator_revise", args=[indicator.pk]),
                           {"value": "8", "reason": "场地改造，下调"})
    assert response.status_code == 302
    body = client.get(reverse("plans:indicator_detail", args=[indicator.pk])).content.decode()
    assert "调整后 8" in body and "场地改造，下调" in body
    assert login(alice).get(reverse("supervision:indicator_revise", args=[indicator.pk])).status_code == 403


def test_my_department_lists_due_and_overdue_reports(login, alice, plan, periods, monkeypatch):
    from django.utils import timezone

    monkeypatch.setattr(timezone, "localdate", lambda *a: datetime.date(2026, 7, 3))
    body = login(alice).get(reverse("plans:my_department")).content.decode()
    assert "待报送 / 逾期报告" in body
    assert "逾期" in body and "2026年1-5月" in body and "待报送" in body  # June is due on 5 July


def test_export_downloads_docx_and_xlsx(login, leader, plan, periods):
    client = login(leader)
    response = client.get(reverse("supervision:export", args=["2026-06", "docx"]))
    assert response.status_code == 200 and response.content[:2] == b"PK"
    assert client.get(reverse("supervision:export", args=["2025-06", "xlsx"])).status_code == 404


def test_api_revises_a_target_for_admins_only(login, admin, leader, plan, get_indicator):
    indicator = get_indicator("成果路演、对接活动")
    url = f"/api/supervision/indicators/{indicator.pk}/revise"
    assert login(leader).post(url, {"value": "8", "reason": "x"}, content_type="application/json").status_code == 403
    response = login(admin).post(url, {"value": "8", "reason": "场地改造"}, content_type="application/json")
    data = response.json()
    assert float(data["original_target"]) == 10
    assert [(float(r["previous"]), float(r["value"]), r["reason"]) for r in data["revisions"]] == [(10, 8, "场地改造")]
    assert login(admin).post(url, {"value": "7"}, content_type="application/json").status_code == 422


def test_battle_map_says_when_no_indicator_matches_the_filters(login, leader, plan, periods, departments):
    body = login(leader).get(reverse("supervision:battle_map") + "?period=2026-06&department="
                             f"{departments['规划建设局'].pk}").content.decode()  # no duty in the plan
    assert "data-indicator=" not in body and "无符合筛选的指标" in body


def test_battle_map_in_english_heads_each_goal_in_english_punctuation(login, leader, plan, periods):
    client = login(leader)
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    body = client.get(reverse("supervision:battle_map") + "?period=2026-06").content.decode()
    assert "Goal 1: " in body and "Goal1：" not in body
