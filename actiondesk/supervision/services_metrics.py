"""Stored values of indicators bound to registered metrics (see core.metrics): computed here, read by pages."""
import logging
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from actiondesk.core.audit import audit_record
from actiondesk.core.metrics import MetricContext, get_metric
from actiondesk.core.models import AuditAction
from actiondesk.core.scoping import SYSTEM, ensure_role, is_system
from actiondesk.org.choices import Role
from actiondesk.supervision.metric_store import max_age, stale_periods
from actiondesk.supervision.models import MetricValue, ReportingPeriod
from actiondesk.supervision.selectors import bound_indicators, stored_values

logger = logging.getLogger(__name__)
REFRESHERS = (Role.ADMIN, Role.SUPERVISOR)


@dataclass
class RefreshResult:
    periods: list = field(default_factory=list)  # period codes
    values: int = 0
    metrics: int = 0
    failed: list = field(default_factory=list)  # "metric @ period: error"

    def as_dict(self) -> dict:
        return {"periods": self.periods, "values": self.values, "metrics": self.metrics, "failed": self.failed}


def _compute(metric, ctx, period, result):
    try:
        with transaction.atomic():  # a failing metric must not abort the whole refresh on PostgreSQL
            return metric.value(ctx), True
    except Exception as exc:  # noqa: BLE001 - a broken metric is reported, the others still refresh
        logger.exception("metric %s failed for %s", metric.name, period.code)
        result.failed.append(f"{metric.name} @ {period.code}: {exc}")
        return None, False


@transaction.atomic
def metric_values_refresh(*, plan, acting_user, periods=None, progress=None, today=None) -> RefreshResult:
    """Compute and store every bound indicator's value for ``periods`` (default: the plan's started periods).

    Each metric runs once per period however many indicators are bound to it. ``acting_user`` (the
    refresh button) must be an admin or supervisor of the plan's zone and is audited; the command,
    the demo loader and the automatic refresh of open periods act as ``SYSTEM`` (not audited: they
    only recompute what the registries already say).
    """
    ensure_role(acting_user, plan.zone_id, *REFRESHERS, message="只有管理员或督查室可以刷新数据")
    today = today or timezone.localdate()
    if periods is None:
        periods = ReportingPeriod.objects.filter(plan=plan, year=plan.year, start__lte=today)
    periods = sorted(periods, key=lambda p: p.month)
    bound = bound_indicators(plan)
    result = RefreshResult(periods=[p.code for p in periods])
    metrics = {name: get_metric(name) for name in set(bound.values())}
    metrics = {name: m for name, m in metrics.items() if m is not None}
    result.metrics = len(metrics)
    now = timezone.now()
    rows = []
    for period in periods:
        ctx = MetricContext(plan.zone_id, period.year, period.end, plan.pk)
        computed = {name: _compute(metric, ctx, period, result) for name, metric in metrics.items()}
        for indicator_id, name in bound.items():
            value, ok = computed.get(name, (None, False))
            if ok:
                rows.append(MetricValue(indicator_id=indicator_id, period_id=period.pk, metric=name, value=value,
                                        source=metrics[name].source[:300], computed_at=now))
        if progress:
            progress(period)
    MetricValue.objects.bulk_create(rows, update_conflicts=True, unique_fields=["indicator", "period"],
                                    update_fields=["metric", "value", "source", "computed_at"])
    MetricValue.objects.filter(period__in=[p.pk for p in periods]).exclude(indicator_id__in=list(bound)).delete()
    result.values = len(rows)
    if not is_system(acting_user):
        audit_record(actor=acting_user, action=AuditAction.WORKFLOW, instance=plan, note="刷新自动取数指标",
                     after=result.as_dict())
    return result


def metric_values_refresh_stale(*, plan, today=None, up_to_month: int = 12) -> RefreshResult | None:
    """Refresh only what is missing or out of date (open periods older than the allowed age)."""
    today = today or timezone.localdate()
    bound = bound_indicators(plan)
    if not bound:
        return None
    periods = list(ReportingPeriod.objects.filter(plan=plan, year=plan.year).order_by("month"))
    stale = stale_periods(periods, bound, stored_values(plan), today=today, now=timezone.now(), age=max_age(),
                          up_to_month=up_to_month)
    # Triggered after any user's page load: the platform refreshes, whoever looked.
    return metric_values_refresh(plan=plan, acting_user=SYSTEM, periods=stale, today=today) if stale else None
