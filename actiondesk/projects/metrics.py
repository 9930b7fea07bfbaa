"""Metrics over the project ledger (重点项目台账) for the plan's task 1 targets. Money in 亿元."""
from decimal import Decimal

from django.db.models import Q, Sum

from actiondesk.core.metrics import MetricContext, register, register_hints
from actiondesk.core.numbers import rounded
from actiondesk.projects.choices import ProjectType
from actiondesk.projects.models import Project, ProjectMonthlyInvestment

WAN_PER_YI = Decimal(10000)


def _in_year(field: str, ctx: MetricContext) -> Q:
    return Q(**{f"{field}__gte": ctx.year_start, f"{field}__lte": ctx.period_end})


def _signed_industrial(ctx: MetricContext):
    return Project.objects.filter(_in_year("signed_on", ctx), zone_id=ctx.zone_id,
                                  project_type=ProjectType.INDUSTRIAL)


def to_yi(amount_wan) -> Decimal:
    return rounded(Decimal(amount_wan or 0) / WAN_PER_YI, 4)


@register("projects.signed_industrial_projects", label="签约产业类项目", unit="个",
          source="项目台账：当年签约日期在统计期内的产业类项目")
def signed_industrial_projects(ctx: MetricContext) -> int:
    return _signed_industrial(ctx).count()


@register("projects.signed_industrial_investment", label="签约产业类项目总投资", unit="亿元",
          source="项目台账：当年签约产业类项目的总投资之和")
def signed_industrial_investment(ctx: MetricContext) -> Decimal:
    return to_yi(_signed_industrial(ctx).aggregate(total=Sum("total_investment"))["total"])


@register("projects.started_or_resumed_projects", label="开复工项目", unit="个",
          source="项目台账：当年开工或复工日期在统计期内的项目")
def started_or_resumed_projects(ctx: MetricContext) -> int:
    return Project.objects.filter(_in_year("started_on", ctx) | _in_year("resumed_on", ctx),
                                  zone_id=ctx.zone_id).count()


@register("projects.annual_investment", label="年度完成投资", unit="亿元",
          source="项目台账：当年各月完成投资之和（截至统计期末所在月）")
def annual_investment(ctx: MetricContext) -> Decimal:
    total = ProjectMonthlyInvestment.objects.filter(
        project__zone_id=ctx.zone_id, month__gte=ctx.year_start, month__lte=ctx.period_end,
    ).aggregate(total=Sum("amount"))["total"]
    return to_yi(total)


@register("projects.completed_or_producing_projects", label="竣工投产项目", unit="个",
          source="项目台账：当年竣工或投产日期在统计期内的项目")
def completed_or_producing_projects(ctx: MetricContext) -> int:
    return Project.objects.filter(_in_year("completed_on", ctx) | _in_year("producing_on", ctx),
                                  zone_id=ctx.zone_id).count()


# Phrases of the plan's target sentences these metrics count (see core.metrics.register_hints).
register_hints("projects.signed_industrial_projects", "签约产业类项目")
register_hints("projects.signed_industrial_investment", "签约项目总投资", "总投资额")
register_hints("projects.started_or_resumed_projects", "开复工项目")
register_hints("projects.annual_investment", "年度投资", "年度完成投资")
