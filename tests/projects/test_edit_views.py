import datetime

import pytest
from django.urls import reverse

from actiondesk.core.models import AuditEntry
from actiondesk.projects.choices import FactorKind, ProblemStatus, Stage
from actiondesk.projects.models import FactorNeed, Project, ProjectProblem

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def _project_data(departments, **values):
    data = {"code": "SF-100", "name": "新建的项目", "industry": "equipment", "project_type": "industrial",
            "lead_department": departments["产业创新局"].pk, "total_investment": "30000",
            "planned_signed_on": "2026-03-01", "planned_started_on": "2026-05-01"}
    data.update(values)
    return data


# --- create and edit a project ----------------------------------------------------------------------

def test_a_department_user_creates_a_project_led_by_their_department_and_it_is_audited(login, alice, departments):
    response = login(alice).post(reverse("projects:project_create"), _project_data(departments))
    project = Project.objects.get(code="SF-100")
    assert response.status_code == 302 and response["Location"] == reverse("projects:project_detail",
                                                                           args=[project.pk])
    assert project.lead_department == departments["产业创新局"] and project.stage == Stage.NEGOTIATING
    entry = AuditEntry.objects.get(action="create", content_type__model="project", object_id=str(project.pk))
    assert entry.actor == alice and entry.after["code"] == "SF-100"


def test_a_department_user_cannot_create_a_project_for_another_department(login, alice, departments):
    response = login(alice).post(reverse("projects:project_create"),
                                 _project_data(departments, lead_department=departments["发展改革局"].pk))
    assert response.status_code == 200 and "lead_department" in response.context["form"].errors
    assert not Project.objects.exists()


def test_the_service_refuses_a_department_user_naming_another_department(alice, zone, departments):
    from django.core.exceptions import PermissionDenied

    from actiondesk.projects.services import project_create

    with pytest.raises(PermissionDenied):
        project_create(zone=zone, acting_user=alice, code="X", name="X", total_investment=1,
                       lead_department=departments["发展改革局"])


def test_an_admin_creates_a_project_for_any_department(login, admin, departments):
    data = _project_data(departments, lead_department=departments["发展改革局"].pk)
    assert login(admin).post(reverse("projects:project_create"), data).status_code == 302
    assert Project.objects.get(code="SF-100").lead_department.name == "发展改革局"


@pytest.mark.parametrize("reader", ["leader", "supervisor"])
def test_leaders_and_supervisors_cannot_create_projects(login, reader, request, departments):
    client = login(request.getfixturevalue(reader))
    assert client.get(reverse("projects:project_create")).status_code == 403
    assert client.post(reverse("projects:project_create"), _project_data(departments)).status_code == 403
    assert not Project.objects.exists()


def test_an_outsider_cannot_create_a_project_led_by_a_department_of_this_zone(login, mallory, departments):
    response = login(mallory).post(reverse("projects:project_create"), _project_data(departments))
    assert "lead_department" in response.context["form"].errors and not Project.objects.exists()


def test_creating_a_project_reports_a_duplicate_code_and_planned_dates_out_of_order(login, admin, departments,
                                                                                   make_project):
    make_project(code="SF-100")
    response = login(admin).post(reverse("projects:project_create"), _project_data(
        departments, planned_started_on="2026-01-01"))
    errors = response.context["form"].errors
    assert "项目编号 SF-100 已存在" in errors["code"][0]
    assert "计划开工日期不能早于计划签约日期" in errors["planned_started_on"][0]
    assert Project.objects.count() == 1


def test_an_unknown_investor_credit_code_is_a_clear_error(login, alice, departments):
    response = login(alice).post(reverse("projects:project_create"),
                                 _project_data(departments, investor_credit_code="91210400MA00000000"))
    assert "企业库中没有这个统一社会信用代码" in response.content.decode()


def test_the_lead_department_edits_its_project_and_the_change_is_audited(login, alice, make_project, departments):
    project = make_project(department="产业创新局", name="旧名称")
    data = _project_data(departments, name="新名称", code="IGNORED")
    response = login(alice).post(reverse("projects:project_edit", args=[project.pk]), data)
    assert response.status_code == 302
    project.refresh_from_db()
    assert project.name == "新名称" and project.code == "P-0001"  # the code is fixed after creation
    entry = AuditEntry.objects.get(action="update", content_type__model="project", object_id=str(project.pk))
    assert entry.before["name"] == "旧名称" and entry.after["name"] == "新名称"


def test_a_department_user_cannot_hand_a_project_to_another_department(login, alice, make_project, departments):
    project = make_project(department="产业创新局")
    data = _project_data(departments, lead_department=departments["发展改革局"].pk)
    login(alice).post(reverse("projects:project_edit", args=[project.pk]), data)
    project.refresh_from_db()
    assert project.lead_department.name == "产业创新局"


def test_other_departments_readers_and_outsiders_cannot_edit_a_project(login, bob, leader, mallory, make_project,
                                                                       departments):
    project = make_project(department="产业创新局")
    url = reverse("projects:project_edit", args=[project.pk])
    assert login(bob).get(url).status_code == 403
    assert login(bob).post(url, _project_data(departments, name="X")).status_code == 403
    assert login(leader).get(url).status_code == 403
    assert login(mallory).get(url).status_code == 404
    project.refresh_from_db()
    assert project.name != "X" and not AuditEntry.objects.filter(action="update").exists()


# --- stage steps from the project page -----------------------------------------------------------------

def test_a_stage_step_from_htmx_shows_the_skip_error_inline(login, alice, make_project, grant_approvals):
    project = make_project(stage=Stage.SIGNED, stage_on=datetime.date(2026, 1, 2), signed_on=datetime.date(2026, 1, 2))
    grant_approvals(project)
    url = reverse("projects:project_stage_advance", args=[project.pk])
    bad = login(alice).post(url, {"stage": "producing", "on": "2026-02-01"}, **HTMX)
    assert bad.status_code == 200 and "请填写跳过的原因" in bad.content.decode() and 'id="stage-card"' in bad.content.decode()
    ok = login(alice).post(url, {"stage": "producing", "on": "2026-02-01", "reason": "整体收购已建成厂房"}, **HTMX)
    assert ok.status_code == 204 and ok["HX-Redirect"] == reverse("projects:project_detail", args=[project.pk])
    project.refresh_from_db()
    assert project.stage == Stage.PRODUCING
    assert AuditEntry.objects.filter(action="workflow", note="整体收购已建成厂房").exists()


def test_another_department_cannot_record_a_stage_step(login, bob, make_project):
    project = make_project(department="产业创新局")
    url = reverse("projects:project_stage_advance", args=[project.pk])
    assert login(bob).post(url, {"stage": "signed", "on": "2026-01-02"}, **HTMX).status_code == 403
    assert not project.stage_events.exists()


# --- problems ------------------------------------------------------------------------------------------

def _problem(project, departments, **values):
    fields = {"description": "用电增容审批慢", "raised_on": datetime.date(2026, 3, 1),
              "department": departments["发展改革局"]}
    fields.update(values)
    return ProjectProblem.objects.create(project=project, **fields)


def test_the_lead_department_adds_a_problem_with_htmx_and_it_is_audited(login, alice, make_project, departments):
    project = make_project(department="产业创新局")
    response = login(alice).post(reverse("projects:problem_add", args=[project.pk]), {
        "problem-description": "施工许可未办理", "problem-raised_on": "2026-03-01",
        "problem-department": departments["发展改革局"].pk, "problem-status": "open"}, **HTMX)
    body = response.content.decode()
    assert response.status_code == 200 and body.startswith('<section class="card" id="problems">')
    assert "施工许可未办理" in body and "已添加问题" in body
    problem = project.problems.get()
    assert AuditEntry.objects.filter(action="create", content_type__model="projectproblem",
                                     object_id=str(problem.pk), actor=alice).exists()


def test_a_problem_marked_solved_needs_a_resolution_note(login, alice, make_project, departments):
    project = make_project(department="产业创新局")
    problem = _problem(project, departments)
    url = reverse("projects:problem_edit", args=[project.pk, problem.pk])
    prefix = f"problem-{problem.pk}"
    data = {f"{prefix}-description": problem.description, f"{prefix}-raised_on": "2026-03-01",
            f"{prefix}-department": departments["发展改革局"].pk, f"{prefix}-status": "solved"}
    bad = login(alice).post(url, data, **HTMX)
    assert "问题已解决时请填写解决情况" in bad.content.decode()
    problem.refresh_from_db()
    assert problem.status == ProblemStatus.OPEN
    ok = login(alice).post(url, {**data, f"{prefix}-resolution_note": "已协调供电公司增容"}, **HTMX)
    assert ok.status_code == 200
    problem.refresh_from_db()
    assert problem.status == ProblemStatus.SOLVED and problem.solved_on is not None
    entry = AuditEntry.objects.get(action="update", content_type__model="projectproblem")
    assert entry.after["status"] == "solved" and entry.after["resolution_note"] == "已协调供电公司增容"


def test_the_responsible_department_updates_status_but_not_the_description(login, bob, make_project, departments):
    project = make_project(department="产业创新局")
    problem = _problem(project, departments)
    client = login(bob)
    assert client.get(reverse("projects:project_detail", args=[project.pk])).context["problem_ids_editable"] == {
        problem.pk}
    prefix = f"problem-{problem.pk}"
    client.post(reverse("projects:problem_edit", args=[project.pk, problem.pk]), {
        f"{prefix}-description": "改掉的描述", f"{prefix}-status": "in_progress",
        f"{prefix}-resolution_note": "已对接供电公司"}, **HTMX)
    problem.refresh_from_db()
    assert problem.status == ProblemStatus.IN_PROGRESS and problem.description == "用电增容审批慢"
    assert problem.get_status_display() == "解决中"


def test_other_departments_readers_and_outsiders_cannot_touch_problems(login, bob, leader, mallory, make_project,
                                                                       departments):
    project = make_project(department="产业创新局")
    problem = _problem(project, departments, department=departments["规划建设局"])
    edit = reverse("projects:problem_edit", args=[project.pk, problem.pk])
    add = reverse("projects:problem_add", args=[project.pk])
    data = {"problem-description": "x", "problem-raised_on": "2026-03-01", "problem-status": "open"}
    assert login(bob).get(edit).status_code == 403
    assert login(bob).post(add, data).status_code == 403
    assert login(leader).post(add, data).status_code == 403
    assert login(mallory).get(edit).status_code == 404
    assert login(mallory).post(add, data).status_code == 404
    assert project.problems.count() == 1


# --- 要素保障 needs ------------------------------------------------------------------------------------

def _need_data(departments, prefix="need", **values):
    data = {"kind": "land", "quantity": "50", "unit": "亩", "department": departments["规划建设局"].pk,
            "planned_on": "2026-06-30", "status": "planned"}
    data.update(values)
    return {f"{prefix}-{k}": v for k, v in data.items()}


def test_the_lead_department_adds_a_factor_need_and_it_is_audited(login, alice, make_project, departments):
    project = make_project(department="产业创新局")
    response = login(alice).post(reverse("projects:need_add", args=[project.pk]), _need_data(departments), **HTMX)
    assert response.status_code == 200 and 'id="needs"' in response.content.decode()
    need = project.factor_needs.get()
    assert need.kind == FactorKind.LAND and need.unit == "亩"
    assert AuditEntry.objects.filter(action="create", content_type__model="factorneed", object_id=str(need.pk)).exists()


def test_a_factor_need_reports_missing_unit_and_missing_supply_date(login, alice, make_project, departments):
    project = make_project(department="产业创新局")
    body = login(alice).post(reverse("projects:need_add", args=[project.pk]),
                             _need_data(departments, unit="", status="supplied"), **HTMX).content.decode()
    assert "填写需求量时请填写单位" in body and "已保障的要素须填写实际保障日期" in body
    assert not FactorNeed.objects.exists()


def test_the_supplying_department_records_supply_but_cannot_change_the_need(login, make_project, departments,
                                                                           make_user):
    planner = make_user("carol", "department", departments["规划建设局"])
    project = make_project(department="产业创新局")
    need = FactorNeed.objects.create(project=project, kind=FactorKind.LAND, quantity=50, unit="亩",
                                     department=departments["规划建设局"], planned_on=datetime.date(2026, 6, 30))
    data = _need_data(departments, prefix=f"need-{need.pk}", quantity="999", status="supplied",
                      supplied_on="2026-06-20", progress_note="已完成土地挂牌")
    response = login(planner).post(reverse("projects:need_edit", args=[project.pk, need.pk]), data, **HTMX)
    assert response.status_code == 200
    need.refresh_from_db()
    assert need.status == "supplied" and need.supplied_on == datetime.date(2026, 6, 20) and need.quantity == 50
    entry = AuditEntry.objects.get(action="update", content_type__model="factorneed")
    assert entry.actor == planner and "quantity" not in entry.after


def test_other_departments_readers_and_outsiders_cannot_touch_factor_needs(login, bob, supervisor, mallory,
                                                                           make_project, departments):
    project = make_project(department="产业创新局")
    need = FactorNeed.objects.create(project=project, kind=FactorKind.LAND, department=departments["规划建设局"],
                                     planned_on=datetime.date(2026, 6, 30))
    edit = reverse("projects:need_edit", args=[project.pk, need.pk])
    add = reverse("projects:need_add", args=[project.pk])
    assert login(bob).post(edit, _need_data(departments, prefix=f"need-{need.pk}")).status_code == 403
    assert login(bob).post(add, _need_data(departments)).status_code == 403
    assert login(supervisor).post(add, _need_data(departments)).status_code == 403
    assert login(mallory).post(edit, _need_data(departments, prefix=f"need-{need.pk}")).status_code == 404
    assert FactorNeed.objects.count() == 1


def test_the_edit_link_opens_the_form_inside_the_section(login, alice, make_project, departments):
    project = make_project(department="产业创新局")
    need = FactorNeed.objects.create(project=project, kind=FactorKind.ENERGY, department=departments["规划建设局"],
                                     planned_on=datetime.date(2026, 6, 30))
    body = login(alice).get(reverse("projects:need_edit", args=[project.pk, need.pk]), **HTMX).content.decode()
    assert body.startswith('<section class="card" id="needs">') and "need-edit-form" in body


@pytest.mark.parametrize("n", [3, 40])
def test_the_project_page_runs_a_bounded_number_of_queries(login, alice, make_project, departments, n,
                                                           django_assert_max_num_queries):
    project = make_project(department="产业创新局")
    for i in range(n):
        _problem(project, departments, description=f"问题{i}")
        FactorNeed.objects.create(project=project, kind=FactorKind.LAND, department=departments["规划建设局"],
                                  planned_on=datetime.date(2026, 6, 30))
    client = login(alice)
    with django_assert_max_num_queries(25):
        assert client.get(reverse("projects:project_detail", args=[project.pk])).status_code == 200


def test_the_stage_form_opens_with_todays_date_in_the_browsers_date_format(login, alice, make_project):
    project = make_project()
    body = login(alice).get(reverse("projects:project_detail", args=[project.pk])).content.decode()
    today = datetime.date.today().isoformat()
    # <input type=date> only accepts ISO dates: the locale's 2026/11/28 left the field empty.
    assert f'type="date" name="on" value="{today}"' in body
