"""Demo data: monthly periods of 2026, Jan–Oct reports from every responsible department (most on track,
a few lagging, one seriously lagging, one report returned with a reason; supporting departments write their
配合情况, so every department with a duty ranks), last year's values for the growth-rate indicators, an
H2-weighted investment schedule, a leader's 批示, and the 通报 of January–September issued. Fixed seed."""
import datetime
import random
from decimal import ROUND_HALF_UP, Decimal

from django.contrib.auth import get_user_model
from django.utils import timezone

from actiondesk.core.scoping import SYSTEM
from actiondesk.org.models import Department, Membership
from actiondesk.plans.kinds import Comparison, comparator_of, kind_of
from actiondesk.plans.models import Indicator, Task
from actiondesk.plans.services import indicator_update
from actiondesk.supervision import services, services_issue, services_plan
from actiondesk.supervision.models import PeriodReport, ReportingPeriod
from actiondesk.supervision.periods import periods_ensure
from actiondesk.supervision.progress import elapsed_share
from actiondesk.supervision.responsibility import responsibilities
from actiondesk.supervision.services_metrics import metric_values_refresh
from actiondesk.supervision.services_settings import indicator_settings_update

DEMO_ORDER = 90
SEED = 2026
# Targets stated only in the goals get a responsible department so someone reports them: economy-wide
# figures go to 发展改革局, enterprise and technology figures to 产业创新局.
ECONOMY_WORDS = ("增加值", "服务业", "产业链")
INVESTMENT_SCHEDULE = ["0.04", "0.08", "0.14", "0.20", "0.27", "0.35", "0.45", "0.55", "0.66", "0.77", "0.88", "1"]
# The mix is drawn from the indicators departments actually type (not those computed from the registries):
# three behind schedule and one far behind, whatever the plan names them.
LAGGING_FACTORS = (Decimal("0.78"), Decimal("0.72"), Decimal("0.75"))
SEVERE_FACTOR = Decimal("0.45")
LAST_YEAR_TOTALS = {"科技服务业营业收入增速": Decimal(48), "技术合同成交额增速": Decimal(30)}
ISSUED_THROUGH = 9  # 1–9月 issued; October is still open for review
RETURN_REASON = "任务进展未写明签约项目名称和投资额，请补充后重新报送"


def _staff(zone):
    """One department user per department (the demo logins dept01…)."""
    users = {}
    for m in Membership.objects.filter(zone=zone, department__isnull=False).select_related("user").order_by("pk"):
        users.setdefault(m.department_id, m.user)
    return users


def demo_mix(indicators) -> dict:
    """indicator id → the share of its schedule it reaches, for the typed quantities the demo makes lag."""
    # Targets of at least 5: a whole count of a smaller target rounds a lagging share up to the target itself.
    candidates = sorted((i for i in indicators if not i.metric and i.target_value and i.target_value >= 5
                         and kind_of(i.kind).comparison == Comparison.SHARE_OF_TARGET
                         and not comparator_of(i.comparator).at_most), key=lambda i: (i.position, i.pk))
    chosen = random.Random(SEED).sample(candidates, min(len(candidates), len(LAGGING_FACTORS) + 1))
    mix = {i.pk: f for i, f in zip(chosen, LAGGING_FACTORS, strict=False)}
    if len(chosen) > len(LAGGING_FACTORS):
        mix[chosen[-1].pk] = SEVERE_FACTOR
    return mix


def _value(rng, indicator, month, schedule, mix):
    if indicator.pk in mix:
        factor = mix[indicator.pk]
    else:
        factor = Decimal(str(round(rng.uniform(0.96, 1.18), 3)))
    target = indicator.target_value or Decimal(0)
    raw = target * elapsed_share(month, schedule) * factor
    if indicator.unit in ("亿元",):
        return raw.quantize(Decimal("0.01"))
    return raw.quantize(Decimal(1), rounding=ROUND_HALF_UP)  # counts are whole


def _last_year(total, month):
    # Last year's cumulative curve, a little back-loaded.
    return (total * Decimal(month * (month + 6)) / Decimal(12 * 18)).quantize(Decimal("0.01"))


def _support_text(task, leads, month) -> str:
    lead = "、".join(n for n in leads if n) or "牵头部门"
    return f"配合{lead}推进“{task.title}”：{month}月参加调度会，按分工提供资料和要素保障，无需协调事项。"


def generate(*, plan, months: int, admin_user=None, leader_user=None, supervisor_user=None,
             returned: bool = True) -> dict:
    """Fill ``months`` months of reports (also used by the benchmark)."""
    rng = random.Random(SEED)
    zone = plan.zone
    departments = {d.name: d for d in Department.objects.filter(zone=zone)}
    for indicator in Indicator.objects.filter(plan=plan, lead_department__isnull=True, tasks__isnull=True, metric=""):
        owner = "发展改革局" if any(w in indicator.name for w in ECONOMY_WORDS) else "产业创新局"
        if owner in departments:
            indicator_update(indicator=indicator, acting_user=admin_user, lead_department=departments[owner])
    periods = {p.month: p for p in periods_ensure(plan=plan, acting_user=admin_user)}
    investment = Indicator.objects.filter(plan=plan, name="年度投资").first()
    if investment and admin_user:
        indicator_settings_update(indicator=investment, shares=INVESTMENT_SCHEDULE, acting_user=admin_user)
    last_year = {}
    for name, total in LAST_YEAR_TOTALS.items():
        indicator = Indicator.objects.filter(plan=plan, name=name).first()
        if indicator and admin_user:
            last_year[indicator.pk] = {m: _last_year(total, m) for m in range(1, 13)}
            indicator_settings_update(indicator=indicator, last_year=last_year[indicator.pk], acting_user=admin_user)
    duty = responsibilities(plan.pk)
    staff = _staff(zone)
    indicators = {i.pk: i for i in Indicator.objects.filter(plan=plan)}
    tasks = {t.pk: t for t in Task.objects.filter(plan=plan)}
    schedules = {investment.pk: INVESTMENT_SCHEDULE} if investment else {}
    mix = demo_mix(indicators.values())
    support_rng = random.Random(SEED + 1)  # its own sequence: the figures above stay what they were
    names = {d.pk: d.name for d in departments.values()}
    count = 0
    for month in range(1, months + 1):
        period = periods[month]
        for department_id in sorted(duty.departments()):
            user = staff.get(department_id)
            if user is None:
                continue
            values = {}
            for pk in duty.indicators_of(department_id):
                ind = indicators[pk]
                comparison = kind_of(ind.kind).comparison
                if comparison == Comparison.GROWTH and pk in last_year:
                    growth = Decimal(str(round(rng.uniform(0.9, 1.25) * float(ind.target_value), 1))) / 100
                    values[pk] = {"value": (last_year[pk][month] * (1 + growth)).quantize(Decimal("0.01"))}
                elif comparison == Comparison.REFERENCE:
                    values[pk] = {"value": Decimal(str(round(rng.uniform(6.4, 7.6), 1))),
                                  "reference_value": Decimal("6.3")}
                elif comparison == Comparison.SHARE_OF_TARGET:
                    values[pk] = {"value": _value(rng, ind, month, schedules.get(pk), mix)}
            notes = {pk: {"progress": f"{tasks[pk].title}：截至{month}月按计划推进，完成阶段性工作。",
                          "problems": "要素保障仍需加强。" if rng.random() < 0.3 else "",
                          "next_steps": "加强调度，确保完成全年目标。"}
                     for pk in duty.tasks_of(department_id)}
            support = {pk: _support_text(tasks[pk], [names.get(d, "") for d in duty.task_leads.get(pk, [])], month)
                       for pk in duty.supported_tasks_of(department_id) if support_rng.random() < 0.92}
            report = services.report_open(period=period, acting_user=user)
            services.report_save(report=report, acting_user=user, values=values, notes=notes,
                                 support_notes=support)
            report = services.report_submit(report=report, acting_user=user)
            late = rng.random() < 0.1
            submitted = timezone.make_aware(datetime.datetime.combine(
                period.due_date + datetime.timedelta(days=rng.randint(1, 6) if late else -rng.randint(0, 4)),
                datetime.time(16, 30)))
            PeriodReport.objects.filter(pk=report.pk).update(submitted_at=submitted, first_submitted_at=submitted)
            is_last = month == months
            if returned and is_last and departments.get("投资促进局") and department_id == departments["投资促进局"].pk:
                services.report_return(report=report, acting_user=supervisor_user, reason=RETURN_REASON)
            elif not is_last or rng.random() < 0.5:
                services.report_approve(report=report, acting_user=supervisor_user)
            count += 1
    severe = next((indicators[pk] for pk, f in mix.items() if f == SEVERE_FACTOR), None)
    lagging_task = Task.objects.filter(plan=plan, indicators=severe).order_by("position").first() if severe else None
    if lagging_task and leader_user:
        services_plan.comment_add(acting_user=leader_user, task=lagging_task,
                                  text=f"{severe.name}进度严重滞后，请责任部门拿出具体措施，下月调度会专题汇报。")
    return {"reports": count, "periods": len(periods)}


def load_demo(*, zone, plan, console) -> str:
    User = get_user_model()
    result = generate(plan=plan, months=10, admin_user=User.objects.filter(username="admin").first(),
                      leader_user=User.objects.filter(username="leader").first(),
                      supervisor_user=User.objects.filter(username="supervisor").first())
    refreshed = metric_values_refresh(plan=plan, acting_user=SYSTEM)  # the other demos have bound their metrics by now
    issued = issue_periods(plan=plan, supervisor_user=User.objects.filter(username="supervisor").first())
    return (f"督导：{result['periods']} 个报送周期，{result['reports']} 份1-10月进度报告（含1份退回），"
            f"{refreshed.values} 个自动取数，已发布{issued}期通报")


def issue_periods(*, plan, supervisor_user, last_month: int = ISSUED_THROUGH) -> int:
    """Issue the 通报 of the ended periods up to ``last_month`` (frozen, with their files), as the office would."""
    if supervisor_user is None:
        return 0
    today = timezone.localdate()
    count = 0
    for period in ReportingPeriod.objects.filter(plan=plan, month__lte=last_month, end__lt=today).order_by("month"):
        services_issue.period_issue(period=period, acting_user=supervisor_user, today=today)
        count += 1
    return count
