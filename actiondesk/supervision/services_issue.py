"""Issuing a period's 督导通报 closes the period: its statuses, scores and ranking are frozen as they stood and the
files sent are stored with their SHA-256, so a later return, correction or 动态调整 shows in later periods only."""
import hashlib

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from actiondesk.core.audit import audit_record
from actiondesk.core.language import official_language
from actiondesk.core.models import AuditAction
from actiondesk.core.scoping import ensure_role
from actiondesk.org.choices import Role
from actiondesk.plans.models import Indicator
from actiondesk.supervision.exports import docx_report, xlsx_ledger
from actiondesk.supervision.models import IssuedPeriod, ReportingPeriod
from actiondesk.supervision.responsibility import responsibilities
from actiondesk.supervision.selectors import plan_board
from actiondesk.supervision.snapshots import board_snapshot

ISSUERS = (Role.ADMIN, Role.SUPERVISOR)


def unassigned_indicator_names(plan) -> list[str]:
    """Indicators no department reports (no 责任部门 and no lead department on their tasks): a configuration
    error the admin must fix (督导设置) before a 通报 can name who is behind."""
    ids = responsibilities(plan.pk).unassigned_indicators()
    return list(Indicator.objects.filter(pk__in=ids).order_by("position").values_list("name", flat=True))


@transaction.atomic
def period_issue(*, period, acting_user, today=None) -> IssuedPeriod:
    """Issue the period's 督导通报 (the supervision office or an admin). A repeat returns the issue already made."""
    ensure_role(acting_user, period.plan.zone_id, *ISSUERS, message="只有督查室或管理员可以发布通报")
    period = ReportingPeriod.objects.select_for_update().select_related("plan__zone").get(pk=period.pk)
    existing = IssuedPeriod.objects.filter(period=period).first()
    if existing is not None:
        return existing
    today = today or timezone.localdate()
    if period.end >= today:
        raise ValidationError("周期尚未结束，不能发布通报")
    missing = unassigned_indicator_names(period.plan)
    if missing:
        raise ValidationError("以下指标未设责任部门，请先在方案中指定：" + "、".join(missing))
    with official_language():  # the files and snapshot are the ones sent on, in Chinese whoever issues them
        board = plan_board(period.plan, month=period.month, today=today, with_notes=True)
        docx, xlsx, frozen = docx_report(board), xlsx_ledger(board), board_snapshot(board)
    issued = IssuedPeriod.objects.create(
        period=period, issued_at=timezone.now(), issued_by=acting_user if getattr(acting_user, "pk", None) else None,
        snapshot=frozen, docx=docx, docx_sha256=hashlib.sha256(docx).hexdigest(),
        xlsx=xlsx, xlsx_sha256=hashlib.sha256(xlsx).hexdigest())
    audit_record(actor=acting_user, action=AuditAction.WORKFLOW, instance=period, zone=period.plan.zone,
                 note=f"发布督导通报（{period.official_label}），本期状态与排名冻结",
                 after={"docx_sha256": issued.docx_sha256, "xlsx_sha256": issued.xlsx_sha256})
    return issued
