"""Metrics of the plan's 保障措施 over demands, 包保 and arrears (包保覆盖率, 按时办结率, 满意度, 清欠)."""
from decimal import Decimal

from django.db.models import Count, F, Q, Sum

from actiondesk.core.metrics import MetricContext, register
from actiondesk.demands.choices import Rating
from actiondesk.demands.models import Arrear, Demand, Repayment
from actiondesk.demands.selectors import CLOSED_STATUSES, coverage


def _percent(part, whole) -> Decimal:
    return (Decimal(part) * 100 / whole).quantize(Decimal("0.1")) if whole else Decimal(0)


@register("demands.baobao_coverage", label="规(限)上企业包保覆盖率", unit="%", cumulative=False,
          source="企业诉求：有包保领导的规(限)上企业 ÷ 全部规(限)上企业")
def baobao_coverage(ctx: MetricContext) -> Decimal:
    row = coverage(ctx.zone_id)
    return _percent(row["paired"], row["total"])


def _year_demands(ctx):
    return Demand.objects.filter(zone_id=ctx.zone_id, raised_on__gte=ctx.year_start, raised_on__lte=ctx.period_end)


@register("demands.on_time_closure_rate", label="企业诉求按时办结率", unit="%", cumulative=False,
          source="企业诉求：当年提出、已办结的诉求中在办结时限内办结的比例")
def on_time_closure_rate(ctx: MetricContext) -> Decimal:
    row = _year_demands(ctx).filter(status__in=CLOSED_STATUSES).aggregate(
        closed=Count("pk"), on_time=Count("pk", filter=Q(closed_on__lte=F("resolve_due"))))
    return _percent(row["on_time"], row["closed"])


@register("demands.satisfaction_rate", label="企业诉求满意率", unit="%", cumulative=False,
          source="企业诉求：当年已评价诉求中满意和基本满意的比例")
def satisfaction_rate(ctx: MetricContext) -> Decimal:
    row = _year_demands(ctx).exclude(rating="").aggregate(
        rated=Count("pk"), good=Count("pk", filter=Q(rating__in=(Rating.SATISFIED, Rating.FAIRLY))))
    return _percent(row["good"], row["rated"])


@register("demands.arrears_cleared", label="清理拖欠企业账款", unit="万元",
          source="拖欠账款台账：当年至统计期末的还款金额之和")
def arrears_cleared(ctx: MetricContext) -> Decimal:
    total = Repayment.objects.filter(arrear__zone_id=ctx.zone_id, paid_on__gte=ctx.year_start,
                                     paid_on__lte=ctx.period_end).aggregate(total=Sum("amount"))["total"]
    return Decimal(total or 0)


@register("demands.arrears_outstanding", label="拖欠企业账款余额", unit="万元", cumulative=False,
          source="拖欠账款台账：欠款总额减去截至统计期末的还款")
def arrears_outstanding(ctx: MetricContext) -> Decimal:
    owed = Arrear.objects.filter(zone_id=ctx.zone_id).aggregate(total=Sum("amount"))["total"] or 0
    paid = Repayment.objects.filter(arrear__zone_id=ctx.zone_id, paid_on__lte=ctx.period_end).aggregate(
        total=Sum("amount"))["total"] or 0
    return Decimal(owed) - Decimal(paid)


