import pytest
from django.urls import reverse

from actiondesk.core.models import AuditEntry
from actiondesk.plans.models import Indicator, Task

pytestmark = pytest.mark.django_db


def _indicator_led_by(plan, department_name):
    return Indicator.objects.filter(plan=plan, tasks__lead_departments__name=department_name).first()


def test_department_user_sees_the_plan_overview_with_tasks_and_targets(login, alice, plan):
    response = login(alice).get(reverse("plans:overview"))
    assert response.status_code == 200
    body = response.content.decode()
    assert "加速科技成果转化应用" in body and "签约产业类项目" in body
    assert body.count('data-task="') == 2


def test_overview_runs_a_bounded_number_of_queries(login, alice, plan, django_assert_max_num_queries):
    client = login(alice)
    with django_assert_max_num_queries(20):
        client.get(reverse("plans:overview"))


def test_my_department_page_lists_the_tasks_the_department_leads_and_supports(login, alice, bob, plan):
    body = login(alice).get(reverse("plans:my_department")).content.decode()
    assert "加速科技成果转化应用" in body  # 产业创新局 leads task 1
    assert "巩固提升主导产业" in body  # and supports task 2
    body = login(bob).get(reverse("plans:my_department")).content.decode()
    assert "巩固提升主导产业" in body  # 发展改革局 leads task 2
    assert "加速科技成果转化应用" not in body  # and has no part in task 1


def test_department_user_is_refused_on_another_departments_indicator_edit_page(login, bob, plan):
    indicator = _indicator_led_by(plan, "产业创新局")
    assert not indicator.tasks.filter(lead_departments__name="发展改革局").exists()
    assert not indicator.tasks.filter(support_departments__name="发展改革局").exists()
    response = login(bob).get(reverse("plans:indicator_edit", args=[indicator.pk]))
    assert response.status_code == 403


def test_outsider_from_another_zone_cannot_see_the_plan(login, mallory, plan):
    task = Task.objects.get(plan=plan, number="1")
    assert login(mallory).get(reverse("plans:task_detail", args=[task.pk])).status_code == 404


def test_editing_an_indicator_records_an_audit_entry_with_before_and_after(login, admin, plan):
    indicator = _indicator_led_by(plan, "产业创新局")
    old = indicator.target_value
    response = login(admin).post(reverse("plans:indicator_edit", args=[indicator.pk]), {
        "name": indicator.name, "target_value": "120", "unit": indicator.unit, "comparator": indicator.comparator,
        "kind": indicator.kind, "reference": "", "baseline": "", "value_max": "", "metric": "",
        "lead_department": indicator.lead_department_id or ""})
    assert response.status_code == 302
    entry = AuditEntry.objects.filter(object_id=str(indicator.pk), action="update").get()
    assert entry.actor == admin
    assert entry.before == {"target_value": format(old.normalize(), "f")}
    assert entry.after == {"target_value": "120"}


def test_responsible_department_edits_the_baseline_and_it_is_audited(login, alice, plan):
    indicator = _indicator_led_by(plan, "产业创新局")
    response = login(alice).post(reverse("plans:indicator_edit", args=[indicator.pk]),
                                 {"baseline": "61", "reference": ""})
    assert response.status_code == 302
    entry = AuditEntry.objects.get(object_id=str(indicator.pk), action="update")
    assert entry.actor == alice and entry.before == {"baseline": None} and entry.after == {"baseline": "61"}


def test_responsible_department_cannot_change_the_target_itself(login, alice, plan):
    indicator = _indicator_led_by(plan, "产业创新局")
    client = login(alice)
    form = client.get(reverse("plans:indicator_edit", args=[indicator.pk])).content.decode()
    assert 'name="target_value"' not in form
    response = client.patch(f"/api/plans/indicators/{indicator.pk}", {"target_value": "1"},
                            content_type="application/json")
    assert response.status_code == 403
    indicator.refresh_from_db()
    assert indicator.target_value != 1


def test_a_goal_target_restated_in_a_task_is_one_indicator_linked_to_both(plan):
    indicator = Indicator.objects.get(plan=plan, name="高技术成果")
    assert indicator.goals.count() == 1
    assert list(indicator.tasks.values_list("number", flat=True)) == ["1"]
    assert Indicator.objects.filter(plan=plan, name__contains="高技术成果").count() == 1


def test_api_refuses_a_department_patching_another_departments_indicator(login, bob, plan):
    indicator = _indicator_led_by(plan, "产业创新局")
    response = login(bob).patch(f"/api/plans/indicators/{indicator.pk}", {"target_value": "1"},
                                content_type="application/json")
    assert response.status_code == 403


def test_api_lists_tasks_with_chinese_unescaped(login, alice, plan):
    response = login(alice).get(f"/api/plans/{plan.pk}/tasks")
    assert response.status_code == 200
    assert "巩固提升主导产业" in response.content.decode()
    assert [t["number"] for t in response.json()] == ["1", "2"]


def test_api_requires_authentication(client, plan):
    assert client.get(f"/api/plans/{plan.pk}/tasks").status_code == 401


def test_user_text_is_escaped_on_pages(login, admin, plan):
    indicator = Indicator.objects.filter(plan=plan).first()
    indicator.name = "<script>alert(1)</script>"
    indicator.save()
    body = login(admin).get(reverse("plans:indicator_detail", args=[indicator.pk])).content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


def test_leader_cannot_edit_indicators(login, leader, plan):
    indicator = Indicator.objects.filter(plan=plan).first()
    assert login(leader).get(reverse("plans:indicator_edit", args=[indicator.pk])).status_code == 403


def test_audit_list_is_for_admins_and_supervisors_only(login, alice, supervisor, plan):
    assert login(alice).get(reverse("audit_list")).status_code == 403
    body = login(supervisor).get(reverse("audit_list")).content.decode()
    assert "导入方案" in body


def test_lead_departments_keep_the_order_the_plan_names_them(login, alice, full_plan, gold_reading):
    plan = full_plan
    tasks = login(alice).get(f"/api/plans/{plan.pk}/tasks").json()
    assert [t["lead"] for t in tasks] == [t["lead"] for t in gold_reading["tasks"]]
    assert tasks[1]["lead"] == ["投资促进局", "产业创新局"]  # task 2: 投资促进局 is the primary lead
