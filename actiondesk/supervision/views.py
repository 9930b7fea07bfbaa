"""Battle map (挂图作战), exports, target revision and 批示 pages. Report pages are in views_reports."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from actiondesk.core.access import access_for
from actiondesk.core.downloads import DOCX, XLSX, file_response
from actiondesk.core.language import official_language
from actiondesk.core.scoping import get_visible_or_404, require_role
from actiondesk.org.choices import Role
from actiondesk.plans.models import Indicator, Task
from actiondesk.plans.selectors import current_plan
from actiondesk.supervision import services_plan
from actiondesk.supervision.board_marks import task_marks
from actiondesk.supervision.choices import BEHIND, TASK_ATTENTION, ProgressStatus
from actiondesk.supervision.exports import docx_report, xlsx_ledger
from actiondesk.supervision.filters import BoardFilter
from actiondesk.supervision.models import IssuedPeriod, TargetRevision
from actiondesk.supervision.periods import parse_period_code
from actiondesk.supervision.scoring import FACTORS
from actiondesk.supervision.selectors import plan_board
from actiondesk.supervision.selectors_history import issue_of
from actiondesk.supervision.services_issue import ISSUERS
from actiondesk.supervision.snapshots import board_snapshot, differences, ranking_rows


def issued_file(plan, code, fmt):
    """(bytes, file name, content type) stored when the period was issued, or None when it was not."""
    if int(code[:4]) != plan.year:
        return None
    issue = IssuedPeriod.objects.filter(period__plan=plan, period__year=plan.year,
                                        period__month=int(code[5:])).only(fmt, "period_id").first()
    if issue is None:
        return None
    if fmt == "docx":
        return bytes(issue.docx), f"督导通报-{code}.docx", DOCX
    return bytes(issue.xlsx), f"督导台账-{code}.xlsx", XLSX


def _board_for(request, code=None, *, with_notes: bool = False):
    plan = current_plan(request.user, request.GET.get("plan"))
    if plan is None:
        return None, None
    month = None
    code = code or request.GET.get("period")
    if code:
        try:
            year, month = parse_period_code(code)
        except ValueError:
            raise Http404
        if year != plan.year:
            raise Http404
    return plan, plan_board(plan, month=month, with_notes=with_notes)


@login_required
def battle_map(request):
    plan, board = _board_for(request)
    if plan is None:
        return render(request, "plans/no_plan.html")
    flt = BoardFilter.from_params(request.GET)
    indicators = flt.indicators(board)
    tasks = flt.tasks(board)
    task_ids = {t.task.pk for t in tasks}
    indicator_ids = {r.indicator.pk for r in indicators}
    goals = [(g, [r for r in rows if r.indicator.pk in indicator_ids]) for g, rows in board.goals]
    programmes = [(p, [t for t in rows if t.task.pk in task_ids]) for p, rows in board.programmes]
    access = access_for(request.user)
    issue = issue_of(board.period)
    changes = []
    if issue is not None:
        # An issued period keeps its ranking as issued; what changed since shows as a note (and in later periods).
        changes = differences(issue.snapshot, board_snapshot(board))
        board.ranking = ranking_rows(issue.snapshot, board.departments)
    ranking = [r for r in board.ranking if not flt.department or r.department.pk == flt.department]
    return render(request, "supervision/battle_map.html", {
        "can_refresh": access.role in (Role.ADMIN, Role.SUPERVISOR),
        "issue": issue, "changes_after_issue": changes,
        "can_issue": access.role in ISSUERS and board.period is not None and issue is None
        and board.period.end < board.today,
        "unassigned": [r.indicator.name for r in board.indicators if r.reporter is None and not r.indicator.metric]
        if access.role in ISSUERS else [],
        # Department staff open only their own department's reports: link nothing else (it would 404).
        "open_all_reports": access.reads_whole_zone, "my_department": access.department_id,
        "has_metrics": any(r.indicator.metric for r in board.indicators),
        "plan": plan, "board": board, "filter": flt, "goals": goals, "programmes": programmes,
        "indicators": indicators, "tasks": tasks, "ranking": ranking,
        "lagging": [r for r in indicators if r.status in BEHIND],
        "lagging_tasks": [t for t in tasks if t.status in TASK_ATTENTION], "scoring_factors": FACTORS,
        "unset_tasks": [t for t in tasks if t.status == ProgressStatus.UNSET],
        "loose_indicators": [r for r in indicators if not any(r in rows for _g, rows in board.goals)],
        # KPI cards count what the filters show, so the numbers match the table below them.
        "counts": {code: sum(1 for r in indicators if r.status == code) for code in ProgressStatus.values}
        | {ProgressStatus.UNSET: sum(1 for t in tasks if t.status == ProgressStatus.UNSET)},  # 未设节点 counts tasks
        "statuses": ProgressStatus.choices, "wall": request.GET.get("wall") == "1",
        "charts": [r.chart() for r in indicators], "share": round(board.month * 100 / 12, 1),
        "departments": sorted({r.department for r in board.ranking}, key=lambda d: d.sort_order),
        "all_programmes": [p for p, _rows in board.programmes],
        "task_marks": task_marks(request.user, plan.zone_id, task_ids) if task_ids else {},
    })


@login_required
def export(request, code, fmt):
    # The 台账's 任务 sheet and the 通报 quote the departments' notes, as `actiondesk report monthly` does.
    plan = current_plan(request.user, request.GET.get("plan"))
    issued = issued_file(plan, code, fmt) if plan is not None else None
    if issued is not None:
        # An issued period's files are the ones sent: the same bytes every time, nothing recomputed.
        data, name, kind = issued
        return file_response(data, name, kind)
    with official_language():  # official documents sent on: Chinese whatever the UI language
        plan, board = _board_for(request, code, with_notes=True)
        if plan is None or board.period is None:
            raise Http404
        if fmt == "docx":
            return file_response(docx_report(board), f"督导通报-{code}.docx", DOCX)
        return file_response(xlsx_ledger(board), f"督导台账-{code}.xlsx", XLSX)


@login_required
def indicator_revise(request, pk):
    require_role(request.user, Role.ADMIN)
    indicator = get_visible_or_404(Indicator.objects.select_related("plan"), request.user, pk=pk)
    error = None
    if request.method == "POST":
        try:
            services_plan.indicator_revise_target(indicator=indicator, value=request.POST.get("value", ""),
                                                  value_max=request.POST.get("value_max") or None,
                                                  reason=request.POST.get("reason", ""), acting_user=request.user)
        except (ValidationError, ArithmeticError, ValueError) as exc:
            error = "；".join(getattr(exc, "messages", [str(exc)]))
        else:
            messages.success(request, _("目标已调整"))
            return redirect("plans:indicator_detail", pk=indicator.pk)
    revisions = TargetRevision.objects.filter(indicator=indicator).select_related("revised_by")
    return render(request, "supervision/indicator_revise.html",
                  {"indicator": indicator, "revisions": revisions, "error": error})


@login_required
@require_POST
def comment_add(request):
    task = indicator = None
    if request.POST.get("task"):
        task = get_visible_or_404(Task.objects.select_related("plan"), request.user, pk=request.POST["task"])
    elif request.POST.get("indicator"):
        indicator = get_visible_or_404(Indicator.objects.select_related("plan"), request.user,
                                       pk=request.POST["indicator"])
    else:
        raise Http404
    try:
        services_plan.comment_add(acting_user=request.user, text=request.POST.get("text", ""), task=task,
                                  indicator=indicator)
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
    except PermissionDenied:
        raise
    if task:
        return redirect("plans:task_detail", pk=task.pk)
    return redirect("plans:indicator_detail", pk=indicator.pk)
