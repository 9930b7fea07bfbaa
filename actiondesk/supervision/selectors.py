"""Reads for supervision pages, API and exports: a fixed number of bulk queries, status computed in Python."""
import calendar
import copy
import datetime
from dataclasses import dataclass, field, replace

from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from actiondesk.core.metrics import get_metric
from actiondesk.org.models import Department
from actiondesk.plans.choices import MilestoneApproval, MilestoneState
from actiondesk.plans.milestones import days_overdue, milestone_state
from actiondesk.plans.models import Goal, Indicator, Milestone, Plan, Task
from actiondesk.supervision.board import (
    IndicatorRow,
    MilestoneRow,
    TaskRow,
    evaluate_row,
)
from actiondesk.supervision.choices import BEHIND, TASK_ATTENTION, ProgressStatus, ReportStatus
from actiondesk.supervision.metric_store import StoredValue, max_age, stale_periods
from actiondesk.supervision.models import (
    IndicatorSchedule,
    IndicatorValue,
    LastYearValue,
    MetricValue,
    PeriodReport,
    ReferenceValue,
    ReportingPeriod,
    SupervisionSettings,
    SupportNote,
    TargetRevision,
    TaskProgress,
)
from actiondesk.supervision.progress import MilestoneFact, Thresholds, task_status
from actiondesk.supervision.ranking import components_by_period, outstanding, ranking, support_noted
from actiondesk.supervision.responsibility import build_responsibilities, lead_rows, link_rows, support_rows

COUNTED = (ReportStatus.SUBMITTED, ReportStatus.APPROVED)


def bound_indicators(plan) -> dict:
    """indicator id → metric name, for the plan's indicators bound to a metric."""
    return dict(Indicator.objects.filter(plan=plan).exclude(metric="").values_list("pk", "metric"))


def stored_values(plan, indicator_ids=None) -> dict:
    """(indicator id, period id) → StoredValue of the computed metrics, in one query."""
    rows = MetricValue.objects.filter(period__plan=plan)
    if indicator_ids is not None:
        rows = rows.filter(indicator_id__in=indicator_ids)
    rows = rows.values_list("indicator_id", "period_id", "metric", "value", "source", "computed_at")
    return {(i, p): StoredValue(m, v, s, c) for i, p, m, v, s, c in rows}


def plan_settings(plan) -> SupervisionSettings:
    return SupervisionSettings.objects.filter(plan=plan).first() or SupervisionSettings(plan=plan)


def unsupervised_tasks(plan) -> list:
    """Tasks with neither an indicator nor an approved milestone (未设节点): gaps in the plan's supervision."""
    approved = Milestone.objects.filter(task=OuterRef("pk"), approval=MilestoneApproval.APPROVED)
    indicators = Indicator.tasks.through.objects.filter(task=OuterRef("pk"))
    return list(Task.objects.filter(plan=plan).exclude(Exists(approved)).exclude(Exists(indicators))
                .prefetch_related("lead_links__department").order_by("position"))


def as_of_period(periods, today, approved_period_ids=frozenset()):
    """(period, why) the battle map opens on: the latest period with approved figures or, when a later one has
    ended, that one (else the first period)."""
    ended = [p for p in periods if p.end < today]
    approved = [p for p in periods if p.pk in approved_period_ids and p.start <= today]
    if approved and (not ended or approved[-1].month >= ended[-1].month):
        return approved[-1], _("最近一个已有审核通过数据的周期")
    if ended:
        return ended[-1], _("最近一个已结束的报送周期")
    return (periods[0], _("本年度第一个报送周期")) if periods else (None, "")


def effective_reports(reports) -> dict:
    """(period id, department id) → the report whose figures count: the latest approved revision,
    else the latest submitted one. Drafts and returned reports never count."""
    chosen = {}
    for r in sorted(reports, key=lambda r: (r.status == ReportStatus.APPROVED, r.revision)):
        if r.status in COUNTED:
            chosen[(r.period_id, r.department_id)] = r
    return chosen


@dataclass
class Board:
    plan: Plan
    settings: SupervisionSettings
    periods: list
    period: ReportingPeriod | None
    month: int
    today: datetime.date
    indicators: list = field(default_factory=list)
    tasks: list = field(default_factory=list)
    goals: list = field(default_factory=list)
    programmes: list = field(default_factory=list)
    ranking: list = field(default_factory=list)
    departments: dict = field(default_factory=dict)
    outstanding: dict = field(default_factory=dict)  # department id → [(period, report|None)] due, not submitted
    stale_periods: list = field(default_factory=list)  # periods whose metric values should be computed again
    period_reason: str = ""  # why the board opened on its period when none was asked for
    counted_revisions: dict = field(default_factory=dict)  # department id → revision counted for the period

    @property
    def not_yet_due(self) -> bool:
        """The period's reports are not due yet: a missing figure is 待报送, not 未报送."""
        return bool(self.period and self.today <= self.period.due_date)

    @property
    def unreported(self) -> ProgressStatus:
        return ProgressStatus.PENDING if self.not_yet_due else ProgressStatus.MISSING

    @property
    def lagging(self) -> list:
        return [r for r in self.indicators if r.status in BEHIND]

    @property
    def lagging_tasks(self) -> list:
        return [t for t in self.tasks if t.status in TASK_ATTENTION]

    @property
    def as_of(self) -> datetime.date:
        """The day milestones are judged on: the end of the board's month, or today when that is earlier."""
        end = datetime.date(self.plan.year, self.month, calendar.monthrange(self.plan.year, self.month)[1])
        return min(self.today, end)

    @property
    def unset_tasks(self) -> list:
        """Tasks nothing supervises (neither indicator nor milestone): gaps in the plan's supervision."""
        return [t for t in self.tasks if t.status == ProgressStatus.UNSET]

    def status_counts(self) -> dict:
        counts = {s: 0 for s in ProgressStatus.values}
        for row in self.indicators:
            counts[row.status] += 1
        return counts


def _metric_source(metric_name) -> str:
    metric = get_metric(metric_name)
    if metric:
        return _("数据来源：%(source)s") % {"source": metric.source}
    return _("数据来源：%(metric)s（未注册）") % {"metric": metric_name}


def _stored_series(row, periods, month, stored) -> tuple[dict, object]:
    """month → stored value of the indicator's metric (up to ``month``), and when the shown one was computed."""
    series, computed_at = {}, None
    for period in periods:
        value = stored.get((row.indicator.pk, period.pk))
        if period.month > month or value is None or value.metric != row.indicator.metric:
            continue
        if value.value is not None:
            series[period.month] = value.value
        computed_at = value.computed_at
        if value.source:
            row.source = _("数据来源：%(source)s") % {"source": value.source}
    return series, computed_at


def _frame(plan: Plan, month: int | None, today: datetime.date | None, reports=()) -> Board:
    """The board's settings, periods, month and departments, before any row is computed."""
    today = today or timezone.localdate()
    # Each period with its issue, if any (the stored files and snapshot are read only when needed).
    periods = list(ReportingPeriod.objects.filter(plan=plan, year=plan.year).select_related("issue").defer(
        "issue__docx", "issue__xlsx", "issue__snapshot").order_by("month"))
    reason = ""
    if month:
        period = next((p for p in periods if p.month == month), None)
    else:
        approved = {r.period_id for r in reports if r.status == ReportStatus.APPROVED}
        period, reason = as_of_period(periods, today, approved)
    if month is None:
        month = period.month if period else max(1, min(12, today.month - 1 if today.year == plan.year else 12))
    board = Board(plan, plan_settings(plan), periods, period, month, today, period_reason=reason)
    board.departments = {d.pk: d for d in Department.objects.filter(zone_id=plan.zone_id)}
    return board


@dataclass
class _Facts:
    """What the rows are computed from: duties, indicator–task links and the reports that count."""

    indicators: list
    duty: object  # Responsibilities
    links: list
    reports: list
    chosen: dict


def _facts(plan: Plan, tasks: list, indicators: list) -> _Facts:
    leads, links = list(lead_rows(plan.pk)), list(link_rows(plan.pk))
    duty = build_responsibilities([t.pk for t in tasks], leads, links,
                                  [(i.pk, i.lead_department_id, i.metric) for i in indicators],
                                  list(support_rows(plan.pk)))
    reports = list(PeriodReport.objects.filter(period__plan=plan).only(
        "pk", "period_id", "department_id", "revision", "status", "first_submitted_at", "times_returned"))
    return _Facts(indicators, duty, links, reports, effective_reports(reports))


def plan_board(plan: Plan, *, month: int | None = None, today: datetime.date | None = None,
               with_notes: bool = False) -> Board:
    tasks = list(Task.objects.filter(plan=plan).select_related("programme").order_by("position"))
    indicators = list(Indicator.objects.filter(plan=plan).order_by("position", "pk"))
    facts = _facts(plan, tasks, indicators)
    board = _frame(plan, month, today, facts.reports)
    if board.period:
        board.counted_revisions = {d: r.revision for (p, d), r in facts.chosen.items() if p == board.period.pk}
    rows = _indicator_rows(board, facts, only=None)
    board.indicators = list(rows.values())
    _tasks(board, tasks, facts.duty, rows, facts.chosen, with_notes)
    _goals_and_programmes(board, plan, rows)
    ranking(board, facts.duty, facts.reports, facts.chosen, rows)
    return board


def indicator_rows_for(plan: Plan, indicators: list, *, tasks: list = (), month: int | None = None,
                       today: datetime.date | None = None, with_notes: bool = False) -> Board:
    """A board holding only the given indicators (and tasks), computed exactly as on the whole board but with
    every per-indicator query limited to them: for panels that show one indicator or one task."""
    all_tasks = list(Task.objects.filter(plan=plan).order_by("position").only("pk", "plan_id"))
    facts = _facts(plan, all_tasks, indicators)
    board = _frame(plan, month, today, facts.reports)
    rows = _indicator_rows(board, facts, only=[i.pk for i in indicators])
    board.indicators = list(rows.values())
    _tasks(board, list(tasks), facts.duty, rows, facts.chosen, with_notes)
    return board


def _indicator_rows(board: Board, facts: _Facts, *, only: list | None) -> dict:
    """indicator id → evaluated IndicatorRow; ``only`` limits every query to those indicators."""
    plan, periods, month, departments, duty = board.plan, board.periods, board.month, board.departments, facts.duty

    def of_plan(qs):
        return qs.filter(indicator__plan=plan) if only is None else qs.filter(indicator_id__in=only)

    schedules = {s.indicator_id: s for s in of_plan(IndicatorSchedule.objects.all())}
    revisions = {}
    for rev in of_plan(TargetRevision.objects.all()).order_by("-revised_at", "-pk"):
        revisions.setdefault(rev.indicator_id, rev)
    last_year = {}
    for ly in of_plan(LastYearValue.objects.all()):
        last_year.setdefault(ly.indicator_id, {})[ly.month] = ly.value
    month_of = {p.pk: p.month for p in periods}
    series, references, report_of = {}, {}, {}
    values = IndicatorValue.objects.filter(report_id__in=[r.pk for r in facts.chosen.values()])
    if only is not None:
        values = values.filter(indicator_id__in=only)
    for v in values.values("indicator_id", "value", "reference_value", "report_id", "report__period_id",
                           "report__department_id"):
        if duty.indicator_reporter.get(v["indicator_id"]) not in (None, v["report__department_id"]):
            continue
        m = month_of[v["report__period_id"]]
        if v["value"] is not None:
            series.setdefault(v["indicator_id"], {})[m] = v["value"]
        if v["reference_value"] is not None:
            references.setdefault(v["indicator_id"], {})[m] = v["reference_value"]
        report_of.setdefault(v["indicator_id"], {})[m] = v["report_id"]
    for ref in of_plan(ReferenceValue.objects.all()):  # set by the admin: it prevails
        references.setdefault(ref.indicator_id, {})[ref.month] = ref.value
    stored = stored_values(plan, only)
    board.stale_periods = stale_periods(periods, {i.pk: i.metric for i in facts.indicators if i.metric}, stored,
                                        today=board.today, now=timezone.now(), age=max_age(), up_to_month=month)
    tasks_of_indicator = {}
    for indicator_id, task_id in facts.links:
        tasks_of_indicator.setdefault(indicator_id, []).append(task_id)
    settings = board.settings
    rows = {}
    for ind in facts.indicators:
        sched, rev = schedules.get(ind.pk), revisions.get(ind.pk)
        thresholds = Thresholds(
            sched.normal_band if sched and sched.normal_band is not None else settings.normal_band,
            sched.severe_band if sched and sched.severe_band is not None else settings.severe_band)
        row = IndicatorRow(
            indicator=ind, reporter=departments.get(duty.indicator_reporter.get(ind.pk)),
            target=rev.value if rev else ind.target_value, target_max=rev.value_max if rev else ind.value_max,
            revision=rev, series=series.get(ind.pk, {}), references=references.get(ind.pk, {}),
            last_year=last_year.get(ind.pk, {}), schedule=sched.shares if sched else None,
            thresholds=thresholds, source=_metric_source(ind.metric) if ind.metric else _("数据来源：部门填报"),
            report_ids=report_of.get(ind.pk, {}), task_ids=tasks_of_indicator.get(ind.pk, []))
        if ind.metric:
            row.series, row.computed_at = _stored_series(row, periods, month, stored)
        evaluate_row(row, month)
        if row.status == ProgressStatus.MISSING and board.not_yet_due:
            row.evaluation = replace(row.evaluation, status=ProgressStatus.PENDING)
        rows[ind.pk] = row
    return rows


def department_outstanding(plan: Plan, department_id: int, *, today: datetime.date | None = None) -> list:
    """The ended periods a department with reporting duties has not yet reported (as on the board's ranking)."""
    board = _frame(plan, None, today)
    tasks = list(Task.objects.filter(plan=plan).order_by("position").only("pk", "plan_id"))
    indicators = list(Indicator.objects.filter(plan=plan).only("pk", "lead_department_id", "metric"))
    facts = _facts(plan, tasks, indicators)
    if department_id not in facts.duty.departments() or department_id not in board.departments:
        return []
    return outstanding(board, facts.chosen, department_id)


def milestone_rows(milestones, as_of: datetime.date) -> dict:
    """task id → [MilestoneRow] by due date, judged as of ``as_of``."""
    labels = dict(MilestoneState.choices)
    by_task = {}
    for m in sorted(milestones, key=lambda m: (m.due_date, m.position, m.pk)):
        state = milestone_state(m.progress, m.due_date, m.completed_on, as_of)
        by_task.setdefault(m.task_id, []).append(
            MilestoneRow(m, state, str(labels[state]), days_overdue(m.progress, m.due_date, m.completed_on, as_of)))
    return by_task


def _tasks(board, tasks, duty, rows, chosen, with_notes, milestones=None):
    notes, support = {}, {}
    if milestones is None:
        milestones = Milestone.objects.filter(task_id__in=[t.pk for t in tasks], approval=MilestoneApproval.APPROVED)
    by_task = milestone_rows(milestones, board.as_of) if tasks else {}
    severe_days = board.settings.milestone_severe_days
    if with_notes:
        for note in TaskProgress.objects.filter(report_id__in=[r.pk for r in chosen.values()],
                                                report__period=board.period).select_related("report__department"):
            notes.setdefault(note.task_id, []).append(note)
        for note in SupportNote.objects.filter(report_id__in=[r.pk for r in chosen.values()],
                                               report__period=board.period).exclude(text="").select_related(
                "report__department").order_by("report__department__sort_order"):
            support.setdefault(note.task_id, []).append(note)
    indicators_of_task = {}
    for row in rows.values():
        for task_id in row.task_ids:
            indicators_of_task.setdefault(task_id, []).append(row)
    period_id = board.period.pk if board.period else None
    for task in tasks:
        leads = [board.departments[d] for d in duty.task_leads.get(task.pk, []) if d in board.departments]
        reported = [chosen[(period_id, d.pk)] for d in leads if (period_id, d.pk) in chosen]
        own = indicators_of_task.get(task.pk, [])
        steps = by_task.get(task.pk, [])
        facts = [MilestoneFact(m.milestone.progress, m.milestone.due_date, m.milestone.completed_on) for m in steps]
        status = task_status([r.status for r in own], facts, board.as_of, severe_days=severe_days,
                             unreported=board.unreported if leads and not reported else None)
        supporters = [board.departments[d] for d in duty.task_supports.get(task.pk, []) if d in board.departments]
        board.tasks.append(TaskRow(task, leads, own, status, notes.get(task.pk, []), [r.pk for r in reported],
                                   supporters=supporters, support_notes=support.get(task.pk, []), milestones=steps))


def _goals_and_programmes(board, plan, rows):
    # Goals and their indicators in one query (a LEFT JOIN: a goal without an indicator comes once, with None).
    goals, by_goal = {}, {}
    for pk, position, title, text, indicator_id in Goal.objects.filter(plan=plan).order_by(
            "position", "pk", "indicators__position").values_list("pk", "position", "title", "text", "indicators"):
        goals.setdefault(pk, Goal(pk=pk, plan=plan, position=position, title=title, text=text))
        if indicator_id is not None and indicator_id in rows:
            by_goal.setdefault(pk, []).append(rows[indicator_id])
    board.goals = [(g, by_goal.get(pk, [])) for pk, g in goals.items()]
    by_programme = {}
    for task_row in board.tasks:
        by_programme.setdefault(task_row.task.programme_id, []).append(task_row)
    # The tasks carry their programme (select_related): a programme without a task has nothing to show here.
    programmes = {row.task.programme_id: row.task.programme for row in board.tasks if row.task.programme_id}
    board.programmes = [(p, by_programme[p.pk]) for p in sorted(programmes.values(),
                                                                 key=lambda p: (p.position, p.pk))]


def boards_by_period(plan: Plan, *, today: datetime.date | None = None) -> list[Board]:
    """One board per period begun by ``today``, each as of its own month (status, tasks, ranking; no notes), from
    one set of bulk queries: the rows are read once with every month's figures and evaluated again per month."""
    tasks = list(Task.objects.filter(plan=plan).select_related("programme").order_by("position"))
    indicators = list(Indicator.objects.filter(plan=plan).order_by("position", "pk"))
    facts = _facts(plan, tasks, indicators)
    base = _frame(plan, 12, today, facts.reports)
    rows = _indicator_rows(base, facts, only=None)
    noted = support_noted(facts.chosen)
    milestones = list(Milestone.objects.filter(task__plan=plan, approval=MilestoneApproval.APPROVED))
    periods = [p for p in base.periods if p.start <= base.today]
    components = components_by_period(plan.zone_id, base, periods)
    boards = []
    for n, period in enumerate(periods):
        board = replace(base, period=period, month=period.month, indicators=[], tasks=[], ranking=[],
                        outstanding={}, goals=[], programmes=[])
        board.counted_revisions = {d: r.revision for (p, d), r in facts.chosen.items() if p == period.pk}
        month_rows = {}
        for pk, row in rows.items():
            month_row = copy.copy(row)
            month_row.series = {m: v for m, v in row.series.items() if m <= period.month}
            evaluate_row(month_row, period.month)
            if month_row.status == ProgressStatus.MISSING and board.not_yet_due:
                month_row.evaluation = replace(month_row.evaluation, status=ProgressStatus.PENDING)
            month_rows[pk] = month_row
        board.indicators = list(month_rows.values())
        _tasks(board, tasks, facts.duty, month_rows, facts.chosen, False, milestones=milestones)
        ranking(board, facts.duty, facts.reports, facts.chosen, month_rows, noted=noted,
                component_values={key: values[n] for key, values in components.items()})
        boards.append(board)
    return boards
