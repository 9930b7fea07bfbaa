"""Metrics of the chain leaders' docket: problems still open, problems resolved by their due date, and meeting
decisions raised as 督办单. Counts over the zone's chains, as of the period's end."""
from django.db.models import F, Q

from actiondesk.chainwork.choices import ProblemState
from actiondesk.chainwork.models import ChainProblem, MeetingDecision
from actiondesk.core.metrics import MetricContext, register

SOURCE = "链长工作台"


@register("chainwork.open_problems", label="链长协调问题（未解决）", unit="个",
          source=f"{SOURCE}：截至期末已提出、尚未解决的产业链重大问题")
def open_problems(ctx: MetricContext) -> int:
    return ChainProblem.objects.filter(chain__zone_id=ctx.zone_id, raised_on__lte=ctx.period_end).filter(
        ~Q(state=ProblemState.RESOLVED) | Q(resolved_on__gt=ctx.period_end)).count()


@register("chainwork.problems_resolved_on_time", label="链长协调问题按时解决", unit="个",
          source=f"{SOURCE}：当年解决且不晚于解决时限的问题（未设时限的按已解决计）")
def problems_resolved_on_time(ctx: MetricContext) -> int:
    return ChainProblem.objects.filter(chain__zone_id=ctx.zone_id, resolved_on__gte=ctx.year_start,
                                       resolved_on__lte=ctx.period_end).filter(
        Q(due_on__isnull=True) | Q(resolved_on__lte=F("due_on"))).count()


@register("chainwork.decisions_to_orders", label="链长会议议定事项转督办单", unit="项",
          source=f"{SOURCE}：当年链长会议形成并已转为督办单的议定事项")
def decisions_to_orders(ctx: MetricContext) -> int:
    return MeetingDecision.objects.filter(meeting__chain__zone_id=ctx.zone_id, order__isnull=False,
                                          meeting__held_on__gte=ctx.year_start,
                                          meeting__held_on__lte=ctx.period_end).count()
