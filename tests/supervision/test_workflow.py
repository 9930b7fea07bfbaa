from decimal import Decimal as D

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction

from actiondesk.core.models import AuditEntry, Notification
from actiondesk.core.scoping import SYSTEM
from actiondesk.supervision import services
from actiondesk.supervision.models import PeriodReport, TaskProgress

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"


def test_periods_are_monthly_and_due_on_the_fifth_of_the_next_month(periods):
    assert len(periods) == 12
    assert str(periods[6].due_date) == "2026-07-05"
    assert str(periods[12].due_date) == "2027-01-05"
    assert periods[6].label == "2026年1-6月"


def test_department_drafts_submits_and_supervisor_approves_a_report(periods, alice, supervisor, file_report,
                                                                   get_indicator, get_task):
    task = get_task("1")
    report = file_report(alice, periods[6], {get_indicator("高技术成果"): 3},
                         notes={task.pk: {"progress": "新形成成果3项", "problems": "无", "next_steps": "继续攻关"}})
    assert report.status == "submitted"
    report = services.report_approve(report=report, acting_user=supervisor)
    assert report.status == "approved"
    actions = list(AuditEntry.objects.filter(object_id=str(report.pk)).values_list("note", flat=True))
    assert "审核通过" in actions and "报送" in actions


def test_returned_report_keeps_the_reason_and_can_be_resubmitted(periods, alice, supervisor, file_report,
                                                                 get_indicator):
    report = file_report(alice, periods[6], {get_indicator("高技术成果"): 2})
    with pytest.raises(ValidationError):
        services.report_return(report=report, acting_user=supervisor, reason="  ")
    report = services.report_return(report=report, acting_user=supervisor, reason="高技术成果数与台账不符")
    assert (report.status, report.return_reason, report.times_returned) == ("returned", "高技术成果数与台账不符", 1)
    services.report_save(report=report, acting_user=alice, values={get_indicator("高技术成果").pk: {"value": "3"}})
    report = services.report_submit(report=report, acting_user=alice)
    assert report.status == "submitted" and report.values.get().value == D(3)


def test_approved_report_is_locked_and_a_correction_is_a_new_audited_revision(
        plan, periods, alice, supervisor, file_report, get_indicator):
    report = services.report_approve(report=file_report(alice, periods[6], {get_indicator("高技术成果"): 2}),
                                     acting_user=supervisor)
    with pytest.raises(PermissionDenied):
        services.report_save(report=report, acting_user=alice, values={get_indicator("高技术成果").pk: {"value": 9}})
    with pytest.raises(PermissionDenied):
        services.report_reopen_for_correction(report=report, acting_user=alice, reason="填错")
    correction = services.report_reopen_for_correction(report=report, acting_user=supervisor, reason="统计口径更正")
    assert correction.revision == 2 and correction.status == "draft"
    assert correction.values.get().value == D(2)
    assert AuditEntry.objects.filter(object_id=str(correction.pk), note__contains="统计口径更正").exists()
    assert services.report_open(period=periods[6], acting_user=alice) == correction


def test_one_report_per_department_per_period_per_revision_is_a_database_rule(periods, departments):
    PeriodReport.objects.create(period=periods[1], department=departments["产业创新局"], revision=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        PeriodReport.objects.create(period=periods[1], department=departments["产业创新局"], revision=1)


def test_department_cannot_report_another_departments_indicator_or_edit_its_report(
        plan, periods, alice, bob, file_report, get_indicator):
    report = services.report_open(period=periods[6], acting_user=alice)
    with pytest.raises(PermissionDenied):
        services.report_save(report=report, acting_user=bob, values={})
    with pytest.raises(PermissionDenied):
        services.report_submit(report=report, acting_user=bob)
    with pytest.raises(PermissionDenied):  # 年度投资 is reported by 发展改革局
        services.report_save(report=report, acting_user=alice, values={get_indicator("年度投资").pk: {"value": 1}})


def test_metric_bound_indicator_cannot_be_typed(plan, periods, alice, admin, get_indicator):
    from actiondesk.plans.services import indicator_update

    indicator = get_indicator("高技术成果")
    indicator_update(indicator=indicator, acting_user=admin, metric="tests.anything")
    report = services.report_open(period=periods[6], acting_user=alice)
    with pytest.raises(PermissionDenied):
        services.report_save(report=report, acting_user=alice, values={indicator.pk: {"value": 1}})


def test_leader_cannot_approve_or_return(plan, periods, alice, leader, file_report, get_indicator):
    report = file_report(alice, periods[6], {get_indicator("高技术成果"): 2})
    with pytest.raises(PermissionDenied):
        services.report_approve(report=report, acting_user=leader)
    with pytest.raises(PermissionDenied):
        services.report_return(report=report, acting_user=leader, reason="x")


def test_attachments_are_checked_by_extension_magic_bytes_and_size(periods, alice, settings, tmp_path, get_task):
    settings.MEDIA_ROOT = tmp_path
    task = get_task("1")
    report = services.report_open(period=periods[6], acting_user=alice)
    services.report_save(report=report, acting_user=alice, notes={task.pk: {"progress": "进展"}})
    note = TaskProgress.objects.get(report=report, task=task)
    ok = services.attachment_add(note=note, uploaded_file=SimpleUploadedFile("成果.pdf", PDF), acting_user=alice)
    assert ok.size == len(PDF)
    with pytest.raises(ValidationError, match="不符"):
        services.attachment_add(note=note, uploaded_file=SimpleUploadedFile("fake.pdf", b"MZ\x90\x00"),
                                acting_user=alice)
    with pytest.raises(ValidationError, match="不支持"):
        services.attachment_add(note=note, uploaded_file=SimpleUploadedFile("run.exe", b"MZ"), acting_user=alice)
    big = SimpleUploadedFile("big.pdf", PDF + b"0" * (10 * 1024 * 1024))
    with pytest.raises(ValidationError, match="MB"):
        services.attachment_add(note=note, uploaded_file=big, acting_user=alice)


def test_quarterly_periods_with_a_configured_due_day(plan):
    from actiondesk.supervision.periods import periods_ensure

    periods = periods_ensure(plan=plan, acting_user=SYSTEM, kind="quarterly", due_day=10)
    assert [(p.month, str(p.start), str(p.due_date)) for p in periods] == [
        (3, "2026-01-01", "2026-04-10"), (6, "2026-04-01", "2026-07-10"), (9, "2026-07-01", "2026-10-10"),
        (12, "2026-10-01", "2027-01-10")]
    assert periods[1].label == "2026年第2季度"


def test_a_returned_report_reaches_the_departments_bell_with_the_reason_once(
        periods, alice, bob, supervisor, file_report, get_indicator):
    report = file_report(alice, periods[6], {get_indicator("高技术成果"): 3})
    for _click in range(2):  # a double click returns once and notifies once
        services.report_return(report=report, acting_user=supervisor, reason="高技术成果数与台账不符")
    item = Notification.objects.get()
    assert (item.recipient, item.kind, item.url) == (alice, "report_returned", f"/supervision/reports/{report.pk}/")
    assert "2026年1-6月" in item.text and "高技术成果数与台账不符" in item.text
    assert not Notification.objects.filter(recipient__in=[bob, supervisor]).exists()
