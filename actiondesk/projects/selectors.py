"""Reads for projects: scoped lists, alerts and the dashboard (a fixed number of queries at any size)."""
import datetime
from decimal import Decimal

from django.db.models import Count, Exists, OuterRef, Q, Subquery, Sum

from actiondesk.core.metrics import MetricContext, get_metric
from actiondesk.core.scoping import visible
from actiondesk.plans.kinds import money_in_wan
from actiondesk.plans.models import Indicator
from actiondesk.projects import alerts, selectors_approvals
from actiondesk.projects.choices import FUNNEL_STAGES, PLANNED_FIELDS, STAGE_RANK, FactorStatus, Stage
from actiondesk.projects.models import FactorNeed, Project, ProjectAnnualPlan, ProjectMonthlyInvestment

ANNUAL_INVESTMENT_METRIC = "projects.annual_investment"
KPI_METRICS = ["projects.signed_industrial_projects", "projects.signed_industrial_investment",
               "projects.started_or_resumed_projects", "projects.annual_investment",
               "projects.completed_or_producing_projects"]


def projects_visible(user):
    return visible(Project.objects.all(), user)


def project_list(qs):
    # A correlated subquery, evaluated only for the rows shown (a join + GROUP BY would touch every row).
    last = (ProjectMonthlyInvestment.objects.filter(project=OuterRef("pk"), amount__gt=0)
            .order_by("-month").values("month")[:1])
    return qs.select_related("lead_department", "chain", "investor", "responsible_leader", "park").annotate(
        last_investment_month=Subquery(last))


def stalled_q(*, today: datetime.date, months: int = alerts.DEFAULT_STALLED_MONTHS) -> Q:
    """SQL form of ``alerts.is_stalled`` (without ``since``): the same projects, selected in the database."""
    cutoff = alerts.add_months(today, -months)
    recent = ProjectMonthlyInvestment.objects.filter(project=OuterRef("pk"), amount__gt=0,
                                                     month__gte=cutoff.replace(day=1))
    return (~Q(stage__in=alerts.NEVER_STALLED) & (Q(stage_on__isnull=True) | Q(stage_on__lt=cutoff))
            & ~Exists(recent))


def overdue_q(*, today: datetime.date) -> Q:
    """Projects that have not reached a planned stage whose planned date has passed."""
    q = Q()
    for stage, field in PLANNED_FIELDS.items():
        lower = [s for s, rank in STAGE_RANK.items() if rank < STAGE_RANK[stage]]
        q |= Q(**{f"{field}__lt": today, "stage__in": lower})
    return q


def factor_needs_visible(user):
    return FactorNeed.objects.filter(project__in=projects_visible(user).values("pk"))


def factor_overdue_q(*, today: datetime.date) -> Q:
    return ~Q(status=FactorStatus.SUPPLIED) & Q(planned_on__lt=today)


def annual_target_wan(*, zone_id: int, year: int) -> Decimal:
    """The year's investment target (万元): the plan indicator bound to the metric, else the projects' plans."""
    target = (Indicator.objects.filter(plan__zone_id=zone_id, plan__year=year, metric=ANNUAL_INVESTMENT_METRIC)
              .values_list("target_value", "unit").first())
    if target and (wan := money_in_wan(*target)):
        return wan
    planned = ProjectAnnualPlan.objects.filter(project__zone_id=zone_id, year=year).aggregate(
        total=Sum("planned_investment"))["total"]
    return Decimal(planned or 0)


def investment_by_month(projects, year: int, target_wan: Decimal) -> list[dict]:
    months = dict(ProjectMonthlyInvestment.objects.filter(project__in=projects.values("pk"), month__year=year)
                  .values("month").annotate(total=Sum("amount")).values_list("month", "total"))
    rows, cumulative = [], Decimal(0)
    for month in range(1, 13):
        amount = months.get(datetime.date(year, month, 1)) or Decimal(0)
        cumulative += amount
        rows.append({"month": month, "amount": amount, "cumulative": cumulative,
                     "sequential": alerts.sequential_share(target_wan, month)})
    return rows


def investment_grouped(projects, year: int, field: str) -> list[tuple[str, Decimal]]:
    rows = (ProjectMonthlyInvestment.objects.filter(project__in=projects.values("pk"), month__year=year)
            .values(f"project__{field}").annotate(total=Sum("amount")).order_by("-total"))
    return [(r[f"project__{field}"] or "未归链", r["total"]) for r in rows]


def dashboard(user, *, zone_id: int, year: int, today: datetime.date,
              stalled_months: int = alerts.DEFAULT_STALLED_MONTHS) -> dict:
    projects = projects_visible(user)
    funnel_counts = dict(projects.values("stage").annotate(n=Count("pk")).values_list("stage", "n"))
    funnel_counts[Stage.STARTED] = funnel_counts.get(Stage.STARTED, 0) + funnel_counts.pop(Stage.RESUMED, 0)
    target = annual_target_wan(zone_id=zone_id, year=year)
    ctx = MetricContext(zone_id=zone_id, year=year, period_end=today)
    kpis = [(get_metric(name), get_metric(name).value(ctx)) for name in KPI_METRICS]
    stalled = project_list(projects.filter(stalled_q(today=today, months=stalled_months)))
    overdue = project_list(projects.filter(overdue_q(today=today)))
    factors = factor_needs_visible(user).filter(factor_overdue_q(today=today))
    late_approvals = selectors_approvals.approvals_visible(user).filter(selectors_approvals.overdue_q(today=today))
    by_month = investment_by_month(projects, year, target)
    by_chain = investment_grouped(projects, year, "chain__name")
    by_department = investment_grouped(projects, year, "lead_department__name")
    funnel = funnel_reached(funnel_counts)
    return {
        "chart": _chart(funnel, by_month, by_chain, by_department, today if today.year == year else None),
        "year": year, "today": today, "stalled_months": stalled_months, "target_wan": target,
        "project_count": sum(funnel_counts.values()),
        "funnel": funnel, "by_month": by_month, "by_chain": by_chain, "by_department": by_department,
        "kpis": kpis,
        "stalled": list(stalled.order_by("stage_on")[:20]), "stalled_count": stalled.count(),
        "overdue": list(overdue.order_by("code")[:20]), "overdue_count": overdue.count(),
        "factors_overdue": list(factors.select_related("project", "department").order_by("planned_on")[:20]),
        "factors_overdue_count": factors.count(),
        "approvals_overdue": list(late_approvals.select_related("project", "step__department")
                                  .order_by("planned_on", "pk")[:20]),
        "approvals_overdue_count": late_approvals.count(),
    }


def funnel_reached(current_counts: dict) -> list[tuple[str, int, int]]:
    """(stage label, projects that reached the stage, projects now at it): a project at 开工 has been 洽谈 and 签约,
    so each layer counts every project at that stage or beyond and the funnel can only narrow."""
    rows = []
    for stage in FUNNEL_STAGES:
        rank = STAGE_RANK[stage]
        reached = sum(n for s, n in current_counts.items() if STAGE_RANK[Stage(s)] >= rank)
        rows.append((str(Stage(stage).label), reached, current_counts.get(stage, 0)))
    return rows


def _yi(amount) -> float:
    return round(float(amount or 0) / 10000, 2)


def _chart(funnel, by_month, by_chain, by_department, today) -> dict:
    """Plain numbers (亿元) for the ECharts on the dashboard; months after today have no cumulative value."""
    last = today.month if today else 12
    return {
        "funnel": [{"name": name, "value": reached, "current": now} for name, reached, now in funnel],
        "months": [f"{r['month']}月" for r in by_month],
        "monthly": [_yi(r["amount"]) for r in by_month],
        "cumulative": [_yi(r["cumulative"]) if r["month"] <= last else None for r in by_month],
        "sequential": [_yi(r["sequential"]) for r in by_month],
        "chains": [name for name, _v in by_chain], "chain_values": [_yi(v) for _n, v in by_chain],
        "departments": [name for name, _v in by_department], "department_values": [_yi(v) for _n, v in by_department],
    }
