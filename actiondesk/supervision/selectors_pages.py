"""Context for the supervision panels embedded in plans pages (my department, indicator and task detail)."""
from django.middleware.csrf import get_token

from actiondesk.core.access import access_for
from actiondesk.core.scoping import visible
from actiondesk.supervision.models import Comment, PeriodReport, TargetRevision
from actiondesk.supervision.selectors import plan_board


def department_due(user, plan) -> dict:
    access = access_for(user)
    if plan is None or access is None or not access.department_id:
        return {"items": []}
    board = plan_board(plan)
    items = []
    latest = {}
    for r in visible(PeriodReport.objects.filter(period__plan=plan, department_id=access.department_id), user):
        if r.revision >= latest.get(r.period_id, (0, None))[0]:
            latest[r.period_id] = (r.revision, r)
    for period in board.outstanding.get(access.department_id, []):
        report = latest.get(period.pk, (0, None))[1]
        overdue = period.due_date < board.today
        items.append({"period": period, "report": report, "overdue": overdue,
                      "days": (board.today - period.due_date).days if overdue else 0})
    comments = list(Comment.objects.filter(plan=plan, task__lead_departments=access.department_id)
                    .select_related("task")[:5])
    return {"items": items, "today": board.today, "comments": comments}


def _comment_context(request, plan, **target) -> dict:
    access = access_for(request.user)
    return {"comments": list(Comment.objects.filter(plan=plan, **target)),
            "can_comment": bool(access and access.role in ("leader", "supervisor", "admin")),
            "csrf_token": get_token(request), "is_admin": bool(access and access.is_admin)}


def indicator_panel(request, indicator) -> dict:
    board = plan_board(indicator.plan)
    row = next(r for r in board.indicators if r.indicator.pk == indicator.pk)
    return {"row": row, "board": board, "chart": row.chart(), "indicator": indicator,
            "revisions": list(TargetRevision.objects.filter(indicator=indicator).select_related("revised_by")),
            **_comment_context(request, indicator.plan, indicator=indicator)}


def task_panel(request, task) -> dict:
    board = plan_board(task.plan, with_notes=True)
    row = next(t for t in board.tasks if t.task.pk == task.pk)
    return {"row": row, "board": board, "task": task, **_comment_context(request, task.plan, task=task)}
