import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from actiondesk.projects.choices import FactorKind, Stage
from actiondesk.projects.models import FactorNeed, ProjectMonthlyInvestment
from tests.projects.ledger_sheets import row, xlsx

pytestmark = pytest.mark.django_db


def _fill(make_project, departments, n):
    this_month = timezone.localdate().replace(day=1)
    rows = []
    for i in range(n):
        project = make_project(department="产业创新局" if i % 2 else "发展改革局", stage=Stage.STARTED,
                               stage_on=datetime.date(2026, 1, 5), signed_on=datetime.date(2026, 1, 2),
                               started_on=datetime.date(2026, 1, 5), planned_completed_on=datetime.date(2026, 2, 1))
        rows.append(ProjectMonthlyInvestment(project=project, month=this_month, amount=Decimal("100")))
        FactorNeed.objects.create(project=project, kind=FactorKind.LAND, quantity=10, unit="亩",
                                  department=departments["规划建设局"], planned_on=datetime.date(2026, 1, 1))
    ProjectMonthlyInvestment.objects.bulk_create(rows)


def test_everyone_in_the_zone_reads_the_dashboard_with_alerts_and_charts(login, leader, make_project, departments):
    make_project(name="停滞的项目", stage=Stage.SIGNED, stage_on=datetime.date(2025, 1, 1))
    body = login(leader).get(reverse("projects:project_dashboard")).content.decode()
    assert "停滞的项目" in body and "vendor/echarts/echarts.min.js" in body and "dashboard-data" in body


@pytest.mark.parametrize("n", [10, 200])
def test_dashboard_runs_a_bounded_number_of_queries(login, alice, make_project, departments, n,
                                                    django_assert_max_num_queries):
    _fill(make_project, departments, n)
    client = login(alice)
    with django_assert_max_num_queries(30):
        assert client.get(reverse("projects:project_dashboard")).status_code == 200


@pytest.mark.parametrize("n", [10, 200])
def test_project_list_runs_a_bounded_number_of_queries(login, alice, make_project, departments, n,
                                                       django_assert_max_num_queries):
    _fill(make_project, departments, n)
    client = login(alice)
    with django_assert_max_num_queries(15):
        assert client.get(reverse("projects:project_list")).status_code == 200


def test_the_list_page_the_api_and_the_export_apply_the_same_filter(login, alice, make_project):
    make_project(name="隆基光伏半导体生产基地", industry="it")
    make_project(name="锐易医疗", industry="health")
    client = login(alice)
    body = client.get(reverse("projects:project_list"), {"industry": "health"}).content.decode()
    assert "锐易医疗" in body and "隆基光伏" not in body
    assert [p["name"] for p in client.get("/api/projects/", {"industry": "health"}).json()] == ["锐易医疗"]
    export = client.get(reverse("projects:project_list"), {"industry": "health", "export": "xlsx"})
    import io

    from python_calamine import CalamineWorkbook
    rows = CalamineWorkbook.from_filelike(io.BytesIO(export.content)).get_sheet_by_index(0).to_python()
    assert [r[1] for r in rows[1:]] == ["锐易医疗"]


def test_the_lead_department_records_a_months_investment(login, alice, make_project):
    project = make_project(department="产业创新局")
    response = login(alice).post(reverse("projects:project_investment_record", args=[project.pk]),
                                 {"month": "2026-01", "amount": "1200"})
    assert response.status_code == 302
    assert project.monthly_investments.get().amount == Decimal("1200")


def test_another_department_cannot_record_investment_on_the_page_or_the_api(login, bob, make_project):
    project = make_project(department="产业创新局")
    client = login(bob)
    assert client.get(reverse("projects:project_investment_record", args=[project.pk])).status_code == 403
    assert client.post(reverse("projects:project_investment_record", args=[project.pk]),
                       {"month": "2026-01", "amount": "1"}).status_code == 403
    response = client.post(f"/api/projects/{project.pk}/investments", {"month": "2026-01", "amount": "1"},
                           content_type="application/json")
    assert response.status_code == 403 and not project.monthly_investments.exists()


def test_an_outsider_from_another_zone_cannot_see_a_project(login, mallory, make_project):
    project = make_project()
    assert login(mallory).get(reverse("projects:project_detail", args=[project.pk])).status_code == 404
    assert login(mallory).get(f"/api/projects/{project.pk}").status_code == 404


def test_the_api_advances_a_stage_and_reports_a_skip_without_reason(login, alice, make_project, grant_approvals):
    project = make_project(stage=Stage.SIGNED, stage_on=datetime.date(2026, 1, 2), signed_on=datetime.date(2026, 1, 2))
    grant_approvals(project)
    client = login(alice)
    bad = client.post(f"/api/projects/{project.pk}/stage", {"stage": "producing", "on": "2026-02-01"},
                      content_type="application/json")
    assert bad.status_code == 422 and "跳过" in bad.json()["detail"]
    ok = client.post(f"/api/projects/{project.pk}/stage", {"stage": "started", "on": "2026-02-01"},
                     content_type="application/json")
    assert ok.status_code == 200 and ok.json()["stage"] == "started"


def test_only_admins_may_import_a_ledger(login, alice, admin):
    assert login(alice).get(reverse("projects:ledger_upload")).status_code == 403
    assert login(admin).get(reverse("projects:ledger_upload")).status_code == 200


def test_the_web_upload_runs_as_a_job_that_reports_bad_rows_and_writes_nothing(login, admin, departments):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from actiondesk.projects.models import Project

    upload = SimpleUploadedFile("bad.xlsx", xlsx([row(), row(项目编号="SF-2", 责任部门="不存在局")]))
    response = login(admin).post(reverse("projects:ledger_upload"), {"file": upload, "year": 2026}, follow=True)
    body = response.content.decode()
    assert response.redirect_chain[0][0].startswith("/jobs/") and "项目台账导入" in body
    assert "不存在局" in body and "本示范区没有这个部门" in body and not Project.objects.exists()
    assert "bad.xlsx" in login(admin).get(reverse("projects:ledger_upload")).content.decode()


def test_the_web_upload_of_a_good_ledger_imports_it_through_a_job(login, admin, departments):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from actiondesk.projects.models import Project

    upload = SimpleUploadedFile("good.xlsx", xlsx([row(), row(项目编号="SF-2")]))
    body = login(admin).post(reverse("projects:ledger_upload"), {"file": upload, "year": 2026},
                             follow=True).content.decode()
    assert "已导入 2 行：新增 2，更新 0" in body and Project.objects.count() == 2


def test_a_ledger_over_the_size_limit_is_refused_before_it_is_read(login, admin, departments, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from actiondesk.projects.models import Project

    settings.ACTIONDESK_MAX_UPLOAD_BYTES = 100
    upload = SimpleUploadedFile("ledger.xlsx", xlsx([row()]))
    body = login(admin).post(reverse("projects:ledger_upload"), {"file": upload, "year": 2026}).content.decode()
    assert "文件超过" in body and not Project.objects.exists()


def test_factor_pages_and_exports_list_the_needs(login, leader, make_project, departments):
    _fill(make_project, departments, 2)
    client = login(leader)
    assert "用地" in client.get(reverse("projects:factor_list")).content.decode()
    body = client.get(reverse("projects:factor_progress")).content.decode()
    assert "逾期" in body
    export = client.get(reverse("projects:factor_progress"), {"export": "xlsx"})
    assert export["Content-Type"].startswith("application/vnd.openxmlformats")


def test_a_reader_sees_the_project_detail_without_edit_forms(login, leader, make_project):
    project = make_project(name="中科院金属所沈抚创新港")
    body = login(leader).get(reverse("projects:project_detail", args=[project.pk])).content.decode()
    assert "中科院金属所沈抚创新港" in body and "record-investment" not in body and "stage-form" not in body


def test_the_lead_department_sees_the_edit_forms_on_the_detail(login, alice, make_project):
    project = make_project(department="产业创新局")
    body = login(alice).get(reverse("projects:project_detail", args=[project.pk])).content.decode()
    assert "record-investment" in body and "stage-form" in body


def test_the_factor_progress_ledger_has_english_column_headers_in_english(login, leader, make_project, departments):
    _fill(make_project, departments, 2)
    client = login(leader)
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    body = client.get(reverse("projects:factor_progress")).content.decode()
    assert "<th>保障部门</th>" not in body and "<th>进展情况</th>" not in body and "<th>是否逾期</th>" not in body
    assert "Supplying department" in body
