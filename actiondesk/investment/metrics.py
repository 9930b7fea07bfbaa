"""Metrics of the 招商 pipeline: leads signed in the year, and those a 链主 referred."""
from actiondesk.core.metrics import MetricContext, register
from actiondesk.investment.choices import LeadSource, LeadStage
from actiondesk.investment.models import LeadStageEvent

SOURCE = "招商线索库"


def _signed(ctx: MetricContext, **lookup) -> int:
    return (LeadStageEvent.objects.filter(lead__zone_id=ctx.zone_id, stage=LeadStage.SIGNED, on__gte=ctx.year_start,
                                          on__lte=ctx.period_end, **lookup).values("lead_id").distinct().count())


@register("investment.leads_signed", label="招商线索签约", unit="个",
          source=f"{SOURCE}：当年签约的招商线索（每条签约线索对应一个台账项目）")
def leads_signed(ctx: MetricContext) -> int:
    return _signed(ctx)


@register("investment.referrals_signed", label="链主推荐线索签约", unit="个",
          source=f"{SOURCE}：当年签约且来源为链主推荐的招商线索")
def referrals_signed(ctx: MetricContext) -> int:
    return _signed(ctx, lead__source=LeadSource.CHAIN_LEADER)
