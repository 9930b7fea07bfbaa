"""Metrics over the innovation registries for goal 2 and tasks 4, 5, 6, 16 and 17 of the plan."""
from decimal import Decimal

from django.db.models import Min, Q, Sum

from actiondesk.core.metrics import MetricContext, register, register_hints
from actiondesk.core.numbers import rounded
from actiondesk.innovation.choices import AchievementStage, PlatformKind, SceneKind, SceneState
from actiondesk.innovation.models import (
    Achievement,
    AchievementAdoption,
    AchievementStageEvent,
    Event,
    Platform,
    SceneItem,
    TechContract,
)
from actiondesk.innovation.selectors import contract_growth


def _in_year(field: str, ctx: MetricContext) -> Q:
    return Q(**{f"{field}__gte": ctx.year_start, f"{field}__lte": ctx.period_end})


@register("innovation.high_tech_achievements", label="高技术成果", unit="项",
          source="科技成果库：当年认定为高技术成果的成果")
def high_tech_achievements(ctx: MetricContext) -> int:
    return Achievement.objects.filter(_in_year("high_tech_on", ctx), zone_id=ctx.zone_id, is_high_tech=True).count()


@register("innovation.validated_high_value_achievements", label="挖掘并验证的高价值科技成果", unit="项",
          source="科技成果库：当年进入概念验证（或更后阶段）的高价值成果，按首次验证日期计")
def validated_high_value_achievements(ctx: MetricContext) -> int:
    validated = (AchievementStageEvent.objects.filter(
        achievement__zone_id=ctx.zone_id, achievement__is_high_value=True,
        stage__in=[AchievementStage.CONCEPT, AchievementStage.PILOT, AchievementStage.INDUSTRIAL])
        .values("achievement_id").annotate(first=Min("on")))
    return sum(1 for row in validated if ctx.year_start <= row["first"] <= ctx.period_end)


@register("innovation.new_pilot_platforms", label="新引育组建中试服务平台", unit="家",
          source="平台库：组建或认定日期在当年的中试平台")
def new_pilot_platforms(ctx: MetricContext) -> int:
    return Platform.objects.filter(_in_year("established_on", ctx) | (Q(established_on__isnull=True)
                                                                      & _in_year("recognized_on", ctx)),
                                   zone_id=ctx.zone_id, kind=PlatformKind.PILOT).count()


@register("innovation.new_innovation_platforms", label="新组建或认定创新平台", unit="家",
          source="平台库：组建或认定日期在当年的创新平台")
def new_innovation_platforms(ctx: MetricContext) -> int:
    return Platform.objects.filter(_in_year("established_on", ctx) | _in_year("recognized_on", ctx),
                                   zone_id=ctx.zone_id, kind=PlatformKind.INNOVATION).count()


@register("innovation.events", label="成果路演、对接活动", unit="场", source="活动库：当年举办的成果路演和对接活动")
def events(ctx: MetricContext) -> int:
    return Event.objects.filter(_in_year("held_on", ctx), zone_id=ctx.zone_id).count()


@register("innovation.locally_converted", label="本地转化科技成果", unit="项",
          source="科技成果库：当年首次由示范区企业本地转化或产业化的成果（多家企业承接计一项）")
def locally_converted(ctx: MetricContext) -> int:
    firsts = (AchievementAdoption.objects.filter(achievement__zone_id=ctx.zone_id, is_local=True)
              .values("achievement_id").annotate(first=Min("adopted_on")))
    return sum(1 for row in firsts if ctx.year_start <= row["first"] <= ctx.period_end)


@register("innovation.tech_contract_growth", label="技术合同成交额增速", unit="%",
          source="技术合同登记：当年累计成交额较上年同期的增长（上年同期为零时无值）")
def tech_contract_growth(ctx: MetricContext) -> Decimal | None:
    return contract_growth(ctx.zone_id, ctx.period_end).growth


@register("innovation.tech_contract_amount", label="技术合同成交额", unit="亿元",
          source="技术合同登记：当年累计成交额")
def tech_contract_amount(ctx: MetricContext) -> Decimal:
    total = TechContract.objects.filter(_in_year("signed_on", ctx), zone_id=ctx.zone_id).aggregate(
        total=Sum("amount"))["total"]
    return rounded(Decimal(total or 0) / 10000, 4)


@register("innovation.ai_benchmark_scenes", label="人工智能标杆场景", unit="个",
          source="场景项目库：当年入选标杆的人工智能场景")
def ai_benchmark_scenes(ctx: MetricContext) -> int:
    return SceneItem.objects.filter(_in_year("benchmark_on", ctx), zone_id=ctx.zone_id, is_ai=True,
                                    state=SceneState.BENCHMARK).count()


@register("innovation.scene_demands_listed", label="入库场景需求", unit="个",
          source="场景项目库：统计期末已入库的场景需求", cumulative=False)
def scene_demands_listed(ctx: MetricContext) -> int:
    return SceneItem.objects.filter(zone_id=ctx.zone_id, kind=SceneKind.DEMAND,
                                    created_at__date__lte=ctx.period_end).count()


@register("innovation.benchmark_scenes", label="标杆场景", unit="个", source="场景项目库：当年入选标杆的场景")
def benchmark_scenes(ctx: MetricContext) -> int:
    return SceneItem.objects.filter(_in_year("benchmark_on", ctx), zone_id=ctx.zone_id,
                                    state=SceneState.BENCHMARK).count()


# Phrases of the plan's target sentences these metrics count (see core.metrics.register_hints).
register_hints("innovation.high_tech_achievements", "高技术成果")
register_hints("innovation.validated_high_value_achievements", "验证高价值科技成果", "高价值科技成果")
register_hints("innovation.new_pilot_platforms", "中试服务平台")
register_hints("innovation.new_innovation_platforms", "高能级科创平台")
register_hints("innovation.events", "路演、对接活动", "成果路演")
register_hints("innovation.locally_converted", "本地转化", "本地转化或产业化")
register_hints("innovation.tech_contract_growth", "技术合同成交额")
register_hints("innovation.ai_benchmark_scenes", "标杆场景")
register_hints("innovation.scene_demands_listed", "场景项目库")
