"""Context for the supervision panels embedded in plans pages (my department, indicator and task detail).

Each computes only what its panel shows: one indicator's row, one task's row, one department's due reports.
"""
from django.middleware.csrf import get_token
from django.utils import timezone

from actiondesk.core.access import access_for
from actiondesk.core.scoping import visible
from actiondesk.org.choices import Role
from actiondesk.supervision.models import Comment, PeriodReport, TargetRevision
from actiondesk.supervision.selectors import department_outstanding, indicator_rows_for


def department_due(user, plan) -> dict:
    access = access_for(user)
    if plan is None or access is None or not access.department_id:
        return {"items": []}
    today = timezone.localdate()
    items = []
    latest = {}
    for r in visible(PeriodReport.objects.filter(period__plan=plan, department_id=access.department_id), user):
        if r.revision >= latest.get(r.period_id, (0, None))[0]:
            latest[r.period_id] = (r.revision, r)
    for period in department_outstanding(plan, access.department_id, today=today):
        report = latest.get(period.pk, (0, None))[1]
        overdue = period.due_date < today
        items.append({"period": period, "report": report, "overdue": overdue,
                      "days": (today - period.due_date).days if overdue else 0})
    comments = list(Comment.objects.filter(plan=plan, task__lead_departments=access.department_id)
                    .select_related("task")[:5])
    return {"items": items, "today": today, "comments": comments}


def _comment_context(request, plan, **target) -> dict:
    access = access_for(request.user)
    return {"comments": list(Comment.objects.filter(plan=plan, **target)),
            "can_comment": bool(access and access.role in (Role.LEADER, Role.SUPERVISOR, Role.ADMIN)),
            "csrf_token": get_token(request), "is_admin": bool(access and access.is_admin)}


def indicator_panel(request, indicator) -> dict:
    board = indicator_rows_for(indicator.plan, [indicator])
    row = board.indicators[0]
    return {"row": row, "board": board, "chart": row.chart(), "indicator": indicator,
            "revisions": list(TargetRevision.objects.filter(indicator=indicator).select_related("revised_by")),
            **_comment_context(request, indicator.plan, indicator=indicator)}


def task_panel(request, task) -> dict:
    indicators = sorted(task.indicators.all(), key=lambda i: (i.position, i.pk))
    board = indicator_rows_for(task.plan, indicators, tasks=[task], with_notes=True)
    return {"row": board.tasks[0], "board": board, "task": task, **_comment_context(request, task.plan, task=task)}
