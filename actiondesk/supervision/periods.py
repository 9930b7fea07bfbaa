"""Reporting periods of a plan: pure date arithmetic plus the service that stores them."""
import calendar
import datetime

from django.db import transaction

from actiondesk.core.audit import audit_record
from actiondesk.core.models import AuditAction
from actiondesk.core.scoping import ensure_role
from actiondesk.org.choices import Role
from actiondesk.supervision.choices import PeriodKind
from actiondesk.supervision.models import ReportingPeriod, SupervisionSettings


def period_months(kind: str) -> list[int]:
    return [3, 6, 9, 12] if kind == PeriodKind.QUARTERLY else list(range(1, 13))


def period_dates(year: int, month: int, kind: str, due_day: int) -> tuple[datetime.date, datetime.date, datetime.date]:
    """(start, end, due) of the period ending with ``month``; due on ``due_day`` of the next month."""
    first_month = month - 2 if kind == PeriodKind.QUARTERLY else month
    start = datetime.date(year, first_month, 1)
    end = datetime.date(year, month, calendar.monthrange(year, month)[1])
    due = datetime.date(year + 1, 1, due_day) if month == 12 else datetime.date(year, month + 1, due_day)
    return start, end, due


def parse_period_code(code: str) -> tuple[int, int]:
    """"2026-06" → (2026, 6); ValueError otherwise."""
    try:
        year_text, month_text = code.strip().split("-")
        year, month = int(year_text), int(month_text)
    except (ValueError, AttributeError):
        raise ValueError(f"周期格式应为 YYYY-MM：{code}")
    if not 1 <= month <= 12:
        raise ValueError(f"月份无效：{code}")
    return year, month


@transaction.atomic
def periods_ensure(*, plan, acting_user, kind: str | None = None, due_day: int | None = None) -> list:
    """Create the plan year's reporting periods that do not exist yet (monthly by default). Admins or SYSTEM."""
    ensure_role(acting_user, plan.zone_id, Role.ADMIN, message="只有管理员可以生成报送周期")
    settings, _created = SupervisionSettings.objects.get_or_create(plan=plan)
    if kind or due_day:
        settings.period_kind = kind or settings.period_kind
        settings.due_day = due_day or settings.due_day
        settings.save()
    existing = {p.month: p for p in ReportingPeriod.objects.filter(plan=plan, year=plan.year)}
    created = []
    for month in period_months(settings.period_kind):
        if month in existing:
            continue
        start, end, due = period_dates(plan.year, month, settings.period_kind, settings.due_day)
        created.append(ReportingPeriod(plan=plan, kind=settings.period_kind, year=plan.year, month=month,
                                       start=start, end=end, due_date=due))
    ReportingPeriod.objects.bulk_create(created)
    if created:
        audit_record(actor=acting_user, action=AuditAction.CREATE, instance=plan,
                     note=f"生成报送周期 {len(created)} 个", zone=plan.zone,
                     after={"periods": [p.code for p in created]})
    return list(ReportingPeriod.objects.filter(plan=plan, year=plan.year))
