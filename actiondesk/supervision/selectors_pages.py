"""Context for the supervision panels embedded in plans pages (my department, indicator and task detail).

Each computes only what its panel shows: one indicator's row, one task's row, one department's due reports.
"""
from django.middleware.csrf import get_token
from django.utils import timezone

from actiondesk.core.access import access_for
from actiondesk.core.scoping import visible
from actiondesk.org.choices import Role
from actiondesk.supervision.choices import ReportStatus
from actiondesk.supervision.comment_forms import comment_form_context
from actiondesk.supervision.models import Comment, PeriodReport, SupportNote, TargetRevision, TaskProgress
from actiondesk.supervision.selectors import COUNTED, department_outstanding, indicator_rows_for, plan_board


def department_due(user, plan) -> dict:
    access = access_for(user)
    if plan is None or access is None or not access.department_id:
        return {"items": []}
    today = timezone.localdate()
    items = []
    latest = {}
    for r in visible(PeriodReport.objects.filter(period__plan=plan, department_id=access.department_id), user) \
            .select_related("period"):
        if r.revision >= latest.get(r.period_id, (0, None))[0]:
            latest[r.period_id] = (r.revision, r)
    # A report sent back is the first thing the department must see, with the reason, whatever its period.
    returned = sorted((r for _rev, r in latest.values() if r.status == ReportStatus.RETURNED),
                      key=lambda r: r.period.month)
    returned_periods = {r.period_id for r in returned}
    for period in department_outstanding(plan, access.department_id, today=today):
        if period.pk in returned_periods:
            continue
        report = latest.get(period.pk, (0, None))[1]
        overdue = period.due_date < today
        items.append({"period": period, "report": report, "overdue": overdue,
                      "days": (today - period.due_date).days if overdue else 0})
    comments = list(Comment.objects.filter(plan=plan, task__lead_departments=access.department_id)
                    .select_related("task")[:5])
    return {"items": items, "returned": returned, "today": today, "comments": comments}


def overseer_desk(user, plan) -> dict:
    """What awaits a leader, the supervision office or an admin: reports to review, their 批示, lagging items."""
    access = access_for(user)
    if plan is None or access is None or not access.reads_whole_zone:
        return {}
    board = plan_board(plan)
    awaiting = list(visible(PeriodReport.objects.filter(period__plan=plan, status=ReportStatus.SUBMITTED), user)
                    .select_related("period", "department").order_by("period__month", "department__sort_order"))
    mine = list(Comment.objects.filter(plan=plan, author=user).select_related("task", "indicator")[:10])
    return {"board": board, "awaiting": awaiting, "my_comments": mine, "role": access.role,
            "can_review": access.role in (Role.SUPERVISOR, Role.ADMIN),
            "lagging": board.lagging, "lagging_tasks": board.lagging_tasks}


def _comment_context(request, plan, **target) -> dict:
    access = access_for(request.user)
    can_comment = bool(access and access.role in (Role.LEADER, Role.SUPERVISOR, Role.ADMIN))
    extension = comment_form_context(request, next(iter(target.values()))) if can_comment else {}
    return {"comments": list(Comment.objects.filter(plan=plan, **target)), "can_comment": can_comment,
            "csrf_token": get_token(request), "is_admin": bool(access and access.is_admin), **extension}


def indicator_panel(request, indicator) -> dict:
    board = indicator_rows_for(indicator.plan, [indicator])
    row = board.indicators[0]
    return {"row": row, "board": board, "chart": row.chart(), "indicator": indicator,
            "revisions": list(TargetRevision.objects.filter(indicator=indicator).select_related("revised_by")),
            **_comment_context(request, indicator.plan, indicator=indicator)}


def task_history(task, exclude_period=None) -> list[tuple]:
    """[(period, [TaskProgress])] newest first: each department's counted note (its latest submitted or approved
    revision) for every earlier period, so the task page shows how the work went month by month."""
    notes = (TaskProgress.objects.filter(task=task, report__status__in=COUNTED)
             .exclude(report__period=exclude_period)
             .select_related("report__period", "report__department")
             .order_by("-report__period__month", "report__department__sort_order", "-report__revision"))
    by_period, seen = {}, set()
    for note in notes:
        key = (note.report.period_id, note.report.department_id)
        if key in seen:
            continue
        seen.add(key)
        by_period.setdefault(note.report.period, []).append(note)
    return list(by_period.items())


def support_history(task, exclude_period=None) -> dict:
    """period → the supporting departments' counted 配合情况 on the task (latest counted revision each)."""
    notes = (SupportNote.objects.filter(task=task, report__status__in=COUNTED).exclude(text="")
             .exclude(report__period=exclude_period).select_related("report__period", "report__department")
             .order_by("-report__period__month", "report__department__sort_order", "-report__revision"))
    by_period, seen = {}, set()
    for note in notes:
        key = (note.report.period_id, note.report.department_id)
        if key not in seen:
            seen.add(key)
            by_period.setdefault(note.report.period, []).append(note)
    return by_period


def task_panel(request, task) -> dict:
    indicators = sorted(task.indicators.all(), key=lambda i: (i.position, i.pk))
    board = indicator_rows_for(task.plan, indicators, tasks=[task], with_notes=True)
    lead_history = dict(task_history(task, exclude_period=board.period))
    support = support_history(task, exclude_period=board.period)
    periods = sorted(set(lead_history) | set(support), key=lambda p: -p.month)
    history = [(p, lead_history.get(p, []), support.get(p, [])) for p in periods]
    report_ids = {n.report_id for n in board.tasks[0].notes} | {n.report_id for _p, ns, _s in history for n in ns}
    readable = set(visible(PeriodReport.objects.filter(pk__in=report_ids), request.user).values_list("pk", flat=True))
    return {"row": board.tasks[0], "board": board, "task": task, "history": history, "readable": readable,
            **_comment_context(request, task.plan, task=task)}
