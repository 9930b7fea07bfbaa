"""Metrics that run real queries (a page computing them would blow its query budget), for supervision tests."""
from actiondesk.org.models import Department
from actiondesk.plans.models import Indicator, Task

CALLS = []  # (metric, period end) of every computation, so a test can prove a page computed nothing


def departments_metric(ctx):
    CALLS.append(("tests.departments", ctx.period_end))
    return Department.objects.filter(zone_id=ctx.zone_id).count() * ctx.period_end.month


def tasks_metric(ctx):
    CALLS.append(("tests.tasks", ctx.period_end))
    return Task.objects.filter(plan_id=ctx.plan_id).count()


def bind_querying(plan, extra=0):
    task = Task.objects.get(plan=plan, number="1")
    added = Indicator.objects.bulk_create([Indicator(plan=plan, name=f"自动指标{i}", target_value=100, unit="个",
                                                     position=100 + i, metric=f"tests.{'departments' if i % 2 else 'tasks'}")
                                           for i in range(extra)])
    task.indicators.add(*added)
    Indicator.objects.filter(plan=plan, name__in=["高技术成果", "成果路演、对接活动"]).update(metric="tests.departments")
    return Indicator.objects.filter(plan=plan).exclude(metric="")
