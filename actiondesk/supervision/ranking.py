"""The 督导考核 ranking of a board: each department's record (reports on time, overdue, returned, progress of its
indicators, 配合情况 notes, the components higher apps register), scored and ranked as of the board's month."""
from dataclasses import replace

from django.utils import timezone

from actiondesk.supervision.board import DepartmentRow, progress_ratio
from actiondesk.supervision.models import SupportNote
from actiondesk.supervision.scoring import DepartmentRecord, score_components, score_department


def outstanding(board, chosen: dict, department_id: int) -> list:
    """The ended periods the department has not reported."""
    return [p for p in board.periods if p.end < board.today and (p.pk, department_id) not in chosen]


def support_noted(chosen) -> set:
    """(period id, department id, task id) of every 配合情况 written in a counted report."""
    return set(SupportNote.objects.filter(report_id__in=[r.pk for r in chosen.values()]).exclude(
        text="").values_list("report__period_id", "report__department_id", "task_id"))


def ranking(board, duty, reports, chosen, rows, noted=None, component_values=None):
    # Judged as of the board's month: a June view ignores periods after June even when they are due now.
    due = [p for p in board.periods if p.due_date < board.today and p.month <= board.month]
    lead_ids = duty.lead_departments()
    records = {d: DepartmentRecord(leads=d in lead_ids) for d in duty.departments() if d in board.departments}
    noted = support_noted(chosen) if noted is None else noted
    first_submitted = {}
    for r in reports:
        if d := records.get(r.department_id):
            d.returned += r.times_returned
        if r.first_submitted_at:
            key = (r.period_id, r.department_id)
            first_submitted[key] = min(first_submitted.get(key, r.first_submitted_at), r.first_submitted_at)
    for dept_id, record in records.items():
        for p in due:
            record.reports_due += 1
            submitted = first_submitted.get((p.pk, dept_id))
            if submitted and timezone.localtime(submitted).date() <= p.due_date:
                record.reports_on_time += 1
            if (p.pk, dept_id) not in chosen:
                record.overdue += 1
        board.outstanding[dept_id] = outstanding(board, chosen, dept_id)
        for indicator_id in duty.indicators_of(dept_id):
            ratio = progress_ratio(rows[indicator_id])
            if ratio is not None:
                record.progress_ratios.append(ratio)
        for task_id in duty.supported_tasks_of(dept_id):
            for p in due:
                record.support_due += 1
                record.support_noted += (p.pk, dept_id, task_id) in noted
    _registered_components(board, records, component_values)
    ranked = sorted((DepartmentRow(board.departments[d], score_department(rec, board.settings.weights), rec)
                     for d, rec in records.items()),
                    key=lambda row: (-row.score.total, row.department.sort_order))
    for position, row in enumerate(ranked, start=1):
        row.rank = position
    board.ranking = ranked


def component_span(board):
    """The year to date up to the end of the board's period: the window registered components judge."""
    return board.periods[0].start, board.period.end if board.period else board.periods[-1].end


def _registered_components(board, records, values_by_key=None) -> None:
    """The parts of the score higher apps register, judged year to date up to the end of the board's period;
    ``values_by_key`` ({component key: {department id: score}}) when the caller computed them in a batch."""
    components = score_components()
    if not components or not board.periods:
        return
    start, end = component_span(board)
    for component in components:
        if values_by_key is not None and component.key in values_by_key:
            values = values_by_key[component.key]
        else:
            values = component.compute(board.plan.zone_id, start, end) or {}
        for dept_id, record in records.items():
            if values.get(dept_id) is not None:
                record.extra[component.key] = values[dept_id]


def components_by_period(zone_id: int, base, periods) -> dict[str, list[dict]]:
    """Every registered component's values for each period's year-to-date window (``base`` is a board of the
    plan), one batch per component: the status history asks in a number of queries independent of periods."""
    if not periods or not base.periods:
        return {}
    spans = [component_span(replace(base, period=p)) for p in periods]
    return {c.key: c.values_many(zone_id, spans) for c in score_components()}
