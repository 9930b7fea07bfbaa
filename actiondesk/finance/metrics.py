"""Metrics of 金融+: loans arranged, compensations the risk pool paid, enterprises on the listing ladder."""
from django.db.models import Sum

from actiondesk.core.metrics import MetricContext, register
from actiondesk.finance.choices import ListingStage
from actiondesk.finance.models import Compensation, ListingStep, Loan

SOURCE = "金融服务"


@register("finance.loans_arranged", label="政银企对接放款", unit="万元",
          source=f"{SOURCE}：当年登记放款的贷款金额之和")
def loans_arranged(ctx: MetricContext):
    return Loan.objects.filter(zone_id=ctx.zone_id, granted_on__gte=ctx.year_start, granted_on__lte=ctx.period_end
                               ).aggregate(t=Sum("amount"))["t"] or 0


@register("finance.pool_compensation", label="风险补偿资金池补偿", unit="万元",
          source=f"{SOURCE}：当年风险补偿资金池支付的补偿之和")
def pool_compensation(ctx: MetricContext):
    return Compensation.objects.filter(pool__zone_id=ctx.zone_id, paid_on__gte=ctx.year_start,
                                       paid_on__lte=ctx.period_end).aggregate(t=Sum("amount"))["t"] or 0


@register("finance.listing_pipeline", label="上市梯度企业", unit="家", cumulative=False,
          source=f"{SOURCE}：处于辅导备案及以后梯度的企业（去重）")
def listing_pipeline(ctx: MetricContext) -> int:
    return (ListingStep.objects.filter(enterprise__zone_id=ctx.zone_id, stage__in=[
        ListingStage.TUTORING, ListingStage.FILED, ListingStage.LISTED]).values("enterprise_id").distinct().count())
