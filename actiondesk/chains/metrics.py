"""Metrics over the chain map: output value (产值) by leading industry and chains that take shape."""
from decimal import Decimal

from django.db.models import Sum

from actiondesk.chains import selectors
from actiondesk.chains.choices import LEADING_INDUSTRIES, ChainKind, Industry
from actiondesk.chains.models import EnterpriseOutput, SegmentEnterprise
from actiondesk.core.metrics import MetricContext, register, register_hints
from actiondesk.core.numbers import rounded

OUTPUT_METRICS = {Industry.HIGH_END_EQUIPMENT: "chains.output_high_end_equipment",
                  Industry.LIFE_HEALTH: "chains.output_life_health",
                  Industry.NEW_MATERIALS: "chains.output_new_materials",
                  Industry.NEXT_GEN_IT: "chains.output_next_gen_it"}


def industry_output(ctx: MetricContext, industry: str) -> Decimal:
    """产值 (亿元) of the distinct enterprises placed on any chain of ``industry``, months in the period."""
    enterprises = SegmentEnterprise.objects.filter(
        segment__chain__zone_id=ctx.zone_id, segment__chain__industry=industry).values("enterprise_id")
    total = EnterpriseOutput.objects.filter(
        enterprise_id__in=enterprises, month__gte=ctx.year_start, month__lte=ctx.period_end,
    ).aggregate(total=Sum("output_value"))["total"]
    return rounded(Decimal(total or 0) / 10000, 4)


def _register_output(industry):
    label = str(industry.label)

    @register(OUTPUT_METRICS[industry], label=f"{label}产业产值", unit="亿元",
              source=f"企业月度产值：{label}产业链上企业（去重）当年各月产值之和")
    def compute(ctx: MetricContext) -> Decimal:
        return industry_output(ctx, industry)

    return compute


for _industry in LEADING_INDUSTRIES:
    _register_output(_industry)


@register("chains.strategic_chains_in_shape", label="初具规模的战略性新兴产业链", unit="个", cumulative=False,
          source="产业链图谱：有链主、链上企业与覆盖环节达到本区规则（产业链规则）的战略性新兴产业链",
          description="规则见 actiondesk/chains/rules.py；阈值按示范区保存在“产业链规则”中")
def strategic_chains_in_shape(ctx: MetricContext) -> int:
    stats = selectors.chain_stats(zone_id=ctx.zone_id, kind=ChainKind.STRATEGIC)
    return sum(1 for s in stats if s["in_shape"])


# Phrases of the plan's target sentences these metrics count (see core.metrics.register_hints).
register_hints("chains.strategic_chains_in_shape", "战略性新兴产业链初具规模")
register_hints("chains.output_high_end_equipment", "高端装备产业实现产值")
register_hints("chains.output_life_health", "生命健康产业实现产值")
register_hints("chains.output_new_materials", "新材料产业实现产值")
register_hints("chains.output_next_gen_it", "新一代信息技术产业实现产值")
