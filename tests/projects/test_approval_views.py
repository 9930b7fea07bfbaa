"""Approval pages and API: the project's approvals section, the 台账 and its export, the step settings page,
the 开工 gate on the web form and the API, and the alerts at a bounded number of queries."""
import datetime
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from actiondesk.core.models import AuditEntry
from actiondesk.core.scoping import SYSTEM
from actiondesk.parks.choices import ReadinessItem
from actiondesk.parks.models import LandParcel, ParcelReadiness, Park
from actiondesk.projects.choices import Stage
from actiondesk.projects.models import ApprovalStep, ProjectApproval
from actiondesk.projects.services_approvals import approvals_ensure

pytestmark = pytest.mark.django_db
D = datetime.date
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def signed(make_project, departments):
    ApprovalStep.objects.filter(zone=departments["规划建设局"].zone).update(department=departments["规划建设局"])
    project = make_project(stage=Stage.SIGNED, stage_on=D(2026, 2, 1), signed_on=D(2026, 2, 1))
    approvals_ensure(project=project, acting_user=SYSTEM)
    return project


@pytest.fixture
def granter(make_user, departments):
    return make_user("granter", "department", departments["规划建设局"])


def _record(project, name):
    return ProjectApproval.objects.get(project=project, step__name=name)


def test_the_project_page_shows_each_step_and_what_is_missing_before_start(login, leader, signed):
    ProjectApproval.objects.filter(project=signed).exclude(step__name="环评").update(granted_on=D(2026, 3, 1))
    ProjectApproval.objects.filter(project=signed, step__name="环评").update(planned_on=D(2026, 3, 1))
    body = login(leader).get(reverse("projects:project_detail", args=[signed.pk])).content.decode()
    assert 'id="approvals"' in body and "开工前待办结 1 项" in body and "逾期" in body
    assert "approval-edit" not in body  # a leader reads, does not record


def test_the_lead_and_the_granting_department_record_an_approval_others_are_refused(
        login, alice, bob, granter, mallory, signed):
    record = _record(signed, "施工许可")
    url = reverse("projects:approval_edit", args=[signed.pk, record.pk])
    prefix = f"approval-{record.pk}"
    data = {f"{prefix}-required": "on", f"{prefix}-granted_on": "2026-09-01",
            f"{prefix}-document_number": "建许〔2026〕7号", f"{prefix}-note": "已核发"}
    assert login(bob).post(url, data, **HTMX).status_code == 403
    assert login(mallory).post(url, data, **HTMX).status_code == 404
    response = login(granter).post(url, data, **HTMX)
    assert response.status_code == 200 and "建许〔2026〕7号" in response.content.decode()
    record.refresh_from_db()
    assert record.granted_on == D(2026, 9, 1)
    form = login(alice).get(url, **HTMX)
    assert form.status_code == 200 and f'name="{prefix}-planned_on"' in form.content.decode()


def test_the_lead_department_creates_missing_records_from_the_step_table(login, alice, bob, make_project):
    project = make_project()
    url = reverse("projects:approvals_create", args=[project.pk])
    assert login(bob).post(url, **HTMX).status_code == 403
    assert login(alice).post(url, **HTMX).status_code == 200
    assert project.approvals.count() == ApprovalStep.objects.filter(zone=project.zone, is_active=True).count()


def test_the_web_stage_form_refuses_start_without_approvals_and_accepts_an_override(login, alice, signed):
    url = reverse("projects:project_stage_advance", args=[signed.pk])
    refused = login(alice).post(url, {"stage": "started", "on": "2026-05-01"}, **HTMX)
    assert refused.status_code == 200 and "例外开工原因" in refused.content.decode()
    ok = login(alice).post(url, {"stage": "started", "on": "2026-05-01", "override_reason": "容缺受理"}, **HTMX)
    assert ok.status_code == 204
    assert signed.stage_events.get(stage=Stage.STARTED).approval_override == "容缺受理"


def test_the_api_lists_approvals_records_a_grant_and_gates_the_start(login, alice, bob, granter, mallory, signed):
    record = _record(signed, "环评")
    assert login(mallory).get(f"/api/projects/{signed.pk}/approvals").status_code == 404
    rows = login(alice).get(f"/api/projects/{signed.pk}/approvals").json()
    assert [r["step"] for r in rows][:2] == ["立项/备案", "用地预审"] and rows[0]["department"] == "规划建设局"
    url = f"/api/projects/{signed.pk}/approvals/{record.pk}"
    assert login(bob).post(url, {"granted_on": "2026-09-01"}, content_type="application/json").status_code == 403
    assert login(granter).post(url, {"planned_on": "2026-12-01"}, content_type="application/json").status_code == 403
    done = login(granter).post(url, {"granted_on": "2026-09-01", "document_number": "环审7号"},
                               content_type="application/json")
    assert done.status_code == 200 and done.json()["granted_on"] == "2026-09-01"
    stage = f"/api/projects/{signed.pk}/stage"
    refused = login(alice).post(stage, {"stage": "started", "on": "2026-05-01"}, content_type="application/json")
    assert refused.status_code == 422 and "施工许可" in refused.json()["detail"]
    ok = login(alice).post(stage, {"stage": "started", "on": "2026-05-01", "override_reason": "容缺受理"},
                           content_type="application/json")
    assert ok.status_code == 200 and ok.json()["stage"] == "started"
    assert AuditEntry.objects.filter(object_id=str(signed.pk), note__contains="容缺受理").exists()


def test_the_step_settings_page_is_for_admins_and_the_supervision_office(login, admin, supervisor, leader, alice,
                                                                        zone, departments):
    url = reverse("projects:approval_steps")
    assert login(alice).get(url).status_code == 403 and login(leader).get(url).status_code == 403
    assert "环评" in login(supervisor).get(url).content.decode()
    response = login(admin).post(url, {"new-name": "水土保持", "new-sort_order": "70",
                                       "new-department": departments["规划建设局"].pk})
    assert response.status_code == 302
    step = ApprovalStep.objects.get(zone=zone, name="水土保持")
    edit = reverse("projects:approval_step_edit", args=[step.pk])
    assert login(alice).post(edit, {f"step-{step.pk}-name": "改名"}).status_code == 403
    assert login(admin).post(edit, {f"step-{step.pk}-name": "水土保持方案", f"step-{step.pk}-sort_order": "70"}
                             ).status_code == 302
    step.refresh_from_db()
    assert step.name == "水土保持方案" and not step.is_active  # an unticked box switches it off


def test_an_outsider_cannot_edit_another_zones_step(login, mallory, zone):
    step = ApprovalStep.objects.filter(zone=zone).first()
    response = login(mallory).post(reverse("projects:approval_step_edit", args=[step.pk]),
                                   {f"step-{step.pk}-name": "x", f"step-{step.pk}-sort_order": "1"})
    assert response.status_code == 404


def test_the_ledger_page_and_its_export_list_the_same_filtered_approvals(login, leader, mallory, signed):
    ProjectApproval.objects.filter(project=signed, step__name="环评").update(planned_on=D(2026, 3, 1))
    client = login(leader)
    page = client.get(reverse("projects:approval_list"), {"status": "overdue"}).content.decode()
    assert "共 1 条审批记录" in page and "环评" in page
    export = client.get(reverse("projects:approval_list"), {"status": "overdue", "export": "xlsx"})
    rows = list(load_workbook(io.BytesIO(export.content)).active.values)
    assert len(rows) == 2 and rows[1][4] == "环评" and rows[1][-1] == "是"
    assert client.get(reverse("projects:approval_list"), {"status": "nonsense", "export": "xlsx"}).status_code == 400
    assert "共 0 条审批记录" in login(mallory).get(reverse("projects:approval_list")).content.decode()


def test_a_project_on_a_ready_parcel_with_every_approval_granted_is_ready_to_start(login, leader, signed, zone):
    park = Park.objects.create(zone=zone, name="智能制造产业园")
    parcel = LandParcel.objects.create(park=park, code="SF-01", area_mu=50, min_investment_per_mu=300)
    for item in ReadinessItem.values[:-1]:
        ParcelReadiness.objects.create(parcel=parcel, item=item, is_ready=True)
    signed.parcel, signed.park = parcel, park
    signed.save()
    ProjectApproval.objects.filter(project=signed).update(granted_on=D(2026, 3, 1))
    url = reverse("projects:project_detail", args=[signed.pk])
    assert "尚不具备拿地即开工条件" in login(leader).get(url).content.decode()
    ParcelReadiness.objects.create(parcel=parcel, item=ReadinessItem.values[-1], is_ready=True)
    body = login(leader).get(url).content.decode()
    assert "具备拿地即开工条件" in body and "尚不具备" not in body and "（8/8）" in body


def _overdue_projects(make_project, n):
    for i in range(n):
        project = make_project(stage=Stage.SIGNED, stage_on=D(2026, 2, 1), signed_on=D(2026, 2, 1))
        approvals_ensure(project=project, acting_user=SYSTEM)
        ProjectApproval.objects.filter(project=project).update(planned_on=D(2026, 3, 1) if i % 2 else None)


@pytest.mark.parametrize("n", [10, 120])
def test_the_dashboard_shows_overdue_approvals_at_a_bounded_number_of_queries(
        login, alice, make_project, n, django_assert_max_num_queries):
    _overdue_projects(make_project, n)
    client = login(alice)
    with django_assert_max_num_queries(30):
        body = client.get(reverse("projects:project_dashboard")).content.decode()
    assert 'id="alert-approvals"' in body and f">{(n // 2) * 6}</span>" in body


@pytest.mark.parametrize("n", [10, 120])
def test_the_approvals_ledger_and_the_alert_filter_run_a_bounded_number_of_queries(
        login, alice, make_project, n, django_assert_max_num_queries):
    _overdue_projects(make_project, n)
    client = login(alice)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("projects:approval_list")).status_code == 200
    with django_assert_max_num_queries(15):
        body = client.get(reverse("projects:project_list"), {"alert": "approval_overdue"}).content.decode()
    assert f"共 {n // 2} 个项目" in body


def test_the_project_page_with_approvals_runs_a_bounded_number_of_queries(login, alice, signed,
                                                                         django_assert_max_num_queries):
    client = login(alice)
    with django_assert_max_num_queries(25):  # the page without approvals stays within 25 too (test_edit_views)
        assert client.get(reverse("projects:project_detail", args=[signed.pk])).status_code == 200
