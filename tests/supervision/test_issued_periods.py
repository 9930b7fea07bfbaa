"""Periods that stay as issued: issuing a period's 通报 freezes its statuses, scores and ranking and stores the
files with their hash; a later return or correction shows in later periods only, with a note on the past one."""
import datetime
import hashlib
import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from docx import Document

from actiondesk.core.models import AuditEntry
from actiondesk.core.scoping import SYSTEM
from actiondesk.plans.models import Indicator
from actiondesk.plans.services import indicator_update
from actiondesk.supervision import services
from actiondesk.supervision.models import IssuedPeriod
from actiondesk.supervision.selectors import plan_board
from actiondesk.supervision.services_issue import period_issue

pytestmark = pytest.mark.django_db
OCTOBER_10 = datetime.date(2026, 10, 10)
NOVEMBER_10 = datetime.date(2026, 11, 10)
DECEMBER_10 = datetime.date(2026, 12, 10)


@pytest.fixture
def assigned(plan, departments):
    """The small plan's goal-only targets get a 责任部门, so a 通报 can say who is behind on each."""
    for indicator in Indicator.objects.filter(plan=plan, lead_department__isnull=True, tasks__isnull=True):
        indicator_update(indicator=indicator, acting_user=SYSTEM, lead_department=departments["发展改革局"])


@pytest.fixture
def september(plan, periods, assigned, alice, bob, supervisor, file_report, get_indicator):
    """Both lead reporters file September; both reports approved; the 通报 issued on 10 October."""
    reports = [file_report(bob, periods[9], {get_indicator("年度投资"): 20}),
               file_report(alice, periods[9], {get_indicator("高技术成果"): 4})]
    for report in reports:
        services.report_approve(report=report, acting_user=supervisor)
    issue = period_issue(period=periods[9], acting_user=supervisor, today=OCTOBER_10)
    return issue, reports


def _ranking(rows):
    return [(r.department.name, r.rank, r.score.total, r.record.returned) for r in rows]


def test_a_september_report_returned_in_november_leaves_septembers_ranking_and_bulletin_as_issued(
        plan, periods, september, supervisor, bob, login):
    issue, (bob_report, _alice_report) = september
    frozen_ranking = issue.snapshot["ranking"]
    docx, xlsx = bytes(issue.docx), bytes(issue.xlsx)
    client = login(supervisor)
    before = client.get("/supervision/export/2026-09.docx").content
    assert before == docx and hashlib.sha256(before).hexdigest() == issue.docx_sha256

    # November: the office reopens bob's approved September report, bob resubmits, the office returns it.
    correction = services.report_reopen_for_correction(report=bob_report, acting_user=supervisor,
                                                       reason="投资额口径有误")
    services.report_submit(report=correction, acting_user=bob)
    services.report_return(report=correction, acting_user=supervisor, reason="请附统计局口径说明")

    issue.refresh_from_db()
    assert issue.snapshot["ranking"] == frozen_ranking
    assert client.get("/supervision/export/2026-09.docx").content == docx  # byte-equal, same hash
    assert client.get("/supervision/export/2026-09.xlsx").content == xlsx
    assert hashlib.sha256(bytes(issue.docx)).hexdigest() == issue.docx_sha256
    november = {r.department.name: r for r in plan_board(plan, month=11, today=DECEMBER_10).ranking}
    assert november["发展改革局"].record.returned == 1  # November reflects the return
    frozen = {r["department"]: r for r in frozen_ranking}
    assert frozen["发展改革局"]["record"]["returned"] == 0
    # Recomputed now, September would have moved (the demo's bug); the issued ranking is what stays.
    recomputed = {r.department.name: r for r in plan_board(plan, month=9, today=DECEMBER_10).ranking}
    assert recomputed["发展改革局"].record.returned == 1
    assert str(recomputed["发展改革局"].score.total) != frozen["发展改革局"]["total"]


def test_the_battle_map_of_an_issued_period_shows_the_issued_ranking_and_a_note_of_what_changed_since(
        plan, periods, september, supervisor, bob, login):
    issue, (bob_report, _alice_report) = september
    correction = services.report_reopen_for_correction(report=bob_report, acting_user=supervisor,
                                                       reason="投资额口径有误")
    services.report_submit(report=correction, acting_user=bob)
    services.report_return(report=correction, acting_user=supervisor, reason="请附统计局口径说明")
    body = login(supervisor).get("/supervision/?period=2026-09").content.decode()
    assert 'id="issued-note"' in body and 'id="changed-after-issue"' in body
    assert "发展改革局：发布时" in body
    issued_score = next(r["total"] for r in issue.snapshot["ranking"] if r["department"] == "发展改革局")
    ranking = body[body.index('id="ranking"'):]
    assert f"<strong>{issued_score}</strong>" in ranking[:ranking.index("</table>")]


def test_a_correction_after_issue_is_an_audited_revision_shown_as_such(periods, september, supervisor, login):
    _issue, (bob_report, _alice_report) = september
    correction = services.report_reopen_for_correction(report=bob_report, acting_user=supervisor,
                                                       reason="投资额口径有误")
    entry = AuditEntry.objects.filter(object_id=str(correction.pk), note__contains="通报发布后更正").get()
    assert "投资额口径有误" in entry.note
    page = login(supervisor).get(f"/supervision/reports/{correction.pk}/").content.decode()
    assert "data-after-issue" in page and "发布时计入第1版" in page
    original = login(supervisor).get(f"/supervision/reports/{bob_report.pk}/").content.decode()
    assert 'id="issue-note"' in original and "data-after-issue" not in original


def test_issuing_twice_keeps_the_first_issue_and_an_open_period_cannot_be_issued(
        periods, september, supervisor):
    issue, _reports = september
    assert period_issue(period=periods[9], acting_user=supervisor, today=NOVEMBER_10).pk == issue.pk
    assert IssuedPeriod.objects.count() == 1
    with pytest.raises(ValidationError):
        period_issue(period=periods[11], acting_user=supervisor, today=NOVEMBER_10)


def test_only_the_supervision_office_or_an_admin_issues(periods, assigned, alice, leader, mallory, admin):
    for user in (alice, leader, mallory, None):
        with pytest.raises(PermissionDenied):
            period_issue(period=periods[6], acting_user=user, today=OCTOBER_10)
    assert period_issue(period=periods[6], acting_user=admin, today=OCTOBER_10).docx_sha256


def test_the_issue_page_action_is_refused_to_others_and_done_for_the_office(
        periods, assigned, bob, leader, mallory, supervisor, login):
    url = f"/supervision/periods/{periods[6].pk}/issue/"
    assert login(bob).post(url).status_code == 403
    assert login(leader).post(url).status_code == 403
    assert login(mallory).post(url).status_code == 404
    assert not IssuedPeriod.objects.exists()
    assert login(supervisor).post(url).status_code == 302
    assert IssuedPeriod.objects.get().period == periods[6]


def test_the_issue_api_is_scoped_like_the_page(periods, assigned, bob, leader, mallory, supervisor, login):
    url = f"/api/supervision/periods/{periods[6].pk}/issue"
    assert login(bob).post(url).status_code == 403
    assert login(leader).post(url).status_code == 403
    assert login(mallory).post(url).status_code == 404
    assert login(mallory).get(url).status_code == 404
    assert login(bob).get(url).status_code == 404  # not issued yet
    issued = login(supervisor).post(url).json()
    assert login(bob).get(url).json() == issued
    assert len(issued["docx_sha256"]) == 64


def test_the_battle_map_api_of_an_issued_period_gives_the_issued_ranking(
        plan, periods, september, supervisor, bob, login):
    issue, (bob_report, _alice_report) = september
    correction = services.report_reopen_for_correction(report=bob_report, acting_user=supervisor, reason="更正")
    services.report_submit(report=correction, acting_user=bob)
    services.report_return(report=correction, acting_user=supervisor, reason="请补充")
    data = login(bob).get(f"/api/supervision/{plan.pk}/battle-map?period=2026-09").json()
    assert data["issued_at"] is not None
    assert [(r["department"], str(r["score"])) for r in data["ranking"]] == [
        (r["department"], r["total"]) for r in issue.snapshot["ranking"]]
    document = Document(io.BytesIO(bytes(issue.docx)))
    text = "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for row in t.rows for c in row.cells])
    assert "规划建设局" in text and "未指定" not in text  # a supporting department ranks; nobody is 未指定
