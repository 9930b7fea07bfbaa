"""Milestones on pages and the API: who sees, adds, edits, approves and verifies them (scoped as reports are)."""
import datetime
import json

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from actiondesk.core.models import AuditEntry
from actiondesk.core.scoping import SYSTEM
from actiondesk.core.spreadsheets import read_rows
from actiondesk.plans import services_milestones as services
from actiondesk.plans.models import Milestone
from tests.helpers import workbook_bytes

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n%test\n"


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def milestone(get_task, departments):
    """A milestone of task 1 (lead 产业创新局 = alice's department)."""
    return services.milestone_create(task=get_task("1"), acting_user=SYSTEM, title="出台中试平台认定办法",
                                     due_date=datetime.date(2026, 6, 30), department=departments["产业创新局"])


def test_a_department_adds_a_milestone_to_its_task_and_it_waits_for_approval(login, alice, get_task, departments):
    client = login(alice)
    response = client.post("/api/plans/milestones", json.dumps({
        "task_id": get_task("1").pk, "title": "建成中试服务平台", "due": "年底前",
        "department_id": departments["产业创新局"].pk}), content_type="application/json")
    assert response.status_code == 201, response.content
    data = response.json()
    assert (data["due_date"], data["due_text"], data["approval"], data["state"]) == (
        "2026-12-31", "年底前", "proposed", "not_started")
    assert AuditEntry.objects.filter(object_repr__contains="建成中试服务平台", action="create").exists()


def test_a_department_cannot_add_a_milestone_to_a_task_it_has_no_duty_in(login, bob, get_task, departments):
    response = login(bob).post("/api/plans/milestones", json.dumps({
        "task_id": get_task("1").pk, "title": "建成中试服务平台", "due": "上半年",
        "department_id": departments["发展改革局"].pk}), content_type="application/json")
    assert response.status_code == 403


def test_the_responsible_department_must_lead_or_support_the_task(get_task, departments):
    with pytest.raises(ValidationError) as error:
        services.milestone_create(task=get_task("1"), acting_user=SYSTEM, title="出台办法", due_date=datetime.date(
            2026, 6, 30), department=departments["发展改革局"])
    assert "牵头或配合" in str(error.value)


def test_another_department_a_leader_and_an_outsider_cannot_edit_a_milestone(login, bob, leader, mallory, milestone):
    body = json.dumps({"progress": "in_progress"})
    assert login(bob).patch(f"/api/plans/milestones/{milestone.pk}", body,
                            content_type="application/json").status_code == 403
    assert login(leader).patch(f"/api/plans/milestones/{milestone.pk}", body,
                               content_type="application/json").status_code == 403
    assert login(mallory).patch(f"/api/plans/milestones/{milestone.pk}", body,
                                content_type="application/json").status_code == 404
    assert login(mallory).get(f"/api/plans/milestones/{milestone.pk}").status_code == 404
    assert login(mallory).get("/api/plans/milestones").json() == []
    assert login(mallory).get(f"/plans/milestones/{milestone.pk}/").status_code == 404


def test_the_zone_sees_milestones_and_the_leader_reads_them(login, leader, bob, milestone):
    assert [m["id"] for m in login(leader).get("/api/plans/milestones").json()] == [milestone.pk]
    assert login(bob).get(f"/plans/milestones/{milestone.pk}/").status_code == 200


def test_the_department_completes_its_milestone_and_the_supervision_office_verifies_it(login, alice, supervisor,
                                                                                       milestone, media):
    client = login(alice)
    response = client.patch(f"/api/plans/milestones/{milestone.pk}", json.dumps({
        "progress": "done", "completed_on": "2026-06-20", "evidence_link": "https://example.gov.cn/doc"}),
        content_type="application/json")
    assert response.status_code == 200, response.content
    assert response.json()["state"] == "done"
    upload = client.post(f"/plans/milestones/{milestone.pk}/", {"file": SimpleUploadedFile("办法.pdf", PDF)})
    assert upload.status_code == 302
    assert login(alice).post(f"/api/plans/milestones/{milestone.pk}/verify").status_code == 403
    verified = login(supervisor).post(f"/api/plans/milestones/{milestone.pk}/verify")
    assert verified.status_code == 200 and verified.json()["verified_at"]
    # Verified: closed to the department's edits.
    assert login(alice).patch(f"/api/plans/milestones/{milestone.pk}", json.dumps({"evidence_note": "改"}),
                              content_type="application/json").status_code == 403
    download = login(supervisor).get(f"/plans/milestones/{milestone.pk}/evidence/")
    assert download.status_code == 200 and b"".join(download.streaming_content) == PDF


def test_evidence_of_the_wrong_type_is_refused(login, alice, milestone, media):
    response = login(alice).post(f"/plans/milestones/{milestone.pk}/", {"file": SimpleUploadedFile("x.pdf", b"MZ")})
    assert response.status_code == 400 and "不符" in response.content.decode()


def test_only_the_supervision_office_approves_a_departments_milestone(login, alice, supervisor, get_task, departments):
    proposed = services.milestone_create(task=get_task("1"), acting_user=alice, title="发布场景清单",
                                         due_date=datetime.date(2026, 9, 30), department=departments["产业创新局"])
    assert proposed.approval == "proposed"
    with pytest.raises(PermissionDenied):
        services.milestone_approve(milestone=proposed, acting_user=alice)
    response = login(supervisor).post(f"/plans/milestones/{proposed.pk}/approve/")
    assert response.status_code == 302
    proposed.refresh_from_db()
    assert proposed.approval == "approved"


def test_a_department_changing_the_due_date_sends_the_milestone_back_for_approval(alice, milestone):
    services.milestone_update(milestone=milestone, acting_user=alice, due_date=datetime.date(2026, 8, 31))
    milestone.refresh_from_db()
    assert milestone.approval == "proposed"


def test_the_grid_saves_every_row_or_none_and_lists_every_bad_row(login, alice, milestone, get_task, departments):
    client = login(alice)
    task = get_task("1")
    response = client.post("/plans/milestones/", {
        f"m-{milestone.pk}-title": milestone.title, f"m-{milestone.pk}-due": "下周",
        f"m-{milestone.pk}-department": departments["产业创新局"].pk, f"m-{milestone.pk}-progress": "done",
        "new-0-task": task.pk, "new-0-title": "举办成果路演", "new-0-due": "9月底前",
        "new-0-department": departments["发展改革局"].pk})
    assert response.status_code == 400
    text = response.content.decode()
    assert "第1行" in text and "第2行" in text
    assert Milestone.objects.count() == 1
    response = client.post(f"/plans/milestones/?task={task.pk}", {
        f"m-{milestone.pk}-title": milestone.title, f"m-{milestone.pk}-due": "6月底前",
        f"m-{milestone.pk}-department": departments["产业创新局"].pk, f"m-{milestone.pk}-progress": "in_progress",
        "new-0-task": task.pk, "new-0-title": "举办成果路演", "new-0-due": "9月底前",
        "new-0-department": departments["规划建设局"].pk})
    assert response.status_code == 302
    assert Milestone.objects.get(title="举办成果路演").due_date == datetime.date(2026, 9, 30)
    assert AuditEntry.objects.filter(note="批量编辑工作节点").count() == 1


def test_another_department_cannot_change_a_milestone_through_the_grid(login, bob, milestone, departments):
    response = login(bob).post("/plans/milestones/", {
        f"m-{milestone.pk}-title": "改掉", f"m-{milestone.pk}-due": "6月底前",
        f"m-{milestone.pk}-department": departments["产业创新局"].pk})
    assert response.status_code == 400
    milestone.refresh_from_db()
    assert milestone.title == "出台中试平台认定办法"


def test_grid_pages_for_every_role_and_the_outsider_is_refused(login, admin, leader, supervisor, alice, mallory,
                                                               milestone, get_task, django_assert_max_num_queries):
    for user in (admin, leader, supervisor, alice):
        client = login(user)
        with django_assert_max_num_queries(20):
            response = client.get(f"/plans/milestones/?task={get_task('1').pk}")
        assert response.status_code == 200 and "出台中试平台认定办法" in response.content.decode()
    assert "出台中试平台认定办法" not in login(mallory).get("/plans/milestones/").content.decode()


def test_the_task_breakdown_sheet_round_trips_and_reports_every_bad_row(login, alice, milestone):
    client = login(alice)
    export = client.get("/plans/milestones/?export=xlsx")
    assert export.status_code == 200
    rows = read_rows(export.content)
    assert rows[0][:5] == ["任务编号", "任务名称", "节点成果", "完成时限", "责任部门"]
    data = [rows[0], rows[1], ["1", "", "出台中试平台认定办法", "2026-07-31", "产业创新局", "文件", "推进中"],
            ["1", "", "举办路演", "明年", "产业创新局"], ["9", "", "编制报告", "上半年", "不存在局"]]
    response = client.post("/plans/milestones/import/", {"file": SimpleUploadedFile("分解表.xlsx", workbook_bytes({None: data}))})
    assert response.status_code == 400
    text = response.content.decode()
    assert "明年" in text and "不存在局" in text and "方案中没有这个任务编号" in text
    milestone.refresh_from_db()
    assert milestone.due_date == datetime.date(2026, 6, 30)  # nothing written
    good = [rows[0], ["1", "", "出台中试平台认定办法", "2026-07-31", "产业创新局", "文件", "推进中"],
            ["1", "", "举办路演", "三季度末", "规划建设局", "照片", "未开始"]]
    response = client.post("/plans/milestones/import/", {"file": SimpleUploadedFile("分解表.xlsx", workbook_bytes({None: good}))})
    assert response.status_code == 302
    milestone.refresh_from_db()
    assert (milestone.due_date, milestone.progress) == (datetime.date(2026, 7, 31), "in_progress")
    assert Milestone.objects.get(title="举办路演").department.name == "规划建设局"
    entry = AuditEntry.objects.get(action="import", note__contains="分解表.xlsx")
    assert (entry.batch["created"], entry.batch["updated"]) == (1, 1)
