"""Plan indicators computed from the registry (tasks 10–12 of the action plan).

Choices, so the numbers can be checked by hand:
- "new" counts are enterprises (not certificates) whose certification was granted between 1 January
  of ctx.year and ctx.period_end; an enterprise with two titles in the year counts once.
- 科技型企业 = 科技型中小企业, 高新技术企业, 领军企业, 雏鹰, 瞪羚, 独角兽 (plan goal 2 lists them);
  the 引进 part of "引进及认定" (firms moving in already certified) is not separately tracked.
- 新入规 = scale_entered_on in the period; industry = 规上工业, service = 规上服务业 and 限上批零住餐.
- Revenue and tax tiers are stock counts on each enterprise's latest yearly figures with year ≤ ctx.year
  (money is in 万元: 10亿 = 100000, 1亿 = 10000, 1000万 = 1000, 100万 = 100).
"""
from django.db.models import OuterRef, Subquery

from actiondesk.core.metrics import MetricContext, register, register_hints
from actiondesk.enterprises import park_yield
from actiondesk.enterprises.choices import SPECIALISED_KINDS, TECH_KINDS, ScaleStatus
from actiondesk.enterprises.models import Certification, Enterprise, EnterpriseYearFigures

SOURCE = "企业梯度培育库"


def _new_certified(ctx: MetricContext, kinds) -> int:
    return (Certification.objects.filter(enterprise__zone_id=ctx.zone_id, kind__in=kinds,
                                         granted_on__gte=ctx.year_start, granted_on__lte=ctx.period_end)
            .values("enterprise_id").distinct().count())


def _new_scale(ctx: MetricContext, statuses) -> int:
    return Enterprise.objects.filter(zone_id=ctx.zone_id, scale_status__in=statuses,
                                     scale_entered_on__gte=ctx.year_start, scale_entered_on__lte=ctx.period_end).count()


def latest_figures(ctx: MetricContext):
    latest_year = (EnterpriseYearFigures.objects.filter(enterprise=OuterRef("enterprise"), year__lte=ctx.year)
                   .order_by("-year").values("year")[:1])
    return EnterpriseYearFigures.objects.filter(enterprise__zone_id=ctx.zone_id, year__lte=ctx.year,
                                                year=Subquery(latest_year))


@register("enterprises.new_tech_enterprises", label="新认定科技型企业", unit="家",
          source=f"{SOURCE}：当年获批认定的科技型中小企业、高企、领军、雏鹰、瞪羚、独角兽（按企业计）")
def new_tech_enterprises(ctx: MetricContext) -> int:
    return _new_certified(ctx, TECH_KINDS)


@register("enterprises.new_specialised", label="新培育专精特新、小巨人、单项冠军企业", unit="家",
          source=f"{SOURCE}：当年新获专精特新中小企业、“小巨人”、制造业单项冠军（按企业计）")
def new_specialised(ctx: MetricContext) -> int:
    return _new_certified(ctx, SPECIALISED_KINDS)


@register("enterprises.new_scale_industry", label="新培育规上工业企业", unit="家",
          source=f"{SOURCE}：入规日期在当年的规上工业企业")
def new_scale_industry(ctx: MetricContext) -> int:
    return _new_scale(ctx, [ScaleStatus.INDUSTRY])


@register("enterprises.new_scale_service", label="新培育规(限)上服务业企业", unit="家",
          source=f"{SOURCE}：入规/入限日期在当年的规上服务业和限上批零住餐企业")
def new_scale_service(ctx: MetricContext) -> int:
    return _new_scale(ctx, [ScaleStatus.SERVICE, ScaleStatus.TRADE])


@register("enterprises.revenue_over_1bn", label="年营收10亿元以上企业", unit="户", cumulative=False,
          source=f"{SOURCE}：最近年度营业收入 ≥ 10亿元")
def revenue_over_1bn(ctx: MetricContext) -> int:
    return latest_figures(ctx).filter(revenue__gte=100000).count()


@register("enterprises.revenue_over_100m", label="年营收亿元以上企业", unit="户", cumulative=False,
          source=f"{SOURCE}：最近年度营业收入 ≥ 1亿元（含10亿元以上）")
def revenue_over_100m(ctx: MetricContext) -> int:
    return latest_figures(ctx).filter(revenue__gte=10000).count()


@register("enterprises.tax_over_10m", label="年纳税超千万元企业", unit="户", cumulative=False,
          source=f"{SOURCE}：最近年度纳税 ≥ 1000万元")
def tax_over_10m(ctx: MetricContext) -> int:
    return latest_figures(ctx).filter(tax__gte=1000).count()


@register("enterprises.tax_1m_to_10m", label="年纳税超百万元企业（不含超千万）", unit="户", cumulative=False,
          source=f"{SOURCE}：最近年度纳税 ≥ 100万元且 < 1000万元")
def tax_1m_to_10m(ctx: MetricContext) -> int:
    return latest_figures(ctx).filter(tax__gte=100, tax__lt=1000).count()


# Phrases of the plan's target sentences these metrics count (see core.metrics.register_hints).
register_hints("enterprises.new_tech_enterprises", "科技型企业")
register_hints("enterprises.new_specialised", "专精特新中小企业", "专精特新“小巨人”")
register_hints("enterprises.new_scale_industry", "新培育规上工业企业")
register_hints("enterprises.new_scale_service", "规(限)上服务业企业", "规（限）上服务业企业", "限上服务业企业")
register_hints("enterprises.revenue_over_1bn", "年营收10亿元以上", "营收10亿元以上")
register_hints("enterprises.revenue_over_100m", "年营收亿元以上")
register_hints("enterprises.tax_over_10m", "年纳税超千万元")
register_hints("enterprises.tax_1m_to_10m", "年纳税超百万元")


# 亩均效益 of the zone's parks taken together (enterprises.park_yield; the calculation in parks.land_yield).
@register("enterprises.park_output_per_mu", label="园区亩均产出", unit="万元/亩", cumulative=False,
          source=f"{SOURCE}：园区入驻企业当年营业收入 ÷ 其占用的亩·年（年中入驻或迁出按在园天数折算）")
def park_output_per_mu(ctx: MetricContext):
    return park_yield.zone_yield(ctx.zone_id, ctx.year).output_per_mu


@register("enterprises.park_tax_per_mu", label="园区亩均税收", unit="万元/亩", cumulative=False,
          source=f"{SOURCE}：园区入驻企业当年纳税 ÷ 其占用的亩·年（年中入驻或迁出按在园天数折算）")
def park_tax_per_mu(ctx: MetricContext):
    return park_yield.zone_yield(ctx.zone_id, ctx.year).tax_per_mu
